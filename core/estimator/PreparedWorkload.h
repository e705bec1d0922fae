#pragma once

// What is the same for every GPU of one workload, worked out once: the request with its
// defaults applied, the weights tensor by tensor and the LoRA adapter size. The GPU table
// estimates every GPU of the catalog from one of these (Estimator::figures).

#include "EstimateRequest.h"
#include "WeightsEstimator.h"

struct PreparedWorkload
{
    EstimateRequest request; // normalised; its gpu and gpuCount are not used
    WeightsEstimator::Breakdown weights;
    double loraParams = 0; // adapter parameters (LoRA, QLoRA), else 0
};

// Figures only, or figures with the basis lines that explain them.
enum class EstimateDetail
{
    Figures,
    Explained
};
