#include "SpeedEstimator.h"

#include "EngineProfile.h"
#include "EstimateRequest.h"
#include "KvCacheEstimator.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

constexpr double GB = 1e9;
// Host memory bandwidth a llama.cpp CPU/GPU split reaches for the layers left in system RAM:
// dual-channel DDR5-5600 peaks at 89.6 GB/s; about 2/3 of that is reached in practice.
constexpr double hostBandwidth = 60e9;
// All-reduce latency per call at batch 1 (llm-analysis: 8 us minimum intra-node on NVLink;
// 3-5x more over PCIe, estimation-methods.md 4.2).
constexpr double allReduceNvlink = 8e-6;
constexpr double allReducePcie = 30e-6;

bool hasFastFabric(const GpuSpec &gpu)
{
    return gpu.fabric.contains(u"NVLink") && !gpu.fabric.contains(u"bridge");
}

} // namespace

double SpeedEstimator::peakFlops(const GpuSpec &g, Engine engine, WeightFormat format)
{
    // GeForce FP16 figures are the FP16-accumulate rate; PyTorch/vLLM accumulate in FP32 at
    // the BF16 (half) rate where the catalog lists it.
    double tflops = 0;
    if (g.bf16TensorTflops)
        tflops = *g.bf16TensorTflops;
    else if (g.fp16TensorTflops)
        tflops = *g.fp16TensorTflops;
    const bool llamaCpp = engine == Engine::LlamaCpp || engine == Engine::Ollama;
    if (llamaCpp && g.fp16TensorTflops)
        tflops = *g.fp16TensorTflops; // llama.cpp's tensor-core kernels accumulate in FP16/INT32
    if (format == WeightFormat::Fp8 && g.fp8Support.value_or(false))
        tflops *= 2; // FP8 tensor cores run at twice the FP16 rate on Ada/Hopper/CDNA3
    return tflops * 1e12;
}

