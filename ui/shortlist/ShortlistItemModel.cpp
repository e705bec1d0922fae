#include "ShortlistItemModel.h"

#include "Formatting.h"

#include <QColor>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace {

const QString kMimeType = QStringLiteral("application/x-gpu-advisor-shortlist-item");

// The export column titles (ShortlistReport::columnTitles) that this model's columns show, so the
// dock and the files name a figure alike.
int titleIndex(int column)
{
    static const int indexes[] = {0, 2, 3, 4, 6, 5, 7, 9, 10, 11, 12};
    return indexes[column];
}

// A long title on two lines, broken at the space nearest its middle, so the dock's columns stay
// as narrow as their figures.
QString inTwoLines(const QString &title)
{
    if (title.size() <= 14)
        return title;
    const qsizetype middle = title.size() / 2;
    const qsizetype before = title.lastIndexOf(u' ', middle);
    const qsizetype after = title.indexOf(u' ', middle);
    qsizetype at = before;
    if (at < 0 || (after >= 0 && after - middle < middle - before))
        at = after;
    if (at < 0)
        return title;
    QString lines = title;
    lines[at] = u'\n';
    return lines;
}

} // namespace

ShortlistItemModel::ShortlistItemModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ShortlistItemModel::setReport(const ShortlistReport &report)
{
    bool sameItems = report.rows.size() == m_report.rows.size();
    for (qsizetype i = 0; sameItems && i < report.rows.size(); ++i)
        sameItems = report.rows.at(i).item.id == m_report.rows.at(i).item.id;
    if (!sameItems) {
        beginResetModel();
        m_report = report;
        endResetModel();
        return;
    }
    // The money columns' titles name the years and the currency.
    const bool titlesChanged =
        report.costs.years != m_report.costs.years || report.currency() != m_report.currency();
    m_report = report;
    if (!m_report.rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    if (titlesChanged)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

qint64 ShortlistItemModel::itemIdAt(int row) const
{
    return row >= 0 && row < m_report.rows.size() ? m_report.rows.at(row).item.id : 0;
}

void ShortlistItemModel::refreshTexts()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_report.rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ShortlistItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.rows.size());
}

int ShortlistItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShortlistItemModel::display(const ShortlistRow &row, int column) const
{
    switch (column) {
    case Position:
        return QString::number(row.item.position + 1);
    case Gpu:
        return row.displayName();
    case Quantity:
        return row.quantityText();
    case Cards:
        return row.count ? QVariant(QLocale().toString(*row.count)) : Formatting::unknown();
    case Enough:
        return row.enoughText();
    case GpusNeeded:
        return row.evaluation.gpusNeeded ? QVariant(QLocale().toString(*row.evaluation.gpusNeeded))
                                         : Formatting::unknown();
    case TokensPerS:
        return Formatting::optionalNumber(row.evaluation.decodeTokensPerS, 1);
    case PurchaseSek:
        return m_report.money(row.purchaseSek);
    case ElectricityPerYearSek:
        return m_report.money(row.electricityPerYearSek);
    case TcoSek:
        return m_report.money(row.tcoSek);
    case Note:
        return row.item.note;
    default:
        return {};
    }
}

QVariant ShortlistItemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_report.rows.size())
        return {};
    const ShortlistRow &row = m_report.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::EditRole:
        if (index.column() == Quantity)
            return row.item.quantity.value_or(0);
        if (index.column() == Note)
            return row.item.note;
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Gpu)
            return row.item.gpuId;
        if (index.column() == Quantity)
            return tr("Double-click to set how many cards; 0 buys as many as the workload needs.");
        if (index.column() == Note && !row.item.note.isEmpty())
            return row.item.note;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Gpu || index.column() == Note || index.column() == Enough)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == Enough && row.gpu && row.count && !row.enough)
            return QColor(0xc0, 0x20, 0x20);
        return {};
    case ItemIdRole:
        return row.item.id;
    case GpuIdRole:
        return row.item.gpuId;
    default:
        return {};
    }
}

QVariant ShortlistItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString title = m_report.columnTitles().at(titleIndex(section));
    if (role == Qt::DisplayRole)
        return inTwoLines(title);
    if (role == Qt::ToolTipRole)
        return title;
    return {};
}

Qt::ItemFlags ShortlistItemModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.column() == Quantity || index.column() == Note)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ShortlistItemModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_report.rows.size())
        return false;
    const qint64 itemId = m_report.rows.at(index.row()).item.id;
    if (index.column() == Quantity) {
        bool ok = false;
        const int quantity = value.toInt(&ok);
        if (!ok || quantity < 0)
            return false;
        Q_EMIT quantityEdited(itemId, quantity);
        return true;
    }
    if (index.column() == Note) {
        Q_EMIT noteEdited(itemId, value.toString());
        return true;
    }
    return false;
}

Qt::DropActions ShortlistItemModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList ShortlistItemModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *ShortlistItemModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << itemIdAt(indexes.first().row());
    auto *data = new QMimeData;
    data->setData(kMimeType, bytes);
    return data;
}

bool ShortlistItemModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                      int column, const QModelIndex &parent)
{
    Q_UNUSED(column);
    if (!data || !data->hasFormat(kMimeType) || action != Qt::MoveAction)
        return false;
    QDataStream stream(data->data(kMimeType));
    qint64 itemId = 0;
    stream >> itemId;
    int from = -1;
    for (int r = 0; r < rowCount(); ++r) {
        if (itemIdAt(r) == itemId)
            from = r;
    }
    if (from < 0)
        return false;
    int target = 0;
    if (row < 0 && parent.isValid()) {
        target = parent.row(); // dropped on a row: takes its place
    } else {
        // Dropped between rows or below the last one; the item leaves its old place first.
        target = row >= 0 ? row : rowCount();
        if (target > from)
            --target;
    }
    if (target != from)
        Q_EMIT moveRequested(itemId, target);
    // The move is stored and the rows rebuilt by then; the view must not remove the source row.
    return false;
}
