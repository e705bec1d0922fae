#include "BundledCatalog.h"
#include "PracticalChecks.h"

#include <QTest>

// Power supply, connectors, cooling and software support (see PracticalChecks.h for the limits
// and their sources).
class TestPracticalChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void psuSize_data();
    void psuSize();
    void userPsu_data();
    void userPsu();
    void check_data();
    void check();

private:
    GpuSpec gpu(const QString &id) const;
    CatalogData m_catalog;
};

void TestPracticalChecks::initTestCase()
{
    const auto loaded = BundledCatalog::load();
    QVERIFY(loaded.ok());
    m_catalog = *loaded;
}

GpuSpec TestPracticalChecks::gpu(const QString &id) const
{
    for (const GpuSpec &g : m_catalog.gpus) {
        if (g.id == id)
            return g;
    }
    qFatal("GPU %s not in the bundled catalog", qPrintable(id));
}

void TestPracticalChecks::psuSize_data()
{
    QTest::addColumn<double>("cardWatts");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("psuWatts");

    QTest::newRow("NVIDIA: RTX 4090 needs 850 W (450 + 250) x 1.2 = 840") << 450.0 << 1 << 850;
    QTest::newRow("NVIDIA: RTX 3090 needs 750 W (350 + 250) x 1.2 = 720") << 350.0 << 1 << 750;
    QTest::newRow("4 x RTX 4090: (1800 + 250) x 1.2 = 2460 -> 2500") << 450.0 << 4 << 2500;
    QTest::newRow("article's 400 W card: (400 + 250) x 1.2 = 780 -> 800") << 400.0 << 1 << 800;
}

void TestPracticalChecks::psuSize()
{
    QFETCH(double, cardWatts);
    QFETCH(int, count);
    QFETCH(int, psuWatts);
    QCOMPARE(
        PracticalChecks::recommendedPsuWatts(cardWatts, count, PracticalChecks::defaultHostWatts),
        psuWatts);
}

void TestPracticalChecks::userPsu_data()
{
    QTest::addColumn<double>("psu");
    QTest::addColumn<QString>("status");
    // One RTX 4090 + 250 W host = 700 W load, 850 W advised.
    QTest::newRow("1000 W covers 850 W advised") << 1000.0 << "pass";
    QTest::newRow("750 W covers the 700 W load without headroom") << 750.0 << "warning";
    QTest::newRow("600 W is below the 700 W load") << 600.0 << "fail";
}

void TestPracticalChecks::userPsu()
{
    QFETCH(double, psu);
    QFETCH(QString, status);
    const CheckItem item = PracticalChecks::powerSupply(gpu(QStringLiteral("nvidia-rtx-4090")), 1,
                                                        PracticalChecks::defaultHostWatts, psu);
    QCOMPARE(CheckItem::statusKey(item.status), status);
}

void TestPracticalChecks::check_data()
{
    QTest::addColumn<QString>("gpuId");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("RTX 4090: 850 W PSU") << "nvidia-rtx-4090" << 1 << "vllm"
                                         << "psu"
                                         << "pass"
                                         << "850";
    QTest::newRow("4 x RTX 4090: 2500 W is past the 1600 W ATX PSUs")
        << "nvidia-rtx-4090" << 4 << "vllm"
        << "psu"
        << "warning"
        << "1600";
    QTest::newRow("8 x RTX 4090: 3850 W is past a 10 A 230 V circuit")
        << "nvidia-rtx-4090" << 8 << "vllm"
        << "psu"
        << "warning"
        << "2300";
    QTest::newRow("RTX 3090 350 W: 2 x 8-pin (75 W slot + 2 x 150)")
        << "nvidia-rtx-3090" << 1 << "vllm"
        << "connectors"
        << "pass"
        << "2 x 8-pin";
    QTest::newRow("RTX 4090 450 W: 3 x 8-pin or one 12V-2x6") << "nvidia-rtx-4090" << 1 << "vllm"
                                                              << "connectors"
                                                              << "pass"
                                                              << "3 x 8-pin";
    QTest::newRow("T4 70 W: slot power only") << "nvidia-t4" << 1 << "vllm"
                                              << "connectors"
                                              << "pass"
                                              << "75 W";
    QTest::newRow("H100 SXM: server module") << "nvidia-h100-sxm5-80gb" << 1 << "vllm"
                                             << "connectors"
                                             << "warning"
                                             << "SXM5";
    QTest::newRow("RTX 3060 170 W: ordinary cooling") << "nvidia-rtx-3060" << 1 << "llama.cpp"
                                                      << "cooling"
                                                      << "pass"
                                                      << "170";
    QTest::newRow("2 x RTX 4090: space between cards") << "nvidia-rtx-4090" << 2 << "vllm"
                                                       << "cooling"
                                                       << "warning"
                                                       << "450";
    QTest::newRow("RTX 5090 575 W: high airflow") << "nvidia-rtx-5090" << 1 << "vllm"
                                                  << "cooling"
                                                  << "warning"
                                                  << "575";
    QTest::newRow("L40S: passive server card") << "nvidia-l40s" << 1 << "vllm"
                                               << "cooling"
                                               << "warning"
                                               << "passive";
    QTest::newRow("article: CUDA broadest support") << "nvidia-rtx-4090" << 1 << "vllm"
                                                    << "software"
                                                    << "pass"
                                                    << "CUDA";
    QTest::newRow("article: ROCm versions must match") << "amd-radeon-rx-7900-xtx" << 1 << "vllm"
                                                       << "software"
                                                       << "warning"
                                                       << "ROCm";
    QTest::newRow("RX 7900 XTX llama.cpp through Vulkan")
        << "amd-radeon-rx-7900-xtx" << 1 << "llama.cpp"
        << "software"
        << "pass"
        << "Vulkan";
    QTest::newRow("TensorRT-LLM is CUDA only") << "amd-instinct-mi300x" << 1 << "tensorrt-llm"
                                               << "software"
                                               << "fail"
                                               << "rocm";
    QTest::newRow("vLLM does not run on Metal") << "apple-m2-ultra" << 1 << "vllm"
                                                << "software"
                                                << "fail"
                                                << "metal";
    QTest::newRow("llama.cpp on Metal") << "apple-m2-ultra" << 1 << "llama.cpp"
                                        << "software"
                                        << "pass"
                                        << "Metal";
    QTest::newRow("article: SYCL on Intel, fewer users")
        << "intel-data-center-gpu-max-1550" << 1 << "llama.cpp"
        << "software"
        << "warning"
        << "oneAPI";
}

void TestPracticalChecks::check()
{
    QFETCH(QString, gpuId);
    QFETCH(int, count);
    QFETCH(QString, engine);
    QFETCH(QString, key);
    QFETCH(QString, status);
    QFETCH(QString, reasonContains);
    const auto e = softwareEngineFromKey(engine);
    QVERIFY(e);
    const QList<CheckItem> items = PracticalChecks::evaluate(gpu(gpuId), count, *e);
    const auto item = std::find_if(items.cbegin(), items.cend(),
                                   [&](const CheckItem &i) { return i.key == key; });
    QVERIFY(item != items.cend());
    QCOMPARE(CheckItem::statusKey(item->status), status);
    QVERIFY2(item->reason.contains(reasonContains), qPrintable(item->reason));
}

QTEST_GUILESS_MAIN(TestPracticalChecks)
#include "tst_practicalchecks.moc"
