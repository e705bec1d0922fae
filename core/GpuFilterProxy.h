#pragma once

// Filters and sorts the GPU table: one setter per criterion, each re-filtering at once. Sorting
// compares the model's numeric sort keys and puts unknown values last in either direction.
//
// It keeps every source row in the current sort order, so a filter change is one pass over that
// order (a few milliseconds for 100 000 GPUs) and only a change of sort column sorts again.
// Typing in the search only narrows, so only the rows shown are tested; the rows of the last
// few search texts are kept, so that deleting a character goes back to them without a pass.
// Selections survive: rows are moved with layoutChanged, not a reset.

#include "GpuSpec.h"

#include <QAbstractProxyModel>
#include <QStringList>
#include <QVector>

#include <optional>
#include <vector>

class GpuTableModel;

class GpuFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit GpuFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    // Words that must all appear in the name, vendor or architecture; case-insensitive.
    void setSearchText(const QString &text);
    void setVendors(const QStringList &vendors);     // empty: any
    void setClasses(const QList<GpuClass> &classes); // empty: any
    void setMinVramGB(std::optional<double> gb);
    void setMaxPriceSek(std::optional<double> sek);
    void setMinBandwidthGBps(std::optional<double> gbps);
    void setMinFp16Tflops(std::optional<double> tflops);
    void setMaxPowerWatts(std::optional<double> watts);
    void setSoftwareStacks(const QStringList &stacks); // any of these; empty: any
    void setRequireFp8(bool on);
    void setRequireInt4(bool on);
    void setRequireFabric(bool on); // NVLink or another GPU-to-GPU link
    // Only GPUs that hold the selected model and workload with at most this many of them;
    // nullopt: no such filter.
    void setMaxGpusForWorkload(std::optional<int> count);

    void clearFilters();
    bool hasFilters() const;

    bool acceptsRow(int sourceRow) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // QAbstractItemModel / QAbstractProxyModel
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    void refilter();
    void resort();
    // narrowing: the new criteria only remove rows, so only the visible ones are tested.
    void rebuildVisibleRows(bool reset, bool narrowing = false);
    void showRows(QVector<int> visible, bool reset);
    // Which source rows hold every search word, in m_searchHits.
    void computeSearchHits();
    bool matchesSearch(int sourceRow) const;
    // Unknown (NaN) keys last in either order.
    static bool keyLess(double a, double b, bool ascending);

    QVector<int> m_sorted;     // every source row, in sort order
    QVector<int> m_visible;    // proxy row -> source row
    QVector<int> m_proxyRowOf; // source row -> proxy row, -1 when filtered out
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    // Visible rows of recent search texts, valid while no other criterion, the sort order or
    // the data change; newest last.
    struct CachedSearch
    {
        QList<QByteArray> words;
        QVector<int> visible;
    };
    QList<CachedSearch> m_searchCache;
    // Per source row: 1 if it holds every word of m_words. Valid until the words or the
    // data change.
    std::vector<char> m_searchHits;
    bool m_searchHitsValid = false;

    GpuTableModel *m_gpus = nullptr;
    QList<QByteArray> m_words; // lower-case UTF-8
    QStringList m_vendors;
    QList<GpuClass> m_classes;
    std::optional<double> m_minVramGB;
    std::optional<double> m_maxPriceSek;
    std::optional<double> m_minBandwidthGBps;
    std::optional<double> m_minFp16Tflops;
    std::optional<double> m_maxPowerWatts;
    QStringList m_stacks;
    bool m_requireFp8 = false;
    bool m_requireInt4 = false;
    bool m_requireFabric = false;
    std::optional<int> m_maxGpusForWorkload;
};
