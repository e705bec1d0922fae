#include "CompareData.h"

#include "WorkloadEvaluator.h"

#include <QCoreApplication>

QString CompareEntry::label() const
{
    if (count <= 1)
        return gpu.name;
    //: A GPU and how many of it the workload needs, e.g. "H100 PCIe 80GB ×2"
    return QCoreApplication::translate("CompareData", "%1 ×%2").arg(gpu.name).arg(count);
}

CompareData CompareData::build(const QList<GpuSpec> &picked, const QList<ScatterGpu> &filtered,
                               const std::optional<EstimateRequest> &workload,
                               const CostSettings &costs)
{
    CompareData data;
    data.filtered = filtered;
    data.costs = costs;
    data.hasWorkload = workload.has_value();
    if (workload)
        data.modelName = workload->model.name;
    const CostCalculator calculator(costs);
    for (const GpuSpec &gpu : picked) {
        CompareEntry entry;
        entry.gpu = gpu;
        entry.priceSek = calculator.purchasePriceSek(gpu);
        std::optional<ThroughputInput> throughput;
        if (workload) {
            entry.estimate = WorkloadEvaluator::estimateFor(*workload, gpu);
            entry.evaluation = WorkloadEvaluator::evaluate(*workload, costs, gpu);
            entry.count = entry.evaluation.gpusNeeded.value_or(1);
            const SpeedEstimate &speed = entry.estimate->speed;
            const auto aggregate =
                speed.aggregateTokensPerS ? speed.aggregateTokensPerS : speed.decodeTokensPerS;
            if (aggregate && entry.evaluation.gpusNeeded) {
                entry.tokensPerS = aggregate->estimate;
                ThroughputInput input;
                input.tokensPerSecond = aggregate->estimate;
                input.concurrency = entry.estimate->request.batch;
                input.gpusNeeded = entry.count;
                input.fits = true;
                input.source = QStringLiteral("estimator");
                throughput = input;
            }
        }
        if (const auto tco = calculator.tco(gpu, entry.count))
            entry.tco = *tco;
        entry.cloudPerYearSek = calculator.cloudRentalPerYearSek(gpu, entry.count);
        if (entry.tco) {
            entry.cloudBreakEven =
                BreakEvenCalculator::againstCloud(calculator, gpu, *entry.tco, throughput);
            if (throughput && workload) {
                const auto price = costs.apiPriceFor(workload->model.paramsTotalB);
                entry.apiPerYearSek = calculator.tokensPerYear(*throughput) / 1e6 *
                                      calculator.apiCostPerMillionOutputTokensSek(price);
                entry.apiBreakEven =
                    BreakEvenCalculator::againstApi(calculator, *entry.tco, *throughput, price);
            }
        }
        data.picked.append(entry);
    }
    return data;
}
