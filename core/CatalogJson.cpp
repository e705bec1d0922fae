#include "CatalogJson.h"

#include <QJsonArray>

namespace {

template <typename T> QJsonValue optional(const std::optional<T> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue positive(int v)
{
    return v > 0 ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QString origin(RowOrigin o)
{
    return o == RowOrigin::User ? QStringLiteral("user") : QStringLiteral("bundled");
}

} // namespace

namespace CatalogJson {

QJsonObject gpu(const GpuSpec &g)
{
    return {
        {QStringLiteral("id"), g.id},
        {QStringLiteral("name"), g.name},
        {QStringLiteral("vendor"), g.vendor},
        {QStringLiteral("class"), gpuClassKey(g.gpuClass)},
        {QStringLiteral("architecture"), text(g.architecture)},
        {QStringLiteral("release_year"), optional(g.releaseYear)},
        {QStringLiteral("vram_gb"), optional(g.vramGB)},
        {QStringLiteral("usable_vram_gib"), optional(g.effectiveVramGiB())},
        {QStringLiteral("memory_type"), text(g.memoryType)},
        {QStringLiteral("bandwidth_gbps"), optional(g.bandwidthGBps)},
        {QStringLiteral("fp32_tflops"), optional(g.fp32Tflops)},
        {QStringLiteral("fp16_tensor_tflops"), optional(g.fp16TensorTflops)},
        {QStringLiteral("bf16_tensor_tflops"), optional(g.bf16TensorTflops)},
        {QStringLiteral("int8_tensor_tops"), optional(g.int8TensorTops)},
        {QStringLiteral("fp8_support"), optional(g.fp8Support)},
        {QStringLiteral("int4_support"), optional(g.int4Support)},
        {QStringLiteral("tdp_w"), optional(g.powerWatts)},
        {QStringLiteral("form_factor"), text(g.formFactor)},
        {QStringLiteral("pcie_gen"), optional(g.pcieGen)},
        {QStringLiteral("pcie_lanes"), optional(g.pcieLanes)},
        {QStringLiteral("fabric"), text(g.fabric)},
        {QStringLiteral("fabric_gbps"), optional(g.fabricGBps)},
        {QStringLiteral("software_stack"), QJsonArray::fromStringList(g.softwareStacks)},
        {QStringLiteral("launch_price_usd"), optional(g.launchPriceUsd)},
        {QStringLiteral("street_price_sek"), optional(g.streetPriceSek)},
        {QStringLiteral("street_price_date"), date(g.streetPriceDate)},
        {QStringLiteral("street_price_converted"), g.streetPriceConverted},
        {QStringLiteral("cloud_usd_per_hour"), optional(g.cloudUsdPerHour)},
        {QStringLiteral("cloud_price_date"), date(g.cloudPriceDate)},
        {QStringLiteral("sources"), QJsonArray::fromStringList(g.sources)},
        {QStringLiteral("notes"), text(g.notes)},
        {QStringLiteral("origin"), origin(g.origin)},
    };
}

QJsonObject model(const ModelSpec &m)
{
    QJsonObject o{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("name"), m.name},
        {QStringLiteral("family"), text(m.family)},
        {QStringLiteral("hf_repo"), text(m.hfRepo)},
        {QStringLiteral("params_total_b"), m.paramsTotalB},
        {QStringLiteral("params_active_b"), m.paramsActiveB},
        {QStringLiteral("layers"), m.layers},
        {QStringLiteral("hidden_size"), m.hiddenSize},
        {QStringLiteral("intermediate_size"), positive(m.intermediateSize)},
        {QStringLiteral("attention_heads"), m.attentionHeads},
        {QStringLiteral("kv_heads"), m.kvHeads},
        {QStringLiteral("head_dim"), m.headDim},
        {QStringLiteral("vocab_size"), m.vocabSize},
        {QStringLiteral("tied_embeddings"), m.tiedEmbeddings},
        {QStringLiteral("max_context"), m.maxContext},
        {QStringLiteral("attention"), attentionKindKey(m.attention)},
        {QStringLiteral("mlp"),
         m.mlp == MlpKind::Plain ? QStringLiteral("plain") : QStringLiteral("gated")},
        {QStringLiteral("qkv_bias"), m.qkvBias},
        {QStringLiteral("sliding_window"), optional(m.slidingWindow)},
        {QStringLiteral("sliding_window_layers"), positive(m.slidingWindowLayers)},
        {QStringLiteral("sources"), QJsonArray::fromStringList(m.sources)},
        {QStringLiteral("notes"), text(m.notes)},
        {QStringLiteral("origin"), origin(m.origin)},
    };
    if (m.isMoe()) {
        o.insert(QStringLiteral("experts_total"), m.expertsTotal);
        o.insert(QStringLiteral("experts_active"), m.expertsActive);
        o.insert(QStringLiteral("shared_experts"), m.sharedExperts);
        o.insert(QStringLiteral("moe_intermediate_size"), positive(m.moeIntermediateSize));
        o.insert(QStringLiteral("dense_layers"), m.denseLayers);
    }
    if (m.attention == AttentionKind::Mla) {
        o.insert(QStringLiteral("q_lora_rank"), positive(m.qLoraRank));
        o.insert(QStringLiteral("kv_lora_rank"), m.kvLoraRank);
        o.insert(QStringLiteral("qk_nope_head_dim"), m.qkNopeHeadDim);
        o.insert(QStringLiteral("qk_rope_head_dim"), m.qkRopeHeadDim);
        o.insert(QStringLiteral("v_head_dim"), m.vHeadDim);
    }
    return o;
}

} // namespace CatalogJson
