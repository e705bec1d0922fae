#pragma once

// The purchase shortlists in a dock of the main window: the lists (new, import from JSON,
// rename, duplicate, delete), the current list's items with their figures for the current
// workload and the totals, quantity and note edited in place, order by dragging or by the move
// buttons, and the export and print menu. Money is shown in the display currency of the cost
// settings that come with the workload (setWorkload). The lists live in the catalog database
// (ShortlistRepository); the current one is remembered in the settings.

#include "CatalogData.h"
#include "CostSettings.h"
#include "EstimateRequest.h"
#include "Result.h"
#include "Shortlist.h"
#include "ShortlistReport.h"

#include <QDockWidget>

#include <memory>
#include <optional>

class AppSettings;
class Database;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class ShortlistExportMenu;
class ShortlistItemModel;
class ShortlistRepository;

class ShortlistDock : public QDockWidget
{
    Q_OBJECT

public:
    ShortlistDock(Database &database, AppSettings &settings, QWidget *parent = nullptr);
    ~ShortlistDock() override;

    void setCatalog(const QList<GpuSpec> &gpus, const CatalogInfo &info);
    void setWorkload(const std::optional<EstimateRequest> &workload, const CostSettings &costs);

    const QList<Shortlist> &shortlists() const { return m_lists; }
    qint64 currentListId() const { return m_currentId; }
    void setCurrentList(qint64 id);
    // The current list with its figures; an empty report without a list.
    const ShortlistReport &report() const;

    // Adds the GPUs that are not on the current list yet, making a list first if there is none;
    // returns how many were added.
    Result<int> addGpus(const QStringList &ids);
    Result<qint64> createList(const QString &name);
    Status renameCurrent(const QString &name);
    Result<qint64> duplicateCurrent(const QString &name);
    // Deletes the current list once the user confirms; false when they do not or it fails.
    bool deleteCurrent();
    Status removeItemAt(int row);
    Status moveItem(int row, int newRow);
    // Asks for the comparison of the list's GPUs (compareRequested).
    void compareList();
    // Asks for a shortlist exported as JSON and makes a list of it (File chooser, then checks).
    void askImport();

    QComboBox *listCombo() const { return m_listCombo; }
    QTableView *itemView() const { return m_view; }
    ShortlistItemModel *itemModel() const { return m_model; }
    QLabel *totalsLabel() const { return m_totals; }
    ShortlistExportMenu *exportMenu() const { return m_exportMenu; }

Q_SIGNALS:
    // The user asked to compare the list's GPUs (at most the compare view's limit).
    void compareRequested(const QStringList &gpuIds);
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload(qint64 select);
    void rebuild();
    void updateTotals();
    void updateButtons();
    void retranslate();
    void askNewList();
    void askRename();
    void askDuplicate();
    int currentRow() const;
    void selectRow(int row);
    bool check(const Status &status);

    std::unique_ptr<ShortlistRepository> m_repository;
    AppSettings &m_settings;
    QList<GpuSpec> m_gpus;
    CatalogInfo m_catalog;
    std::optional<EstimateRequest> m_workload;
    CostSettings m_costs;
    QList<Shortlist> m_lists;
    qint64 m_currentId = 0;

    ShortlistItemModel *m_model = nullptr;
    QLabel *m_listLabel = nullptr;
    QComboBox *m_listCombo = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_export = nullptr;
    ShortlistExportMenu *m_exportMenu = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_totals = nullptr;
};
