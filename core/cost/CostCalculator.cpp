#include "CostCalculator.h"

#include "GpuSpec.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

CostCalculator::CostCalculator(CostSettings settings)
    : m_settings(std::move(settings))
{}

double CostCalculator::electricityCostSek(double watts, double hours, double pue, double sekPerKwh)
{
    return watts / 1000.0 * pue * hours * sekPerKwh;
}

double CostCalculator::yearlyElectricityCost(double totalWatts) const
{
    return electricityCostSek(totalWatts, m_settings.busyHoursPerYear(), m_settings.pue,
                              m_settings.electricitySekPerKwh);
}

std::optional<double> CostCalculator::purchasePriceSek(const GpuSpec &gpu) const
{
    const double withoutVat = 1.0 + m_settings.vatRate;
    if (gpu.streetPriceSek) {
        // Swedish prices (and the catalog's converted ones) include VAT.
        return m_settings.includeVat ? *gpu.streetPriceSek : *gpu.streetPriceSek / withoutVat;
    }
    if (gpu.launchPriceUsd)
        return m_settings.rates.toSek(*gpu.launchPriceUsd, Currency::Usd) * m_settings.vatFactor();
    return std::nullopt;
}

int CostCalculator::nodesFor(int count) const
{
    const int perNode = std::max(1, m_settings.gpusPerNode);
    return (std::max(1, count) + perNode - 1) / perNode;
}

double CostCalculator::hostsSek(int nodes) const
{
    return m_settings.hostCostSek * nodes *
           (m_settings.includeVat ? 1.0 : 1.0 / (1.0 + m_settings.vatRate));
}

std::optional<double> CostCalculator::purchaseSek(const GpuSpec &gpu, int count) const
{
    const std::optional<double> price = purchasePriceSek(gpu);
    if (!price)
        return std::nullopt;
    count = std::max(1, count);
    return *price * count + hostsSek(nodesFor(count));
}

std::optional<CostCalculator::Tco>
CostCalculator::tcoSummary(const GpuSpec &gpu, int count, std::optional<double> wattsOverride,
                           std::optional<double> priceOverrideSek) const
{
    count = std::max(1, count);
    std::optional<double> price = purchasePriceSek(gpu);
    if (priceOverrideSek) {
        price = m_settings.includeVat ? *priceOverrideSek
                                      : *priceOverrideSek / (1.0 + m_settings.vatRate);
    }
    const std::optional<double> watts = wattsOverride ? wattsOverride : gpu.powerWatts;
    if (!price || !watts)
        return std::nullopt;

    Tco t;
    t.count = count;
    t.nodes = nodesFor(count);
    t.cardPriceSek = *price;
    t.hostSek = hostsSek(t.nodes);
    t.purchaseSek = t.cardPriceSek * count + t.hostSek;
    t.wattsPerCard = *watts;
    t.electricityPerYearSek =
        yearlyElectricityCost(*watts * count + m_settings.hostWatts * t.nodes);
    t.resaleSek = t.purchaseSek * m_settings.resaleFraction;
    const int years = std::max(1, m_settings.years);
    t.totalSek = t.purchaseSek + t.electricityPerYearSek * years - t.resaleSek;
    return t;
}

Result<CostCalculator::Tco> CostCalculator::tco(const GpuSpec &gpu, int count,
                                                std::optional<double> wattsOverride,
                                                std::optional<double> priceOverrideSek) const
{
    std::optional<Tco> t = tcoSummary(gpu, count, wattsOverride, priceOverrideSek);
    if (!t && !priceOverrideSek && !purchasePriceSek(gpu)) {
        return Error{QCoreApplication::translate(
                         "CostCalculator", "no price is known for this GPU; give one yourself"),
                     {},
                     0,
                     gpu.id};
    }
    if (!t) {
        return Error{
            QCoreApplication::translate("CostCalculator",
                                        "the power draw of this GPU is unknown; give it in watts"),
            {},
            0,
            gpu.id};
    }

    const int years = std::max(1, m_settings.years);
    double cumulative = 0;
    t->years.reserve(years);
    for (int y = 1; y <= years; ++y) {
        YearCost yc;
        yc.year = y;
        yc.purchaseSek = y == 1 ? t->purchaseSek : 0;
        yc.electricitySek = t->electricityPerYearSek;
        yc.resaleSek = y == years ? t->resaleSek : 0;
        cumulative += yc.purchaseSek + yc.electricitySek - yc.resaleSek;
        yc.cumulativeSek = cumulative;
        t->years.append(yc);
    }
    t->totalSek = cumulative;
    return *t;
}

std::optional<double> CostCalculator::cloudRentalPerYearSek(const GpuSpec &gpu, int count) const
{
    const auto usdPerHour = m_settings.cloudUsdPerHour(gpu);
    if (!usdPerHour)
        return std::nullopt;
    return m_settings.rates.toSek(*usdPerHour, Currency::Usd) * m_settings.vatFactor() *
           std::max(1, count) * m_settings.busyHoursPerYear();
}

double CostCalculator::apiCostSek(double inputTokens, double outputTokens,
                                  const CostSettings::ApiPrice &price) const
{
    const double usd =
        (inputTokens * price.inputUsdPerMTok + outputTokens * price.outputUsdPerMTok) / 1e6;
    return m_settings.rates.toSek(usd, Currency::Usd) * m_settings.vatFactor();
}

double CostCalculator::apiCostPerMillionOutputTokensSek(const CostSettings::ApiPrice &price) const
{
    return apiCostSek(1e6 * m_settings.inputTokensPerOutputToken, 1e6, price);
}

double CostCalculator::tokensPerYear(const ThroughputInput &throughput) const
{
    return throughput.tokensPerSecond * 3600.0 * m_settings.busyHoursPerYear();
}

std::optional<double>
CostCalculator::ownedCostPerMillionTokensSek(const Tco &tco,
                                             const ThroughputInput &throughput) const
{
    const double tokens = tokensPerYear(throughput);
    if (!throughput.fits || !(tokens > 0))
        return std::nullopt;
    const double perYear =
        tco.capitalNetSek() / std::max(1, m_settings.years) + tco.electricityPerYearSek;
    return perYear / (tokens / 1e6);
}

std::optional<double>
CostCalculator::cloudCostPerMillionTokensSek(const GpuSpec &gpu, int count,
                                             const ThroughputInput &throughput) const
{
    const auto usdPerHour = m_settings.cloudUsdPerHour(gpu);
    if (!usdPerHour || !throughput.fits || !(throughput.tokensPerSecond > 0))
        return std::nullopt;
    const double sekPerHour = m_settings.rates.toSek(*usdPerHour, Currency::Usd) *
                              m_settings.vatFactor() * std::max(1, count);
    return sekPerHour / (throughput.tokensPerSecond * 3600.0 / 1e6);
}
