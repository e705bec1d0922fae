#pragma once

// What the GPUs are for: the rows of the source article's use-case table, which its threshold
// table and the recommendations depend on.

#include <QString>

#include <optional>

enum class UseCase
{
    Inference,   // running a model (>= 16 GB)
    FineTuning,  // adapting a model locally (>= 24 GB)
    Training,    // training large models (40-80 GB+, multi-GPU)
    CloudScaling // on-demand capacity in the cloud
};

// "inference", "fine-tuning", "training", "cloud-scaling".
QString useCaseKey(UseCase useCase);
// Also accepts "finetuning", "fine_tuning", "large-scale", "cloud".
std::optional<UseCase> useCaseFromKey(const QString &key);
// Translated name for people.
QString useCaseName(UseCase useCase);
