#include "RoughThroughput.h"

#include "GpuSpec.h"
#include "ModelSpec.h"

double RoughThroughput::memoryNeededGB(const ModelSpec &model, double bytesPerParam,
                                       UseCase useCase)
{
    switch (useCase) {
    case UseCase::Inference:
    case UseCase::CloudScaling:
        return model.paramsTotalB * bytesPerParam * 1.2;
    case UseCase::FineTuning:
        return model.paramsTotalB * bytesPerParam * 1.31;
    case UseCase::Training:
        return model.paramsTotalB * 18.0;
    }
    return model.paramsTotalB * bytesPerParam * 1.2;
}

ThroughputInput RoughThroughput::estimate(const GpuSpec &gpu, const ModelSpec &model,
                                          double bytesPerParam, UseCase useCase)
{
    ThroughputInput t;
    t.source = QStringLiteral("rough");
    const auto vram = gpu.effectiveVramGiB();
    if (!vram || !(*vram > 0.5)) {
        t.fits = false;
        return t;
    }
    const double need = memoryNeededGB(model, bytesPerParam, useCase);
    t.fits = false;
    for (int n = 1; n <= maxCards; n *= 2) {
        if (need <= n * (*vram - 0.5)) {
            t.gpusNeeded = n;
            t.fits = true;
            break;
        }
    }
    if (!t.fits) {
        t.gpusNeeded = maxCards;
        return t;
    }
    const double active = model.paramsActiveB > 0 ? model.paramsActiveB : model.paramsTotalB;
    if (useCase == UseCase::Training) {
        // Training runs BF16 with FP32 accumulation: GeForce's FP16 figure is FP16-accumulate.
        const auto tflops = gpu.bf16TensorTflops ? gpu.bf16TensorTflops : gpu.fp16TensorTflops;
        if (tflops && active > 0)
            t.tokensPerSecond = t.gpusNeeded * *tflops * 1e12 * trainingMfu / (6.0 * active * 1e9);
    } else if (gpu.bandwidthGBps && active > 0) {
        t.tokensPerSecond = *gpu.bandwidthGBps * bandwidthEfficiency / (active * bytesPerParam);
    }
    return t;
}

std::optional<double> RoughThroughput::bytesPerParam(const QString &precision)
{
    const QString p = precision.trimmed().toLower();
    if (p == u"fp32")
        return 4.0;
    if (p == u"fp16" || p == u"bf16")
        return 2.0;
    if (p == u"fp8" || p == u"int8" || p == u"q8" || p == u"q8_0")
        return 1.0;
    if (p == u"int4" || p == u"q4" || p == u"q4_k_m" || p == u"nf4")
        return 0.605;
    return std::nullopt;
}
