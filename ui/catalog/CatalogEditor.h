#pragma once

// Editing the catalog from the main window: the Catalog menu's actions (add, duplicate, edit,
// delete and revert GPUs and models, set many prices at once) with their forms, the repository
// calls behind them and the undo of deletions. The window says which GPU and model are current
// and reloads its table when told that the catalog changed.

#include "CostSettings.h"
#include "EstimateRequest.h"
#include "GpuSpec.h"
#include "ModelSpec.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class CatalogRepository;
class QAction;
class QMenu;
class QUndoStack;
class QUndoCommand;
class QWidget;

class CatalogEditor : public QObject
{
    Q_OBJECT

public:
    // What the window knows: the current GPU and model, the GPUs the table shows (for prices)
    // and the workload with its costs (for the GPU form's preview).
    struct Context
    {
        std::function<QString()> currentGpuId;
        std::function<QList<GpuSpec>()> shownGpus;
        std::function<QString()> currentModelId;
        std::function<std::optional<EstimateRequest>()> workload;
        std::function<CostSettings()> costs;
    };

    CatalogEditor(CatalogRepository &repository, Context context, QWidget *window);

    QMenu *menu() const { return m_menu; }
    QUndoStack *undoStack() const { return m_undo; }
    // The actions for the GPU table's context menu; Delete works there only.
    QList<QAction *> tableActions() const { return {m_editGpu, m_deleteGpu}; }

    void retranslate();
    // Enables what applies to the current GPU and model.
    void updateActions();

    void addGpu();
    void duplicateGpu();
    void editGpu();
    void deleteGpu();
    void revertGpu();
    void setPrices();
    void addModel();
    void duplicateModel();
    void editModel();
    void deleteModel();
    void revertModel();
    // Lists the bundled GPUs and models the user deleted and brings back the ones ticked.
    void bringBackDeleted();

Q_SIGNALS:
    // The GPU rows changed; select this one afterwards (empty: keep the selection if it is there).
    void gpusChanged(const QString &selectId);
    void modelsChanged(const QString &selectId);
    void message(const QString &text);

private:
    void createActions();
    void showGpuForm(int purpose, const GpuSpec &initial);
    void showModelForm(int purpose, const ModelSpec &initial);
    std::optional<GpuSpec> currentGpu() const;
    std::optional<ModelSpec> currentModel() const;
    QStringList gpuIds() const;
    QStringList modelIds() const;
    void reportFailure(const QString &what, const QString &error);

    CatalogRepository &m_repository;
    Context m_context;
    QWidget *m_window;
    QUndoStack *m_undo;
    QMenu *m_menu;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addGpu = nullptr;
    QAction *m_duplicateGpu = nullptr;
    QAction *m_editGpu = nullptr;
    QAction *m_deleteGpu = nullptr;
    QAction *m_revertGpu = nullptr;
    QAction *m_setPrices = nullptr;
    QAction *m_addModel = nullptr;
    QAction *m_duplicateModel = nullptr;
    QAction *m_editModel = nullptr;
    QAction *m_deleteModel = nullptr;
    QAction *m_revertModel = nullptr;
    QAction *m_bringBack = nullptr;
};
