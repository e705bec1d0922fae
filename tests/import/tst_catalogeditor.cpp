#include "AppSettings.h"
#include "Catalog.h"
#include "CatalogRepository.h"
#include "GpuFilterProxy.h"
#include "GpuTableModel.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "WorkloadPanel.h"
#include "catalog/CatalogEditor.h"
#include "catalog/DeletedRowsDialog.h"
#include "catalog/FieldForm.h"
#include "catalog/GpuEditDialog.h"
#include "catalog/ModelEditDialog.h"
#include "catalog/PriceUpdateDialog.h"
#include "catalog/UserRowDelegate.h"

#include <QApplication>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

// Editing the catalog from the main window, offscreen on a real SQLite file: the Catalog menu's
// forms driven as a user drives them, the table refreshed and marked, revert, undo and prices.
class TestCatalogEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addedGpuAppearsMarkedAndSelected();
    void editOfBundledRowThenRevertRestoresBundledValues();
    void deleteThenUndoRestoresTheRow();
    void bulkPricesSetSeveralAndRefuseAllOnOneBadValue();
    void modelAddEditDeleteAndUndo();
    void deletedRowsComeBackFromTheMenu();
    void catalogMenuIsTranslated();

private:
    // Runs the action and, once its dialog is open, fill() on it; the dialog is closed after.
    template <typename Dialog>
    void withDialog(const std::function<void()> &open, const std::function<void(Dialog &)> &fill);
    QString currentId() const;
    GpuSpec stored(const QString &id) const { return **m_fx.catalog->repository().gpu(id); }
    static void type(QWidget *editor, const QString &text);

    MainWindowFixture m_fx;
    std::unique_ptr<MainWindow> m_window;
};

void TestCatalogEditor::init()
{
    m_fx.setUp();
    m_window =
        std::make_unique<MainWindow>(m_fx.catalog->repository(), *m_fx.languages, *m_fx.settings);
    m_window->show();
    m_window->workloadPanel()->setWorkload(QStringLiteral("llama-3.1-8b"),
                                           QStringLiteral("inference"), QStringLiteral("q4_k_m"),
                                           4096, 1, QString());
}

void TestCatalogEditor::cleanup()
{
    m_window.reset();
    m_fx.tearDown();
}

template <typename Dialog>
void TestCatalogEditor::withDialog(const std::function<void()> &open,
                                   const std::function<void(Dialog &)> &fill)
{
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        fill(*dialog);
        if (dialog->isVisible())
            dialog->reject(); // fill() accepts when it means to
    });
    open();
    QVERIFY(seen);
}

QString TestCatalogEditor::currentId() const
{
    return m_window->gpuTable()->currentIndex().data(GpuTableModel::IdRole).toString();
}

