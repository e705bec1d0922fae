#pragma once

// Which ggml tensor type llama-quantize gives each tensor of a model for a GGUF file type: the
// per-tensor rules of llama.cpp src/llama-quant.cpp llama_tensor_get_type() (read at
// JohannesGaessler/llama.cpp 5a44f27; same rules as ggml-org @007dbbf in estimation-methods.md
// 2.1), including the fall-back types for rows not divisible by the block size. Sizes are
// exact from the ggml block layouts.

#include "WeightFormat.h"

#include <QString>

struct ModelSpec;

enum class GgufType
{
    F32,
    F16,
    BF16,
    Q4_0,
    Q4_1,
    Q5_0,
    Q5_1,
    Q8_0,
    Q2_K,
    Q3_K,
    Q4_K,
    Q5_K,
    Q6_K,
    IQ4_NL,
    IQ4_XS,
    IQ1_S,
    IQ1_M,
    IQ2_XXS,
    IQ2_XS,
    IQ2_S,
    IQ3_XXS,
    IQ3_S,
};

class GgufMixture
{
public:
    // format must be a GGUF format (WeightFormats::isGguf).
    GgufMixture(const ModelSpec &model, WeightFormat format);

    // Type of one weight tensor. layer is the block index (-1 for global tensors); rowLength the
    // elements per row; attnVIndex counts the attn_v tensors seen before this one. A tied
    // embedding is asked for as "output": llama.cpp quantises it with the output rules.
    GgufType tensorType(const QString &name, int layer, int rowLength, int attnVIndex) const;

    static double bitsPerWeight(GgufType type);
    static int blockSize(GgufType type);
    static QString typeName(GgufType type);

private:
    GgufType rule(const QString &name, int layer, int rowLength, int attnVIndex) const;
    static GgufType fallback(GgufType type, int rowLength);

    WeightFormat m_format;
    GgufType m_default;
    int m_layers;
    int m_gqa;     // attention heads per KV head
    int m_experts; // routed experts, 0 for dense models
    bool m_is70bType;
    bool m_isFalcon;
    bool m_imatrix; // the IQ1-IQ3 types need an importance matrix, so published files have one
};
