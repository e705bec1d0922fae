#pragma once

// The estimator's answer for one configuration, as the plain ThroughputInput the cost code
// works with: generated tokens per second over all concurrent sequences for inference, trained
// tokens per second for fine-tuning and training, the GPU count and whether it fits. This is
// the only place where cost and the estimator meet.

#include "ThroughputInput.h"

struct Estimate;
struct EstimateRequest;
struct GpuSpec;

class EstimatedThroughput
{
public:
    static constexpr int maxCards = 8; // one node; larger configurations are not recommended

    // The estimate for count cards of gpu doing the workload (its model set, its GPU ignored).
    // count 0 takes the estimator's smallest count that holds the model, up to maxCards.
    // engineGiven false: the estimator's default engine for that GPU and count.
    static Estimate estimate(const EstimateRequest &workload, const GpuSpec &gpu, int count,
                             bool engineGiven);
    static ThroughputInput fromEstimate(const Estimate &estimate);
    static ThroughputInput of(const EstimateRequest &workload, const GpuSpec &gpu, int count,
                              bool engineGiven);
};
