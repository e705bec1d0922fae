#include "WorkloadEvaluator.h"

#include "CostCalculator.h"
#include "Estimator.h"
#include "ThroughputInput.h"

namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;
constexpr int kMaxGpus = 8; // one node; the table says "more than 8" past that

} // namespace

namespace WorkloadEvaluator {

Estimate estimateFor(const EstimateRequest &workload, const GpuSpec &gpu)
{
    EstimateRequest request = workload;
    request.gpu = gpu;
    request.gpuCount = 1;
    Estimate one = Estimator::estimate(request);
    if (one.fits || one.gpusNeeded <= 1 || one.gpusNeeded > kMaxGpus)
        return one;
    // Speed and memory per GPU as split over the GPUs it needs.
    request.gpuCount = one.gpusNeeded;
    return Estimator::estimate(request);
}

GpuEvaluation evaluate(const EstimateRequest &workload, const CostSettings &costs,
                       const GpuSpec &gpu)
{
    GpuEvaluation result;
    const Estimate e = estimateFor(workload, gpu);
    result.vramNeededGiB = e.memory.perGpu.estimate / kGiB;
    result.fitsOnOne = e.request.gpuCount == 1 && e.fits;
    if (e.gpusNeeded > 0 && e.gpusNeeded <= kMaxGpus)
        result.gpusNeeded = e.gpusNeeded;
    if (!result.gpusNeeded)
        return result;
    if (e.speed.decodeTokensPerS)
        result.decodeTokensPerS = e.speed.decodeTokensPerS->estimate;

    const CostCalculator calculator(costs);
    const auto tco = calculator.tco(gpu, *result.gpusNeeded);
    if (!tco)
        return result;
    result.yearlyCostSek =
        tco->electricityPerYearSek + tco->capitalNetSek() / std::max(1, costs.years);
    const auto aggregate =
        e.speed.aggregateTokensPerS ? e.speed.aggregateTokensPerS : e.speed.decodeTokensPerS;
    if (aggregate) {
        ThroughputInput throughput;
        throughput.tokensPerSecond = aggregate->estimate;
        throughput.concurrency = e.request.batch;
        throughput.gpusNeeded = *result.gpusNeeded;
        throughput.fits = true;
        throughput.source = QStringLiteral("estimator");
        result.costPerMillionTokensSek = calculator.ownedCostPerMillionTokensSek(*tco, throughput);
    }
    return result;
}

QVector<GpuEvaluation> evaluateAll(const EstimateRequest &workload, const CostSettings &costs,
                                   const QList<GpuSpec> &gpus)
{
    QVector<GpuEvaluation> results;
    results.reserve(gpus.size());
    for (const GpuSpec &gpu : gpus)
        results.append(evaluate(workload, costs, gpu));
    return results;
}

} // namespace WorkloadEvaluator
