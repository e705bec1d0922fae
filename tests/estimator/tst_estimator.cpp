#include "BundledCatalogLookup.h"
#include "Calibration.h"
#include "Estimator.h"
#include "KvCacheEstimator.h"
#include "MemoryEstimator.h"
#include "WeightsEstimator.h"

#include <QTest>

// The estimator against the worked examples of estimation-methods.md section 7 and the
// architecture cases (GQA/MHA, MLA, sliding window, MoE, multi-GPU). Each row names the source
// of its expected figure.
class TestEstimator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void weights_data();
    void weights();
    void kvPerToken_data();
    void kvPerToken();
    void inferenceTotal_data();
    void inferenceTotal();
    void fineTuning_data();
    void fineTuning();
    void gpusNeeded_data();
    void gpusNeeded();
    void moeReadsActiveExperts();
    void decode_data();
    void decode();

private:
    ModelSpec model(const QString &id) const;
    GpuSpec gpu(const QString &id) const;
};

namespace {

constexpr double GiB = 1024.0 * 1024.0 * 1024.0;
constexpr double GB = 1e9;

} // namespace

void TestEstimator::initTestCase()
{
    QVERIFY(!bundledCatalog().gpus.isEmpty());
}

ModelSpec TestEstimator::model(const QString &id) const
{
    return bundledModel(id);
}

GpuSpec TestEstimator::gpu(const QString &id) const
{
    return bundledGpu(id);
}

void TestEstimator::weights_data()
{
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<QString>("format");
    QTest::addColumn<double>("expectedBytes");
    QTest::addColumn<double>("tolerance");
    QTest::newRow("Llama-2-7B Q4_K_M 3.80 GiB (llama-bench, PR #3084; methods 7.1)")
        << "llama-2-7b"
        << "q4_k_m" << 3.80 * GiB << 0.005;
    QTest::newRow("Llama-2-7B F16 12.55 GiB (llama-bench PR #6017; methods 7.1)")
        << "llama-2-7b"
        << "f16" << 12.55 * GiB << 0.005;
    QTest::newRow("Llama-2-7B Q5_K_M 4.45 GiB (llama-bench PR #3084)")
        << "llama-2-7b"
        << "q5_k_m" << 4.45 * GiB << 0.005;
    QTest::newRow("Llama-3.1-8B Q4_K_M 4.58 GiB (quantize README @311c2c9)")
        << "llama-3.1-8b"
        << "q4_k_m" << 4.58 * GiB << 0.005;
    QTest::newRow("Llama-3.1-8B Q3_K_M-class Q2_K 2.95 GiB (quantize README)")
        << "llama-3.1-8b"
        << "q2_k" << 2.95 * GiB << 0.005;
    QTest::newRow("Llama-3.1-70B FP16 141.1 GB (methods 7.2)") << "llama-3.1-70b"
                                                               << "fp16" << 141.1 * GB << 0.005;
    QTest::newRow("Llama-3.1-70B Q4_K_M 42.5 GB (methods 7.2)") << "llama-3.1-70b"
                                                                << "q4_k_m" << 42.5 * GB << 0.01;
    QTest::newRow("Llama-3.1-70B Q4_0 37.22 GiB (Ollama log, ollama PR #6279)")
        << "llama-3.1-70b"
        << "q4_0" << 37.22 * GiB << 0.005;
}

void TestEstimator::weights()
{
    QFETCH(QString, modelId);
    QFETCH(QString, format);
    QFETCH(double, expectedBytes);
    QFETCH(double, tolerance);
    const auto f = WeightFormats::fromKey(format);
    QVERIFY(f);
    compareWithin(WeightsEstimator::estimate(model(modelId), *f).totalBytes, expectedBytes,
                  tolerance);
}

