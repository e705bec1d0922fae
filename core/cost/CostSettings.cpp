#include "CostSettings.h"

#include "GpuSpec.h"

namespace {

const QDate readDate(2026, 11, 26); // when the reference notes were read into the project

} // namespace

std::optional<double> CostSettings::cloudUsdPerHour(const GpuSpec &gpu) const
{
    const auto it = cloudUsdPerGpuHour.constFind(gpu.id);
    if (it != cloudUsdPerGpuHour.constEnd())
        return *it;
    return gpu.cloudUsdPerHour;
}

CostSettings::ApiPrice CostSettings::apiPriceFor(double paramsB) const
{
    return apiPrice ? *apiPrice : defaultApiPrice(paramsB);
}

CostSettings::ApiPrice CostSettings::defaultApiPrice(double paramsB)
{
    if (paramsB <= 15) {
        return {0.20, 0.60,
                QStringLiteral("Llama-3.1-8B on Together: $0.20 input / $0.60 output per million "
                               "tokens (theneuralbase.com, via estimation-methods.md §6.3)"),
                readDate};
    }
    if (paramsB <= 100) {
        return {0.59, 0.90,
                QStringLiteral("Llama-3/3.1-70B on generic serverless APIs: $0.59-$0.90 per "
                               "million tokens (newsaiclubz.com, via estimation-methods.md §6.3); "
                               "the low end taken for input, the high end for output"),
                readDate};
    }
    return {2.40, 2.40,
            QStringLiteral("Llama-3.1-405B: $2.40 per million tokens blended 3:1 on Amazon "
                           "(artificialanalysis.ai, via estimation-methods.md §6.3); providers "
                           "range $1.00-$3.50"),
            readDate};
}

QList<CostSettings::Documented> CostSettings::documentedDefaults()
{
    const QString methods = QStringLiteral("estimation-methods.md §6.1");
    return {
        {QStringLiteral("price_per_kwh"), QStringLiteral("1.50 SEK/kWh"),
         QStringLiteral("The source article's example (\"1,50 kr/kWh\"). Cross-check for a "
                        "Swedish household in SE3: 2023 spot 59.2 öre/kWh excl. VAT "
                        "(elavtal24.com) + energy tax 53.5 öre and grid transfer 30.5 öre incl. "
                        "VAT from 2024-01-01 (Partille Energi) = about 1.6 kr/kWh"),
         QDate(2024, 1, 1)},
        {QStringLiteral("hours_per_day"), QStringLiteral("24"),
         QStringLiteral("The source article's example: a card running all year round"), readDate},
        {QStringLiteral("utilisation"), QStringLiteral("1.0"),
         QStringLiteral("The source article's example (full load); lower it for occasional use"),
         readDate},
        {QStringLiteral("pue"), QStringLiteral("1.0"),
         methods + QStringLiteral(": 1.0 at home; 1.1-1.2 hyperscale; 1.55-1.59 industry "
                                  "average since 2020, 1.58 in 2023 (Uptime Institute Global "
                                  "Data Center Survey; Uptime Intelligence update 221, "
                                  "2023-11-23)"),
         readDate},
        {QStringLiteral("years"), QStringLiteral("3"),
         methods + QStringLiteral(": life 3-4 years (assumption)"), readDate},
        {QStringLiteral("vat"), QStringLiteral("25 %, included"),
         QStringLiteral("Swedish standard VAT rate (Skatteverket). Swedish street prices include "
                        "it; USD list, cloud and API prices do not, so it is added to them"),
         readDate},
        {QStringLiteral("resale"), QStringLiteral("30 %"),
         methods + QStringLiteral(": resale 20-40 % of the purchase price (assumption); the "
                                  "middle is taken"),
         readDate},
        {QStringLiteral("host_cost"), QStringLiteral("0 SEK per node"),
         QStringLiteral("Assumes the cards go into a computer the user already has; "
                        "estimation-methods.md §6.1 adds 30-50 % for a DGX/HGX host"),
         readDate},
        {QStringLiteral("exchange_rates"), QStringLiteral("1 USD = 10.61 SEK, 1 EUR = 11.48 SEK"),
         ExchangeRates::defaults().source(), ExchangeRates::defaults().date()},
        {QStringLiteral("cloud_usd_per_hour"), QStringLiteral("the catalog's price per GPU"),
         QStringLiteral("Catalog column cloud_usd_per_hour with its date: RTX 4090 $0.34, "
                        "A100 SXM $1.39, H100 SXM $2.69 (RunPod on-demand, deploybase.ai), "
                        "L4 $0.28 (GCP); unknown for the others"),
         QDate(2026, 9, 9)},
        {QStringLiteral("api_price"), QStringLiteral("by model size, USD per million tokens"),
         QStringLiteral("<= 15 B: $0.20 in / $0.60 out; <= 100 B: $0.59 / $0.90; larger: "
                        "$2.40 / $2.40 (estimation-methods.md §6.3)"),
         readDate},
        {QStringLiteral("input_tokens_per_output_token"), QStringLiteral("3"),
         QStringLiteral("Artificial Analysis blends API prices at 3 input : 1 output "
                        "(estimation-methods.md §6.3)"),
         readDate},
    };
}
