#include "ShortlistExportMenu.h"

#include "ShortlistCharts.h"
#include "ShortlistPdf.h"
#include "ShortlistReport.h"

#include <QActionGroup>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextDocument>

namespace {

const ShortlistFormat kFormats[] = {ShortlistFormat::Csv, ShortlistFormat::Json,
                                    ShortlistFormat::Html, ShortlistFormat::Markdown,
                                    ShortlistFormat::Pdf};

QString extension(ShortlistFormat format)
{
    return ShortlistExporter::formatKey(format);
}

// The list's name as a file name: letters, digits, '-' and '_' kept, the rest '-'.
QString fileBaseName(const QString &name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\w\\-]+"));
    QString base = name.trimmed();
    base.replace(unsafe, QStringLiteral("-"));
    while (base.startsWith(u'-'))
        base.remove(0, 1);
    while (base.endsWith(u'-'))
        base.chop(1);
    return base.isEmpty() ? QStringLiteral("shortlist") : base;
}

} // namespace

ShortlistExportMenu::ShortlistExportMenu(ReportSource source, QWidget *parent)
    : QMenu(parent)
    , m_source(std::move(source))
{
    setObjectName(QStringLiteral("shortlistExportMenu"));
    for (const ShortlistFormat format : kFormats) {
        QAction *action = addAction(QString(), this, [this, format] { exportAs(format); });
        action->setObjectName(QStringLiteral("export-") + extension(format));
        m_formats.append(action);
        if (format == ShortlistFormat::Csv) {
            m_separatorMenu = addMenu(QString());
            m_separators = new QActionGroup(this);
            for (const QChar separator : {QChar(u';'), QChar(u','), QChar(u'\t')}) {
                QAction *choice = m_separatorMenu->addAction(QString());
                choice->setCheckable(true);
                choice->setData(separator);
                m_separators->addAction(choice);
                connect(choice, &QAction::triggered, this,
                        [this, separator] { setCsvSeparator(separator); });
            }
            connect(m_separatorMenu, &QMenu::aboutToShow, this,
                    &ShortlistExportMenu::updateSeparatorChoice);
        }
    }
    addSeparator();
    m_print = addAction(QString(), this, &ShortlistExportMenu::printReport);
    m_print->setObjectName(QStringLiteral("print"));
    retranslate();
}

Status ShortlistExportMenu::save(const ShortlistReport &report, ShortlistFormat format,
                                 const QString &path, const ShortlistExporter::CsvOptions &csv)
{
    using namespace ShortlistExporter;
    switch (format) {
    case ShortlistFormat::Csv:
        return saveFile(path, [&](QIODevice &d) { return writeCsv(report, d, csv); });
    case ShortlistFormat::Json:
        return saveFile(path, [&](QIODevice &d) { return writeJson(report, d); });
    case ShortlistFormat::Html:
        return saveFile(path, [&](QIODevice &d) { return writeHtml(report, d); });
    case ShortlistFormat::Markdown:
        return saveFile(path, [&](QIODevice &d) { return writeMarkdown(report, d); });
    case ShortlistFormat::Pdf:
        return ShortlistPdf::save(report, path, ShortlistCharts::all(report));
    }
    return Done{};
}

void ShortlistExportMenu::print(const ShortlistReport &report, QPrinter &printer)
{
    ShortlistPdf::document(report, ShortlistCharts::all(report))->print(&printer);
}

ShortlistExporter::CsvOptions ShortlistExportMenu::csvOptions() const
{
    ShortlistExporter::CsvOptions options = ShortlistExporter::defaultCsvOptions(QLocale());
    if (!m_separator.isNull())
        options.separator = m_separator;
    return options;
}

void ShortlistExportMenu::setCsvSeparator(QChar separator)
{
    m_separator = separator;
    updateSeparatorChoice();
}

QAction *ShortlistExportMenu::action(ShortlistFormat format) const
{
    return m_formats.value(int(format));
}

void ShortlistExportMenu::updateSeparatorChoice()
{
    const QChar current = csvOptions().separator;
    for (QAction *choice : m_separators->actions())
        choice->setChecked(choice->data().toChar() == current);
}

void ShortlistExportMenu::exportAs(ShortlistFormat format)
{
    const auto report = m_source();
    if (!report)
        return;
    static const char *const filters[] = {
        QT_TRANSLATE_NOOP("ShortlistExportMenu", "CSV for spreadsheets (*.csv)"),
        QT_TRANSLATE_NOOP("ShortlistExportMenu", "JSON (*.json)"),
        QT_TRANSLATE_NOOP("ShortlistExportMenu", "Web page (*.html *.htm)"),
        QT_TRANSLATE_NOOP("ShortlistExportMenu", "Markdown (*.md)"),
        QT_TRANSLATE_NOOP("ShortlistExportMenu", "PDF report (*.pdf)")};
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(fileBaseName(report->list.name) + u'.' + extension(format));
    QString path = QFileDialog::getSaveFileName(parentWidget(), tr("Export the shortlist"),
                                                suggested, tr(filters[int(format)]));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + extension(format);
    const Status saved = save(*report, format, path, csvOptions());
    if (!saved) {
        QMessageBox::warning(
            parentWidget(), tr("Export the shortlist"),
            tr("The shortlist could not be written.\n\n%1").arg(saved.error().toString()));
        return;
    }
    Q_EMIT exported(path);
}

void ShortlistExportMenu::printReport()
{
    const auto report = m_source();
    if (!report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ShortlistPdf::defaultPageLayout());
    printer.setDocName(report->list.name);
    QPrintDialog dialog(&printer, parentWidget());
    dialog.setWindowTitle(tr("Print the shortlist"));
    if (dialog.exec() == QDialog::Accepted)
        print(*report, printer);
}

void ShortlistExportMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void ShortlistExportMenu::retranslate()
{
    setTitle(tr("&Export"));
    m_formats.at(int(ShortlistFormat::Csv))->setText(tr("&CSV for spreadsheets…"));
    m_formats.at(int(ShortlistFormat::Json))->setText(tr("&JSON…"));
    m_formats.at(int(ShortlistFormat::Html))->setText(tr("&Web page (HTML)…"));
    m_formats.at(int(ShortlistFormat::Markdown))->setText(tr("&Markdown…"));
    m_formats.at(int(ShortlistFormat::Pdf))->setText(tr("&PDF report…"));
    m_separatorMenu->setTitle(tr("CSV &separator"));
    const QStringList names = {tr("Semicolon (;)"), tr("Comma (,)"), tr("Tab")};
    for (int i = 0; i < names.size(); ++i)
        m_separators->actions().at(i)->setText(names.at(i));
    m_print->setText(tr("P&rint the report…"));
}
