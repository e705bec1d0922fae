#include "BundledCatalog.h"
#include "Catalog.h"
#include "CatalogRepository.h"
#include "Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The catalog repository and its schema on real SQLite files.
class TestCatalogRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createsSchemaAtLatestVersion();
    void migratesFromFirstSchemaKeepingRows();
    void refusesDatabaseFromNewerVersion();
    void refusesFileThatIsNotADatabase();
    void firstOpenLoadsBundledCatalog();
    void reopenDoesNotReapplySameVersion();
    void catalogUpdateKeepsUserRows();
    void unknownFiguresStayUnknown();
    void removeNamesMissingRow();
    void deletedBundledRowStaysDeletedOnUpdate();
    void restoreAndRevertForgetTheDeletion();
    void deletingAUserRowRecordsNothing();
    void migrationFindsEarlierDeletions();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("catalog.sqlite")); }
    static QString catalogDir(int version)
    {
        return QStringLiteral(TEST_DATA_DIR "/catalog-v%1").arg(version);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCatalogRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCatalogRepository::createsSchemaAtLatestVersion()
{
    auto db = Database::open(dbPath());
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(QFile::exists(dbPath()));
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM measurements")));
}

void TestCatalogRepository::migratesFromFirstSchemaKeepingRows()
{
    {
        auto db = Database::openAtVersion(dbPath(), 1);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), 1);
        QSqlQuery query((*db)->connection());
        // The measurements table comes with version 2.
        QVERIFY(!query.exec(QStringLiteral("SELECT count(*) FROM measurements")));
        CatalogRepository repository(**db);
        const auto bundled = BundledCatalog::load(catalogDir(1));
        QVERIFY(bundled.ok());
        GpuSpec mine = bundled->gpus.first();
        mine.id = QStringLiteral("my-gpu");
        QVERIFY(repository.saveUserGpu(mine).ok());
    }
    auto db = Database::open(dbPath());
    QVERIFY(db.ok());
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    CatalogRepository repository(**db);
    const auto mine = repository.gpu(QStringLiteral("my-gpu"));
    QVERIFY(mine.ok() && mine->has_value());
    QCOMPARE((*mine)->origin, RowOrigin::User);
}

