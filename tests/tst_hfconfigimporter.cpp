#include "HfConfigImporter.h"
#include "ModelTensors.h"

#include <QTest>

// config.json import: parameter counts against the published figures, and errors naming keys.
class TestHfConfigImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parameterCounts_data();
    void parameterCounts();
    void readsArchitectureDetails();
    void errorsNameTheProblem_data();
    void errorsNameTheProblem();
    void idFromNameOrOption();
};

static QString fixture(const char *name)
{
    return QStringLiteral(TEST_DATA_DIR "/configs/") + QLatin1String(name);
}

void TestHfConfigImporter::parameterCounts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("totalB");
    QTest::addColumn<double>("activeB");
    // Published counts: llama-bench, model cards and config-derived counts as collected in
    // tests/data/configs/README.md.
    QTest::newRow("Llama-2-7B: llama-bench 6.74 B") << fixture("llama-2-7b.json") << 6.74 << 6.74;
    QTest::newRow("Llama-3.1-8B: model card 8.03 B")
        << fixture("llama-3.1-8b.json") << 8.03 << 8.03;
    QTest::newRow("Mistral-7B-v0.1: 7.24 B") << fixture("mistral-7b-v0.1.json") << 7.24 << 7.24;
    QTest::newRow("Mixtral-8x7B: 46.7 B total, 12.9 B active")
        << fixture("mixtral-8x7b-v0.1.json") << 46.7 << 12.9;
    QTest::newRow("Qwen2.5-7B: model card 7.61 B") << fixture("qwen2.5-7b.json") << 7.61 << 7.61;
    QTest::newRow("Gemma-2-9B: 9.24 B") << fixture("gemma-2-9b.json") << 9.24 << 9.24;
    QTest::newRow("Phi-3-mini-4k: model card 3.8 B")
        << fixture("phi-3-mini-4k.json") << 3.82 << 3.82;
    QTest::newRow("DeepSeek-V3: 671 B total; 37.55 B active from the config (card: 37 B)")
        << fixture("deepseek-v3.json") << 671.0 << 37.55;
    QTest::newRow("Falcon-40B: 41.3 B from the config (card: ~40 B)")
        << fixture("falcon-40b.json") << 41.3 << 41.3;
    QTest::newRow("Command-R v01: model card 35 B")
        << fixture("command-r-v01.json") << 35.0 << 35.0;
}

void TestHfConfigImporter::parameterCounts()
{
    QFETCH(QString, file);
    QFETCH(double, totalB);
    QFETCH(double, activeB);
    const auto imported = HfConfigImporter::fromFile(file);
    QVERIFY2(imported.ok(), qPrintable(imported ? QString() : imported.error().toString()));
    const ModelSpec &m = imported->model;
    QVERIFY2(
        qAbs(m.paramsTotalB - totalB) / totalB < 0.01,
        qPrintable(QStringLiteral("total %1 B, expected %2 B").arg(m.paramsTotalB).arg(totalB)));
    QVERIFY2(
        qAbs(m.paramsActiveB - activeB) / activeB < 0.01,
        qPrintable(QStringLiteral("active %1 B, expected %2 B").arg(m.paramsActiveB).arg(activeB)));
}

void TestHfConfigImporter::readsArchitectureDetails()
{
    const auto llama = HfConfigImporter::fromFile(fixture("llama-3.1-8b.json"));
    QVERIFY(llama.ok());
    QCOMPARE(llama->model.attention, AttentionKind::Gqa);
    QCOMPARE(llama->model.kvHeads, 8);
    QCOMPARE(llama->model.headDim, 128);
    QCOMPARE(llama->model.maxContext, 131072);

    const auto gemma = HfConfigImporter::fromFile(fixture("gemma-2-9b.json"));
    QVERIFY(gemma.ok());
    QCOMPARE(gemma->model.headDim, 256); // not hidden / heads = 224
    QVERIFY(gemma->model.tiedEmbeddings);
    QCOMPARE(gemma->model.slidingWindow, std::optional<int>(4096));
    QCOMPARE(gemma->model.slidingWindowLayers, 21);

    const auto deepseek = HfConfigImporter::fromFile(fixture("deepseek-v3.json"));
    QVERIFY(deepseek.ok());
    QCOMPARE(deepseek->model.attention, AttentionKind::Mla);
    QCOMPARE(deepseek->model.kvLoraRank, 512);
    QCOMPARE(deepseek->model.expertsTotal, 256);
    QCOMPARE(deepseek->model.denseLayers, 3);

    const auto llama2 = HfConfigImporter::fromFile(fixture("llama-2-7b.json"));
    QVERIFY(llama2.ok());
    QCOMPARE(llama2->model.attention, AttentionKind::Mha);

    const auto falcon = HfConfigImporter::fromFile(fixture("falcon-40b.json"));
    QVERIFY(falcon.ok());
    QCOMPARE(falcon->model.mlp, MlpKind::Plain);
    QCOMPARE(falcon->model.kvHeads, 8);
}

void TestHfConfigImporter::errorsNameTheProblem_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("line");
    QTest::newRow("missing hidden_size")
        << fixture("bad-missing-hidden-size.json") << QStringLiteral("hidden_size") << 0;
    QTest::newRow("unknown model_type")
        << fixture("bad-unknown-model-type.json") << QStringLiteral("model_type") << 0;
    QTest::newRow("truncated JSON") << fixture("bad-not-json.json") << QString() << -1;
}

void TestHfConfigImporter::errorsNameTheProblem()
{
    QFETCH(QString, file);
    QFETCH(QString, field);
    QFETCH(int, line);
    const auto imported = HfConfigImporter::fromFile(file);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().file, file);
    QCOMPARE(imported.error().field, field);
    if (line < 0)
        QVERIFY(imported.error().line > 0); // JSON errors point at a line
    QVERIFY(!imported.error().message.isEmpty());
}

void TestHfConfigImporter::idFromNameOrOption()
{
    const auto byName = HfConfigImporter::fromFile(fixture("llama-2-7b.json"));
    QVERIFY(byName.ok());
    QCOMPARE(byName->model.id, QStringLiteral("llama-2-7b-hf"));
    const auto byOption =
        HfConfigImporter::fromFile(fixture("llama-2-7b.json"), QStringLiteral("my-llama"));
    QCOMPARE(byOption->model.id, QStringLiteral("my-llama"));
    const auto bad =
        HfConfigImporter::fromFile(fixture("llama-2-7b.json"), QStringLiteral("Bad Id!"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, QStringLiteral("id"));
    QCOMPARE(HfConfigImporter::slugify(QStringLiteral("meta-llama/Llama-3.1-8B")),
             QStringLiteral("meta-llama-llama-3.1-8b"));
}

QTEST_GUILESS_MAIN(TestHfConfigImporter)
#include "tst_hfconfigimporter.moc"
