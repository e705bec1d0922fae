#include "AppSettings.h"
#include "Catalog.h"
#include "GpuTableModel.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "WorkloadPanel.h"
#include "catalog/CatalogTransfer.h"
#include "catalog/ExportDialog.h"
#include "catalog/ImportDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

// Files dropped on the main window and the File menu's import and export, offscreen on a real
// catalog file: a dropped config.json adds the model, which the workload bar then offers.
class TestImportDrop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void droppedConfigJsonAddsTheModel();
    void dropOfSeveralFilesOrNoFileIsRefused();
    void droppedCatalogFileRefreshesTheTable();
    void fileMenuOffersImportAndExport();
    void exportWritesWhatTheDialogSays();

private:
    std::unique_ptr<MainWindow> makeWindow();
    // Sends a drag entering the window and, if accepted, the drop; true if it was accepted.
    static bool drop(QWidget *target, const QList<QUrl> &urls);

    MainWindowFixture m_fx;
};

void TestImportDrop::init()
{
    m_fx.setUp();
}

void TestImportDrop::cleanup()
{
    m_fx.tearDown();
}

std::unique_ptr<MainWindow> TestImportDrop::makeWindow()
{
    auto window =
        std::make_unique<MainWindow>(m_fx.catalog->repository(), *m_fx.languages, *m_fx.settings);
    window->show();
    return window;
}

bool TestImportDrop::drop(QWidget *target, const QList<QUrl> &urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropped(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropped);
    return dropped.isAccepted();
}

void TestImportDrop::droppedConfigJsonAddsTheModel()
{
    auto window = makeWindow();
    QVERIFY(QDir(m_fx.dir->path()).mkpath(QStringLiteral("Qwen2.5-7B-Instruct")));
    const QString path = m_fx.dir->filePath(QStringLiteral("Qwen2.5-7B-Instruct/config.json"));
    QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/configs/qwen2.5-7b.json"), path));

    QVERIFY(drop(window.get(), {QUrl::fromLocalFile(path)}));
    // The import dialog opens without blocking the drop, window-modal.
    auto *dialog = window->findChild<ImportDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->plan().content, ImportContent::HfConfig);
    const QString id = dialog->plan().models.first().id;
    QCOMPARE(id, QStringLiteral("qwen2.5-7b-instruct")); // from the folder's name
    QVERIFY(!m_fx.catalog->repository().model(id)->has_value());
    QVERIFY(dialog->importButton()->isEnabled());
    dialog->importButton()->click();

    const auto model = m_fx.catalog->repository().model(id);
    QVERIFY(model.ok() && model->has_value());
    QCOMPARE((*model)->origin, RowOrigin::User);
    auto *models = window->workloadPanel()->findChild<QComboBox *>(QStringLiteral("model"));
    QVERIFY(models);
    QVERIFY(models->findData(id) >= 0);
    QCOMPARE(window->workloadPanel()->modelId(), id);
    QTRY_VERIFY(!window->findChild<ImportDialog *>()); // it deletes itself when closed
}

void TestImportDrop::dropOfSeveralFilesOrNoFileIsRefused()
{
    auto window = makeWindow();
    const QString a = QStringLiteral(TEST_DATA_DIR "/configs/qwen2.5-7b.json");
    const QString b = QStringLiteral(TEST_DATA_DIR "/configs/llama-3.1-8b.json");
    QVERIFY(!drop(window.get(), {QUrl::fromLocalFile(a), QUrl::fromLocalFile(b)}));
    QVERIFY(!drop(window.get(), {QUrl(QStringLiteral("https://huggingface.co/x/config.json"))}));
    QVERIFY(!drop(window.get(), {QUrl::fromLocalFile(m_fx.dir->path())})); // a folder
    QVERIFY(!window->findChild<ImportDialog *>());
}

void TestImportDrop::droppedCatalogFileRefreshesTheTable()
{
    auto window = makeWindow();
    const int before = window->gpuModel()->rowCount();
    QVERIFY(drop(window.get(),
                 {QUrl::fromLocalFile(QStringLiteral(TEST_DATA_DIR "/import/new-gpus.csv"))}));
    auto *dialog = window->findChild<ImportDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->plan().content, ImportContent::GpusCsv);
    dialog->importButton()->click();
    QCOMPARE(window->gpuModel()->rowCount(), before + 2); // alpha-24 and omega-32 are new here
    QVERIFY(window->gpuModel()->rowOf(QStringLiteral("omega-32")) >= 0);
}

void TestImportDrop::fileMenuOffersImportAndExport()
{
    auto window = makeWindow();
    QMenu *file = window->menuBar()->actions().first()->menu();
    QVERIFY(file);
    QStringList texts;
    for (QAction *a : file->actions())
        texts.append(a->text());
    QVERIFY2(texts.contains(QStringLiteral("&Import…")), qPrintable(texts.join(u'|')));
    QVERIFY(texts.contains(QStringLiteral("&Export catalog…")));
    QVERIFY(m_fx.languages->setLanguage(QStringLiteral("sv")));
    QTRY_COMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("&Arkiv"));
    QStringList swedish;
    for (QAction *a : file->actions())
        swedish.append(a->text());
    QVERIFY(!swedish.contains(QStringLiteral("&Import…")));
    QVERIFY(!swedish.contains(QStringLiteral("&Export catalog…")));
}

void TestImportDrop::exportWritesWhatTheDialogSays()
{
    auto window = makeWindow();
    ExportDialog dialog(window.get());
    QCOMPARE(dialog.suggestedFileName(), QStringLiteral("catalog.json"));
    // In both languages, with its own button (set GPUADVISOR_SCREENSHOT_DIR to keep pictures).
    const QString shots = qEnvironmentVariable("GPUADVISOR_SCREENSHOT_DIR");
    dialog.show();
    if (!shots.isEmpty())
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/export-en.png")));
    QVERIFY(m_fx.languages->setLanguage(QStringLiteral("sv")));
    QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Exportera katalogen"));
    QCoreApplication::processEvents();
    if (!shots.isEmpty())
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/export-sv.png")));
    const auto buttons = dialog.findChildren<QPushButton *>();
    QVERIFY(std::any_of(buttons.cbegin(), buttons.cend(), [](const QPushButton *b) {
        return b->text() == QStringLiteral("&Exportera…");
    }));
    QVERIFY(m_fx.languages->setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Export the catalog"));
    dialog.findChild<QRadioButton *>(QStringLiteral("gpuCsv"))->setChecked(true);
    dialog.findChild<QCheckBox *>(QStringLiteral("userOnly"))->setChecked(true);
    const CatalogExportOptions options = dialog.options();
    QCOMPARE(options.format, CatalogFileFormat::Csv);
    QVERIFY(options.gpus && !options.models && options.userOnly);
    QCOMPARE(dialog.suggestedFileName(), QStringLiteral("my-gpus.csv"));

    GpuSpec own = **m_fx.catalog->repository().gpu(QStringLiteral("nvidia-rtx-4090"));
    own.id = QStringLiteral("my-card");
    QVERIFY(m_fx.catalog->repository().saveUserGpu(own).ok());
    auto *transfer = window->findChild<CatalogTransfer *>();
    QVERIFY(transfer);
    const QString path = m_fx.dir->filePath(QStringLiteral("my-gpus.csv"));
    QVERIFY(transfer->exportTo(path, options).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2); // the header and the user's one GPU
    QVERIFY(lines.at(1).startsWith("my-card,"));
}

QTEST_MAIN(TestImportDrop)
#include "tst_importdrop.moc"
