#include "Catalog.h"
#include "CatalogOpening.h"
#include "CatalogRepository.h"
#include "DamagePage.h"
#include "Database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The application opens its catalog on a worker thread (CatalogOpening) while it builds the
// window. Whatever the file is like, the result must be the one Catalog::open gives on the
// calling thread: same rows, same update, same recovery, same refusal with the same message,
// and a connection the caller can use.
class TestCatalogOpening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sameAsOpeningOnTheCallingThread_data();
    void sameAsOpeningOnTheCallingThread();
    void firstReadIsGivenOnce();
    void callerOwnsTheOnlyConnection();

private:
    enum class Start
    {
        NoFile,
        UpToDate,
        OlderBundledCatalog,
        DamagedPage,
        NotADatabase,
        Newer
    };
    // Puts the file for this start at path.
    static void prepare(Start start, const QString &path);
    static QString bundled(int version)
    {
        return QStringLiteral(TEST_DATA_DIR "/catalog-v%1").arg(version);
    }
    static QStringList ids(const QList<GpuSpec> &gpus)
    {
        QStringList result;
        for (const GpuSpec &g : gpus)
            result.append(g.id);
        return result;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCatalogOpening::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCatalogOpening::prepare(Start start, const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (start == Start::NoFile)
        return;
    if (start == Start::NotADatabase) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,vram\nnot,a database\n");
        return;
    }
    {
        auto catalog = Catalog::open(path, bundled(1));
        QVERIFY(catalog.ok());
        GpuSpec mine = **(*catalog)->repository().gpu(QStringLiteral("alpha-24"));
        mine.id = QStringLiteral("my-gpu");
        mine.name = QStringLiteral("My GPU");
        QVERIFY((*catalog)->repository().saveUserGpu(mine).ok());
    }
    if (start == Start::Newer) {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
    }
    if (start == Start::DamagedPage) {
        const QString damage = overwriteFirstPageOf(path, QStringLiteral("bundled_gpus"));
        QVERIFY2(damage.isEmpty(), qPrintable(damage));
    }
}

void TestCatalogOpening::sameAsOpeningOnTheCallingThread_data()
{
    QTest::addColumn<Start>("start");
    QTest::addColumn<int>("bundledVersion");
    QTest::newRow("first start, no file") << Start::NoFile << 1;
    QTest::newRow("catalog up to date") << Start::UpToDate << 1;
    QTest::newRow("newer bundled catalog applied") << Start::OlderBundledCatalog << 2;
    QTest::newRow("damaged page recovered") << Start::DamagedPage << 1;
    QTest::newRow("not a database: refused") << Start::NotADatabase << 1;
    QTest::newRow("from a newer version: refused") << Start::Newer << 1;
}

void TestCatalogOpening::sameAsOpeningOnTheCallingThread()
{
    QFETCH(Start, start);
    QFETCH(int, bundledVersion);
    // Two copies of the same start, one for each way of opening.
    const QString direct = m_dir->filePath(QStringLiteral("direct/catalog.sqlite"));
    const QString worker = m_dir->filePath(QStringLiteral("worker/catalog.sqlite"));
    prepare(start, direct);
    prepare(start, worker);
    if (QTest::currentTestFailed())
        return;

    auto expected = Catalog::open(direct, bundled(bundledVersion));
    CatalogOpening opening(worker, bundled(bundledVersion));
    auto actual = opening.finish();

    QCOMPARE(actual.ok(), expected.ok());
    if (!expected.ok()) {
        // The same message, naming the worker's file where the direct one names its own.
        QCOMPARE(actual.error().toString().replace(worker, direct), expected.error().toString());
        QVERIFY(QFile::exists(worker)); // refused, not moved or replaced
        return;
    }
    Catalog &a = **actual;
    Catalog &e = **expected;
    QCOMPARE(ids(*a.repository().gpus()), ids(*e.repository().gpus()));
    QCOMPARE(a.repository().models()->size(), e.repository().models()->size());
    QCOMPARE(a.repository().catalogInfo().version, bundledVersion);
    QCOMPARE(a.lastUpdate().has_value(), e.lastUpdate().has_value());
    if (e.lastUpdate()) {
        QCOMPARE(a.lastUpdate()->added, e.lastUpdate()->added);
        QCOMPARE(a.lastUpdate()->updated, e.lastUpdate()->updated);
        QCOMPARE(a.lastUpdate()->removed, e.lastUpdate()->removed);
        QCOMPARE(a.lastUpdate()->keptUserRows, e.lastUpdate()->keptUserRows);
    }
    QCOMPARE(a.recovery().has_value(), e.recovery().has_value());
    QCOMPARE(a.recovery().has_value(), start == Start::DamagedPage);
    if (e.recovery()) {
        QCOMPARE(a.recovery()->problem, e.recovery()->problem);
        QCOMPARE(a.recovery()->rowsRecovered, e.recovery()->rowsRecovered);
        QCOMPARE(a.recovery()->incompleteTables, e.recovery()->incompleteTables);
        QVERIFY(QFile::exists(a.recovery()->backupPath));
        QVERIFY(a.repository().gpu(QStringLiteral("my-gpu"))->has_value()); // salvaged
    }
    // The first read is what the catalog holds now.
    const std::optional<CatalogData> first = a.takeFirstRead();
    QVERIFY(first.has_value());
    QCOMPARE(ids(first->gpus), ids(*a.repository().gpus()));
    QCOMPARE(first->models.size(), a.repository().models()->size());
    QCOMPARE(first->info.version, a.repository().catalogInfo().version);
    QCOMPARE(first->info.date, a.repository().catalogInfo().date);
}

void TestCatalogOpening::firstReadIsGivenOnce()
{
    const QString path = m_dir->filePath(QStringLiteral("catalog.sqlite"));
    {
        CatalogOpening opening(path, bundled(1));
        auto catalog = opening.finish();
        QVERIFY(catalog.ok());
        QVERIFY((*catalog)->takeFirstRead().has_value());
        QVERIFY(!(*catalog)->takeFirstRead().has_value());
    }
    // Opened directly, a catalog has none: its rows are read from the repository.
    auto direct = Catalog::open(path, bundled(1));
    QVERIFY(direct.ok());
    QVERIFY(!(*direct)->takeFirstRead().has_value());
}

void TestCatalogOpening::callerOwnsTheOnlyConnection()
{
    // A connection used on a thread that did not make it gives this warning and fails.
    QTest::failOnWarning(
        QRegularExpression(QStringLiteral("does not belong to the calling thread")));
    const QString path = m_dir->filePath(QStringLiteral("catalog.sqlite"));
    const QStringList before = QSqlDatabase::connectionNames();
    CatalogOpening opening(path, bundled(1));
    auto catalog = opening.finish();
    QVERIFY(catalog.ok());
    // The worker's connection is gone; the one left was made here and reads and writes.
    QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 1);
    QVERIFY(QSqlDatabase::connectionNames().contains((*catalog)->database().connectionName()));
    CatalogRepository &repository = (*catalog)->repository();
    GpuSpec mine = **repository.gpu(QStringLiteral("alpha-24"));
    mine.id = QStringLiteral("written-here");
    QVERIFY(repository.saveUserGpu(mine).ok());
    QVERIFY(repository.gpu(QStringLiteral("written-here"))->has_value());
}

QTEST_GUILESS_MAIN(TestCatalogOpening)
#include "tst_catalogopening.moc"
