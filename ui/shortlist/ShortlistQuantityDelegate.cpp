#include "ShortlistQuantityDelegate.h"

#include <QCoreApplication>
#include <QSpinBox>

QWidget *ShortlistQuantityDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                                 const QModelIndex &) const
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(QStringLiteral("quantityEditor"));
    spin->setRange(0, 10000);
    // The same words as the list shows for an item without a quantity.
    spin->setSpecialValueText(QCoreApplication::translate("ShortlistReport", "as needed"));
    spin->setFrame(false);
    return spin;
}

void ShortlistQuantityDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(index.data(Qt::EditRole).toInt());
}

void ShortlistQuantityDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                             const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
    }
}
