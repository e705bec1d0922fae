#pragma once

// Decode speed from the memory-bandwidth roofline (bytes read per step over bandwidth times
// the engine's efficiency, plus a fixed time per layer, capped by compute), prefill from the
// compute roofline at a realistic utilisation, and training time from 6 N D
// (estimation-methods.md 5.1-5.3).

#include "PreparedWorkload.h"
#include "SpeedEstimate.h"

class EngineProfile;

class SpeedEstimator
{
public:
    // On gpuCount of the GPU. gpuMemoryBytes: usable memory per GPU, to find how much of a
    // model that does not fit llama.cpp would keep in host memory; requiredBytes: what the
    // memory estimate needs on all GPUs together. Basis lines only when explained.
    static SpeedEstimate estimate(const PreparedWorkload &workload, const GpuSpec &gpu,
                                  int gpuCount, const EngineProfile &profile, double gpuMemoryBytes,
                                  double requiredBytes,
                                  EstimateDetail detail = EstimateDetail::Explained);

    // Dense tensor FLOP/s per GPU for an engine and weight format, 0 when the catalog has none.
    static double peakFlops(const GpuSpec &gpu, Engine engine, WeightFormat format);
};
