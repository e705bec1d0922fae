#include "CostOptions.h"

#include "Catalog.h"
#include "CliApplication.h"
#include "EstimateRequest.h"
#include "Formatting.h"
#include "GpuSpec.h"
#include "ModelSpec.h"

#include <cmath>

namespace {

CliArguments::Option option(const char *name, const char *valueName, const char *help)
{
    return {QString::fromLatin1(name), valueName != nullptr,
            QString::fromLatin1(valueName ? valueName : ""), QString::fromUtf8(help)};
}

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

QString moneyText(const CostSettings &settings, std::optional<double> sek, int decimals)
{
    if (!sek)
        return Formatting::unknown();
    return Formatting::money(settings.rates.fromSek(*sek, settings.displayCurrency),
                             currencyCode(settings.displayCurrency), decimals);
}

Result<WorkloadChoice> workload(const CliArguments &args)
{
    const QString key = args.value(QStringLiteral("workload"), QStringLiteral("inference"));
    if (const auto w = EstimateKeys::workloadFromKey(key))
        return WorkloadChoice{useCaseOf(*w), *w};
    if (const auto uc = useCaseFromKey(key))
        return WorkloadChoice{*uc, estimatorWorkload(*uc)};
    return Error{QStringLiteral("'%1' is not one of inference, lora, qlora, full, fine-tuning, "
                                "training, cloud-scaling")
                     .arg(key),
                 {},
                 0,
                 QStringLiteral("--workload")};
}

QString workloadHelp()
{
    return QStringLiteral("inference, lora, qlora or full, or the article's fine-tuning (lora), "
                          "training (full) or cloud-scaling (default inference)");
}

std::optional<int> lookUpGpu(CliApplication &app, const CliArguments &args, GpuSpec &gpu)
{
    if (!args.isSet(QStringLiteral("gpu")))
        return app.usageError(QStringLiteral("--gpu is required"));
    const auto id = app.resolveGpu(args.value(QStringLiteral("gpu")));
    if (!id)
        return app.fail(id.error(), CliApplication::UsageError);
    const auto g = app.catalog()->repository().gpu(*id);
    if (!g || !*g)
        return app.fail(g ? Error{QStringLiteral("not found"), {}, 0, *id} : g.error(),
                        CliApplication::Failure);
    gpu = **g;
    return std::nullopt;
}

std::optional<int> lookUpModel(CliApplication &app, const CliArguments &args, ModelSpec &model)
{
    const auto id = app.resolveModel(args.value(QStringLiteral("model")));
    if (!id)
        return app.fail(id.error(), CliApplication::UsageError);
    const auto m = app.catalog()->repository().model(*id);
    if (!m || !*m)
        return app.fail(m ? Error{QStringLiteral("not found"), {}, 0, *id} : m.error(),
                        CliApplication::Failure);
    model = **m;
    return std::nullopt;
}

} // namespace CostOptions