void TestEstimator::kvPerToken_data()
{
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("context");
    QTest::addColumn<double>("expectedBytesPerToken");
    QTest::newRow("Llama-2-7B MHA 512 KiB/token (methods 2.2)")
        << "llama-2-7b"
        << "llama.cpp" << 4096 << 512.0 * 1024;
    QTest::newRow("Llama-3.1-8B GQA 128 KiB/token (methods 2.2; llama.cpp log 1024 MiB @8192)")
        << "llama-3.1-8b"
        << "llama.cpp" << 4096 << 128.0 * 1024;
    QTest::newRow("Llama-3.1-70B GQA 320 KiB/token (methods 2.2)")
        << "llama-3.1-70b"
        << "vllm" << 4096 << 320.0 * 1024;
    QTest::newRow("Llama-3.1-405B GQA 504 KiB/token (methods 2.2)")
        << "llama-3.1-405b"
        << "vllm" << 4096 << 504.0 * 1024;
    QTest::newRow("Command-R v01 MHA 1.25 MiB/token (methods 2.2)")
        << "command-r-v01"
        << "vllm" << 4096 << 1.25 * 1024 * 1024;
    QTest::newRow("DeepSeek-V3 MLA latent 576 x 2 B x 61 = 68.6 KiB/token (methods 2.2)")
        << "deepseek-v3"
        << "vllm" << 4096 << 576.0 * 2 * 61;
    // Gemma 2 9B: 21 of 42 layers slide over 4096 tokens; at 8192 they hold half the tokens.
    QTest::newRow("Gemma-2-9B at 8192: (21 + 21 x 4096/8192) x 8 x 256 x 2 x 2 B (methods 2.2)")
        << "gemma-2-9b"
        << "vllm" << 8192 << (21 + 21 * 0.5) * 8 * 256 * 2 * 2.0;
    QTest::newRow("Mistral-7B GGUF has no window in llama.cpp: full 128 KiB/token")
        << "mistral-7b-v0.1"
        << "llama.cpp" << 32768 << 128.0 * 1024;
    QTest::newRow("Mistral-7B in vLLM: 4096-token window at 32768 = 16 KiB/token")
        << "mistral-7b-v0.1"
        << "vllm" << 32768 << 16.0 * 1024;
}

void TestEstimator::kvPerToken()
{
    QFETCH(QString, modelId);
    QFETCH(QString, engine);
    QFETCH(int, context);
    QFETCH(double, expectedBytesPerToken);
    const auto e = EstimateKeys::engineFromKey(engine);
    QVERIFY(e);
    const double bytes = KvCacheEstimator::bytes(model(modelId), KvCacheType::F16, context, 1, *e);
    compareWithin(bytes / context, expectedBytesPerToken, 0.001);
}

void TestEstimator::inferenceTotal_data()
{
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("kv");
    QTest::addColumn<double>("expectedBytes");
    QTest::addColumn<double>("tolerance");
    // methods 7.1/7.2 count token_embd in VRAM; llama.cpp keeps it in host memory (its log), so
    // the estimate sits that much (0.26 GB for Llama 2, 1.05 GB for 70B F16) below.
    QTest::newRow("Llama-2-7B FP16 @4096 total 16.4 GB (methods 7.1)")
        << "llama-2-7b"
        << "f16"
        << "f16" << 16.4 * GB << 0.03;
    QTest::newRow("Llama-2-7B Q4_K_M @4096 total 7.0 GB (methods 7.1)")
        << "llama-2-7b"
        << "q4_k_m"
        << "f16" << 7.0 * GB << 0.03;
    QTest::newRow("Llama-2-7B Q4_K_M @4096 q8_0 KV: KV 1.14 GB instead of 2.15 (methods 7.1)")
        << "llama-2-7b"
        << "q4_k_m"
        << "q8_0" << (7.0 - 2.15 + 1.14) * GB << 0.03;
    QTest::newRow("Llama-3.1-70B FP16 @4096 total 143.6 GB (methods 7.2)")
        << "llama-3.1-70b"
        << "f16"
        << "f16" << 143.6 * GB << 0.03;
    QTest::newRow("Llama-3.1-70B Q4_K_M @4096 total 45.0 GB (methods 7.2)")
        << "llama-3.1-70b"
        << "q4_k_m"
        << "f16" << 45.0 * GB << 0.03;
}

