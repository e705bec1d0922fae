#include "AppSettings.h"
#include "Catalog.h"
#include "DetailsPane.h"
#include "Formatting.h"
#include "GpuTableModel.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "ShortlistRepository.h"
#include "WorkloadPanel.h"
#include "compare/CompareView.h"
#include "shortlist/ShortlistDock.h"
#include "shortlist/ShortlistExportMenu.h"
#include "shortlist/ShortlistItemModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

// The shortlist dock in the main window, offscreen, on a real SQLite file, driven as a user
// drives it: add from the table, edit in place, reorder, list operations with their dialogs,
// totals, compare, and a new window on the same database and settings.
class TestShortlistDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addFromTableEditAndReorder();
    void addFromCompareViewAndCompareTheList();
    void addFromDetailsPane();
    void totalsOfUnpricedGpusAreUnknown();
    void totalsOfPricedGpusWithoutPowerAreUnknown();
    void renameDuplicateDelete();
    void survivesANewWindow();

private:
    std::unique_ptr<MainWindow> makeWindow();
    static QAction *addAction(MainWindow &window);
    void addGpu(MainWindow &window, const QString &id);
    QStringList gpuIds(ShortlistDock &dock) const;
    // Runs answer on the next modal dialog of type T once it shows.
    template <typename T> static void whenShown(std::function<void(T *)> answer);

    MainWindowFixture m_fx;
};

void TestShortlistDock::init()
{
    m_fx.setUp();
}

void TestShortlistDock::cleanup()
{
    m_fx.tearDown();
}

std::unique_ptr<MainWindow> TestShortlistDock::makeWindow()
{
    auto window =
        std::make_unique<MainWindow>(m_fx.catalog->repository(), *m_fx.languages, *m_fx.settings);
    window->workloadPanel()->setWorkload(QStringLiteral("llama-3.1-8b"),
                                         QStringLiteral("inference"), QStringLiteral("q4_k_m"),
                                         4096, 1, QString());
    window->show();
    return window;
}

QAction *TestShortlistDock::addAction(MainWindow &window)
{
    // The table's context menu action, with its shortcut.
    for (QAction *action : window.gpuTable()->actions()) {
        if (action->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+L")))
            return action;
    }
    return nullptr;
}

void TestShortlistDock::addGpu(MainWindow &window, const QString &id)
{
    window.selectGpu(id);
    QAction *action = addAction(window);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
}

QStringList TestShortlistDock::gpuIds(ShortlistDock &dock) const
{
    QStringList ids;
    for (const ShortlistRow &row : dock.report().rows)
        ids.append(row.item.gpuId);
    return ids;
}

template <typename T> void TestShortlistDock::whenShown(std::function<void(T *)> answer)
{
    // Polls until the dialog runs its own event loop; gives up after a few seconds.
    auto *timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, answer] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        } else if (++*tries > 200) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(20);
}

