#include "AppSettings.h"
#include "Catalog.h"
#include "CatalogRepository.h"
#include "CompareInspection.h"
#include "CostCalculator.h"
#include "GpuFilterProxy.h"
#include "GpuTableModel.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "WorkloadPanel.h"
#include "compare/CompareSpecTable.h"
#include "compare/CompareView.h"
#include "compare/MetricBarChart.h"
#include "compare/PricePerformanceChart.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSettings>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <QXmlStreamReader>

// The compare view in the main window on the bundled catalog, offscreen: three consumer cards
// whose catalog figures are known (resources/catalog/gpus.csv).
class TestCompareView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void placeholderUntilPicked();
    void barsCarryTheFiguresOfThePicked();
    void unknownFiguresAreNotZero();
    void oneFigureInItsUnit();
    void specTableMarksTheBest();
    void scatterFollowsFiltersAndHighlightsPicked();
    void frontierKeepsOnlyUnbeaten();
    void chartsFollowWorkload();
    void costChartHasOwnedLines();
    void languageSwitchRebuildsCharts();
    void pickingFromTheTable();

private:
    std::unique_ptr<MainWindow> makeWindow();

    MainWindowFixture m_fx;
    QPalette m_startPalette;
};

void TestCompareView::initTestCase()
{
    m_startPalette = QApplication::palette();
}

void TestCompareView::init()
{
    m_fx.setUp();
}

void TestCompareView::cleanup()
{
    QApplication::setPalette(m_startPalette);
    m_fx.tearDown();
}

std::unique_ptr<MainWindow> TestCompareView::makeWindow()
{
    return m_fx.makeWindow(QSize(1300, 900));
}

void TestCompareView::placeholderUntilPicked()
{
    auto window = makeWindow();
    CompareView *view = window->compareView();
    QVERIFY(view->pickedIds().isEmpty());
    // Hidden behind the table's tab, the view has not made its charts (start-up time).
    QVERIFY(!view->findChild<QChartView *>());
    window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(view);
    QVERIFY(view->findChild<QChartView *>());
    QVERIFY(view->findChild<QWidget *>(QStringLiteral("comparePlaceholder"))->isVisibleTo(view));
    QVERIFY(!view->addGpu(QStringLiteral("no-such-gpu")));
    pickThree(*window);
    QCOMPARE(view->pickedIds(), (QStringList{kRtx4090, kRtx3090, kRx7900}));
    QVERIFY(!view->findChild<QWidget *>(QStringLiteral("comparePlaceholder"))->isVisibleTo(view));
}

void TestCompareView::barsCarryTheFiguresOfThePicked()
{
    auto window = makeWindow();
    CompareView *view = pickThree(*window);
    QChart *chart = view->chartView(CompareView::Chart::Metrics)->chart();
    auto *bars = firstSeries<QBarSeries>(chart);
    QVERIFY(bars);
    QCOMPARE(bars->count(), 3);
    QBarSet *rtx4090 = barSetNamed(bars, QStringLiteral("GeForce RTX 4090"));
    QBarSet *rtx3090 = barSetNamed(bars, QStringLiteral("GeForce RTX 3090"));
    QBarSet *rx7900 = barSetNamed(bars, QStringLiteral("Radeon RX 7900 XTX"));
    QVERIFY(rtx4090 && rtx3090 && rx7900);
    QCOMPARE(rtx4090->count(), 9); // every figure
    // VRAM (index 0): 24 GB each, so each is the best.
    QCOMPARE(rtx4090->at(0), 100.0);
    QCOMPARE(rx7900->at(0), 100.0);
    // FP16 (index 2): 330.3, 142 and 123 TFLOPS -> 100, 43 and 37 % of the best.
    QCOMPARE(rtx4090->at(2), 100.0);
    QCOMPARE(rtx3090->at(2), 43.0);
    QCOMPARE(rx7900->at(2), 37.0);
    // Power (index 5), lower is better: 450, 350, 355 W -> 350/450 = 78 %, 100 %, 99 %.
    QCOMPARE(rtx4090->at(5), 78.0);
    QCOMPARE(rtx3090->at(5), 100.0);
    QCOMPARE(rx7900->at(5), 99.0);
    // The values are labelled on the bars (MetricBarChart draws the labels, not the series).
    const QStringList labels4090 = rtx4090->property(MetricBarChart::LabelsProperty).toStringList();
    QCOMPARE(labels4090.size(), 9);
    QCOMPARE(labels4090.at(2), QStringLiteral("100"));
    QTRY_VERIFY(textItems(metricChart(view)).contains(QStringLiteral("78")));
    const auto axes = chart->axes(Qt::Vertical);
    QCOMPARE(axes.size(), 1);
    QVERIFY(axes.first()->titleText().contains(QStringLiteral("best")));
    QVERIFY(chart->legend()->isVisible());
    // A long name goes on two lines, which nine categories have room for; a short one stays
    // whole.
    auto *categories = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).first());
    QVERIFY(categories);
    QCOMPARE(categories->at(0), QStringLiteral("VRAM"));
    QCOMPARE(categories->at(8), QStringLiteral("Cost/M<br>tokens"));
}

