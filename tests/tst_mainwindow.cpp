#include "AppIcon.h"
#include "AppSettings.h"
#include "Catalog.h"
#include "CatalogOpening.h"
#include "DetailsPane.h"
#include "FilterPanel.h"
#include "GpuFilterProxy.h"
#include "GpuTableModel.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "ShortlistRepository.h"
#include "WorkloadPanel.h"
#include "shortlist/ShortlistDock.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

// The main window on the bundled catalog, offscreen, driven as a user drives it.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsBundledGpus();
    void filterPanelDrivesProxy();
    void fitsCountSaysGpuOrGpus();
    void settingsOpenFromTheKeyboard();
    void fitsA1366PixelScreen_data() { everyFilterShowsAtTheFirstSize_data(); }
    void fitsA1366PixelScreen();
    void fitsFilterFollowsTheWorkload();
    void everyFilterShowsAtTheFirstSize_data();
    void everyFilterShowsAtTheFirstSize();
    void workloadChangeRecomputesColumns();
    void detailsFollowSelection();
    void languageSwitchTranslatesEveryVisibleText();
    void restoresWorkloadAndColumnsAfterRestart();
    void startWritesNoSettings();
    void startsWhileTheCatalogOpens();
    void appIconDrawsEverySize();

private:
    std::unique_ptr<MainWindow> makeWindow();

    MainWindowFixture m_fx;
};

void TestMainWindow::init()
{
    m_fx.setUp();
}

void TestMainWindow::cleanup()
{
    m_fx.tearDown();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    return m_fx.makeWindow();
}

void TestMainWindow::listsBundledGpus()
{
    auto window = makeWindow();
    const QAbstractItemModel *model = window->gpuTable()->model();
    QCOMPARE(model->rowCount(), m_fx.catalog->repository().gpus()->size());
    QVERIFY(model->rowCount() >= 50);
    // Sorted by name in natural order: the RTX 4060 Ti before the 4070 Ti before the 4070 Ti
    // SUPER.
    QStringList ids;
    for (int r = 0; r < model->rowCount(); ++r)
        ids.append(model->index(r, GpuTableModel::Name).data(GpuTableModel::IdRole).toString());
    QVERIFY(ids.indexOf(QStringLiteral("nvidia-rtx-4060-ti-16gb")) <
            ids.indexOf(QStringLiteral("nvidia-rtx-4070-ti")));
    QVERIFY(ids.indexOf(QStringLiteral("nvidia-rtx-4070-ti")) <
            ids.indexOf(QStringLiteral("nvidia-rtx-4070-ti-super")));
    QVERIFY(ids.indexOf(QStringLiteral("nvidia-rtx-3090-ti")) <
            ids.indexOf(QStringLiteral("nvidia-rtx-4060-ti-16gb")));
}

void TestMainWindow::everyFilterShowsAtTheFirstSize_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("sv") << QStringLiteral("sv");
}

void TestMainWindow::everyFilterShowsAtTheFirstSize()
{
    // At the size of a first start the filter panel needs no scrolling: the last filter and the
    // clear button are in sight.
    QFETCH(QString, language);
    QVERIFY(m_fx.languages->setLanguage(language));
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->size().height(), 820);
    FilterPanel *panel = window->filterPanel();
    auto *scroll = qobject_cast<QScrollArea *>(panel->parentWidget()->parentWidget());
    QVERIFY(scroll);
    QTRY_COMPARE(scroll->verticalScrollBar()->maximum(), 0);
    for (const char *name : {"fits", "clearFilters"}) {
        auto *widget = panel->findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(widget, name);
        const QRect inViewport(widget->mapTo(scroll->viewport(), QPoint(0, 0)), widget->size());
        QVERIFY2(scroll->viewport()->rect().contains(inViewport), name);
    }
}

void TestMainWindow::fitsA1366PixelScreen()
{
    // The window can be made narrow enough for a 1366-pixel laptop screen, frame included, in
    // either language: its widest row (the workload's fields) no longer sets it above that.
    QFETCH(QString, language);
    QVERIFY(m_fx.languages->setLanguage(language));
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const int narrowest = window->minimumSizeHint().width();
    QVERIFY2(narrowest <= 1340, qPrintable(QString::number(narrowest)));
    window->resize(1340, 740);
    QTRY_COMPARE(window->width(), 1340);
    // Every workload field keeps at least its own minimum width.
    for (QWidget *field : window->workloadPanel()->findChildren<QWidget *>()) {
        if (field->isVisible())
            QVERIFY2(field->width() >= field->minimumSizeHint().width(),
                     qPrintable(field->objectName()));
    }
}

