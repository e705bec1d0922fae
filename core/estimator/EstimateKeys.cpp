#include "EstimateRequest.h"

#include <array>

namespace {

struct EngineName
{
    Engine engine;
    const char *key;
};

constexpr std::array engineNames = {
    EngineName{Engine::LlamaCpp, "llama.cpp"},
    EngineName{Engine::Ollama, "ollama"},
    EngineName{Engine::Vllm, "vllm"},
    EngineName{Engine::Transformers, "transformers"},
    EngineName{Engine::ExLlamaV2, "exllamav2"},
    EngineName{Engine::Mlc, "mlc"},
    EngineName{Engine::TensorRtLlm, "tensorrt-llm"},
    EngineName{Engine::Unsloth, "unsloth"},
    EngineName{Engine::DeepSpeed, "deepspeed"},
};

} // namespace

namespace EstimateKeys {

QString workloadKey(Workload w)
{
    switch (w) {
    case Workload::Inference:
        return QStringLiteral("inference");
    case Workload::Lora:
        return QStringLiteral("lora");
    case Workload::Qlora:
        return QStringLiteral("qlora");
    case Workload::FullFineTune:
        return QStringLiteral("full");
    }
    return {};
}

std::optional<Workload> workloadFromKey(const QString &key)
{
    for (Workload w :
         {Workload::Inference, Workload::Lora, Workload::Qlora, Workload::FullFineTune}) {
        if (workloadKey(w) == key.trimmed().toLower())
            return w;
    }
    return std::nullopt;
}

QString engineKey(Engine e)
{
    for (const EngineName &n : engineNames) {
        if (n.engine == e)
            return QString::fromLatin1(n.key);
    }
    return {};
}

std::optional<Engine> engineFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const EngineName &n : engineNames) {
        if (k == QLatin1String(n.key))
            return n.engine;
    }
    return std::nullopt;
}

QStringList engineKeys()
{
    QStringList keys;
    for (const EngineName &n : engineNames)
        keys.append(QString::fromLatin1(n.key));
    return keys;
}

QString kvCacheKey(KvCacheType k)
{
    switch (k) {
    case KvCacheType::F16:
        return QStringLiteral("f16");
    case KvCacheType::Q8_0:
        return QStringLiteral("q8_0");
    case KvCacheType::Q4_0:
        return QStringLiteral("q4_0");
    }
    return {};
}

std::optional<KvCacheType> kvCacheFromKey(const QString &key)
{
    for (KvCacheType k : {KvCacheType::F16, KvCacheType::Q8_0, KvCacheType::Q4_0}) {
        if (kvCacheKey(k) == key.trimmed().toLower())
            return k;
    }
    return std::nullopt;
}

} // namespace EstimateKeys
