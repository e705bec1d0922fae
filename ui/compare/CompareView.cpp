#include "CompareView.h"

#include "AppSettings.h"
#include "ChartExporter.h"
#include "CompareData.h"
#include "CompareMetric.h"
#include "CompareSpecTable.h"
#include "CostOverTimeChart.h"
#include "GpuTableModel.h"
#include "MemoryBreakdownChart.h"
#include "MetricBarChart.h"
#include "PricePerformanceChart.h"

#include <QAbstractProxyModel>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QWidget *chartPage(QChartView *view, QWidget *options = nullptr)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    if (options)
        layout->addWidget(options);
    layout->addWidget(view, 1);
    return page;
}

} // namespace

CompareView::CompareView(const GpuTableModel &model, const QAbstractProxyModel &proxy,
                         QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(proxy)
{
    setObjectName(QStringLiteral("compareView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The charts and their controls are made when the view is first shown or asked for
    // (ensureBuilt): it starts hidden behind the table's tab, and they are a large part of
    // the start-up's work.
    connect(this, &CompareView::pickedChanged, this, &CompareView::saveSettings);
}

void CompareView::ensureBuilt()
{
    if (m_stack)
        return;

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_removeButton = new QToolButton(this);
    m_removeButton->setPopupMode(QToolButton::InstantPopup);
    m_removeButton->setMenu(new QMenu(m_removeButton));
    m_clearButton = new QToolButton(this);
    connect(m_clearButton, &QToolButton::clicked, this, &CompareView::clear);
    m_exportButton = new QToolButton(this);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_exportButton);
    m_exportPng =
        exportMenu->addAction(QString(), this, [this] { exportCurrent(QStringLiteral("png")); });
    m_exportSvg =
        exportMenu->addAction(QString(), this, [this] { exportCurrent(QStringLiteral("svg")); });
    m_exportButton->setMenu(exportMenu);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_removeButton);
    bar->addWidget(m_clearButton);
    bar->addWidget(m_exportButton);

    for (int i = 0; i < 4; ++i) {
        // Given its chart at once: setChart() would not delete the one QChartView(QWidget *)
        // makes (AddressSanitizer reported it as a leak).
        auto *view = new QChartView(new QChart, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(280);
        m_views.append(view);
    }
    m_views[int(Chart::Metrics)]->setObjectName(QStringLiteral("metricChart"));
    m_views[int(Chart::PricePerformance)]->setObjectName(QStringLiteral("pricePerformanceChart"));
    m_views[int(Chart::CostOverTime)]->setObjectName(QStringLiteral("costOverTimeChart"));
    m_views[int(Chart::Memory)]->setObjectName(QStringLiteral("memoryChart"));

    auto *metricOptions = new QWidget;
    auto *metricLayout = new QHBoxLayout(metricOptions);
    metricLayout->setContentsMargins(6, 0, 6, 0);
    m_metricLabel = new QLabel(metricOptions);
    m_metric = new QComboBox(metricOptions);
    m_metric->setObjectName(QStringLiteral("compareMetric"));
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_metricLabel->setBuddy(m_metric);
    m_normalised = new QCheckBox(metricOptions);
    m_normalised->setObjectName(QStringLiteral("compareNormalised"));
    metricLayout->addWidget(m_metricLabel);
    metricLayout->addWidget(m_metric);
    metricLayout->addWidget(m_normalised);
    metricLayout->addStretch(1);
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this](int index) {
        // All figures at once only make sense on one scale: the share of the best.
        m_normalised->setEnabled(index > 0);
        scheduleRefresh();
        saveSettings();
    });
    connect(m_normalised, &QCheckBox::toggled, this, &CompareView::scheduleRefresh);
    connect(m_normalised, &QCheckBox::toggled, this, &CompareView::saveSettings);

    auto *scatterOptions = new QWidget;
    auto *scatterLayout = new QHBoxLayout(scatterOptions);
    scatterLayout->setContentsMargins(6, 0, 6, 0);
    m_performanceLabel = new QLabel(scatterOptions);
    m_performance = new QComboBox(scatterOptions);
    m_performance->setObjectName(QStringLiteral("comparePerformance"));
    m_performance->setSizeAdjustPolicy(QComboBox::AdjustToContents); // was cut to "FP16 ten"
    m_performanceLabel->setBuddy(m_performance);
    scatterLayout->addWidget(m_performanceLabel);
    scatterLayout->addWidget(m_performance);
    scatterLayout->addStretch(1);
    connect(m_performance, &QComboBox::currentIndexChanged, this, &CompareView::scheduleRefresh);
    connect(m_performance, &QComboBox::currentIndexChanged, this, &CompareView::saveSettings);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("compareTabs"));
    m_tabs->addTab(chartPage(m_views[0], metricOptions), QString());
    m_tabs->addTab(chartPage(m_views[1], scatterOptions), QString());
    m_tabs->addTab(chartPage(m_views[2]), QString());
    m_tabs->addTab(chartPage(m_views[3]), QString());

    m_specTable = new CompareSpecTable(this);
    m_specNote = new QLabel(this);
    m_specNote->setForegroundRole(QPalette::PlaceholderText);
    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_specTable, 1);
    tableLayout->addWidget(m_specNote);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(tablePane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(6, 6, 6, 6);
    contentLayout->addLayout(bar);
    contentLayout->addWidget(splitter, 1);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("comparePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(content);
    static_cast<QVBoxLayout *>(this->layout())->addWidget(m_stack);

    // The scatter follows the filters; every chart follows the workload's computed columns.
    for (const auto *signalModel : {static_cast<const QAbstractItemModel *>(&m_proxy)}) {
        connect(signalModel, &QAbstractItemModel::layoutChanged, this,
                &CompareView::scheduleRefresh);
        connect(signalModel, &QAbstractItemModel::modelReset, this, &CompareView::scheduleRefresh);
        connect(signalModel, &QAbstractItemModel::rowsInserted, this,
                &CompareView::scheduleRefresh);
        connect(signalModel, &QAbstractItemModel::rowsRemoved, this, &CompareView::scheduleRefresh);
        connect(signalModel, &QAbstractItemModel::dataChanged, this, &CompareView::scheduleRefresh);
    }

    retranslate(); // fills the lists that applySaved picks from
    applySaved();
    m_stack->show(); // made while the view may be showing: not shown with it otherwise
    m_refreshPending = true;
}

CompareView::~CompareView()
{
    // QChartView::setChart leaves the old chart alive; the views own their current ones.
}

void CompareView::setWorkload(const std::optional<EstimateRequest> &workload,
                              const CostSettings &costs)
{
    m_workload = workload;
    m_costs = costs;
    scheduleRefresh();
}

bool CompareView::addGpu(const QString &id)
{
    if (m_picked.contains(id))
        return true;
    if (m_picked.size() >= MaxGpus || m_model.rowOf(id) < 0)
        return false;
    m_picked.append(id);
    scheduleRefresh();
    Q_EMIT pickedChanged(m_picked);
    return true;
}

void CompareView::removeGpu(const QString &id)
{
    if (m_picked.removeAll(id) == 0)
        return;
    scheduleRefresh();
    Q_EMIT pickedChanged(m_picked);
}

void CompareView::setPicked(const QStringList &ids)
{
    QStringList picked;
    for (const QString &id : ids) {
        if (!picked.contains(id) && m_model.rowOf(id) >= 0 && picked.size() < MaxGpus)
            picked.append(id);
    }
    if (picked == m_picked)
        return;
    m_picked = picked;
    scheduleRefresh();
    Q_EMIT pickedChanged(m_picked);
}

void CompareView::clear()
{
    setPicked({});
}

void CompareView::setSettings(AppSettings *settings)
{
    m_settings = nullptr; // restoring saves nothing
    if (settings) {
        m_saved = settings->comparison();
        applySaved();
        setPicked(m_saved.gpuIds); // ids gone from the catalog are dropped
    }
    m_settings = settings;
}

void CompareView::applySaved()
{
    if (!m_stack)
        return; // applied when built
    const QSignalBlocker blockMetric(m_metric);
    const QSignalBlocker blockNormalised(m_normalised);
    const QSignalBlocker blockPerformance(m_performance);
    const auto metric = CompareMetric::fromKey(m_saved.metric);
    m_metric->setCurrentIndex(metric ? int(CompareMetric::all().indexOf(*metric)) + 1 : 0);
    m_normalised->setEnabled(m_metric->currentIndex() > 0);
    m_normalised->setChecked(m_saved.normalised);
    m_performance->setCurrentIndex(m_saved.performance == u"tokensPerS" ? 1 : 0);
    scheduleRefresh();
}

void CompareView::saveSettings()
{
    m_saved.gpuIds = m_picked;
    if (m_stack) {
        const int metricIndex = m_metric->currentIndex();
        m_saved.metric = metricIndex > 0
                             ? CompareMetric::key(CompareMetric::all().at(metricIndex - 1))
                             : QString();
        m_saved.normalised = m_normalised->isChecked();
        m_saved.performance =
            m_performance->currentIndex() == 1 ? QStringLiteral("tokensPerS") : QString();
    }
    if (m_settings)
        m_settings->setComparison(m_saved);
}

QChartView *CompareView::chartView(Chart chart)
{
    ensureBuilt();
    return m_views.at(int(chart));
}

CompareSpecTable *CompareView::specTable()
{
    ensureBuilt();
    return m_specTable;
}

void CompareView::showChart(Chart chart)
{
    ensureBuilt();
    m_stack->setCurrentIndex(1);
    m_tabs->setCurrentIndex(int(chart));
}

Status CompareView::exportChart(Chart chart, const QString &path)
{
    if (m_refreshPending)
        refresh();
    showChart(chart); // a chart on a page never shown has not been laid out
    return ChartExporter::save(chartView(chart), path);
}

void CompareView::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    // A hidden view is redrawn when it is shown (showEvent), not for every change meanwhile.
    if (isVisible())
        QTimer::singleShot(0, this, &CompareView::refreshIfPending);
}