void TestMainWindow::settingsOpenFromTheKeyboard()
{
    // The platform's key for preferences, or Ctrl+, where it has none (X11 outside KDE).
    auto window = makeWindow();
    QAction *settings = nullptr;
    for (QAction *menu : window->menuBar()->actions()) {
        for (QAction *action : menu->menu() ? menu->menu()->actions() : QList<QAction *>()) {
            if (action->text() == QStringLiteral("&Settings…"))
                settings = action;
        }
    }
    QVERIFY(settings);
    const QList<QKeySequence> platform = QKeySequence::keyBindings(QKeySequence::Preferences);
    QCOMPARE(settings->shortcuts(),
             platform.isEmpty() ? QList<QKeySequence>{QKeySequence(QStringLiteral("Ctrl+,"))}
                                : platform);
}

void TestMainWindow::fitsCountSaysGpuOrGpus()
{
    auto window = makeWindow();
    auto *count = window->filterPanel()->findChild<QSpinBox *>(QStringLiteral("fitsCount"));
    QVERIFY(count);
    QCOMPARE(count->text(), QStringLiteral("1 GPU"));
    count->setValue(4);
    QCOMPARE(count->text(), QStringLiteral("4 GPUs"));
    QVERIFY(m_fx.languages->setLanguage(QStringLiteral("sv")));
    QTRY_COMPARE(count->text(), QStringLiteral("4 GPU:er"));
    count->setValue(1);
    QCOMPARE(count->text(), QStringLiteral("1 GPU"));
}

void TestMainWindow::fitsFilterFollowsTheWorkload()
{
    // Ticked with the mouse, the filter applies at once and again at each workload change.
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    FilterPanel *panel = window->filterPanel();
    GpuFilterProxy *proxy = window->gpuProxy();
    GpuTableModel *model = window->gpuModel();
    WorkloadPanel *workload = window->workloadPanel();
    const int all = proxy->rowCount();
    auto *fits = panel->findChild<QCheckBox *>(QStringLiteral("fits"));
    auto *count = panel->findChild<QSpinBox *>(QStringLiteral("fitsCount"));
    QVERIFY(fits && count);
    auto shownNeedAtMost = [&](int most) {
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const int source = proxy->mapToSource(proxy->index(r, 0)).row();
            const auto needed = model->evaluationAt(source)->gpusNeeded;
            if (!needed || *needed > most)
                return false;
        }
        return true;
    };

    workload->setWorkload(QStringLiteral("llama-3.1-405b"), QStringLiteral("inference"),
                          QStringLiteral("q4_k_m"), 4096, 1, QString());
    QCOMPARE(proxy->rowCount(), all);
    QTest::mouseClick(fits, Qt::LeftButton, {}, QPoint(8, fits->height() / 2));
    QVERIFY(fits->isChecked());
    const int onOne = proxy->rowCount();
    QVERIFY2(onOne > 0 && onOne < all / 4, qPrintable(QString::number(onOne)));
    QVERIFY(shownNeedAtMost(1));
    QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("clearFilters"))->isEnabled());

    count->setValue(8);
    QVERIFY(proxy->rowCount() > onOne);
    QVERIFY(shownNeedAtMost(8));

    // A smaller model: every GPU that holds it on one card comes back.
    count->setValue(1);
    workload->setWorkload(QStringLiteral("llama-3.1-8b"), QStringLiteral("inference"),
                          QStringLiteral("q4_k_m"), 4096, 1, QString());
    QVERIFY(proxy->rowCount() > onOne);
    QVERIFY(shownNeedAtMost(1));

    QTest::mouseClick(fits, Qt::LeftButton, {}, QPoint(8, fits->height() / 2));
    QVERIFY(!fits->isChecked());
    QCOMPARE(proxy->rowCount(), all);
}

