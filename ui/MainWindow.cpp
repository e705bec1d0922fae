#include "MainWindow.h"

#include "AppSettings.h"
#include "CatalogRepository.h"
#include "DetailsPane.h"
#include "FilterPanel.h"
#include "Formatting.h"
#include "GpuFilterProxy.h"
#include "GpuTableModel.h"
#include "LanguageManager.h"
#include "SettingsDialog.h"
#include "WorkloadEvaluator.h"
#include "WorkloadPanel.h"
#include "catalog/CatalogEditor.h"
#include "catalog/CatalogTransfer.h"
#include "catalog/UserRowDelegate.h"
#include "compare/CompareView.h"
#include "shortlist/ShortlistDock.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

MainWindow::MainWindow(CatalogRepository &repository, LanguageManager &languages,
                       AppSettings &settings, QWidget *parent)
    : MainWindow(languages, settings, parent)
{
    setCatalog(repository);
}

MainWindow::MainWindow(LanguageManager &languages, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_settings(settings)
    , m_costs(settings.costs())
    , m_gpuModel(new GpuTableModel(this))
    , m_proxy(new GpuFilterProxy(this))
    , m_table(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_catalogLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    applyDisplayCurrency();
    m_proxy->setSourceModel(m_gpuModel);
    m_table->setObjectName(QStringLiteral("gpuTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(GpuTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);

    m_workload = new WorkloadPanel(this);
    m_details = new DetailsPane(this);
    m_details->setCosts(m_costs);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_workload);
    m_compare = new CompareView(*m_gpuModel, *m_proxy, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_splitter, QString());
    m_tabs->addTab(m_compare, QString());
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_filters = new FilterPanel(*m_proxy, this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_filters);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_filters->sizeHint().width() + 16);
    m_filterDock = new QDockWidget(this);
    m_filterDock->setObjectName(QStringLiteral("filterDock"));
    m_filterDock->setWidget(scroll);
    m_filterDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_filterDock);

    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_catalogLabel);

    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::followCurrentGpu);
    // A filter that hides the current GPU leaves the table without a current row, and the
    // selection model tells nobody.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        if (m_repository && m_details->gpuId() != currentGpuId())
            followCurrentGpu();
    });
    setAcceptDrops(true);
    connect(m_compare, &CompareView::pickedChanged, this, &MainWindow::updateCompareAction);
}

