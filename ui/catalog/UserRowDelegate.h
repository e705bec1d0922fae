#pragma once

// Draws the name of a GPU the user has added, imported or edited in italics with a pencil mark
// after it, so that user rows stand out from the bundled catalog (GpuTableModel::OriginRole;
// the model's tooltip says what the mark means).

#include <QStyledItemDelegate>

class UserRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QString marker();

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
