#pragma once

// What the GPUs are for: the rows of the source article's use-case table, which its threshold
// table and the recommendations depend on, and the estimator workload that does each one's work
// (docs/COST.md, "Use cases and estimator workloads").

#include <QString>

#include <optional>

enum class Workload; // core/estimator/EstimateRequest.h

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

// The estimator workload whose memory and speed stand for the use case:
//   inference, cloud scaling -> Workload::Inference (serving the model; cloud scaling is the same
//                               work on rented cards)
//   local fine-tuning        -> Workload::Lora (the article's 16-24 GB consumer cards fine-tune
//                               with adapters on a 16-bit base, not all weights)
//   large-model training     -> Workload::FullFineTune (every weight trained with AdamW: the same
//                               memory per parameter as pre-training, sharded over the cards)
Workload estimatorWorkload(UseCase useCase);
// The use case whose checklist thresholds apply to an estimator workload: inference ->
// Inference, lora and qlora -> FineTuning, full -> Training.
UseCase useCaseOf(Workload workload);
