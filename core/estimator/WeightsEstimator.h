#pragma once

// Bytes of a model's weights in a format, tensor by tensor (ModelTensors): GGUF files follow the
// llama-quantize mixture rules (GgufMixture); the GPU formats quantise the linear layers and keep
// embeddings, output head, norms and router in 16 bits, as GPTQ/AWQ, bitsandbytes and FP8
// checkpoints do.

#include "WeightFormat.h"

struct ModelSpec;

class WeightsEstimator
{
public:
    struct Breakdown
    {
        double totalBytes = 0;
        double embeddingBytes = 0; // token_embd (read one row per token)
        double outputBytes = 0;    // output head (the embedding again when tied)
        double expertBytes = 0;    // routed expert tensors, all experts
        double linearParams = 0;   // parameters of the layers' matrices (what LoRA adapts)
        double params = 0;         // all parameters
        double bitsPerWeight = 0;  // average over all parameters
        bool tiedEmbeddings = false;
        QString mixture; // GGUF: "Q4_K 70%, Q6_K 22%, ..." by bytes; else empty

        // Weights one decode step reads for batch sequences: everything but the embedding
        // table (untied), and of the routed experts the expected share touched,
        // 1 - (1 - k/E)^batch (estimation-methods.md 5.1, uniform routing).
        double readBytesPerStep(int expertsActive, int expertsTotal, int batch) const;
        // What llama.cpp puts on the GPU with full offload: token_embd stays in host memory
        // (its log: "CPU buffer size = 70.31 MiB" for Llama-2-7B Q4_K_M).
        double llamaCppGpuBytes() const;
    };

    // nf4DoubleQuant: the QLoRA recipe (4.127 bits); transformers' load_in_4bit leaves double
    // quantisation off by default (fp32 absmax per 64 weights: 4.5 bits).
    static Breakdown estimate(const ModelSpec &model, WeightFormat format,
                              bool nf4DoubleQuant = true);
};