void TestMainWindow::filterPanelDrivesProxy()
{
    auto window = makeWindow();
    FilterPanel *panel = window->filterPanel();
    GpuFilterProxy *proxy = window->gpuProxy();
    const int all = proxy->rowCount();

    auto *search = panel->findChild<QLineEdit *>(QStringLiteral("search"));
    auto clearButtonShown = [search] {
        for (const QWidget *child : search->findChildren<QWidget *>()) {
            if (child->isVisible())
                return true;
        }
        return false;
    };
    QVERIFY(!clearButtonShown());
    QTest::keyClicks(search, QStringLiteral("rtx 40"));
    QVERIFY(proxy->rowCount() > 2 && proxy->rowCount() < all);
    for (int r = 0; r < proxy->rowCount(); ++r)
        QVERIFY(proxy->index(r, 0).data().toString().contains(QStringLiteral("RTX 40")));
    // The clear button comes with the first text (it is made then) and empties the search.
    QTRY_VERIFY(clearButtonShown());
    QTest::mouseClick(search->findChild<QToolButton *>(), Qt::LeftButton);
    QCOMPARE(search->text(), QString());
    QCOMPARE(proxy->rowCount(), all);

    search->setText(QStringLiteral("rtx 40"));
    panel->clearAll();
    QCOMPARE(proxy->rowCount(), all);
    QTRY_VERIFY(!clearButtonShown());
    panel->findChild<QCheckBox *>(QStringLiteral("AMD"))->setChecked(true);
    QVERIFY(proxy->rowCount() > 0);
    for (int r = 0; r < proxy->rowCount(); ++r)
        QCOMPARE(proxy->index(r, GpuTableModel::Vendor).data().toString(), QStringLiteral("AMD"));
    panel->findChild<QCheckBox *>(QStringLiteral("fp8"))->setChecked(true);
    const int amdFp8 = proxy->rowCount();
    QVERIFY(amdFp8 >= 1 && amdFp8 <= 3); // MI300X, MI325X

    panel->clearAll();
    const auto spins = panel->findChildren<QSpinBox *>();
    QSpinBox *minVram = spins.first(); // the first spin box is the minimum VRAM
    minVram->setValue(80);
    for (int r = 0; r < proxy->rowCount(); ++r)
        QVERIFY(proxy->index(r, GpuTableModel::VramGB).data(GpuTableModel::SortRole).toDouble() >=
                80);
    QVERIFY(proxy->rowCount() > 5);
}

void TestMainWindow::workloadChangeRecomputesColumns()
{
    auto window = makeWindow();
    GpuTableModel *model = window->gpuModel();
    const int row4090 = model->rowOf(QStringLiteral("nvidia-rtx-4090"));
    QVERIFY(row4090 >= 0);
    WorkloadPanel *workload = window->workloadPanel();
    workload->setWorkload(QStringLiteral("llama-3.1-8b"), QStringLiteral("inference"),
                          QStringLiteral("q4_k_m"), 4096, 1, QString());
    const GpuEvaluation small = *model->evaluationAt(row4090);
    QVERIFY(small.vramNeededGiB && *small.vramNeededGiB > 4 && *small.vramNeededGiB < 8);
    QCOMPARE(small.gpusNeeded, std::optional<int>(1));
    QVERIFY(small.decodeTokensPerS && *small.decodeTokensPerS > 50);

    workload->setWorkload(QStringLiteral("llama-3.1-70b"), QStringLiteral("inference"),
                          QStringLiteral("fp16"), 4096, 1, QString());
    const GpuEvaluation large = *model->evaluationAt(row4090);
    QVERIFY(*large.vramNeededGiB > 15);
    QVERIFY(large.gpusNeeded && *large.gpusNeeded >= 6); // 141 GB of weights over 24 GB cards
    QVERIFY(*large.decodeTokensPerS < *small.decodeTokensPerS);
    QCOMPARE(window->gpuTable()
                 ->model()
                 ->headerData(GpuTableModel::GpusNeeded, Qt::Horizontal)
                 .toString(),
             QStringLiteral("GPUs needed"));
}

