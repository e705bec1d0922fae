#include "Estimator.h"

#include "EngineProfile.h"
#include "MemoryEstimator.h"
#include "SpeedEstimator.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

namespace {

constexpr double GiB = 1024.0 * 1024.0 * 1024.0;

// The workload as the basis lines name it.
QString workloadName(Workload w)
{
    switch (w) {
    case Workload::Inference:
        return QCoreApplication::translate("Estimator", "inference");
    case Workload::Lora:
        return QCoreApplication::translate("Estimator", "LoRA fine-tuning");
    case Workload::Qlora:
        return QCoreApplication::translate("Estimator", "QLoRA fine-tuning");
    case Workload::FullFineTune:
        return QCoreApplication::translate("Estimator", "full fine-tuning");
    }
    return EstimateKeys::workloadKey(w);
}

QString gib(double bytes)
{
    return QLocale().toString(bytes / GiB, 'f', 2);
}

} // namespace

namespace {

double usableBytesFor(const GpuSpec &gpu, const EngineProfile &profile)
{
    const double vram = gpu.effectiveVramGiB().value_or(0) * GiB;
    return vram * (1 - profile.reserveFraction());
}

constexpr int kMaxCount = 64; // the most GPUs gpusNeeded() tries

// The ZeRO stage a count of GPUs is estimated with when looking for the count that fits: full
// fine-tuning over several GPUs assumes the sharding that makes it possible.
int zeroStageForCount(const EstimateRequest &r, int n)
{
    return r.workload == Workload::FullFineTune && n > 1 && r.zeroStage == 0 ? 3 : r.zeroStage;
}

// Whether the workload can be split over n GPUs: tensor parallelism needs the attention heads
// to divide evenly (vLLM checks num_attention_heads % tensor_parallel_size); powers of two
// within a node.
bool countPossible(const EstimateRequest &r, const EngineProfile &profile, int n)
{
    const bool tp = profile.tensorParallel() && r.workload == Workload::Inference;
    return !tp || ((n & (n - 1)) == 0 && r.model.attentionHeads % n == 0);
}

// Memory on the most loaded of n GPUs as the search for the count that fits sees it; infinite
// when the workload cannot be split over n.
double neededPerGpu(const PreparedWorkload &w, const EngineProfile &profile, int n)
{
    const EstimateRequest &r = w.request;
    if (!countPossible(r, profile, n))
        return std::numeric_limits<double>::infinity();
    return MemoryEstimator::estimate(w, profile, n, zeroStageForCount(r, n),
                                     EstimateDetail::Figures)
        .perGpu.estimate;
}

} // namespace

// Memory of one workload on 1 to kMaxCount GPUs of each platform (figures only, no basis).
struct PlatformMemoryTable
{
    struct Platform
    {
        MemoryEstimate onCount[kMaxCount];   // [n - 1]: with the request's ZeRO stage
        double neededPerGpu[kMaxCount] = {}; // [n - 1]: for the count search; +inf if impossible
    };
    Platform platforms[EngineProfile::PlatformCount];
};

namespace {

// Smallest count of the GPU the workload fits on, 0 if none up to 64.
int gpusNeeded(const PreparedWorkload &w, const EngineProfile &profile, double usable)
{
    if (usable <= 0)
        return 0;
    if (w.memoryTable) {
        const double *needed = w.memoryTable->platforms[int(profile.platform())].neededPerGpu;
        for (int n = 1; n <= kMaxCount; ++n) {
            if (needed[n - 1] <= usable)
                return n;
        }
        return 0;
    }
    for (int n = 1; n <= kMaxCount; ++n) {
        if (neededPerGpu(w, profile, n) <= usable)
            return n;
    }
    return 0;
}

// Memory, fit, count and speed: what estimate() and figures() share.
struct Worked
{
    MemoryEstimate memory;
    SpeedEstimate speed;
    double usable = 0;
    bool fits = false;
    int gpusNeeded = 0;
};

Worked work(const PreparedWorkload &w, const GpuSpec &gpu, int gpuCount, EstimateDetail detail)
{
    Worked out;
    const EngineProfile profile = EngineProfile::of(w.request.engine, gpu);
    if (w.memoryTable && detail == EstimateDetail::Figures && gpuCount <= kMaxCount)
        out.memory = w.memoryTable->platforms[int(profile.platform())].onCount[gpuCount - 1];
    else
        out.memory = MemoryEstimator::estimate(w, profile, gpuCount, w.request.zeroStage, detail);
    out.usable = usableBytesFor(gpu, profile);
    out.fits = out.usable > 0 && out.memory.perGpu.estimate <= out.usable;
    out.gpusNeeded = out.fits && gpuCount == 1 ? 1 : gpusNeeded(w, profile, out.usable);
    out.speed = SpeedEstimator::estimate(w, gpu, gpuCount, profile, out.usable,
                                         out.memory.perGpu.estimate * gpuCount, detail);
    return out;
}

} // namespace

