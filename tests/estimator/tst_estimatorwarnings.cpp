#include "BundledCatalogLookup.h"
#include "Calibration.h"
#include "Estimator.h"

#include <QTest>

// The estimator's warnings for combinations that deserve one, and the correction of decode
// speed by the user's own measurements.
class TestEstimatorWarnings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void warnings_data();
    void warnings();
    void calibrationCorrectsDecode();

private:
    static ModelSpec model(const QString &id) { return bundledModel(id); }
    static GpuSpec gpu(const QString &id) { return bundledGpu(id); }
};

void TestEstimatorWarnings::warnings_data()
{
    QTest::addColumn<QString>("gpuId");
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("workload");
    QTest::addColumn<int>("gpus");
    QTest::addColumn<QString>("expected");
    QTest::newRow("vLLM on Metal") << "apple-m2-ultra"
                                   << "vllm"
                                   << "fp16"
                                   << "inference" << 1 << "does not run on";
    QTest::newRow("Apple unified memory share") << "apple-m2-ultra"
                                                << "llama.cpp"
                                                << "q4_k_m"
                                                << "inference" << 1 << "unified memory";
    QTest::newRow("FP8 on Ampere") << "nvidia-rtx-3090"
                                   << "vllm"
                                   << "fp8"
                                   << "inference" << 1 << "no FP8 tensor cores";
    QTest::newRow("INT4 without INT4 tensor cores (H100)") << "nvidia-h100-sxm5-80gb"
                                                           << "vllm"
                                                           << "int4"
                                                           << "inference" << 1 << "no INT4";
    QTest::newRow("PCIe-only multi-GPU training") << "nvidia-rtx-4090"
                                                  << "deepspeed"
                                                  << "bf16"
                                                  << "full" << 4 << "PCIe only";
    QTest::newRow("GGUF in vLLM") << "nvidia-a100-sxm4-80gb"
                                  << "vllm"
                                  << "q4_k_m"
                                  << "inference" << 1 << "does not load";
}

void TestEstimatorWarnings::warnings()
{
    QFETCH(QString, gpuId);
    QFETCH(QString, engine);
    QFETCH(QString, format);
    QFETCH(QString, workload);
    QFETCH(int, gpus);
    QFETCH(QString, expected);
    EstimateRequest r;
    r.model = model(QStringLiteral("llama-3.1-8b"));
    r.gpu = gpu(gpuId);
    r.engine = *EstimateKeys::engineFromKey(engine);
    r.format = *WeightFormats::fromKey(format);
    r.workload = *EstimateKeys::workloadFromKey(workload);
    r.gpuCount = gpus;
    const Estimate e = Estimator::estimate(r);
    QVERIFY2(e.warnings.join(u'\n').contains(expected),
             qPrintable(e.warnings.join(QStringLiteral(" | "))));
    // A plain, supported configuration carries none of these.
    r.gpu = gpu(QStringLiteral("nvidia-h100-sxm5-80gb"));
    r.engine = Engine::Vllm;
    r.format = WeightFormat::Bf16;
    r.workload = Workload::Inference;
    r.gpuCount = 1;
    QVERIFY2(Estimator::estimate(r).warnings.isEmpty(),
             qPrintable(Estimator::estimate(r).warnings.join(QStringLiteral(" | "))));
}

void TestEstimatorWarnings::calibrationCorrectsDecode()
{
    EstimateRequest r;
    r.model = model(QStringLiteral("llama-2-7b"));
    r.gpu = gpu(QStringLiteral("nvidia-rtx-4090"));
    r.format = WeightFormat::GgufQ4_0;
    r.engine = Engine::LlamaCpp;
    r.context = 64;
    const Estimate plain = Estimator::estimate(r);
    Calibration calibration;
    calibration.add(r.gpu.id, r.engine, plain.speed.decodeTokensPerS->estimate * 1.2,
                    plain.speed.decodeTokensPerS->estimate);
    calibration.add(r.gpu.id, r.engine, plain.speed.decodeTokensPerS->estimate * 1.2,
                    plain.speed.decodeTokensPerS->estimate);
    const auto c = calibration.correction(r.gpu.id, r.engine);
    QVERIFY(c);
    QCOMPARE(c->count, 2);
    QVERIFY(std::abs(c->factor - 1.2) < 1e-9);
    QVERIFY(!calibration.correction(r.gpu.id, Engine::Vllm));
    r.decodeCorrection = c->factor;
    r.correctionMeasurements = c->count;
    const Estimate corrected = Estimator::estimate(r);
    compareWithin(corrected.speed.decodeTokensPerS->estimate,
                  plain.speed.decodeTokensPerS->estimate * 1.2, 1e-9);
    // More measurements behind it: a narrower range.
    QVERIFY(corrected.speed.decodeTokensPerS->high / corrected.speed.decodeTokensPerS->low <
            plain.speed.decodeTokensPerS->high / plain.speed.decodeTokensPerS->low);
}

QTEST_GUILESS_MAIN(TestEstimatorWarnings)
#include "tst_estimatorwarnings.moc"
