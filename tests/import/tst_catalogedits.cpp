#include "Catalog.h"
#include "CatalogCsv.h"
#include "CatalogRepository.h"
#include "Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

// Editing the catalog in the repository: user edits against bundled updates, revert, bulk
// prices, delete and undo. Real SQLite files.
class TestCatalogEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void userEditSurvivesUpdateAndRevertGivesNewestBundled();
    void userOwnRowHasNothingToRevertTo();
    void revertBringsBackADeletedBundledRow();
    void bulkPriceUpdateIsAllOrNothing();
    void bulkPriceUpdateRefusesBadPrices();
    void takeAndRestoreUndoADelete();
    void migrationKeepsBundledValuesOfBundledRows();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("catalog.sqlite")); }
    std::unique_ptr<Catalog> open(int version)
    {
        auto c = Catalog::open(dbPath(), QStringLiteral(TEST_DATA_DIR "/catalog-v%1").arg(version));
        return c ? std::move(c).value() : nullptr;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCatalogEdits::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCatalogEdits::userEditSurvivesUpdateAndRevertGivesNewestBundled()
{
    {
        auto catalog = open(1);
        QVERIFY(catalog);
        CatalogRepository &repo = catalog->repository();
        GpuSpec alpha = **repo.gpu(QStringLiteral("alpha-24"));
        alpha.streetPriceSek = 15000;
        QVERIFY(repo.saveUserGpu(alpha).ok());
        ModelSpec tiny = **repo.model(QStringLiteral("tiny-7b"));
        tiny.notes = QStringLiteral("my notes");
        QVERIFY(repo.saveUserModel(tiny).ok());
        QCOMPARE(*repo.editedBundledGpuIds(), QStringList{QStringLiteral("alpha-24")});
    }
    // Version 2 changes alpha-24's bandwidth (1000 -> 1008) and price (20000 -> 18000).
    auto catalog = open(2);
    QVERIFY(catalog);
    CatalogRepository &repo = catalog->repository();
    const GpuSpec mine = **repo.gpu(QStringLiteral("alpha-24"));
    QCOMPARE(mine.origin, RowOrigin::User);
    QCOMPARE(mine.streetPriceSek, std::optional<double>(15000));
    QCOMPARE(mine.bandwidthGBps, std::optional<double>(1000));
    QCOMPARE((**repo.model(QStringLiteral("tiny-7b"))).notes, QStringLiteral("my notes"));
    // The newest bundled values are kept beside the edit.
    const GpuSpec bundled = **repo.bundledGpu(QStringLiteral("alpha-24"));
    QCOMPARE(bundled.bandwidthGBps, std::optional<double>(1008));
    QCOMPARE(bundled.streetPriceSek, std::optional<double>(18000));

    const auto reverted = repo.revertGpuToBundled(QStringLiteral("alpha-24"));
    QVERIFY(reverted.ok());
    QCOMPARE(reverted->bandwidthGBps, std::optional<double>(1008));
    const GpuSpec now = **repo.gpu(QStringLiteral("alpha-24"));
    QCOMPARE(now.origin, RowOrigin::Bundled);
    QCOMPARE(now.streetPriceSek, std::optional<double>(18000));
    QCOMPARE(CatalogCsv::gpuToFields(now), CatalogCsv::gpuToFields(bundled));
    QVERIFY(repo.editedBundledGpuIds()->isEmpty());
    QCOMPARE(*repo.editedBundledModelIds(), QStringList{QStringLiteral("tiny-7b")});
    QVERIFY(repo.revertModelToBundled(QStringLiteral("tiny-7b")).ok());
    QVERIFY((**repo.model(QStringLiteral("tiny-7b"))).notes.isEmpty());
}

void TestCatalogEdits::userOwnRowHasNothingToRevertTo()
{
    auto catalog = open(1);
    QVERIFY(catalog);
    CatalogRepository &repo = catalog->repository();
    GpuSpec own = **repo.gpu(QStringLiteral("alpha-24"));
    own.id = QStringLiteral("own-card");
    QVERIFY(repo.saveUserGpu(own).ok());
    QVERIFY(!repo.bundledGpu(QStringLiteral("own-card"))->has_value());
    const auto reverted = repo.revertGpuToBundled(QStringLiteral("own-card"));
    QVERIFY(!reverted.ok());
    QVERIFY(reverted.error().message.contains(QStringLiteral("own-card")));
    QCOMPARE((**repo.gpu(QStringLiteral("own-card"))).origin, RowOrigin::User);
}

void TestCatalogEdits::revertBringsBackADeletedBundledRow()
{
    auto catalog = open(1);
    QVERIFY(catalog);
    CatalogRepository &repo = catalog->repository();
    QVERIFY(repo.takeGpu(QStringLiteral("beta-16")).ok());
    QVERIFY(!repo.gpu(QStringLiteral("beta-16"))->has_value());
    QVERIFY(repo.revertGpuToBundled(QStringLiteral("beta-16")).ok());
    QCOMPARE((**repo.gpu(QStringLiteral("beta-16"))).origin, RowOrigin::Bundled);
}

void TestCatalogEdits::bulkPriceUpdateIsAllOrNothing()
{
    auto catalog = open(1);
    QVERIFY(catalog);
    CatalogRepository &repo = catalog->repository();
    const QDate date(2026, 3, 1);
    const Status failed = repo.updateStreetPrices({{QStringLiteral("alpha-24"), 17000, date},
                                                   {QStringLiteral("no-such-gpu"), 1000, date},
                                                   {QStringLiteral("beta-16"), 7000, date}});
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().message.contains(QStringLiteral("no-such-gpu")));
    QCOMPARE((**repo.gpu(QStringLiteral("alpha-24"))).streetPriceSek, std::optional<double>(20000));

    QVERIFY(repo.updateStreetPrices({{QStringLiteral("alpha-24"), 17000.5, date},
                                     {QStringLiteral("beta-16"), 7000, date}})
                .ok());
    const GpuSpec alpha = **repo.gpu(QStringLiteral("alpha-24"));
    QCOMPARE(alpha.streetPriceSek, std::optional<double>(17000.5));
    QCOMPARE(alpha.streetPriceDate, date);
    QVERIFY(!alpha.streetPriceConverted);
    QCOMPARE(alpha.origin, RowOrigin::User);
    QCOMPARE((**repo.gpu(QStringLiteral("beta-16"))).streetPriceSek, std::optional<double>(7000));
    QCOMPARE((**repo.gpu(QStringLiteral("gamma-80"))).origin, RowOrigin::Bundled);
    // Revertable like any other edit.
    QCOMPARE(repo.editedBundledGpuIds()->size(), 2);
}

