#include "CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// gpu-advisor-cli estimate and validate as a script uses them: the JSON schema of
// docs/ESTIMATOR.md, exit codes, and the validate summary.
class TestEstimateCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void inferenceJsonHasTheSchema();
    void trainingJsonHasGradientsAndOptimizer();
    void badOptionsAreUsageErrors();
    void validatePrintsRowsAndSummary();

private:
    using Run = CliRun;
    Run cli(const QStringList &args) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

TestEstimateCli::Run TestEstimateCli::cli(const QStringList &args) const
{
    return runCli(args, m_dir->filePath(QStringLiteral("catalog.sqlite")), 120000);
}

void TestEstimateCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestEstimateCli::inferenceJsonHasTheSchema()
{
    const Run run =
        cli({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
             QStringLiteral("--gpu"), QStringLiteral("RTX 4090"), QStringLiteral("--precision"),
             QStringLiteral("q4_k_m"), QStringLiteral("--context"), QStringLiteral("8192"),
             QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    const QJsonObject mem = o.value(QStringLiteral("memory_gib")).toObject();
    for (const char *key :
         {"weights", "kv_cache", "activations", "overhead", "total", "per_gpu", "low", "high"})
        QVERIFY2(mem.value(QLatin1String(key)).isDouble(), key);
    QVERIFY(mem.value(QStringLiteral("low")).toDouble() <=
            mem.value(QStringLiteral("total")).toDouble());
    QVERIFY(mem.value(QStringLiteral("high")).toDouble() >=
            mem.value(QStringLiteral("total")).toDouble());
    QCOMPARE(o.value(QStringLiteral("fits")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("gpus_needed")).toInt(), 1);
    for (const char *key : {"decode_tokens_per_s", "prefill_tokens_per_s"}) {
        const QJsonObject r = o.value(QLatin1String(key)).toObject();
        QVERIFY2(r.value(QStringLiteral("estimate")).toDouble() > 0, key);
        QVERIFY(r.value(QStringLiteral("low")).toDouble() <
                r.value(QStringLiteral("estimate")).toDouble());
        QVERIFY(r.value(QStringLiteral("high")).toDouble() >
                r.value(QStringLiteral("estimate")).toDouble());
    }
    QVERIFY(o.value(QStringLiteral("basis")).toArray().size() >= 5);
    QVERIFY(o.value(QStringLiteral("warnings")).isArray());
    // 1 GiB of KV for 8192 tokens of Llama 3 8B (llama.cpp log, 0.125 MiB/token).
    QCOMPARE(mem.value(QStringLiteral("kv_cache")).toDouble(), 1.0);
}

void TestEstimateCli::trainingJsonHasGradientsAndOptimizer()
{
    const Run run = cli(
        {QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-2-7b"),
         QStringLiteral("--gpu"), QStringLiteral("a100-sxm4-80gb"), QStringLiteral("--workload"),
         QStringLiteral("full"), QStringLiteral("--gpus"), QStringLiteral("2"),
         QStringLiteral("--zero-stage"), QStringLiteral("3"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    const QJsonObject mem = o.value(QStringLiteral("memory_gib")).toObject();
    QVERIFY(mem.value(QStringLiteral("gradients")).toDouble() > 0);
    QVERIFY(mem.value(QStringLiteral("optimizer")).toDouble() > 0);
    QVERIFY(mem.value(QStringLiteral("per_gpu")).toDouble() <
            mem.value(QStringLiteral("total")).toDouble());
    QVERIFY(o.value(QStringLiteral("training_hours")).isObject());
}

void TestEstimateCli::badOptionsAreUsageErrors()
{
    QCOMPARE(cli({QStringLiteral("estimate"), QStringLiteral("--gpu"), QStringLiteral("RTX 4090")})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("estimate"), QStringLiteral("--model"),
                  QStringLiteral("llama-2-7b"), QStringLiteral("--gpu"), QStringLiteral("RTX 4090"),
                  QStringLiteral("--precision"), QStringLiteral("q9_x")})
                 .exitCode,
             2);
    QCOMPARE(
        cli({QStringLiteral("validate"), m_dir->filePath(QStringLiteral("missing.csv"))}).exitCode,
        2);
}

void TestEstimateCli::validatePrintsRowsAndSummary()
{
    const Run run = cli({QStringLiteral("validate"),
                         QStringLiteral(TEST_DATA_DIR "/measurements/llm_decode_measurements.csv"),
                         QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    QVERIFY(o.value(QStringLiteral("rows")).toArray().size() > 100);
    const QJsonObject s = o.value(QStringLiteral("summary")).toObject();
    QVERIFY(s.value(QStringLiteral("decode_rows")).toInt() >= 60);
    QVERIFY(s.value(QStringLiteral("decode_mdape_percent")).toDouble() <= 20);
}

QTEST_GUILESS_MAIN(TestEstimateCli)
#include "tst_estimatecli.moc"
