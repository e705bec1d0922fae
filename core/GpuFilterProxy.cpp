#include "GpuFilterProxy.h"

#include "GpuTableModel.h"
#include "Parallel.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string_view>
#include <vector>

namespace {

constexpr qsizetype kCachedSearches = 32;
constexpr qsizetype kParallelFrom = 8192; // fewer rows take less than a thread's start-up

} // namespace

GpuFilterProxy::GpuFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void GpuFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (m_gpus)
        disconnect(m_gpus, nullptr, this, nullptr);
    m_gpus = qobject_cast<GpuTableModel *>(model);
    Q_ASSERT(m_gpus);
    beginResetModel();
    QAbstractProxyModel::setSourceModel(model);
    connect(m_gpus, &QAbstractItemModel::modelAboutToBeReset, this,
            &GpuFilterProxy::beginResetModel);
    connect(m_gpus, &QAbstractItemModel::modelReset, this, [this] {
        m_searchCache.clear();
        m_searchHitsValid = false;
        resort();
        rebuildVisibleRows(true);
        endResetModel();
    });
    connect(m_gpus, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (!GpuTableModel::isComputedColumn(topLeft.column()))
                    m_searchHitsValid = false; // the texts searched may have changed
                if (GpuTableModel::isComputedColumn(topLeft.column()) ||
                    GpuTableModel::isComputedColumn(bottomRight.column())) {
                    // New figures for the workload: they may change the order and the filter.
                    m_searchCache.clear();
                    if (GpuTableModel::isComputedColumn(m_sortColumn))
                        resort();
                    rebuildVisibleRows(false);
                }
                if (!m_visible.isEmpty()) {
                    Q_EMIT dataChanged(index(0, topLeft.column()),
                                       index(rowCount() - 1, bottomRight.column()));
                }
            });
    connect(m_gpus, &QAbstractItemModel::headerDataChanged, this,
            &QAbstractItemModel::headerDataChanged);
    m_searchCache.clear();
    m_searchHitsValid = false;
    resort();
    rebuildVisibleRows(true);
    endResetModel();
}

void GpuFilterProxy::refilter()
{
    m_searchCache.clear();
    rebuildVisibleRows(false);
}

void GpuFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_searchCache.clear();
    resort();
    rebuildVisibleRows(false);
}

void GpuFilterProxy::resort()
{
    const int rows = m_gpus ? m_gpus->rowCount() : 0;
    m_sorted.resize(rows);
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    if (m_sortColumn < 0 || m_sortColumn >= GpuTableModel::ColumnCount)
        return;
    // The column's keys side by side, so that the sort reads memory in order.
    struct Keyed
    {
        double key;
        int row;
    };
    std::vector<Keyed> keyed(static_cast<size_t>(rows));
    for (int row = 0; row < rows; ++row)
        keyed[size_t(row)] = {m_gpus->sortKey(row, m_sortColumn), row};
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(keyed.begin(), keyed.end(), [ascending](const Keyed &a, const Keyed &b) {
        return keyLess(a.key, b.key, ascending);
    });
    for (int i = 0; i < rows; ++i)
        m_sorted[i] = keyed[size_t(i)].row;
}

void GpuFilterProxy::rebuildVisibleRows(bool reset, bool narrowing)
{
    const QVector<int> &candidates = narrowing ? m_visible : m_sorted;
    // A pass over every row reads the search's matches from one scan of the texts in
    // catalog order (memory in order); narrowing tests the few rows shown.
    if (!narrowing && !m_words.isEmpty() && !m_searchHitsValid)
        computeSearchHits();
    // acceptsRow() only reads: a long list is tested on every core, each slice in order.
    const qsizetype slices = Parallel::slicesFor(candidates.size(), kParallelFrom);
    std::vector<QVector<int>> parts(static_cast<size_t>(slices));
    Parallel::forSlices(candidates.size(), slices,
                        [&](qsizetype slice, qsizetype begin, qsizetype end) {
                            QVector<int> &rows = parts[size_t(slice)];
                            rows.reserve(end - begin);
                            for (qsizetype i = begin; i < end; ++i) {
                                if (acceptsRow(candidates[i]))
                                    rows.append(candidates[i]);
                            }
                        });
    QVector<int> visible = std::move(parts[0]);
    for (size_t t = 1; t < parts.size(); ++t)
        visible.append(parts[t]);
    showRows(std::move(visible), reset);
}