void TestShortlistDock::addFromTableEditAndReorder()
{
    auto window = makeWindow();
    ShortlistDock *dock = window->shortlistDock();
    QVERIFY(dock && dock->isVisible());
    QAbstractItemModelTester tester(dock->itemModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(dock->totalsLabel()->text().contains(QStringLiteral("No shortlist yet")));

    // Adding from the table makes a list first; a GPU already on it is not added twice.
    addGpu(*window, QStringLiteral("nvidia-rtx-4090"));
    addGpu(*window, QStringLiteral("nvidia-h100-pcie-80gb"));
    addGpu(*window, QStringLiteral("amd-radeon-rx-7900-xtx"));
    addGpu(*window, QStringLiteral("nvidia-rtx-4090"));
    QCOMPARE(dock->shortlists().size(), 1);
    QCOMPARE(dock->shortlists().first().name, QStringLiteral("My shortlist"));
    QCOMPARE(dock->listCombo()->currentText(), QStringLiteral("My shortlist"));
    QCOMPARE(gpuIds(*dock), QStringList({QStringLiteral("nvidia-rtx-4090"),
                                         QStringLiteral("nvidia-h100-pcie-80gb"),
                                         QStringLiteral("amd-radeon-rx-7900-xtx")}));

    // The figures for the workload: an 8B model at Q4 fits on one RTX 4090.
    ShortlistItemModel *model = dock->itemModel();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, ShortlistItemModel::Gpu).data().toString(),
             QStringLiteral("GeForce RTX 4090"));
    QCOMPARE(model->index(0, ShortlistItemModel::Quantity).data().toString(),
             QStringLiteral("as needed"));
    QCOMPARE(model->index(0, ShortlistItemModel::Enough).data().toString(), QStringLiteral("yes"));
    QCOMPARE(model->index(0, ShortlistItemModel::GpusNeeded).data().toString(),
             QStringLiteral("1"));
    QVERIFY(model->index(0, ShortlistItemModel::TokensPerS).data().toDouble() > 10);
    const ShortlistReport &report = dock->report();
    QVERIFY(report.totals.purchaseSek && *report.totals.purchaseSek > 0);
    // One card at the article's 20 000 kr, written as the GPU table writes money.
    QCOMPARE(model->index(0, ShortlistItemModel::PurchaseSek).data().toString(),
             QStringLiteral("SEK\u00a020,000"));
    QVERIFY(!model->headerData(ShortlistItemModel::TcoSek, Qt::Horizontal).toString().isEmpty());
    QString totals = dock->totalsLabel()->text();
    QVERIFY2(totals.contains(QStringLiteral("3 cards")), qPrintable(totals));
    QVERIFY2(totals.contains(Formatting::money(*report.totals.purchaseSek, QStringLiteral("SEK"))),
             qPrintable(totals));

    // Quantity in place through the spin box; 0 is "as needed".
    QTableView *view = dock->itemView();
    const QModelIndex quantity = model->index(1, ShortlistItemModel::Quantity);
    view->setCurrentIndex(quantity);
    view->edit(quantity);
    auto *spin = view->findChild<QSpinBox *>(QStringLiteral("quantityEditor"));
    QVERIFY(spin);
    QCOMPARE(spin->specialValueText(), QStringLiteral("as needed"));
    spin->setValue(4);
    QTest::keyClick(spin, Qt::Key_Return);
    // The delegate commits once the event loop runs.
    QTRY_COMPARE(dock->report().rows.at(1).item.quantity, std::optional<int>(4));
    QCOMPARE(model->index(1, ShortlistItemModel::Cards).data().toString(), QStringLiteral("4"));
    totals = dock->totalsLabel()->text();
    QVERIFY2(totals.contains(QStringLiteral("6 cards")), qPrintable(totals));
    ShortlistRepository repository(m_fx.catalog->database());
    QCOMPARE(repository.shortlist(dock->currentListId())->value().items.at(1).quantity,
             std::optional<int>(4));

    // The note in place.
    const QModelIndex note = model->index(2, ShortlistItemModel::Note);
    view->setCurrentIndex(note);
    view->edit(note);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("for the lab"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(dock->report().rows.at(2).item.note, QStringLiteral("for the lab"));

    // Reorder with the buttons and by dragging (the model's drop).
    view->setCurrentIndex(model->index(0, ShortlistItemModel::Gpu));
    dock->findChild<QPushButton *>(QStringLiteral("moveDown"))->click();
    QCOMPARE(gpuIds(*dock).first(), QStringLiteral("nvidia-h100-pcie-80gb"));
    QCOMPARE(view->currentIndex().row(), 1);
    QVERIFY(dock->findChild<QPushButton *>(QStringLiteral("moveUp"))->isEnabled());
    QMimeData *dragged = model->mimeData({model->index(2, 0)});
    model->dropMimeData(dragged, Qt::MoveAction, 0, 0, {});
    delete dragged;
    QCOMPARE(gpuIds(*dock), QStringList({QStringLiteral("amd-radeon-rx-7900-xtx"),
                                         QStringLiteral("nvidia-h100-pcie-80gb"),
                                         QStringLiteral("nvidia-rtx-4090")}));
    QCOMPARE(model->index(0, ShortlistItemModel::Position).data().toString(), QStringLiteral("1"));
    QCOMPARE(model->index(0, ShortlistItemModel::Note).data().toString(),
             QStringLiteral("for the lab"));

    // Remove the selected item.
    view->setCurrentIndex(model->index(2, ShortlistItemModel::Gpu));
    dock->findChild<QPushButton *>(QStringLiteral("removeItem"))->click();
    QCOMPARE(gpuIds(*dock), QStringList({QStringLiteral("amd-radeon-rx-7900-xtx"),
                                         QStringLiteral("nvidia-h100-pcie-80gb")}));

    // A workload change recomputes the figures: a 70B model at FP16 needs more cards.
    window->workloadPanel()->setWorkload(QStringLiteral("llama-3.1-70b"),
                                         QStringLiteral("inference"), QStringLiteral("fp16"), 4096,
                                         1, QString());
    QTRY_VERIFY(dock->report().rows.first().count.value_or(0) > 1);
}

