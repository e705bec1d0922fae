#include "KvCacheEstimator.h"

#include <algorithm>

double KvCacheEstimator::bytesPerElement(KvCacheType type)
{
    switch (type) {
    case KvCacheType::F16:
        return 2.0;
    case KvCacheType::Q8_0:
        return 34.0 / 32.0;
    case KvCacheType::Q4_0:
        return 18.0 / 32.0;
    }
    return 2.0;
}

double KvCacheEstimator::elementsPerToken(const ModelSpec &model, int context, bool slidingWindow)
{
    if (model.attention == AttentionKind::Mla) {
        // The compressed latent and the decoupled RoPE key: 512 + 64 per layer for DeepSeek-V3,
        // 70 KB per token in f16 - not 128 heads x (192 + 128).
        return double(model.layers) * (model.kvLoraRank + model.qkRopeHeadDim);
    }
    const double perLayer = 2.0 * model.kvHeads * model.headDim;
    int windowed = 0;
    if (slidingWindow && model.slidingWindow && *model.slidingWindow > 0 && context > 0)
        windowed = std::clamp(model.slidingWindowLayers, 0, model.layers);
    const int full = model.layers - windowed;
    double elements = perLayer * full;
    if (windowed > 0) {
        const double share = std::min(1.0, double(*model.slidingWindow) / context);
        elements += perLayer * windowed * share;
    }
    return elements;
}

bool KvCacheEstimator::engineUsesSlidingWindow(Engine engine, const ModelSpec &model)
{
    if (engine == Engine::LlamaCpp || engine == Engine::Ollama)
        return model.family.startsWith(u"gemma");
    return true;
}

double KvCacheEstimator::bytes(const ModelSpec &model, KvCacheType type, int context, int batch,
                               Engine engine)
{
    int tokens = std::max(0, context);
    if (engine == Engine::Vllm)
        tokens = (tokens + 15) / 16 * 16; // vllm/config/cache.py DEFAULT_BLOCK_SIZE = 16
    const double perToken = elementsPerToken(model, tokens, engineUsesSlidingWindow(engine, model));
    return perToken * bytesPerElement(type) * tokens * std::max(1, batch);
}