void TestCatalogRepository::refusesDatabaseFromNewerVersion()
{
    {
        auto db = Database::open(dbPath());
        QVERIFY(db.ok());
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const QByteArray before = [&] {
        QFile f(dbPath());
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    auto db = Database::open(dbPath());
    QVERIFY(!db.ok());
    QVERIFY(db.error().message.contains(QStringLiteral("newer version")));
    QFile f(dbPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestCatalogRepository::refusesFileThatIsNotADatabase()
{
    QFile f(dbPath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    auto db = Database::open(dbPath());
    QVERIFY(!db.ok());
    QCOMPARE(db.error().file, dbPath());
}

void TestCatalogRepository::firstOpenLoadsBundledCatalog()
{
    auto catalog = Catalog::open(dbPath(), catalogDir(1));
    QVERIFY2(catalog.ok(), qPrintable(catalog ? QString() : catalog.error().toString()));
    const auto gpus = (*catalog)->repository().gpus();
    QVERIFY(gpus.ok());
    QCOMPARE(gpus->size(), 3);
    QCOMPARE(gpus->first().name, QStringLiteral("Alpha 24"));
    QCOMPARE(gpus->first().origin, RowOrigin::Bundled);
    QCOMPARE((*catalog)->repository().catalogInfo().version, 1);
    QCOMPARE((*catalog)->repository().catalogInfo().date, QDate(2026, 1, 1));
    QVERIFY((*catalog)->lastUpdate().has_value());
    QCOMPARE((*catalog)->lastUpdate()->added, 4); // 3 GPUs and 1 model
}

void TestCatalogRepository::reopenDoesNotReapplySameVersion()
{
    QVERIFY(Catalog::open(dbPath(), catalogDir(1)).ok());
    auto again = Catalog::open(dbPath(), catalogDir(1));
    QVERIFY(again.ok());
    QVERIFY(!(*again)->lastUpdate().has_value());
}

void TestCatalogRepository::catalogUpdateKeepsUserRows()
{
    {
        auto catalog = Catalog::open(dbPath(), catalogDir(1));
        QVERIFY(catalog.ok());
        CatalogRepository &repo = (*catalog)->repository();
        // The user edits a bundled GPU that the next catalog changes, edits one that the next
        // catalog drops, and adds a GPU and a model of their own.
        GpuSpec alpha = **repo.gpu(QStringLiteral("alpha-24"));
        alpha.streetPriceSek = 15000;
        QVERIFY(repo.saveUserGpu(alpha).ok());
        GpuSpec beta = **repo.gpu(QStringLiteral("beta-16"));
        beta.notes = QStringLiteral("mine now");
        QVERIFY(repo.saveUserGpu(beta).ok());
        GpuSpec own = alpha;
        own.id = QStringLiteral("own-card");
        own.name = QStringLiteral("Own Card");
        QVERIFY(repo.saveUserGpu(own).ok());
        ModelSpec model = **repo.model(QStringLiteral("tiny-7b"));
        model.id = QStringLiteral("my-model");
        QVERIFY(repo.saveUserModel(model).ok());
    }
    auto catalog = Catalog::open(dbPath(), catalogDir(2));
    QVERIFY(catalog.ok());
    CatalogRepository &repo = (*catalog)->repository();
    QCOMPARE(repo.catalogInfo().version, 2);

    const CatalogUpdateSummary summary = *(*catalog)->lastUpdate();
    QCOMPARE(summary.keptUserRows, 1); // alpha-24
    QCOMPARE(summary.added, 2);        // delta-48, tiny-13b
    QCOMPARE(summary.updated, 2);      // gamma-80, tiny-7b
    QCOMPARE(summary.removed, 0);      // beta-16 is the user's now

    const GpuSpec alpha = **repo.gpu(QStringLiteral("alpha-24"));
    QCOMPARE(alpha.streetPriceSek, std::optional<double>(15000));
    QCOMPARE(alpha.bandwidthGBps, std::optional<double>(1000)); // not the new bundled 1008
    QCOMPARE(alpha.origin, RowOrigin::User);
    QVERIFY(repo.gpu(QStringLiteral("beta-16"))->has_value());
    QVERIFY(repo.gpu(QStringLiteral("own-card"))->has_value());
    QVERIFY(repo.model(QStringLiteral("my-model"))->has_value());
    QCOMPARE((**repo.gpu(QStringLiteral("gamma-80"))).streetPriceSek,
             std::optional<double>(340000));
    QVERIFY(repo.gpu(QStringLiteral("delta-48"))->has_value());
    QCOMPARE(repo.gpus()->size(), 5);
}

void TestCatalogRepository::unknownFiguresStayUnknown()
{
    auto catalog = Catalog::open(dbPath(), catalogDir(1));
    QVERIFY(catalog.ok());
    const GpuSpec beta = **(*catalog)->repository().gpu(QStringLiteral("beta-16"));
    QVERIFY(!beta.fp16TensorTflops.has_value());
    QVERIFY(!beta.powerWatts.has_value());
    QVERIFY(!beta.fp8Support.has_value());
    QCOMPARE(beta.vramGB, std::optional<double>(16));
}

void TestCatalogRepository::removeNamesMissingRow()
{
    auto catalog = Catalog::open(dbPath(), catalogDir(1));
    QVERIFY(catalog.ok());
    CatalogRepository &repo = (*catalog)->repository();
    QVERIFY(repo.removeGpu(QStringLiteral("beta-16")).ok());
    const Status again = repo.removeGpu(QStringLiteral("beta-16"));
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(QStringLiteral("beta-16")));
}

void TestCatalogRepository::deletedBundledRowStaysDeletedOnUpdate()
{
    {
        auto catalog = Catalog::open(dbPath(), catalogDir(1));
        QVERIFY(catalog.ok());
        CatalogRepository &repo = (*catalog)->repository();
        // gamma-80 and tiny-7b change in catalog 2: deleted, they must not come back.
        QVERIFY(repo.removeGpu(QStringLiteral("gamma-80")).ok());
        QVERIFY(repo.takeModel(QStringLiteral("tiny-7b")).ok());
        QCOMPARE(*repo.deletedBundledGpuIds(), QStringList{QStringLiteral("gamma-80")});
        QCOMPARE(*repo.deletedBundledModelIds(), QStringList{QStringLiteral("tiny-7b")});
    }
    auto catalog = Catalog::open(dbPath(), catalogDir(2));
    QVERIFY(catalog.ok());
    CatalogRepository &repo = (*catalog)->repository();
    QCOMPARE(repo.catalogInfo().version, 2);
    const CatalogUpdateSummary summary = *(*catalog)->lastUpdate();
    QCOMPARE(summary.keptDeleted, 2);
    QCOMPARE(summary.added, 2);   // delta-48, tiny-13b
    QCOMPARE(summary.updated, 1); // alpha-24
    QCOMPARE(summary.removed, 1); // beta-16, which catalog 2 drops
    QVERIFY(!repo.gpu(QStringLiteral("gamma-80"))->has_value());
    QVERIFY(!repo.model(QStringLiteral("tiny-7b"))->has_value());
    // The newest bundled values are still at hand for a revert.
    QCOMPARE((**repo.bundledGpu(QStringLiteral("gamma-80"))).streetPriceSek,
             std::optional<double>(340000));
    QCOMPARE(*repo.deletedBundledGpuIds(), QStringList{QStringLiteral("gamma-80")});
}

void TestCatalogRepository::restoreAndRevertForgetTheDeletion()
{
    {
        auto catalog = Catalog::open(dbPath(), catalogDir(1));
        QVERIFY(catalog.ok());
        CatalogRepository &repo = (*catalog)->repository();
        // Deleted and put back by an undo: an ordinary bundled row again.
        const auto taken = repo.takeGpu(QStringLiteral("gamma-80"));
        QVERIFY(taken.ok());
        QVERIFY(repo.restoreGpu(*taken).ok());
        // Deleted and reverted to the bundled values.
        QVERIFY(repo.removeModel(QStringLiteral("tiny-7b")).ok());
        QVERIFY(repo.revertModelToBundled(QStringLiteral("tiny-7b")).ok());
        QVERIFY(repo.deletedBundledGpuIds()->isEmpty());
        QVERIFY(repo.deletedBundledModelIds()->isEmpty());
    }
    auto catalog = Catalog::open(dbPath(), catalogDir(2));
    QVERIFY(catalog.ok());
    CatalogRepository &repo = (*catalog)->repository();
    QCOMPARE((*catalog)->lastUpdate()->keptDeleted, 0);
    const GpuSpec gamma = **repo.gpu(QStringLiteral("gamma-80"));
    QCOMPARE(gamma.origin, RowOrigin::Bundled);
    QCOMPARE(gamma.streetPriceSek, std::optional<double>(340000)); // catalog 2's value
    QVERIFY(repo.model(QStringLiteral("tiny-7b"))->has_value());
}

void TestCatalogRepository::deletingAUserRowRecordsNothing()
{
    auto catalog = Catalog::open(dbPath(), catalogDir(1));
    QVERIFY(catalog.ok());
    CatalogRepository &repo = (*catalog)->repository();
    GpuSpec own = **repo.gpu(QStringLiteral("alpha-24"));
    own.id = QStringLiteral("own-card");
    QVERIFY(repo.saveUserGpu(own).ok());
    QVERIFY(repo.removeGpu(QStringLiteral("own-card")).ok());
    QVERIFY(repo.deletedBundledGpuIds()->isEmpty());
    // A failed delete records nothing either.
    QVERIFY(!repo.removeGpu(QStringLiteral("no-such-gpu")).ok());
    QVERIFY(repo.deletedBundledGpuIds()->isEmpty());
    // A bundled id the user deletes and then saves a row under again is in use, not deleted.
    GpuSpec beta = **repo.gpu(QStringLiteral("beta-16"));
    QVERIFY(repo.removeGpu(QStringLiteral("beta-16")).ok());
    QCOMPARE(*repo.deletedBundledGpuIds(), QStringList{QStringLiteral("beta-16")});
    QVERIFY(repo.saveUserGpu(beta).ok());
    QVERIFY(repo.deletedBundledGpuIds()->isEmpty());
}

void TestCatalogRepository::migrationFindsEarlierDeletions()
{
    // A schema-4 database in which the user deleted a bundled GPU: its bundled copy is left.
    {
        auto catalog = Catalog::open(dbPath(), catalogDir(1));
        QVERIFY(catalog.ok());
    }
    {
        auto db = Database::openAtVersion(dbPath(), 4);
        QVERIFY(db.ok());
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 4")));
        QVERIFY(query.exec(QStringLiteral("DROP TABLE deleted_bundled")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM gpus WHERE id = 'gamma-80'")));
    }
    auto catalog = Catalog::open(dbPath(), catalogDir(2));
    QVERIFY(catalog.ok());
    CatalogRepository &repo = (*catalog)->repository();
    QCOMPARE(*repo.deletedBundledGpuIds(), QStringList{QStringLiteral("gamma-80")});
    QVERIFY(!repo.gpu(QStringLiteral("gamma-80"))->has_value());
}

QTEST_GUILESS_MAIN(TestCatalogRepository)
#include "tst_catalogrepository.moc"