void MainWindow::setCatalog(CatalogRepository &repository, std::optional<CatalogData> firstRead)
{
    Q_ASSERT(!m_repository);
    m_repository = &repository;
    m_shortlist = new ShortlistDock(m_repository->database(), m_settings, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_shortlist);
    // The filters keep the full height; the shortlist sits under the table.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);

    connect(m_workload, &WorkloadPanel::changed, this, &MainWindow::recompute);
    m_transfer = new CatalogTransfer(*m_repository, this);
    connect(m_workload, &WorkloadPanel::importRequested, m_transfer,
            &CatalogTransfer::chooseConfigAndImport);
    connect(m_transfer, &CatalogTransfer::imported, this, &MainWindow::catalogImported);
    connect(m_transfer, &CatalogTransfer::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    createActions();
    createCatalogEditor();
    createShortlistActions();
    loadCatalog(std::move(firstRead));
    restoreState();
    retranslate();
    recompute();
    if (m_proxy->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->selectRow(0);
}

void MainWindow::reloadGpus(const QString &selectId)
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const GpuSpec *gpu = m_gpuModel->gpuAt(current.row());
    const QString id = !selectId.isEmpty() ? selectId : gpu ? gpu->id : QString();
    const int row = m_table->currentIndex().row();
    loadCatalog();
    recompute();
    if (m_gpuModel->rowOf(id) >= 0)
        selectGpu(id);
    else if (m_proxy->rowCount() > 0)
        m_table->selectRow(std::min(std::max(row, 0), m_proxy->rowCount() - 1));
    m_catalogEditor->updateActions();
}

void MainWindow::reloadModels(const QString &selectId)
{
    if (const auto models = m_repository->models())
        m_workload->setModels(*models);
    if (!selectId.isEmpty())
        m_workload->setWorkload(selectId, {}, {}, 0, 0, m_workload->engineKey());
    recompute();
    m_catalogEditor->updateActions();
}

void MainWindow::loadCatalog(std::optional<CatalogData> read)
{
    bool modelsRead = true;
    if (!read) {
        auto gpus = m_repository->gpus();
        if (!gpus) {
            m_loadError = gpus.error().toString();
            return;
        }
        auto models = m_repository->models();
        modelsRead = models.ok();
        if (!modelsRead)
            m_loadError = models.error().toString();
        read = CatalogData{m_repository->catalogInfo(), std::move(gpus).value(),
                           modelsRead ? std::move(models).value() : QList<ModelSpec>()};
    }
    m_gpuModel->setGpus(read->gpus);
    QStringList vendors;
    for (const GpuSpec &g : read->gpus) {
        if (!vendors.contains(g.vendor))
            vendors.append(g.vendor);
    }
    m_filters->setVendors(vendors);
    m_shortlist->setCatalog(read->gpus, read->info);
    if (modelsRead)
        m_workload->setModels(read->models);
}

void MainWindow::restoreState()
{
    // A first start shows the figures most people choose by; the rest are in View > Columns.
    static const QSet<int> shownAtFirst = {
        GpuTableModel::Name,          GpuTableModel::Vendor,
        GpuTableModel::VramGB,        GpuTableModel::BandwidthGBps,
        GpuTableModel::Fp16Tflops,    GpuTableModel::PowerWatts,
        GpuTableModel::PriceSek,      GpuTableModel::VramNeededGiB,
        GpuTableModel::GpusNeeded,    GpuTableModel::DecodeTokensPerS,
        GpuTableModel::YearlyCostSek, GpuTableModel::CostPerMillionTokensSek};
    QHeaderView *header = m_table->horizontalHeader();
    if (!header->restoreState(m_settings.tableHeaderState())) {
        for (int column = 0; column < GpuTableModel::ColumnCount; ++column)
            m_table->setColumnHidden(column, !shownAtFirst.contains(column));
        m_table->resizeColumnsToContents();
        m_table->setColumnWidth(GpuTableModel::Name, 190);
    }
    for (QAction *action : m_columnMenu->actions()) {
        const QSignalBlocker block(action);
        action->setChecked(!m_table->isColumnHidden(action->data().toInt()));
    }
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1400, 820);
    QMainWindow::restoreState(m_settings.windowState());
    if (!m_splitter->restoreState(m_settings.splitterState()))
        m_splitter->setSizes({1060, 340});
    const SavedWorkload w = m_settings.workload();
    {
        const QSignalBlocker once(m_workload); // the constructor recomputes once, after this
        m_workload->setWorkload(w.modelId, w.workload, w.format, w.context, w.batch, w.engine);
    }
    m_compare->setSettings(&m_settings);
}

void MainWindow::saveState()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(QMainWindow::saveState());
    m_settings.setTableHeaderState(m_table->horizontalHeader()->saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    SavedWorkload w;
    w.modelId = m_workload->modelId();
    w.workload = m_workload->workloadKey();
    w.format = m_workload->formatKey();
    w.context = m_workload->context();
    w.batch = m_workload->batch();
    w.engine = m_workload->engineKey();
    m_settings.setWorkload(w);
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::recompute()
{
    const auto request = m_workload->request();
    if (request)
        m_gpuModel->setEvaluations(WorkloadEvaluator::evaluateAll(
            *request, m_costs, m_gpuModel->gpus(), m_gpuModel->takeEvaluations()));
    else
        m_gpuModel->setEvaluations({});
    m_details->setWorkload(request);
    m_compare->setWorkload(request, m_costs);
    m_shortlist->setWorkload(request, m_costs);
}

void MainWindow::setCosts(const CostSettings &costs)
{
    const double oldUnitsPerSek = Formatting::fromSek(1.0);
    m_costs = costs;
    applyDisplayCurrency();
    m_filters->convertPrices(Formatting::fromSek(1.0) / oldUnitsPerSek);
    m_gpuModel->refreshTexts();
    m_settings.setCosts(costs);
    m_details->setCosts(costs);
    recompute();
}

void MainWindow::applyDisplayCurrency()
{
    Formatting::setDisplayCurrency(currencyCode(m_costs.displayCurrency),
                                   1.0 / m_costs.rates.sekPer(m_costs.displayCurrency));
}

void MainWindow::selectGpu(const QString &id)
{
    const int sourceRow = m_gpuModel->rowOf(id);
    const QModelIndex index = m_proxy->mapFromSource(m_gpuModel->index(sourceRow, 0));
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
}

void MainWindow::showComparison(const QStringList &ids)
{
    m_compare->setPicked(ids);
    m_tabs->setCurrentWidget(m_compare);
}

void MainWindow::toggleComparison()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const GpuSpec *gpu = m_gpuModel->gpuAt(current.row());
    if (!gpu)
        return;
    if (m_compare->isPicked(gpu->id))
        m_compare->removeGpu(gpu->id);
    else if (!m_compare->addGpu(gpu->id))
        statusBar()->showMessage(
            tr("At most %n GPU(s) can be compared at once.", nullptr, CompareView::MaxGpus), 6000);
    updateCompareAction();
}

