#include "BundledCatalog.h"
#include "EstimateRequest.h"
#include "EstimatedThroughput.h"
#include "Recommender.h"

#include <QTest>

// Ranking for scenarios whose answer the source article's use-case table gives: a 7B model for
// local inference belongs on a 24 GB consumer card, not an H100; renting wins for occasional
// use (article point 8). Throughput and GPU counts come from the estimator, with its default
// engine for each GPU, as `gpu-advisor-cli recommend` gets them.
class TestRecommender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void order_data();
    void order();
    void consumerCardFirstFor7bInference();
    void budgetExcludes();
    void rentInsteadForOccasionalUse();
    void cloudScalingRanksRentals();
    void articleTable();
    void useCaseWorkloads_data();
    void useCaseWorkloads();
    void trainingUsesTrainingThroughput();

private:
    QList<Recommender::Candidate> candidates(const QString &modelId, const QString &precision,
                                             UseCase useCase) const;
    CatalogData m_catalog;
};

void TestRecommender::initTestCase()
{
    const auto loaded = BundledCatalog::load();
    QVERIFY(loaded.ok());
    m_catalog = *loaded;
}

QList<Recommender::Candidate>
TestRecommender::candidates(const QString &modelId, const QString &precision, UseCase useCase) const
{
    const auto model = std::find_if(m_catalog.models.cbegin(), m_catalog.models.cend(),
                                    [&](const ModelSpec &m) { return m.id == modelId; });
    if (model == m_catalog.models.cend())
        qFatal("model %s not in the bundled catalog", qPrintable(modelId));
    const auto format = WeightFormats::fromKey(precision);
    if (!format)
        qFatal("%s is not a weight format", qPrintable(precision));
    EstimateRequest workload;
    workload.model = *model;
    workload.workload = estimatorWorkload(useCase);
    workload.format = *format;
    return Recommender::estimateCandidates(m_catalog.gpus, workload, false);
}

void TestRecommender::order_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<QString>("rankBy");
    QTest::addColumn<QString>("better");
    QTest::addColumn<QString>("worse");

    QTest::newRow("article use-case table: Llama-2-7B inference, RTX 4090 above H100 SXM")
        << "llama-2-7b"
        << "fp16"
        << "cost-per-million-tokens"
        << "nvidia-rtx-4090"
        << "nvidia-h100-sxm5-80gb";
    QTest::newRow("same on TCO") << "llama-2-7b"
                                 << "fp16"
                                 << "tco"
                                 << "nvidia-rtx-4090"
                                 << "nvidia-h100-sxm5-80gb";
    QTest::newRow("same on price per token/s") << "llama-2-7b"
                                               << "fp16"
                                               << "price-per-token-per-second"
                                               << "nvidia-rtx-4090"
                                               << "nvidia-h100-pcie-80gb";
    QTest::newRow("article: RTX 3090 for local inference above H100, Mistral 7B Q4_K_M")
        << "mistral-7b-v0.1"
        << "q4_k_m"
        << "cost-per-million-tokens"
        << "nvidia-rtx-3090"
        << "nvidia-h100-sxm5-80gb";
    QTest::newRow("article: RX 7900 XTX for local inference above H100, Llama-3.1-8B")
        << "llama-3.1-8b"
        << "fp16"
        << "cost-per-million-tokens"
        << "amd-radeon-rx-7900-xtx"
        << "nvidia-h100-pcie-80gb";
}

void TestRecommender::order()
{
    QFETCH(QString, model);
    QFETCH(QString, precision);
    QFETCH(QString, rankBy);
    QFETCH(QString, better);
    QFETCH(QString, worse);
    const auto by = Recommender::rankByFromKey(rankBy);
    QVERIFY(by);
    const auto rec =
        Recommender::recommend(candidates(model, precision, UseCase::Inference), UseCase::Inference,
                               CostCalculator(), std::nullopt, *by, 0);
    int betterRank = 0, worseRank = 0;
    for (const auto &o : rec.ranked) {
        if (o.gpuId == better)
            betterRank = o.rank;
        if (o.gpuId == worse)
            worseRank = o.rank;
    }
    QVERIFY2(betterRank > 0 && worseRank > 0, "both must be ranked");
    QVERIFY2(betterRank < worseRank, qPrintable(QStringLiteral("%1 is #%2, %3 is #%4")
                                                    .arg(better)
                                                    .arg(betterRank)
                                                    .arg(worse)
                                                    .arg(worseRank)));
}