void TestShortlistDock::addFromCompareViewAndCompareTheList()
{
    auto window = makeWindow();
    ShortlistDock *dock = window->shortlistDock();
    const QStringList picked = {QStringLiteral("nvidia-rtx-4090"),
                                QStringLiteral("nvidia-rtx-3090")};
    window->showComparison(picked);
    QAction *addCompared = nullptr;
    for (QAction *action : window->compareView()->actions()) {
        if (action->text().contains(QStringLiteral("compared GPUs to the shortlist")))
            addCompared = action;
    }
    QVERIFY(addCompared);
    QVERIFY(addCompared->isEnabled());
    addCompared->trigger();
    QCOMPARE(gpuIds(*dock), picked);

    // Compare the list: the compare view shows the list's GPUs.
    window->compareView()->clear();
    addGpu(*window, QStringLiteral("nvidia-h100-pcie-80gb"));
    dock->findChild<QPushButton *>(QStringLiteral("compareList"))->click();
    QCOMPARE(window->compareView()->pickedIds(), gpuIds(*dock));
    QVERIFY(window->compareView()->isVisible());
}

void TestShortlistDock::addFromDetailsPane()
{
    auto window = makeWindow();
    window->selectGpu(QStringLiteral("nvidia-rtx-3090"));
    DetailsPane *details = window->detailsPane();
    // The pane's own menu (copy, select all) with the shortlist's action added.
    QStringList texts;
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [&texts, timer] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        timer->stop();
        for (QAction *action : menu->actions()) {
            texts.append(action->text());
            if (action->text() == QStringLiteral("&Add to the shortlist")) {
                menu->close();
                action->trigger();
                return;
            }
        }
        menu->close();
    });
    timer->start(20);
    Q_EMIT details->customContextMenuRequested(QPoint(10, 10));
    delete timer;
    QVERIFY2(texts.size() > 2, qPrintable(texts.join(u'|')));
    QCOMPARE(gpuIds(*window->shortlistDock()), QStringList{QStringLiteral("nvidia-rtx-3090")});
}

void TestShortlistDock::totalsOfUnpricedGpusAreUnknown()
{
    // The bundled A10 and Apple M3 Ultra have no price: their sums are unknown, not 0.
    auto window = makeWindow();
    ShortlistDock *dock = window->shortlistDock();
    addGpu(*window, QStringLiteral("nvidia-a10"));
    addGpu(*window, QStringLiteral("apple-m3-ultra"));
    QVERIFY(!dock->report().totals.purchaseSek);
    QVERIFY(!dock->report().totals.tcoSek);
    QString totals = dock->totalsLabel()->text();
    QVERIFY2(totals.contains(QStringLiteral("2 cards; no price is known")), qPrintable(totals));
    QVERIFY2(!totals.contains(QStringLiteral("SEK")), qPrintable(totals));

    // One priced GPU: its figures are the sums, and the unknown ones are said to be left out.
    addGpu(*window, QStringLiteral("nvidia-rtx-4090"));
    const ShortlistRow &priced = dock->report().rows.last();
    QVERIFY(priced.purchaseSek);
    QCOMPARE(dock->report().totals.purchaseSek, priced.purchaseSek);
    totals = dock->totalsLabel()->text();
    QVERIFY2(totals.contains(Formatting::money(*priced.purchaseSek, QStringLiteral("SEK"))),
             qPrintable(totals));
    QVERIFY2(totals.contains(QStringLiteral("(without the figures that are unknown)")),
             qPrintable(totals));
}

void TestShortlistDock::totalsOfPricedGpusWithoutPowerAreUnknown()
{
    // The Apple M3 Ultra has no power draw in the catalog: with a price set its purchase is
    // known and summed, its electricity and TCO are not.
    QVERIFY(
        m_fx.catalog->repository()
            .updateStreetPrices({{QStringLiteral("apple-m3-ultra"), 110000.0, QDate(2026, 11, 1)}})
            .ok());
    auto window = makeWindow();
    ShortlistDock *dock = window->shortlistDock();
    addGpu(*window, QStringLiteral("apple-m3-ultra"));
    const ShortlistReport &report = dock->report();
    QCOMPARE(report.rows.first().purchaseSek.value_or(-1), 110000.0);
    QVERIFY(!report.rows.first().electricityPerYearSek);
    QCOMPARE(report.totals.purchaseSek.value_or(-1), 110000.0);
    QVERIFY(!report.totals.electricityPerYearSek);
    QVERIFY(!report.totals.tcoSek);
    QVERIFY(!report.totals.complete);
    QString totals = dock->totalsLabel()->text();
    QVERIFY2(totals.contains(QStringLiteral("purchase ") +
                             Formatting::money(110000, QStringLiteral("SEK"))),
             qPrintable(totals));
    QVERIFY2(totals.contains(QStringLiteral("(without the figures that are unknown)")),
             qPrintable(totals));

    // A priced GPU the workload needs more of than one node holds, its quantity left to the
    // workload: no count, so no purchase either, and the price is not what is missing.
    window->workloadPanel()->setWorkload(QStringLiteral("llama-3.1-405b"),
                                         QStringLiteral("inference"), QStringLiteral("fp16"), 4096,
                                         1, QString());
    QVERIFY(dock->createList(QStringLiteral("Big")).ok());
    addGpu(*window, QStringLiteral("nvidia-rtx-4090"));
    QVERIFY(!dock->report().rows.first().count);
    QVERIFY(dock->report().rows.first().unitPriceSek);
    totals = dock->totalsLabel()->text();
    QVERIFY2(totals.contains(QStringLiteral("no cost is known for any of them: each lacks a "
                                            "price or a number of cards (set a quantity)")),
             qPrintable(totals));
}