void GpuFilterProxy::computeSearchHits()
{
    const int rows = m_gpus ? m_gpus->rowCount() : 0;
    m_searchHits.assign(size_t(rows), 0);
    Parallel::forSlices(rows, Parallel::slicesFor(rows, kParallelFrom),
                        [this](qsizetype, qsizetype begin, qsizetype end) {
                            for (qsizetype row = begin; row < end; ++row)
                                m_searchHits[size_t(row)] = matchesSearch(int(row)) ? 1 : 0;
                        });
    m_searchHitsValid = true;
}

bool GpuFilterProxy::matchesSearch(int sourceRow) const
{
    // Bytes of UTF-8, where a match of bytes is a match of whole characters.
    const QByteArray &text = m_gpus->searchText(sourceRow);
    const std::string_view haystack(text.constData(), size_t(text.size()));
    for (const QByteArray &word : m_words) {
        if (haystack.find(std::string_view(word.constData(), size_t(word.size()))) ==
            std::string_view::npos)
            return false;
    }
    return true;
}

void GpuFilterProxy::showRows(QVector<int> visible, bool reset)
{
    if (reset) {
        m_visible = std::move(visible);
    } else {
        // Move the rows a view remembers (current, selected) to where they are now.
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QVector<int> sourceRows;
        sourceRows.reserve(before.size());
        for (const QModelIndex &i : before)
            sourceRows.append(m_visible.value(i.row(), -1));
        m_visible = std::move(visible);
        m_proxyRowOf.fill(-1, m_sorted.size());
        for (int p = 0; p < m_visible.size(); ++p)
            m_proxyRowOf[m_visible[p]] = p;
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            const int source = sourceRows[i];
            const int proxyRow = source >= 0 ? m_proxyRowOf.value(source, -1) : -1;
            after.append(proxyRow >= 0 ? index(proxyRow, before[i].column()) : QModelIndex());
        }
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        return;
    }
    m_proxyRowOf.fill(-1, m_sorted.size());
    for (int p = 0; p < m_visible.size(); ++p)
        m_proxyRowOf[m_visible[p]] = p;
}

QModelIndex GpuFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_visible.size() || column < 0 ||
        column >= GpuTableModel::ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex GpuFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

int GpuFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int GpuFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_gpus ? 0 : GpuTableModel::ColumnCount;
}

QModelIndex GpuFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_gpus || proxyIndex.row() >= m_visible.size())
        return {};
    return m_gpus->index(m_visible[proxyIndex.row()], proxyIndex.column());
}

QModelIndex GpuFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= m_proxyRowOf.size())
        return {};
    const int row = m_proxyRowOf[sourceIndex.row()];
    return row >= 0 ? index(row, sourceIndex.column()) : QModelIndex();
}

void GpuFilterProxy::setSearchText(const QString &text)
{
    QList<QByteArray> words;
    for (const QString &word : text.toLower().split(u' ', Qt::SkipEmptyParts))
        words.append(word.toUtf8());
    if (words == m_words)
        return;
    const auto cachedRows = [this](const QList<QByteArray> &key) -> const QVector<int> * {
        for (const CachedSearch &c : m_searchCache) {
            if (c.words == key)
                return &c.visible;
        }
        return nullptr;
    };
    // What is shown now, for going back to it.
    if (!cachedRows(m_words)) {
        m_searchCache.append({m_words, m_visible});
        if (m_searchCache.size() > kCachedSearches)
            m_searchCache.removeFirst();
    }
    // Typing one more character only narrows the result: test the rows shown now, not all.
    const bool narrows = !m_words.isEmpty() && words.size() >= m_words.size() &&
                         std::equal(m_words.cbegin(), m_words.cend() - 1, words.cbegin()) &&
                         words.at(m_words.size() - 1).contains(m_words.last());
    m_words = words;
    m_searchHitsValid = false;
    if (const QVector<int> *rows = cachedRows(m_words))
        showRows(*rows, false);
    else
        rebuildVisibleRows(false, narrows);
}

void GpuFilterProxy::setVendors(const QStringList &vendors)
{
    m_vendors = vendors;
    refilter();
}

void GpuFilterProxy::setClasses(const QList<GpuClass> &classes)
{
    m_classes = classes;
    refilter();
}

void GpuFilterProxy::setMinVramGB(std::optional<double> gb)
{
    m_minVramGB = gb;
    refilter();
}

void GpuFilterProxy::setMaxPriceSek(std::optional<double> sek)
{
    m_maxPriceSek = sek;
    refilter();
}

void GpuFilterProxy::setMinBandwidthGBps(std::optional<double> gbps)
{
    m_minBandwidthGBps = gbps;
    refilter();
}

