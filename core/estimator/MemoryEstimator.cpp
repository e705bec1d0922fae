#include "MemoryEstimator.h"

#include "EngineProfile.h"
#include "EstimateRequest.h"
#include "KvCacheEstimator.h"
#include "ModelTensors.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

constexpr double GiB = 1024.0 * 1024.0 * 1024.0;

QString gib(double bytes)
{
    return QLocale().toString(bytes / GiB, 'f', 2);
}

// Intermediate width one token passes through (MoE: the routed experts in use plus shared).
double ffnWidth(const ModelSpec &m)
{
    if (!m.isMoe())
        return m.intermediateSize;
    const int f = m.moeIntermediateSize > 0 ? m.moeIntermediateSize : m.intermediateSize;
    return double(f) * (m.expertsActive + m.sharedExperts);
}

} // namespace

double MemoryEstimator::inferenceWorkspaceBytes(const EstimateRequest &r,
                                                const EngineProfile &profile)
{
    const ModelSpec &m = r.model;
    const double h = m.hiddenSize;
    const double batch = std::max(1, r.batch);
    if (profile.usesLlamaCppRuntime()) {
        // ollama fs/ggml/ggml.go GraphSize, llama architecture, full offload: the attention
        // score term assumes no flash attention. It reproduces the logged CUDA compute buffers
        // (164 MiB Llama-2-7B at 2048, 560 MiB Llama-3-8B at 4 x 2048).
        const double ctx = double(r.context) * batch;
        const double nb = std::min(ctx, 512.0);
        return std::max(4 * nb * (1 + 4 * h + ctx * (1 + m.attentionHeads)),
                        4 * nb * (h + m.vocabSize));
    }
    if (r.engine == Engine::Vllm) {
        // Profiled activation peak at max_num_batched_tokens: 1-3 GiB observed for dense
        // models up to 70B (vllm issues #11251, #14452).
        return 1.5 * GiB;
    }
    // One layer's intermediates for the prompt chunk in 16 bits (flash/SDPA attention, so no
    // s^2 scores) plus the last token's logits in fp32.
    const double chunk = std::min(r.context, r.engine == Engine::Transformers ? r.context : 2048);
    return batch * chunk * (4 * h + 2 * ffnWidth(m)) * 2 + batch * m.vocabSize * 4.0;
}

double MemoryEstimator::trainingActivationBytes(const EstimateRequest &r)
{
    const ModelSpec &m = r.model;
    const double s = r.context;
    const double b = std::max(1, r.batch);
    const double h = m.hiddenSize;
    const double kvWidth = m.attention == AttentionKind::Mla
                               ? double(m.kvLoraRank + m.qkRopeHeadDim)
                               : double(m.kvHeads) * m.headDim;
    // Korthikanti et al. 2022 adapted to SwiGLU + GQA + FlashAttention, no dropout
    // (estimation-methods.md 3.2): 6h + 2 kv + 4f elements per token and layer, bf16.
    const double oneLayer = s * b * (6 * h + 2 * kvWidth + 4 * ffnWidth(m)) * 2;
    double logits = s * b * m.vocabSize * (2 + 4 + 4); // bf16 logits, fp32 upcast, fp32 grad
    double layerInputs = m.layers * 2 * s * b * h;     // what checkpointing keeps per layer
    if (r.engine == Engine::Unsloth) {
        // Unsloth offloads the checkpointed layer inputs to host memory and computes the
        // cross-entropy in chunks without an fp32 copy of the logits (Unsloth docs).
        layerInputs = 0;
        logits = s * b * m.vocabSize * 2;
    }
    if (r.gradientCheckpointing)
        return layerInputs + oneLayer + logits;
    return m.layers * oneLayer + logits;
}

double MemoryEstimator::loraParams(const EstimateRequest &r)
{
    const ModelTensors t = ModelArchitecture::tensors(r.model);
    static const QStringList attention = {
        QStringLiteral("attn_q"),        QStringLiteral("attn_k"),   QStringLiteral("attn_v"),
        QStringLiteral("attn_output"),   QStringLiteral("attn_q_a"), QStringLiteral("attn_q_b"),
        QStringLiteral("attn_kv_a_mqa"), QStringLiteral("attn_kv_b")};
    static const QStringList mlp = {
        QStringLiteral("ffn_gate"),     QStringLiteral("ffn_up"),
        QStringLiteral("ffn_down"),     QStringLiteral("ffn_gate_shexp"),
        QStringLiteral("ffn_up_shexp"), QStringLiteral("ffn_down_shexp")};
    double params = 0;
    for (const auto &layer : t.layers) {
        for (const Tensor &tensor : layer) {
            const bool adapted =
                attention.contains(tensor.name) ||
                (r.loraModules == LoraModules::AllLinear && mlp.contains(tensor.name));
            if (!adapted || tensor.rowLength <= 0)
                continue;
            const double in = tensor.rowLength;
            const double out = tensor.params / in;
            params += r.loraRank * (in + out); // A: r x in, B: out x r
        }
    }
    return params;
}

