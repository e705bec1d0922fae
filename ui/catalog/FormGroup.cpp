#include "FormGroup.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>

namespace FormGroup {

QGroupBox *create(const QString &title, const QList<std::pair<QString, QWidget *>> &rows)
{
    auto *box = new QGroupBox(title);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    for (const auto &[caption, field] : rows) {
        if (caption.isEmpty()) {
            form->addRow(QString(), field);
            continue;
        }
        auto *label = new QLabel(caption, box);
        label->setBuddy(field);
        // The caption level with the editor's text, also when a problem shows under the field.
        label->setAlignment(Qt::AlignRight | Qt::AlignTop);
        label->setContentsMargins(0, 4, 0, 0);
        form->addRow(label, field);
    }
    return box;
}

} // namespace FormGroup
