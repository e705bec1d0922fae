#pragma once

// The constants of one inference or training engine on one kind of GPU: how close it gets to the
// memory-bandwidth roofline in decode, its fixed time per layer and token, its prefill
// utilisation, its memory overhead and reserve, and which software stacks and formats it runs.
// Every constant names its source in EngineProfile.cpp and in the basis lines it produces.

#include "EstimateRequest.h"

#include <QString>

class EngineProfile
{
public:
    enum class Platform
    {
        DiscreteGddr, // CUDA/ROCm/Vulkan cards with GDDR memory
        DiscreteHbm,  // datacenter parts with HBM
        AppleMetal,
        IntelSycl,
        Other
    };
    static constexpr int PlatformCount = int(Platform::Other) + 1;

    static EngineProfile of(Engine engine, const GpuSpec &gpu);
    // The constants depend on the GPU only through its platform.
    static EngineProfile of(Engine engine, Platform platform);
    static Platform platformOf(const GpuSpec &gpu);

    Engine engine() const { return m_engine; }
    Platform platform() const { return m_platform; }

    double decodeBandwidthEfficiency() const { return m_eta; }    // share of peak bandwidth
    double decodeSecondsPerLayer() const { return m_tauSeconds; } // fixed, per token and layer
    double decodeUncertainty() const { return m_uncertainty; }    // relative, one side
    QString decodeSource() const { return m_decodeSource; }
    double prefillUtilisation() const { return m_prefillMfu; }

    // Per GPU: CUDA/Metal context and runtime buffers outside the weights, KV and workspace.
    double overheadBytes() const { return m_overheadBytes; }
    // Share of the GPU's memory the engine leaves unused (vLLM's 1 - gpu_memory_utilization).
    double reserveFraction() const { return m_reserveFraction; }

    bool runsOn(const GpuSpec &gpu) const;
    bool supportsFormat(WeightFormat f) const;
    bool supportsQuantizedKv() const;
    bool isTrainingEngine() const;
    bool usesLlamaCppRuntime() const;
    bool tensorParallel() const; // splits each layer over GPUs; else splits by layers

private:
    Engine m_engine = Engine::LlamaCpp;
    Platform m_platform = Platform::Other;
    double m_eta = 0.7;
    double m_tauSeconds = 0;
    double m_uncertainty = 0.3;
    QString m_decodeSource;
    double m_prefillMfu = 0.3;
    double m_overheadBytes = 0;
    double m_reserveFraction = 0;
};
