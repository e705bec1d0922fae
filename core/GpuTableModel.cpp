#include "GpuTableModel.h"

#include "Formatting.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace {

constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();

QString stackName(const QString &key)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("cuda"), QStringLiteral("CUDA")},
        {QStringLiteral("rocm"), QStringLiteral("ROCm")},
        {QStringLiteral("oneapi"), QStringLiteral("oneAPI")},
        {QStringLiteral("metal"), QStringLiteral("Metal")},
        {QStringLiteral("vulkan"), QStringLiteral("Vulkan")},
        {QStringLiteral("gaudi"), QStringLiteral("Gaudi")},
    };
    return names.value(key, key);
}

QString interfaceText(const GpuSpec &g)
{
    QString text = g.formFactor;
    if (g.pcieGen) {
        QString pcie = QStringLiteral("PCIe %1.0").arg(*g.pcieGen);
        if (g.pcieLanes)
            pcie += QStringLiteral(" x%1").arg(*g.pcieLanes);
        text = text.isEmpty() || text == u"PCIe" ? pcie : text + QStringLiteral(", ") + pcie;
    }
    return text;
}

std::optional<double> pricePer(const GpuSpec &g, std::optional<double> amount)
{
    if (!g.streetPriceSek || !amount || *amount <= 0)
        return std::nullopt;
    return *g.streetPriceSek / *amount;
}

QString yesNo(std::optional<bool> v)
{
    if (!v)
        return Formatting::unknown();
    return *v ? GpuTableModel::tr("yes") : GpuTableModel::tr("no");
}

} // namespace

GpuTableModel::GpuTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void GpuTableModel::setGpus(const QList<GpuSpec> &gpus)
{
    beginResetModel();
    m_gpus = gpus;
    m_evaluations.clear();
    m_sortKeys = QVector<SortKeys>(m_gpus.size());
    m_searchText.resize(m_gpus.size());
    for (qsizetype i = 0; i < m_gpus.size(); ++i) {
        const GpuSpec &g = m_gpus.at(i);
        m_searchText[i] =
            (g.name + u' ' + g.vendor + u' ' + g.architecture + u' ' + g.id).toLower().toUtf8();
    }
    computeSpecSortKeys();
    computeEvaluationSortKeys();
    endResetModel();
}

const GpuSpec *GpuTableModel::gpuAt(int row) const
{
    return row >= 0 && row < m_gpus.size() ? &m_gpus.at(row) : nullptr;
}

int GpuTableModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_gpus.size(); ++i) {
        if (m_gpus.at(i).id == id)
            return int(i);
    }
    return -1;
}

void GpuTableModel::setEvaluations(QVector<GpuEvaluation> evaluations)
{
    m_evaluations =
        evaluations.size() == m_gpus.size() ? std::move(evaluations) : QVector<GpuEvaluation>();
    computeEvaluationSortKeys();
    if (!m_gpus.isEmpty()) {
        Q_EMIT dataChanged(index(0, VramNeededGiB), index(int(m_gpus.size()) - 1, ColumnCount - 1));
    }
}

const GpuEvaluation *GpuTableModel::evaluationAt(int row) const
{
    return row >= 0 && row < m_evaluations.size() ? &m_evaluations.at(row) : nullptr;
}

bool GpuTableModel::isNumericColumn(int column)
{
    switch (column) {
    case Name:
    case Vendor:
    case Class:
    case Architecture:
    case MemoryType:
    case Fp8Support:
    case Int4Support:
    case Interface:
    case Fabric:
    case SoftwareStack:
        return false;
    default:
        return true;
    }
}

std::optional<double> GpuTableModel::number(int row, int column) const
{
    const GpuSpec &g = m_gpus.at(row);
    auto year = [](std::optional<int> v) {
        return v ? std::optional<double>(*v) : std::nullopt;
    };
    switch (Column(column)) {
    case ReleaseYear:
        return year(g.releaseYear);
    case VramGB:
        return g.vramGB;
    case UsableVramGiB:
        return g.effectiveVramGiB();
    case BandwidthGBps:
        return g.bandwidthGBps;
    case Fp32Tflops:
        return g.fp32Tflops;
    case Fp16Tflops:
        return g.fp16TensorTflops;
    case Bf16Tflops:
        return g.bf16TensorTflops;
    case Int8Tops:
        return g.int8TensorTops;
    case PowerWatts:
        return g.powerWatts;
    case LaunchPriceUsd:
        return g.launchPriceUsd;
    case PriceSek:
        return g.streetPriceSek;
    case CloudUsdPerHour:
        return g.cloudUsdPerHour;
    case SekPerFp16Tflop:
        return pricePer(g, g.fp16TensorTflops);
    case SekPerVramGB:
        return pricePer(g, g.vramGB);
    default:
        break;
    }
    const GpuEvaluation *e = evaluationAt(row);
    if (!e)
        return std::nullopt;
    switch (Column(column)) {
    case VramNeededGiB:
        return e->vramNeededGiB;
    case GpusNeeded:
        return year(e->gpusNeeded);
    case DecodeTokensPerS:
        return e->decodeTokensPerS;
    case YearlyCostSek:
        return e->yearlyCostSek;
    case CostPerMillionTokensSek:
        return e->costPerMillionTokensSek;
    default:
        return std::nullopt;
    }
}

