#pragma once

// Memory a workload needs, in bytes, by part. The parts and `total` are for all GPUs together;
// `perGpu` is the most loaded GPU, which decides whether it fits.

#include "EstimateRange.h"

#include <QStringList>

struct MemoryEstimate
{
    EstimateRange weights;     // resident weights (LoRA: base model plus adapters)
    EstimateRange kvCache;     // inference only
    EstimateRange activations; // inference: compute workspace; training: saved activations
    EstimateRange gradients;   // training only
    EstimateRange optimizer;   // training only
    EstimateRange overhead;    // runtime context and buffers, every GPU
    EstimateRange total;
    EstimateRange perGpu;
    int gpuCount = 1;
    bool training = false;
    QStringList basis;
};
