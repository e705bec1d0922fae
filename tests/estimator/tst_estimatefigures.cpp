#include "BundledCatalogLookup.h"
#include "Estimator.h"
#include "WorkloadEvaluator.h"

#include <QTest>

// The GPU table's fast path (Estimator::figures, WorkloadEvaluator::evaluateAll) against the
// full estimate: the same numbers for every bundled GPU and model, for each kind of workload,
// whether memory is computed per GPU or looked up in the table prepared for a catalog, and
// whether a long list is split over threads or not.
class TestEstimateFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void figuresEqualFullEstimate_data();
    void figuresEqualFullEstimate();
    void evaluateAllEqualsOneByOne();

private:
    EstimateRequest workload(const QString &modelId, Workload kind, WeightFormat format,
                             Engine engine) const;
};

void TestEstimateFigures::initTestCase()
{
    QVERIFY(!bundledCatalog().gpus.isEmpty());
}

EstimateRequest TestEstimateFigures::workload(const QString &modelId, Workload kind,
                                              WeightFormat format, Engine engine) const
{
    EstimateRequest r;
    r.model = bundledModel(modelId);
    r.workload = kind;
    r.format = format;
    r.engine = engine;
    r.context = 8192;
    r.batch = 4;
    return r;
}

void TestEstimateFigures::figuresEqualFullEstimate_data()
{
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<Workload>("kind");
    QTest::addColumn<WeightFormat>("format");
    QTest::addColumn<Engine>("engine");
    QTest::newRow("8B Q4_K_M llama.cpp")
        << "llama-3.1-8b" << Workload::Inference << WeightFormat::GgufQ4_K_M << Engine::LlamaCpp;
    QTest::newRow("70B FP16 vLLM")
        << "llama-3.1-70b" << Workload::Inference << WeightFormat::Fp16 << Engine::Vllm;
    QTest::newRow("Mixtral INT4 transformers")
        << "mixtral-8x7b-v0.1" << Workload::Inference << WeightFormat::Int4 << Engine::Transformers;
    QTest::newRow("8B LoRA") << "llama-3.1-8b" << Workload::Lora << WeightFormat::Bf16
                             << Engine::Transformers;
    QTest::newRow("70B QLoRA") << "llama-3.1-70b" << Workload::Qlora << WeightFormat::Nf4
                               << Engine::Transformers;
    QTest::newRow("8B full fine-tune")
        << "llama-3.1-8b" << Workload::FullFineTune << WeightFormat::Bf16 << Engine::DeepSpeed;
}

void TestEstimateFigures::figuresEqualFullEstimate()
{
    QFETCH(QString, modelId);
    QFETCH(Workload, kind);
    QFETCH(WeightFormat, format);
    QFETCH(Engine, engine);
    const EstimateRequest request = workload(modelId, kind, format, engine);
    QVERIFY2(!request.model.id.isEmpty(), qPrintable(modelId));
    const PreparedWorkload prepared = Estimator::prepare(request);
    const PreparedWorkload forCatalog = Estimator::prepareForCatalog(request);
    QVERIFY(!prepared.memoryTable);
    QVERIFY(forCatalog.memoryTable);
    int fitting = 0;
    int needingSeveral = 0;
    // 3 is not a power of two (no tensor parallelism), 64 the table's last count, 65 past it.
    const QList<int> counts = {1, 2, 3, 8, 64, 65};
    for (const GpuSpec &gpu : bundledCatalog().gpus) {
        for (int count : counts) {
            EstimateRequest one = request;
            one.gpu = gpu;
            one.gpuCount = count;
            const Estimate full = Estimator::estimate(one);
            const QByteArray where = QStringLiteral("%1 x%2").arg(gpu.id).arg(count).toUtf8();
            const EstimateFigures computed = Estimator::figures(prepared, gpu, count);
            const EstimateFigures fast = Estimator::figures(forCatalog, gpu, count);
            QVERIFY2(fast.perGpuBytes.estimate == computed.perGpuBytes.estimate, where.constData());
            QVERIFY2(fast.perGpuBytes.low == computed.perGpuBytes.low, where.constData());
            QVERIFY2(fast.gpusNeeded == computed.gpusNeeded, where.constData());
            QVERIFY2(fast.aggregateTokensPerS.has_value() ==
                         computed.aggregateTokensPerS.has_value(),
                     where.constData());
            if (fast.aggregateTokensPerS)
                QVERIFY2(fast.aggregateTokensPerS->estimate ==
                             computed.aggregateTokensPerS->estimate,
                         where.constData());
            QVERIFY2(!full.basis.isEmpty(), where.constData());
            QVERIFY2(fast.perGpuBytes.estimate == full.memory.perGpu.estimate, where.constData());
            QVERIFY2(fast.perGpuBytes.high == full.memory.perGpu.high, where.constData());
            QVERIFY2(fast.usableBytesPerGpu == full.usableBytesPerGpu, where.constData());
            QVERIFY2(fast.fits == full.fits, where.constData());
            QVERIFY2(fast.gpusNeeded == full.gpusNeeded, where.constData());
            QVERIFY2(fast.decodeTokensPerS.has_value() == full.speed.decodeTokensPerS.has_value(),
                     where.constData());
            if (fast.decodeTokensPerS)
                QVERIFY2(fast.decodeTokensPerS->estimate == full.speed.decodeTokensPerS->estimate,
                         where.constData());
            fitting += full.fits ? 1 : 0;
            needingSeveral += full.gpusNeeded > 1 ? 1 : 0;
        }
    }
    // The comparison covered GPUs that fit as well as ones that do not, and the count search.
    QVERIFY(fitting > 0);
    QVERIFY(fitting < bundledCatalog().gpus.size() * counts.size());
    // Models split over several GPUs somewhere in the catalog (LoRA keeps a whole copy on each).
    const bool splits = kind == Workload::FullFineTune || kind == Workload::Inference;
    QCOMPARE(needingSeveral > 0, splits);
}

