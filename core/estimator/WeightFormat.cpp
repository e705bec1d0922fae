#include "WeightFormat.h"

#include <array>
#include <utility>

namespace {

struct FormatName
{
    WeightFormat format;
    const char *key;
    const char *label;
};

constexpr std::array formatNames = {
    FormatName{WeightFormat::Fp32, "fp32", "FP32"},
    FormatName{WeightFormat::Fp16, "fp16", "FP16"},
    FormatName{WeightFormat::Bf16, "bf16", "BF16"},
    FormatName{WeightFormat::Fp8, "fp8", "FP8"},
    FormatName{WeightFormat::Int8, "int8", "INT8"},
    FormatName{WeightFormat::Int4, "int4", "INT4 (GPTQ/AWQ)"},
    FormatName{WeightFormat::Nf4, "nf4", "NF4 (bitsandbytes)"},
    FormatName{WeightFormat::GgufF16, "f16", "GGUF F16"},
    FormatName{WeightFormat::GgufQ8_0, "q8_0", "Q8_0"},
    FormatName{WeightFormat::GgufQ6_K, "q6_k", "Q6_K"},
    FormatName{WeightFormat::GgufQ5_K_M, "q5_k_m", "Q5_K_M"},
    FormatName{WeightFormat::GgufQ5_K_S, "q5_k_s", "Q5_K_S"},
    FormatName{WeightFormat::GgufQ5_1, "q5_1", "Q5_1"},
    FormatName{WeightFormat::GgufQ5_0, "q5_0", "Q5_0"},
    FormatName{WeightFormat::GgufQ4_K_M, "q4_k_m", "Q4_K_M"},
    FormatName{WeightFormat::GgufQ4_K_S, "q4_k_s", "Q4_K_S"},
    FormatName{WeightFormat::GgufQ4_1, "q4_1", "Q4_1"},
    FormatName{WeightFormat::GgufQ4_0, "q4_0", "Q4_0"},
    FormatName{WeightFormat::GgufIQ4_NL, "iq4_nl", "IQ4_NL"},
    FormatName{WeightFormat::GgufIQ4_XS, "iq4_xs", "IQ4_XS"},
    FormatName{WeightFormat::GgufQ3_K_L, "q3_k_l", "Q3_K_L"},
    FormatName{WeightFormat::GgufQ3_K_M, "q3_k_m", "Q3_K_M"},
    FormatName{WeightFormat::GgufQ3_K_S, "q3_k_s", "Q3_K_S"},
    FormatName{WeightFormat::GgufIQ3_M, "iq3_m", "IQ3_M"},
    FormatName{WeightFormat::GgufIQ3_S, "iq3_s", "IQ3_S"},
    FormatName{WeightFormat::GgufIQ3_XS, "iq3_xs", "IQ3_XS"},
    FormatName{WeightFormat::GgufIQ3_XXS, "iq3_xxs", "IQ3_XXS"},
    FormatName{WeightFormat::GgufQ2_K, "q2_k", "Q2_K"},
    FormatName{WeightFormat::GgufQ2_K_S, "q2_k_s", "Q2_K_S"},
    FormatName{WeightFormat::GgufIQ2_M, "iq2_m", "IQ2_M"},
    FormatName{WeightFormat::GgufIQ2_S, "iq2_s", "IQ2_S"},
    FormatName{WeightFormat::GgufIQ2_XS, "iq2_xs", "IQ2_XS"},
    FormatName{WeightFormat::GgufIQ2_XXS, "iq2_xxs", "IQ2_XXS"},
    FormatName{WeightFormat::GgufIQ1_M, "iq1_m", "IQ1_M"},
    FormatName{WeightFormat::GgufIQ1_S, "iq1_s", "IQ1_S"},
};

const FormatName *find(WeightFormat f)
{
    for (const FormatName &n : formatNames) {
        if (n.format == f)
            return &n;
    }
    return nullptr;
}

} // namespace

namespace WeightFormats {

QString key(WeightFormat f)
{
    const FormatName *n = find(f);
    return n ? QString::fromLatin1(n->key) : QString();
}

std::optional<WeightFormat> fromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const FormatName &n : formatNames) {
        if (k == QLatin1String(n.key))
            return n.format;
    }
    return std::nullopt;
}

QStringList keys()
{
    QStringList list;
    for (const FormatName &n : formatNames)
        list.append(QString::fromLatin1(n.key));
    return list;
}

QString label(WeightFormat f)
{
    const FormatName *n = find(f);
    return n ? QString::fromLatin1(n->label) : QString();
}

bool isGguf(WeightFormat f)
{
    return int(f) >= int(WeightFormat::GgufF16);
}

bool isFourBitOrLess(WeightFormat f)
{
    switch (f) {
    case WeightFormat::Fp32:
    case WeightFormat::Fp16:
    case WeightFormat::Bf16:
    case WeightFormat::Fp8:
    case WeightFormat::Int8:
    case WeightFormat::GgufF16:
    case WeightFormat::GgufQ8_0:
    case WeightFormat::GgufQ6_K:
    case WeightFormat::GgufQ5_K_M:
    case WeightFormat::GgufQ5_K_S:
    case WeightFormat::GgufQ5_1:
    case WeightFormat::GgufQ5_0:
        return false;
    default:
        return true;
    }
}

} // namespace WeightFormats