void TestCompareView::unknownFiguresAreNotZero()
{
    auto window = makeWindow();
    CompareView *view = pickThree(*window);
    // Only the 4090 has a BF16 figure (index 3) in the catalog: the others get no bar and
    // "unknown" where the value would be, as a share of the best and in TFLOPS.
    QChart *chart = view->chartView(CompareView::Chart::Metrics)->chart();
    auto *bars = firstSeries<QBarSeries>(chart);
    QBarSet *rtx3090 = barSetNamed(bars, QStringLiteral("GeForce RTX 3090"));
    QCOMPARE(rtx3090->at(3), 0.0);
    QCOMPARE(rtx3090->property(MetricBarChart::LabelsProperty).toStringList().at(3),
             QStringLiteral("unknown"));
    // Every unknown figure is drawn so (BF16 of two cards, and any other the catalog lacks).
    qsizetype unknowns = 0;
    for (QBarSet *set : bars->barSets()) {
        unknowns += set->property(MetricBarChart::LabelsProperty)
                        .toStringList()
                        .count(QStringLiteral("unknown"));
    }
    QVERIFY(unknowns >= 2);
    QTRY_COMPARE(textItems(metricChart(view)).count(QStringLiteral("unknown")), unknowns);
    QVERIFY(!textItems(metricChart(view)).contains(QStringLiteral("0")));

    auto *metric = view->findChild<QComboBox *>(QStringLiteral("compareMetric"));
    auto *normalised = view->findChild<QCheckBox *>(QStringLiteral("compareNormalised"));
    metric->setCurrentIndex(4); // BF16
    normalised->setChecked(false);
    view->refresh();
    chart = view->chartView(CompareView::Chart::Metrics)->chart();
    bars = firstSeries<QBarSeries>(chart);
    QCOMPARE(bars->barSets().first()->count(), 1);
    const QStringList rx7900 = barSetNamed(bars, QStringLiteral("Radeon RX 7900 XTX"))
                                   ->property(MetricBarChart::LabelsProperty)
                                   .toStringList();
    QCOMPARE(rx7900, QStringList{QStringLiteral("unknown")});
    QTRY_COMPARE(textItems(metricChart(view)).count(QStringLiteral("unknown")), 2);
    QVERIFY(!textItems(metricChart(view)).contains(QStringLiteral("0")));
}

void TestCompareView::oneFigureInItsUnit()
{
    auto window = makeWindow();
    CompareView *view = pickThree(*window);
    auto *metric = view->findChild<QComboBox *>(QStringLiteral("compareMetric"));
    auto *normalised = view->findChild<QCheckBox *>(QStringLiteral("compareNormalised"));
    QVERIFY(metric && normalised);
    QVERIFY(!normalised->isEnabled()); // all figures: always a share of the best
    metric->setCurrentIndex(2);        // bandwidth
    normalised->setChecked(false);
    view->refresh();
    QChart *chart = view->chartView(CompareView::Chart::Metrics)->chart();
    auto *bars = firstSeries<QBarSeries>(chart);
    QCOMPARE(barSetNamed(bars, QStringLiteral("GeForce RTX 4090"))->at(0), 1008.0);
    QCOMPARE(barSetNamed(bars, QStringLiteral("GeForce RTX 3090"))->at(0), 936.0);
    QCOMPARE(barSetNamed(bars, QStringLiteral("Radeon RX 7900 XTX"))->at(0), 960.0);
    QCOMPARE(chart->axes(Qt::Vertical).first()->titleText(), QStringLiteral("Bandwidth (GB/s)"));
    normalised->setChecked(true);
    view->refresh();
    bars = firstSeries<QBarSeries>(view->chartView(CompareView::Chart::Metrics)->chart());
    QCOMPARE(barSetNamed(bars, QStringLiteral("GeForce RTX 3090"))->at(0), 93.0); // 936/1008
}

