#include "BundledCatalog.h"
#include "ModelTensors.h"

#include <QSet>
#include <QTest>

// The catalog shipped with the application: complete, sourced and sane.
class TestBundledCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hasVersionDateAndRate();
    void everySeedGpuIsThere();
    void gpusHaveRequiredFieldsAndSaneValues();
    void convertedPricesFollowTheRate();
    void modelsHaveRequiredFieldsAndSaneValues();
    void modelParameterCountsMatchTheirArchitecture();

private:
    CatalogData m_catalog;
};

void TestBundledCatalog::initTestCase()
{
    const auto loaded = BundledCatalog::load();
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
    m_catalog = *loaded;
}

void TestBundledCatalog::hasVersionDateAndRate()
{
    QVERIFY(m_catalog.info.version >= 1);
    QVERIFY(m_catalog.info.date.isValid());
    QVERIFY(m_catalog.info.usdSekRate > 5 && m_catalog.info.usdSekRate < 20);
    QVERIFY(m_catalog.info.usdSekRateDate.isValid());
    QVERIFY(!m_catalog.info.usdSekRateSource.isEmpty());
}

void TestBundledCatalog::everySeedGpuIsThere()
{
    // The 50 GPUs of the project's reference list, including every GPU the article names.
    const QStringList seed = {QStringLiteral("nvidia-rtx-3060"),
                              QStringLiteral("nvidia-rtx-3070"),
                              QStringLiteral("nvidia-rtx-3080"),
                              QStringLiteral("nvidia-rtx-3080-ti"),
                              QStringLiteral("nvidia-rtx-3090"),
                              QStringLiteral("nvidia-rtx-3090-ti"),
                              QStringLiteral("nvidia-rtx-4060-ti-16gb"),
                              QStringLiteral("nvidia-rtx-4070-ti"),
                              QStringLiteral("nvidia-rtx-4070-ti-super"),
                              QStringLiteral("nvidia-rtx-4080"),
                              QStringLiteral("nvidia-rtx-4090"),
                              QStringLiteral("nvidia-rtx-5090"),
                              QStringLiteral("nvidia-rtx-a6000"),
                              QStringLiteral("nvidia-rtx-6000-ada"),
                              QStringLiteral("nvidia-l40s"),
                              QStringLiteral("nvidia-a40"),
                              QStringLiteral("nvidia-t4"),
                              QStringLiteral("nvidia-l4"),
                              QStringLiteral("nvidia-v100-sxm2-32gb"),
                              QStringLiteral("nvidia-v100-pcie-32gb"),
                              QStringLiteral("nvidia-a10"),
                              QStringLiteral("nvidia-a100-pcie-40gb"),
                              QStringLiteral("nvidia-a100-pcie-80gb"),
                              QStringLiteral("nvidia-a100-sxm4-40gb"),
                              QStringLiteral("nvidia-a100-sxm4-80gb"),
                              QStringLiteral("nvidia-h100-pcie-80gb"),
                              QStringLiteral("nvidia-h100-sxm5-80gb"),
                              QStringLiteral("nvidia-h200-sxm-141gb"),
                              QStringLiteral("nvidia-gh200-96gb"),
                              QStringLiteral("nvidia-gh200-141gb"),
                              QStringLiteral("nvidia-b200-sxm"),
                              QStringLiteral("amd-radeon-rx-7900-xtx"),
                              QStringLiteral("amd-radeon-rx-7900-xt"),
                              QStringLiteral("amd-radeon-pro-w7900"),
                              QStringLiteral("amd-instinct-mi100"),
                              QStringLiteral("amd-instinct-mi210"),
                              QStringLiteral("amd-instinct-mi250x"),
                              QStringLiteral("amd-instinct-mi300x"),
                              QStringLiteral("amd-instinct-mi325x"),
                              QStringLiteral("intel-arc-a770-16gb"),
                              QStringLiteral("intel-data-center-gpu-max-1550"),
                              QStringLiteral("intel-gaudi-2"),
                              QStringLiteral("intel-gaudi-3"),
                              QStringLiteral("apple-m1-max"),
                              QStringLiteral("apple-m1-ultra"),
                              QStringLiteral("apple-m2-ultra"),
                              QStringLiteral("apple-m3-max"),
                              QStringLiteral("apple-m3-ultra"),
                              QStringLiteral("apple-m4-pro"),
                              QStringLiteral("apple-m4-max")};
    QCOMPARE(seed.size(), 50);
    QSet<QString> ids;
    for (const GpuSpec &g : m_catalog.gpus)
        ids.insert(g.id);
    for (const QString &id : seed)
        QVERIFY2(ids.contains(id), qPrintable(id));
}

