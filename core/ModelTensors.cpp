#include "ModelTensors.h"

#include "ModelSpec.h"

#include <limits>

double ModelTensors::totalParams() const
{
    double sum = 0;
    for (const auto &layer : layers) {
        for (const Tensor &t : layer)
            sum += t.params;
    }
    for (const Tensor &t : globals)
        sum += t.params;
    return sum;
}

double ModelTensors::activeParams(int expertsActive) const
{
    double sum = 0;
    for (const auto &layer : layers) {
        for (const Tensor &t : layer)
            sum += t.experts > 0 ? t.params * expertsActive / t.experts : t.params;
    }
    for (const Tensor &t : globals)
        sum += t.params;
    return sum;
}

namespace {

// A row length from a product of the model's sizes, which a nonsensical config can push past
// int (found by fuzzing config.json): kept at INT_MAX, where every block-size rule still holds.
int rowLength(double elements)
{
    return elements < double(std::numeric_limits<int>::max()) ? int(elements)
                                                              : std::numeric_limits<int>::max();
}

// Norm weights per layer: RMSNorm has one vector of h, LayerNorm with bias two.
double layerNormParams(const ModelSpec &m)
{
    const double h = m.hiddenSize;
    if (m.family == u"gemma2")
        return 4 * h; // pre- and post-norms around attention and MLP
    if (m.family == u"falcon")
        return 2 * 2 * h; // ln_attn and ln_mlp, LayerNorm with bias
    if (m.family == u"cohere")
        return h; // one LayerNorm without bias feeds the parallel attention and MLP
    return 2 * h;
}

double finalNormParams(const ModelSpec &m)
{
    return m.family == u"falcon" ? 2.0 * m.hiddenSize : double(m.hiddenSize);
}

void addAttention(const ModelSpec &m, QList<Tensor> &layer)
{
    const double h = m.hiddenSize;
    if (m.attention == AttentionKind::Mla) {
        const double nh = m.attentionHeads;
        const double qkHead = m.qkNopeHeadDim + m.qkRopeHeadDim;
        if (m.qLoraRank > 0) {
            layer.append({QStringLiteral("attn_q_a"), h * m.qLoraRank, m.hiddenSize});
            layer.append({QStringLiteral("attn_q_a_norm"), double(m.qLoraRank), m.qLoraRank});
            layer.append({QStringLiteral("attn_q_b"), m.qLoraRank * nh * qkHead, m.qLoraRank});
        } else {
            layer.append({QStringLiteral("attn_q"), h * nh * qkHead, m.hiddenSize});
        }
        layer.append(
            {QStringLiteral("attn_kv_a_mqa"), h * (m.kvLoraRank + m.qkRopeHeadDim), m.hiddenSize});
        layer.append({QStringLiteral("attn_kv_a_norm"), double(m.kvLoraRank), m.kvLoraRank});
        layer.append({QStringLiteral("attn_kv_b"),
                      m.kvLoraRank * nh * (m.qkNopeHeadDim + m.vHeadDim), m.kvLoraRank});
        layer.append(
            {QStringLiteral("attn_output"), nh * m.vHeadDim * h, rowLength(nh * m.vHeadDim)});
        return;
    }
    const double q = double(m.attentionHeads) * m.headDim;
    const double kv = double(m.kvHeads) * m.headDim;
    layer.append({QStringLiteral("attn_q"), h * q, m.hiddenSize});
    layer.append({QStringLiteral("attn_k"), h * kv, m.hiddenSize});
    layer.append({QStringLiteral("attn_v"), h * kv, m.hiddenSize});
    layer.append({QStringLiteral("attn_output"), q * h, rowLength(q)});
    if (m.qkvBias)
        layer.append({QStringLiteral("attn_qkv_bias"), q + 2 * kv, 1});
}

void addDenseMlp(const ModelSpec &m, QList<Tensor> &layer, int intermediate)
{
    const double h = m.hiddenSize;
    if (m.mlp == MlpKind::Gated)
        layer.append({QStringLiteral("ffn_gate"), h * intermediate, m.hiddenSize});
    layer.append({QStringLiteral("ffn_up"), h * intermediate, m.hiddenSize});
    layer.append({QStringLiteral("ffn_down"), double(intermediate) * h, intermediate});
}

void addMoeMlp(const ModelSpec &m, QList<Tensor> &layer)
{
    const double h = m.hiddenSize;
    const int f = m.moeIntermediateSize > 0 ? m.moeIntermediateSize : m.intermediateSize;
    const double e = m.expertsTotal;
    layer.append({QStringLiteral("ffn_gate_inp"), h * e, m.hiddenSize}); // router
    if (m.mlp == MlpKind::Gated)
        layer.append({QStringLiteral("ffn_gate_exps"), e * h * f, m.hiddenSize, m.expertsTotal});
    layer.append({QStringLiteral("ffn_up_exps"), e * h * f, m.hiddenSize, m.expertsTotal});
    layer.append({QStringLiteral("ffn_down_exps"), e * f * h, f, m.expertsTotal});
    if (m.sharedExperts > 0) {
        const int fs = f * m.sharedExperts;
        layer.append({QStringLiteral("ffn_gate_shexp"), h * fs, m.hiddenSize});
        layer.append({QStringLiteral("ffn_up_shexp"), h * fs, m.hiddenSize});
        layer.append({QStringLiteral("ffn_down_shexp"), double(fs) * h, fs});
    }
}

} // namespace

namespace ModelArchitecture {

ModelTensors tensors(const ModelSpec &m)
{
    ModelTensors result;
    const double h = m.hiddenSize;
    for (int i = 0; i < m.layers; ++i) {
        QList<Tensor> layer;
        addAttention(m, layer);
        if (m.isMoe() && i >= m.denseLayers)
            addMoeMlp(m, layer);
        else
            addDenseMlp(m, layer, m.intermediateSize);
        layer.append({QStringLiteral("norms"), layerNormParams(m), m.hiddenSize});
        result.layers.append(layer);
    }
    result.globals.append({QStringLiteral("token_embd"), double(m.vocabSize) * h, m.hiddenSize});
    if (!m.tiedEmbeddings)
        result.globals.append({QStringLiteral("output"), double(m.vocabSize) * h, m.hiddenSize});
    result.globals.append({QStringLiteral("output_norm"), finalNormParams(m), m.hiddenSize});
    return result;
}

void computeParameterCounts(ModelSpec &model)
{
    const ModelTensors t = tensors(model);
    model.paramsTotalB = t.totalParams() / 1e9;
    model.paramsActiveB =
        (model.isMoe() ? t.activeParams(model.expertsActive) : t.totalParams()) / 1e9;
}

} // namespace ModelArchitecture
