#include "BundledCatalog.h"
#include "CostCalculator.h"
#include "PriceMetrics.h"

#include <QTest>

// Price per dense FP16 TFLOP, per GB of VRAM, per GB/s and per token/s, as the source article
// compares the RTX 4090 (24 GB, ca 20 000 kr) and the H100 (80 GB, ca 350 000 kr).
class TestPriceMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void metrics_data();
    void metrics();
    void unknownStaysUnknown();

private:
    CatalogData m_catalog;
};

void TestPriceMetrics::initTestCase()
{
    const auto loaded = BundledCatalog::load();
    QVERIFY(loaded.ok());
    m_catalog = *loaded;
}

void TestPriceMetrics::metrics_data()
{
    QTest::addColumn<QString>("gpuId");
    QTest::addColumn<double>("perTflop");
    QTest::addColumn<double>("perGb");
    QTest::addColumn<double>("perGBps");

    QTest::newRow("article: RTX 4090 20 000 kr / 330.3 TFLOPS, / 24 GB, / 1 008 GB/s")
        << "nvidia-rtx-4090" << 20000.0 / 330.3 << 20000.0 / 24 << 20000.0 / 1008;
    QTest::newRow("article: H100 SXM 350 000 kr / 989 TFLOPS, / 80 GB, / 3 350 GB/s")
        << "nvidia-h100-sxm5-80gb" << 350000.0 / 989 << 350000.0 / 80 << 350000.0 / 3350;
    QTest::newRow("article: H100 PCIe 350 000 kr / 756 TFLOPS, / 80 GB, / 2 000 GB/s")
        << "nvidia-h100-pcie-80gb" << 350000.0 / 756 << 350000.0 / 80 << 350000.0 / 2000;
}

void TestPriceMetrics::metrics()
{
    QFETCH(QString, gpuId);
    QFETCH(double, perTflop);
    QFETCH(double, perGb);
    QFETCH(double, perGBps);
    const auto it = std::find_if(m_catalog.gpus.cbegin(), m_catalog.gpus.cend(),
                                 [&](const GpuSpec &g) { return g.id == gpuId; });
    QVERIFY(it != m_catalog.gpus.cend());
    const auto price = CostCalculator().purchasePriceSek(*it);
    QVERIFY(price);
    const PriceMetrics m = PriceMetrics::of(*it, *price, 100.0);
    QCOMPARE(m.perFp16Tflop().value_or(-1), perTflop);
    QCOMPARE(m.perGbVram().value_or(-1), perGb);
    QCOMPARE(m.perGBps().value_or(-1), perGBps);
    QCOMPARE(m.perTokenPerSecond().value_or(-1), *price / 100.0);
}

void TestPriceMetrics::unknownStaysUnknown()
{
    // The RTX 3080 has no dense FP16 tensor figure in the catalog; no speed given.
    const auto it = std::find_if(m_catalog.gpus.cbegin(), m_catalog.gpus.cend(),
                                 [](const GpuSpec &g) { return g.id == u"nvidia-rtx-3080"; });
    QVERIFY(it != m_catalog.gpus.cend());
    QVERIFY(!it->fp16TensorTflops);
    const PriceMetrics m = PriceMetrics::of(*it, 9300);
    QVERIFY(!m.perFp16Tflop());
    QVERIFY(!m.perTokenPerSecond());
    QCOMPARE(m.perGbVram().value_or(-1), 930.0);
}

QTEST_GUILESS_MAIN(TestPriceMetrics)
#include "tst_pricemetrics.moc"
