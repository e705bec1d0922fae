#pragma once

// One speed measurement the user made and recorded: GPU, model, format, engine, context, batch
// and the tokens per second seen. Stored in the catalog database (measurements table) and used
// to calibrate the estimator for that GPU and engine.

#include <QDate>
#include <QString>

#include <optional>

struct UserMeasurement
{
    qint64 id = 0; // database row id; 0 before it is saved
    QString gpuId;
    int gpuCount = 1;
    QString modelId;
    QString format; // WeightFormats key, e.g. "q4_k_m"
    QString engine; // EstimateKeys engine key, e.g. "llama.cpp"
    std::optional<int> context;
    int batch = 1;
    std::optional<double> decodeTokensPerS;
    std::optional<double> prefillTokensPerS;
    QDate measuredOn;
    QString source;
    QString notes;
};