QString GpuTableModel::text(int row, int column) const
{
    const GpuSpec &g = m_gpus.at(row);
    switch (Column(column)) {
    case Name:
        return g.name;
    case Vendor:
        return g.vendor;
    case Class:
        return className(g.gpuClass);
    case Architecture:
        return g.architecture;
    case MemoryType:
        return g.memoryType;
    case Fp8Support:
        return yesNo(g.fp8Support);
    case Int4Support:
        return yesNo(g.int4Support);
    case Interface:
        return interfaceText(g);
    case Fabric: {
        if (g.fabric.isEmpty())
            return {};
        if (g.fabric == u"none")
            return tr("none");
        return g.fabricGBps ? tr("%1, %2 GB/s").arg(g.fabric, Formatting::number(*g.fabricGBps, 0))
                            : g.fabric;
    }
    case SoftwareStack: {
        QStringList names;
        for (const QString &key : g.softwareStacks)
            names.append(stackName(key));
        return names.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

void GpuTableModel::computeSpecSortKeys()
{
    QCollator collator;
    collator.setNumericMode(true); // "RTX 4060" before "RTX 4060 Ti", "2" before "10"
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const int rows = int(m_gpus.size());
    QVector<int> order(rows);
    for (int column = 0; column < VramNeededGiB; ++column) {
        if (isNumericColumn(column)) {
            for (int r = 0; r < rows; ++r) {
                const auto v = number(r, column);
                m_sortKeys[r][column] = v ? *v : kUnknown;
            }
            continue;
        }
        // Text columns sort by their rank in natural order; equal texts share a rank.
        QVector<QString> texts(rows);
        QVector<QCollatorSortKey> keys;
        keys.reserve(rows);
        for (int r = 0; r < rows; ++r) {
            texts[r] = column == Fp8Support || column == Int4Support
                           ? QString::number(int(column == Fp8Support
                                                     ? m_gpus[r].fp8Support.value_or(false)
                                                     : m_gpus[r].int4Support.value_or(false)))
                           : text(r, column);
            keys.append(collator.sortKey(texts[r]));
        }
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return keys[a].compare(keys[b]) < 0; });
        double rank = 0;
        for (int i = 0; i < rows; ++i) {
            const int r = order[i];
            if (i > 0 && keys[r].compare(keys[order[i - 1]]) != 0)
                ++rank;
            m_sortKeys[r][column] = rank;
        }
        // Unknown yes/no and empty texts sort last.
        for (int r = 0; r < rows; ++r) {
            const bool unknown = (column == Fp8Support && !m_gpus[r].fp8Support) ||
                                 (column == Int4Support && !m_gpus[r].int4Support) ||
                                 texts[r].isEmpty();
            if (unknown)
                m_sortKeys[r][column] = kUnknown;
        }
    }
}

void GpuTableModel::computeEvaluationSortKeys()
{
    for (int r = 0; r < m_gpus.size(); ++r) {
        for (int column = VramNeededGiB; column < ColumnCount; ++column) {
            const auto v = number(r, column);
            m_sortKeys[r][column] = v ? *v : kUnknown;
        }
    }
}

void GpuTableModel::refreshTexts()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_gpus.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int GpuTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_gpus.size());
}

int GpuTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GpuTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_gpus.size())
        return {};
    const int row = index.row();
    const int column = index.column();
    const GpuSpec &g = m_gpus.at(row);

    switch (role) {
    case IdRole:
        return g.id;
    case OriginRole:
        return int(g.origin);
    case SortRole:
        return m_sortKeys[row][column];
    case Qt::TextAlignmentRole:
        return isNumericColumn(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == Name && g.origin == RowOrigin::User)
            return tr("Added or edited by you: catalog updates leave this row alone");
        if (column == PriceSek && g.streetPriceSek && g.streetPriceConverted)
            return tr("Converted from the US launch price at a dated exchange rate");
        if (column == GpusNeeded) {
            const GpuEvaluation *e = evaluationAt(row);
            if (e && !e->gpusNeeded)
                return tr("Even eight of this GPU do not hold the model with this workload.");
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    if (!isNumericColumn(column)) {
        const QString t = text(row, column);
        return t.isEmpty() ? Formatting::unknown() : t;
    }
    const auto v = number(row, column);
    if (!v) {
        // Computed columns stay empty until there is a model and workload to compute them for.
        if (isComputedColumn(column) && !evaluationAt(row))
            return QString();
        if (column == GpusNeeded)
            return tr("more than 8");
        return Formatting::unknown();
    }
    switch (Column(column)) {
    case ReleaseYear:
        return QString::number(int(*v));
    case GpusNeeded:
        return QLocale().toString(int(*v));
    case PriceSek:
    case SekPerFp16Tflop:
    case SekPerVramGB:
    case YearlyCostSek:
        return Formatting::moneyFromSek(*v);
    case CostPerMillionTokensSek:
        return Formatting::moneyFromSek(*v, Formatting::fromSek(*v) < 10 ? 2 : 0);
    case LaunchPriceUsd:
        return Formatting::money(*v, QStringLiteral("USD"));
    case CloudUsdPerHour:
        return Formatting::money(*v, QStringLiteral("USD"), 2);
    case Fp32Tflops:
    case Fp16Tflops:
    case Bf16Tflops:
    case UsableVramGiB:
    case VramNeededGiB:
        return Formatting::number(*v, 1);
    case DecodeTokensPerS:
        return Formatting::number(*v, *v < 10 ? 1 : 0);
    default:
        return Formatting::number(*v, 0);
    }
}

QVariant GpuTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole)
        return columnToolTip(section);
    return {};
}