void TestCompareView::specTableMarksTheBest()
{
    auto window = makeWindow();
    CompareView *view = pickThree(*window);
    CompareSpecTable *table = view->specTable();
    QCOMPARE(table->columnCount(), 3);
    const int fp16Row = 2, powerRow = 5, bf16Row = 3;
    QVERIFY(table->verticalHeaderItem(fp16Row)->text().startsWith(QStringLiteral("FP16")));
    QVERIFY(table->item(fp16Row, 0)->data(CompareSpecTable::BestRole).toBool());
    QVERIFY(!table->item(fp16Row, 1)->data(CompareSpecTable::BestRole).toBool());
    QVERIFY(table->item(fp16Row, 0)->font().bold());
    QVERIFY(table->item(powerRow, 1)->data(CompareSpecTable::BestRole).toBool()); // 350 W
    QVERIFY(!table->item(powerRow, 0)->data(CompareSpecTable::BestRole).toBool());
    // Only the 4090 has a BF16 figure: nothing to compare, nothing marked; the rest unknown.
    QVERIFY(!table->item(bf16Row, 0)->data(CompareSpecTable::BestRole).toBool());
    QCOMPARE(table->item(bf16Row, 1)->text(), QStringLiteral("unknown"));
}

void TestCompareView::scatterFollowsFiltersAndHighlightsPicked()
{
    auto window = makeWindow();
    CompareView *view = pickThree(*window);
    QChart *chart = view->chartView(CompareView::Chart::PricePerformance)->chart();
    auto *picked = seriesNamed<QScatterSeries>(chart, QStringLiteral("GeForce RTX 4090"));
    QVERIFY(picked);
    QCOMPARE(picked->count(), 1);
    const GpuSpec *gpu = window->gpuModel()->gpuAt(window->gpuModel()->rowOf(kRtx4090));
    const CostCalculator calculator(m_fx.settings->costs());
    QCOMPARE(picked->at(0).x(), *calculator.purchasePriceSek(*gpu));
    QCOMPARE(picked->at(0).y(), 330.3);
    QVERIFY(seriesNamed<QLineSeries>(chart, QStringLiteral("Efficient frontier")));
    auto *others = seriesNamed<QScatterSeries>(chart, QStringLiteral("Other GPUs in the table"));
    QVERIFY(others);
    const int before = others->count();
    QVERIFY(before > 10);

    window->gpuProxy()->setSearchText(QStringLiteral("radeon"));
    QTRY_VERIFY(
        seriesNamed<QScatterSeries>(view->chartView(CompareView::Chart::PricePerformance)->chart(),
                                    QStringLiteral("Other GPUs in the table"))
            ->count() < before);
    // The picked stay highlighted when the filter hides them.
    QVERIFY(
        seriesNamed<QScatterSeries>(view->chartView(CompareView::Chart::PricePerformance)->chart(),
                                    QStringLiteral("GeForce RTX 4090")));
}

void TestCompareView::frontierKeepsOnlyUnbeaten()
{
    // (price, performance): (30, 20) is beaten by the cheaper (20, 40); (50, 40) adds nothing.
    const QList<QPointF> frontier =
        PricePerformanceChart::frontier({{10, 10}, {30, 20}, {20, 40}, {50, 40}, {80, 90}});
    QCOMPARE(frontier, (QList<QPointF>{{10, 10}, {20, 40}, {80, 90}}));
}

