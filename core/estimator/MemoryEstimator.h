#pragma once

// Memory for inference (weights + KV cache + compute workspace + runtime overhead) and for
// LoRA, QLoRA and full fine-tuning (weights, gradients, Adam states with ZeRO sharding, saved
// activations with or without gradient checkpointing), on a given number of GPUs. Sources of
// every formula are in estimation-methods.md sections 2-4 and named in the basis lines.

#include "MemoryEstimate.h"
#include "PreparedWorkload.h"

class EngineProfile;

class MemoryEstimator
{
public:
    // On gpuCount GPUs, full fine-tuning sharded with ZeRO zeroStage; basis lines only when
    // explained.
    static MemoryEstimate estimate(const PreparedWorkload &workload, const EngineProfile &profile,
                                   int gpuCount, int zeroStage,
                                   EstimateDetail detail = EstimateDetail::Explained);

    // Compute workspace of one inference engine on one GPU, bytes.
    static double inferenceWorkspaceBytes(const EstimateRequest &request,
                                          const EngineProfile &profile);
    // Saved activations of one training micro-batch on one GPU, bytes.
    static double trainingActivationBytes(const EstimateRequest &request);
    // LoRA adapter parameters for the request's rank and modules.
    static double loraParams(const EstimateRequest &request);

private:
    static MemoryEstimate inference(const PreparedWorkload &workload, const EngineProfile &profile,
                                    int gpus, EstimateDetail detail);
    static MemoryEstimate training(const PreparedWorkload &workload, const EngineProfile &profile,
                                   int gpus, int zeroStage, EstimateDetail detail);
    static void explainInference(const PreparedWorkload &workload, const EngineProfile &profile,
                                 double kvBytes, double workspaceBytes, MemoryEstimate &mem);
};
