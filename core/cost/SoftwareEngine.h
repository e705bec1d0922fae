#pragma once

// The software that runs the model, for the software-stack compatibility check.

#include <QString>

#include <optional>

enum class SoftwareEngine
{
    LlamaCpp,
    Ollama,
    Vllm,
    TensorRtLlm,
    PyTorch
};

// "llama.cpp", "ollama", "vllm", "tensorrt-llm", "pytorch".
QString softwareEngineKey(SoftwareEngine engine);
// Case-insensitive; also accepts "llamacpp", "trtllm", "transformers".
std::optional<SoftwareEngine> softwareEngineFromKey(const QString &key);
