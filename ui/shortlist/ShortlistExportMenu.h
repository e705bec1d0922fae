#pragma once

// The shortlist's export menu: CSV (with its separator), JSON, HTML, Markdown and the PDF report
// through a file dialog, and the report printed through the print dialog. The PDF and the print
// hold the same charts as the command line's PDF (ShortlistCharts). The report comes from the
// caller at the moment of export, so it has the current workload and settings.

#include "Result.h"
#include "ShortlistExporter.h"

#include <QMenu>

#include <functional>
#include <optional>

class QActionGroup;
class QPrinter;
struct ShortlistReport;

class ShortlistExportMenu : public QMenu
{
    Q_OBJECT

public:
    using ReportSource = std::function<std::optional<ShortlistReport>()>;

    ShortlistExportMenu(ReportSource source, QWidget *parent = nullptr);

    // Writes the report to path atomically: the old file stays whole when anything fails.
    static Status save(const ShortlistReport &report, ShortlistFormat format, const QString &path,
                       const ShortlistExporter::CsvOptions &csv);
    // Lays the report out on the printer's pages, charts included.
    static void print(const ShortlistReport &report, QPrinter &printer);

    // The CSV options of the next export: the separator picked in the menu, else the one that
    // suits the current language (';' in Swedish), and the language's numbers.
    ShortlistExporter::CsvOptions csvOptions() const;
    void setCsvSeparator(QChar separator);

    QAction *action(ShortlistFormat format) const;
    QAction *printAction() const { return m_print; }

Q_SIGNALS:
    void exported(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void exportAs(ShortlistFormat format);
    void printReport();
    void updateSeparatorChoice();
    void retranslate();

    ReportSource m_source;
    QList<QAction *> m_formats; // by ShortlistFormat
    QMenu *m_separatorMenu = nullptr;
    QActionGroup *m_separators = nullptr;
    QChar m_separator; // null: as the language suits
    QAction *m_print = nullptr;
};
