#include "CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// gpu-advisor-cli as a user runs it: exit codes, JSON output, errors on stderr.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void gpusJsonListsTheCatalog();
    void modelsJsonListsTheCatalog();
    void showResolvesNames();
    void ambiguousNameIsUsageError();
    void importModelPrintsParameters();
    void importBadConfigNamesKeyAndChangesNothing();
    void unknownCommandAndOptionAreUsageErrors();
    void unreadableDatabaseIsFailure();

private:
    using Run = CliRun;
    Run cli(const QStringList &args) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

TestCli::Run TestCli::cli(const QStringList &args) const
{
    return runCli(args, m_dir->filePath(QStringLiteral("catalog.sqlite")), 60000);
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::gpusJsonListsTheCatalog()
{
    const Run run = cli({QStringLiteral("gpus"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QJsonArray gpus = QJsonDocument::fromJson(run.out).array();
    QVERIFY(gpus.size() >= 50);
    for (const QJsonValue &v : gpus) {
        const QJsonObject g = v.toObject();
        QVERIFY(!g.value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(!g.value(QStringLiteral("sources")).toArray().isEmpty());
    }
    const Run table =
        cli({QStringLiteral("gpus"), QStringLiteral("--vendor"), QStringLiteral("AMD")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains("amd-instinct-mi300x"));
    QVERIFY(!table.out.contains("nvidia-rtx-4090"));
}

void TestCli::modelsJsonListsTheCatalog()
{
    const Run run = cli({QStringLiteral("models"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray models = QJsonDocument::fromJson(run.out).array();
    QVERIFY(models.size() >= 27);
    for (const QJsonValue &v : models)
        QVERIFY(!v.toObject().value(QStringLiteral("sources")).toArray().isEmpty());
}

void TestCli::showResolvesNames()
{
    const Run run = cli({QStringLiteral("show"), QStringLiteral("gpu"), QStringLiteral("RTX 4090"),
                         QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject gpu = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(gpu.value(QStringLiteral("id")).toString(), QStringLiteral("nvidia-rtx-4090"));
    QCOMPARE(gpu.value(QStringLiteral("vram_gb")).toDouble(), 24.0);

    const Run model =
        cli({QStringLiteral("show"), QStringLiteral("model"), QStringLiteral("llama-3.1-8b")});
    QCOMPARE(model.exitCode, 0);
    QVERIFY(model.out.contains("params_total_b"));
}

void TestCli::ambiguousNameIsUsageError()
{
    const Run run = cli({QStringLiteral("show"), QStringLiteral("gpu"), QStringLiteral("H100")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains("nvidia-h100-sxm5-80gb"));
}

void TestCli::importModelPrintsParameters()
{
    const QString config = QStringLiteral(TEST_DATA_DIR "/configs/llama-3.1-8b.json");
    const Run run = cli({QStringLiteral("import-model"), config, QStringLiteral("--id"),
                         QStringLiteral("my-llama"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject model = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(model.value(QStringLiteral("id")).toString(), QStringLiteral("my-llama"));
    QVERIFY(qAbs(model.value(QStringLiteral("params_total_b")).toDouble() - 8.03) < 0.08);
    QCOMPARE(model.value(QStringLiteral("origin")).toString(), QStringLiteral("user"));

    const Run shown = cli({QStringLiteral("show"), QStringLiteral("model"),
                           QStringLiteral("my-llama"), QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    // Importing the same id again is refused without --replace.
    const Run again = cli({QStringLiteral("import-model"), config, QStringLiteral("--id"),
                           QStringLiteral("my-llama")});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains("--replace"));
}

void TestCli::importBadConfigNamesKeyAndChangesNothing()
{
    const Run before = cli({QStringLiteral("models"), QStringLiteral("--json")});
    const Run run = cli({QStringLiteral("import-model"),
                         QStringLiteral(TEST_DATA_DIR "/configs/bad-missing-hidden-size.json")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("hidden_size"));
    QVERIFY(run.err.contains("bad-missing-hidden-size.json"));
    const Run after = cli({QStringLiteral("models"), QStringLiteral("--json")});
    QCOMPARE(after.out, before.out);
}

void TestCli::unknownCommandAndOptionAreUsageErrors()
{
    QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    const Run option = cli({QStringLiteral("gpus"), QStringLiteral("--colour")});
    QCOMPARE(option.exitCode, 2);
    QVERIFY(option.err.contains("--colour"));
    QCOMPARE(cli({QStringLiteral("show"), QStringLiteral("gpu")}).exitCode, 2);
    QCOMPARE(
        cli({QStringLiteral("gpus"), QStringLiteral("--class"), QStringLiteral("gaming")}).exitCode,
        2);
}

void TestCli::unreadableDatabaseIsFailure()
{
    QFile f(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    const Run run = cli({QStringLiteral("gpus")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("catalog.sqlite"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
