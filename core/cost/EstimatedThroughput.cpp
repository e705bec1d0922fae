#include "EstimatedThroughput.h"

#include "EngineProfile.h"
#include "Estimator.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

Estimate estimateOn(EstimateRequest request, int count, bool engineGiven)
{
    request.gpuCount = std::max(1, count);
    // The estimator counts GPUs for full fine-tuning assuming ZeRO-3 sharding over them
    // (Estimator::gpusNeeded); the estimate at that count must assume the same.
    if (request.workload == Workload::FullFineTune && request.gpuCount > 1 &&
        request.zeroStage == 0)
        request.zeroStage = 3;
    if (!engineGiven)
        request.engine = Estimator::defaultEngine(request);
    return Estimator::estimate(request);
}

} // namespace

Estimate EstimatedThroughput::estimate(const EstimateRequest &workload, const GpuSpec &gpu,
                                       int count, bool engineGiven)
{
    EstimateRequest request = workload;
    request.gpu = gpu;
    Estimate e = estimateOn(request, count, engineGiven);
    if (count > 0)
        return e;
    // The default engine can change with the count (DeepSpeed for full fine-tuning over several
    // GPUs), and with it the count: follow it at most twice.
    for (int step = 0; step < 2 && !e.fits; ++step) {
        if (e.gpusNeeded <= e.request.gpuCount || e.gpusNeeded > maxCards)
            break;
        e = estimateOn(request, e.gpusNeeded, engineGiven);
    }
    return e;
}

ThroughputInput EstimatedThroughput::fromEstimate(const Estimate &e)
{
    const EstimateRequest &r = e.request;
    ThroughputInput t;
    t.source = QStringLiteral("estimator");
    t.engine = EstimateKeys::engineKey(r.engine);
    t.concurrency = r.batch;
    t.fits = e.fits;
    // Fits: the cards of this configuration; does not: the smallest count that would (0: none
    // up to 64).
    t.gpusNeeded = e.fits ? r.gpuCount : e.gpusNeeded;
    if (!EngineProfile::of(r.engine, r.gpu).runsOn(r.gpu)) {
        t.fits = false;
        t.unavailableReason =
            QCoreApplication::translate("EstimatedThroughput", "%1 does not run on %2")
                .arg(t.engine, r.gpu.name);
    }
    if (r.workload == Workload::Inference) {
        const auto &speed =
            e.speed.aggregateTokensPerS ? e.speed.aggregateTokensPerS : e.speed.decodeTokensPerS;
        if (speed)
            t.tokensPerSecond = speed->estimate;
    } else if (e.speed.trainingHours && e.speed.trainingHours->estimate > 0) {
        t.tokensPerSecond = r.trainingTokens / (e.speed.trainingHours->estimate * 3600.0);
    }
    return t;
}

ThroughputInput EstimatedThroughput::of(const EstimateRequest &workload, const GpuSpec &gpu,
                                        int count, bool engineGiven)
{
    return fromEstimate(estimate(workload, gpu, count, engineGiven));
}
