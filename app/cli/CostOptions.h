#pragma once

// What the cost commands share: the cost-setting options and how they become CostSettings,
// money in the chosen currency, looking up --gpu and --model, and --workload, which takes the
// estimator's workloads and the article's use cases (UseCase) alike.

#include "CliArguments.h"
#include "CostSettings.h"
#include "Result.h"
#include "UseCase.h"

#include <QJsonValue>
#include <QList>

#include <optional>

class CliApplication;
struct GpuSpec;
struct ModelSpec;
enum class Workload;

namespace CostOptions {

// --years, --hours-per-day, --utilisation, --pue, --price-per-kwh, --currency, --no-vat,
// --resale, --host-cost, --host-watts, --cloud-price-per-hour, --api-input-price,
// --api-output-price, --usd-sek, --eur-sek.
QList<CliArguments::Option> settingOptions();

// The settings the options give, on top of the defaults; amounts given in --currency.
Result<CostSettings> settings(const CliArguments &args);

// An amount in SEK as a JSON number in the display currency, rounded to decimals; null when
// unknown.
QJsonValue money(const CostSettings &settings, std::optional<double> sek, int decimals = 2);
// The same as text with the currency code; "unknown" when unknown.
QString moneyText(const CostSettings &settings, std::optional<double> sek, int decimals = 0);

// --workload: the estimator's inference, lora, qlora or full, or one of the article's use cases
// fine-tuning, training, cloud-scaling (each the estimator workload estimatorWorkload() gives).
struct WorkloadChoice
{
    UseCase useCase = UseCase::Inference;
    Workload workload{}; // Workload::Inference
};
Result<WorkloadChoice> workload(const CliArguments &args);
// The --workload help line of the cost commands.
QString workloadHelp();

// Look up --gpu and --model in the catalog, printing the error; the exit code on failure.
std::optional<int> lookUpGpu(CliApplication &app, const CliArguments &args, GpuSpec &gpu);
std::optional<int> lookUpModel(CliApplication &app, const CliArguments &args, ModelSpec &model);

} // namespace CostOptions
