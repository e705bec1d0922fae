#pragma once

// The shortlist report (ShortlistHtml's content) laid out by QTextDocument, written as PDF through
// QPdfWriter or printed by the caller. Charts arrive as images: the compare and cost-over-time
// charts are placed after the list. Needs a QGuiApplication (fonts); the CLI makes one with the
// offscreen platform for `shortlist export --format pdf`.

#include "Result.h"

#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QString>

#include <memory>

class QIODevice;
class QTextDocument;
struct ShortlistReport;

namespace ShortlistPdf {

// A4 landscape (the list has a dozen columns) with 15 mm margins.
QPageLayout defaultPageLayout();

// The report as a document; images are added as resources "chart-N" and shown in order.
std::unique_ptr<QTextDocument> document(const ShortlistReport &report,
                                        const QList<QImage> &images = {});

// Writes the PDF to an open device.
Status write(const ShortlistReport &report, QIODevice &device, const QList<QImage> &images = {});

// Writes the PDF file atomically (QSaveFile).
Status save(const ShortlistReport &report, const QString &path, const QList<QImage> &images = {});

} // namespace ShortlistPdf
