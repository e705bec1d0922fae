#include "Estimator.h"

#include "EngineProfile.h"
#include "MemoryEstimator.h"
#include "SpeedEstimator.h"

#include <QCoreApplication>

namespace {

constexpr double GiB = 1024.0 * 1024.0 * 1024.0;

QString gib(double bytes)
{
    return QString::number(bytes / GiB, 'f', 2);
}

} // namespace

double Estimator::usableBytes(const GpuSpec &gpu, Engine engine)
{
    const double vram = gpu.effectiveVramGiB().value_or(0) * GiB;
    return vram * (1 - EngineProfile::of(engine, gpu).reserveFraction());
}

Engine Estimator::defaultEngine(const EstimateRequest &r)
{
    if (r.workload != Workload::Inference)
        return r.workload == Workload::FullFineTune && r.gpuCount > 1 ? Engine::DeepSpeed
                                                                      : Engine::Transformers;
    if (WeightFormats::isGguf(r.format))
        return Engine::LlamaCpp;
    const EngineProfile vllm = EngineProfile::of(Engine::Vllm, r.gpu);
    return vllm.runsOn(r.gpu) && vllm.supportsFormat(r.format) ? Engine::Vllm
                                                               : Engine::Transformers;
}

int Estimator::gpusNeeded(const EstimateRequest &r, const WeightsEstimator::Breakdown &weights,
                          double usable)
{
    if (usable <= 0)
        return 0;
    const EngineProfile profile = EngineProfile::of(r.engine, r.gpu);
    const bool tp = profile.tensorParallel() && r.workload == Workload::Inference;
    for (int n = 1; n <= 64; ++n) {
        // Tensor parallelism needs the attention heads to divide evenly (vLLM checks
        // num_attention_heads % tensor_parallel_size); powers of two within a node.
        if (tp && ((n & (n - 1)) != 0 || r.model.attentionHeads % n != 0))
            continue;
        EstimateRequest trial = r;
        trial.gpuCount = n;
        if (r.workload == Workload::FullFineTune && n > 1 && trial.zeroStage == 0)
            trial.zeroStage = 3; // the count assumes the sharding that makes it possible
        const MemoryEstimate mem = MemoryEstimator::estimate(trial, weights, profile, n);
        if (mem.perGpu.estimate <= usable)
            return n;
    }
    return 0;
}

Estimate Estimator::estimate(EstimateRequest request)
{
    Estimate e;
    // llama.cpp stores 16-bit weights as GGUF F16: same bytes, GGUF rules.
    const bool llamaCpp = request.engine == Engine::LlamaCpp || request.engine == Engine::Ollama;
    if (llamaCpp && (request.format == WeightFormat::Fp16 || request.format == WeightFormat::Bf16))
        request.format = WeightFormat::GgufF16;
    request.gpuCount = std::max(1, request.gpuCount);
    request.batch = std::max(1, request.batch);
    request.context = std::max(1, request.context);
    if (request.workload == Workload::Qlora)
        request.format = WeightFormat::Nf4;
    e.request = request;

    const EngineProfile profile = EngineProfile::of(request.engine, request.gpu);
    const WeightsEstimator::Breakdown weights = WeightsEstimator::estimate(
        request.model, request.format, request.workload == Workload::Qlora);
    e.memory = MemoryEstimator::estimate(request, weights, profile, request.gpuCount);
    e.usableBytesPerGpu = usableBytes(request.gpu, request.engine);
    e.fits = e.usableBytesPerGpu > 0 && e.memory.perGpu.estimate <= e.usableBytesPerGpu;
    e.gpusNeeded = gpusNeeded(request, weights, e.usableBytesPerGpu);

    e.speed = SpeedEstimator::estimate(request, weights, profile, e.usableBytesPerGpu,
                                       e.memory.perGpu.estimate * request.gpuCount);

    e.basis << QCoreApplication::translate("Estimator", "%1 on %2 x %3 with %4, %5")
                   .arg(request.model.name)
                   .arg(request.gpuCount)
                   .arg(request.gpu.name, EstimateKeys::engineKey(request.engine),
                        EstimateKeys::workloadKey(request.workload));
    e.basis << e.memory.basis;
    e.basis << QCoreApplication::translate("Estimator",
                                           "usable memory per GPU %1 GiB; needed %2 GiB "
                                           "(range %3-%4)")
                   .arg(gib(e.usableBytesPerGpu), gib(e.memory.perGpu.estimate),
                        gib(e.memory.perGpu.low), gib(e.memory.perGpu.high));
    e.basis << e.speed.basis;
    addWarnings(e);
    return e;
}

