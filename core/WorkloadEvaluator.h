#pragma once

// Works out, for every GPU of a list, what the chosen model and workload need and give: memory,
// GPU count, speed and cost. This fills the GPU table's computed columns.

#include "CostSettings.h"
#include "EstimateRequest.h"
#include "GpuEvaluation.h"

#include <QList>
#include <QVector>

struct GpuSpec;
struct Estimate;

namespace WorkloadEvaluator {

// The request for one GPU: the workload with that GPU and as many of it as it needs.
Estimate estimateFor(const EstimateRequest &workload, const GpuSpec &gpu);

GpuEvaluation evaluate(const EstimateRequest &workload, const CostSettings &costs,
                       const GpuSpec &gpu);
QVector<GpuEvaluation> evaluateAll(const EstimateRequest &workload, const CostSettings &costs,
                                   const QList<GpuSpec> &gpus);

} // namespace WorkloadEvaluator
