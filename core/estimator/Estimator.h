#pragma once

// Runs the estimate for a request: weights, memory, fit and GPU count, speed, basis and
// warnings. Pure: the same request always gives the same Estimate.

#include "Estimate.h"
#include "PreparedWorkload.h"

// The figures of one GPU that the GPU table shows, without basis or warnings: the same numbers
// estimate() gives for that GPU and count.
struct EstimateFigures
{
    int gpuCount = 1;
    EstimateRange perGpuBytes;    // memory on the most loaded GPU
    double usableBytesPerGpu = 0; // what the engine may use of one GPU
    bool fits = false;            // on gpuCount GPUs
    int gpusNeeded = 0;           // smallest count that fits, 0 if none up to 64
    std::optional<EstimateRange> decodeTokensPerS;
    std::optional<EstimateRange> aggregateTokensPerS;
};

class Estimator
{
public:
    // The whole estimate of one request: prepare() and estimate() below.
    static Estimate estimate(EstimateRequest request);

    // What every GPU of a workload shares: the request with its defaults applied, its
    // weights and adapter size. The request's gpu and gpuCount are not used.
    static PreparedWorkload prepare(EstimateRequest workload);
    // The same, with the memory on 1 to 64 GPUs of every platform worked out beforehand, for
    // estimating many GPUs: figures() and estimate() then look memory up instead of computing
    // it. The results are the same either way.
    static PreparedWorkload prepareForCatalog(EstimateRequest workload);
    // The estimate, with basis and warnings, for gpuCount of a GPU.
    static Estimate estimate(const PreparedWorkload &workload, const GpuSpec &gpu, int gpuCount);
    // Only the figures, for many GPUs at a time.
    static EstimateFigures figures(const PreparedWorkload &workload, const GpuSpec &gpu,
                                   int gpuCount);

    // Usable memory of one GPU for an engine: the usable figure (Apple's GPU share) or the
    // label read as GiB, less the engine's reserve.
    static double usableBytes(const GpuSpec &gpu, Engine engine);

    // The engine a request means when none is given: llama.cpp for GGUF files and GPUs that
    // vLLM does not run on, vLLM otherwise; Hugging Face transformers (PEFT) for fine-tuning,
    // DeepSpeed for full fine-tuning over several GPUs.
    static Engine defaultEngine(const EstimateRequest &request);

private:
    static void addWarnings(Estimate &e);
};
