#pragma once

// The GPU catalog as a table: one row per GPU, one column per figure. Display text follows the
// current locale; the sort role gives numbers, with unknown values sorting last.

#include "GpuSpec.h"

#include <QAbstractTableModel>
#include <QList>

class GpuTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Vendor,
        Class,
        VramGB,
        BandwidthGBps,
        Fp16Tflops,
        PowerWatts,
        PriceSek,
        ColumnCount
    };
    Q_ENUM(Column)

    // Numbers for sorting; unknown values are NaN.
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit GpuTableModel(QObject *parent = nullptr);

    void setGpus(const QList<GpuSpec> &gpus);
    const QList<GpuSpec> &gpus() const { return m_gpus; }
    const GpuSpec *gpuAt(int row) const;
    // Tells views that every text changed: after a switch of language or locale.
    void refreshTexts();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString className(GpuClass c);

private:
    QList<GpuSpec> m_gpus;
};
