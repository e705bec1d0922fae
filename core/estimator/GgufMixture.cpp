#include "GgufMixture.h"

#include "ModelSpec.h"

#include <algorithm>

namespace {

using F = WeightFormat;
using T = GgufType;

// ggml block layouts: weights per block and bytes per block (ggml-common.h; estimation-methods.md
// 2.1 table, mirrored from ollama fs/ggml/ggml.go TypeSize/BlockSize).
struct Layout
{
    int block;
    int bytes;
};

Layout layout(T t)
{
    switch (t) {
    case T::F32:
        return {1, 4};
    case T::F16:
    case T::BF16:
        return {1, 2};
    case T::Q4_0:
        return {32, 18};
    case T::Q4_1:
        return {32, 20};
    case T::Q5_0:
        return {32, 22};
    case T::Q5_1:
        return {32, 24};
    case T::Q8_0:
        return {32, 34};
    case T::Q2_K:
        return {256, 84};
    case T::Q3_K:
        return {256, 110};
    case T::Q4_K:
        return {256, 144};
    case T::Q5_K:
        return {256, 176};
    case T::Q6_K:
        return {256, 210};
    case T::IQ4_NL:
        return {32, 18};
    case T::IQ4_XS:
        return {256, 136};
    case T::IQ1_S:
        return {256, 50};
    case T::IQ1_M:
        return {256, 56};
    case T::IQ2_XXS:
        return {256, 66};
    case T::IQ2_XS:
        return {256, 74};
    case T::IQ2_S:
        return {256, 82};
    case T::IQ3_XXS:
        return {256, 98};
    case T::IQ3_S:
        return {256, 110};
    }
    return {1, 2};
}

// The type a file type starts from (llama_model_quantize_impl's default_type).
T defaultType(F f)
{
    switch (f) {
    case F::GgufQ8_0:
        return T::Q8_0;
    case F::GgufQ6_K:
        return T::Q6_K;
    case F::GgufQ5_K_M:
    case F::GgufQ5_K_S:
        return T::Q5_K;
    case F::GgufQ5_1:
        return T::Q5_1;
    case F::GgufQ5_0:
        return T::Q5_0;
    case F::GgufQ4_K_M:
    case F::GgufQ4_K_S:
        return T::Q4_K;
    case F::GgufQ4_1:
        return T::Q4_1;
    case F::GgufQ4_0:
        return T::Q4_0;
    case F::GgufIQ4_NL:
        return T::IQ4_NL;
    case F::GgufIQ4_XS:
        return T::IQ4_XS;
    case F::GgufQ3_K_L:
    case F::GgufQ3_K_M:
    case F::GgufQ3_K_S:
        return T::Q3_K;
    case F::GgufIQ3_M:
    case F::GgufIQ3_S:
    case F::GgufIQ3_XS:
        return T::IQ3_S;
    case F::GgufIQ3_XXS:
        return T::IQ3_XXS;
    case F::GgufQ2_K:
    case F::GgufQ2_K_S:
        return T::Q2_K;
    case F::GgufIQ2_M:
        return T::IQ2_S;
    case F::GgufIQ2_S:
    case F::GgufIQ2_XS:
        return T::IQ2_XS;
    case F::GgufIQ2_XXS:
        return T::IQ2_XXS;
    case F::GgufIQ1_M:
        return T::IQ1_M;
    case F::GgufIQ1_S:
        return T::IQ1_S;
    default:
        return T::F16;
    }
}

bool useMoreBits(int i, int n)
{
    return i < n / 8 || i >= 7 * n / 8 || (i - n / 8) % 3 == 2;
}

bool oneOf(F f, std::initializer_list<F> list)
{
    return std::find(list.begin(), list.end(), f) != list.end();
}

} // namespace

GgufMixture::GgufMixture(const ModelSpec &model, WeightFormat format)
    : m_format(format)
    , m_default(defaultType(format))
    , m_layers(model.layers)
    , m_gqa(model.kvHeads > 0 ? model.attentionHeads / model.kvHeads : 1)
    , m_experts(model.expertsTotal)
    // llama.cpp's LLM_TYPE_70B: the 80-layer Llama 2/3 and Qwen2 70B-class models.
    , m_is70bType(model.layers == 80)
    , m_isFalcon(model.family == u"falcon")
    , m_imatrix(
          oneOf(format, {F::GgufIQ3_XXS, F::GgufIQ3_XS, F::GgufIQ3_S, F::GgufIQ3_M, F::GgufIQ2_M,
                         F::GgufIQ2_S, F::GgufIQ2_XS, F::GgufIQ2_XXS, F::GgufIQ1_M, F::GgufIQ1_S}))
{}

