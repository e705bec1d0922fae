#pragma once

// Everything `cost` shows for one configuration, worked out once by the command and then written
// as JSON (CostJson) or as text.

#include "BreakEvenCalculator.h"
#include "CostCalculator.h"
#include "EstimateRequest.h"
#include "GpuSpec.h"
#include "ModelSpec.h"
#include "PriceMetrics.h"

#include <optional>

struct CostReport
{
    CostSettings settings; // as given: display currency, years, hours ...
    GpuSpec gpu;
    CostCalculator::Tco tco;
    std::optional<double> cloudUsdPerHour;
    std::optional<double> cloudRentalPerYearSek;
    BreakEvenCalculator::Outcome breakEvenCloud;
    PriceMetrics priceMetrics;

    // With --model or --tokens-per-second:
    std::optional<ModelSpec> model;
    std::optional<EstimateRequest> request; // what the estimator was asked, with --model
    std::optional<ThroughputInput> throughput;
    double tokensPerYear = 0;
    std::optional<double> costPerMillionTokensSek;
    std::optional<double> cloudCostPerMillionTokensSek;
    double apiCostPerMillionTokensSek = 0;
    CostSettings::ApiPrice apiPrice;
    std::optional<BreakEvenCalculator::Outcome> breakEvenApi;
};
