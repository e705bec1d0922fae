#include "ShortlistCharts.h"
#include "ShortlistPdf.h"
#include "ShortlistReport.h"

#include <QBuffer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

// The PDF report: the file exists, has the pages its layout has, and its text layer holds the
// GPU names (read with pdftotext from poppler-utils when installed).
class TestShortlistPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writesSmallReport();
    void longListTakesMorePages();
    void chartImagesGoIn();
    void drawnChartsGoIn();

private:
    static ShortlistReport report(int items);
    static int pageObjects(const QByteArray &pdf);
    static QString pdfText(const QString &path);
};

void TestShortlistPdf::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

ShortlistReport TestShortlistPdf::report(int items)
{
    ShortlistReport r;
    r.list.name = QStringLiteral("Lab");
    r.generated = QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
    r.workload.model.name = QStringLiteral("Tiny 7B");
    for (int i = 0; i < items; ++i) {
        ShortlistRow row;
        row.item.position = i;
        row.item.gpuId = QStringLiteral("gpu-%1").arg(i);
        row.item.quantity = 1;
        GpuSpec gpu;
        gpu.id = row.item.gpuId;
        gpu.name = QStringLiteral("Card%1X").arg(i);
        row.gpu = gpu;
        row.count = 1;
        row.purchaseSek = 10000 * (i + 1);
        row.tcoSek = 15000 * (i + 1);
        row.evaluation.decodeTokensPerS = 40.0 + i;
        row.checklist = {
            CheckItem{QStringLiteral("vram"), CheckStatus::Pass, QStringLiteral("enough memory")},
            CheckItem{QStringLiteral("power"), CheckStatus::Warning,
                      QStringLiteral("draws a lot")}};
        r.rows.append(row);
        r.totals.cards += 1;
        r.totals.purchaseSek = r.totals.purchaseSek.value_or(0) + *row.purchaseSek;
    }
    return r;
}

int TestShortlistPdf::pageObjects(const QByteArray &pdf)
{
    // Page objects, not the /Pages tree node.
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    int count = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

QString TestShortlistPdf::pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestShortlistPdf::writesSmallReport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lab.pdf"));
    const ShortlistReport small = report(2);
    const Status saved = ShortlistPdf::save(small, path);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pageObjects(pdf), ShortlistPdf::document(small)->pageCount());
    QVERIFY(pageObjects(pdf) >= 1);

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the text layer is not checked");
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Card0X")));
    QVERIFY(text.contains(QStringLiteral("Card1X")));
    QVERIFY(text.contains(QStringLiteral("Shortlist: Lab")));
    QVERIFY(text.contains(QStringLiteral("enough memory")));
}

void TestShortlistPdf::longListTakesMorePages()
{
    const ShortlistReport big = report(40);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(ShortlistPdf::write(big, buffer).ok());
    const int pages = pageObjects(buffer.data());
    QVERIFY2(pages > 1, qPrintable(QString::number(pages)));

    // The pages of the document's own layout, which the printing keeps.
    QCOMPARE(pages, ShortlistPdf::document(big)->pageCount());
}

void TestShortlistPdf::chartImagesGoIn()
{
    QImage chart(400, 200, QImage::Format_RGB32);
    chart.fill(Qt::blue);
    auto doc = ShortlistPdf::document(report(1), {chart});
    QVERIFY(doc->toHtml().contains(QStringLiteral("chart-0")));
    QCOMPARE(doc->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart-0")))
                 .value<QImage>()
                 .size(),
             chart.size());
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(ShortlistPdf::write(report(1), buffer, {chart}).ok());
    QVERIFY(buffer.data().contains("/Subtype /Image"));
}

// The charts the application and the command line put in the report: drawn (not blank), the
// bars as long as their figures, and embedded as two images in a PDF whose text still holds
// every GPU name.
void TestShortlistPdf::drawnChartsGoIn()
{
    const ShortlistReport small = report(2);
    const QList<QImage> charts = ShortlistCharts::all(small);
    QCOMPARE(charts.size(), 2);
    for (const QImage &chart : charts) {
        QVERIFY(chart.width() >= 1000);
        // Something besides the white background was drawn.
        int coloured = 0;
        for (int y = 0; y < chart.height(); y += 4) {
            for (int x = 0; x < chart.width(); x += 4)
                coloured += chart.pixel(x, y) != qRgb(255, 255, 255);
        }
        QVERIFY2(coloured > 200, qPrintable(QString::number(coloured)));
    }
    // In the purchase panel the second card's bar (twice the price) is longer than the first's:
    // count the pixels of each item's colour.
    const QImage compare = charts.first();
    const auto countOf = [&](QRgb colour) {
        int n = 0;
        for (int y = 0; y < compare.height(); ++y) {
            for (int x = 0; x < compare.width(); ++x)
                n += compare.pixel(x, y) == colour;
        }
        return n;
    };
    QVERIFY(countOf(qRgb(0xd6, 0x27, 0x28)) > countOf(qRgb(0x1f, 0x77, 0xb4)));
    QVERIFY(ShortlistCharts::all(report(0)).isEmpty());

    // Shown no wider than the text, so nothing is cut off at the page's edge.
    const auto withCharts = ShortlistPdf::document(small, charts);
    QVERIFY2(withCharts->idealWidth() <= withCharts->pageSize().width(),
             qPrintable(QString::number(withCharts->idealWidth())));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("charts.pdf"));
    QVERIFY(ShortlistPdf::save(small, path, charts).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QCOMPARE(pdf.count("/Subtype /Image"), 2);
    QCOMPARE(pageObjects(pdf), ShortlistPdf::document(small, charts)->pageCount());

    if (QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty())
        QSKIP("pdfimages (poppler-utils) is not installed: the image sizes are not checked");
    QProcess list;
    list.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    QVERIFY(list.waitForFinished(30000));
    const QString listing = QString::fromUtf8(list.readAllStandardOutput());
    QVERIFY2(listing.contains(QStringLiteral(" %1 ").arg(charts.at(0).height())),
             qPrintable(listing));
    QVERIFY2(listing.contains(QStringLiteral(" %1 ").arg(charts.at(1).height())),
             qPrintable(listing));
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Card0X")));
    QVERIFY(text.contains(QStringLiteral("Card1X")));
}

QTEST_MAIN(TestShortlistPdf)
#include "tst_shortlistpdf.moc"