double GgufMixture::bitsPerWeight(GgufType type)
{
    const Layout l = layout(type);
    return 8.0 * l.bytes / l.block;
}

int GgufMixture::blockSize(GgufType type)
{
    return layout(type).block;
}

QString GgufMixture::typeName(GgufType type)
{
    static const char *names[] = {"F32",    "F16",    "BF16",    "Q4_0",  "Q4_1",  "Q5_0",
                                  "Q5_1",   "Q8_0",   "Q2_K",    "Q3_K",  "Q4_K",  "Q5_K",
                                  "Q6_K",   "IQ4_NL", "IQ4_XS",  "IQ1_S", "IQ1_M", "IQ2_XXS",
                                  "IQ2_XS", "IQ2_S",  "IQ3_XXS", "IQ3_S"};
    return QString::fromLatin1(names[int(type)]);
}

GgufType GgufMixture::tensorType(const QString &name, int layer, int rowLength,
                                 int attnVIndex) const
{
    // One-dimensional tensors (norms, biases) and the MoE router stay F32; F16 files keep
    // every matrix in F16 (llama_model_quantize_impl only calls the rules for quantised types).
    if (name == u"norms" || name.endsWith(u"_norm") || name.endsWith(u"_bias") ||
        name == u"ffn_gate_inp")
        return T::F32;
    if (m_format == F::GgufF16)
        return T::F16;
    return fallback(rule(name, layer, rowLength, attnVIndex), rowLength);
}

