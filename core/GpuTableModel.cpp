#include "GpuTableModel.h"

#include "Formatting.h"

#include <limits>

GpuTableModel::GpuTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void GpuTableModel::setGpus(const QList<GpuSpec> &gpus)
{
    beginResetModel();
    m_gpus = gpus;
    endResetModel();
}

const GpuSpec *GpuTableModel::gpuAt(int row) const
{
    return row >= 0 && row < m_gpus.size() ? &m_gpus.at(row) : nullptr;
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

QString GpuTableModel::className(GpuClass c)
{
    switch (c) {
    case GpuClass::Consumer:
        return tr("Consumer");
    case GpuClass::Workstation:
        return tr("Workstation");
    case GpuClass::Datacenter:
        return tr("Data centre");
    case GpuClass::Soc:
        //: A system on a chip whose GPU shares the main memory (Apple M-series)
        return tr("SoC, unified memory");
    }
    return {};
}

QVariant GpuTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_gpus.size())
        return {};
    const GpuSpec &g = m_gpus.at(index.row());
    const auto column = Column(index.column());

    if (role == IdRole)
        return g.id;
    if (role == Qt::TextAlignmentRole) {
        return column >= VramGB ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    const auto numberFor = [&](Column c) -> std::optional<double> {
        switch (c) {
        case VramGB:
            return g.vramGB;
        case BandwidthGBps:
            return g.bandwidthGBps;
        case Fp16Tflops:
            return g.fp16TensorTflops;
        case PowerWatts:
            return g.powerWatts;
        case PriceSek:
            return g.streetPriceSek;
        default:
            return std::nullopt;
        }
    };
    if (role == SortRole) {
        switch (column) {
        case Name:
            return g.name;
        case Vendor:
            return g.vendor;
        case Class:
            return int(g.gpuClass);
        default: {
            const auto v = numberFor(column);
            return v ? *v : std::numeric_limits<double>::quiet_NaN();
        }
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Name:
        return g.name;
    case Vendor:
        return g.vendor;
    case Class:
        return className(g.gpuClass);
    case PriceSek:
        if (g.streetPriceSek && g.streetPriceConverted && role == Qt::ToolTipRole)
            return tr("Converted from the US launch price at a dated exchange rate");
        return g.streetPriceSek ? Formatting::money(*g.streetPriceSek, QStringLiteral("SEK"))
                                : Formatting::unknown();
    case Fp16Tflops:
        return Formatting::optionalNumber(numberFor(column), 1);
    default:
        return Formatting::optionalNumber(numberFor(column), 0);
    }
}

QVariant GpuTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Name:
            return tr("GPU");
        case Vendor:
            return tr("Vendor");
        case Class:
            return tr("Class");
        case VramGB:
            return tr("VRAM (GB)");
        case BandwidthGBps:
            return tr("Bandwidth (GB/s)");
        case Fp16Tflops:
            return tr("FP16 (TFLOPS)");
        case PowerWatts:
            return tr("Power (W)");
        case PriceSek:
            return tr("Price (SEK)");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case VramGB:
            return tr("Memory on the card, as sold. It limits the largest model you can load.");
        case BandwidthGBps:
            return tr("How fast the GPU reads its memory. It sets the speed of generating text.");
        case Fp16Tflops:
            return tr("Dense FP16 tensor throughput, without sparsity. It sets the speed of "
                      "reading prompts and of training.");
        case PowerWatts:
            return tr("Board power. It sets the power supply, cooling and electricity cost.");
        case PriceSek:
            return tr("Reference street price in Swedish kronor, with VAT.");
        default:
            break;
        }
    }
    return {};
}