MemoryEstimate MemoryEstimator::estimate(const PreparedWorkload &workload,
                                         const EngineProfile &profile, int gpuCount, int zeroStage,
                                         EstimateDetail detail)
{
    const int gpus = std::max(1, gpuCount);
    return workload.request.workload == Workload::Inference
               ? inference(workload, profile, gpus, detail)
               : training(workload, profile, gpus, zeroStage, detail);
}

MemoryEstimate MemoryEstimator::inference(const PreparedWorkload &workload,
                                          const EngineProfile &profile, int gpus,
                                          EstimateDetail detail)
{
    const EstimateRequest &r = workload.request;
    const WeightsEstimator::Breakdown &w = workload.weights;
    MemoryEstimate mem;
    mem.gpuCount = gpus;
    const bool llamaCpp = profile.usesLlamaCppRuntime();
    // GGUF sizes follow from the block layouts exactly; other checkpoints vary a little with
    // what they keep unquantised.
    const bool exact = WeightFormats::isGguf(r.format) || r.format == WeightFormat::Fp16 ||
                       r.format == WeightFormat::Bf16 || r.format == WeightFormat::Fp32;
    const double weightError = exact ? 0.01 : 0.03;
    const double residentWeights = llamaCpp ? w.llamaCppGpuBytes() : w.totalBytes;
    mem.weights = EstimateRange::around(residentWeights, weightError);

    const KvCacheType kvType = profile.supportsQuantizedKv() ? r.kvCache : KvCacheType::F16;
    const double kv = KvCacheEstimator::bytes(r.model, kvType, r.context, r.batch, r.engine);
    // Tensor parallelism splits KV heads, but each GPU keeps at least one (llm-analysis).
    const bool tp = profile.tensorParallel();
    const int kvHeads = std::max(1, r.model.attention == AttentionKind::Mla ? 1 : r.model.kvHeads);
    const double kvShare = tp ? std::max(1.0 / gpus, 1.0 / kvHeads) : 1.0 / gpus;
    const double kvPerGpu = kv * kvShare;
    mem.kvCache = EstimateRange::around(kvPerGpu * gpus, 0.02);

    const double workspace = inferenceWorkspaceBytes(r, profile);
    // Ollama's graph formula assumes no flash attention, so it is an upper figure.
    mem.activations =
        llamaCpp ? EstimateRange{workspace * gpus, workspace * gpus * 0.4, workspace * gpus * 1.1}
                 : EstimateRange::around(workspace * gpus, 0.5);
    mem.overhead = EstimateRange::around(profile.overheadBytes() * gpus, 0.4);

    // Most loaded GPU: tensor parallel splits every matrix; a layer split keeps the output
    // head (and graph) on the last GPU with its share of the layers.
    double weightsPerGpu = residentWeights / gpus;
    if (!tp && gpus > 1)
        weightsPerGpu = (residentWeights - w.outputBytes) / gpus + w.outputBytes;
    mem.total = mem.weights;
    mem.total += mem.kvCache;
    mem.total += mem.activations;
    mem.total += mem.overhead;
    const EstimateRange single = EstimateRange{weightsPerGpu, weightsPerGpu * (1 - weightError),
                                               weightsPerGpu * (1 + weightError)};
    mem.perGpu = single;
    mem.perGpu += EstimateRange::around(kvPerGpu, 0.02);
    mem.perGpu += mem.activations.scaled(1.0 / gpus);
    mem.perGpu += mem.overhead.scaled(1.0 / gpus);

    if (detail == EstimateDetail::Explained)
        explainInference(workload, profile, kv, workspace, mem);
    return mem;
}

