#pragma once

// Runs the estimate for a request: weights, memory, fit and GPU count, speed, basis and
// warnings. Pure: the same request always gives the same Estimate.

#include "Estimate.h"
#include "WeightsEstimator.h"

class Estimator
{
public:
    static Estimate estimate(EstimateRequest request);

    // Usable memory of one GPU for an engine: the usable figure (Apple's GPU share) or the
    // label read as GiB, less the engine's reserve.
    static double usableBytes(const GpuSpec &gpu, Engine engine);

    // The engine a request means when none is given: llama.cpp for GGUF files and GPUs that
    // vLLM does not run on, vLLM otherwise; Hugging Face transformers (PEFT) for fine-tuning,
    // DeepSpeed for full fine-tuning over several GPUs.
    static Engine defaultEngine(const EstimateRequest &request);

private:
    static int gpusNeeded(const EstimateRequest &request,
                          const WeightsEstimator::Breakdown &weights, double usable);
    static void addWarnings(Estimate &e);
};
