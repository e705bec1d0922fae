#include "Calibration.h"

#include <cmath>

QString Calibration::key(const QString &gpuId, Engine engine)
{
    return gpuId + u'|' + EstimateKeys::engineKey(engine);
}

void Calibration::add(const QString &gpuId, Engine engine, double measuredTokensPerS,
                      double estimatedTokensPerS)
{
    if (measuredTokensPerS <= 0 || estimatedTokensPerS <= 0)
        return;
    m_logRatios[key(gpuId, engine)].append(std::log(measuredTokensPerS / estimatedTokensPerS));
}

std::optional<Calibration::Correction> Calibration::correction(const QString &gpuId,
                                                               Engine engine) const
{
    const auto it = m_logRatios.constFind(key(gpuId, engine));
    if (it == m_logRatios.cend() || it->isEmpty())
        return std::nullopt;
    double sum = 0;
    for (double v : *it)
        sum += v;
    return Correction{std::exp(sum / double(it->size())), int(it->size())};
}
