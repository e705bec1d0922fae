#include "WorkloadEvaluator.h"

#include "CostCalculator.h"
#include "Estimator.h"
#include "Parallel.h"
#include "ThroughputInput.h"

#include <algorithm>

namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;
constexpr int kMaxGpus = 8;               // one node; the table says "more than 8" past that
constexpr qsizetype kParallelFrom = 4096; // fewer GPUs take less than a thread's start-up

} // namespace

namespace WorkloadEvaluator {

Estimate estimateFor(const EstimateRequest &workload, const GpuSpec &gpu)
{
    const PreparedWorkload prepared = Estimator::prepare(workload);
    const Estimate one = Estimator::estimate(prepared, gpu, 1);
    if (one.fits || one.gpusNeeded <= 1 || one.gpusNeeded > kMaxGpus)
        return one;
    // Speed and memory per GPU as split over the GPUs it needs.
    return Estimator::estimate(prepared, gpu, one.gpusNeeded);
}

namespace {

GpuEvaluation evaluatePrepared(const PreparedWorkload &workload, const CostCalculator &calculator,
                               int years, const GpuSpec &gpu)
{
    GpuEvaluation result;
    EstimateFigures e = Estimator::figures(workload, gpu, 1);
    if (!e.fits && e.gpusNeeded > 1 && e.gpusNeeded <= kMaxGpus)
        e = Estimator::figures(workload, gpu, e.gpusNeeded); // split over the GPUs it needs
    result.vramNeededGiB = e.perGpuBytes.estimate / kGiB;
    result.fitsOnOne = e.gpuCount == 1 && e.fits;
    if (e.gpusNeeded > 0 && e.gpusNeeded <= kMaxGpus)
        result.gpusNeeded = e.gpusNeeded;
    if (!result.gpusNeeded)
        return result;
    if (e.decodeTokensPerS)
        result.decodeTokensPerS = e.decodeTokensPerS->estimate;

    const auto tco = calculator.tcoSummary(gpu, *result.gpusNeeded);
    if (!tco)
        return result;
    result.yearlyCostSek = tco->electricityPerYearSek + tco->capitalNetSek() / std::max(1, years);
    const auto aggregate = e.aggregateTokensPerS ? e.aggregateTokensPerS : e.decodeTokensPerS;
    if (aggregate) {
        ThroughputInput throughput;
        throughput.tokensPerSecond = aggregate->estimate;
        throughput.concurrency = workload.request.batch;
        throughput.gpusNeeded = *result.gpusNeeded;
        throughput.fits = true;
        throughput.source = QStringLiteral("estimator");
        result.costPerMillionTokensSek = calculator.ownedCostPerMillionTokensSek(*tco, throughput);
    }
    return result;
}

} // namespace

GpuEvaluation evaluate(const EstimateRequest &workload, const CostSettings &costs,
                       const GpuSpec &gpu)
{
    return evaluatePrepared(Estimator::prepare(workload), CostCalculator(costs), costs.years, gpu);
}

QVector<GpuEvaluation> evaluateAll(const EstimateRequest &workload, const CostSettings &costs,
                                   const QList<GpuSpec> &gpus, QVector<GpuEvaluation> reuse)
{
    const PreparedWorkload prepared = Estimator::prepareForCatalog(workload);
    const CostCalculator calculator(costs);
    QVector<GpuEvaluation> results = std::move(reuse);
    results.resize(gpus.size());         // every element is assigned below
    GpuEvaluation *out = results.data(); // detached here, once, not on each thread
    // Each GPU is independent: a large catalog is split over the cores (pure functions,
    // shared data only read).
    Parallel::forSlices(gpus.size(), Parallel::slicesFor(gpus.size(), kParallelFrom),
                        [&](qsizetype, qsizetype begin, qsizetype end) {
                            for (qsizetype i = begin; i < end; ++i)
                                out[i] =
                                    evaluatePrepared(prepared, calculator, costs.years, gpus.at(i));
                        });
    return results;
}

} // namespace WorkloadEvaluator
