#include "CostOptions.h"

#include "GpuSpec.h"
#include "ModelSpec.h"
#include "RoughThroughput.h"

#if __has_include("Estimator.h")
#include "Estimator.h"
#define GPUADVISOR_COST_HAS_ESTIMATOR 1
#endif

#include <cmath>

namespace {

CliArguments::Option option(const char *name, const char *valueName, const char *help)
{
    return {QString::fromLatin1(name), valueName != nullptr,
            QString::fromLatin1(valueName ? valueName : ""), QString::fromUtf8(help)};
}

#ifdef GPUADVISOR_COST_HAS_ESTIMATOR
std::optional<ThroughputInput> fromEstimator(const GpuSpec &gpu, int count, const ModelSpec &model,
                                             const QString &precision, UseCase useCase,
                                             int concurrency)
{
    const auto format = WeightFormats::fromKey(precision);
    if (!format)
        return std::nullopt;
    EstimateRequest request;
    request.model = model;
    request.gpu = gpu;
    request.format = *format;
    request.batch = std::max(1, concurrency);
    switch (useCase) {
    case UseCase::Inference:
    case UseCase::CloudScaling:
        request.workload = Workload::Inference;
        break;
    case UseCase::FineTuning:
        request.workload = Workload::Lora;
        break;
    case UseCase::Training:
        request.workload = Workload::FullFineTune;
        break;
    }
    request.engine = Estimator::defaultEngine(request);
    ThroughputInput t;
    t.source = QStringLiteral("estimator");
    t.concurrency = request.batch;
    const bool chooseCount = count <= 0;
    if (chooseCount) {
        request.gpuCount = 1;
        const Estimate first = Estimator::estimate(request);
        count = first.gpusNeeded;
        if (count <= 0 || count > RoughThroughput::maxCards) {
            t.fits = false;
            t.gpusNeeded = count > 0 ? count : RoughThroughput::maxCards;
            return t;
        }
        int pow2 = 1;
        while (pow2 < count)
            pow2 *= 2;
        count = pow2;
    }
    request.gpuCount = count;
    const Estimate e = Estimator::estimate(request);
    t.fits = e.fits;
    t.gpusNeeded = chooseCount || e.gpusNeeded <= 0 ? count : e.gpusNeeded;
    if (useCase == UseCase::Training || useCase == UseCase::FineTuning) {
        if (e.speed.trainingHours && e.speed.trainingHours->estimate > 0)
            t.tokensPerSecond = request.trainingTokens / (e.speed.trainingHours->estimate * 3600);
    } else if (e.speed.aggregateTokensPerS) {
        t.tokensPerSecond = e.speed.aggregateTokensPerS->estimate;
    } else if (e.speed.decodeTokensPerS) {
        t.tokensPerSecond = e.speed.decodeTokensPerS->estimate;
    }
    return t;
}
#endif

} // namespace

