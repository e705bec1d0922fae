#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "ModalDialogs.h"
#include "ShortlistRepository.h"
#include "WorkloadPanel.h"
#include "shortlist/ShortlistDock.h"
#include "shortlist/ShortlistExportMenu.h"
#include "shortlist/ShortlistItemModel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// "Import…" in the shortlist dock, offscreen on a real SQLite file: a good file makes the list
// with its items and selects it; a file with problems shows every one (file, line, JSON path)
// and changes nothing; a name already taken is asked for again, and cancelling makes nothing; the
// JSON export, in euro too, imports back as the same list.
class TestShortlistDockImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void goodFileMakesAndSelectsTheList();
    void badFileShowsEveryProblemAndChangesNothing();
    void takenNameIsAskedForAgain();
    void exportInEuroImportsBack();

private:
    QString writeFile(const QString &name, const QByteArray &json) const;
    // Clicks Import and picks path in the file dialog.
    void importThroughDialog(const QString &path);
    QStringList listNames() const;

    MainWindowFixture m_fx;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

const QByteArray kGoodFile = R"({
  "schema": "gpu-advisor.shortlist",
  "schema_version": 1,
  "name": "From the lab",
  "items": [
    {"gpu_id": "nvidia-rtx-4090", "quantity": 2, "note": "for the lab"},
    {"gpu_id": "nvidia-h100-pcie-80gb", "quantity": null}
  ]
}
)";

// Three problems: a quantity of 0 (line 6), a GPU the catalog lacks (line 7), no name.
const QByteArray kBadFile = R"({
  "schema": "gpu-advisor.shortlist",
  "schema_version": 1,
  "items": [
    {"gpu_id": "nvidia-rtx-4090",
     "quantity": 0},
    {"gpu_id": "no-such-gpu", "quantity": 1}
  ]
}
)";

} // namespace

void TestShortlistDockImport::init()
{
    m_fx.setUp();
    m_window = m_fx.makeWindow();
}

void TestShortlistDockImport::cleanup()
{
    // The display currency is the application's: back to kronor for the next test.
    CostSettings costs = m_fx.settings->costs();
    costs.displayCurrency = Currency::Sek;
    m_window->setCosts(costs);
    m_window.reset();
    m_fx.tearDown();
}

QString TestShortlistDockImport::writeFile(const QString &name, const QByteArray &json) const
{
    const QString path = m_fx.dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(json);
    return path;
}

void TestShortlistDockImport::importThroughDialog(const QString &path)
{
    whenShown<QFileDialog>([path](QFileDialog *dialog) { chooseFile(dialog, path); });
    auto *button =
        m_window->shortlistDock()->findChild<QPushButton *>(QStringLiteral("importList"));
    QVERIFY(button && button->isEnabled());
    button->click();
}

QStringList TestShortlistDockImport::listNames() const
{
    QStringList names;
    const auto lists = ShortlistRepository(m_fx.catalog->database()).shortlists();
    for (const Shortlist &list : lists.value())
        names.append(list.name);
    return names;
}

void TestShortlistDockImport::goodFileMakesAndSelectsTheList()
{
    ShortlistDock *dock = m_window->shortlistDock();
    QVERIFY(dock->createList(QStringLiteral("Existing")).ok());
    QSignalSpy messages(dock, &ShortlistDock::message);
    importThroughDialog(writeFile(QStringLiteral("lab.json"), kGoodFile));

    // Stored as the file says, in its order ...
    const auto stored = ShortlistRepository(m_fx.catalog->database())
                            .shortlistByName(QStringLiteral("From the lab"));
    QVERIFY(stored.ok() && stored->has_value());
    const Shortlist &list = **stored;
    QCOMPARE(list.items.size(), 2);
    QCOMPARE(list.items.at(0).gpuId, QStringLiteral("nvidia-rtx-4090"));
    QCOMPARE(list.items.at(0).quantity, std::optional<int>(2));
    QCOMPARE(list.items.at(0).note, QStringLiteral("for the lab"));
    QCOMPARE(list.items.at(1).gpuId, QStringLiteral("nvidia-h100-pcie-80gb"));
    QCOMPARE(list.items.at(1).quantity, std::nullopt);
    // ... and the dock shows it.
    QCOMPARE(dock->currentListId(), list.id);
    QCOMPARE(dock->listCombo()->currentText(), QStringLiteral("From the lab"));
    QCOMPARE(dock->report().rows.size(), 2);
    QCOMPARE(messages.count(), 1);
    QCOMPARE(messages.first().first().toString(),
             QStringLiteral("Imported the shortlist 'From the lab' with 2 GPUs."));
}

