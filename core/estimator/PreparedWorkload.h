#pragma once

// What is the same for every GPU of one workload, worked out once: the request with its
// defaults applied, the weights tensor by tensor and the LoRA adapter size. The GPU table
// estimates every GPU of the catalog from one of these (Estimator::figures).
//
// Prepared for a catalog (Estimator::prepareForCatalog), it also holds the memory the workload
// needs on 1 to 64 GPUs of each platform: memory depends on the GPU only through its platform
// (the engine's overhead), so a table of many GPUs needs it worked out only once per platform.

#include "EstimateRequest.h"
#include "WeightsEstimator.h"

#include <memory>

struct PlatformMemoryTable;

struct PreparedWorkload
{
    EstimateRequest request; // normalised; its gpu and gpuCount are not used
    WeightsEstimator::Breakdown weights;
    double loraParams = 0; // adapter parameters (LoRA, QLoRA), else 0
    // Memory per platform and GPU count; null unless prepared for a catalog. Read only, so
    // estimates on several threads share it.
    std::shared_ptr<const PlatformMemoryTable> memoryTable;
};

// Figures only, or figures with the basis lines that explain them.
enum class EstimateDetail
{
    Figures,
    Explained
};