void TestEstimator::inferenceTotal()
{
    QFETCH(QString, modelId);
    QFETCH(QString, format);
    QFETCH(QString, kv);
    QFETCH(double, expectedBytes);
    QFETCH(double, tolerance);
    EstimateRequest r;
    r.model = model(modelId);
    r.gpu = gpu(QStringLiteral("nvidia-h200-sxm-141gb"));
    r.format = *WeightFormats::fromKey(format);
    r.kvCache = *EstimateKeys::kvCacheFromKey(kv);
    r.engine = Engine::LlamaCpp;
    r.context = 4096;
    const Estimate e = Estimator::estimate(r);
    compareWithin(e.memory.total.estimate, expectedBytes, tolerance);
    QVERIFY(e.memory.total.low <= e.memory.total.estimate);
    QVERIFY(e.memory.total.high >= e.memory.total.estimate);
}

void TestEstimator::fineTuning_data()
{
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<QString>("workload");
    QTest::addColumn<int>("gpus");
    QTest::addColumn<int>("zeroStage");
    QTest::addColumn<QString>("part");
    QTest::addColumn<double>("expectedBytes");
    QTest::addColumn<double>("tolerance");
    QTest::newRow("Llama-2-7B QLoRA r16 ckpt @4096 ~8.6 GB per GPU (methods 7.1)")
        << "llama-2-7b"
        << "qlora" << 1 << 0 << "perGpu" << 8.6 * GB << 0.10;
    QTest::newRow("Llama-2-7B LoRA bf16 r16 ckpt @4096 ~17.7 GB (methods 7.1)")
        << "llama-2-7b"
        << "lora" << 1 << 0 << "perGpu" << 17.7 * GB << 0.10;
    QTest::newRow("Llama-2-7B full FT: 16 B/param states 107.8 GB (methods 7.1)")
        << "llama-2-7b"
        << "full" << 1 << 0 << "states" << 107.8 * GB << 0.01;
    QTest::newRow("Llama-2-7B full FT ZeRO-3 on 2 GPUs: 53.9 GB states/GPU (methods 7.1)")
        << "llama-2-7b"
        << "full" << 2 << 3 << "statesPerGpu" << 53.9 * GB << 0.01;
    QTest::newRow("Llama-2-7B full FT ZeRO-2 on 2 GPUs: 60.6 GB states/GPU (methods 7.1)")
        << "llama-2-7b"
        << "full" << 2 << 2 << "statesPerGpu" << 60.6 * GB << 0.01;
    QTest::newRow("Llama-3.1-70B QLoRA r16 ckpt @4096 56-60 GB (methods 7.2)")
        << "llama-3.1-70b"
        << "qlora" << 1 << 0 << "perGpu" << 58.0 * GB << 0.10;
    QTest::newRow("Llama-3.1-70B full FT ZeRO-3 on 32 GPUs: 35.3 GB states/GPU (methods 7.2)")
        << "llama-3.1-70b"
        << "full" << 32 << 3 << "statesPerGpu" << 35.3 * GB << 0.01;
}

void TestEstimator::fineTuning()
{
    QFETCH(QString, modelId);
    QFETCH(QString, workload);
    QFETCH(int, gpus);
    QFETCH(int, zeroStage);
    QFETCH(QString, part);
    QFETCH(double, expectedBytes);
    QFETCH(double, tolerance);
    EstimateRequest r;
    r.model = model(modelId);
    r.gpu = gpu(QStringLiteral("nvidia-h100-sxm5-80gb"));
    r.workload = *EstimateKeys::workloadFromKey(workload);
    r.format = WeightFormat::Bf16;
    r.engine = Engine::Transformers;
    r.context = 4096;
    r.gpuCount = gpus;
    r.zeroStage = zeroStage;
    const Estimate e = Estimator::estimate(r);
    const MemoryEstimate &m = e.memory;
    const double states = m.weights.estimate + m.gradients.estimate + m.optimizer.estimate;
    double actual = m.perGpu.estimate;
    if (part == u"states")
        actual = states;
    else if (part == u"statesPerGpu")
        actual = states / gpus;
    compareWithin(actual, expectedBytes, tolerance);
}

