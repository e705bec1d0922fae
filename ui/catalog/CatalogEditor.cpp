#include "CatalogEditor.h"

#include "CatalogChangeCommand.h"
#include "CatalogRepository.h"
#include "DeletedRowsDialog.h"
#include "GpuEditDialog.h"
#include "ModelEditDialog.h"
#include "PriceUpdateDialog.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>
#include <QWidget>

CatalogEditor::CatalogEditor(CatalogRepository &repository, Context context, QWidget *window)
    : QObject(window)
    , m_repository(repository)
    , m_context(std::move(context))
    , m_window(window)
    , m_undo(new QUndoStack(this))
    , m_menu(new QMenu(window))
{
    m_menu->setObjectName(QStringLiteral("catalogMenu"));
    createActions();
    connect(m_undo, &QUndoStack::indexChanged, this, &CatalogEditor::retranslate);
    retranslate();
}

void CatalogEditor::createActions()
{
    auto add = [this](void (CatalogEditor::*slot)(), const QKeySequence &keys = {}) {
        QAction *action = m_menu->addAction(QString(), this, slot);
        action->setShortcut(keys);
        return action;
    };
    m_undoAction = m_menu->addAction(QString(), m_undo, &QUndoStack::undo);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_menu->addAction(QString(), m_undo, &QUndoStack::redo);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_menu->addSeparator();
    m_addGpu = add(&CatalogEditor::addGpu, QKeySequence(Qt::CTRL | Qt::Key_N));
    m_duplicateGpu = add(&CatalogEditor::duplicateGpu, QKeySequence(Qt::CTRL | Qt::Key_D));
    m_editGpu = add(&CatalogEditor::editGpu, QKeySequence(Qt::Key_F2));
    m_deleteGpu = add(&CatalogEditor::deleteGpu, QKeySequence::Delete);
    // Delete means this only in the GPU table (the window adds the action there); elsewhere,
    // in a text field or the shortlist, it deletes what is there.
    m_deleteGpu->setShortcutContext(Qt::WidgetShortcut);
    m_revertGpu = add(&CatalogEditor::revertGpu);
    m_setPrices = add(&CatalogEditor::setPrices);
    m_menu->addSeparator();
    m_addModel = add(&CatalogEditor::addModel);
    m_duplicateModel = add(&CatalogEditor::duplicateModel);
    m_editModel = add(&CatalogEditor::editModel);
    m_deleteModel = add(&CatalogEditor::deleteModel);
    m_revertModel = add(&CatalogEditor::revertModel);
    m_menu->addSeparator();
    m_bringBack = add(&CatalogEditor::bringBackDeleted);
    m_bringBack->setObjectName(QStringLiteral("bringBackDeleted"));
    connect(m_menu, &QMenu::aboutToShow, this, &CatalogEditor::updateActions);
}

void CatalogEditor::retranslate()
{
    m_menu->setTitle(tr("&Catalog"));
    m_undoAction->setText(m_undo->canUndo() ? tr("&Undo %1").arg(m_undo->undoText()) : tr("&Undo"));
    m_undoAction->setEnabled(m_undo->canUndo());
    m_redoAction->setText(m_undo->canRedo() ? tr("&Redo %1").arg(m_undo->redoText()) : tr("&Redo"));
    m_redoAction->setEnabled(m_undo->canRedo());
    m_addGpu->setText(tr("&Add GPU…"));
    m_duplicateGpu->setText(tr("Dupli&cate GPU…"));
    m_editGpu->setText(tr("&Edit GPU…"));
    m_deleteGpu->setText(tr("&Delete GPU"));
    m_revertGpu->setText(tr("Re&vert GPU to bundled values"));
    m_setPrices->setText(tr("Set &prices of the shown GPUs…"));
    m_addModel->setText(tr("Add &model…"));
    m_duplicateModel->setText(tr("Duplicate m&odel…"));
    m_editModel->setText(tr("Edit mode&l…"));
    m_deleteModel->setText(tr("Dele&te model"));
    m_revertModel->setText(tr("Revert model to &bundled values"));
    m_bringBack->setText(tr("Bring bac&k deleted GPUs and models…"));
}

