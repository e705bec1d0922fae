#include "ShortlistPdf.h"

#include "ShortlistExporter.h"
#include "ShortlistHtml.h"
#include "ShortlistReport.h"

#include <QCoreApplication>
#include <QFont>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace ShortlistPdf {

QPageLayout defaultPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15),
                       QPageLayout::Millimeter);
}

std::unique_ptr<QTextDocument> document(const ShortlistReport &report, const QList<QImage> &images)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font = doc->defaultFont();
    font.setPointSizeF(9);
    doc->setDefaultFont(font);
    QStringList urls;
    for (qsizetype i = 0; i < images.size(); ++i) {
        const QString url = QStringLiteral("chart-%1").arg(i);
        // Wide charts are scaled to the text width when laid out; keep the resource as given.
        doc->addResource(QTextDocument::ImageResource, QUrl(url), images.at(i));
        urls.append(url);
    }
    doc->setHtml(ShortlistHtml::document(report, urls));
    // A page size makes print() keep this pagination and scale it to the printer's page, so
    // pageCount() is the count the PDF gets. 96 dpi is what text layout without a paint device
    // measures in, which keeps a 9 pt font 9 pt on paper.
    doc->setPageSize(defaultPageLayout().paintRectPixels(96).size());
    //: Document title stored in the PDF's metadata; %1 is the shortlist's name
    doc->setMetaInformation(
        QTextDocument::DocumentTitle,
        QCoreApplication::translate("ShortlistPdf", "Shortlist: %1").arg(report.list.name));
    return doc;
}

Status write(const ShortlistReport &report, QIODevice &device, const QList<QImage> &images)
{
    QPdfWriter writer(&device);
    writer.setPageLayout(defaultPageLayout());
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("GPU Advisor"));
    writer.setTitle(
        QCoreApplication::translate("ShortlistPdf", "Shortlist: %1").arg(report.list.name));
    auto doc = document(report, images);
    // print() paginates to the writer's page and numbers the pages.
    doc->print(&writer);
    return Done{};
}

Status save(const ShortlistReport &report, const QString &path, const QList<QImage> &images)
{
    return ShortlistExporter::saveFile(
        path, [&](QIODevice &device) { return write(report, device, images); });
}

} // namespace ShortlistPdf