void CompareView::refreshIfPending()
{
    if (m_refreshPending && isVisible())
        refresh();
}

void CompareView::showEvent(QShowEvent *event)
{
    ensureBuilt();
    if (m_refreshPending)
        refresh(); // before the first paint, so that no outdated chart is seen
    QWidget::showEvent(event);
}

void CompareView::setChart(Chart chart, QChart *newChart)
{
    QChartView *view = chartView(chart);
    QChart *old = view->chart();
    view->setChart(newChart);
    delete old; // setChart does not delete it
}

void CompareView::refresh()
{
    ensureBuilt();
    m_refreshPending = false;
    QList<GpuSpec> picked;
    for (const QString &id : std::as_const(m_picked)) {
        if (const GpuSpec *gpu = m_model.gpuAt(m_model.rowOf(id)))
            picked.append(*gpu);
    }
    QList<ScatterGpu> filtered;
    const CostCalculator calculator(m_costs);
    for (int row = 0; row < m_proxy.rowCount(); ++row) {
        const int sourceRow = m_proxy.mapToSource(m_proxy.index(row, 0)).row();
        const GpuSpec *gpu = m_model.gpuAt(sourceRow);
        if (!gpu)
            continue;
        ScatterGpu point;
        point.id = gpu->id;
        point.name = gpu->name;
        point.priceSek = calculator.purchasePriceSek(*gpu);
        point.fp16Tflops = gpu->fp16TensorTflops;
        if (const GpuEvaluation *evaluation = m_model.evaluationAt(sourceRow))
            point.tokensPerS = evaluation->decodeTokensPerS;
        filtered.append(point);
    }
    const CompareData compared = CompareData::build(picked, filtered, m_workload, m_costs);

    const QPalette pal = palette();
    const int metricIndex = m_metric->currentIndex();
    const std::optional<CompareMetric::Id> metric =
        metricIndex > 0 ? std::optional(CompareMetric::all().at(metricIndex - 1)) : std::nullopt;
    setChart(Chart::Metrics,
             MetricBarChart::create(compared, metric, m_normalised->isChecked(), pal));
    const auto performance = m_performance->currentIndex() == 1 && compared.hasWorkload
                                 ? PricePerformanceChart::Performance::TokensPerS
                                 : PricePerformanceChart::Performance::Fp16Tflops;
    setChart(Chart::PricePerformance, PricePerformanceChart::create(compared, performance, pal));
    setChart(Chart::CostOverTime, CostOverTimeChart::create(compared, pal));
    setChart(Chart::Memory, MemoryBreakdownChart::create(compared, pal));
    m_specTable->setData(compared);

    m_stack->setCurrentIndex(m_picked.isEmpty() ? 0 : 1);
    QStringList names;
    for (const CompareEntry &entry : compared.picked)
        names.append(entry.label());
    QString summary = tr("Comparing %n GPU(s): %1", nullptr, int(names.size()))
                          .arg(names.join(QStringLiteral(", ")));
    if (compared.hasWorkload)
        summary += QStringLiteral(" · ") + tr("for %1").arg(compared.modelName);
    if (m_picked.size() < 2)
        summary += QStringLiteral(" · ") + tr("Add at least one more GPU to compare.");
    m_summary->setText(summary);
    m_removeButton->setEnabled(!m_picked.isEmpty());
    m_clearButton->setEnabled(!m_picked.isEmpty());
    updateRemoveMenu();
}

