#pragma once

// Reads the free-text columns of a published measurement (GPU and model names as the source
// wrote them, "Q4_K_M?", "GPTQ 4-bit 128g", "llama.cpp llama-bench", "tg128 / pp512") into the
// catalog ids, formats, engines and token counts the estimator takes. A name it cannot place
// with confidence is left empty, and the row is reported as skipped, never guessed.

#include "EstimateRequest.h"

#include <QList>
#include <QString>

#include <optional>

class MeasurementMatcher
{
public:
    MeasurementMatcher(QList<GpuSpec> gpus, QList<ModelSpec> models);

    // Catalog GPU for a name such as "GeForce RTX 3060 12GB" or "H100 (80GB HBM3, variant
    // unspecified)": names are compared without vendor words, memory sizes and notes in
    // parentheses; where the variant is not stated the memory type or size in the text picks
    // it, and then the SXM part. Empty when no single GPU is meant.
    std::optional<GpuSpec> gpu(const QString &text) const;
    // Catalog model for a name, through its id, its name, or a known architecture alias (a
    // fine-tune or re-release with the same config, e.g. DeepSeek-R1-Distill 14B = Qwen2.5 14B).
    std::optional<ModelSpec> model(const QString &text) const;

    static std::optional<WeightFormat> format(const QString &text);
    static std::optional<Engine> engine(const QString &text);
    // Tokens in the cache during decode: half of tgN, "full N context", "depth N", prompt N + 64.
    static int decodeContext(const QString &text);
    // Prompt tokens of a prefill figure (ppN, input N), 0 if none stated.
    static int prefillTokens(const QString &text);
    // First number in a cell ("20 (best) / 18 (worst)", "75?"); empty when none.
    static std::optional<double> number(const QString &text);

private:
    QList<GpuSpec> m_gpus;
    QList<ModelSpec> m_models;
};
