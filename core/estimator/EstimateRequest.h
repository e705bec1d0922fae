#pragma once

// What to estimate: a model on a number of one GPU, for a workload, in a format, with an engine.
// A plain value; Estimator turns it into an Estimate.

#include "GpuSpec.h"
#include "ModelSpec.h"
#include "WeightFormat.h"

#include <QString>
#include <QStringList>

#include <optional>

enum class Workload
{
    Inference,
    Lora,
    Qlora,
    FullFineTune
};

enum class Engine
{
    LlamaCpp,
    Ollama,
    Vllm,
    Transformers,
    ExLlamaV2,
    Mlc,
    TensorRtLlm,
    Unsloth,   // fine-tuning
    DeepSpeed, // fine-tuning / training
};

enum class KvCacheType
{
    F16,
    Q8_0,
    Q4_0
};

enum class LoraModules
{
    AllLinear, // q, k, v, o, gate, up, down (the QLoRA paper's choice)
    Attention  // q, k, v, o
};

struct EstimateRequest
{
    ModelSpec model;
    GpuSpec gpu;
    int gpuCount = 1;
    Workload workload = Workload::Inference;
    WeightFormat format = WeightFormat::Fp16;
    KvCacheType kvCache = KvCacheType::F16;
    int context = 4096; // tokens per sequence (prompt + generated; training: sequence length)
    int batch = 1;      // concurrent sequences (inference) or micro-batch (training)
    Engine engine = Engine::LlamaCpp;

    int loraRank = 16;
    LoraModules loraModules = LoraModules::AllLinear;
    bool gradientCheckpointing = true;
    int zeroStage = 0;             // 0-3, full fine-tuning over gpuCount GPUs
    bool fp32Gradients = false;    // 18 instead of 16 bytes per parameter (HF Trainer AMP)
    double trainingTokens = 100e6; // for the training-time estimate

    // Measured decode speed / estimated, from the user's own measurements for this GPU and
    // engine (Calibration); 1 when there are none.
    double decodeCorrection = 1.0;
    int correctionMeasurements = 0;
};

namespace EstimateKeys {

QString workloadKey(Workload w);
std::optional<Workload> workloadFromKey(const QString &key);
QString engineKey(Engine e);
std::optional<Engine> engineFromKey(const QString &key);
QStringList engineKeys();
QString kvCacheKey(KvCacheType k);
std::optional<KvCacheType> kvCacheFromKey(const QString &key);

} // namespace EstimateKeys