void MemoryEstimator::explainInference(const PreparedWorkload &workload,
                                       const EngineProfile &profile, double kv, double workspace,
                                       MemoryEstimate &mem)
{
    const EstimateRequest &r = workload.request;
    const WeightsEstimator::Breakdown &w = workload.weights;
    const bool llamaCpp = profile.usesLlamaCppRuntime();
    const KvCacheType kvType = profile.supportsQuantizedKv() ? r.kvCache : KvCacheType::F16;
    const int gpus = mem.gpuCount;
    QStringList &basis = mem.basis;
    basis.append(QCoreApplication::translate("MemoryEstimator",
                                             "weights %1 GiB (%2, %3 bits/weight, %4 B parameters)")
                     .arg(gib(w.totalBytes), WeightFormats::label(r.format),
                          QLocale().toString(w.bitsPerWeight, 'f', 2),
                          QLocale().toString(w.params / 1e9, 'f', 2)));
    if (!w.mixture.isEmpty())
        basis.append(QCoreApplication::translate(
                         "MemoryEstimator", "GGUF tensor types by size (llama-quantize rules): %1")
                         .arg(w.mixture));
    if (llamaCpp && !w.tiedEmbeddings)
        basis.append(
            QCoreApplication::translate(
                "MemoryEstimator", "token embedding table %1 GiB stays in host memory (llama.cpp)")
                .arg(gib(w.embeddingBytes)));
    const double perToken = KvCacheEstimator::elementsPerToken(
        r.model, r.context, KvCacheEstimator::engineUsesSlidingWindow(r.engine, r.model));
    const QString attention =
        r.model.attention == AttentionKind::Mla
            ? QCoreApplication::translate("MemoryEstimator", "MLA latent %1")
                  .arg(r.model.kvLoraRank + r.model.qkRopeHeadDim)
            : QCoreApplication::translate("MemoryEstimator", "%1 KV heads x %2")
                  .arg(r.model.kvHeads)
                  .arg(r.model.headDim);
    basis.append(
        QCoreApplication::translate("MemoryEstimator", "KV cache %1 GiB (%2 KiB/token in %3, %4, "
                                                       "%5 tokens x %6 sequences)")
            .arg(gib(kv))
            .arg(QLocale().toString(perToken * KvCacheEstimator::bytesPerElement(kvType) / 1024,
                                    'f', 1))
            .arg(EstimateKeys::kvCacheKey(kvType), attention)
            .arg(r.context)
            .arg(std::max(1, r.batch)));
    if (r.model.slidingWindow && r.model.slidingWindowLayers > 0 &&
        KvCacheEstimator::engineUsesSlidingWindow(r.engine, r.model))
        basis.append(QCoreApplication::translate("MemoryEstimator",
                                                 "%1 of %2 layers use a %3-token sliding window")
                         .arg(r.model.slidingWindowLayers)
                         .arg(r.model.layers)
                         .arg(*r.model.slidingWindow));
    basis.append(
        QCoreApplication::translate("MemoryEstimator", "compute workspace %1 GiB per GPU (%2)")
            .arg(gib(workspace),
                 llamaCpp ? QCoreApplication::translate(
                                "MemoryEstimator", "Ollama GraphSize formula, no flash attention")
                 : r.engine == Engine::Vllm
                     ? QCoreApplication::translate(
                           "MemoryEstimator", "vLLM profiled activation peak, 1-3 GiB observed")
                     : QCoreApplication::translate("MemoryEstimator",
                                                   "one layer of the prompt chunk")));
    basis.append(QCoreApplication::translate("MemoryEstimator", "runtime overhead %1 GiB per GPU")
                     .arg(gib(profile.overheadBytes())));
    if (gpus > 1)
        basis.append(
            QCoreApplication::translate("MemoryEstimator", "%1 GPUs, %2; most loaded GPU %3 GiB")
                .arg(gpus)
                .arg(profile.tensorParallel()
                         ? QCoreApplication::translate("MemoryEstimator", "tensor parallel")
                         : QCoreApplication::translate("MemoryEstimator",
                                                       "layers split between GPUs"))
                .arg(gib(mem.perGpu.estimate)));
}

