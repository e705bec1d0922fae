#include "ShortlistPdf.h"

#include "ShortlistExporter.h"
#include "ShortlistHtml.h"
#include "ShortlistReport.h"

#include <QCoreApplication>
#include <QFont>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

namespace {

// Shows each chart at most as wide as the text and as high as a page, keeping its proportions: a
// chart drawn for a screen is wider than the paper, and one taller than a page would be cut in
// two. The image keeps its pixels, so the PDF prints it sharper than the layout's 96 dpi.
void fitImages(QTextDocument &doc, const QList<QImage> &images, const QSizeF &room)
{
    struct Change
    {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Change> changes; // applied after the walk, which they would disturb
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            if (!format.name().startsWith(u"chart-"))
                continue;
            const int index = QStringView(format.name()).mid(6).toInt(); // "chart-N"
            if (index < 0 || index >= images.size())
                continue;
            const QSizeF size = QSizeF(images.at(index).size()).scaled(room, Qt::KeepAspectRatio);
            if (size.width() >= images.at(index).width())
                continue;
            format.setWidth(size.width());
            format.setHeight(size.height());
            changes.append({fragment.position(), fragment.length(), format});
        }
    }
    for (const Change &change : changes) {
        QTextCursor cursor(&doc);
        cursor.setPosition(change.position);
        cursor.setPosition(change.position + change.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(change.format);
    }
}

} // namespace

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
        // Kept as given; fitImages() sets the size it is shown at.
        doc->addResource(QTextDocument::ImageResource, QUrl(url), images.at(i));
        urls.append(url);
    }
    doc->setHtml(ShortlistHtml::document(report, urls));
    // A page size makes print() keep this pagination and scale it to the printer's page, so
    // pageCount() is the count the PDF gets. 96 dpi is what text layout without a paint device
    // measures in, which keeps a 9 pt font 9 pt on paper.
    const QSizeF page = defaultPageLayout().paintRectPixels(96).size();
    doc->setPageSize(page);
    fitImages(*doc, images,
              QSizeF(page.width() - 4 * doc->documentMargin(),
                     page.height() - 4 * doc->documentMargin()));
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
