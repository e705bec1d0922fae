#include "Catalog.h"
#include "CatalogRepository.h"
#include "DamagePage.h"
#include "Database.h"
#include "DatabaseRecovery.h"
#include "import/CatalogExporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

// Faults of the catalog database that the application must survive without losing the user's
// rows: a damaged or truncated file, a read-only folder or file, two writers at once and a file
// from a newer version.
class TestDatabaseFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void damagedPageIsRecoveredIntoFreshCatalog();
    void deletedBundledRowStaysDeletedAfterRecovery();
    void truncatedFileIsMovedAsideAndReplaced();
    void damageIsToldInAFewWords();
    void fileThatIsNotADatabaseIsLeftAlone();
    void readOnlyFolderGivesClearError();
    void readOnlyFileGivesClearError();
    void twoConnectionsWritingAtOnceLoseNothing();
    void newerDatabaseIsRefusedAndUnchanged();
    void exportThatCannotBeWrittenLeavesPreviousFileWhole_data();
    void exportThatCannotBeWrittenLeavesPreviousFileWhole();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("catalog.sqlite")); }
    static QString bundled() { return QStringLiteral(TEST_DATA_DIR "/catalog-v1"); }
    // A catalog with one user GPU, one user model, one edited bundled GPU and two measurements,
    // closed (its write-ahead log checkpointed into the file).
    void makeCatalogWithUserRows();
    static QByteArray readAll(const QString &path);
    QStringList backups() const
    {
        QStringList files =
            QDir(m_dir->path())
                .entryList({QStringLiteral("catalog.sqlite.damaged-*")}, QDir::Files);
        files.removeIf([](const QString &f) { return f.endsWith(u"-wal") || f.endsWith(u"-shm"); });
        return files;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabaseFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QByteArray TestDatabaseFaults::readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestDatabaseFaults::makeCatalogWithUserRows()
{
    auto catalog = Catalog::open(dbPath(), bundled());
    QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : catalog.error().toString()));
    CatalogRepository &repo = (*catalog)->repository();
    GpuSpec mine = **repo.gpu(QStringLiteral("alpha-24"));
    mine.id = QStringLiteral("my-gpu");
    mine.name = QStringLiteral("My GPU");
    QVERIFY(repo.saveUserGpu(mine).ok());
    GpuSpec edited = **repo.gpu(QStringLiteral("alpha-24"));
    edited.streetPriceSek = 12345;
    QVERIFY(repo.saveUserGpu(edited).ok());
    ModelSpec model = **repo.model(QStringLiteral("tiny-7b"));
    model.id = QStringLiteral("my-model");
    model.name = QStringLiteral("My model");
    QVERIFY(repo.saveUserModel(model).ok());
    QSqlQuery query((*catalog)->database().connection());
    QVERIFY(query.prepare(QStringLiteral(
        "INSERT INTO measurements (gpu_id, model_id, format, engine, decode_tokens_per_s)"
        " VALUES (?, ?, ?, ?, ?)")));
    for (const double speed : {101.5, 202.5}) {
        query.addBindValue(QStringLiteral("my-gpu"));
        query.addBindValue(QStringLiteral("my-model"));
        query.addBindValue(QStringLiteral("Q4_K_M"));
        query.addBindValue(QStringLiteral("llama.cpp"));
        query.addBindValue(speed);
        QVERIFY(query.exec());
    }
}

