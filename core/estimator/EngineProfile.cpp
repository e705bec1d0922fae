#include "EngineProfile.h"

namespace {

constexpr double MiB = 1024.0 * 1024.0;
constexpr double GiB = 1024.0 * MiB;

} // namespace

EngineProfile::Platform EngineProfile::platformOf(const GpuSpec &gpu)
{
    if (gpu.softwareStacks.contains(u"metal"))
        return Platform::AppleMetal;
    if (gpu.softwareStacks.contains(u"oneapi") && !gpu.memoryType.contains(u"HBM"))
        return Platform::IntelSycl;
    if (gpu.memoryType.contains(u"HBM"))
        return Platform::DiscreteHbm;
    if (gpu.softwareStacks.contains(u"cuda") || gpu.softwareStacks.contains(u"rocm") ||
        gpu.softwareStacks.contains(u"vulkan"))
        return Platform::DiscreteGddr;
    return Platform::Other;
}

EngineProfile EngineProfile::of(Engine engine, const GpuSpec &gpu)
{
    return of(engine, platformOf(gpu));
}

EngineProfile EngineProfile::of(Engine engine, Platform platform)
{
    EngineProfile p;
    p.m_engine = engine;
    p.m_platform = platform;
    const bool hbm = p.m_platform == Platform::DiscreteHbm;

    // Decode: t_token = bytes / (bandwidth * eta) + layers * tau (a bandwidth roofline plus a
    // fixed dispatch time per layer). eta and tau were fitted per engine family and platform
    // to the public batch-1 measurements in tests/data/measurements (llama.cpp scoreboard
    // discussion #15013, Apple Metal llama-bench tables, obench Ollama runs, mlc-ai
    // llm-perf-bench, ExLlama/ExLlamaV2 READMEs, LMDeploy TurboMind tables) - one pair per
    // family and platform, never per row. Cross-check: FasterTransformer 13B fp16 on A100-40GB
    // (kipply, llm-analysis examples) measured 22.0 ms, this model gives 20.0 ms.
    switch (engine) {
    case Engine::LlamaCpp:
    case Engine::Ollama:
        switch (p.m_platform) {
        case Platform::AppleMetal:
            p.m_eta = 0.85;
            p.m_tauSeconds = 150e-6;
            p.m_uncertainty = 0.25;
            p.m_decodeSource = QStringLiteral("llama.cpp Metal, fitted to M1-M4 llama-bench");
            break;
        case Platform::DiscreteHbm:
            p.m_eta = 0.51;
            p.m_tauSeconds = 42e-6;
            p.m_uncertainty = 0.30;
            p.m_decodeSource =
                QStringLiteral("llama.cpp on HBM parts, fitted to A100/H100/MI100 llama-bench");
            break;
        case Platform::IntelSycl:
            p.m_eta = 0.40;
            p.m_tauSeconds = 250e-6;
            p.m_uncertainty = 0.45;
            p.m_decodeSource = QStringLiteral("llama.cpp SYCL, Arc A770 release note");
            break;
        default:
            p.m_eta = 0.95;
            p.m_tauSeconds = 76e-6;
            p.m_uncertainty = 0.30;
            p.m_decodeSource =
                QStringLiteral("llama.cpp CUDA/ROCm on GDDR cards, fitted to llama-bench/Ollama");
            break;
        }
        // llama.cpp prefill reaches about half of the FP16 tensor peak on GeForce cards and
        // 15-25 % on A100/H100 (pp512 rows of the same scoreboard).
        p.m_prefillMfu = hbm ? 0.2 : 0.45;
        // Ollama ml/device.go MinimumMemory(): 457 MiB per CUDA/ROCm GPU, 512 MiB on Metal.
        p.m_overheadBytes = (p.m_platform == Platform::AppleMetal ? 512 : 457) * MiB;
        break;
    case Engine::ExLlamaV2:
    case Engine::Mlc:
        p.m_eta = 0.95;
        p.m_tauSeconds = 54e-6;
        p.m_uncertainty = 0.25;
        p.m_decodeSource =
            QStringLiteral("ExLlama/ExLlamaV2 README and mlc-ai llm-perf-bench, fitted");
        p.m_prefillMfu = 0.45;
        p.m_overheadBytes = 0.5 * GiB; // PyTorch / TVM context (asmirnov: 300 MiB - 2 GiB)
        break;
    case Engine::Vllm:
    case Engine::TensorRtLlm:
        p.m_eta = 0.91;
        p.m_tauSeconds = 91e-6;
        p.m_uncertainty = engine == Engine::Vllm ? 0.30 : 0.25;
        p.m_decodeSource = QStringLiteral(
            "FasterTransformer-family engines (LMDeploy TurboMind, FT on A100), fitted");
        p.m_prefillMfu = 0.5; // estimation-methods.md 5.2, TensorRT-LLM first-token rows
        // vLLM: non-torch 0.33-0.39 GiB + CUDA graphs 0.2-1 GiB + CUDA context
        // (vllm issues #11251, #14452, PR #11349).
        p.m_overheadBytes = 1.5 * GiB;
        // vllm/config/cache.py gpu_memory_utilization 0.90.
        p.m_reserveFraction = engine == Engine::Vllm ? 0.10 : 0.0;
        break;
    case Engine::Transformers:
    case Engine::Unsloth:
    case Engine::DeepSpeed:
        // Eager PyTorch decode: gpu_poor's factor 2 (eta 0.5) and Python dispatch per layer.
        p.m_eta = 0.5;
        p.m_tauSeconds = 150e-6;
        p.m_uncertainty = 0.45;
        p.m_decodeSource = QStringLiteral("HF transformers eager (gpu_poor factor 2)");
        p.m_prefillMfu = 0.35;
        // HF "model training anatomy": kernels take 1-2 GB (1343 MB measured on a V100).
        p.m_overheadBytes = 1.0 * GiB;
        break;
    }
    return p;
}