void TestShortlistDockImport::badFileShowsEveryProblemAndChangesNothing()
{
    ShortlistDock *dock = m_window->shortlistDock();
    QVERIFY(dock->createList(QStringLiteral("Existing")).ok());
    const qint64 current = dock->currentListId();
    QString text;
    QString details;
    whenShown<QFileDialog>([&](QFileDialog *dialog) {
        whenShown<QMessageBox>([&](QMessageBox *box) {
            text = box->text() + u'\n' + box->informativeText();
            details = box->detailedText();
            box->accept();
        });
        chooseFile(dialog, writeFile(QStringLiteral("bad.json"), kBadFile));
    });
    dock->findChild<QPushButton *>(QStringLiteral("importList"))->click();

    QVERIFY2(text.startsWith(QStringLiteral("No shortlist was made from bad.json: the file has 3 "
                                            "problems.\n")),
             qPrintable(text));
    for (const QString &problem :
         {QStringLiteral("bad.json:6: items[0].quantity: must be null"),
          QStringLiteral("bad.json:7: items[1].gpu_id: the catalog has no GPU with the id "
                         "'no-such-gpu'"),
          QStringLiteral("bad.json: name: is missing")}) {
        QVERIFY2(text.contains(problem), qPrintable(text));
        QVERIFY2(details.contains(problem), qPrintable(details));
    }
    QCOMPARE(listNames(), QStringList{QStringLiteral("Existing")});
    QCOMPARE(dock->currentListId(), current);

    // A file that is not JSON at all: the line where the parser stopped.
    whenShown<QFileDialog>([&](QFileDialog *dialog) {
        whenShown<QMessageBox>([&](QMessageBox *box) {
            text = box->text() + u'\n' + box->informativeText();
            box->accept();
        });
        chooseFile(dialog, writeFile(QStringLiteral("cut.json"), "{\n  \"schema\": \n"));
    });
    dock->findChild<QPushButton *>(QStringLiteral("importList"))->click();
    QVERIFY2(text.contains(QStringLiteral("cut.json:3: not valid JSON")), qPrintable(text));
    QCOMPARE(listNames(), QStringList{QStringLiteral("Existing")});
}

void TestShortlistDockImport::takenNameIsAskedForAgain()
{
    ShortlistDock *dock = m_window->shortlistDock();
    QVERIFY(dock->createList(QStringLiteral("from the LAB")).ok()); // names compare without case
    const QString path = writeFile(QStringLiteral("lab.json"), kGoodFile);

    // Cancelling the name makes nothing.
    QString asked;
    whenShown<QFileDialog>([&](QFileDialog *dialog) {
        whenShown<QInputDialog>([&](QInputDialog *input) {
            asked = input->labelText();
            input->reject();
        });
        chooseFile(dialog, path);
    });
    dock->findChild<QPushButton *>(QStringLiteral("importList"))->click();
    QVERIFY2(asked.contains(QStringLiteral("already a shortlist named 'From the lab'")),
             qPrintable(asked));
    QCOMPARE(listNames(), QStringList{QStringLiteral("from the LAB")});

    // A name that is taken too is asked for once more; then the list is made under the last.
    QVERIFY(dock->createList(QStringLiteral("Lab copy")).ok());
    QStringList suggestions;
    const std::function<void(QInputDialog *)> answer = [&](QInputDialog *input) {
        suggestions.append(input->textValue());
        if (suggestions.size() == 1) {
            whenShown<QInputDialog>(answer);
            input->setTextValue(QStringLiteral("lab copy"));
        } else {
            input->setTextValue(QStringLiteral("Lab, second"));
        }
        input->accept();
    };
    whenShown<QFileDialog>([&](QFileDialog *dialog) {
        whenShown<QInputDialog>(answer);
        chooseFile(dialog, path);
    });
    dock->findChild<QPushButton *>(QStringLiteral("importList"))->click();
    QCOMPARE(suggestions,
             QStringList({QStringLiteral("From the lab (2)"), QStringLiteral("lab copy (2)")}));
    QCOMPARE(dock->report().list.name, QStringLiteral("Lab, second"));
    QCOMPARE(dock->report().rows.size(), 2);
    QCOMPARE(listNames().size(), 3);
}

void TestShortlistDockImport::exportInEuroImportsBack()
{
    m_window->workloadPanel()->setWorkload(QStringLiteral("llama-3.1-8b"),
                                           QStringLiteral("inference"), QStringLiteral("q4_k_m"),
                                           4096, 1, QString());
    CostSettings costs = m_fx.settings->costs();
    costs.displayCurrency = Currency::Eur;
    costs.rates.setSekPerEur(10.0);
    m_window->setCosts(costs);
    ShortlistDock *dock = m_window->shortlistDock();
    QVERIFY(dock->createList(QStringLiteral("Lab")).ok());
    QVERIFY(
        dock->addGpus({QStringLiteral("nvidia-rtx-4090"), QStringLiteral("nvidia-rtx-3090")}).ok());
    ShortlistItemModel *model = dock->itemModel();
    QVERIFY(model->setData(model->index(0, ShortlistItemModel::Quantity), 1));
    QVERIFY(model->setData(model->index(1, ShortlistItemModel::Note), QStringLiteral("used")));
    const QString path = m_fx.dir->filePath(QStringLiteral("in-euro.json"));
    QVERIFY(ShortlistExportMenu::save(dock->report(), ShortlistFormat::Json, path, {}).ok());

    // "Lab" is taken: the suggested name is accepted.
    QString suggested;
    whenShown<QFileDialog>([&](QFileDialog *dialog) {
        whenShown<QInputDialog>([&](QInputDialog *input) {
            suggested = input->textValue();
            input->accept();
        });
        chooseFile(dialog, path);
    });
    dock->findChild<QPushButton *>(QStringLiteral("importList"))->click();
    QCOMPARE(suggested, QStringLiteral("Lab (2)"));
    QCOMPARE(dock->report().list.name, QStringLiteral("Lab (2)"));
    QCOMPARE(dock->report().rows.size(), 2);
    QCOMPARE(dock->report().rows.at(0).item.quantity, std::optional<int>(1));
    QCOMPARE(dock->report().rows.at(1).item.quantity, std::nullopt);
    QCOMPARE(dock->report().rows.at(1).item.note, QStringLiteral("used"));
    QCOMPARE(model->index(0, ShortlistItemModel::PurchaseSek).data().toString(),
             QStringLiteral("€2,000"));
    QCOMPARE(listNames(), QStringList({QStringLiteral("Lab"), QStringLiteral("Lab (2)")}));
}

QTEST_MAIN(TestShortlistDockImport)
#include "tst_shortlistdockimport.moc"