void TestRecommender::consumerCardFirstFor7bInference()
{
    const auto rec = Recommender::recommend(
        candidates(QStringLiteral("llama-2-7b"), QStringLiteral("fp16"), UseCase::Inference),
        UseCase::Inference, CostCalculator(), std::nullopt,
        Recommender::RankBy::CostPerMillionTokens, 5);
    QVERIFY(!rec.ranked.isEmpty());
    QVERIFY(rec.ranked.size() <= 5);
    const auto &first = rec.ranked.first();
    QCOMPARE(first.rank, 1);
    QCOMPARE(first.count, 1);
    const auto gpu = std::find_if(m_catalog.gpus.cbegin(), m_catalog.gpus.cend(),
                                  [&](const GpuSpec &g) { return g.id == first.gpuId; });
    QCOMPARE(gpu->gpuClass, GpuClass::Consumer);
    // At least the article's 16 GB for inference (the RTX 5090's 32 GB, newer than the article,
    // leads on speed per krona).
    QVERIFY(gpu->vramGB.value_or(0) >= 16);
    QVERIFY(!first.reason.isEmpty());
    for (int i = 1; i < rec.ranked.size(); ++i) {
        QVERIFY(rec.ranked.at(i).costPerMillionTokensSek.value_or(1e18) >=
                rec.ranked.at(i - 1).costPerMillionTokensSek.value_or(0));
    }
    // The RTX 3060 (12 GB) holds the FP16 7B model (12.6 GiB of weights) only as two cards;
    // every candidate that fits comes with the estimator's speed and its engine.
    for (const auto &c :
         candidates(QStringLiteral("llama-2-7b"), QStringLiteral("fp16"), UseCase::Inference)) {
        if (c.gpu.id == u"nvidia-rtx-3060") {
            QVERIFY(c.throughput.fits);
            QCOMPARE(c.count, 2);
        }
        if (c.throughput.fits) {
            QVERIFY2(c.throughput.tokensPerSecond > 0, qPrintable(c.gpu.id));
            QCOMPARE(c.throughput.source, QStringLiteral("estimator"));
            QVERIFY(!c.throughput.engine.isEmpty());
        }
    }
    // Cards without a price are left out with the reason, not ranked as free.
    QVERIFY(std::any_of(rec.excluded.cbegin(), rec.excluded.cend(),
                        [](const auto &e) { return e.gpuId == u"nvidia-rtx-a6000"; }));
}

void TestRecommender::budgetExcludes()
{
    // 15 000 kr: the RTX 4090 (20 000 kr) is over; the RX 7900 XTX (13 200 kr) is not.
    const auto rec = Recommender::recommend(
        candidates(QStringLiteral("llama-2-7b"), QStringLiteral("fp16"), UseCase::Inference),
        UseCase::Inference, CostCalculator(), 15000.0, Recommender::RankBy::CostPerMillionTokens,
        0);
    for (const auto &o : rec.ranked)
        QVERIFY2(o.purchaseSek.value_or(1e18) <= 15000, qPrintable(o.gpuId));
    QVERIFY(std::any_of(rec.ranked.cbegin(), rec.ranked.cend(),
                        [](const auto &o) { return o.gpuId == u"amd-radeon-rx-7900-xtx"; }));
    QVERIFY(std::any_of(rec.excluded.cbegin(), rec.excluded.cend(), [](const auto &e) {
        return e.gpuId == u"nvidia-rtx-4090" && e.reason.contains(QStringLiteral("budget"));
    }));
}

void TestRecommender::rentInsteadForOccasionalUse()
{
    // Article point 8: an API is cheaper for occasional use. One hour a day, 10 % busy.
    CostSettings occasional;
    occasional.hoursPerDay = 1;
    occasional.utilisation = 0.1;
    const auto api = CostSettings::defaultApiPrice(6.7);
    const auto rare = Recommender::recommend(
        candidates(QStringLiteral("llama-2-7b"), QStringLiteral("fp16"), UseCase::Inference),
        UseCase::Inference, CostCalculator(occasional), std::nullopt,
        Recommender::RankBy::CostPerMillionTokens, 3, api);
    QVERIFY(rare.rentInsteadWins);
    QVERIFY(rare.summary.contains(QStringLiteral("rent instead")));
    QVERIFY(!rare.alternatives.isEmpty());
    QVERIFY(rare.alternatives.first().kind != Recommender::Option::Kind::Own);

    // Heavy, continuous use (the defaults: all year at full load): owning wins.
    const auto heavy = Recommender::recommend(
        candidates(QStringLiteral("llama-2-7b"), QStringLiteral("fp16"), UseCase::Inference),
        UseCase::Inference, CostCalculator(), std::nullopt,
        Recommender::RankBy::CostPerMillionTokens, 3, api);
    QVERIFY(!heavy.rentInsteadWins);
    QVERIFY(heavy.summary.contains(QStringLiteral("best choice")));
}