void TestDatabaseFaults::damagedPageIsRecoveredIntoFreshCatalog()
{
    makeCatalogWithUserRows();
    QVERIFY(!QFile::exists(dbPath() + QStringLiteral("-wal")) ||
            QFileInfo(dbPath() + QStringLiteral("-wal")).size() == 0);
    // Garbage over one page of the bundled values: the user's tables stay readable.
    const QString damage = overwriteFirstPageOf(dbPath(), QStringLiteral("bundled_gpus"));
    QVERIFY2(damage.isEmpty(), qPrintable(damage));
    const QByteArray damaged = readAll(dbPath());
    QVERIFY(DatabaseRecovery::findDamage(dbPath()).has_value());

    auto catalog = Catalog::open(dbPath(), bundled());
    QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : catalog.error().toString()));
    // The user is told, and the damaged file is kept byte for byte.
    const auto &recovery = (*catalog)->recovery();
    QVERIFY(recovery.has_value());
    QCOMPARE(backups().size(), 1);
    QCOMPARE(recovery->backupPath, m_dir->filePath(backups().first()));
    QCOMPARE(readAll(recovery->backupPath), damaged);
    QVERIFY(recovery->message().contains(recovery->backupPath));
    // 2 GPUs + 1 model + 2 measurements.
    QCOMPARE(recovery->rowsRecovered, 5);
    QVERIFY(recovery->incompleteTables.isEmpty());

    CatalogRepository &repo = (*catalog)->repository();
    QCOMPARE((**repo.gpu(QStringLiteral("my-gpu"))).name, QStringLiteral("My GPU"));
    QCOMPARE((**repo.gpu(QStringLiteral("my-gpu"))).origin, RowOrigin::User);
    QCOMPARE((**repo.gpu(QStringLiteral("alpha-24"))).streetPriceSek, std::optional<double>(12345));
    QCOMPARE((**repo.model(QStringLiteral("my-model"))).name, QStringLiteral("My model"));
    // The fresh catalog has every bundled row again, and its bundled values.
    QCOMPARE(repo.gpus()->size(), 4);
    QVERIFY(repo.bundledGpu(QStringLiteral("alpha-24"))->has_value());
    QSqlQuery query((*catalog)->database().connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT decode_tokens_per_s FROM measurements ORDER BY decode_tokens_per_s")));
    QList<double> speeds;
    while (query.next())
        speeds.append(query.value(0).toDouble());
    QCOMPARE(speeds, (QList<double>{101.5, 202.5}));
    QVERIFY(!DatabaseRecovery::findDamage(dbPath()).has_value());
    catalog = Error{};
    // Opening again finds nothing wrong and makes no second backup.
    auto again = Catalog::open(dbPath(), bundled());
    QVERIFY(again.ok());
    QVERIFY(!(*again)->recovery().has_value());
    QCOMPARE(backups().size(), 1);
}

void TestDatabaseFaults::deletedBundledRowStaysDeletedAfterRecovery()
{
    {
        auto catalog = Catalog::open(dbPath(), bundled());
        QVERIFY(catalog.ok());
        QVERIFY((*catalog)->repository().removeGpu(QStringLiteral("beta-16")).ok());
        QVERIFY((*catalog)->repository().removeModel(QStringLiteral("tiny-7b")).ok());
    }
    // Damage the bundled values, as above: the fresh catalog has every bundled row again.
    const QString damage = overwriteFirstPageOf(dbPath(), QStringLiteral("bundled_gpus"));
    QVERIFY2(damage.isEmpty(), qPrintable(damage));
    auto catalog = Catalog::open(dbPath(), bundled());
    QVERIFY(catalog.ok());
    QVERIFY((*catalog)->recovery().has_value());
    CatalogRepository &repo = (*catalog)->repository();
    QVERIFY(!repo.gpu(QStringLiteral("beta-16"))->has_value());
    QVERIFY(!repo.model(QStringLiteral("tiny-7b"))->has_value());
    QCOMPARE(*repo.deletedBundledGpuIds(), QStringList{QStringLiteral("beta-16")});
    QVERIFY(repo.gpu(QStringLiteral("alpha-24"))->has_value());
}

void TestDatabaseFaults::truncatedFileIsMovedAsideAndReplaced()
{
    makeCatalogWithUserRows();
    const QByteArray whole = readAll(dbPath());
    QVERIFY(whole.size() > 8192);
    {
        QFile f(dbPath());
        QVERIFY(f.resize(whole.size() / 2));
    }
    const QByteArray truncated = readAll(dbPath());

    auto catalog = Catalog::open(dbPath(), bundled());
    QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : catalog.error().toString()));
    const auto &recovery = (*catalog)->recovery();
    QVERIFY(recovery.has_value());
    QVERIFY(!recovery->problem.isEmpty());
    QCOMPARE(readAll(recovery->backupPath), truncated);
    // A working catalog: all bundled GPUs, and whatever of the user's rows could be read.
    const auto gpus = (*catalog)->repository().gpus();
    QVERIFY(gpus.ok());
    QVERIFY(gpus->size() >= 3);
    QVERIFY(!DatabaseRecovery::findDamage(dbPath()).has_value());
}

