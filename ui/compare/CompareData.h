#pragma once

// What the compare charts show, worked out once per refresh from the picked GPUs, the filtered
// GPUs, the workload and the cost settings, so that each chart only draws.

#include "BreakEvenCalculator.h"
#include "CostCalculator.h"
#include "CostSettings.h"
#include "Estimate.h"
#include "GpuEvaluation.h"
#include "GpuSpec.h"

#include <QList>
#include <QString>

#include <optional>

// One picked GPU, as many of it as the workload needs.
struct CompareEntry
{
    GpuSpec gpu;
    GpuEvaluation evaluation;
    std::optional<Estimate> estimate; // with a workload
    std::optional<double> priceSek;   // one card, VAT as the settings say
    int count = 1;                    // cards the workload needs (1 without a workload)
    std::optional<CostCalculator::Tco> tco;
    std::optional<double> tokensPerS; // all concurrent sequences together
    std::optional<double> cloudPerYearSek;
    std::optional<double> apiPerYearSek; // the API's charge for the tokens these cards generate
    BreakEvenCalculator::Outcome cloudBreakEven;
    BreakEvenCalculator::Outcome apiBreakEven;

    // "GeForce RTX 4090" or "H100 PCIe 80GB ×2".
    QString label() const;
};

// One GPU of the filtered table, for the price against performance scatter.
struct ScatterGpu
{
    QString id;
    QString name;
    std::optional<double> priceSek;
    std::optional<double> fp16Tflops;
    std::optional<double> tokensPerS;
};

struct CompareData
{
    QList<CompareEntry> picked;
    QList<ScatterGpu> filtered;
    CostSettings costs;
    bool hasWorkload = false;
    QString modelName;

    static CompareData build(const QList<GpuSpec> &picked, const QList<ScatterGpu> &filtered,
                             const std::optional<EstimateRequest> &workload,
                             const CostSettings &costs);
};
