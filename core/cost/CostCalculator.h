#pragma once

// Total cost of ownership of N cards of a GPU, and what the same work costs rented by the
// GPU-hour or bought from an API. Pure functions of a GpuSpec, a ThroughputInput and CostSettings;
// every amount is SEK (convert with CostSettings::rates for display).
//
// Electricity = watts x PUE x hours a day x utilisation x 365 x price per kWh, so the source
// article's 400 W card at full load all year at 1.50 kr/kWh costs 5 256 kr a year.

#include "CostSettings.h"
#include "Result.h"
#include "ThroughputInput.h"

#include <QList>

#include <optional>

struct GpuSpec;

class CostCalculator
{
public:
    struct YearCost
    {
        int year = 0;
        double purchaseSek = 0;    // paid in year 1
        double electricitySek = 0; // paid every year
        double resaleSek = 0;      // recovered in the last year (a negative cost)
        double cumulativeSek = 0;  // net cost up to the end of this year
    };

    struct Tco
    {
        int count = 1;
        int nodes = 1;
        double cardPriceSek = 0; // per card, VAT as the settings say
        double hostSek = 0;      // all hosts
        double purchaseSek = 0;  // cards + hosts
        double wattsPerCard = 0; // power drawn under load
        double electricityPerYearSek = 0;
        double resaleSek = 0; // value recovered after the period
        QList<YearCost> years;
        double totalSek = 0; // purchase + electricity over the years - resale

        double capitalNetSek() const { return purchaseSek - resaleSek; }
    };

    explicit CostCalculator(CostSettings settings = CostSettings::defaults());

    const CostSettings &settings() const { return m_settings; }

    // Energy cost of drawing watts for hours, facility overhead (PUE) included.
    static double electricityCostSek(double watts, double hours, double pue, double sekPerKwh);
    // A year of the settings' busy hours at this total draw.
    double yearlyElectricityCost(double totalWatts) const;

    // Price of one card in SEK with VAT as the settings say: the catalog's Swedish price, else the
    // USD launch price converted (it has no VAT, so VAT is added); nullopt when neither is known.
    std::optional<double> purchasePriceSek(const GpuSpec &gpu) const;

    // What count cards and their share of hosts cost to buy; nullopt when the price is unknown
    // (the power need not be known).
    std::optional<double> purchaseSek(const GpuSpec &gpu, int count) const;

    // TCO of count cards. wattsOverride replaces the card's power, priceOverrideSek the card's
    // price (taken as with VAT). Fails when the price or the power is unknown.
    Result<Tco> tco(const GpuSpec &gpu, int count, std::optional<double> wattsOverride = {},
                    std::optional<double> priceOverrideSek = {}) const;
    // The same without the year-by-year rows and without saying why it fails (nullopt when the
    // price or the power is unknown): what a table of many GPUs needs, at no allocation.
    std::optional<Tco> tcoSummary(const GpuSpec &gpu, int count,
                                  std::optional<double> wattsOverride = {},
                                  std::optional<double> priceOverrideSek = {}) const;

    // Renting count cards for the settings' busy hours for a year; nullopt without a cloud price.
    std::optional<double> cloudRentalPerYearSek(const GpuSpec &gpu, int count) const;
    // An API's charge for these tokens.
    double apiCostSek(double inputTokens, double outputTokens,
                      const CostSettings::ApiPrice &price) const;
    // An API's charge per million generated tokens with the prompt tokens that come with them.
    double apiCostPerMillionOutputTokensSek(const CostSettings::ApiPrice &price) const;

    // Tokens generated in a year of the settings' busy hours.
    double tokensPerYear(const ThroughputInput &throughput) const;
    // Owned: (capital net of resale spread over the years + electricity) per million tokens.
    std::optional<double> ownedCostPerMillionTokensSek(const Tco &tco,
                                                       const ThroughputInput &throughput) const;
    // Rented: GPU-hours per million tokens at the cloud price.
    std::optional<double> cloudCostPerMillionTokensSek(const GpuSpec &gpu, int count,
                                                       const ThroughputInput &throughput) const;

private:
    int nodesFor(int count) const;
    double hostsSek(int nodes) const;

    CostSettings m_settings;
};
