#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// gpu-advisor-cli cost, check and recommend as a script runs them: exit codes and JSON keys
// (docs/COST.md), with the figures of the source article.
class TestCostCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void costJsonHasTheDocumentedKeys();
    void costFigures_data();
    void costFigures();
    void costWithModelHasPerTokenFigures();
    void checkListsTheArticlesItems();
    void costThroughputIsTheEstimators_data();
    void costThroughputIsTheEstimators();
    void recommendRanksConsumerCardAboveH100();
    void recommendTakesWorkloadsAndUseCases_data();
    void recommendTakesWorkloadsAndUseCases();
    void badInputIsUsageError_data();
    void badInputIsUsageError();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(QStringList args) const;
    QJsonObject json(const QStringList &args) const;
    QTemporaryDir m_dir;
};

TestCostCli::Run TestCostCli::cli(QStringList args) const
{
    args << QStringLiteral("--database") << m_dir.filePath(QStringLiteral("catalog.sqlite"));
    QProcess process;
    process.start(QStringLiteral(CLI_PATH), args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject TestCostCli::json(const QStringList &args) const
{
    const Run run = cli(args + QStringList{QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning("exit %d: %s", run.exitCode, run.err.constData());
    return QJsonDocument::fromJson(run.out).object();
}

void TestCostCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCostCli::costJsonHasTheDocumentedKeys()
{
    const QJsonObject o =
        json({QStringLiteral("cost"), QStringLiteral("--gpu"), QStringLiteral("nvidia-rtx-4090")});
    for (const char *key : {"currency", "exchange_rate", "gpu", "count", "settings", "purchase",
                            "electricity_per_year", "resale_value", "tco", "cloud_rental_per_year",
                            "break_even_cloud", "price_metrics"}) {
        QVERIFY2(o.contains(QLatin1String(key)), key);
    }
    QCOMPARE(o.value(QStringLiteral("currency")).toString(), QStringLiteral("SEK"));
    const QJsonObject tco = o.value(QStringLiteral("tco")).toObject();
    QCOMPARE(tco.value(QStringLiteral("years")).toInt(), 3);
    QCOMPARE(tco.value(QStringLiteral("per_year")).toArray().size(), 3);
    QCOMPARE(tco.value(QStringLiteral("total")).toDouble(), 31739.0);
    QVERIFY(!o.contains(QStringLiteral("cost_per_million_tokens"))); // no model given
}

void TestCostCli::costFigures_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("expected");

    const QString gpu = QStringLiteral("nvidia-rtx-4090");
    QTest::newRow("article: 400 W all year at 1.50 kr/kWh = 5 256 kr")
        << QStringList{"--gpu", gpu, "--watts", "400", "--price-per-kwh", "1.50"}
        << "electricity_per_year" << 5256.0;
    QTest::newRow("article: RTX 4090 ca 20 000 kr")
        << QStringList{"--gpu", gpu} << "purchase" << 20000.0;
    QTest::newRow("article: H100 ca 350 000 kr")
        << QStringList{"--gpu", "nvidia-h100-sxm5-80gb"} << "purchase" << 350000.0;
    QTest::newRow("20 000 kr in USD at 10.61 = 1 885.01")
        << QStringList{"--gpu", gpu, "--currency", "USD"} << "purchase" << 1885.01;
    QTest::newRow("20 000 kr in EUR at 11.48 = 1 742.16")
        << QStringList{"--gpu", gpu, "--currency", "eur"} << "purchase" << 1742.16;
    QTest::newRow("without 25 % VAT: 16 000 kr")
        << QStringList{"--gpu", gpu, "--no-vat"} << "purchase" << 16000.0;
    QTest::newRow("2 cards, 8 h/day, 50 %, PUE 1.2: 0.9 x 1460 x 1.2 x 1.5")
        << QStringList{"--gpu",         gpu,   "--count", "2",  "--hours-per-day", "8",
                       "--utilisation", "0.5", "--pue",   "1.2"}
        << "electricity_per_year" << 2365.2;
}

void TestCostCli::costFigures()
{
    QFETCH(QStringList, args);
    QFETCH(QString, key);
    QFETCH(double, expected);
    const QJsonObject o = json(QStringList{QStringLiteral("cost")} + args);
    QVERIFY(o.contains(key));
    QCOMPARE(o.value(key).toDouble(), expected);
}

void TestCostCli::costWithModelHasPerTokenFigures()
{
    const QJsonObject o =
        json({QStringLiteral("cost"), QStringLiteral("--gpu"), QStringLiteral("nvidia-rtx-4090"),
              QStringLiteral("--model"), QStringLiteral("llama-2-7b"),
              QStringLiteral("--precision"), QStringLiteral("q4_k_m")});
    QVERIFY(o.value(QStringLiteral("cost_per_million_tokens")).toDouble() > 0);
    QVERIFY(o.value(QStringLiteral("api_cost_per_million_tokens")).toDouble() > 0);
    QVERIFY(o.value(QStringLiteral("cloud_cost_per_million_tokens")).toDouble() > 0);
    const QJsonObject t = o.value(QStringLiteral("throughput")).toObject();
    QVERIFY(t.value(QStringLiteral("fits")).toBool());
    QVERIFY(t.value(QStringLiteral("tokens_per_second")).toDouble() > 0);
    QCOMPARE(t.value(QStringLiteral("source")).toString(), QStringLiteral("estimator"));
    // A GGUF format runs on llama.cpp when no --engine is given (Estimator::defaultEngine).
    QCOMPARE(t.value(QStringLiteral("engine")).toString(), QStringLiteral("llama.cpp"));
    QCOMPARE(t.value(QStringLiteral("gpus_needed")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("precision")).toString(), QStringLiteral("q4_k_m"));
    const QJsonObject request = o.value(QStringLiteral("request")).toObject();
    QCOMPARE(request.value(QStringLiteral("workload")).toString(), QStringLiteral("inference"));
    QCOMPARE(request.value(QStringLiteral("context")).toInt(), 4096);
    QCOMPARE(request.value(QStringLiteral("batch")).toInt(), 1);
    QCOMPARE(request.value(QStringLiteral("kv_cache")).toString(), QStringLiteral("f16"));
    QVERIFY(o.value(QStringLiteral("break_even_api")).toObject().contains(QStringLiteral("kind")));

    // Your own speed: 130 tokens/s (§6.4) gives (14 000 / 3 + 5 913) / 4 099.68 M tokens.
    const QJsonObject own =
        json({QStringLiteral("cost"), QStringLiteral("--gpu"), QStringLiteral("nvidia-rtx-4090"),
              QStringLiteral("--tokens-per-second"), QStringLiteral("130")});
    QCOMPARE(own.value(QStringLiteral("cost_per_million_tokens")).toDouble(), 2.5806);
}

void TestCostCli::checkListsTheArticlesItems()
{
    const QJsonObject o =
        json({QStringLiteral("check"), QStringLiteral("--gpu"), QStringLiteral("RTX 4090"),
              QStringLiteral("--workload"), QStringLiteral("inference"), QStringLiteral("--engine"),
              QStringLiteral("vllm")});
    const QJsonArray items = o.value(QStringLiteral("checklist")).toArray();
    QCOMPARE(items.size(), 6);
    QStringList keys;
    for (const QJsonValue &v : items)
        keys << v.toObject().value(QStringLiteral("key")).toString();
    QCOMPARE(keys,
             (QStringList{"vram", "fp16", "bandwidth", "power", "interconnect", "precisions"}));
    // 450 W is above the article's 400 W for consumer cards.
    QCOMPARE(items.at(3).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("warning"));
    QCOMPARE(o.value(QStringLiteral("overall")).toString(), QStringLiteral("warning"));
    QCOMPARE(o.value(QStringLiteral("practical")).toArray().size(), 4);
}

void TestCostCli::costThroughputIsTheEstimators_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("speedKey");

    // The same options give cost the speed and GPU count that estimate shows.
    QTest::newRow("Llama-2-7B Q4_K_M on an RTX 4090, one stream")
        << QStringList{"--gpu", "nvidia-rtx-4090", "--model", "llama-2-7b", "--precision", "q4_k_m"}
        << "aggregate_tokens_per_s";
    QTest::newRow("8 concurrent streams on vLLM, 8k context")
        << QStringList{"--gpu", "nvidia-rtx-4090", "--model", "llama-2-7b", "--engine",
                       "vllm",  "--batch",         "8",       "--context",  "8192"}
        << "aggregate_tokens_per_s";
    QTest::newRow("Llama-3.1-70B FP16 does not fit one H100: the same count needed")
        << QStringList{"--gpu",      "nvidia-h100-sxm5-80gb",
                       "--model",    "llama-3.1-70b",
                       "--kv-cache", "q8_0",
                       "--engine",   "llama.cpp"}
        << "aggregate_tokens_per_s";
}

void TestCostCli::costThroughputIsTheEstimators()
{
    QFETCH(QStringList, args);
    QFETCH(QString, speedKey);
    const QJsonObject cost = json(QStringList{QStringLiteral("cost")} + args);
    const QJsonObject estimate = json(QStringList{QStringLiteral("estimate")} + args);
    QVERIFY(!cost.isEmpty());
    QVERIFY(!estimate.isEmpty());
    const QJsonObject t = cost.value(QStringLiteral("throughput")).toObject();
    QCOMPARE(t.value(QStringLiteral("fits")).toBool(),
             estimate.value(QStringLiteral("fits")).toBool());
    QCOMPARE(t.value(QStringLiteral("engine")).toString(),
             estimate.value(QStringLiteral("engine")).toString());
    if (t.value(QStringLiteral("fits")).toBool()) {
        QCOMPARE(t.value(QStringLiteral("tokens_per_second")).toDouble(),
                 estimate.value(speedKey).toObject().value(QStringLiteral("estimate")).toDouble());
    } else {
        QCOMPARE(t.value(QStringLiteral("gpus_needed")).toInt(),
                 estimate.value(QStringLiteral("gpus_needed")).toInt());
        QVERIFY(cost.value(QStringLiteral("cost_per_million_tokens")).isNull());
    }
}

void TestCostCli::recommendRanksConsumerCardAboveH100()
{
    const QJsonObject o =
        json({QStringLiteral("recommend"), QStringLiteral("--model"), QStringLiteral("llama-2-7b"),
              QStringLiteral("--workload"), QStringLiteral("inference"), QStringLiteral("--limit"),
              QStringLiteral("50")});
    const QJsonArray ranked = o.value(QStringLiteral("ranked")).toArray();
    QVERIFY(!ranked.isEmpty());
    int rank4090 = 0, rankH100 = 0;
    for (const QJsonValue &v : ranked) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("gpu_id")).toString() == u"nvidia-rtx-4090")
            rank4090 = r.value(QStringLiteral("rank")).toInt();
        if (r.value(QStringLiteral("gpu_id")).toString() == u"nvidia-h100-sxm5-80gb")
            rankH100 = r.value(QStringLiteral("rank")).toInt();
    }
    QVERIFY(rank4090 > 0 && rankH100 > 0);
    QVERIFY(rank4090 < rankH100);
    QVERIFY(!o.value(QStringLiteral("summary")).toString().isEmpty());

    // A budget of 15 000 kr leaves the 4090 out.
    const QJsonObject budget =
        json({QStringLiteral("recommend"), QStringLiteral("--model"), QStringLiteral("llama-2-7b"),
              QStringLiteral("--budget"), QStringLiteral("15000")});
    for (const QJsonValue &v : budget.value(QStringLiteral("ranked")).toArray())
        QVERIFY(v.toObject().value(QStringLiteral("purchase")).toDouble() <= 15000);

    // Ranked by TCO, the reasons count the years in English plural forms.
    const QJsonObject tco =
        json({QStringLiteral("recommend"), QStringLiteral("--model"), QStringLiteral("llama-2-7b"),
              QStringLiteral("--rank-by"), QStringLiteral("tco")});
    const QString summary = tco.value(QStringLiteral("summary")).toString();
    QVERIFY2(summary.contains(u"over 3 years"), qPrintable(summary));
    QVERIFY2(!summary.contains(u"year(s)"), qPrintable(summary));
}