void TestEstimateFigures::evaluateAllEqualsOneByOne()
{
    // Long enough to be split over threads.
    QList<GpuSpec> gpus;
    while (gpus.size() < 6000)
        gpus += bundledCatalog().gpus;
    const EstimateRequest request = workload(QStringLiteral("llama-3.1-70b"), Workload::Inference,
                                             WeightFormat::GgufQ4_K_M, Engine::LlamaCpp);
    const CostSettings costs = CostSettings::defaults();
    const QVector<GpuEvaluation> all = WorkloadEvaluator::evaluateAll(request, costs, gpus);
    QCOMPARE(all.size(), gpus.size());
    int withCost = 0;
    for (qsizetype i = 0; i < gpus.size(); i += 97) {
        const GpuEvaluation one = WorkloadEvaluator::evaluate(request, costs, gpus.at(i));
        const QByteArray where = gpus.at(i).id.toUtf8();
        QVERIFY2(all.at(i).gpusNeeded == one.gpusNeeded, where.constData());
        QVERIFY2(all.at(i).vramNeededGiB == one.vramNeededGiB, where.constData());
        QVERIFY2(all.at(i).decodeTokensPerS == one.decodeTokensPerS, where.constData());
        QVERIFY2(all.at(i).costPerMillionTokensSek == one.costPerMillionTokensSek,
                 where.constData());
        QVERIFY2(all.at(i).yearlyCostSek == one.yearlyCostSek, where.constData());
        withCost += one.costPerMillionTokensSek ? 1 : 0;
    }
    QVERIFY(withCost > 0);

    // Another workload written into the same storage: the same figures as in new storage.
    EstimateRequest other = request;
    other.context = 2048;
    const QVector<GpuEvaluation> fresh = WorkloadEvaluator::evaluateAll(other, costs, gpus);
    QVector<GpuEvaluation> shared = all; // shared with `all`: must not be written into
    const QVector<GpuEvaluation> reused =
        WorkloadEvaluator::evaluateAll(other, costs, gpus, std::move(shared));
    QVERIFY(reused.constData() != all.constData());
    QVERIFY(all.at(0).vramNeededGiB != fresh.at(0).vramNeededGiB); // `all` kept its figures
    QVector<GpuEvaluation> unshared = all;
    unshared.detach();
    const GpuEvaluation *own = unshared.constData();
    const QVector<GpuEvaluation> inPlace =
        WorkloadEvaluator::evaluateAll(other, costs, gpus, std::move(unshared));
    QCOMPARE(inPlace.constData(), own);
    QCOMPARE(inPlace.size(), fresh.size());
    for (qsizetype i = 0; i < gpus.size(); i += 97) {
        QCOMPARE(reused.at(i).vramNeededGiB, fresh.at(i).vramNeededGiB);
        QCOMPARE(inPlace.at(i).vramNeededGiB, fresh.at(i).vramNeededGiB);
        QCOMPARE(inPlace.at(i).gpusNeeded, fresh.at(i).gpusNeeded);
        QCOMPARE(inPlace.at(i).yearlyCostSek, fresh.at(i).yearlyCostSek);
    }
}

QTEST_GUILESS_MAIN(TestEstimateFigures)
#include "tst_estimatefigures.moc"
