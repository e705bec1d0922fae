#pragma once

// A stand-in for the estimator (core/estimator/), so that `recommend` and the per-token figures
// work before the two are wired together. Deliberately simple and labelled "rough" wherever it
// is shown; replace its use with the estimator's results.
//
// Memory (per use case, estimation-methods.md §7.1 and §3.1):
//   inference:    parameters x bytes per parameter x 1.2 (Transformer Math 101 rule)
//   fine-tuning:  parameters x bytes per parameter x 1.31 (LoRA on a 16-bit base, Llama-2-7B)
//   training:     parameters x 18 bytes (mixed-precision AdamW states, activations checkpointed)
// Cards: the smallest of 1, 2, 4, 8 whose usable memory (label minus 0.5 GB each) holds it.
// Speed (generated or trained tokens per second of the whole configuration):
//   inference and fine-tuning: one card's bandwidth x 0.6 / bytes of active weights (batch 1,
//     layer split does not speed up one stream, §5.1)
//   training: cards x BF16 (else FP16) TFLOPS x 0.4 MFU / (6 x active parameters) (§5.3)

#include "ThroughputInput.h"
#include "UseCase.h"

struct GpuSpec;
struct ModelSpec;

class RoughThroughput
{
public:
    static constexpr double bandwidthEfficiency = 0.6;
    static constexpr double trainingMfu = 0.4;
    static constexpr int maxCards = 8;

    // Memory the model needs for the use case, in GB.
    static double memoryNeededGB(const ModelSpec &model, double bytesPerParam, UseCase useCase);
    // The configuration of this GPU that holds the model, and its speed; fits is false when
    // eight cards are not enough or the memory size is unknown.
    static ThroughputInput estimate(const GpuSpec &gpu, const ModelSpec &model,
                                    double bytesPerParam, UseCase useCase);
    // Bytes per parameter of a precision name: fp32 4, fp16/bf16 2, fp8/int8/q8 1,
    // int4/q4 0.605 (Q4_K_M's 4.84 bits per weight for Llama-2-7B, §7.1); nullopt otherwise.
    static std::optional<double> bytesPerParam(const QString &precision);
};
