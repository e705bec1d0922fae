#include "UserRowDelegate.h"

#include "GpuTableModel.h"
#include "RowOrigin.h"

QString UserRowDelegate::marker()
{
    return QStringLiteral(" \u270e"); // LOWER RIGHT PENCIL
}

void UserRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(GpuTableModel::OriginRole).toInt() != int(RowOrigin::User))
        return;
    option->font.setItalic(true);
    option->text += marker();
}
