#pragma once

// Edits a shortlist item's quantity with a spin box whose lowest value reads "as needed": the
// quantity then follows what the current workload needs.

#include <QStyledItemDelegate>

class ShortlistQuantityDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};
