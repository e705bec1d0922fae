#pragma once

// The application's main window: the GPU table with its filter panel, the workload bar and the
// details pane, with menus, shortcuts and the status bar. It coordinates; the models and
// services do the work.

#include "CatalogData.h"
#include "CostSettings.h"

#include <QMainWindow>

#include <optional>

class AppSettings;
class CatalogEditor;
class CatalogTransfer;
class CatalogRepository;
class CompareView;
class DetailsPane;
class FilterPanel;
class GpuFilterProxy;
class GpuTableModel;
class LanguageManager;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;
class ShortlistDock;
class WorkloadPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(CatalogRepository &repository, LanguageManager &languages, AppSettings &settings,
               QWidget *parent = nullptr);
    // Builds the widgets that need no catalog, so that the catalog can be opened meanwhile;
    // setCatalog() completes the window before it is shown.
    MainWindow(LanguageManager &languages, AppSettings &settings, QWidget *parent = nullptr);
    // Once, before the window is shown: the catalog, and the rows it was opened with, if any
    // (Catalog::takeFirstRead), so that they are not read twice.
    void setCatalog(CatalogRepository &repository, std::optional<CatalogData> firstRead = {});

    QTableView *gpuTable() const { return m_table; }
    GpuTableModel *gpuModel() const { return m_gpuModel; }
    GpuFilterProxy *gpuProxy() const { return m_proxy; }
    FilterPanel *filterPanel() const { return m_filters; }
    WorkloadPanel *workloadPanel() const { return m_workload; }
    DetailsPane *detailsPane() const { return m_details; }
    CompareView *compareView() const { return m_compare; }
    CatalogEditor *catalogEditor() const { return m_catalogEditor; }
    ShortlistDock *shortlistDock() const { return m_shortlist; }

    void selectGpu(const QString &id);
    void setCosts(const CostSettings &costs);
    // Picks these GPUs for the comparison and shows it.
    void showComparison(const QStringList &ids);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createColumnMenu();
    void createCatalogEditor();
    // After an edit: the rows again, with this GPU (or model) selected if it is there.
    void reloadGpus(const QString &selectId);
    void reloadModels(const QString &selectId);
    void loadCatalog(std::optional<CatalogData> read = {});
    void restoreState();
    void saveState();
    void recompute();
    // Money is shown in the currency of the cost settings (Formatting's display currency).
    void applyDisplayCurrency();
    void updateCount();
    // The details and the actions on the current GPU, after it changed or was filtered out.
    void followCurrentGpu();
    void updateDetails();
    void retranslate();
    void catalogImported(const QString &modelId);
    void showSettings();
    void showAbout();
    void toggleComparison();
    void updateCompareAction();
    void createShortlistActions();
    void addToShortlist(const QStringList &ids);
    QString currentGpuId() const;

    CatalogRepository *m_repository = nullptr; // set by setCatalog()
    LanguageManager &m_languages;
    AppSettings &m_settings;
    CostSettings m_costs;

    GpuTableModel *m_gpuModel = nullptr;
    GpuFilterProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    FilterPanel *m_filters = nullptr;
    QDockWidget *m_filterDock = nullptr;
    WorkloadPanel *m_workload = nullptr;
    DetailsPane *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_catalogLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    CompareView *m_compare = nullptr;
    CatalogEditor *m_catalogEditor = nullptr;
    ShortlistDock *m_shortlist = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_columnMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    CatalogTransfer *m_transfer = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_showCompareAction = nullptr;
    QMenu *m_shortlistMenu = nullptr;
    QAction *m_addToShortlistAction = nullptr;
    QAction *m_addComparedAction = nullptr;
    QAction *m_compareShortlistAction = nullptr;
    QAction *m_importShortlistAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QString m_loadError;
};
