// The main window's menus and actions, and their texts in the current language.

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

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importAction =
        m_fileMenu->addAction(QString(), m_transfer, &CatalogTransfer::chooseAndImport);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportAction =
        m_fileMenu->addAction(QString(), m_transfer, &CatalogTransfer::chooseAndExport);
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::showSettings);
    // Where the platform has no key for preferences (X11 outside KDE, Windows), Ctrl+, as
    // most applications have it.
    const QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    m_settingsAction->setShortcuts(preferences.isEmpty()
                                       ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                       : preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_findAction = m_viewMenu->addAction(QString(), this, [this] {
        m_filterDock->show();
        m_filters->searchField()->setFocus();
        m_filters->searchField()->selectAll();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    m_clearFiltersAction = m_viewMenu->addAction(QString(), m_filters, &FilterPanel::clearAll);
    m_viewMenu->addAction(m_filterDock->toggleViewAction());
    m_compareAction = m_viewMenu->addAction(QString(), this, &MainWindow::toggleComparison);
    m_compareAction->setCheckable(true);
    m_showCompareAction =
        m_viewMenu->addAction(QString(), this, [this] { m_tabs->setCurrentWidget(m_compare); });
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_compareAction);
    m_table->addAction(m_showCompareAction);
    m_columnMenu = m_viewMenu->addMenu(QString());
    createColumnMenu();
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &pos) {
                m_columnMenu->popup(m_table->horizontalHeader()->mapToGlobal(pos));
            });

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const QString &language : LanguageManager::availableLanguages()) {
        // Each language is named in itself, so a user finds their own in any language.
        QAction *action = m_languageMenu->addAction(language == u"sv" ? QStringLiteral("Svenska")
                                                                      : QStringLiteral("English"));
        action->setCheckable(true);
        action->setData(language);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] {
            m_languages.setLanguage(language);
            m_settings.setLanguage(language);
        });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::createCatalogEditor()
{
    CatalogEditor::Context context;
    context.currentGpuId = [this] {
        const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
        const GpuSpec *gpu = m_gpuModel->gpuAt(current.row());
        return gpu ? gpu->id : QString();
    };
    context.shownGpus = [this] {
        QList<GpuSpec> gpus;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            gpus.append(*m_gpuModel->gpuAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
        return gpus;
    };
    context.currentModelId = [this] {
        return m_workload->modelId();
    };
    context.workload = [this] {
        return m_workload->request();
    };
    context.costs = [this] {
        return m_costs;
    };
    m_catalogEditor = new CatalogEditor(*m_repository, context, this);
    menuBar()->insertMenu(m_viewMenu->menuAction(), m_catalogEditor->menu());
    m_table->setItemDelegateForColumn(GpuTableModel::Name, new UserRowDelegate(m_table));
    m_table->addActions(m_catalogEditor->tableActions());
    connect(m_table, &QTableView::doubleClicked, m_catalogEditor, &CatalogEditor::editGpu);
    connect(m_catalogEditor, &CatalogEditor::gpusChanged, this, &MainWindow::reloadGpus);
    connect(m_catalogEditor, &CatalogEditor::modelsChanged, this, &MainWindow::reloadModels);
    connect(m_catalogEditor, &CatalogEditor::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
}

void MainWindow::createColumnMenu()
{
    for (int column = 0; column < GpuTableModel::ColumnCount; ++column) {
        QAction *action = m_columnMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(column);
        action->setEnabled(column != GpuTableModel::Name); // the name always shows
        connect(action, &QAction::toggled, this,
                [this, column](bool on) { m_table->setColumnHidden(column, !on); });
    }
}

void MainWindow::createShortlistActions()
{
    m_shortlistMenu = new QMenu(this);
    menuBar()->insertMenu(m_languageMenu->menuAction(), m_shortlistMenu);
    m_addToShortlistAction =
        m_shortlistMenu->addAction(QString(), this, [this] { addToShortlist({currentGpuId()}); });
    m_addComparedAction = m_shortlistMenu->addAction(
        QString(), this, [this] { addToShortlist(m_compare->pickedIds()); });
    m_compareShortlistAction =
        m_shortlistMenu->addAction(QString(), m_shortlist, &ShortlistDock::compareList);
    m_importShortlistAction = m_shortlistMenu->addAction(QString(), this, [this] {
        m_shortlist->show();
        m_shortlist->askImport();
    });
    m_shortlistMenu->addSeparator();
    m_shortlistMenu->addAction(m_shortlist->toggleViewAction());
    m_table->addAction(m_addToShortlistAction);
    // The details pane keeps its copy menu and gains the same action.
    m_details->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_details, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = m_details->createStandardContextMenu(pos);
        menu->addSeparator();
        menu->addAction(m_addToShortlistAction);
        menu->exec(m_details->viewport()->mapToGlobal(pos));
        delete menu;
    });
    m_compare->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_compare->addAction(m_addComparedAction);
    connect(m_shortlist, &ShortlistDock::compareRequested, this, &MainWindow::showComparison);
    connect(m_shortlist, &ShortlistDock::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("GPU Advisor"));
    m_fileMenu->setTitle(tr("&File"));
    m_importAction->setText(tr("&Import…"));
    m_exportAction->setText(tr("&Export catalog…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_findAction->setText(tr("&Find GPU"));
    m_clearFiltersAction->setText(tr("&Clear filters"));
    m_clearFiltersAction->setShortcut(QKeySequence(tr("Ctrl+Shift+X")));
    m_filterDock->setWindowTitle(tr("Filters"));
    m_columnMenu->setTitle(tr("&Columns"));
    m_compareAction->setText(tr("&Compare this GPU"));
    m_compareAction->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_showCompareAction->setText(tr("Show the c&omparison"));
    m_tabs->setTabText(0, tr("GPUs"));
    m_shortlistMenu->setTitle(tr("&Shortlist"));
    m_addToShortlistAction->setText(tr("&Add to the shortlist"));
    m_addToShortlistAction->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_addComparedAction->setText(tr("Add the &compared GPUs to the shortlist"));
    m_compareShortlistAction->setText(tr("C&ompare the shortlist"));
    m_importShortlistAction->setText(tr("&Import a list…"));
    updateCompareAction();
    for (QAction *action : m_columnMenu->actions())
        action->setText(GpuTableModel::columnTitle(action->data().toInt()));
    //: The menu that switches the user interface language
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About GPU Advisor"));
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_languages.language());

    const CatalogInfo info = m_repository->catalogInfo();
    m_catalogLabel->setText(tr("Catalog %1 of %2")
                                .arg(info.version)
                                .arg(QLocale().toString(info.date, QLocale::ShortFormat)));
    if (!m_loadError.isEmpty())
        statusBar()->showMessage(tr("The catalog could not be read: %1").arg(m_loadError));
    m_catalogEditor->retranslate();
    m_gpuModel->refreshTexts();
    updateCount();
}
