#pragma once

// The GPU catalog as a table: one row per GPU, one column per figure, and the figures computed
// for the current model and workload. Display text follows the current locale; SortRole gives a
// number for every column (text columns by their natural-order rank) and NaN where the value is
// unknown, so the proxy can sort 100 000 rows without building strings.

#include "GpuEvaluation.h"
#include "GpuSpec.h"

#include <QAbstractTableModel>
#include <QList>
#include <QVector>

#include <array>
#include <utility>

class GpuTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Vendor,
        Class,
        Architecture,
        ReleaseYear,
        VramGB,
        UsableVramGiB,
        MemoryType,
        BandwidthGBps,
        Fp32Tflops,
        Fp16Tflops,
        Bf16Tflops,
        Int8Tops,
        Fp8Support,
        Int4Support,
        PowerWatts,
        Interface,
        Fabric,
        SoftwareStack,
        LaunchPriceUsd,
        PriceSek,
        CloudUsdPerHour,
        SekPerFp16Tflop,
        SekPerVramGB,
        // Computed for the current model and workload.
        VramNeededGiB,
        GpusNeeded,
        DecodeTokensPerS,
        YearlyCostSek,
        CostPerMillionTokensSek,
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int SortRole = Qt::UserRole + 1; // double; NaN when unknown
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int OriginRole = Qt::UserRole + 3; // int(RowOrigin): marks the user's rows

    explicit GpuTableModel(QObject *parent = nullptr);

    void setGpus(const QList<GpuSpec> &gpus);
    const QList<GpuSpec> &gpus() const { return m_gpus; }
    const GpuSpec *gpuAt(int row) const;
    int rowOf(const QString &id) const;

    // One evaluation per GPU, in the order of gpus(); an empty list clears the computed columns.
    void setEvaluations(QVector<GpuEvaluation> evaluations);
    // Hands the evaluations' storage over to be filled again (WorkloadEvaluator::evaluateAll's
    // `reuse`) and passed back to setEvaluations() at once: for 100 000 GPUs that is megabytes
    // the system need not hand out and zero again on every change of workload. Until then the
    // model has no figures, so nothing may read it in between.
    QVector<GpuEvaluation> takeEvaluations() { return std::exchange(m_evaluations, {}); }
    const GpuEvaluation *evaluationAt(int row) const;

    // The column's sort key for a row, without going through QVariant.
    double sortKey(int row, int column) const { return m_sortKeys[row][column]; }
    // Lower-case name, vendor, architecture and id in UTF-8, for the text search.
    const QByteArray &searchText(int row) const { return m_searchText[row]; }

    // The columns that depend on the model and workload.
    static bool isComputedColumn(int column) { return column >= VramNeededGiB; }
    static bool isNumericColumn(int column);
    static QString className(GpuClass c);
    static QString columnTitle(int column);
    static QString columnToolTip(int column);

    // Tells views that every text changed: after a switch of language or locale.
    void refreshTexts();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    using SortKeys = std::array<double, ColumnCount>;

    std::optional<double> number(int row, int column) const;
    QString text(int row, int column) const;
    void computeSpecSortKeys();
    void computeEvaluationSortKeys();

    QList<GpuSpec> m_gpus;
    QVector<GpuEvaluation> m_evaluations;
    QVector<SortKeys> m_sortKeys;
    QVector<QByteArray> m_searchText;
};