void TestShortlistDock::renameDuplicateDelete()
{
    auto window = makeWindow();
    ShortlistDock *dock = window->shortlistDock();
    QVERIFY(dock->createList(QStringLiteral("Lab")).ok());
    addGpu(*window, QStringLiteral("nvidia-rtx-4090"));
    QVERIFY(!dock->createList(QStringLiteral("lab")).ok()); // names are unique without case

    // Rename through its dialog.
    whenShown<QInputDialog>([](QInputDialog *dialog) {
        QCOMPARE(dialog->textValue(), QStringLiteral("Lab"));
        dialog->setTextValue(QStringLiteral("Lab GPUs"));
        dialog->accept();
    });
    dock->findChild<QPushButton *>(QStringLiteral("renameList"))->click();
    QCOMPARE(dock->report().list.name, QStringLiteral("Lab GPUs"));
    QCOMPARE(dock->listCombo()->currentText(), QStringLiteral("Lab GPUs"));

    // Duplicate through its dialog: the copy becomes current, with the items.
    const qint64 original = dock->currentListId();
    whenShown<QInputDialog>([](QInputDialog *dialog) {
        QCOMPARE(dialog->textValue(), QStringLiteral("Lab GPUs (copy)"));
        dialog->accept();
    });
    dock->findChild<QPushButton *>(QStringLiteral("duplicateList"))->click();
    QCOMPARE(dock->shortlists().size(), 2);
    QVERIFY(dock->currentListId() != original);
    QCOMPARE(dock->report().list.name, QStringLiteral("Lab GPUs (copy)"));
    QCOMPARE(gpuIds(*dock), QStringList{QStringLiteral("nvidia-rtx-4090")});
    QCOMPARE(dock->listCombo()->count(), 2);

    // Delete asks first: No keeps the list, Yes deletes it.
    QString question;
    whenShown<QMessageBox>([&question](QMessageBox *box) {
        question = box->text();
        box->button(QMessageBox::No)->click();
    });
    QVERIFY(!dock->deleteCurrent());
    QVERIFY2(question.contains(QStringLiteral("Lab GPUs (copy)")), qPrintable(question));
    QVERIFY(question.contains(QStringLiteral("1 item")));
    QCOMPARE(dock->shortlists().size(), 2);
    whenShown<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    dock->findChild<QPushButton *>(QStringLiteral("deleteList"))->click();
    QCOMPARE(dock->shortlists().size(), 1);
    QCOMPARE(dock->currentListId(), original);
    QCOMPARE(dock->listCombo()->currentText(), QStringLiteral("Lab GPUs"));

    // Switching lists in the combo box.
    QVERIFY(dock->createList(QStringLiteral("Empty")).ok());
    QCOMPARE(dock->itemModel()->rowCount(), 0);
    QVERIFY(dock->totalsLabel()->text().contains(QStringLiteral("empty")));
    dock->setCurrentList(original);
    QCOMPARE(dock->itemModel()->rowCount(), 1);
}

void TestShortlistDock::survivesANewWindow()
{
    qint64 listId = 0;
    {
        auto window = makeWindow();
        ShortlistDock *dock = window->shortlistDock();
        QVERIFY(dock->createList(QStringLiteral("First")).ok());
        QVERIFY(dock->createList(QStringLiteral("Second")).ok());
        addGpu(*window, QStringLiteral("nvidia-rtx-3090"));
        addGpu(*window, QStringLiteral("nvidia-rtx-4090"));
        QVERIFY(dock->moveItem(1, 0).ok());
        dock->itemModel()->setData(dock->itemModel()->index(1, ShortlistItemModel::Quantity), 2);
        listId = dock->currentListId();
        window->close();
    }
    auto window = makeWindow();
    ShortlistDock *dock = window->shortlistDock();
    QVERIFY(dock->isVisible());
    QCOMPARE(dock->currentListId(), listId);
    QCOMPARE(dock->listCombo()->currentText(), QStringLiteral("Second"));
    QCOMPARE(gpuIds(*dock),
             QStringList({QStringLiteral("nvidia-rtx-4090"), QStringLiteral("nvidia-rtx-3090")}));
    QCOMPARE(dock->report().rows.at(1).item.quantity, std::optional<int>(2));
}

QTEST_MAIN(TestShortlistDock)
#include "tst_shortlistdock.moc"