void TestEstimator::gpusNeeded_data()
{
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("gpuId");
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("workload");
    QTest::addColumn<int>("expected");
    QTest::newRow("70B FP16 on H100 80GB, vLLM: 2 with TP=2 (methods 7.2)")
        << "llama-3.1-70b"
        << "fp16"
        << "nvidia-h100-sxm5-80gb"
        << "vllm"
        << "inference" << 2;
    QTest::newRow("70B FP16 on H200, llama.cpp: 1 (methods 7.2)") << "llama-3.1-70b"
                                                                  << "fp16"
                                                                  << "nvidia-h200-sxm-141gb"
                                                                  << "llama.cpp"
                                                                  << "inference" << 1;
    QTest::newRow("70B FP16 on H200, vLLM: not under the 0.9 cap, 2 (methods 7.2)")
        << "llama-3.1-70b"
        << "fp16"
        << "nvidia-h200-sxm-141gb"
        << "vllm"
        << "inference" << 2;
    QTest::newRow("70B FP16 on 24 GB cards, vLLM: 8, TP divides the heads (methods 7.2)")
        << "llama-3.1-70b"
        << "fp16"
        << "nvidia-rtx-4090"
        << "vllm"
        << "inference" << 8;
    QTest::newRow("70B Q4_K_M on 48 GB: 1 (methods 7.2)") << "llama-3.1-70b"
                                                          << "q4_k_m"
                                                          << "nvidia-l40s"
                                                          << "llama.cpp"
                                                          << "inference" << 1;
    QTest::newRow("70B Q4_K_M on 24 GB: 2 layer split (methods 7.2)") << "llama-3.1-70b"
                                                                      << "q4_k_m"
                                                                      << "nvidia-rtx-4090"
                                                                      << "llama.cpp"
                                                                      << "inference" << 2;
    QTest::newRow("7B full FT on 80 GB: ZeRO-3 over 2 (methods 7.1)") << "llama-2-7b"
                                                                      << "bf16"
                                                                      << "nvidia-a100-sxm4-80gb"
                                                                      << "transformers"
                                                                      << "full" << 2;
    QTest::newRow("7B QLoRA @4096: 1 x 12-16 GB card (methods 7.1)") << "llama-2-7b"
                                                                     << "nf4"
                                                                     << "nvidia-rtx-4060-ti-16gb"
                                                                     << "transformers"
                                                                     << "qlora" << 1;
}

void TestEstimator::gpusNeeded()
{
    QFETCH(QString, modelId);
    QFETCH(QString, format);
    QFETCH(QString, gpuId);
    QFETCH(QString, engine);
    QFETCH(QString, workload);
    QFETCH(int, expected);
    EstimateRequest r;
    r.model = model(modelId);
    r.gpu = gpu(gpuId);
    r.format = *WeightFormats::fromKey(format);
    r.engine = *EstimateKeys::engineFromKey(engine);
    r.workload = *EstimateKeys::workloadFromKey(workload);
    r.context = 4096;
    const Estimate e = Estimator::estimate(r);
    QCOMPARE(e.gpusNeeded, expected);
    QCOMPARE(e.fits, expected == 1);
}