void CompareView::updateRemoveMenu()
{
    QMenu *menu = m_removeButton->menu();
    menu->clear();
    for (const QString &id : std::as_const(m_picked)) {
        const GpuSpec *gpu = m_model.gpuAt(m_model.rowOf(id));
        menu->addAction(gpu ? gpu->name : id, this, [this, id] { removeGpu(id); });
    }
}

void CompareView::exportCurrent(const QString &format)
{
    const auto chart = Chart(m_tabs->currentIndex());
    const QString filter = format == u"svg" ? tr("SVG image (*.svg)") : tr("PNG image (*.png)");
    QString suggested = QStringLiteral("%1/%2.%3")
                            .arg(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                 chartView(chart)->objectName(), format);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), suggested, filter);
    if (path.isEmpty())
        return;
    const QString withSuffix =
        path.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive) ? path : path + u'.' + format;
    const Status saved = exportChart(chart, withSuffix);
    if (!saved)
        QMessageBox::warning(this, tr("Export chart"), saved.error().toString());
}

void CompareView::changeEvent(QEvent *event)
{
    if (!m_stack) {
        // Not built yet: it will be in the language and palette of the day.
    } else if (event->type() == QEvent::LanguageChange) {
        retranslate();
        scheduleRefresh();
    } else if (event->type() == QEvent::PaletteChange) {
        scheduleRefresh();
    }
    QWidget::changeEvent(event);
}