bool EngineProfile::runsOn(const GpuSpec &gpu) const
{
    const QStringList &s = gpu.softwareStacks;
    auto any = [&](std::initializer_list<const char16_t *> stacks) {
        for (const char16_t *stack : stacks) {
            if (s.contains(QStringView(stack)))
                return true;
        }
        return false;
    };
    switch (m_engine) {
    case Engine::LlamaCpp:
    case Engine::Ollama:
        return any({u"cuda", u"rocm", u"metal", u"vulkan", u"oneapi"});
    case Engine::Vllm:
        return any({u"cuda", u"rocm", u"gaudi"});
    case Engine::Transformers:
        return any({u"cuda", u"rocm", u"metal", u"oneapi", u"gaudi"});
    case Engine::ExLlamaV2:
        return any({u"cuda", u"rocm"});
    case Engine::Mlc:
        return any({u"cuda", u"rocm", u"metal", u"vulkan"});
    case Engine::TensorRtLlm:
        return any({u"cuda"});
    case Engine::Unsloth:
        return any({u"cuda"});
    case Engine::DeepSpeed:
        return any({u"cuda", u"rocm", u"gaudi"});
    }
    return false;
}

bool EngineProfile::supportsFormat(WeightFormat f) const
{
    const bool gguf = WeightFormats::isGguf(f);
    switch (m_engine) {
    case Engine::LlamaCpp:
    case Engine::Ollama:
        return gguf;
    case Engine::ExLlamaV2:
    case Engine::Mlc:
        return f == WeightFormat::Int4 || f == WeightFormat::Fp16;
    case Engine::Vllm:
    case Engine::TensorRtLlm:
        return !gguf && f != WeightFormat::Nf4 && f != WeightFormat::Fp32;
    case Engine::Transformers:
    case Engine::Unsloth:
    case Engine::DeepSpeed:
        return !gguf;
    }
    return false;
}

bool EngineProfile::supportsQuantizedKv() const
{
    return m_engine == Engine::LlamaCpp || m_engine == Engine::Ollama ||
           m_engine == Engine::ExLlamaV2 || m_engine == Engine::Vllm ||
           m_engine == Engine::TensorRtLlm;
}

bool EngineProfile::isTrainingEngine() const
{
    return m_engine == Engine::Transformers || m_engine == Engine::Unsloth ||
           m_engine == Engine::DeepSpeed;
}

bool EngineProfile::usesLlamaCppRuntime() const
{
    return m_engine == Engine::LlamaCpp || m_engine == Engine::Ollama;
}

bool EngineProfile::tensorParallel() const
{
    return m_engine == Engine::Vllm || m_engine == Engine::TensorRtLlm || m_engine == Engine::Mlc ||
           m_engine == Engine::DeepSpeed;
}