void TestCatalogEdits::bulkPriceUpdateRefusesBadPrices()
{
    auto catalog = open(1);
    QVERIFY(catalog);
    CatalogRepository &repo = catalog->repository();
    const QDate date(2026, 3, 1);
    for (const double bad : {-1.0, std::nan(""), HUGE_VAL}) {
        const Status s = repo.updateStreetPrices(
            {{QStringLiteral("alpha-24"), 17000, date}, {QStringLiteral("beta-16"), bad, date}});
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, QStringLiteral("beta-16"));
    }
    QVERIFY(!repo.updateStreetPrices({{QStringLiteral("alpha-24"), 17000, QDate()}}).ok());
    QCOMPARE((**repo.gpu(QStringLiteral("alpha-24"))).streetPriceSek, std::optional<double>(20000));
    QVERIFY(repo.editedBundledGpuIds()->isEmpty());
}

void TestCatalogEdits::takeAndRestoreUndoADelete()
{
    auto catalog = open(1);
    QVERIFY(catalog);
    CatalogRepository &repo = catalog->repository();
    GpuSpec own = **repo.gpu(QStringLiteral("gamma-80"));
    own.id = QStringLiteral("own-card");
    QVERIFY(repo.saveUserGpu(own).ok());
    for (const QString &id : {QStringLiteral("alpha-24"), QStringLiteral("own-card")}) {
        const GpuSpec before = **repo.gpu(id);
        const auto taken = repo.takeGpu(id);
        QVERIFY(taken.ok());
        QCOMPARE(taken->origin, before.origin);
        QVERIFY(!repo.gpu(id)->has_value());
        QVERIFY(repo.restoreGpu(*taken).ok());
        const GpuSpec after = **repo.gpu(id);
        QCOMPARE(after.origin, before.origin);
        QCOMPARE(CatalogCsv::gpuToFields(after), CatalogCsv::gpuToFields(before));
    }
    QVERIFY(!repo.takeGpu(QStringLiteral("no-such-gpu")).ok());
    const auto model = repo.takeModel(QStringLiteral("tiny-7b"));
    QVERIFY(model.ok());
    QVERIFY(repo.restoreModel(*model).ok());
    QCOMPARE((**repo.model(QStringLiteral("tiny-7b"))).origin, RowOrigin::Bundled);
}

void TestCatalogEdits::migrationKeepsBundledValuesOfBundledRows()
{
    {
        auto db = Database::openAtVersion(dbPath(), 2);
        QVERIFY(db.ok());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO gpus (id, origin, name, vendor, class, vram_gb, sources) VALUES"
            " ('old-bundled', 'bundled', 'Old', 'V', 'consumer', 24, 's'),"
            " ('old-user', 'user', 'Mine', 'V', 'consumer', 48, 's')")));
    }
    auto db = Database::open(dbPath());
    QVERIFY(db.ok());
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    CatalogRepository repo(**db);
    const auto bundled = repo.bundledGpu(QStringLiteral("old-bundled"));
    QVERIFY(bundled.ok() && bundled->has_value());
    QCOMPARE((*bundled)->vramGB, std::optional<double>(24));
    QVERIFY(!repo.bundledGpu(QStringLiteral("old-user"))->has_value());
}

QTEST_GUILESS_MAIN(TestCatalogEdits)
#include "tst_catalogedits.moc"