namespace CostOptions {

QList<CliArguments::Option> settingOptions()
{
    return {
        option("years", "Y", "years of ownership (default 3)"),
        option("hours-per-day", "H", "hours a day the workload runs (default 24)"),
        option("utilisation", "U", "share of those hours the GPUs are busy, 0-1 (default 1)"),
        option("pue", "P", "facility overhead for cooling, >= 1 (default 1.0, at home)"),
        option("price-per-kwh", "P", "electricity price in SEK/kWh, all fees (default 1.50)"),
        option("currency", "SEK|EUR|USD", "currency of amounts in and out (default SEK)"),
        option("no-vat", nullptr, "leave VAT out (a company deducts it; default: 25 % included)"),
        option("resale", "PERCENT", "resale value at the end, % of purchase (default 30)"),
        option("host-cost", "AMOUNT", "rest of the machine per node of 8 cards (default 0)"),
        option("host-watts", "W", "host power per node under load (default 0)"),
        option("cloud-price-per-hour", "USD", "cloud price per GPU-hour (default: the catalog's)"),
        option("api-input-price", "USD", "API price per million input tokens"),
        option("api-output-price", "USD", "API price per million output tokens"),
        option("usd-sek", "RATE", "SEK per USD (default 10.61, Riksbank 2023 average)"),
        option("eur-sek", "RATE", "SEK per EUR (default 11.48, Riksbank 2023 average)"),
    };
}

QList<CliArguments::Option> modelOptions()
{
    return {
        option("precision", "FORMAT",
               "weight format: fp16, bf16, fp8, int8, int4, q4_k_m ... "
               "(default fp16)"),
        option("concurrency", "N", "streams served at once (default 1)"),
    };
}

Result<CostSettings> settings(const CliArguments &args)
{
    CostSettings s;
    if (args.isSet(QStringLiteral("currency"))) {
        const auto c = currencyFromCode(args.value(QStringLiteral("currency")));
        if (!c) {
            return Error{QStringLiteral("'%1' is not one of SEK, EUR, USD")
                             .arg(args.value(QStringLiteral("currency"))),
                         {},
                         0,
                         QStringLiteral("--currency")};
        }
        s.displayCurrency = *c;
    }
    const auto years = args.integer(QStringLiteral("years"), s.years, 1, 30);
    const auto hours = args.number(QStringLiteral("hours-per-day"), s.hoursPerDay, 0.0, 24.0);
    const auto util = args.number(QStringLiteral("utilisation"), s.utilisation, 0.0, 1.0);
    const auto pue = args.number(QStringLiteral("pue"), s.pue, 1.0, 5.0);
    const auto kwh =
        args.number(QStringLiteral("price-per-kwh"), s.electricitySekPerKwh, 0.0, 100.0);
    const auto resale = args.number(QStringLiteral("resale"), s.resaleFraction * 100, 0.0, 100.0);
    const auto hostCost = args.number(QStringLiteral("host-cost"), 0, 0.0, 1e9);
    const auto hostWatts = args.number(QStringLiteral("host-watts"), s.hostWatts, 0.0, 1e5);
    const auto usdSek = args.number(QStringLiteral("usd-sek"), s.rates.sekPerUsd(), 0.01, 1000.0);
    const auto eurSek = args.number(QStringLiteral("eur-sek"), s.rates.sekPerEur(), 0.01, 1000.0);
    for (const auto *r :
         {&hours, &util, &pue, &kwh, &resale, &hostCost, &hostWatts, &usdSek, &eurSek}) {
        if (!*r)
            return r->error();
    }
    if (!years)
        return years.error();
    s.years = *years;
    s.hoursPerDay = *hours;
    s.utilisation = *util;
    s.pue = *pue;
    s.electricitySekPerKwh = *kwh;
    s.resaleFraction = *resale / 100.0;
    s.hostWatts = *hostWatts;
    s.includeVat = !args.isSet(QStringLiteral("no-vat"));
    if (args.isSet(QStringLiteral("usd-sek")) || args.isSet(QStringLiteral("eur-sek"))) {
        s.rates.setSekPerUsd(*usdSek);
        s.rates.setSekPerEur(*eurSek);
        s.rates.setDate(QDate::currentDate());
        s.rates.setSource(QStringLiteral("given on the command line"));
    }
    // Amounts typed by the user are in the display currency and include VAT like shop prices.
    s.hostCostSek = s.rates.toSek(*hostCost, s.displayCurrency);

    if (args.isSet(QStringLiteral("api-input-price")) ||
        args.isSet(QStringLiteral("api-output-price"))) {
        const auto in = args.number(QStringLiteral("api-input-price"), 0, 0.0, 1e4);
        const auto out = args.number(QStringLiteral("api-output-price"), 0, 0.0, 1e4);
        if (!in)
            return in.error();
        if (!out)
            return out.error();
        s.apiPrice = CostSettings::ApiPrice{*in, *out, QStringLiteral("given on the command line"),
                                            QDate::currentDate()};
    }
    return s;
}

QJsonValue money(const CostSettings &settings, std::optional<double> sek, int decimals)
{
    if (!sek || !std::isfinite(*sek))
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(settings.rates.fromSek(*sek, settings.displayCurrency) * scale) / scale;
}

ThroughputInput throughput(const GpuSpec &gpu, int count, const ModelSpec &model,
                           const QString &precision, UseCase useCase, int concurrency)
{
#ifdef GPUADVISOR_COST_HAS_ESTIMATOR
    if (const auto t = fromEstimator(gpu, count, model, precision, useCase, concurrency))
        return *t;
#endif
    const double bytes = RoughThroughput::bytesPerParam(precision).value_or(2.0);
    ThroughputInput t = RoughThroughput::estimate(gpu, model, bytes, useCase);
    if (count > 0 && t.fits) {
        // Fewer cards than needed do not hold it; more do not speed up a layer split.
        if (count < t.gpusNeeded)
            t.fits = false;
        if (useCase == UseCase::Training && t.gpusNeeded > 0)
            t.tokensPerSecond *= double(count) / t.gpusNeeded;
        t.gpusNeeded = std::max(t.gpusNeeded, count);
    }
    // The rough estimate is one stream; concurrent streams share the same weight reads, so
    // they scale close to linearly at small counts (§5.1) - not modelled here.
    t.concurrency = 1;
    Q_UNUSED(concurrency);
    return t;
}

bool knownPrecision(const QString &precision)
{
#ifdef GPUADVISOR_COST_HAS_ESTIMATOR
    if (WeightFormats::fromKey(precision))
        return true;
#endif
    return RoughThroughput::bytesPerParam(precision).has_value();
}

} // namespace CostOptions
