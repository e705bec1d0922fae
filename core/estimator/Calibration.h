#pragma once

// Corrections of the decode estimate from measurements: per GPU and engine, the geometric mean
// of measured / estimated tokens per second. The estimator multiplies its figure by it and
// narrows its range with the number of measurements behind it.

#include "EstimateRequest.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class Calibration
{
public:
    struct Correction
    {
        double factor = 1;
        int count = 0;
    };

    void add(const QString &gpuId, Engine engine, double measuredTokensPerS,
             double estimatedTokensPerS);
    std::optional<Correction> correction(const QString &gpuId, Engine engine) const;

private:
    static QString key(const QString &gpuId, Engine engine);
    QHash<QString, QList<double>> m_logRatios;
};
