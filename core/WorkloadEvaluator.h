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
// Every GPU of the list. The results are written into `reuse`'s storage when it has room and
// is not shared (GpuTableModel::takeEvaluations), else into new storage.
QVector<GpuEvaluation> evaluateAll(const EstimateRequest &workload, const CostSettings &costs,
                                   const QList<GpuSpec> &gpus, QVector<GpuEvaluation> reuse = {});

} // namespace WorkloadEvaluator
