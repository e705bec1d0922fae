#pragma once

// The number formats a model's weights can be stored in: plain floating point, the quantised
// formats of the GPU engines (FP8, INT8, GPTQ/AWQ INT4, bitsandbytes NF4) and the llama.cpp GGUF
// file types, which are per-tensor mixtures (see GgufMixture).

#include <QString>
#include <QStringList>

#include <optional>

enum class WeightFormat
{
    Fp32,
    Fp16,
    Bf16,
    Fp8,
    Int8,
    Int4, // GPTQ / AWQ, group size 128
    Nf4,  // bitsandbytes NF4 with double quantisation (QLoRA)
    // GGUF file types (llama.cpp "ftype"), named as llama-quantize names them.
    GgufF16,
    GgufQ8_0,
    GgufQ6_K,
    GgufQ5_K_M,
    GgufQ5_K_S,
    GgufQ5_1,
    GgufQ5_0,
    GgufQ4_K_M,
    GgufQ4_K_S,
    GgufQ4_1,
    GgufQ4_0,
    GgufIQ4_NL,
    GgufIQ4_XS,
    GgufQ3_K_L,
    GgufQ3_K_M,
    GgufQ3_K_S,
    GgufIQ3_M,
    GgufIQ3_S,
    GgufIQ3_XS,
    GgufIQ3_XXS,
    GgufQ2_K,
    GgufQ2_K_S,
    GgufIQ2_M,
    GgufIQ2_S,
    GgufIQ2_XS,
    GgufIQ2_XXS,
    GgufIQ1_M,
    GgufIQ1_S,
};

namespace WeightFormats {

// Lower-case key used on the command line and in files: "fp16", "q4_k_m", "int4", "nf4".
QString key(WeightFormat f);
std::optional<WeightFormat> fromKey(const QString &key);
QStringList keys();

// How people write it: "FP16", "Q4_K_M", "INT4 (GPTQ/AWQ)".
QString label(WeightFormat f);

bool isGguf(WeightFormat f);
// Formats whose linear layers are stored in 4 bits or fewer on average.
bool isFourBitOrLess(WeightFormat f);

} // namespace WeightFormats
