#include "BundledCatalog.h"
#include "LlmChecklist.h"

#include <QTest>

// The source article's threshold table applied to the GPUs it names (A100, H100, RTX 6000 Ada,
// RTX 4090, RTX 3090, MI100, MI300, RX 7900 XTX, Intel Data Center GPU Max) with the catalog's
// figures. Row: GPU, use case, item, expected status and the article's threshold that decides it.
class TestLlmChecklist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void item_data();
    void item();
    void everyItemHasAReason();

private:
    CatalogData m_catalog;
};

void TestLlmChecklist::initTestCase()
{
    const auto loaded = BundledCatalog::load();
    QVERIFY(loaded.ok());
    m_catalog = *loaded;
}

void TestLlmChecklist::item_data()
{
    QTest::addColumn<QString>("gpuId");
    QTest::addColumn<QString>("useCase");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("status");

    struct Row
    {
        const char *name;
        const char *gpu;
        const char *useCase;
        const char *key;
        const char *status;
    };
    const Row rows[] = {
        {"RTX 4090 24 GB >= 16 GB inference", "nvidia-rtx-4090", "inference", "vram", "pass"},
        {"RTX 4090 330 TFLOPS >= 30", "nvidia-rtx-4090", "inference", "fp16", "pass"},
        {"RTX 4090 1008 GB/s >= 800", "nvidia-rtx-4090", "inference", "bandwidth", "pass"},
        {"RTX 4090 450 W > 400 W consumer", "nvidia-rtx-4090", "inference", "power", "warning"},
        {"RTX 4090 PCIe Gen4", "nvidia-rtx-4090", "inference", "interconnect", "pass"},
        {"RTX 4090 FP16/BF16/INT8/INT4 all known", "nvidia-rtx-4090", "inference", "precisions",
         "pass"},
        {"RTX 4090 24 GB < 40 GB large scale", "nvidia-rtx-4090", "training", "vram", "warning"},
        {"RTX 4090 no NVLink for training", "nvidia-rtx-4090", "training", "interconnect",
         "warning"},
        {"RTX 4090 24 GB >= 24 GB fine-tuning", "nvidia-rtx-4090", "fine-tuning", "vram", "pass"},
        {"RTX 3090 350 W <= 400 W", "nvidia-rtx-3090", "inference", "power", "pass"},
        {"RTX 3090 NVLink bridge", "nvidia-rtx-3090", "training", "interconnect", "pass"},
        {"RTX 3090 BF16 figure not in catalog", "nvidia-rtx-3090", "inference", "precisions",
         "unknown"},
        {"RTX 6000 Ada 48 GB >= 24 GB fine-tuning", "nvidia-rtx-6000-ada", "fine-tuning", "vram",
         "pass"},
        {"RTX 6000 Ada 300 W <= 400 W", "nvidia-rtx-6000-ada", "fine-tuning", "power", "pass"},
        {"A100 SXM 80 GB in 40-80 GB+", "nvidia-a100-sxm4-80gb", "training", "vram", "pass"},
        {"A100 SXM 400 W <= 700 W datacenter", "nvidia-a100-sxm4-80gb", "training", "power",
         "pass"},
        {"A100 SXM NVLink 3", "nvidia-a100-sxm4-80gb", "training", "interconnect", "pass"},
        {"H100 SXM 700 W <= 700 W datacenter", "nvidia-h100-sxm5-80gb", "training", "power",
         "pass"},
        {"H100 SXM no INT4 tensor support", "nvidia-h100-sxm5-80gb", "training", "precisions",
         "warning"},
        {"MI100 32 GB < 40 GB large scale", "amd-instinct-mi100", "training", "vram", "warning"},
        {"MI100 Infinity Fabric", "amd-instinct-mi100", "training", "interconnect", "pass"},
        {"MI300X 750 W > 700 W datacenter", "amd-instinct-mi300x", "training", "power", "warning"},
        {"MI300X 192 GB in 40-80 GB+", "amd-instinct-mi300x", "training", "vram", "pass"},
        {"RX 7900 XTX 24 GB >= 16 GB inference", "amd-radeon-rx-7900-xtx", "inference", "vram",
         "pass"},
        {"RX 7900 XTX 123 TFLOPS >= 30", "amd-radeon-rx-7900-xtx", "inference", "fp16", "pass"},
        {"RX 7900 XTX 355 W <= 400 W", "amd-radeon-rx-7900-xtx", "inference", "power", "pass"},
        {"Intel Max 1550 FP16 figure not in catalog", "intel-data-center-gpu-max-1550", "training",
         "fp16", "unknown"},
        {"Intel Max 1550 3277 GB/s >= 800", "intel-data-center-gpu-max-1550", "training",
         "bandwidth", "pass"},
        {"RTX 3060 12 GB < 16 GB fine-tuning", "nvidia-rtx-3060", "fine-tuning", "vram", "fail"},
        {"RTX 3060 12 GB between 8 and 16 GB inference", "nvidia-rtx-3060", "inference", "vram",
         "warning"},
        {"RTX 3070 8 GB: small quantised models (FAQ 8-16 GB)", "nvidia-rtx-3070", "inference",
         "vram", "warning"},
        {"T4 320 GB/s < 400 for training", "nvidia-t4", "training", "bandwidth", "fail"},
        {"T4 320 GB/s < 800 for inference", "nvidia-t4", "inference", "bandwidth", "warning"},
        {"T4 PCIe Gen3 below Gen4/5", "nvidia-t4", "inference", "interconnect", "warning"},
        {"Apple M2 Ultra: one SoC, no interconnect", "apple-m2-ultra", "inference", "interconnect",
         "warning"},
        {"Apple M2 Ultra power not in catalog", "apple-m2-ultra", "inference", "power", "unknown"},
    };
    for (const Row &r : rows) {
        QTest::newRow(r.name) << QString::fromLatin1(r.gpu) << QString::fromLatin1(r.useCase)
                              << QString::fromLatin1(r.key) << QString::fromLatin1(r.status);
    }
}

