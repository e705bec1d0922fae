#include "Catalog.h"
#include "CatalogCsv.h"
#include "CatalogExporter.h"
#include "LanguageManager.h"
#include "catalog/ImportDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// The import dialog on a real catalog file, offscreen: problems listed with file, line and
// field and nothing imported; conflicts with a choice each and for all; a config.json's id;
// the dialog in English and Swedish (set GPUADVISOR_SCREENSHOT_DIR to keep the pictures).
class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void badFileListsEveryProblemAndImportsNothing();
    void eachConflictHasItsChoice();
    void applyToAllSetsEveryChoice();
    void configJsonTakesTheChosenId();
    void measurementsAreAddedOnce();
    void translatedAndRendered_data();
    void translatedAndRendered();

private:
    QString writeConflictingGpus() const;
    QByteArray exportAll() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<LanguageManager> m_languages;
};

void TestImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto catalog = Catalog::open(m_dir->filePath(QStringLiteral("c.sqlite")),
                                 QStringLiteral(TEST_DATA_DIR "/catalog-v1"));
    QVERIFY(catalog.ok());
    m_catalog = std::move(catalog).value();
    m_languages = std::make_unique<LanguageManager>();
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
}

void TestImportDialog::cleanup()
{
    m_languages.reset();
    m_catalog.reset();
}

QByteArray TestImportDialog::exportAll() const
{
    const auto bytes = CatalogExporter(m_catalog->repository()).toBytes({});
    return bytes ? *bytes : QByteArray();
}

