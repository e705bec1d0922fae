#include "FieldForm.h"

#include "LocaleNumber.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {

// The first day a date editor offers; it reads "unknown" and stands for no date.
const QDate kNoDate(2000, 1, 1);

} // namespace

FieldForm::FieldForm(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
{}

QWidget *FieldForm::wrap(const QString &column, Kind kind, QWidget *editor, const QString &unit)
{
    auto *box = new QWidget(m_parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    // Text fills the width; numbers, dates and choices keep their size, the unit right after.
    const bool wide = kind == Kind::Text || kind == Kind::Lines || kind == Kind::Flags;
    row->addWidget(editor, wide ? 1 : 0);
    if (!unit.isEmpty())
        row->addWidget(new QLabel(unit, box));
    if (!wide)
        row->addStretch(1);
    layout->addLayout(row);
    auto *problem = new QLabel(box);
    problem->setObjectName(column + QStringLiteral("Problem"));
    problem->setWordWrap(true);
    QPalette palette = problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    problem->setPalette(palette);
    problem->hide();
    layout->addWidget(problem);

    editor->setObjectName(column);
    editor->setParent(box);
    box->setFocusProxy(editor);
    m_fields.insert(column, Field{kind, editor, problem});
    return box;
}

QWidget *FieldForm::addText(const QString &column, const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setPlaceholderText(placeholder);
    connect(edit, &QLineEdit::textEdited, this, &FieldForm::edited);
    return wrap(column, Kind::Text, edit);
}

QWidget *FieldForm::addNumber(const QString &column, const QString &unit, bool optional)
{
    auto *edit = new QLineEdit;
    if (optional) {
        //: Placeholder of an empty figure in the edit forms
        edit->setPlaceholderText(tr("unknown"));
    }
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000000000000")));
    edit->setAlignment(Qt::AlignRight);
    connect(edit, &QLineEdit::textEdited, this, &FieldForm::edited);
    return wrap(column, Kind::Number, edit, unit);
}

QWidget *FieldForm::addInteger(const QString &column, const QString &unit, bool optional)
{
    QWidget *box = addNumber(column, unit, optional);
    m_fields[column].kind = Kind::Integer;
    return box;
}

QWidget *FieldForm::addYesNo(const QString &column)
{
    auto *combo = new QComboBox;
    combo->addItem(tr("unknown"), QString());
    combo->addItem(tr("yes"), QStringLiteral("yes"));
    combo->addItem(tr("no"), QStringLiteral("no"));
    connect(combo, &QComboBox::activated, this, &FieldForm::edited);
    return wrap(column, Kind::YesNo, combo);
}

QWidget *FieldForm::addCheck(const QString &column, const QString &text)
{
    auto *check = new QCheckBox(text);
    connect(check, &QCheckBox::toggled, this, &FieldForm::edited);
    return wrap(column, Kind::Check, check);
}

QWidget *FieldForm::addChoice(const QString &column, const Choices &choices)
{
    auto *combo = new QComboBox;
    for (const auto &[key, label] : choices)
        combo->addItem(label, key);
    connect(combo, &QComboBox::activated, this, &FieldForm::edited);
    return wrap(column, Kind::Choice, combo);
}

QWidget *FieldForm::addFlags(const QString &column, const Choices &flags)
{
    auto *group = new QWidget;
    auto *layout = new QHBoxLayout(group);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const auto &[key, label] : flags) {
        auto *check = new QCheckBox(label, group);
        check->setProperty("flagKey", key);
        connect(check, &QCheckBox::toggled, this, &FieldForm::edited);
        layout->addWidget(check);
    }
    layout->addStretch();
    return wrap(column, Kind::Flags, group);
}

QWidget *FieldForm::addDate(const QString &column)
{
    auto *edit = new QDateEdit;
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(tr("unknown"));
    edit->setDate(kNoDate);
    connect(edit, &QDateEdit::dateChanged, this, &FieldForm::edited);
    return wrap(column, Kind::Date, edit);
}

QWidget *FieldForm::addLines(const QString &column, int visibleLines, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit;
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * visibleLines + 12);
    connect(edit, &QPlainTextEdit::textChanged, this, &FieldForm::edited);
    return wrap(column, Kind::Lines, edit);
}

QWidget *FieldForm::editor(const QString &column) const
{
    return m_fields.value(column).editor;
}

