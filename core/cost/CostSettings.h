#pragma once

// Every assumption the cost calculations make, as one typed value with documented defaults.
// Amounts are SEK unless the name says otherwise; cloud and API prices stay in USD because that
// is how they are published, and are converted with the dated exchange rates.
//
// The defaults reproduce the source article's example (a card at full load all year round at
// 1.50 kr/kWh) and otherwise follow the project's reference notes (estimation-methods.md, §6).
// documentedDefaults() lists each one with its source and date for the UI and docs/COST.md.

#include "Currency.h"
#include "ExchangeRates.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

struct GpuSpec;

struct CostSettings
{
    // What an API charges per million tokens, in USD without VAT.
    struct ApiPrice
    {
        double inputUsdPerMTok = 0;
        double outputUsdPerMTok = 0;
        QString source;
        QDate date;
    };

    // One default as the documentation shows it.
    struct Documented
    {
        QString key;   // the CLI option / JSON key, e.g. "price_per_kwh"
        QString value; // the default as text, e.g. "1.50 SEK/kWh"
        QString source;
        QDate date; // when the figure was valid or read
    };

    double electricitySekPerKwh = 1.50; // what the user pays, all fees and VAT included
    double hoursPerDay = 24;            // hours a day the machine runs the workload
    double utilisation = 1.0;           // share of those hours the GPUs are busy (0-1]
    double pue = 1.0;                   // facility overhead: cooling etc. (1.0 = none)
    int years = 3;                      // ownership period
    bool includeVat = true;             // private buyer: VAT is a cost; a company deducts it
    double vatRate = 0.25;              // Swedish standard rate
    double resaleFraction = 0.30;       // share of the purchase price recovered at the end
    double hostCostSek = 0;             // rest of the machine, per node (0: cards go into a
                                        // computer the user already has)
    double hostWatts = 0;               // host power under load, per node
    int gpusPerNode = 8;                // cards per host, for the host's share
    ExchangeRates rates = ExchangeRates::defaults();
    Currency displayCurrency = Currency::Sek;

    // Cloud prices per GPU-hour by GPU id, overriding the catalog's dated price.
    QHash<QString, double> cloudUsdPerGpuHour;
    // API price for the model in question; without it the price tier of the model's size is used.
    std::optional<ApiPrice> apiPrice;
    // Prompt tokens sent per generated token, to price an API for the same work (Artificial
    // Analysis blends prices at 3 input : 1 output).
    double inputTokensPerOutputToken = 3.0;

    static CostSettings defaults() { return CostSettings(); }
    static QList<Documented> documentedDefaults();

    // The cloud price per GPU-hour for this GPU: the user's, else the catalog's; nullopt when
    // neither is known.
    std::optional<double> cloudUsdPerHour(const GpuSpec &gpu) const;
    // The user's API price, else the reference price of the size tier of a model with this many
    // (total) parameters, in billions.
    ApiPrice apiPriceFor(double paramsB) const;
    // The reference API price tiers: up to 15 B, up to 100 B, larger.
    static ApiPrice defaultApiPrice(double paramsB);

    // Factor that puts VAT on a price without it (1.25), or 1 when VAT is left out.
    double vatFactor() const { return includeVat ? 1.0 + vatRate : 1.0; }
    // Busy hours per year: hours a day x utilisation x 365.
    double busyHoursPerYear() const { return hoursPerDay * utilisation * 365.0; }
};