// alpha-24 and beta-16 are in the catalog, omega-32 is not.
QString TestImportDialog::writeConflictingGpus() const
{
    CatalogRepository &repo = m_catalog->repository();
    GpuSpec alpha = **repo.gpu(QStringLiteral("alpha-24"));
    alpha.name = QStringLiteral("Alpha 24 (mine)");
    alpha.streetPriceSek = 17500;
    GpuSpec beta = **repo.gpu(QStringLiteral("beta-16"));
    GpuSpec omega = alpha;
    omega.id = QStringLiteral("omega-32");
    omega.name = QStringLiteral("Omega 32");
    const QString path = m_dir->filePath(QStringLiteral("my-gpus.csv"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(CatalogCsv::writeGpus({alpha, beta, omega}).toUtf8());
    return path;
}

void TestImportDialog::badFileListsEveryProblemAndImportsNothing()
{
    const QByteArray before = exportAll();
    ImportDialog dialog(m_catalog->repository(),
                        QStringLiteral(TEST_DATA_DIR "/import/bad-gpus.csv"));
    dialog.show();
    QVERIFY(!dialog.plan().ok());
    QTableWidget *problems = dialog.problemTable();
    QVERIFY(problems->isVisible());
    QVERIFY(!dialog.rowTable()->isVisible());
    QCOMPARE(problems->rowCount(), 6);
    QStringList where;
    for (int r = 0; r < problems->rowCount(); ++r) {
        QCOMPARE(problems->item(r, 0)->text(), QStringLiteral("bad-gpus.csv"));
        QVERIFY(!problems->item(r, 3)->text().isEmpty());
        where.append(problems->item(r, 1)->text() + u':' + problems->item(r, 2)->text());
    }
    for (const char *expected :
         {"3:vram_gb", "4:bandwidth_gbps", "5:vram_gb", "6:name", "6:street_price_date", "7:class"})
        QVERIFY2(where.contains(QString::fromLatin1(expected)), qPrintable(where.join(u' ')));
    QVERIFY(dialog.statusText().contains(QStringLiteral("6 problems")));
    QVERIFY(!dialog.importButton()->isEnabled());
    dialog.importButton()->click(); // disabled: does nothing
    QVERIFY(!dialog.summary());
    QCOMPARE(exportAll(), before);
}

void TestImportDialog::eachConflictHasItsChoice()
{
    ImportDialog dialog(m_catalog->repository(), writeConflictingGpus());
    dialog.show();
    QVERIFY(dialog.plan().ok());
    QTableWidget *conflicts = dialog.conflictTable();
    QVERIFY(conflicts->isVisible());
    QCOMPARE(conflicts->rowCount(), 2);
    QCOMPARE(conflicts->item(0, 1)->text(), QStringLiteral("alpha-24"));
    QCOMPARE(conflicts->item(0, 2)->text(), QStringLiteral("Alpha 24 (bundled)"));
    QCOMPARE(conflicts->item(0, 3)->text(), QStringLiteral("Alpha 24 (mine)"));
    // Skip is the choice until the user makes another.
    QCOMPARE(dialog.rowTable()->rowCount(), 3);
    QVERIFY(dialog.statusText().contains(QStringLiteral("1 new, 0 replaced, 2 skipped")));

    auto *alphaChoice = qobject_cast<QComboBox *>(conflicts->cellWidget(0, 4));
    auto *betaChoice = qobject_cast<QComboBox *>(conflicts->cellWidget(1, 4));
    QVERIFY(alphaChoice && betaChoice);
    QCOMPARE(alphaChoice->count(), 3);
    alphaChoice->setCurrentIndex(1); // replace
    betaChoice->setCurrentIndex(2);  // keep both
    QVERIFY(betaChoice->currentText().contains(QStringLiteral("beta-16-2")));
    QVERIFY(dialog.statusText().contains(QStringLiteral("1 new, 1 replaced, 0 skipped, 1 kept")));
    QStringList results;
    for (int r = 0; r < dialog.rowTable()->rowCount(); ++r)
        results.append(dialog.rowTable()->item(r, 1)->text() + u'=' +
                       dialog.rowTable()->item(r, 3)->text());
    QCOMPARE(results, QStringList({QStringLiteral("alpha-24=Replaces the catalog's row"),
                                   QStringLiteral("beta-16=Added as beta-16-2"),
                                   QStringLiteral("omega-32=Added")}));

    QVERIFY(dialog.importButton()->isEnabled());
    dialog.importButton()->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.summary() && dialog.summary()->applied);
    CatalogRepository &repo = m_catalog->repository();
    const GpuSpec alpha = **repo.gpu(QStringLiteral("alpha-24"));
    QCOMPARE(alpha.origin, RowOrigin::User);
    QCOMPARE(alpha.streetPriceSek, std::optional<double>(17500));
    QCOMPARE((**repo.gpu(QStringLiteral("beta-16"))).origin, RowOrigin::Bundled);
    QCOMPARE((**repo.gpu(QStringLiteral("beta-16-2"))).origin, RowOrigin::User);
    QVERIFY(repo.gpu(QStringLiteral("omega-32"))->has_value());
    QCOMPARE(repo.gpus()->size(), 5);
}

void TestImportDialog::applyToAllSetsEveryChoice()
{
    ImportDialog dialog(m_catalog->repository(), writeConflictingGpus());
    dialog.show();
    auto *all = dialog.findChild<QComboBox *>(QStringLiteral("allChoice"));
    QVERIFY(all);
    all->setCurrentIndex(1); // replace
    dialog.findChild<QPushButton *>(QStringLiteral("applyToAll"))->click();
    for (int r = 0; r < dialog.conflictTable()->rowCount(); ++r)
        QCOMPARE(
            qobject_cast<QComboBox *>(dialog.conflictTable()->cellWidget(r, 4))->currentIndex(), 1);
    for (const ImportConflict &c : dialog.plan().conflicts)
        QCOMPARE(c.resolution, ConflictResolution::Replace);
    QVERIFY(dialog.statusText().contains(QStringLiteral("1 new, 2 replaced, 0 skipped")));
}

void TestImportDialog::configJsonTakesTheChosenId()
{
    // A config.json in a folder named after the model, as downloaded from Hugging Face.
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("Qwen2.5-7B")));
    const QString path = m_dir->filePath(QStringLiteral("Qwen2.5-7B/config.json"));
    QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/configs/qwen2.5-7b.json"), path));
    ImportDialog dialog(m_catalog->repository(), path);
    dialog.show();
    QCOMPARE(dialog.plan().content, ImportContent::HfConfig);
    auto *id = dialog.findChild<QLineEdit *>(QStringLiteral("modelId"));
    QVERIFY(id && id->isVisible());
    QVERIFY(!id->text().isEmpty());

    dialog.setModelId(QStringLiteral("My Qwen"));
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(dialog.statusText().contains(QStringLiteral("lower-case")));
    // The id of a model already in the catalog is a conflict like any other.
    dialog.setModelId(QStringLiteral("tiny-7b"));
    QCOMPARE(dialog.conflictTable()->rowCount(), 1);
    QVERIFY(!dialog.importButton()->isEnabled()); // skipped: nothing to import
    dialog.setModelId(QStringLiteral("my-qwen"));
    QCOMPARE(dialog.conflictTable()->rowCount(), 0);
    QVERIFY(dialog.importButton()->isEnabled());
    dialog.importButton()->click();
    QCOMPARE(dialog.importedModelId(), QStringLiteral("my-qwen"));
    const auto model = m_catalog->repository().model(QStringLiteral("my-qwen"));
    QVERIFY(model.ok() && model->has_value());
    QCOMPARE((*model)->origin, RowOrigin::User);
    QVERIFY((*model)->paramsTotalB > 7 && (*model)->paramsTotalB < 8);
}

