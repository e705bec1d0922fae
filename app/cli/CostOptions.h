#pragma once

// What the cost commands share: the cost-setting options and how they become CostSettings,
// money in the chosen currency, and the throughput of a configuration for a model. The
// throughput comes from the estimator (core/estimator) when it is part of the build, else from
// RoughThroughput, and says which in its source.

#include "CliArguments.h"
#include "CostSettings.h"
#include "Result.h"
#include "ThroughputInput.h"
#include "UseCase.h"

#include <QJsonValue>
#include <QList>

#include <optional>

struct GpuSpec;
struct ModelSpec;

namespace CostOptions {

// --years, --hours-per-day, --utilisation, --pue, --price-per-kwh, --currency, --no-vat,
// --resale, --host-cost, --host-watts, --cloud-price-per-hour, --api-input-price,
// --api-output-price.
QList<CliArguments::Option> settingOptions();
// The model options of cost and recommend: --precision, --concurrency.
QList<CliArguments::Option> modelOptions();

// The settings the options give, on top of the defaults; amounts given in --currency.
Result<CostSettings> settings(const CliArguments &args);

// An amount in SEK as a JSON number in the display currency, rounded to decimals; null when
// unknown.
QJsonValue money(const CostSettings &settings, std::optional<double> sek, int decimals = 2);

// Throughput of count cards for the model; count 0 lets the estimate pick the smallest count of
// 1, 2, 4 or 8 that fits.
ThroughputInput throughput(const GpuSpec &gpu, int count, const ModelSpec &model,
                           const QString &precision, UseCase useCase, int concurrency);
// Whether --precision names a format the throughput source knows.
bool knownPrecision(const QString &precision);

} // namespace CostOptions