void TestDatabaseFaults::damageIsToldInAFewWords()
{
    // The bundled catalog's GPUs fill several pages under one root: garbage over the root
    // leaves SQLite a finding for every page it no longer reaches, one a line.
    QVERIFY(Catalog::open(dbPath()).ok());
    const QString damage = overwriteFirstPageOf(dbPath(), QStringLiteral("bundled_gpus"));
    QVERIFY2(damage.isEmpty(), qPrintable(damage));
    const auto problem = DatabaseRecovery::findDamage(dbPath());
    QVERIFY(problem.has_value());
    // What the user is told: three findings at most, on one line, and that there are more.
    QVERIFY2(!problem->contains(u'\n'), qPrintable(*problem));
    QVERIFY2(problem->count(QStringLiteral("; ")) <= 3, qPrintable(*problem));
    QVERIFY2(problem->endsWith(QStringLiteral("; …")), qPrintable(*problem));
    QVERIFY(!problem->contains(QStringLiteral("***")));
}

void TestDatabaseFaults::fileThatIsNotADatabaseIsLeftAlone()
{
    // Someone's --database pointing at a text file: refused, not "recovered" by renaming it.
    {
        QFile f(dbPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,name\nnot,a database\n");
    }
    const QByteArray before = readAll(dbPath());
    QVERIFY(!DatabaseRecovery::findDamage(dbPath()).has_value());
    auto catalog = Catalog::open(dbPath(), bundled());
    QVERIFY(!catalog.ok());
    QVERIFY(catalog.error().message.contains(QStringLiteral("not a readable catalog database")));
    QCOMPARE(readAll(dbPath()), before);
    QVERIFY(backups().isEmpty());
}

// Root ignores file permissions: the checks run with the effective user nobody, as a user would.
// Root's groups stay, so the tests give the group the same permissions as others.
class AsUnprivileged
{
public:
    AsUnprivileged()
    {
        if (geteuid() == 0)
            m_switched = seteuid(65534) == 0;
    }
    ~AsUnprivileged()
    {
        if (m_switched && seteuid(0) != 0)
            qFatal("cannot switch back to root");
    }
    AsUnprivileged(const AsUnprivileged &) = delete;
    AsUnprivileged &operator=(const AsUnprivileged &) = delete;

private:
    bool m_switched = false;
};

void TestDatabaseFaults::readOnlyFolderGivesClearError()
{
    const QString folder = m_dir->filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/catalog.sqlite");
    {
        auto catalog = Catalog::open(path, bundled());
        QVERIFY(catalog.ok());
    }
    const QByteArray before = readAll(path);
    QVERIFY(QFile::setPermissions(
        m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                           QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                              QFile::ReadOther | QFile::ExeGroup |
                                              QFile::ExeOther));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    {
        AsUnprivileged user;
        // An existing catalog in the folder, and a new one.
        for (const QString &file : {path, folder + QStringLiteral("/new.sqlite")}) {
            auto catalog = Catalog::open(file, bundled());
            QVERIFY(!catalog.ok());
            QVERIFY2(catalog.error().message.contains(QStringLiteral("not writable")),
                     qPrintable(catalog.error().toString()));
            QVERIFY(catalog.error().message.contains(folder));
        }
    }
    QCOMPARE(readAll(path), before);
    QVERIFY(!QFile::exists(folder + QStringLiteral("/new.sqlite")));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestDatabaseFaults::readOnlyFileGivesClearError()
{
    {
        auto catalog = Catalog::open(dbPath(), bundled());
        QVERIFY(catalog.ok());
    }
    QVERIFY(QFile::setPermissions(m_dir->path(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                      QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup |
                                      QFile::WriteOther | QFile::ExeGroup | QFile::ExeOther));
    QVERIFY(
        QFile::setPermissions(dbPath(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = readAll(dbPath());
    {
        AsUnprivileged user;
        auto catalog = Catalog::open(dbPath(), bundled());
        QVERIFY(!catalog.ok());
        QVERIFY2(catalog.error().message.contains(QStringLiteral("read-only")),
                 qPrintable(catalog.error().toString()));
    }
    QCOMPARE(readAll(dbPath()), before);
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

namespace {

// Adds rows one transaction at a time on its own connection, as a second instance would.
class Writer : public QThread
{
public:
    Writer(QString path, QString tag, int rows)
        : m_path(std::move(path))
        , m_tag(std::move(tag))
        , m_rows(rows)
    {}
    int written = 0;
    QString failure;

protected:
    void run() override
    {
        auto db = Database::open(m_path);
        if (!db) {
            failure = db.error().toString();
            return;
        }
        for (int i = 0; i < m_rows; ++i) {
            Transaction transaction(**db);
            QSqlQuery query((*db)->connection());
            query.prepare(
                QStringLiteral("INSERT INTO measurements (gpu_id, model_id, format, "
                               "engine, decode_tokens_per_s) VALUES (?, ?, 'f16', ?, ?)"));
            query.addBindValue(m_tag);
            query.addBindValue(QStringLiteral("m%1").arg(i));
            query.addBindValue(QStringLiteral("engine"));
            query.addBindValue(double(i));
            if (!query.exec()) {
                failure = query.lastError().text();
                return;
            }
            if (const Status committed = transaction.commit(); !committed) {
                failure = committed.error().toString();
                return;
            }
            ++written;
        }
    }

private:
    QString m_path;
    QString m_tag;
    int m_rows;
};

} // namespace

void TestDatabaseFaults::twoConnectionsWritingAtOnceLoseNothing()
{
    {
        auto catalog = Catalog::open(dbPath(), bundled());
        QVERIFY(catalog.ok());
        QSqlQuery query((*catalog)->database().connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    }
    const int rows = 300;
    Writer first(dbPath(), QStringLiteral("first"), rows);
    Writer second(dbPath(), QStringLiteral("second"), rows);
    first.start();
    second.start();
    QVERIFY(first.wait(120000));
    QVERIFY(second.wait(120000));
    QVERIFY2(first.failure.isEmpty(), qPrintable(first.failure));
    QVERIFY2(second.failure.isEmpty(), qPrintable(second.failure));
    QCOMPARE(first.written + second.written, 2 * rows);

    auto db = Database::open(dbPath());
    QVERIFY(db.ok());
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT gpu_id, count(DISTINCT model_id) FROM measurements GROUP BY gpu_id ORDER BY 1")));
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toInt(), rows);
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toInt(), rows);
}

void TestDatabaseFaults::newerDatabaseIsRefusedAndUnchanged()
{
    {
        auto catalog = Catalog::open(dbPath(), bundled());
        QVERIFY(catalog.ok());
        QSqlQuery query((*catalog)->database().connection());
        QVERIFY(query.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
    }
    const QByteArray before = readAll(dbPath());
    auto catalog = Catalog::open(dbPath(), bundled());
    QVERIFY(!catalog.ok());
    QVERIFY(catalog.error().message.contains(QStringLiteral("newer version")));
    QVERIFY(catalog.error().message.contains(QStringLiteral("left unchanged")));
    QCOMPARE(readAll(dbPath()), before);
    QVERIFY(backups().isEmpty());
}

void TestDatabaseFaults::exportThatCannotBeWrittenLeavesPreviousFileWhole_data()
{
    QTest::addColumn<bool>("fullDisk");
    QTest::newRow("read-only folder") << false;
    // A file size limit makes the write fail part-way with EFBIG, as a full disk would.
    QTest::newRow("full disk (file size limit)") << true;
}

void TestDatabaseFaults::exportThatCannotBeWrittenLeavesPreviousFileWhole()
{
    QFETCH(bool, fullDisk);
    makeCatalogWithUserRows();
    auto catalog = Catalog::open(dbPath(), bundled());
    QVERIFY(catalog.ok());
    const CatalogExporter exporter((*catalog)->repository());
    const QString folder = m_dir->filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/catalog.json");
    {
        QFile previous(file);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("{\"previous\": \"export\"}\n");
    }
    const QByteArray before = readAll(file);
    const auto bytes = exporter.toBytes({});
    QVERIFY(bytes.ok() && bytes->size() > 2000);

    Status written = Done{};
    if (fullDisk) {
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        written = exporter.writeFile(file, {});
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);
    } else {
        QVERIFY(QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner |
                                                         QFile::ExeOwner | QFile::ExeGroup |
                                                         QFile::ExeOther));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner |
                                                  QFile::ReadGroup | QFile::ReadOther |
                                                  QFile::ExeGroup | QFile::ExeOther));
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther |
                                                QFile::WriteGroup | QFile::WriteOther));
        AsUnprivileged user;
        written = exporter.writeFile(file, {});
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!written.ok());
    QVERIFY(written.error().message.contains(QStringLiteral("cannot write")));
    QCOMPARE(readAll(file), before);
    // No half-written temporary file left beside it.
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("catalog.json")});
    // The same export succeeds once it can be written.
    QVERIFY(exporter.writeFile(file, {}).ok());
    QCOMPARE(readAll(file), *bytes);
}

QTEST_GUILESS_MAIN(TestDatabaseFaults)
#include "tst_databasefaults.moc"
