#include "Database.h"
#include "DatabaseRecovery.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// Faults that need whole processes: gpu-advisor-cli killed in the middle of an import, and two
// instances importing into one database at the same time.
class TestProcessFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importKilledMidwayLeavesAllOrNothing();
    void twoInstancesImportingAtOnceLoseNothing();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A catalog CSV of count generated GPUs with ids prefix-0 ...
    QString writeGpus(const QString &prefix, int count) const;
    static int userGpus(const QString &database, const QString &prefix);
    QProcess *startImport(const QString &file, const QString &database) const;
    QTemporaryDir m_dir;
    QString m_base; // a freshly made catalog, copied for each run
};

void TestProcessFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_base = path(QStringLiteral("base.sqlite"));
    QProcess process;
    process.start(QStringLiteral(CLI_PATH),
                  {QStringLiteral("gpus"), QStringLiteral("--database"), m_base});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
}

QString TestProcessFaults::writeGpus(const QString &prefix, int count) const
{
    const QString name = path(prefix + QStringLiteral(".csv"));
    QFile file(name);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QFile header(QStringLiteral(TEST_DATA_DIR "/import/new-gpus.csv"));
    if (!header.open(QIODevice::ReadOnly))
        return {};
    file.write(header.readLine());
    for (int i = 0; i < count; ++i) {
        file.write(QStringLiteral("%1-%2,Generated %1 %2,TestVendor,consumer,,,24,,,1000,,,,,,,,,"
                                  ",,,,,,20000,2026-01-01,no,,,generated for a fault test,\n")
                       .arg(prefix)
                       .arg(i)
                       .toUtf8());
    }
    return name;
}

int TestProcessFaults::userGpus(const QString &database, const QString &prefix)
{
    auto db = Database::open(database);
    if (!db)
        return -1;
    QSqlQuery query((*db)->connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM gpus WHERE origin = 'user' AND id LIKE ?"));
    query.addBindValue(prefix + QStringLiteral("-%"));
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

QProcess *TestProcessFaults::startImport(const QString &file, const QString &database) const
{
    auto *process = new QProcess;
    process->start(QStringLiteral(CLI_PATH),
                   {QStringLiteral("import"), file, QStringLiteral("--database"), database});
    return process;
}

void TestProcessFaults::importKilledMidwayLeavesAllOrNothing()
{
    const int count = 10000;
    const QString file = writeGpus(QStringLiteral("big"), count);
    QVERIFY(!file.isEmpty());

    // How long a whole import takes here, to spread the kills over it.
    const QString timed = path(QStringLiteral("timed.sqlite"));
    QVERIFY(QFile::copy(m_base, timed));
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QProcess> whole(startImport(file, timed));
    QVERIFY(whole->waitForFinished(240000));
    QCOMPARE(whole->exitCode(), 0);
    qint64 fullMs = timer.elapsed();
    QCOMPARE(userGpus(timed, QStringLiteral("big")), count);

    // Up to twice as many tries as kills wanted: on a busy machine the timed import can be
    // slower than the later ones, which then end before their kill; each such end shortens
    // the time the kills are spread over.
    int killedWhileRunning = 0;
    const int attempts = 6;
    for (int attempt = 1; attempt <= 2 * attempts && killedWhileRunning < attempts; ++attempt) {
        const QString database = path(QStringLiteral("killed-%1.sqlite").arg(attempt));
        QVERIFY(QFile::copy(m_base, database));
        std::unique_ptr<QProcess> process(startImport(file, database));
        QVERIFY(process->waitForStarted());
        const qint64 waitMs = fullMs * ((attempt - 1) % attempts + 1) / (attempts + 1);
        QTest::qWait(int(waitMs));
        if (process->state() == QProcess::Running) {
            process->kill(); // SIGKILL: no chance to clean up
            ++killedWhileRunning;
        } else {
            fullMs = std::min(fullMs, std::max<qint64>(waitMs, 50));
        }
        // waitForFinished() is false for a process that has already ended.
        QVERIFY(process->state() == QProcess::NotRunning || process->waitForFinished(60000));
        const int imported = userGpus(database, QStringLiteral("big"));
        QVERIFY2(
            imported == 0 || imported == count,
            qPrintable(
                QStringLiteral("attempt %1: %2 of %3 rows").arg(attempt).arg(imported).arg(count)));
        QVERIFY(!DatabaseRecovery::findDamage(database).has_value());
    }
    qInfo("killed %d imports mid-way, %d wanted (a whole import took at most %lld ms)",
          killedWhileRunning, attempts, fullMs);
    QVERIFY(killedWhileRunning >= attempts / 2);
}

void TestProcessFaults::twoInstancesImportingAtOnceLoseNothing()
{
    const QString database = path(QStringLiteral("shared.sqlite"));
    QVERIFY(QFile::copy(m_base, database));
    const int count = 500;
    const QStringList prefixes{QStringLiteral("one"), QStringLiteral("two"),
                               QStringLiteral("three")};
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QString &prefix : prefixes)
        processes.emplace_back(startImport(writeGpus(prefix, count), database));
    for (auto &process : processes) {
        QVERIFY(process->waitForFinished(120000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    for (const QString &prefix : prefixes)
        QCOMPARE(userGpus(database, prefix), count);
}

QTEST_GUILESS_MAIN(TestProcessFaults)
#include "tst_processfaults.moc"