void CatalogEditor::updateActions()
{
    const QString gpuId = m_context.currentGpuId();
    const bool gpu = !gpuId.isEmpty();
    for (QAction *action : {m_duplicateGpu, m_editGpu, m_deleteGpu})
        action->setEnabled(gpu);
    const auto edited =
        gpu ? m_repository.editedBundledGpuIds() : Result<QStringList>(QStringList());
    m_revertGpu->setEnabled(edited && edited->contains(gpuId));
    const QString modelId = m_context.currentModelId();
    for (QAction *action : {m_duplicateModel, m_editModel, m_deleteModel})
        action->setEnabled(!modelId.isEmpty());
    const auto editedModels = modelId.isEmpty() ? Result<QStringList>(QStringList())
                                                : m_repository.editedBundledModelIds();
    m_revertModel->setEnabled(editedModels && editedModels->contains(modelId));
    const auto deletedGpus = m_repository.deletedBundledGpuIds();
    const auto deletedModels = m_repository.deletedBundledModelIds();
    m_bringBack->setEnabled((deletedGpus && !deletedGpus->isEmpty()) ||
                            (deletedModels && !deletedModels->isEmpty()));
}

std::optional<GpuSpec> CatalogEditor::currentGpu() const
{
    const auto gpu = m_repository.gpu(m_context.currentGpuId());
    return gpu ? *gpu : std::nullopt;
}

std::optional<ModelSpec> CatalogEditor::currentModel() const
{
    const auto model = m_repository.model(m_context.currentModelId());
    return model ? *model : std::nullopt;
}

QStringList CatalogEditor::gpuIds() const
{
    QStringList ids;
    if (const auto gpus = m_repository.gpus()) {
        for (const GpuSpec &g : *gpus)
            ids.append(g.id);
    }
    return ids;
}

QStringList CatalogEditor::modelIds() const
{
    QStringList ids;
    if (const auto models = m_repository.models()) {
        for (const ModelSpec &m : *models)
            ids.append(m.id);
    }
    return ids;
}

