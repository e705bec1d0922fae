#pragma once

// One language model described by its architecture, as read from its Hugging Face config.json.
// The estimators work from these fields; parameter counts are derived from them.

#include "RowOrigin.h"

#include <QString>
#include <QStringList>

#include <optional>

enum class AttentionKind
{
    Mha,
    Gqa,
    Mqa,
    Mla
};
enum class MlpKind
{
    Gated,
    Plain
}; // SwiGLU/GeGLU (3 matrices) or GELU (2 matrices)

struct ModelSpec
{
    QString id; // stable slug, e.g. "llama-3.1-8b"
    QString name;
    QString family; // "llama", "mistral", "qwen2", "gemma2", "phi3", "deepseek_v3", ...
    QString hfRepo;

    double paramsTotalB = 0;  // billions, computed from the architecture
    double paramsActiveB = 0; // per token (MoE: routed experts in use), billions

    int layers = 0;
    int hiddenSize = 0;
    int intermediateSize = 0;
    int attentionHeads = 0;
    int kvHeads = 0;
    int headDim = 0;
    int vocabSize = 0;
    bool tiedEmbeddings = false;
    int maxContext = 0;

    AttentionKind attention = AttentionKind::Gqa;
    MlpKind mlp = MlpKind::Gated;
    bool qkvBias = false;

    // Sliding-window attention: window size in tokens and how many of the layers use it.
    std::optional<int> slidingWindow;
    int slidingWindowLayers = 0;

    // Mixture of experts (0 when dense).
    int expertsTotal = 0;
    int expertsActive = 0;
    int sharedExperts = 0;
    int moeIntermediateSize = 0;
    int denseLayers = 0; // leading dense layers (DeepSeek's first_k_dense_replace)

    // Multi-head latent attention (DeepSeek-V2/V3).
    int qLoraRank = 0;
    int kvLoraRank = 0;
    int qkNopeHeadDim = 0;
    int qkRopeHeadDim = 0;
    int vHeadDim = 0;

    QStringList sources;
    QString notes;
    RowOrigin origin = RowOrigin::Bundled;

    bool isMoe() const { return expertsTotal > 0; }
};

QString attentionKindKey(AttentionKind k);
std::optional<AttentionKind> attentionKindFromKey(const QString &key);