void TestCatalogEditor::type(QWidget *editor, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(editor);
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void TestCatalogEditor::addedGpuAppearsMarkedAndSelected()
{
    CatalogEditor *editor = m_window->catalogEditor();
    const int before = m_window->gpuModel()->rowCount();
    withDialog<GpuEditDialog>(
        [editor] { editor->addGpu(); },
        [](GpuEditDialog &d) {
            FieldForm *f = d.form();
            type(f->editor(QStringLiteral("name")), QStringLiteral("Acme X 32"));
            type(f->editor(QStringLiteral("vendor")), QStringLiteral("Acme"));
            type(f->editor(QStringLiteral("vram_gb")), QStringLiteral("32"));
            type(f->editor(QStringLiteral("bandwidth_gbps")), QStringLiteral("900"));
            f->setCell(QStringLiteral("sources"), QStringLiteral("datasheet"));
            Q_EMIT f->edited();
            QVERIFY(d.okButton()->isEnabled());
            d.okButton()->click();
        });
    QCOMPARE(m_window->gpuModel()->rowCount(), before + 1);
    QCOMPARE(currentId(), QStringLiteral("acme-x-32"));
    QCOMPARE(stored(QStringLiteral("acme-x-32")).origin, RowOrigin::User);

    // Marked in the table: origin, tooltip, and italics with the pencil where it is drawn.
    const QModelIndex name = m_window->gpuTable()->currentIndex().siblingAtColumn(0);
    QCOMPARE(name.data(GpuTableModel::OriginRole).toInt(), int(RowOrigin::User));
    QVERIFY(name.data(Qt::ToolTipRole).toString().contains(QStringLiteral("by you")));
    auto *delegate = qobject_cast<UserRowDelegate *>(
        m_window->gpuTable()->itemDelegateForColumn(GpuTableModel::Name));
    QVERIFY(delegate);
    struct Probe : UserRowDelegate
    {
        using UserRowDelegate::initStyleOption;
    } probe;
    QStyleOptionViewItem option;
    probe.initStyleOption(&option, name);
    QCOMPARE(option.text, QStringLiteral("Acme X 32") + UserRowDelegate::marker());
    QVERIFY(option.font.italic());
    const QModelIndex bundled = m_window->gpuProxy()->mapFromSource(m_window->gpuModel()->index(
        m_window->gpuModel()->rowOf(QStringLiteral("nvidia-rtx-4090")), 0));
    QStyleOptionViewItem plain;
    probe.initStyleOption(&plain, bundled);
    QVERIFY(!plain.font.italic());
    QCOMPARE(bundled.data(GpuTableModel::OriginRole).toInt(), int(RowOrigin::Bundled));
    QVERIFY(bundled.data(Qt::ToolTipRole).toString().isEmpty());
    // The computed columns are there for the new row.
    const GpuEvaluation *e = m_window->gpuModel()->evaluationAt(
        m_window->gpuModel()->rowOf(QStringLiteral("acme-x-32")));
    QVERIFY(e && e->gpusNeeded == 1);

    if (const QString shots = qEnvironmentVariable("GPUADVISOR_SCREENSHOTS"); !shots.isEmpty()) {
        m_window->resize(1400, 820);
        QVERIFY(m_window->grab().save(shots + QStringLiteral("/mainwindow-userrow.png")));
    }

    // Undo takes the addition back.
    editor->undoStack()->undo();
    QCOMPARE(m_window->gpuModel()->rowCount(), before);
    QVERIFY(!*m_fx.catalog->repository().gpu(QStringLiteral("acme-x-32")));
}

void TestCatalogEditor::editOfBundledRowThenRevertRestoresBundledValues()
{
    const QString id = QStringLiteral("nvidia-rtx-4090");
    m_window->selectGpu(id);
    const GpuSpec bundled = stored(id);
    withDialog<GpuEditDialog>(
        [this] { m_window->catalogEditor()->editGpu(); },
        [](GpuEditDialog &d) {
            type(d.form()->editor(QStringLiteral("street_price_sek")), QStringLiteral("17990"));
            type(d.form()->editor(QStringLiteral("tdp_w")), QStringLiteral("400"));
            d.okButton()->click();
        });
    QCOMPARE(currentId(), id);
    QCOMPARE(stored(id).streetPriceSek, std::optional<double>(17990));
    QCOMPARE(stored(id).origin, RowOrigin::User);
    const int row = m_window->gpuModel()->rowOf(id);
    QCOMPARE(m_window->gpuModel()->gpuAt(row)->powerWatts, std::optional<double>(400));

    m_window->catalogEditor()->updateActions();
    auto revert = [this] {
        for (QAction *a : m_window->catalogEditor()->menu()->actions()) {
            if (a->text().startsWith(QStringLiteral("Re&vert")))
                return a;
        }
        return static_cast<QAction *>(nullptr);
    }();
    QVERIFY(revert && revert->isEnabled());
    revert->trigger();
    QCOMPARE(stored(id).streetPriceSek, bundled.streetPriceSek);
    QCOMPARE(stored(id).powerWatts, bundled.powerWatts);
    QCOMPARE(stored(id).origin, RowOrigin::Bundled);
    QCOMPARE(m_window->gpuModel()->gpuAt(m_window->gpuModel()->rowOf(id))->powerWatts,
             bundled.powerWatts);
    QCOMPARE(currentId(), id);
    QVERIFY(!revert->isEnabled());
}

void TestCatalogEditor::deleteThenUndoRestoresTheRow()
{
    const QString id = QStringLiteral("nvidia-rtx-3090");
    m_window->selectGpu(id);
    const GpuSpec before = stored(id);
    const int rows = m_window->gpuModel()->rowCount();
    // Delete and Ctrl+Z, as the user presses them in the table.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->gpuTable()->setFocus();
    QTest::keyClick(m_window->gpuTable(), Qt::Key_Delete);
    QCOMPARE(m_window->gpuModel()->rowCount(), rows - 1);
    QCOMPARE(m_window->gpuModel()->rowOf(id), -1);
    QVERIFY(!*m_fx.catalog->repository().gpu(id));
    QVERIFY(!currentId().isEmpty()); // a neighbour is selected

    QTest::keyClick(m_window->gpuTable(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->gpuModel()->rowCount(), rows);
    QCOMPARE(currentId(), id);
    const GpuSpec after = stored(id);
    QCOMPARE(after.origin, RowOrigin::Bundled);
    QCOMPARE(after.streetPriceSek, before.streetPriceSek);
    QCOMPARE(after.sources, before.sources);
    // And redo deletes it again.
    m_window->catalogEditor()->undoStack()->redo();
    QCOMPARE(m_window->gpuModel()->rowOf(id), -1);
}

void TestCatalogEditor::bulkPricesSetSeveralAndRefuseAllOnOneBadValue()
{
    // The shown GPUs: the filter narrows them to the AMD cards.
    m_window->gpuProxy()->setVendors({QStringLiteral("AMD")});
    const int shown = m_window->gpuProxy()->rowCount();
    QVERIFY(shown >= 3);
    const QString unchanged = QStringLiteral("amd-instinct-mi300x");
    const auto oldPrice = stored(unchanged).streetPriceSek;
    withDialog<PriceUpdateDialog>([this] { m_window->catalogEditor()->setPrices(); },
                                  [&](PriceUpdateDialog &d) {
                                      QCOMPARE(d.table()->rowCount(), shown);
                                      for (int r = 0; r < 3; ++r)
                                          d.table()
                                              ->item(r, PriceUpdateDialog::NewPrice)
                                              ->setText(r == 1 ? QStringLiteral("-1")
                                                               : QStringLiteral("12345"));
                                      QVERIFY(!d.okButton()->isEnabled());
                                      d.okButton()->click(); // disabled: nothing happens
                                  });
    QCOMPARE(stored(unchanged).streetPriceSek, oldPrice);
    QVERIFY(m_fx.catalog->repository().editedBundledGpuIds()->isEmpty());

    QStringList ids;
    withDialog<PriceUpdateDialog>(
        [this] { m_window->catalogEditor()->setPrices(); },
        [&](PriceUpdateDialog &d) {
            for (int r = 0; r < 3; ++r)
                d.table()->item(r, PriceUpdateDialog::NewPrice)->setText(QStringLiteral("12345"));
            d.dateEdit()->setDate(QDate(2026, 2, 1));
            for (const StreetPriceUpdate &u : d.updates())
                ids.append(u.gpuId);
            d.okButton()->click();
        });
    QCOMPARE(ids.size(), 3);
    for (const QString &id : ids) {
        QCOMPARE(stored(id).streetPriceSek, std::optional<double>(12345));
        QCOMPARE(stored(id).streetPriceDate, QDate(2026, 2, 1));
        QCOMPARE(stored(id).origin, RowOrigin::User);
    }
    // Undone together.
    m_window->catalogEditor()->undoStack()->undo();
    QVERIFY(m_fx.catalog->repository().editedBundledGpuIds()->isEmpty());
}

void TestCatalogEditor::modelAddEditDeleteAndUndo()
{
    CatalogEditor *editor = m_window->catalogEditor();
    withDialog<ModelEditDialog>(
        [editor] { editor->duplicateModel(); },
        [](ModelEditDialog &d) {
            type(d.form()->editor(QStringLiteral("name")), QStringLiteral("Llama deep"));
            type(d.form()->editor(QStringLiteral("layers")), QStringLiteral("64"));
            QVERIFY(d.okButton()->isEnabled());
            d.okButton()->click();
        });
    // The id follows the new name.
    QCOMPARE(m_window->workloadPanel()->modelId(), QStringLiteral("llama-deep"));
    const ModelSpec deep = **m_fx.catalog->repository().model(QStringLiteral("llama-deep"));
    QCOMPARE(deep.layers, 64);
    QCOMPARE(deep.origin, RowOrigin::User);
    QVERIFY(deep.paramsTotalB > 14);

    // An edit of a bundled model, reverted.
    const ModelSpec bundled = **m_fx.catalog->repository().model(QStringLiteral("mistral-7b-v0.1"));
    m_window->workloadPanel()->setWorkload(bundled.id, {}, {}, 0, 0, QString());
    withDialog<ModelEditDialog>([editor] { editor->editModel(); },
                                [](ModelEditDialog &d) {
                                    type(d.form()->editor(QStringLiteral("max_context")),
                                         QStringLiteral("8192"));
                                    d.okButton()->click();
                                });
    QCOMPARE((**m_fx.catalog->repository().model(bundled.id)).maxContext, 8192);
    QCOMPARE((**m_fx.catalog->repository().model(bundled.id)).origin, RowOrigin::User);
    editor->updateActions();
    editor->revertModel();
    QCOMPARE((**m_fx.catalog->repository().model(bundled.id)).maxContext, bundled.maxContext);
    QCOMPARE((**m_fx.catalog->repository().model(bundled.id)).origin, RowOrigin::Bundled);

    m_window->workloadPanel()->setWorkload(QStringLiteral("llama-deep"), {}, {}, 0, 0, QString());
    editor->deleteModel();
    QVERIFY(!*m_fx.catalog->repository().model(QStringLiteral("llama-deep")));
    QVERIFY(m_window->workloadPanel()->modelId() != QStringLiteral("llama-deep"));
    editor->undoStack()->undo();
    QVERIFY(*m_fx.catalog->repository().model(QStringLiteral("llama-deep")));
    QCOMPARE(m_window->workloadPanel()->modelId(), QStringLiteral("llama-deep"));
}

void TestCatalogEditor::deletedRowsComeBackFromTheMenu()
{
    // A GPU and a model deleted in an earlier session (the undo stack is gone with it).
    const QString gpuId = QStringLiteral("nvidia-rtx-3090");
    const QString modelId = QStringLiteral("mistral-7b-v0.1");
    m_window.reset();
    CatalogRepository &repo = m_fx.catalog->repository();
    QVERIFY(repo.takeGpu(gpuId).ok());
    QVERIFY(repo.takeModel(modelId).ok());
    m_window =
        std::make_unique<MainWindow>(m_fx.catalog->repository(), *m_fx.languages, *m_fx.settings);
    m_window->show();
    QCOMPARE(m_window->gpuModel()->rowOf(gpuId), -1);
    CatalogEditor *editor = m_window->catalogEditor();
    editor->updateActions();
    auto *bringBack = editor->menu()->findChild<QAction *>(QStringLiteral("bringBackDeleted"));
    QVERIFY(bringBack && bringBack->isEnabled());

    // Only the GPU is ticked: it comes back with its bundled values, the model stays deleted.
    withDialog<DeletedRowsDialog>(
        [bringBack] { bringBack->trigger(); },
        [](DeletedRowsDialog &d) {
            QCOMPARE(d.list()->count(), 2);
            QCOMPARE(d.list()->item(0)->text(), QStringLiteral("GPU: GeForce RTX 3090"));
            QCOMPARE(d.list()->item(1)->text(), QStringLiteral("Model: Mistral 7B v0.1"));
            QVERIFY(!d.bringBackButton()->isEnabled());
            d.list()->item(0)->setCheckState(Qt::Checked);
            QVERIFY(d.bringBackButton()->isEnabled());
            d.bringBackButton()->click();
        });
    QVERIFY(m_window->gpuModel()->rowOf(gpuId) >= 0);
    QCOMPARE(currentId(), gpuId);
    const GpuSpec back = stored(gpuId);
    QCOMPARE(back.origin, RowOrigin::Bundled);
    QCOMPARE(back.streetPriceSek, (*repo.bundledGpu(gpuId))->streetPriceSek);
    QCOMPARE(*repo.deletedBundledGpuIds(), QStringList());
    QCOMPARE(*repo.deletedBundledModelIds(), QStringList{modelId});

    // Undo deletes it again, redo brings it back.
    editor->undoStack()->undo();
    QCOMPARE(m_window->gpuModel()->rowOf(gpuId), -1);
    QCOMPARE(*repo.deletedBundledGpuIds(), QStringList{gpuId});
    editor->undoStack()->redo();
    QVERIFY(m_window->gpuModel()->rowOf(gpuId) >= 0);

    // Nothing ticked, nothing changes; then the model too.
    withDialog<DeletedRowsDialog>([bringBack] { bringBack->trigger(); },
                                  [](DeletedRowsDialog &d) {
                                      QCOMPARE(d.list()->count(), 1);
                                      d.reject();
                                  });
    QCOMPARE(*repo.deletedBundledModelIds(), QStringList{modelId});
    withDialog<DeletedRowsDialog>([bringBack] { bringBack->trigger(); },
                                  [](DeletedRowsDialog &d) {
                                      d.list()->item(0)->setCheckState(Qt::Checked);
                                      d.bringBackButton()->click();
                                  });
    QCOMPARE(*repo.deletedBundledModelIds(), QStringList());
    QVERIFY(repo.model(modelId)->has_value());
    editor->updateActions();
    QVERIFY(!bringBack->isEnabled()); // nothing left to bring back
}

void TestCatalogEditor::catalogMenuIsTranslated()
{
    QMenu *menu = m_window->catalogEditor()->menu();
    QVERIFY(m_window->menuBar()->actions().contains(menu->menuAction()));
    QCOMPARE(menu->title(), QStringLiteral("&Catalog"));
    QStringList english;
    for (QAction *a : menu->actions())
        english.append(a->text());
    const QString shots = qEnvironmentVariable("GPUADVISOR_SCREENSHOTS");
    auto shoot = [&](const char *language) {
        if (shots.isEmpty())
            return;
        m_window->catalogEditor()->updateActions();
        menu->popup(m_window->mapToGlobal(QPoint(60, 20)));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QVERIFY(menu->grab().save(QStringLiteral("%1/catalogmenu-%2.png").arg(shots, language)));
        menu->hide();
    };
    shoot("en");
    QVERIFY(m_fx.languages->setLanguage(QStringLiteral("sv")));
    QTRY_COMPARE(menu->title(), QStringLiteral("&Katalog"));
    shoot("sv");
    for (QAction *a : menu->actions()) {
        if (!a->isSeparator())
            QVERIFY2(!english.contains(a->text()), qPrintable(a->text()));
    }
}

QTEST_MAIN(TestCatalogEditor)
#include "tst_catalogeditor.moc"