void CatalogEditor::bringBackDeleted()
{
    const auto gpuIds = m_repository.deletedBundledGpuIds();
    const auto modelIds = m_repository.deletedBundledModelIds();
    if (!gpuIds || !modelIds) {
        reportFailure(tr("Bring back deleted rows"),
                      (!gpuIds ? gpuIds.error() : modelIds.error()).toString());
        return;
    }
    QList<DeletedRowsDialog::Row> rows;
    for (const QString &id : *gpuIds) {
        const auto gpu = m_repository.bundledGpu(id);
        rows.append({DeletedRowsDialog::Kind::Gpu, id, gpu && *gpu ? (*gpu)->name : id});
    }
    for (const QString &id : *modelIds) {
        const auto model = m_repository.bundledModel(id);
        rows.append({DeletedRowsDialog::Kind::Model, id, model && *model ? (*model)->name : id});
    }
    DeletedRowsDialog dialog(rows, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QStringList gpus = dialog.checkedIds(DeletedRowsDialog::Kind::Gpu);
    const QStringList models = dialog.checkedIds(DeletedRowsDialog::Kind::Model);

    // All of them or none: a row that cannot be brought back deletes again those that were.
    auto &repo = m_repository;
    const auto bringBack = [&repo, gpus, models]() -> std::optional<Error> {
        QStringList gpusDone;
        QStringList modelsDone;
        const auto deleteDone = [&] {
            for (const QString &id : gpusDone)
                repo.takeGpu(id);
            for (const QString &id : modelsDone)
                repo.takeModel(id);
        };
        for (const QString &id : gpus) {
            if (const auto done = repo.revertGpuToBundled(id); !done) {
                deleteDone();
                return done.error();
            }
            gpusDone.append(id);
        }
        for (const QString &id : models) {
            if (const auto done = repo.revertModelToBundled(id); !done) {
                deleteDone();
                return done.error();
            }
            modelsDone.append(id);
        }
        return std::nullopt;
    };
    const auto deleteAgain = [&repo, gpus, models] {
        bool ok = true;
        for (const QString &id : gpus)
            ok = repo.takeGpu(id).ok() && ok;
        for (const QString &id : models)
            ok = repo.takeModel(id).ok() && ok;
        return ok;
    };
    if (const auto failed = bringBack()) {
        reportFailure(tr("Bring back deleted rows"), failed->toString());
        return;
    }
    const int count = int(gpus.size() + models.size());
    // The window reloads what changed, with the first row brought back selected.
    const auto changed = [this, gpus, models] {
        if (!gpus.isEmpty())
            Q_EMIT gpusChanged(gpus.first());
        if (!models.isEmpty())
            Q_EMIT modelsChanged(models.first());
    };
    m_undo->push(
        new CatalogChangeCommand(tr("bringing back %n deleted row(s)", nullptr, count),
                                 {deleteAgain, [bringBack] { return !bringBack(); }, changed}));
    changed();
    Q_EMIT message(tr("Brought back %n deleted row(s).", nullptr, count));
}

void CatalogEditor::reportFailure(const QString &what, const QString &error)
{
    QMessageBox::warning(m_window, what, tr("The catalog was not changed.\n\n%1").arg(error));
}

void CatalogEditor::addGpu()
{
    GpuSpec blank;
    blank.origin = RowOrigin::User;
    showGpuForm(int(GpuEditDialog::Purpose::Add), blank);
}

void CatalogEditor::duplicateGpu()
{
    if (auto gpu = currentGpu()) {
        gpu->id += QStringLiteral("-copy");
        //: The name of a duplicated GPU or model until the user renames it
        gpu->name = tr("%1 (copy)").arg(gpu->name);
        gpu->origin = RowOrigin::User;
        showGpuForm(int(GpuEditDialog::Purpose::Duplicate), *gpu);
    }
}

void CatalogEditor::editGpu()
{
    if (const auto gpu = currentGpu())
        showGpuForm(int(GpuEditDialog::Purpose::Edit), *gpu);
}

void CatalogEditor::showGpuForm(int purpose, const GpuSpec &initial)
{
    GpuEditDialog dialog(GpuEditDialog::Purpose(purpose), initial, gpuIds(), m_window);
    dialog.setWorkload(m_context.workload(), m_context.costs());
    if (dialog.exec() != QDialog::Accepted || !dialog.gpu())
        return;
    const GpuSpec gpu = *dialog.gpu();
    const auto before = m_repository.gpu(gpu.id);
    if (const Status saved = m_repository.saveUserGpu(gpu); !saved) {
        reportFailure(dialog.windowTitle(), saved.error().toString());
        return;
    }
    const std::optional<GpuSpec> old = before ? *before : std::nullopt;
    const QString text = old ? tr("editing %1").arg(gpu.name) : tr("adding %1").arg(gpu.name);
    auto &repo = m_repository;
    m_undo->push(new CatalogChangeCommand(
        text,
        {[&repo, old, gpu] { return old ? repo.restoreGpu(*old).ok() : repo.takeGpu(gpu.id).ok(); },
         [&repo, gpu] { return repo.saveUserGpu(gpu).ok(); },
         [this, id = gpu.id] {
             Q_EMIT gpusChanged(id);
         }}));
    Q_EMIT gpusChanged(gpu.id);
}

void CatalogEditor::deleteGpu()
{
    const QString id = m_context.currentGpuId();
    if (id.isEmpty())
        return;
    const auto taken = m_repository.takeGpu(id);
    if (!taken) {
        reportFailure(tr("Delete GPU"), taken.error().toString());
        return;
    }
    const GpuSpec gpu = *taken;
    auto &repo = m_repository;
    m_undo->push(new CatalogChangeCommand(tr("deleting %1").arg(gpu.name),
                                          {[&repo, gpu] { return repo.restoreGpu(gpu).ok(); },
                                           [&repo, id] { return repo.takeGpu(id).ok(); },
                                           [this, id] {
                                               Q_EMIT gpusChanged(id);
                                           }}));
    Q_EMIT gpusChanged(QString());
    Q_EMIT message(tr("Deleted %1. %2 brings it back.")
                       .arg(gpu.name, m_undoAction->shortcut().toString(QKeySequence::NativeText)));
}

void CatalogEditor::revertGpu()
{
    const auto mine = currentGpu();
    if (!mine)
        return;
    const GpuSpec gpu = *mine;
    if (const auto reverted = m_repository.revertGpuToBundled(gpu.id); !reverted) {
        reportFailure(tr("Revert to bundled values"), reverted.error().toString());
        return;
    }
    auto &repo = m_repository;
    m_undo->push(
        new CatalogChangeCommand(tr("reverting %1").arg(gpu.name),
                                 {[&repo, gpu] { return repo.restoreGpu(gpu).ok(); },
                                  [&repo, gpu] { return repo.revertGpuToBundled(gpu.id).ok(); },
                                  [this, id = gpu.id] {
                                      Q_EMIT gpusChanged(id);
                                  }}));
    Q_EMIT gpusChanged(gpu.id);
}

void CatalogEditor::setPrices()
{
    const QList<GpuSpec> gpus = m_context.shownGpus();
    if (gpus.isEmpty())
        return;
    PriceUpdateDialog dialog(gpus, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.updates().isEmpty())
        return;
    const QList<StreetPriceUpdate> updates = dialog.updates();
    QList<GpuSpec> before;
    for (const StreetPriceUpdate &u : updates) {
        if (const auto gpu = m_repository.gpu(u.gpuId); gpu && *gpu)
            before.append(**gpu);
    }
    if (const Status saved = m_repository.updateStreetPrices(updates); !saved) {
        reportFailure(dialog.windowTitle(), saved.error().toString());
        return;
    }
    auto &repo = m_repository;
    const int count = int(updates.size());
    const QString current = m_context.currentGpuId();
    m_undo->push(new CatalogChangeCommand(
        tr("setting %n price(s)", nullptr, count),
        {[&repo, before] {
             bool ok = true;
             for (const GpuSpec &gpu : before)
                 ok = repo.restoreGpu(gpu).ok() && ok;
             return ok;
         },
         [&repo, updates] { return repo.updateStreetPrices(updates).ok(); },
         [this, current] {
             Q_EMIT gpusChanged(current);
         }}));
    Q_EMIT gpusChanged(current);
    Q_EMIT message(tr("Set the street price of %n GPU(s).", nullptr, count));
}

void CatalogEditor::addModel()
{
    ModelSpec blank;
    blank.origin = RowOrigin::User;
    showModelForm(int(ModelEditDialog::Purpose::Add), blank);
}

void CatalogEditor::duplicateModel()
{
    if (auto model = currentModel()) {
        model->id += QStringLiteral("-copy");
        model->name = tr("%1 (copy)").arg(model->name);
        model->origin = RowOrigin::User;
        showModelForm(int(ModelEditDialog::Purpose::Duplicate), *model);
    }
}

void CatalogEditor::editModel()
{
    if (const auto model = currentModel())
        showModelForm(int(ModelEditDialog::Purpose::Edit), *model);
}

void CatalogEditor::showModelForm(int purpose, const ModelSpec &initial)
{
    ModelEditDialog dialog(ModelEditDialog::Purpose(purpose), initial, modelIds(), m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.model())
        return;
    const ModelSpec model = *dialog.model();
    const auto before = m_repository.model(model.id);
    if (const Status saved = m_repository.saveUserModel(model); !saved) {
        reportFailure(dialog.windowTitle(), saved.error().toString());
        return;
    }
    const std::optional<ModelSpec> old = before ? *before : std::nullopt;
    auto &repo = m_repository;
    m_undo->push(new CatalogChangeCommand(
        old ? tr("editing %1").arg(model.name) : tr("adding %1").arg(model.name),
        {[&repo, old, model] {
             return old ? repo.restoreModel(*old).ok() : repo.takeModel(model.id).ok();
         },
         [&repo, model] { return repo.saveUserModel(model).ok(); },
         [this, id = model.id] {
             Q_EMIT modelsChanged(id);
         }}));
    Q_EMIT modelsChanged(model.id);
}

void CatalogEditor::deleteModel()
{
    const QString id = m_context.currentModelId();
    const auto taken = id.isEmpty() ? Result<ModelSpec>(Error{}) : m_repository.takeModel(id);
    if (!taken) {
        if (!id.isEmpty())
            reportFailure(tr("Delete model"), taken.error().toString());
        return;
    }
    const ModelSpec model = *taken;
    auto &repo = m_repository;
    m_undo->push(new CatalogChangeCommand(tr("deleting %1").arg(model.name),
                                          {[&repo, model] { return repo.restoreModel(model).ok(); },
                                           [&repo, id] { return repo.takeModel(id).ok(); },
                                           [this, id] {
                                               Q_EMIT modelsChanged(id);
                                           }}));
    Q_EMIT modelsChanged(QString());
    Q_EMIT message(
        tr("Deleted %1. %2 brings it back.")
            .arg(model.name, m_undoAction->shortcut().toString(QKeySequence::NativeText)));
}

void CatalogEditor::revertModel()
{
    const auto mine = currentModel();
    if (!mine)
        return;
    const ModelSpec model = *mine;
    if (const auto reverted = m_repository.revertModelToBundled(model.id); !reverted) {
        reportFailure(tr("Revert to bundled values"), reverted.error().toString());
        return;
    }
    auto &repo = m_repository;
    m_undo->push(new CatalogChangeCommand(
        tr("reverting %1").arg(model.name),
        {[&repo, model] { return repo.restoreModel(model).ok(); },
         [&repo, model] { return repo.revertModelToBundled(model.id).ok(); },
         [this, id = model.id] {
             Q_EMIT modelsChanged(id);
         }}));
    Q_EMIT modelsChanged(model.id);
}
