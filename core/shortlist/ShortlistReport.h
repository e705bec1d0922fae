#pragma once

// A shortlist with its figures for one workload and set of cost assumptions: what the exporters
// and the PDF report write and what the shortlist dock shows. Built once from the list, the
// catalog's GPUs, the workload and the cost settings; a plain value after that. Amounts are kept
// in SEK and shown in the settings' display currency (currency(), fromSek(), money()), so the
// dock and every export name and convert money alike.

#include "CatalogData.h"
#include "CheckItem.h"
#include "CostSettings.h"
#include "EstimateRequest.h"
#include "GpuEvaluation.h"
#include "Shortlist.h"
#include "UseCase.h"

#include <QDateTime>
#include <QList>

#include <optional>

struct ShortlistRow
{
    ShortlistItem item;
    std::optional<GpuSpec> gpu; // nullopt: the catalog no longer has the GPU
    GpuEvaluation evaluation;   // for as many cards as the workload needs
    // Cards bought: the item's quantity, else the GPUs the workload needs (nullopt when no count
    // up to one node fits, or the GPU is missing).
    std::optional<int> count;
    bool countFromWorkload = false;
    // The count holds the workload (false also when it is not known).
    bool enough = false;
    std::optional<double> unitPriceSek; // one card, VAT as the settings say
    std::optional<double> purchaseSek;  // count cards and their share of hosts
    std::optional<double> electricityPerYearSek;
    std::optional<double> tcoSek; // over the settings' years, net of resale
    QList<CheckItem> checklist;

    QString displayName() const;  // the GPU's name, or its id marked as missing
    QString quantityText() const; // "2", or "as needed" when the workload decides
    QString enoughText() const;   // "yes", "no", "unknown" or "missing"
};

struct ShortlistTotals
{
    int cards = 0;
    // Sums over the rows whose figures are known; nullopt when no row's are.
    std::optional<double> purchaseSek;
    std::optional<double> electricityPerYearSek;
    std::optional<double> tcoSek;
    // Every row had all its figures; otherwise the sums leave out what is unknown.
    bool complete = true;
};

struct ShortlistReport
{
    Shortlist list;
    EstimateRequest workload; // the model and workload; its gpu and gpuCount are unused
    CostSettings costs;
    UseCase useCase = UseCase::Inference;
    CatalogInfo catalog;
    QDateTime generated; // UTC
    QList<ShortlistRow> rows;
    ShortlistTotals totals;

    static ShortlistReport build(const Shortlist &list, const QList<GpuSpec> &catalogGpus,
                                 const EstimateRequest &workload, const CostSettings &costs,
                                 const CatalogInfo &catalog = {},
                                 const QDateTime &generated = QDateTime::currentDateTimeUtc());

    // The column titles of the list, shared by every export: position, GPU id, GPU, quantity,
    // cards, GPUs needed, holds the workload, tokens/s, unit price, purchase, electricity per
    // year, TCO over the years, note; the money columns name currency().
    QStringList columnTitles() const;
    // The workload in one line: model, workload, format, context, batch, engine.
    QString workloadText() const;

    // The ISO code of the currency money is shown in: the settings' display currency.
    QString currency() const;
    // An amount in SEK in that currency, at the settings' exchange rate; nullopt stays nullopt.
    double fromSek(double sek) const;
    std::optional<double> fromSek(std::optional<double> sek) const;
    // An amount in SEK as text in that currency and the current language ("€2,000",
    // "20 000 kr"); "unknown" for nullopt.
    QString money(std::optional<double> sek, int decimals = 0) const;

    // The sources the figures come from: those of every GPU of the list, then the cost
    // assumptions' documented sources, each once.
    QStringList sources() const;
};