void TestCompareView::chartsFollowWorkload()
{
    auto window = makeWindow();
    CompareView *view = pickThree(*window);
    const auto models = m_fx.catalog->repository().models();
    QVERIFY(models && models->size() >= 2);
    // The smallest and the largest model by parameters.
    ModelSpec small = models->first(), large = models->first();
    for (const ModelSpec &m : *models) {
        if (m.paramsTotalB < small.paramsTotalB)
            small = m;
        if (m.paramsTotalB > large.paramsTotalB)
            large = m;
    }
    WorkloadPanel *workload = window->workloadPanel();
    workload->setWorkload(small.id, {}, {}, 0, 0, {});
    QTRY_VERIFY(view->chartView(CompareView::Chart::Memory)->chart()->title().contains(small.name));
    auto weightsOf = [view] {
        auto *stacked =
            firstSeries<QStackedBarSeries>(view->chartView(CompareView::Chart::Memory)->chart());
        return stacked ? barSetNamed(stacked, QStringLiteral("Weights"))->at(0) : -1.0;
    };
    const double smallWeights = weightsOf();
    QVERIFY(smallWeights > 0);

    workload->setWorkload(large.id, {}, {}, 0, 0, {});
    QTRY_VERIFY(view->chartView(CompareView::Chart::Memory)->chart()->title().contains(large.name));
    QVERIFY(weightsOf() > smallWeights);
    // One usable-memory line per picked GPU.
    int usableLines = 0;
    for (QAbstractSeries *s : view->chartView(CompareView::Chart::Memory)->chart()->series())
        usableLines += s->name() == QStringLiteral("Usable memory");
    QCOMPARE(usableLines, 3);
}

void TestCompareView::costChartHasOwnedLines()
{
    auto window = makeWindow();
    CompareView *view = pickThree(*window);
    QChart *chart = view->chartView(CompareView::Chart::CostOverTime)->chart();
    const int count = window->gpuModel()
                          ->evaluationAt(window->gpuModel()->rowOf(kRtx4090))
                          ->gpusNeeded.value_or(1);
    const QString label = count > 1 ? QStringLiteral("GeForce RTX 4090 ×%1").arg(count)
                                    : QStringLiteral("GeForce RTX 4090");
    auto *owned = seriesNamed<QLineSeries>(chart, label);
    QVERIFY(owned);
    const GpuSpec *gpu = window->gpuModel()->gpuAt(window->gpuModel()->rowOf(kRtx4090));
    const auto tco = CostCalculator(m_fx.settings->costs()).tco(*gpu, count);
    QVERIFY(tco);
    QCOMPARE(owned->count(), int(tco->years.size()) + 1);
    QCOMPARE(owned->at(0).y(), tco->purchaseSek);
    QCOMPARE(owned->at(owned->count() - 1).y(), tco->years.last().cumulativeSek);
    QVERIFY(seriesNamed<QScatterSeries>(chart, QStringLiteral("Break-even")));
}

void TestCompareView::languageSwitchRebuildsCharts()
{
    auto window = makeWindow();
    CompareView *view = pickThree(*window);
    QCOMPARE(view->specTable()->item(3, 1)->text(), QStringLiteral("unknown"));
    QChart *before = view->chartView(CompareView::Chart::Metrics)->chart();
    QVERIFY(m_fx.languages->setLanguage(QStringLiteral("sv")));
    QTRY_COMPARE(view->specTable()->item(3, 1)->text(), QStringLiteral("okänt"));
    QChart *after = view->chartView(CompareView::Chart::Metrics)->chart();
    QVERIFY(after != before);
    QCOMPARE(after->locale().language(), QLocale::Swedish);
    QVERIFY(m_fx.languages->setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(view->specTable()->item(3, 1)->text(), QStringLiteral("unknown"));
}

void TestCompareView::pickingFromTheTable()
{
    auto window = makeWindow();
    window->selectGpu(kRtx4090);
    QAction *compare = nullptr;
    for (QAction *action : window->gpuTable()->actions()) {
        if (action->isCheckable())
            compare = action;
    }
    QVERIFY(compare);
    QVERIFY(!compare->isChecked());
    compare->trigger();
    QCOMPARE(window->compareView()->pickedIds(), QStringList{kRtx4090});
    QVERIFY(compare->isChecked());
    compare->trigger();
    QVERIFY(window->compareView()->pickedIds().isEmpty());
    // At most eight.
    for (int row = 0; row < 9; ++row)
        window->compareView()->addGpu(window->gpuModel()->gpuAt(row)->id);
    QCOMPARE(window->compareView()->pickedIds().size(), CompareView::MaxGpus);
}

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