void TestEstimator::moeReadsActiveExperts()
{
    // Mixtral 8x7B: 46.7 B resident, 12.9 B active (methods 1); at batch 1 a step reads the
    // non-expert weights and 2 of 8 experts; by batch 16 nearly all (1 - (6/8)^16 = 99 %).
    const ModelSpec mixtral = model(QStringLiteral("mixtral-8x7b-v0.1"));
    QVERIFY(std::abs(mixtral.paramsTotalB - 46.7) < 0.1);
    QVERIFY(std::abs(mixtral.paramsActiveB - 12.9) < 0.1);
    const auto w = WeightsEstimator::estimate(mixtral, WeightFormat::Fp16);
    compareWithin(w.totalBytes, 46.70e9 * 2, 0.01);
    const double nonExpert = w.totalBytes - w.embeddingBytes - w.expertBytes;
    compareWithin(w.readBytesPerStep(2, 8, 1), nonExpert + 0.25 * w.expertBytes, 1e-9);
    compareWithin(w.readBytesPerStep(2, 8, 16), nonExpert + 0.99 * w.expertBytes, 0.01);

    EstimateRequest r;
    r.model = mixtral;
    r.gpu = gpu(QStringLiteral("nvidia-h200-sxm-141gb"));
    r.format = WeightFormat::Fp16;
    r.engine = Engine::Vllm;
    r.context = 1024;
    const Estimate moe = Estimator::estimate(r);
    QVERIFY(moe.fits);
    QVERIFY(moe.memory.weights.estimate > 46e9 * 2 * 0.99); // all experts resident
    r.model = model(QStringLiteral("llama-3.1-70b"));
    const Estimate dense = Estimator::estimate(r);
    // Active parameters drive speed: 12.9 B active against 70.6 B dense.
    QVERIFY(moe.speed.decodeTokensPerS->estimate > 3 * dense.speed.decodeTokensPerS->estimate);
}

void TestEstimator::decode_data()
{
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("gpuId");
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("gpus");
    QTest::addColumn<int>("context");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("tolerance");
    QTest::newRow("70B FP16 2 x H100 SXM TP=2: ~34 t/s (methods 7.2)")
        << "llama-3.1-70b"
        << "fp16"
        << "nvidia-h100-sxm5-80gb"
        << "vllm" << 2 << 4096 << 34.0 << 0.15;
    QTest::newRow("7B FP16 A100-80G SXM @4k: ~98 t/s (methods 7.1)")
        << "llama-2-7b"
        << "fp16"
        << "nvidia-a100-sxm4-80gb"
        << "vllm" << 1 << 4096 << 98.0 << 0.15;
    // One pair of constants fits every GDDR card and llama.cpp build (151-189 t/s for this
    // pair across builds), so one row is held to the MdAPE target, not tighter.
    QTest::newRow("7B Q4_0 RTX 4090 llama-bench tg128: 189 t/s (discussion #15013)")
        << "llama-2-7b"
        << "q4_0"
        << "nvidia-rtx-4090"
        << "llama.cpp" << 1 << 64 << 189.0 << 0.20;
    QTest::newRow("7B F16 M1 Max llama-bench tg128: 23.0 t/s (llama.cpp Metal table)")
        << "llama-2-7b"
        << "f16"
        << "apple-m1-max"
        << "llama.cpp" << 1 << 64 << 23.03 << 0.10;
}

void TestEstimator::decode()
{
    QFETCH(QString, modelId);
    QFETCH(QString, format);
    QFETCH(QString, gpuId);
    QFETCH(QString, engine);
    QFETCH(int, gpus);
    QFETCH(int, context);
    QFETCH(double, expected);
    QFETCH(double, tolerance);
    EstimateRequest r;
    r.model = model(modelId);
    r.gpu = gpu(gpuId);
    r.format = *WeightFormats::fromKey(format);
    r.engine = *EstimateKeys::engineFromKey(engine);
    r.gpuCount = gpus;
    r.context = context;
    const Estimate e = Estimator::estimate(r);
    QVERIFY(e.speed.decodeTokensPerS);
    compareWithin(e.speed.decodeTokensPerS->estimate, expected, tolerance);
    QVERIFY(e.speed.decodeTokensPerS->low < expected);
    QVERIFY(e.speed.decodeTokensPerS->high > expected);
}

QTEST_GUILESS_MAIN(TestEstimator)
#include "tst_estimator.moc"