SpeedEstimate SpeedEstimator::estimate(const PreparedWorkload &workload, const GpuSpec &gpu,
                                       int gpuCount, const EngineProfile &profile,
                                       double gpuMemoryBytes, double requiredBytes,
                                       EstimateDetail detail)
{
    SpeedEstimate s;
    const EstimateRequest &r = workload.request;
    const WeightsEstimator::Breakdown &w = workload.weights;
    const bool explain = detail == EstimateDetail::Explained;
    const ModelSpec &m = r.model;
    const int gpus = std::max(1, gpuCount);
    const int batch = std::max(1, r.batch);
    const double bandwidth = gpu.bandwidthGBps.value_or(0) * GB;
    const double flops = peakFlops(gpu, r.engine, r.format);
    const double activeParams = m.paramsActiveB * 1e9;

    if (r.workload == Workload::Inference && bandwidth > 0) {
        const KvCacheType kvType = profile.supportsQuantizedKv() ? r.kvCache : KvCacheType::F16;
        const double weightsRead = w.readBytesPerStep(m.expertsActive, m.expertsTotal, batch);
        const double kvRead =
            KvCacheEstimator::bytes(m, kvType, std::max(r.context, 1), batch, r.engine);
        const double bytes = weightsRead + kvRead;
        const double eta = profile.decodeBandwidthEfficiency();
        const double tau = profile.decodeSecondsPerLayer();
        double seconds = 0;
        if (profile.tensorParallel() && gpus > 1) {
            const double latency = hasFastFabric(gpu) ? allReduceNvlink : allReducePcie;
            seconds = bytes / gpus / (bandwidth * eta) + m.layers * tau + 2.0 * m.layers * latency;
        } else {
            // A layer split reads each GPU's share in turn: no speed-up for one sequence,
            // and a few per cent per extra GPU for the hand-over.
            seconds = bytes / (bandwidth * eta) + m.layers * tau;
            seconds *= 1 + 0.03 * (gpus - 1);
        }
        // llama.cpp keeps what does not fit in host memory and runs those layers on the CPU.
        const double totalGpuMemory = gpuMemoryBytes * gpus;
        if (profile.usesLlamaCppRuntime() && totalGpuMemory > 0 && requiredBytes > totalGpuMemory) {
            const double hostShare = std::min(1.0, (requiredBytes - totalGpuMemory) / bytes);
            seconds += hostShare * bytes / hostBandwidth;
            s.partialOffload = true;
        }
        // Compute cap: 2 FLOPs per active parameter per token for the whole batch.
        if (flops > 0) {
            const double computeSeconds = batch * 2 * activeParams / (flops * gpus * 0.5);
            seconds = std::max(seconds, computeSeconds);
        }
        const double corrected = r.decodeCorrection > 0 ? r.decodeCorrection : 1.0;
        const double perSequence = corrected / seconds;
        double uncertainty = profile.decodeUncertainty();
        if (r.correctionMeasurements > 0)
            uncertainty = std::max(0.12, uncertainty / std::sqrt(1.0 + r.correctionMeasurements));
        if (s.partialOffload)
            uncertainty = std::max(uncertainty, 0.6);
        s.decodeTokensPerS = EstimateRange::factor(perSequence, uncertainty);
        s.aggregateTokensPerS = EstimateRange::factor(perSequence * batch, uncertainty);

        if (explain)
            s.basis.append(QCoreApplication::translate(
                               "SpeedEstimator",
                               "decode reads %1 GB per step (weights %2 GB, KV %3 GB) at %4 GB/s x "
                               "%5 efficiency + %6 us per layer (%7)")
                               .arg(QLocale().toString(bytes / GB, 'f', 2))
                               .arg(QLocale().toString(weightsRead / GB, 'f', 2))
                               .arg(QLocale().toString(kvRead / GB, 'f', 2))
                               .arg(QLocale().toString(bandwidth / GB, 'f', 0))
                               .arg(QLocale().toString(eta, 'f', 2))
                               .arg(QLocale().toString(tau * 1e6, 'f', 0))
                               .arg(profile.decodeSource()));
        if (explain && m.isMoe())
            s.basis.append(
                QCoreApplication::translate(
                    "SpeedEstimator", "MoE: %1 of %2 experts per token; %3 B active parameters")
                    .arg(m.expertsActive)
                    .arg(m.expertsTotal)
                    .arg(QLocale().toString(m.paramsActiveB, 'f', 1)));
        if (explain && r.correctionMeasurements > 0)
            s.basis.append(
                QCoreApplication::translate(
                    "SpeedEstimator", "corrected x%1 from your measurements on this GPU and engine")
                    .arg(QLocale().toString(corrected, 'f', 2)));
    }

    if (r.workload == Workload::Inference && flops > 0) {
        const double n = std::max(1, r.context);
        // 2 P per token plus causal attention, 2 L n^2 (heads x head dim).
        const double attentionWidth = double(m.attentionHeads) * m.headDim;
        const double flopsPrompt = 2 * activeParams * n + 2.0 * m.layers * n * n * attentionWidth;
        const double tpScale = profile.tensorParallel() ? gpus * 0.9 : 1.0;
        double seconds = flopsPrompt / (flops * tpScale * profile.prefillUtilisation());
        if (bandwidth > 0)
            seconds += w.totalBytes / (bandwidth * gpus); // weights are read at least once
        const double perSecond = n / seconds;
        s.prefillTokensPerS = EstimateRange::factor(perSecond, 0.5);
        s.timeToFirstTokenS = EstimateRange::factor(seconds, 0.5);
        if (explain)
            s.basis.append(QCoreApplication::translate(
                               "SpeedEstimator",
                               "prefill of %1 tokens: %2 TFLOP at %3 TFLOPS x %4 utilisation")
                               .arg(QLocale().toString(n, 'f', 0))
                               .arg(QLocale().toString(flopsPrompt / 1e12, 'f', 1))
                               .arg(QLocale().toString(flops / 1e12, 'f', 0))
                               .arg(QLocale().toString(profile.prefillUtilisation(), 'f', 2)));
    }

    if (r.workload != Workload::Inference && flops > 0) {
        // C = 6 N D (forward 2, backward 4); LoRA skips the frozen weights' gradients (4 N D);
        // checkpointing recomputes the forward pass (+2 N D). MFU 0.35 for a single GPU fine-tune,
        // 0.40 with FSDP/DeepSpeed over several (Llama 2 paper GPU-hours imply 38-43 %).
        const double perToken =
            (r.workload == Workload::FullFineTune ? 6 : 4) + (r.gradientCheckpointing ? 2 : 0);
        const double compute = perToken * activeParams * r.trainingTokens;
        const double mfu = gpus > 1 ? 0.40 : 0.35;
        const double hours = compute / (gpus * flops * mfu) / 3600;
        s.trainingHours = EstimateRange{hours, hours * 0.6, hours * 1.8};
        if (explain)
            s.basis.append(
                QCoreApplication::translate(
                    "SpeedEstimator",
                    "training %1 M tokens: %2 x N x D = %3 PFLOP at %4 GPU(s) x %5 TFLOPS "
                    "x MFU %6")
                    .arg(QLocale().toString(r.trainingTokens / 1e6, 'f', 0))
                    .arg(QLocale().toString(perToken, 'f', 0))
                    .arg(QLocale().toString(compute / 1e15, 'f', 0))
                    .arg(gpus)
                    .arg(QLocale().toString(flops / 1e12, 'f', 0))
                    .arg(QLocale().toString(mfu, 'f', 2)));
    }
    return s;
}
