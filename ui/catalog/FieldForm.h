#pragma once

// The editors of one catalog row, each named after its column in the catalog format (vram_gb,
// kv_heads, ...): a text, number, whole number, yes/no, choice, date or list editor with its
// unit, and the problem with its value in red beneath it. Numbers are shown and read in the
// user's locale ("1,5" in Swedish); cells() gives the catalog format's text (decimal point, ISO
// dates), so that the core's checks (CatalogFieldCheck) decide what is valid.

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <utility>

class QLabel;
class QWidget;

class FieldForm : public QObject
{
    Q_OBJECT

public:
    using Choices = QList<std::pair<QString, QString>>; // key, label

    explicit FieldForm(QWidget *parent);

    // Each returns the widget for the field column of a form layout: the editor, its unit and
    // the problem label. An empty number or date is "unknown".
    QWidget *addText(const QString &column, const QString &placeholder = {});
    QWidget *addNumber(const QString &column, const QString &unit, bool optional = true);
    QWidget *addInteger(const QString &column, const QString &unit = {}, bool optional = true);
    QWidget *addYesNo(const QString &column); // unknown, yes, no
    QWidget *addCheck(const QString &column, const QString &text);
    QWidget *addChoice(const QString &column, const Choices &choices);
    QWidget *addFlags(const QString &column, const Choices &flags); // "a;b" cells
    QWidget *addDate(const QString &column);
    QWidget *addLines(const QString &column, int visibleLines, const QString &placeholder = {});

    void setCell(const QString &column, const QString &cell);
    void setCells(const QStringList &columns, const QStringList &cells);
    QString cell(const QString &column) const;
    // Cells for the given columns; columns without an editor give an empty cell.
    QStringList cells(const QStringList &columns) const;

    // Problems with the text as typed that no cell can carry: a number the locale cannot read.
    QHash<QString, QString> inputProblems() const;
    // Shows each problem under its field and clears the others.
    void showProblems(const QHash<QString, QString> &problems);
    bool hasEditor(const QString &column) const { return m_fields.contains(column); }
    QWidget *editor(const QString &column) const;

Q_SIGNALS:
    void edited();

private:
    enum class Kind
    {
        Text,
        Number,
        Integer,
        YesNo,
        Check,
        Choice,
        Flags,
        Date,
        Lines
    };
    struct Field
    {
        Kind kind = Kind::Text;
        QWidget *editor = nullptr;
        QLabel *problem = nullptr;
    };

    QWidget *wrap(const QString &column, Kind kind, QWidget *editor, const QString &unit = {});

    QWidget *m_parent;
    QHash<QString, Field> m_fields;
};
