#pragma once

// Memory for inference (weights + KV cache + compute workspace + runtime overhead) and for
// LoRA, QLoRA and full fine-tuning (weights, gradients, Adam states with ZeRO sharding, saved
// activations with or without gradient checkpointing), on a given number of GPUs. Sources of
// every formula are in estimation-methods.md sections 2-4 and named in the basis lines.

#include "MemoryEstimate.h"
#include "WeightsEstimator.h"

struct EstimateRequest;
class EngineProfile;

class MemoryEstimator
{
public:
    // gpuCount overrides the request's count (for finding how many GPUs are needed).
    static MemoryEstimate estimate(const EstimateRequest &request,
                                   const WeightsEstimator::Breakdown &weights,
                                   const EngineProfile &profile, int gpuCount);

    // Compute workspace of one inference engine on one GPU, bytes.
    static double inferenceWorkspaceBytes(const EstimateRequest &request,
                                          const EngineProfile &profile);
    // Saved activations of one training micro-batch on one GPU, bytes.
    static double trainingActivationBytes(const EstimateRequest &request);
    // LoRA adapter parameters for the request's rank and modules.
    static double loraParams(const EstimateRequest &request);

private:
    static MemoryEstimate inference(const EstimateRequest &request,
                                    const WeightsEstimator::Breakdown &weights,
                                    const EngineProfile &profile, int gpus);
    static MemoryEstimate training(const EstimateRequest &request,
                                   const WeightsEstimator::Breakdown &weights,
                                   const EngineProfile &profile, int gpus);
};
