#pragma once

// The shortlist report as HTML: title, date, workload and every assumption (with the prices'
// dates), the list with its totals, the checklist of each item and the sources, in the current
// language. The HTML export writes it as a file; the PDF report lays it out with QTextDocument,
// which is why the markup keeps to the subset QTextDocument understands.

#include <QString>
#include <QStringList>

struct ShortlistReport;

namespace ShortlistHtml {

// Escaped for text and attribute values.
QString escape(const QString &text);

// imageUrls: pictures to place after the table (the PDF report's charts), each shown as
// <img src="url">; the HTML export passes none.
QString document(const ShortlistReport &report, const QStringList &imageUrls = {});

} // namespace ShortlistHtml