MemoryEstimate MemoryEstimator::training(const PreparedWorkload &workload,
                                         const EngineProfile &profile, int gpus, int zeroStage,
                                         EstimateDetail detail)
{
    const EstimateRequest &r = workload.request;
    const WeightsEstimator::Breakdown &w = workload.weights;
    const bool explain = detail == EstimateDetail::Explained;
    MemoryEstimate mem;
    mem.gpuCount = gpus;
    mem.training = true;
    QStringList &basis = mem.basis;
    const double params = w.params;
    // ZeRO over the data-parallel GPUs (Rajbhandari et al. 2020): stage 1 shards the optimizer,
    // 2 also the gradients, 3 also the weights; stage 0 replicates everything.
    const int stage = gpus > 1 ? std::clamp(zeroStage, 0, 3) : 0;
    const double optShard = stage >= 1 ? 1.0 / gpus : 1.0;
    const double gradShard = stage >= 2 ? 1.0 / gpus : 1.0;
    const double weightShard = stage >= 3 ? 1.0 / gpus : 1.0;

    double weightsPerGpu = 0;
    double gradsPerGpu = 0;
    double optPerGpu = 0;
    if (r.workload == Workload::FullFineTune) {
        // Mixed precision with Adam: bf16 weights 2 + bf16 grads 2 + fp32 master, m, v 12 =
        // 16 B/param (ZeRO paper; Megatron/DeepSpeed); HF Trainer AMP keeps fp32 grads: 18.
        const double gradBytes = r.fp32Gradients ? 4 : 2;
        weightsPerGpu = 2 * params * weightShard;
        gradsPerGpu = gradBytes * params * gradShard;
        optPerGpu = 12 * params * optShard;
        if (explain)
            basis.append(QCoreApplication::translate(
                             "MemoryEstimator",
                             "full fine-tuning, mixed precision Adam: %1 bytes/parameter x %2 B "
                             "parameters = %3 GiB of model states")
                             .arg(14 + gradBytes)
                             .arg(QLocale().toString(params / 1e9, 'f', 2))
                             .arg(gib((14 + gradBytes) * params)));
    } else {
        const double lora = workload.loraParams;
        double base = 2 * params; // bf16 base model
        if (r.workload == Workload::Qlora) {
            // NF4 + double quantisation on the linear layers (4.127 bits, QLoRA 3); embeddings,
            // output head and norms stay in bf16 (matches the 3.60 GiB Llama-2-7B base measured
            // in Manning's Quantization and Fast Inference 8.4).
            base = w.linearParams * 4.127 / 8 + (params - w.linearParams) * 2;
        }
        // Adapters in fp32 with Adam: weight 4 + grad 4 + m, v 8 = 16 B/param.
        weightsPerGpu = base * weightShard + 4 * lora;
        gradsPerGpu = 4 * lora;
        optPerGpu = 8 * lora * optShard;
        if (explain)
            basis.append(
                QCoreApplication::translate(
                    "MemoryEstimator",
                    "%1 base model %2 GiB; LoRA rank %3 on %4: %5 M parameters, 16 bytes "
                    "each with Adam")
                    .arg(r.workload == Workload::Qlora ? QStringLiteral("NF4")
                                                       : QStringLiteral("bf16"))
                    .arg(gib(base))
                    .arg(r.loraRank)
                    .arg(r.loraModules == LoraModules::AllLinear
                             ? QCoreApplication::translate("MemoryEstimator", "all linear layers")
                             : QCoreApplication::translate("MemoryEstimator", "attention layers"))
                    .arg(QLocale().toString(lora / 1e6, 'f', 1)));
    }
    const double activations = trainingActivationBytes(r);
    if (explain)
        basis.append(
            QCoreApplication::translate(
                "MemoryEstimator",
                "activations %1 GiB per GPU (sequence %2 x micro-batch %3, %4, logits "
                "included)")
                .arg(gib(activations))
                .arg(r.context)
                .arg(std::max(1, r.batch))
                .arg(r.gradientCheckpointing
                         ? QCoreApplication::translate("MemoryEstimator", "gradient checkpointing")
                         : QCoreApplication::translate("MemoryEstimator", "no checkpointing")));
    if (explain && stage > 0)
        basis.append(QCoreApplication::translate("MemoryEstimator", "ZeRO stage %1 over %2 GPUs")
                         .arg(stage)
                         .arg(gpus));

    mem.weights = EstimateRange::around(weightsPerGpu * gpus, 0.03);
    mem.gradients = EstimateRange::around(gradsPerGpu * gpus, 0.03);
    mem.optimizer = EstimateRange::around(optPerGpu * gpus, 0.03);
    // Activation counts depend on kernels and recompute policy: +-30 %.
    mem.activations = EstimateRange::around(activations * gpus, 0.3);
    mem.overhead = EstimateRange::around(profile.overheadBytes() * gpus, 0.4);
    if (explain)
        basis.append(
            QCoreApplication::translate("MemoryEstimator", "runtime overhead %1 GiB per GPU")
                .arg(gib(profile.overheadBytes())));
    mem.total = mem.weights;
    mem.total += mem.gradients;
    mem.total += mem.optimizer;
    mem.total += mem.activations;
    mem.total += mem.overhead;
    mem.perGpu = mem.total.scaled(1.0 / gpus);
    return mem;
}
