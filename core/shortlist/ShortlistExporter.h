#pragma once

// Writes a ShortlistReport to a QIODevice as CSV, JSON, HTML or Markdown (the PDF report, which
// needs QtGui, is ShortlistPdf in report/), and to files atomically through QSaveFile.
//
// CSV follows RFC 4180 in UTF-8 with "\r\n" line ends; text cells that a spreadsheet would run as
// a formula (starting with = + - @, a tab or a carriage return) get a leading apostrophe.
// JSON follows docs/SHORTLIST.md, schema "gpu-advisor.shortlist" version 1: money in the report's
// currency (assumptions.currency, named by every money key too: "purchase_eur"), rounded to the
// cent, speeds in tokens per second, and null for what is unknown.
// Every format shows money in the report's currency (ShortlistReport::currency()).

#include "Result.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;
struct ShortlistReport;

enum class ShortlistFormat
{
    Csv,
    Json,
    Html,
    Markdown,
    Pdf
};

namespace ShortlistExporter {

constexpr int kJsonSchemaVersion = 1;

struct CsvOptions
{
    QChar separator = u';';
    // true: numbers as the locale writes them (without thousands separators, so a spreadsheet in
    // that locale reads them as numbers); false: plain "1234.5".
    bool localeNumbers = true;
    QLocale locale;
};

// ';' and the locale's numbers where the decimal point is a comma (Swedish), else ','.
CsvOptions defaultCsvOptions(const QLocale &locale = QLocale());

// "csv", "json", "html", "md" (also "markdown"), "pdf".
std::optional<ShortlistFormat> formatFromKey(const QString &key);
QString formatKey(ShortlistFormat format);

Status writeCsv(const ShortlistReport &report, QIODevice &device, const CsvOptions &options);
Status writeJson(const ShortlistReport &report, QIODevice &device);
// One self-contained page: inline style, no scripts, no outside resources.
Status writeHtml(const ShortlistReport &report, QIODevice &device);
Status writeMarkdown(const ShortlistReport &report, QIODevice &device);

// The text cell as a spreadsheet should show it, never as a formula.
QString neutraliseCsvCell(const QString &text);
// Text that Markdown shows as it is, on one line (fit for a table cell).
QString escapeMarkdown(const QString &text);

// Writes the file through QSaveFile: the old file stays as it was unless everything was written
// (a full disk or a file size limit part-way is an error, not a file cut short).
Status saveFile(const QString &path, const std::function<Status(QIODevice &)> &write);

} // namespace ShortlistExporter