void TestCostCli::recommendTakesWorkloadsAndUseCases_data()
{
    QTest::addColumn<QString>("workload");
    QTest::addColumn<QString>("useCase");
    QTest::addColumn<QString>("estimatorWorkload");
    QTest::addColumn<QString>("precision");

    // docs/COST.md, "Use cases and estimator workloads"; default precisions as in estimate.
    QTest::newRow("inference") << "inference"
                               << "inference"
                               << "inference"
                               << "fp16";
    QTest::newRow("the article's fine-tuning is LoRA") << "fine-tuning"
                                                       << "fine-tuning"
                                                       << "lora"
                                                       << "bf16";
    QTest::newRow("qlora is fine-tuning in NF4") << "qlora"
                                                 << "fine-tuning"
                                                 << "qlora"
                                                 << "nf4";
    QTest::newRow("the article's training is full fine-tuning") << "training"
                                                                << "training"
                                                                << "full"
                                                                << "bf16";
    QTest::newRow("cloud scaling is inference on rentals") << "cloud-scaling"
                                                           << "cloud-scaling"
                                                           << "inference"
                                                           << "fp16";
}

void TestCostCli::recommendTakesWorkloadsAndUseCases()
{
    QFETCH(QString, workload);
    QFETCH(QString, useCase);
    QFETCH(QString, estimatorWorkload);
    QFETCH(QString, precision);
    const QJsonObject o = json({QStringLiteral("recommend"), QStringLiteral("--model"),
                                QStringLiteral("llama-2-7b"), QStringLiteral("--workload"),
                                workload, QStringLiteral("--limit"), QStringLiteral("3")});
    QCOMPARE(o.value(QStringLiteral("workload")).toString(), useCase);
    QCOMPARE(o.value(QStringLiteral("precision")).toString(), precision);
    QCOMPARE(o.value(QStringLiteral("throughput_source")).toString(), QStringLiteral("estimator"));
    const QJsonObject request = o.value(QStringLiteral("request")).toObject();
    QCOMPARE(request.value(QStringLiteral("workload")).toString(), estimatorWorkload);
    QCOMPARE(request.value(QStringLiteral("engine")).toString(), QStringLiteral("default"));
    const QJsonArray ranked = o.value(QStringLiteral("ranked")).toArray();
    QVERIFY(!ranked.isEmpty());
    QVERIFY(ranked.size() <= 3);
    for (const QJsonValue &v : ranked) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("kind")).toString() == u"api") {
            QVERIFY(r.value(QStringLiteral("engine")).isNull()); // a price, not a configuration
            continue;
        }
        QVERIFY(r.value(QStringLiteral("tokens_per_second")).toDouble() > 0);
        QVERIFY(r.value(QStringLiteral("count")).toInt() >= 1);
        QVERIFY(r.value(QStringLiteral("count")).toInt() <= 8);
        QVERIFY(!r.value(QStringLiteral("engine")).toString().isEmpty());
    }
}

