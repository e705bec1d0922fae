#pragma once

// Bytes of the key/value cache: 2 (K and V) x attention layers x KV heads x head dim x bytes per
// element x tokens x sequences (estimation-methods.md 2.2), with the architecture cases that
// published calculators get wrong: grouped-query and multi-query attention (KV heads from the
// config), DeepSeek's multi-head latent attention (the latent, kv_lora_rank + rope dims, is
// cached) and sliding-window layers (capped at the window).

#include "EstimateRequest.h"

class KvCacheEstimator
{
public:
    // Bytes per element of the cache type: f16 2, q8_0 34/32, q4_0 18/32 (ggml blocks).
    static double bytesPerElement(KvCacheType type);

    // Cache elements per token summed over the layers, for a context of `context` tokens (the
    // per-token average once sliding-window layers stop growing).
    static double elementsPerToken(const ModelSpec &model, int context, bool slidingWindow);

    // Whether the engine caps sliding-window layers: vLLM, TensorRT-LLM and transformers do for
    // every model with a window; llama.cpp/Ollama only for Gemma 2/3 (ollama GraphSize special
    // cases; a Mistral v0.1 GGUF carries no window and gets a full cache).
    static bool engineUsesSlidingWindow(Engine engine, const ModelSpec &model);

    // Whole cache for `batch` sequences of `context` tokens. vLLM allocates 16-token blocks.
    static double bytes(const ModelSpec &model, KvCacheType type, int context, int batch,
                        Engine engine);
};
