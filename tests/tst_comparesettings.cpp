#include "AppSettings.h"
#include "CompareInspection.h"
#include "MainWindowFixture.h"

#include <QApplication>
#include <QBarSeries>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLegend>
#include <QTest>
#include <QValueAxis>
#include <QXmlStreamReader>

// The comparison kept over a restart, its charts following the palette, and the export of each
// chart: the compare view in the main window on the bundled catalog, offscreen.
class TestCompareSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void comparisonIsRestoredAtStart();
    void chartsFollowThePalette();
    void exportsPngAndSvg();

private:
    std::unique_ptr<MainWindow> makeWindow() { return m_fx.makeWindow(QSize(1300, 900)); }

    MainWindowFixture m_fx;
    QPalette m_startPalette;
};

void TestCompareSettings::initTestCase()
{
    m_startPalette = QApplication::palette();
}

void TestCompareSettings::init()
{
    m_fx.setUp();
}

void TestCompareSettings::cleanup()
{
    QApplication::setPalette(m_startPalette);
    m_fx.tearDown();
}

void TestCompareSettings::comparisonIsRestoredAtStart()
{
    {
        auto window = makeWindow();
        CompareView *view = pickThree(*window);
        view->findChild<QComboBox *>(QStringLiteral("compareMetric"))->setCurrentIndex(2);
        view->findChild<QCheckBox *>(QStringLiteral("compareNormalised"))->setChecked(false);
        view->removeGpu(kRtx3090);
    }
    // A new window on the same settings file, as at the next start.
    auto window = makeWindow();
    CompareView *view = window->compareView();
    QCOMPARE(view->pickedIds(), (QStringList{kRtx4090, kRx7900}));
    view->refresh(); // makes the controls, which start out as saved
    QCOMPARE(view->findChild<QComboBox *>(QStringLiteral("compareMetric"))->currentIndex(), 2);
    QVERIFY(!view->findChild<QCheckBox *>(QStringLiteral("compareNormalised"))->isChecked());
    auto *bars = firstSeries<QBarSeries>(view->chartView(CompareView::Chart::Metrics)->chart());
    QCOMPARE(bars->count(), 2);
    QCOMPARE(barSetNamed(bars, QStringLiteral("GeForce RTX 4090"))->at(0), 1008.0); // GB/s
    // A GPU gone from the catalog is dropped, not an error.
    SavedComparison saved = m_fx.settings->comparison();
    saved.gpuIds.prepend(QStringLiteral("no-such-gpu"));
    m_fx.settings->setComparison(saved);
    window.reset();
    window = makeWindow();
    QCOMPARE(window->compareView()->pickedIds(), (QStringList{kRtx4090, kRx7900}));
}

void TestCompareSettings::chartsFollowThePalette()
{
    auto window = makeWindow();
    CompareView *view = pickThree(*window);
    // A dark palette like Fusion's, set while the window is open as a desktop theme change does.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(0x24, 0x24, 0x24));
    dark.setColor(QPalette::AlternateBase, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, Qt::black);
    dark.setColor(QPalette::ToolTipBase, QColor(0x24, 0x24, 0x24));
    dark.setColor(QPalette::ToolTipText, Qt::white);
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);

    const QColor text = dark.color(QPalette::Text);
    const QColor base = dark.color(QPalette::Base);
    for (const auto which : {CompareView::Chart::Metrics, CompareView::Chart::PricePerformance,
                             CompareView::Chart::CostOverTime, CompareView::Chart::Memory}) {
        QTRY_COMPARE(view->chartView(which)->chart()->backgroundBrush().color(), base);
        QChart *chart = view->chartView(which)->chart();
        QCOMPARE(chart->titleBrush().color(), text);
        QCOMPARE(chart->legend()->labelColor(), text);
        for (QAbstractAxis *axis : chart->axes())
            QCOMPARE(axis->labelsBrush().color(), text);
    }
    QChart *bars = view->chartView(CompareView::Chart::Metrics)->chart();
    for (QGraphicsItem *item : bars->childItems()) {
        if (auto *label = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            QCOMPARE(label->brush().color(), text);
    }
    if (qEnvironmentVariableIsSet("GPUADVISOR_KEEP_EXPORTS")) {
        const QString keep = qEnvironmentVariable("GPUADVISOR_KEEP_EXPORTS");
        for (int chart = 0; chart < 4; ++chart) {
            view->showChart(CompareView::Chart(chart));
            view->grab().save(keep + QStringLiteral("/dark%1.png").arg(chart));
        }
    }

    // And back to light.
    QApplication::setPalette(m_startPalette);
    QTRY_COMPARE(view->chartView(CompareView::Chart::Metrics)->chart()->backgroundBrush().color(),
                 m_startPalette.color(QPalette::Base));
}

void TestCompareSettings::exportsPngAndSvg()
{
    auto window = makeWindow();
    CompareView *view = pickThree(*window);
    QTemporaryDir out;
    for (const auto chart : {CompareView::Chart::Metrics, CompareView::Chart::PricePerformance,
                             CompareView::Chart::CostOverTime, CompareView::Chart::Memory}) {
        const QString name = QStringLiteral("chart%1").arg(int(chart));
        const QString png = out.filePath(name + QStringLiteral(".png"));
        const QString svg = out.filePath(name + QStringLiteral(".svg"));
        const Status pngSaved = view->exportChart(chart, png);
        QVERIFY2(pngSaved.ok(),
                 qPrintable(pngSaved.ok() ? QString() : pngSaved.error().toString()));
        QVERIFY(view->exportChart(chart, svg).ok());
        QVERIFY(QFileInfo(png).size() > 1000);
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 400);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString root;
        int texts = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                if (root.isEmpty())
                    root = xml.name().toString();
                texts += xml.name() == u"text";
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, QStringLiteral("svg"));
        QVERIFY(texts > 5); // title, axes, legend
        if (qEnvironmentVariableIsSet("GPUADVISOR_KEEP_EXPORTS")) {
            const QString keep = qEnvironmentVariable("GPUADVISOR_KEEP_EXPORTS");
            QFile::remove(keep + u'/' + name + QStringLiteral(".png"));
            QFile::copy(png, keep + u'/' + name + QStringLiteral(".png"));
        }
    }
    // A folder that does not exist: an error, not a crash or an empty file.
    QVERIFY(!view->exportChart(CompareView::Chart::Metrics,
                               out.filePath(QStringLiteral("missing/x.png")))
                 .ok());
}

QTEST_MAIN(TestCompareSettings)
#include "tst_comparesettings.moc"