GgufType GgufMixture::rule(const QString &name, int layer, int rowLength, int attnVIndex) const
{
    const F f = m_format;
    const int n = m_layers;
    const int i = layer;
    T t = m_default;
    const bool iq12 = oneOf(
        f, {F::GgufIQ2_XXS, F::GgufIQ2_XS, F::GgufIQ1_S, F::GgufIQ2_S, F::GgufIQ2_M, F::GgufIQ1_M});
    const bool iq2sm = oneOf(f, {F::GgufIQ2_S, F::GgufIQ2_M});

    if (name == u"output") {
        if (m_isFalcon || rowLength % blockSize(t) != 0)
            return T::Q8_0;
        if (oneOf(f, {F::GgufIQ2_XXS, F::GgufIQ2_XS, F::GgufIQ3_XXS, F::GgufIQ1_S, F::GgufIQ2_S,
                      F::GgufIQ2_M, F::GgufIQ1_M}))
            return T::Q5_K;
        return t == T::Q8_0 ? t : T::Q6_K;
    }
    if (name == u"token_embd") {
        if (oneOf(f, {F::GgufIQ2_XXS, F::GgufIQ2_XS, F::GgufIQ1_S, F::GgufIQ1_M}))
            return T::Q2_K;
        if (oneOf(f, {F::GgufIQ2_S, F::GgufIQ2_M, F::GgufIQ3_XXS}))
            return T::IQ3_S;
        return t;
    }
    if (iq12) {
        if (name == u"attn_v")
            return (m_gqa >= 4 || m_experts >= 4) ? T::Q4_K : (iq2sm ? T::IQ3_S : T::Q2_K);
        if (m_experts == 8 && name == u"attn_k")
            return T::Q4_K;
        if (name.startsWith(u"ffn_down"))
            return i < n / 8 ? (iq2sm ? T::IQ3_S : T::Q2_K) : t;
        if (name == u"attn_output") {
            if (m_experts == 8)
                return T::Q5_K;
            if (oneOf(f, {F::GgufIQ1_S, F::GgufIQ1_M}))
                return T::IQ2_XXS;
            if (iq2sm)
                return T::IQ3_S;
        }
        return t;
    }
    if (name == u"attn_v") {
        const int v = attnVIndex;
        if (f == F::GgufQ2_K)
            t = m_gqa >= 4 ? T::Q4_K : T::Q3_K;
        else if (f == F::GgufQ2_K_S && m_gqa >= 4)
            t = T::Q4_K;
        else if (f == F::GgufIQ3_XXS)
            t = m_gqa >= 4 ? T::Q4_K : (m_imatrix ? T::IQ3_XXS : T::IQ3_S);
        else if (oneOf(f, {F::GgufIQ3_XS, F::GgufIQ3_S}) && m_gqa >= 4)
            t = T::Q4_K;
        else if (f == F::GgufIQ3_M)
            t = T::Q4_K;
        else if (f == F::GgufQ3_K_M)
            t = v < 2 ? T::Q5_K : T::Q4_K;
        else if (f == F::GgufQ3_K_L)
            t = T::Q5_K;
        else if (oneOf(f, {F::GgufIQ4_NL, F::GgufIQ4_XS}) && m_gqa >= 4)
            t = T::Q5_K;
        else if (oneOf(f, {F::GgufQ4_K_M, F::GgufQ5_K_M}) && useMoreBits(v, n))
            t = T::Q6_K;
        else if (f == F::GgufQ4_K_S && v < 4)
            t = T::Q5_K;
        if (m_is70bType && (t == T::Q3_K || t == T::Q4_K))
            t = T::Q5_K;
        if (m_experts == 8)
            t = T::Q8_0;
        return t;
    }
    if (name == u"attn_k") {
        if (m_experts == 8)
            return T::Q8_0;
        if (f == F::GgufIQ3_XS)
            return T::IQ3_XXS;
        if (f == F::GgufIQ3_XXS)
            return T::IQ2_S;
        return t;
    }
    if (name == u"attn_q") {
        if (f == F::GgufIQ3_XS)
            return T::IQ3_XXS;
        if (f == F::GgufIQ3_XXS)
            return T::IQ2_S;
        return t;
    }
    if (name.startsWith(u"ffn_down")) {
        if (f == F::GgufQ2_K)
            return T::Q3_K;
        if (f == F::GgufQ2_K_S)
            return i < n / 8 ? T::Q4_K : t;
        if (f == F::GgufIQ3_XXS && !m_imatrix)
            return i < n / 8 ? T::Q4_K : T::Q3_K;
        if (f == F::GgufQ3_K_M)
            return i < n / 16 ? T::Q5_K : (!m_isFalcon || useMoreBits(i, n)) ? T::Q4_K : T::Q3_K;
        if (f == F::GgufIQ3_M && (i < n / 8 || (m_experts == 8 && useMoreBits(i, n))))
            return T::Q4_K;
        if (f == F::GgufQ3_K_L)
            return m_isFalcon ? T::Q4_K : T::Q5_K;
        if (f == F::GgufQ4_K_M) {
            if (m_isFalcon)
                return i < n / 16 ? T::Q6_K : useMoreBits(i, n) ? T::Q5_K : T::Q4_K;
            return useMoreBits(i, n) ? T::Q6_K : t;
        }
        if (i < n / 8 && oneOf(f, {F::GgufIQ4_NL, F::GgufIQ4_XS}) && !m_imatrix)
            return T::Q5_K;
        if (f == F::GgufQ5_K_M && useMoreBits(i, n))
            return T::Q6_K;
        if (f == F::GgufQ4_K_S && !m_isFalcon && i < n / 8)
            return T::Q5_K;
        return t;
    }
    if (name == u"attn_output") {
        if (m_isFalcon)
            return f == F::GgufQ3_K_L ? T::Q4_K : t;
        if (m_experts == 8) {
            if (oneOf(f, {F::GgufQ2_K, F::GgufIQ3_XS, F::GgufIQ3_XXS, F::GgufQ3_K_S, F::GgufQ3_K_M,
                          F::GgufIQ4_NL, F::GgufQ4_K_S, F::GgufQ4_K_M, F::GgufIQ3_S, F::GgufIQ3_M,
                          F::GgufIQ4_XS}))
                return T::Q5_K;
            return t;
        }
        switch (f) {
        case F::GgufQ2_K:
            return T::Q3_K;
        case F::GgufIQ3_XXS:
            return T::IQ3_S;
        case F::GgufQ3_K_M:
            return T::Q4_K;
        case F::GgufQ3_K_L:
            return T::Q5_K;
        case F::GgufIQ3_M:
            return T::Q4_K;
        default:
            return t;
        }
    }
    if ((name.startsWith(u"ffn_gate") || name.startsWith(u"ffn_up")) && f == F::GgufIQ3_XS &&
        i >= n / 8 && i < 7 * n / 8)
        return T::IQ3_XXS;
    return t;
}

GgufType GgufMixture::fallback(GgufType type, int rowLength)
{
    if (rowLength <= 0 || rowLength % blockSize(type) == 0)
        return type;
    T t = T::F16;
    switch (type) {
    case T::IQ2_XXS:
    case T::IQ2_XS:
    case T::IQ2_S:
    case T::IQ3_XXS:
    case T::IQ3_S:
    case T::IQ1_S:
    case T::IQ1_M:
    case T::Q2_K:
    case T::Q3_K:
    case T::IQ4_XS:
        t = T::IQ4_NL;
        break;
    case T::Q4_K:
        t = T::Q5_0;
        break;
    case T::Q5_K:
        t = T::Q5_1;
        break;
    case T::Q6_K:
        t = T::Q8_0;
        break;
    default:
        t = T::F16;
        break;
    }
    return rowLength % blockSize(t) == 0 ? t : T::F16;
}