void TestImportDialog::measurementsAreAddedOnce()
{
    const QString path = QStringLiteral(TEST_DATA_DIR "/import/measurements.csv");
    {
        ImportDialog dialog(m_catalog->repository(), path);
        QCOMPARE(dialog.plan().content, ImportContent::Measurements);
        QCOMPARE(dialog.rowTable()->rowCount(), 2);
        QCOMPARE(dialog.rowTable()->item(1, 1)->text(), QStringLiteral("gamma-80")); // by name
        QVERIFY(dialog.statusText().contains(QStringLiteral("2 new")));
        dialog.importButton()->click();
        QCOMPARE(dialog.summary()->measurementsAdded, 2);
    }
    // The same file again: nothing new to import.
    ImportDialog again(m_catalog->repository(), path);
    QCOMPARE(again.rowTable()->rowCount(), 0);
    QVERIFY(again.statusText().contains(QStringLiteral("Nothing to import")));
    QVERIFY(!again.importButton()->isEnabled());
}

void TestImportDialog::translatedAndRendered_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("problems") << QStringLiteral(TEST_DATA_DIR "/import/bad-gpus.csv");
    QTest::newRow("conflicts") << QString();
    QTest::newRow("config") << QStringLiteral(TEST_DATA_DIR "/configs/qwen2.5-7b.json");
}

void TestImportDialog::translatedAndRendered()
{
    QFETCH(QString, file);
    const QString path = file.isEmpty() ? writeConflictingGpus() : file;
    ImportDialog dialog(m_catalog->repository(), path);
    dialog.show();
    auto texts = [&] {
        QStringList t{dialog.windowTitle(), dialog.statusText(), dialog.importButton()->text()};
        for (QGroupBox *box : dialog.findChildren<QGroupBox *>()) {
            if (box->isVisible())
                t.append(box->title());
        }
        for (QTableWidget *table : dialog.findChildren<QTableWidget *>()) {
            for (int c = 0; table->isVisible() && c < table->columnCount(); ++c)
                t.append(table->horizontalHeaderItem(c)->text());
        }
        return t;
    };
    const QString shots = qEnvironmentVariable("GPUADVISOR_SCREENSHOT_DIR");
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    if (!shots.isEmpty())
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/import-%1-en.png").arg(tag)));
    const QStringList english = texts();
    QVERIFY(m_languages->setLanguage(QStringLiteral("sv")));
    QTRY_COMPARE(dialog.importButton()->text(), QStringLiteral("&Importera"));
    QCoreApplication::processEvents(); // the layout follows the new texts
    const QStringList swedish = texts();
    QCOMPARE(swedish.size(), english.size());
    QStringList same;
    for (qsizetype i = 0; i < english.size(); ++i) {
        if (english.at(i) == swedish.at(i) && english.at(i) != u"Id")
            same.append(english.at(i));
    }
    QVERIFY2(same.isEmpty(), qPrintable(same.join(QStringLiteral(" | "))));
    // Problems found in English are worded again in Swedish.
    for (int r = 0; r < dialog.problemTable()->rowCount(); ++r)
        QVERIFY(!dialog.problemTable()->item(r, 3)->text().contains(QStringLiteral(" is ")));
    if (!shots.isEmpty())
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/import-%1-sv.png").arg(tag)));
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
