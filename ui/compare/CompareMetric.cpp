#include "CompareMetric.h"

#include "CompareData.h"
#include "Formatting.h"

QList<CompareMetric::Id> CompareMetric::all()
{
    return {Id::Vram,  Id::Bandwidth,  Id::Fp16,
            Id::Bf16,  Id::Int8,       Id::Power,
            Id::Price, Id::TokensPerS, Id::CostPerMillionTokens};
}

QString CompareMetric::key(Id id)
{
    switch (id) {
    case Id::Vram:
        return QStringLiteral("vram");
    case Id::Bandwidth:
        return QStringLiteral("bandwidth");
    case Id::Fp16:
        return QStringLiteral("fp16");
    case Id::Bf16:
        return QStringLiteral("bf16");
    case Id::Int8:
        return QStringLiteral("int8");
    case Id::Power:
        return QStringLiteral("power");
    case Id::Price:
        return QStringLiteral("price");
    case Id::TokensPerS:
        return QStringLiteral("tokensPerS");
    case Id::CostPerMillionTokens:
        return QStringLiteral("costPerMillionTokens");
    }
    return {};
}

std::optional<CompareMetric::Id> CompareMetric::fromKey(const QString &key)
{
    for (const Id id : all()) {
        if (CompareMetric::key(id) == key)
            return id;
    }
    return std::nullopt;
}

QString CompareMetric::name(Id id)
{
    switch (id) {
    case Id::Vram:
        return tr("VRAM");
    case Id::Bandwidth:
        return tr("Bandwidth");
    case Id::Fp16:
        return tr("FP16");
    case Id::Bf16:
        return tr("BF16");
    case Id::Int8:
        return tr("INT8");
    case Id::Power:
        return tr("Power");
    case Id::Price:
        return tr("Price");
    case Id::TokensPerS:
        //: Generated tokens per second for the current workload
        return tr("Tokens/s");
    case Id::CostPerMillionTokens:
        //: Cost per million generated tokens, short for a chart axis
        return tr("Cost/M tokens");
    }
    return {};
}

QString CompareMetric::unit(Id id)
{
    switch (id) {
    case Id::Vram:
        return tr("GB");
    case Id::Bandwidth:
        return tr("GB/s");
    case Id::Fp16:
    case Id::Bf16:
        return tr("TFLOPS");
    case Id::Int8:
        return tr("TOPS");
    case Id::Power:
        return tr("W");
    case Id::Price:
    case Id::CostPerMillionTokens:
        return Formatting::displayCurrency(); // chosen in the settings
    case Id::TokensPerS:
        return tr("tokens/s");
    }
    return {};
}

QString CompareMetric::nameWithUnit(Id id)
{
    //: A figure and its unit, e.g. "VRAM (GB)"
    return tr("%1 (%2)").arg(name(id), unit(id));
}

bool CompareMetric::higherIsBetter(Id id)
{
    return id != Id::Power && id != Id::Price && id != Id::CostPerMillionTokens;
}

int CompareMetric::decimals(Id id)
{
    switch (id) {
    case Id::Fp16:
    case Id::Bf16:
    case Id::TokensPerS:
        return 1;
    case Id::CostPerMillionTokens:
        return 2;
    default:
        return 0;
    }
}

std::optional<double> CompareMetric::value(Id id, const CompareEntry &entry)
{
    const GpuSpec &g = entry.gpu;
    switch (id) {
    case Id::Vram:
        return g.vramGB;
    case Id::Bandwidth:
        return g.bandwidthGBps;
    case Id::Fp16:
        return g.fp16TensorTflops;
    case Id::Bf16:
        return g.bf16TensorTflops;
    case Id::Int8:
        return g.int8TensorTops;
    case Id::Power:
        return g.powerWatts;
    case Id::Price: // in the display currency
        return entry.priceSek ? std::optional<double>(Formatting::fromSek(*entry.priceSek))
                              : std::nullopt;
    case Id::TokensPerS:
        return entry.tokensPerS;
    case Id::CostPerMillionTokens:
        return entry.evaluation.costPerMillionTokensSek
                   ? std::optional<double>(
                         Formatting::fromSek(*entry.evaluation.costPerMillionTokensSek))
                   : std::nullopt;
    }
    return std::nullopt;
}

QString CompareMetric::text(Id id, const CompareEntry &entry)
{
    const auto v = value(id, entry);
    if (!v)
        return Formatting::unknown();
    if (id == Id::Price || id == Id::CostPerMillionTokens)
        return Formatting::money(*v, Formatting::displayCurrency(), decimals(id));
    return QStringLiteral("%1\u00a0%2").arg(Formatting::number(*v, decimals(id)), unit(id));
}

std::optional<double> CompareMetric::best(Id id, const QList<std::optional<double>> &values)
{
    std::optional<double> result;
    for (const auto &v : values) {
        if (!v || (!higherIsBetter(id) && *v <= 0))
            continue;
        if (!result || (higherIsBetter(id) ? *v > *result : *v < *result))
            result = v;
    }
    return result;
}

std::optional<double> CompareMetric::percentOfBest(Id id, std::optional<double> value,
                                                   std::optional<double> best)
{
    if (!value || !best || *best <= 0 || *value <= 0)
        return std::nullopt;
    return higherIsBetter(id) ? 100.0 * *value / *best : 100.0 * *best / *value;
}