void Estimator::addWarnings(Estimate &e)
{
    const EstimateRequest &r = e.request;
    const GpuSpec &gpu = r.gpu;
    const EngineProfile profile = EngineProfile::of(r.engine, gpu);
    QStringList &w = e.warnings;
    const bool training = r.workload != Workload::Inference;

    if (!profile.runsOn(gpu))
        w << QCoreApplication::translate("Estimator", "%1 does not run on %2 (software stack: %3)")
                 .arg(EstimateKeys::engineKey(r.engine), gpu.name,
                      gpu.softwareStacks.join(QStringLiteral(", ")));
    if (!profile.supportsFormat(r.format))
        w << QCoreApplication::translate("Estimator", "%1 does not load %2 weights")
                 .arg(EstimateKeys::engineKey(r.engine), WeightFormats::label(r.format));
    if (training && !profile.isTrainingEngine())
        w << QCoreApplication::translate("Estimator",
                                         "%1 is an inference engine; fine-tuning figures assume "
                                         "PyTorch (transformers/PEFT)")
                 .arg(EstimateKeys::engineKey(r.engine));
    if (!e.fits) {
        if (e.gpusNeeded > 0)
            w << QCoreApplication::translate("Estimator",
                                             "does not fit: needs %1 GiB per GPU, %2 GiB usable; "
                                             "%3 of this GPU would fit")
                     .arg(gib(e.memory.perGpu.estimate), gib(e.usableBytesPerGpu))
                     .arg(e.gpusNeeded);
        else
            w << QCoreApplication::translate("Estimator",
                                             "does not fit: needs %1 GiB per GPU, %2 GiB usable, "
                                             "and no count up to 64 of this GPU fits")
                     .arg(gib(e.memory.perGpu.estimate), gib(e.usableBytesPerGpu));
    } else if (e.memory.perGpu.high > e.usableBytesPerGpu) {
        w << QCoreApplication::translate("Estimator",
                                         "tight fit: the upper estimate %1 GiB exceeds the %2 GiB "
                                         "usable")
                 .arg(gib(e.memory.perGpu.high), gib(e.usableBytesPerGpu));
    }
    if (e.speed.partialOffload)
        w << QCoreApplication::translate("Estimator",
                                         "llama.cpp would keep part of the model in host memory "
                                         "and run it on the CPU: decode is far slower");
    if (r.gpuCount > 1 && (gpu.fabric.isEmpty() || gpu.fabric == u"none")) {
        if (training)
            w << QCoreApplication::translate("Estimator",
                                             "multi-GPU training over PCIe only (no NVLink): "
                                             "gradient all-reduce will slow each step");
        else if (profile.tensorParallel())
            w << QCoreApplication::translate("Estimator",
                                             "tensor parallelism over PCIe only: every layer "
                                             "waits for two all-reduces");
    }
    if (gpu.softwareStacks.contains(u"metal") && gpu.usableVramGiB && gpu.vramGB)
        w << QCoreApplication::translate("Estimator",
                                         "Apple unified memory: by default the GPU may use about "
                                         "%1 of %2 GB")
                 .arg(*gpu.usableVramGiB, 0, 'f', 0)
                 .arg(*gpu.vramGB, 0, 'f', 0);
    if (r.format == WeightFormat::Fp8 && !gpu.fp8Support.value_or(false))
        w << QCoreApplication::translate("Estimator",
                                         "%1 has no FP8 tensor cores: FP8 weights are converted "
                                         "on the fly (weight-only), compute runs in 16 bits")
                 .arg(gpu.name);
    if ((r.format == WeightFormat::Int4 || r.format == WeightFormat::Nf4) && gpu.int4Support &&
        !*gpu.int4Support)
        w << QCoreApplication::translate("Estimator",
                                         "%1 has no INT4 tensor cores: 4-bit weights are "
                                         "dequantised to 16 bits for compute")
                 .arg(gpu.name);
    if (r.kvCache != KvCacheType::F16 && !training) {
        if (!profile.supportsQuantizedKv())
            w << QCoreApplication::translate("Estimator", "%1 has no %2 KV cache; f16 assumed")
                     .arg(EstimateKeys::engineKey(r.engine), EstimateKeys::kvCacheKey(r.kvCache));
        else if (profile.usesLlamaCppRuntime())
            w << QCoreApplication::translate("Estimator",
                                             "a quantised KV cache needs flash attention "
                                             "(llama.cpp -fa)");
    }
    if (r.model.maxContext > 0 && r.context > r.model.maxContext)
        w << QCoreApplication::translate("Estimator", "context %1 exceeds the model's %2 tokens")
                 .arg(r.context)
                 .arg(r.model.maxContext);
    if (profile.tensorParallel() && !training && r.gpuCount > 1 &&
        r.model.attentionHeads % r.gpuCount != 0)
        w << QCoreApplication::translate("Estimator",
                                         "tensor parallelism over %1 GPUs needs the %2 attention "
                                         "heads to divide evenly")
                 .arg(r.gpuCount)
                 .arg(r.model.attentionHeads);
    if (!gpu.bandwidthGBps && !training)
        w << QCoreApplication::translate("Estimator",
                                         "the catalog has no memory bandwidth for %1: no decode "
                                         "speed")
                 .arg(gpu.name);
    if (!e.speed.prefillTokensPerS && !training)
        w << QCoreApplication::translate("Estimator",
                                         "the catalog has no tensor throughput for %1: no "
                                         "prefill speed")
                 .arg(gpu.name);
}