void TestMainWindow::detailsFollowSelection()
{
    auto window = makeWindow();
    window->selectGpu(QStringLiteral("nvidia-h100-sxm5-80gb"));
    const QString text = window->detailsPane()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("H100 SXM5 80GB")));
    QVERIFY(text.contains(QStringLiteral("Sources")));
    QVERIFY(text.contains(QStringLiteral("Checklist")));
    QVERIFY(text.contains(QStringLiteral("GiB")));

    // Filtered out of the table, the GPU leaves the details, and comes back when picked again.
    auto *search = window->filterPanel()->findChild<QLineEdit *>(QStringLiteral("search"));
    QTest::keyClicks(search, QStringLiteral("MI300"));
    QVERIFY(!window->gpuTable()->currentIndex().isValid());
    QTRY_VERIFY(window->detailsPane()->toPlainText().startsWith(QStringLiteral("Select a GPU")));
    auto addToShortlist = [&window] {
        for (QAction *action : window->gpuTable()->actions()) {
            if (action->text() == QStringLiteral("&Add to the shortlist"))
                return action;
        }
        return static_cast<QAction *>(nullptr);
    };
    QVERIFY(addToShortlist());
    QVERIFY(!addToShortlist()->isEnabled());
    search->clear();
    window->selectGpu(QStringLiteral("nvidia-h100-sxm5-80gb"));
    QTRY_VERIFY(window->detailsPane()->toPlainText().contains(QStringLiteral("H100 SXM5 80GB")));
    QVERIFY(addToShortlist()->isEnabled());
}

// Texts that are the same in both languages: names, units and symbols.
static bool sameInEveryLanguage(const QString &text)
{
    static const QStringList allowed = {QStringLiteral("GPU"),
                                        QStringLiteral("VRAM (GB)"),
                                        QStringLiteral("FP16 (TFLOPS)"),
                                        QStringLiteral("FP8"),
                                        QStringLiteral("INT4"),
                                        QStringLiteral("CUDA"),
                                        QStringLiteral("ROCm"),
                                        QStringLiteral("oneAPI"),
                                        QStringLiteral("Metal"),
                                        QStringLiteral("Vulkan"),
                                        QStringLiteral("Gaudi"),
                                        QStringLiteral("NVIDIA"),
                                        QStringLiteral("AMD"),
                                        QStringLiteral("Intel"),
                                        QStringLiteral("Apple"),
                                        QStringLiteral("English"),
                                        QStringLiteral("Svenska"),
                                        QStringLiteral("GPU Advisor"),
                                        QStringLiteral("OK"),
                                        QStringLiteral("&Precision"),
                                        QStringLiteral("Min. VRAM (GB)"),
                                        QStringLiteral("Min. FP16 (TFLOPS)")};
    if (allowed.contains(text) || text.trimmed().isEmpty())
        return true;
    bool isNumber = false;
    QLocale().toDouble(text, &isNumber);
    return isNumber;
}

void TestMainWindow::languageSwitchTranslatesEveryVisibleText()
{
    auto window = makeWindow();
    // Collect every visible text in English, switch, and compare.
    auto texts = [&]() {
        QHash<QObject *, QString> t;
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(window.get()))
                continue;
            if (auto *l = qobject_cast<QLabel *>(w); l && !l->text().isEmpty())
                t.insert(w, l->text());
            else if (auto *b = qobject_cast<QAbstractButton *>(w); b && !b->text().isEmpty())
                t.insert(w, b->text());
            else if (auto *g = qobject_cast<QGroupBox *>(w); g && !g->title().isEmpty())
                t.insert(w, g->title());
            else if (auto *e = qobject_cast<QLineEdit *>(w); e && !e->placeholderText().isEmpty())
                t.insert(w, e->placeholderText());
            else if (auto *d = qobject_cast<QDockWidget *>(w))
                t.insert(w, d->windowTitle());
        }
        for (QAction *a : window->menuBar()->actions())
            t.insert(a, a->text());
        const QAbstractItemModel *m = window->gpuTable()->model();
        for (int c = 0; c < m->columnCount(); ++c) {
            if (!window->gpuTable()->isColumnHidden(c))
                t.insert(reinterpret_cast<QObject *>(quintptr(c + 1)),
                         m->headerData(c, Qt::Horizontal).toString());
        }
        return t;
    };
    const auto english = texts();
    QVERIFY(english.size() > 30);
    QVERIFY(m_fx.languages->setLanguage(QStringLiteral("sv")));
    QTRY_COMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("&Arkiv"));
    const auto swedish = texts();
    QStringList untranslated;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (swedish.value(it.key()) == it.value() && !sameInEveryLanguage(it.value()))
            untranslated.append(it.value());
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral(" | "))));
    QVERIFY(window->detailsPane()->toPlainText().contains(QStringLiteral("Källor")) ||
            window->detailsPane()->toPlainText().contains(QStringLiteral("Välj")));
    QVERIFY(m_fx.languages->setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
}

