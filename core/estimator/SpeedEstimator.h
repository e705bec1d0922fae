#pragma once

// Decode speed from the memory-bandwidth roofline (bytes read per step over bandwidth times
// the engine's efficiency, plus a fixed time per layer, capped by compute), prefill from the
// compute roofline at a realistic utilisation, and training time from 6 N D
// (estimation-methods.md 5.1-5.3).

#include "SpeedEstimate.h"
#include "WeightsEstimator.h"

struct EstimateRequest;
class EngineProfile;

class SpeedEstimator
{
public:
    // gpuMemoryBytes: usable memory per GPU, to find how much of a model that does not fit
    // llama.cpp would keep in host memory. weightsOnGpuBytes: what the memory estimate placed.
    static SpeedEstimate estimate(const EstimateRequest &request,
                                  const WeightsEstimator::Breakdown &weights,
                                  const EngineProfile &profile, double gpuMemoryBytes,
                                  double requiredBytes);

    // Dense tensor FLOP/s per GPU for the request's format, 0 when the catalog has none.
    static double peakFlops(const EstimateRequest &request);
};
