#include "DeletedRowsDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int KindRole = Qt::UserRole + 1;
} // namespace

DeletedRowsDialog::DeletedRowsDialog(const QList<Row> &rows, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Deleted GPUs and models"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("These rows of the bundled catalog were deleted. Tick the ones to "
                                "bring back with their bundled values."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (const Row &row : rows) {
        const QString text = row.kind == Kind::Gpu
                                 //: A deleted GPU in the list of rows to bring back
                                 ? tr("GPU: %1").arg(row.name)
                                 //: A deleted language model in the list of rows to bring back
                                 : tr("Model: %1").arg(row.name);
        auto *item = new QListWidgetItem(text, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(IdRole, row.id);
        item->setData(KindRole, int(row.kind));
        item->setToolTip(row.id);
    }
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_bringBack = buttons->addButton(tr("&Bring back"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::itemChanged, this, &DeletedRowsDialog::updateButton);
    updateButton();
    resize(420, 360);
}

QStringList DeletedRowsDialog::checkedIds(Kind kind) const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->checkState() == Qt::Checked && item->data(KindRole).toInt() == int(kind))
            ids.append(item->data(IdRole).toString());
    }
    return ids;
}

void DeletedRowsDialog::updateButton()
{
    m_bringBack->setEnabled(!checkedIds(Kind::Gpu).isEmpty() || !checkedIds(Kind::Model).isEmpty());
}