void TestCostCli::badInputIsUsageError_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("cost without --gpu") << QStringList{"cost"};
    QTest::newRow("unknown GPU") << QStringList{"cost", "--gpu", "no-such-gpu-xyz"};
    QTest::newRow("bad currency") << QStringList{"cost", "--gpu", "nvidia-rtx-4090", "--currency",
                                                 "GBP"};
    QTest::newRow("utilisation above 1")
        << QStringList{"cost", "--gpu", "nvidia-rtx-4090", "--utilisation", "1.5"};
    QTest::newRow("unknown price") << QStringList{"cost", "--gpu", "nvidia-rtx-a6000"};
    QTest::newRow("bad workload") << QStringList{"check", "--gpu", "nvidia-rtx-4090", "--workload",
                                                 "gaming"};
    QTest::newRow("bad engine") << QStringList{"check", "--gpu", "nvidia-rtx-4090", "--engine",
                                               "nothing"};
    QTest::newRow("recommend without --model") << QStringList{"recommend"};
    QTest::newRow("recommend, bad workload")
        << QStringList{"recommend", "--model", "llama-2-7b", "--workload", "gaming"};
    QTest::newRow("recommend, bad precision")
        << QStringList{"recommend", "--model", "llama-2-7b", "--precision", "q9"};
    QTest::newRow("cost, bad KV cache type") << QStringList{
        "cost", "--gpu", "nvidia-rtx-4090", "--model", "llama-2-7b", "--kv-cache", "q3"};
    QTest::newRow("cost, batch 0")
        << QStringList{"cost", "--gpu", "nvidia-rtx-4090", "--model", "llama-2-7b", "--batch", "0"};
    QTest::newRow("cost, unknown engine") << QStringList{
        "cost", "--gpu", "nvidia-rtx-4090", "--model", "llama-2-7b", "--engine", "nothing"};
    QTest::newRow("estimate, bad workload (shared parsing)")
        << QStringList{"estimate",   "--gpu",      "nvidia-rtx-4090", "--model",
                       "llama-2-7b", "--workload", "fine-tuning"};
    QTest::newRow("bad rank-by") << QStringList{"recommend", "--model", "llama-2-7b", "--rank-by",
                                                "beauty"};
}

void TestCostCli::badInputIsUsageError()
{
    QFETCH(QStringList, args);
    const Run run = cli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCostCli)
#include "tst_costcli.moc"