void TestBundledCatalog::gpusHaveRequiredFieldsAndSaneValues()
{
    QVERIFY(m_catalog.gpus.size() >= 50);
    QSet<QString> ids;
    for (const GpuSpec &g : m_catalog.gpus) {
        const QByteArray id = g.id.toUtf8();
        QVERIFY2(!ids.contains(g.id), id);
        ids.insert(g.id);
        QVERIFY2(!g.name.isEmpty() && !g.vendor.isEmpty() && !g.architecture.isEmpty(), id);
        QVERIFY2(!g.sources.isEmpty(), id);
        QVERIFY2(!g.softwareStacks.isEmpty(), id);
        // Memory and bandwidth are known for every GPU in the catalog.
        QVERIFY2(g.vramGB && *g.vramGB >= 4 && *g.vramGB <= 512, id);
        QVERIFY2(g.bandwidthGBps && *g.bandwidthGBps >= 100 && *g.bandwidthGBps <= 10000, id);
        if (g.usableVramGiB)
            QVERIFY2(*g.usableVramGiB > 0 && *g.usableVramGiB <= *g.vramGB, id);
        if (g.fp32Tflops)
            QVERIFY2(*g.fp32Tflops > 1 && *g.fp32Tflops < 300, id);
        if (g.fp16TensorTflops)
            QVERIFY2(*g.fp16TensorTflops > 5 && *g.fp16TensorTflops < 5000, id);
        if (g.bf16TensorTflops)
            QVERIFY2(*g.bf16TensorTflops > 5 && *g.bf16TensorTflops < 5000, id);
        if (g.int8TensorTops)
            QVERIFY2(*g.int8TensorTops > 10 && *g.int8TensorTops < 10000, id);
        if (g.powerWatts)
            QVERIFY2(*g.powerWatts >= 20 && *g.powerWatts <= 1500, id);
        if (g.releaseYear)
            QVERIFY2(*g.releaseYear >= 2017 && *g.releaseYear <= 2026, id);
        if (g.streetPriceSek) {
            QVERIFY2(*g.streetPriceSek >= 1000 && *g.streetPriceSek <= 2'000'000, id);
            QVERIFY2(g.streetPriceDate.isValid(), id);
        }
        if (g.cloudUsdPerHour) {
            QVERIFY2(*g.cloudUsdPerHour > 0.05 && *g.cloudUsdPerHour < 20, id);
            QVERIFY2(g.cloudPriceDate.isValid(), id);
        }
        if (g.gpuClass == GpuClass::Soc)
            QVERIFY2(g.usableVramGiB.has_value(), id);
    }
}

void TestBundledCatalog::convertedPricesFollowTheRate()
{
    // A converted SEK price is the USD launch price at the catalog's rate (VAT aside).
    for (const GpuSpec &g : m_catalog.gpus) {
        if (!g.streetPriceConverted)
            continue;
        QVERIFY2(g.launchPriceUsd && g.streetPriceSek, qPrintable(g.id));
        const double ratio = *g.streetPriceSek / (*g.launchPriceUsd * m_catalog.info.usdSekRate);
        QVERIFY2(ratio > 0.98 && ratio < 1.27, qPrintable(g.id));
    }
}

void TestBundledCatalog::modelsHaveRequiredFieldsAndSaneValues()
{
    QVERIFY(m_catalog.models.size() >= 27);
    QSet<QString> ids;
    for (const ModelSpec &m : m_catalog.models) {
        const QByteArray id = m.id.toUtf8();
        QVERIFY2(!ids.contains(m.id), id);
        ids.insert(m.id);
        QVERIFY2(!m.sources.isEmpty(), id);
        QVERIFY2(!m.hfRepo.isEmpty(), id);
        QVERIFY2(m.kvHeads <= m.attentionHeads, id);
        QVERIFY2(m.attentionHeads % m.kvHeads == 0, id);
        QVERIFY2(m.paramsActiveB <= m.paramsTotalB, id);
        QVERIFY2(m.maxContext >= 2048, id);
        QVERIFY2(m.isMoe() == (m.expertsActive > 0), id);
        if (m.attention == AttentionKind::Mla)
            QVERIFY2(m.kvLoraRank > 0 && m.qkRopeHeadDim > 0, id);
    }
    for (const char *required : {"llama-2-7b", "llama-3.1-8b", "llama-3.1-70b", "mistral-7b-v0.1",
                                 "mixtral-8x7b-v0.1", "qwen2.5-7b", "gemma-2-9b", "deepseek-v3"})
        QVERIFY2(ids.contains(QString::fromLatin1(required)), required);
}

void TestBundledCatalog::modelParameterCountsMatchTheirArchitecture()
{
    // The stored counts agree with what the architecture gives (within 1 %).
    for (const ModelSpec &m : m_catalog.models) {
        ModelSpec computed = m;
        ModelArchitecture::computeParameterCounts(computed);
        QVERIFY2(qAbs(computed.paramsTotalB - m.paramsTotalB) / m.paramsTotalB < 0.01,
                 qPrintable(QStringLiteral("%1: %2 vs %3")
                                .arg(m.id)
                                .arg(computed.paramsTotalB)
                                .arg(m.paramsTotalB)));
        QVERIFY2(qAbs(computed.paramsActiveB - m.paramsActiveB) / m.paramsActiveB < 0.01,
                 qPrintable(m.id));
    }
}

QTEST_GUILESS_MAIN(TestBundledCatalog)
#include "tst_bundledcatalog.moc"