void GpuFilterProxy::setMinFp16Tflops(std::optional<double> tflops)
{
    m_minFp16Tflops = tflops;
    refilter();
}

void GpuFilterProxy::setMaxPowerWatts(std::optional<double> watts)
{
    m_maxPowerWatts = watts;
    refilter();
}

void GpuFilterProxy::setSoftwareStacks(const QStringList &stacks)
{
    m_stacks = stacks;
    refilter();
}

void GpuFilterProxy::setRequireFp8(bool on)
{
    m_requireFp8 = on;
    refilter();
}

void GpuFilterProxy::setRequireInt4(bool on)
{
    m_requireInt4 = on;
    refilter();
}

void GpuFilterProxy::setRequireFabric(bool on)
{
    m_requireFabric = on;
    refilter();
}

void GpuFilterProxy::setMaxGpusForWorkload(std::optional<int> count)
{
    m_maxGpusForWorkload = count;
    refilter();
}

void GpuFilterProxy::clearFilters()
{
    m_words.clear();
    m_searchHitsValid = false;
    m_searchCache.clear();
    m_vendors.clear();
    m_classes.clear();
    m_minVramGB.reset();
    m_maxPriceSek.reset();
    m_minBandwidthGBps.reset();
    m_minFp16Tflops.reset();
    m_maxPowerWatts.reset();
    m_stacks.clear();
    m_requireFp8 = m_requireInt4 = m_requireFabric = false;
    m_maxGpusForWorkload.reset();
    refilter();
}

bool GpuFilterProxy::hasFilters() const
{
    return !m_words.isEmpty() || !m_vendors.isEmpty() || !m_classes.isEmpty() || m_minVramGB ||
           m_maxPriceSek || m_minBandwidthGBps || m_minFp16Tflops || m_maxPowerWatts ||
           !m_stacks.isEmpty() || m_requireFp8 || m_requireInt4 || m_requireFabric ||
           m_maxGpusForWorkload;
}

bool GpuFilterProxy::acceptsRow(int sourceRow) const
{
    const GpuSpec &g = *m_gpus->gpuAt(sourceRow);
    // A minimum or maximum on an unknown figure excludes the GPU: it cannot be shown to pass.
    auto atLeast = [](const std::optional<double> &value, const std::optional<double> &min) {
        return !min || (value && *value >= *min);
    };
    auto atMost = [](const std::optional<double> &value, const std::optional<double> &max) {
        return !max || (value && *value <= *max);
    };
    if (!atLeast(g.vramGB, m_minVramGB) || !atMost(g.streetPriceSek, m_maxPriceSek) ||
        !atLeast(g.bandwidthGBps, m_minBandwidthGBps) ||
        !atLeast(g.fp16TensorTflops, m_minFp16Tflops) || !atMost(g.powerWatts, m_maxPowerWatts))
        return false;
    if (m_requireFp8 && !g.fp8Support.value_or(false))
        return false;
    if (m_requireInt4 && !g.int4Support.value_or(false))
        return false;
    if (m_requireFabric && (g.fabric.isEmpty() || g.fabric == u"none"))
        return false;
    if (!m_vendors.isEmpty() && !m_vendors.contains(g.vendor))
        return false;
    if (!m_classes.isEmpty() && !m_classes.contains(g.gpuClass))
        return false;
    if (!m_stacks.isEmpty() &&
        std::none_of(m_stacks.cbegin(), m_stacks.cend(),
                     [&](const QString &s) { return g.softwareStacks.contains(s); }))
        return false;
    if (m_maxGpusForWorkload) {
        const GpuEvaluation *e = m_gpus->evaluationAt(sourceRow);
        if (!e || !e->gpusNeeded || *e->gpusNeeded > *m_maxGpusForWorkload)
            return false;
    }
    if (!m_words.isEmpty()) {
        const bool matches =
            m_searchHitsValid ? m_searchHits[size_t(sourceRow)] != 0 : matchesSearch(sourceRow);
        if (!matches)
            return false;
    }
    return true;
}

bool GpuFilterProxy::keyLess(double a, double b, bool ascending)
{
    const bool aUnknown = std::isnan(a);
    const bool bUnknown = std::isnan(b);
    if (aUnknown || bUnknown) {
        // Unknown values go last whichever way the column is sorted.
        if (aUnknown == bUnknown)
            return false;
        return bUnknown;
    }
    if (a != b)
        return ascending ? a < b : a > b;
    return false; // stable: ties keep the catalog's order
}
