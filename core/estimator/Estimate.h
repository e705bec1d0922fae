#pragma once

// The estimator's answer for one request: memory by part, whether it fits, how many of the GPU
// it takes, speed, and the lines that produced it and the warnings that matter.

#include "EstimateRequest.h"
#include "MemoryEstimate.h"
#include "SpeedEstimate.h"

#include <QStringList>

struct Estimate
{
    EstimateRequest request; // as estimated, with defaults and corrections applied
    MemoryEstimate memory;
    double usableBytesPerGpu = 0; // what the engine may use of one GPU
    bool fits = false;            // on request.gpuCount GPUs
    int gpusNeeded = 0;           // smallest count that fits, 0 if none up to 64
    SpeedEstimate speed;
    QStringList basis;
    QStringList warnings;
};