void FieldForm::setCell(const QString &column, const QString &cell)
{
    const auto it = m_fields.constFind(column);
    if (it == m_fields.cend())
        return;
    QWidget *editor = it->editor;
    const QSignalBlocker block(editor);
    switch (it->kind) {
    case Kind::Text:
        static_cast<QLineEdit *>(editor)->setText(cell);
        break;
    case Kind::Number:
    case Kind::Integer:
        static_cast<QLineEdit *>(editor)->setText(cell.isEmpty() ? QString()
                                                                 : LocaleNumber::fromCell(cell));
        break;
    case Kind::YesNo:
    case Kind::Choice: {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(cell)));
        break;
    }
    case Kind::Check:
        static_cast<QCheckBox *>(editor)->setChecked(cell == u"yes");
        break;
    case Kind::Flags: {
        const QStringList keys = cell.split(u';', Qt::SkipEmptyParts);
        for (QCheckBox *check : editor->findChildren<QCheckBox *>()) {
            const QSignalBlocker blockCheck(check);
            check->setChecked(keys.contains(check->property("flagKey").toString()));
        }
        break;
    }
    case Kind::Date: {
        const QDate date = QDate::fromString(cell, Qt::ISODate);
        static_cast<QDateEdit *>(editor)->setDate(date.isValid() ? date : kNoDate);
        break;
    }
    case Kind::Lines: {
        QStringList lines;
        for (const QString &part : cell.split(u'|'))
            lines.append(part.trimmed());
        static_cast<QPlainTextEdit *>(editor)->setPlainText(lines.join(u'\n'));
        break;
    }
    }
}

void FieldForm::setCells(const QStringList &columns, const QStringList &cells)
{
    for (qsizetype c = 0; c < columns.size(); ++c)
        setCell(columns.at(c), cells.value(c));
}

QString FieldForm::cell(const QString &column) const
{
    const auto it = m_fields.constFind(column);
    if (it == m_fields.cend())
        return {};
    const QWidget *editor = it->editor;
    switch (it->kind) {
    case Kind::Text:
        return static_cast<const QLineEdit *>(editor)->text().trimmed();
    case Kind::Number:
    case Kind::Integer: {
        const QString text = static_cast<const QLineEdit *>(editor)->text();
        // What cannot be read goes on as typed, for the core's check to name.
        return LocaleNumber::toCell(text, it->kind == Kind::Integer).value_or(text.trimmed());
    }
    case Kind::YesNo:
    case Kind::Choice:
        return static_cast<const QComboBox *>(editor)->currentData().toString();
    case Kind::Check:
        return static_cast<const QCheckBox *>(editor)->isChecked() ? QStringLiteral("yes")
                                                                   : QStringLiteral("no");
    case Kind::Flags: {
        QStringList keys;
        for (const QCheckBox *check : editor->findChildren<QCheckBox *>()) {
            if (check->isChecked())
                keys.append(check->property("flagKey").toString());
        }
        return keys.join(u';');
    }
    case Kind::Date: {
        const QDate date = static_cast<const QDateEdit *>(editor)->date();
        return date == kNoDate ? QString() : date.toString(Qt::ISODate);
    }
    case Kind::Lines: {
        QStringList lines;
        for (const QString &line :
             static_cast<const QPlainTextEdit *>(editor)->toPlainText().split(u'\n')) {
            if (!line.trimmed().isEmpty())
                lines.append(line.trimmed());
        }
        return lines.join(QStringLiteral(" | "));
    }
    }
    return {};
}

QStringList FieldForm::cells(const QStringList &columns) const
{
    QStringList out;
    out.reserve(columns.size());
    for (const QString &column : columns)
        out.append(cell(column));
    return out;
}

QHash<QString, QString> FieldForm::inputProblems() const
{
    QHash<QString, QString> problems;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (it->kind != Kind::Number)
            continue;
        const QString text = static_cast<const QLineEdit *>(it->editor)->text().trimmed();
        if (!LocaleNumber::toCell(text, false))
            problems.insert(it.key(), tr("'%1' is not a number").arg(text));
    }
    return problems;
}

void FieldForm::showProblems(const QHash<QString, QString> &problems)
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString problem = problems.value(it.key());
        it->problem->setText(problem);
        it->problem->setVisible(!problem.isEmpty());
    }
}
