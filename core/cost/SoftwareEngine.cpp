#include "SoftwareEngine.h"

QString softwareEngineKey(SoftwareEngine engine)
{
    switch (engine) {
    case SoftwareEngine::LlamaCpp:
        return QStringLiteral("llama.cpp");
    case SoftwareEngine::Ollama:
        return QStringLiteral("ollama");
    case SoftwareEngine::Vllm:
        return QStringLiteral("vllm");
    case SoftwareEngine::TensorRtLlm:
        return QStringLiteral("tensorrt-llm");
    case SoftwareEngine::PyTorch:
        return QStringLiteral("pytorch");
    }
    return {};
}

std::optional<SoftwareEngine> softwareEngineFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"llama.cpp" || k == u"llamacpp" || k == u"llama-cpp")
        return SoftwareEngine::LlamaCpp;
    if (k == u"ollama")
        return SoftwareEngine::Ollama;
    if (k == u"vllm")
        return SoftwareEngine::Vllm;
    if (k == u"tensorrt-llm" || k == u"trtllm" || k == u"tensorrt")
        return SoftwareEngine::TensorRtLlm;
    if (k == u"pytorch" || k == u"transformers" || k == u"torch")
        return SoftwareEngine::PyTorch;
    return std::nullopt;
}