void TestLlmChecklist::item()
{
    QFETCH(QString, gpuId);
    QFETCH(QString, useCase);
    QFETCH(QString, key);
    QFETCH(QString, status);
    const auto it = std::find_if(m_catalog.gpus.cbegin(), m_catalog.gpus.cend(),
                                 [&](const GpuSpec &g) { return g.id == gpuId; });
    QVERIFY(it != m_catalog.gpus.cend());
    const auto uc = useCaseFromKey(useCase);
    QVERIFY(uc);
    const QList<CheckItem> items = LlmChecklist::evaluate(*it, *uc);
    QCOMPARE(items.size(), 6);
    const auto item = std::find_if(items.cbegin(), items.cend(),
                                   [&](const CheckItem &i) { return i.key == key; });
    QVERIFY(item != items.cend());
    QCOMPARE(CheckItem::statusKey(item->status), status);
}

void TestLlmChecklist::everyItemHasAReason()
{
    for (const GpuSpec &g : m_catalog.gpus) {
        for (UseCase uc :
             {UseCase::Inference, UseCase::FineTuning, UseCase::Training, UseCase::CloudScaling}) {
            for (const CheckItem &i : LlmChecklist::evaluate(g, uc)) {
                QVERIFY2(!i.reason.isEmpty(), qPrintable(g.id + u' ' + i.key));
                QVERIFY2(!i.reason.contains(u'\n'), qPrintable(i.reason));
            }
        }
    }
    const QList<CheckItem> mixed = {{QStringLiteral("a"), CheckStatus::Pass, {}},
                                    {QStringLiteral("b"), CheckStatus::Unknown, {}},
                                    {QStringLiteral("c"), CheckStatus::Warning, {}}};
    QCOMPARE(LlmChecklist::overall(mixed), CheckStatus::Warning);
}

QTEST_GUILESS_MAIN(TestLlmChecklist)
#include "tst_llmchecklist.moc"