void MainWindow::updateCompareAction()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const GpuSpec *gpu = m_gpuModel->gpuAt(current.row());
    const QSignalBlocker block(m_compareAction);
    m_compareAction->setEnabled(gpu != nullptr);
    m_addToShortlistAction->setEnabled(gpu != nullptr);
    m_addComparedAction->setEnabled(!m_compare->pickedIds().isEmpty());
    m_compareAction->setChecked(gpu && m_compare->isPicked(gpu->id));
    m_tabs->setTabText(1, tr("Compare (%1)").arg(m_compare->pickedIds().size()));
}

QString MainWindow::currentGpuId() const
{
    const GpuSpec *gpu = m_gpuModel->gpuAt(m_proxy->mapToSource(m_table->currentIndex()).row());
    return gpu ? gpu->id : QString();
}

void MainWindow::addToShortlist(const QStringList &ids)
{
    QStringList known = ids;
    known.removeAll(QString());
    if (known.isEmpty())
        return;
    const auto added = m_shortlist->addGpus(known);
    if (!added) {
        QMessageBox::warning(this, tr("Shortlist"), added.error().toString());
        return;
    }
    m_shortlist->show();
    const int count = *added;
    const QString list = m_shortlist->report().list.name;
    statusBar()->showMessage(
        count > 0 ? tr("Added %n GPU(s) to the shortlist '%1'.", nullptr, count).arg(list)
                  : tr("Already on the shortlist '%1'.").arg(list),
        6000);
}

void MainWindow::updateCount()
{
    m_filters->updateCount(m_proxy->rowCount(), m_gpuModel->rowCount());
    m_countLabel->setText(tr("%1 of %n GPU(s) shown", nullptr, m_gpuModel->rowCount())
                              .arg(QLocale().toString(m_proxy->rowCount())));
}

void MainWindow::followCurrentGpu()
{
    updateDetails();
    updateCompareAction();
    if (m_catalogEditor)
        m_catalogEditor->updateActions();
}

void MainWindow::updateDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const GpuSpec *gpu = m_gpuModel->gpuAt(current.row());
    m_details->setGpu(gpu ? std::optional<GpuSpec>(*gpu) : std::nullopt);
}

void MainWindow::catalogImported(const QString &modelId)
{
    loadCatalog();
    recompute();
    // A config.json's model becomes the one the figures are for, as the user expects.
    if (!modelId.isEmpty())
        m_workload->setWorkload(modelId, {}, {}, 0, 0, m_workload->engineKey());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!CatalogTransfer::droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = CatalogTransfer::droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    m_transfer->importFile(path);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_costs, this);
    if (dialog.exec() == QDialog::Accepted)
        setCosts(dialog.costs());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showAbout()
{
    const CatalogInfo info = m_repository->catalogInfo();
    QMessageBox::about(
        this, tr("About GPU Advisor"),
        tr("<h3>GPU Advisor %1</h3>"
           "<p>Choose GPUs for running, fine-tuning and training large language models: "
           "memory, speed and cost, offline.</p>"
           "<p>Catalog version %2 of %3.</p>")
            .arg(QStringLiteral(GPUADVISOR_VERSION))
            .arg(info.version)
            .arg(QLocale().toString(info.date, QLocale::LongFormat)));
}