void TestRecommender::cloudScalingRanksRentals()
{
    const auto rec = Recommender::recommend(
        candidates(QStringLiteral("llama-3.1-70b"), QStringLiteral("fp16"), UseCase::CloudScaling),
        UseCase::CloudScaling, CostCalculator(), std::nullopt,
        Recommender::RankBy::CostPerMillionTokens, 0);
    QVERIFY(!rec.ranked.isEmpty());
    for (const auto &o : rec.ranked)
        QCOMPARE(o.kind, Recommender::Option::Kind::RentGpu);
    // The 70B model at FP16 (169 GB) needs several cards, so every rental is multi-GPU.
    for (const auto &o : rec.ranked)
        QVERIFY2(o.count >= 2, qPrintable(o.gpuId));
}

void TestRecommender::articleTable()
{
    QVERIFY(
        Recommender::articleGpuIds(UseCase::Inference).contains(QStringLiteral("nvidia-rtx-4090")));
    QVERIFY(Recommender::articleGpuIds(UseCase::Training)
                .contains(QStringLiteral("amd-instinct-mi300x")));
    QVERIFY(Recommender::articleGpuIds(UseCase::FineTuning)
                .contains(QStringLiteral("nvidia-rtx-6000-ada")));
    // Every id the table names is in the catalog.
    for (UseCase uc :
         {UseCase::Inference, UseCase::FineTuning, UseCase::Training, UseCase::CloudScaling}) {
        for (const QString &id : Recommender::articleGpuIds(uc)) {
            QVERIFY2(std::any_of(m_catalog.gpus.cbegin(), m_catalog.gpus.cend(),
                                 [&](const GpuSpec &g) { return g.id == id; }),
                     qPrintable(id));
        }
    }
}

void TestRecommender::useCaseWorkloads_data()
{
    QTest::addColumn<int>("useCase");
    QTest::addColumn<QString>("workload");
    QTest::addColumn<int>("back");

    // docs/COST.md, "Use cases and estimator workloads".
    QTest::newRow("local inference runs the model")
        << int(UseCase::Inference) << "inference" << int(UseCase::Inference);
    QTest::newRow("cloud scaling is inference on rented cards")
        << int(UseCase::CloudScaling) << "inference" << int(UseCase::Inference);
    QTest::newRow("local fine-tuning is LoRA on a 16-bit base")
        << int(UseCase::FineTuning) << "lora" << int(UseCase::FineTuning);
    QTest::newRow("large-model training trains every weight")
        << int(UseCase::Training) << "full" << int(UseCase::Training);
}

void TestRecommender::useCaseWorkloads()
{
    QFETCH(int, useCase);
    QFETCH(QString, workload);
    QFETCH(int, back);
    const Workload w = estimatorWorkload(UseCase(useCase));
    QCOMPARE(EstimateKeys::workloadKey(w), workload);
    QCOMPARE(int(useCaseOf(w)), back);
    QCOMPARE(useCaseOf(Workload::Qlora), UseCase::FineTuning);
}

void TestRecommender::trainingUsesTrainingThroughput()
{
    // Full training of a 7B model needs about 16 bytes a parameter (112 GB): several 80 GB
    // cards, sharded; the speed is trained tokens per second from the estimator's time.
    const auto list =
        candidates(QStringLiteral("llama-2-7b"), QStringLiteral("bf16"), UseCase::Training);
    const auto h100 = std::find_if(list.cbegin(), list.cend(), [](const auto &c) {
        return c.gpu.id == u"nvidia-h100-sxm5-80gb";
    });
    QVERIFY(h100 != list.cend());
    QVERIFY(h100->throughput.fits);
    QVERIFY(h100->count >= 2 && h100->count <= EstimatedThroughput::maxCards);
    QVERIFY(h100->throughput.tokensPerSecond > 0);
    const auto rec = Recommender::recommend(list, UseCase::Training, CostCalculator(), std::nullopt,
                                            Recommender::RankBy::CostPerMillionTokens, 0);
    QVERIFY(std::any_of(rec.ranked.cbegin(), rec.ranked.cend(), [](const auto &o) {
        return o.gpuId == u"nvidia-h100-sxm5-80gb" && o.count >= 2;
    }));
    // Consumer cards with 8 GB cannot hold the training state on one node.
    QVERIFY(std::none_of(rec.ranked.cbegin(), rec.ranked.cend(),
                         [](const auto &o) { return o.count > EstimatedThroughput::maxCards; }));
}

QTEST_GUILESS_MAIN(TestRecommender)
#include "tst_recommender.moc"