double Estimator::usableBytes(const GpuSpec &gpu, Engine engine)
{
    return usableBytesFor(gpu, EngineProfile::of(engine, gpu));
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

PreparedWorkload Estimator::prepare(EstimateRequest request)
{
    PreparedWorkload w;
    // llama.cpp stores 16-bit weights as GGUF F16: same bytes, GGUF rules.
    const bool llamaCpp = request.engine == Engine::LlamaCpp || request.engine == Engine::Ollama;
    if (llamaCpp && (request.format == WeightFormat::Fp16 || request.format == WeightFormat::Bf16))
        request.format = WeightFormat::GgufF16;
    request.batch = std::max(1, request.batch);
    request.context = std::max(1, request.context);
    if (request.workload == Workload::Qlora)
        request.format = WeightFormat::Nf4;
    w.weights = WeightsEstimator::estimate(request.model, request.format,
                                           request.workload == Workload::Qlora);
    if (request.workload == Workload::Lora || request.workload == Workload::Qlora)
        w.loraParams = MemoryEstimator::loraParams(request);
    w.request = std::move(request);
    return w;
}

PreparedWorkload Estimator::prepareForCatalog(EstimateRequest request)
{
    PreparedWorkload w = prepare(std::move(request));
    auto table = std::make_shared<PlatformMemoryTable>();
    const EstimateRequest &r = w.request;
    for (int p = 0; p < EngineProfile::PlatformCount; ++p) {
        const EngineProfile profile = EngineProfile::of(r.engine, EngineProfile::Platform(p));
        PlatformMemoryTable::Platform &platform = table->platforms[p];
        for (int n = 1; n <= kMaxCount; ++n) {
            MemoryEstimate &mem = platform.onCount[n - 1];
            mem = MemoryEstimator::estimate(w, profile, n, r.zeroStage, EstimateDetail::Figures);
            // The search's figure is this one unless it assumes another ZeRO stage.
            const bool same =
                zeroStageForCount(r, n) == r.zeroStage && countPossible(r, profile, n);
            platform.neededPerGpu[n - 1] = same ? mem.perGpu.estimate : neededPerGpu(w, profile, n);
        }
    }
    w.memoryTable = std::move(table);
    return w;
}

Estimate Estimator::estimate(EstimateRequest request)
{
    const GpuSpec gpu = request.gpu;
    const int gpuCount = request.gpuCount;
    return estimate(prepare(std::move(request)), gpu, gpuCount);
}

EstimateFigures Estimator::figures(const PreparedWorkload &workload, const GpuSpec &gpu,
                                   int gpuCount)
{
    gpuCount = std::max(1, gpuCount);
    const Worked worked = work(workload, gpu, gpuCount, EstimateDetail::Figures);
    EstimateFigures f;
    f.gpuCount = gpuCount;
    f.perGpuBytes = worked.memory.perGpu;
    f.usableBytesPerGpu = worked.usable;
    f.fits = worked.fits;
    f.gpusNeeded = worked.gpusNeeded;
    f.decodeTokensPerS = worked.speed.decodeTokensPerS;
    f.aggregateTokensPerS = worked.speed.aggregateTokensPerS;
    return f;
}

Estimate Estimator::estimate(const PreparedWorkload &workload, const GpuSpec &gpu, int gpuCount)
{
    gpuCount = std::max(1, gpuCount);
    Worked worked = work(workload, gpu, gpuCount, EstimateDetail::Explained);
    Estimate e;
    e.request = workload.request;
    e.request.gpu = gpu;
    e.request.gpuCount = gpuCount;
    e.memory = std::move(worked.memory);
    e.usableBytesPerGpu = worked.usable;
    e.fits = worked.fits;
    e.gpusNeeded = worked.gpusNeeded;
    e.speed = std::move(worked.speed);

    const EstimateRequest &request = e.request;
    e.basis << QCoreApplication::translate("Estimator", "%1 on %2 x %3 with %4, %5")
                   .arg(request.model.name)
                   .arg(request.gpuCount)
                   .arg(request.gpu.name, EstimateKeys::engineKey(request.engine),
                        workloadName(request.workload));
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
                 .arg(QLocale().toString(*gpu.usableVramGiB, 'f', 0))
                 .arg(QLocale().toString(*gpu.vramGB, 'f', 0));
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