void CompareView::retranslate()
{
    m_placeholder->setText(
        tr("<p><b>Compare GPUs side by side</b></p><p>Pick 2 to 8 GPUs in the table: "
           "right-click a GPU and choose <i>Compare this GPU</i>, or press %1.</p>")
            .arg(tr("Ctrl+Shift+C")));
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setToolTip(tr("Remove a GPU from the comparison"));
    m_clearButton->setText(tr("Clear"));
    m_clearButton->setToolTip(tr("Remove every GPU from the comparison"));
    m_exportButton->setText(tr("Export chart"));
    m_exportPng->setText(tr("As PNG image…"));
    m_exportSvg->setText(tr("As SVG drawing…"));
    m_tabs->setTabText(int(Chart::Metrics), tr("Figures"));
    m_tabs->setTabText(int(Chart::PricePerformance), tr("Price and performance"));
    m_tabs->setTabText(int(Chart::CostOverTime), tr("Cost over time"));
    m_tabs->setTabText(int(Chart::Memory), tr("Memory"));
    m_metricLabel->setText(tr("&Show:"));
    {
        const QSignalBlocker block(m_metric);
        const int index = std::max(0, m_metric->currentIndex());
        m_metric->clear();
        m_metric->addItem(tr("All figures"));
        for (const auto id : CompareMetric::all())
            m_metric->addItem(CompareMetric::nameWithUnit(id));
        m_metric->setCurrentIndex(index);
    }
    m_normalised->setEnabled(m_metric->currentIndex() > 0);
    m_normalised->setText(tr("As a &share of the best"));
    m_performanceLabel->setText(tr("&Performance:"));
    {
        const QSignalBlocker block(m_performance);
        const int index = std::max(0, m_performance->currentIndex());
        m_performance->clear();
        m_performance->addItem(tr("FP16 tensor TFLOPS"));
        m_performance->addItem(tr("Tokens per second for the workload"));
        m_performance->setCurrentIndex(index);
    }
    m_specNote->setText(tr("★ and bold: the best of the compared GPUs in that row."));
}