void TestMainWindow::restoresWorkloadAndColumnsAfterRestart()
{
    {
        auto window = makeWindow();
        window->workloadPanel()->setWorkload(QStringLiteral("mistral-7b-v0.1"),
                                             QStringLiteral("qlora"), QStringLiteral("nf4"), 2048,
                                             2, QString());
        window->gpuTable()->setColumnHidden(GpuTableModel::Architecture, false);
        window->close();
    }
    auto window = makeWindow();
    QCOMPARE(window->workloadPanel()->modelId(), QStringLiteral("mistral-7b-v0.1"));
    QCOMPARE(window->workloadPanel()->workloadKey(), QStringLiteral("qlora"));
    QCOMPARE(window->workloadPanel()->context(), 2048);
    QVERIFY(!window->gpuTable()->isColumnHidden(GpuTableModel::Architecture));
}

void TestMainWindow::startWritesNoSettings()
{
    // Starting and looking writes nothing: the settings file is written when the window closes
    // (or a setting changes), not rewritten at every start.
    auto window = makeWindow();
    QCoreApplication::processEvents();
    QCOMPARE(m_fx.qsettings->allKeys(), QStringList());
    QVERIFY(!QFileInfo::exists(m_fx.qsettings->fileName()));
}

void TestMainWindow::startsWhileTheCatalogOpens()
{
    // As the application starts: the widgets are made while CatalogOpening checks and reads
    // the catalog on its worker, then the window gets the catalog and the rows it read.
    QTest::failOnWarning(
        QRegularExpression(QStringLiteral("does not belong to the calling thread")));
    CatalogOpening opening(m_fx.dir->filePath(QStringLiteral("started.sqlite")));
    std::unique_ptr<Catalog> catalog; // outlives the window
    MainWindow window(*m_fx.languages, *m_fx.settings);
    auto opened = opening.finish();
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
    catalog = std::move(opened).value();
    window.setCatalog(catalog->repository(), catalog->takeFirstRead());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QList<GpuSpec> gpus = *catalog->repository().gpus();
    QCOMPARE(window.gpuModel()->rowCount(), gpus.size());
    QVERIFY(gpus.size() >= 40);
    QCOMPARE(window.workloadPanel()->modelId(), QStringLiteral("llama-3.1-8b"));
    QVERIFY(window.gpuModel()->evaluationAt(0) != nullptr); // computed columns filled
    const QString first = window.gpuTable()->currentIndex().data().toString();
    QVERIFY(!first.isEmpty());
    QTRY_VERIFY(window.detailsPane()->toPlainText().contains(first));
    // The window's writes go through the connection made on this thread.
    QCOMPARE(window.shortlistDock()->addGpus({QStringLiteral("nvidia-rtx-4090")}).ok(), true);
    ShortlistRepository lists(catalog->database());
    const auto stored = lists.shortlists();
    QVERIFY(stored.ok() && stored->size() == 1);
    QCOMPARE((*lists.shortlist(stored->first().id))->items.size(), 1);
}

void TestMainWindow::appIconDrawsEverySize()
{
    // The icon reads its PNGs only when drawn; each size must still come out whole. The window
    // system is offered 16-128 px (X11 gets each offered size as raw pixels at every start);
    // larger requests still get the 256 px file.
    const QIcon icon = AppIcon::make();
    QCOMPARE(icon.availableSizes().size(), 7);
    QCOMPARE(icon.availableSizes().first(), QSize(16, 16));
    QCOMPARE(icon.availableSizes().last(), QSize(128, 128));
    for (const int side : {16, 32, 40, 256, 512}) {
        const QImage image = icon.pixmap(QSize(side, side)).toImage();
        const int expected = std::min(side, 256);
        QCOMPARE(image.size(), QSize(expected, expected));
        // Drawn, not empty: the centre of the icon is opaque.
        QVERIFY2(qAlpha(image.pixel(expected / 2, expected / 2)) > 0,
                 qPrintable(QString::number(side)));
    }
    // A high-density screen gets the file for the size in device pixels.
    const QPixmap sharp = icon.pixmap(QSize(16, 16), 2.0);
    QCOMPARE(sharp.size(), QSize(32, 32));
    QCOMPARE(sharp.devicePixelRatio(), 2.0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
