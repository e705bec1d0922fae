#include "Recommender.h"

#include "EstimateRequest.h"
#include "EstimatedThroughput.h"
#include "Formatting.h"
#include "LlmChecklist.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace {

QString money(const CostCalculator &calc, double sek, int decimals)
{
    const CostSettings &s = calc.settings();
    return Formatting::money(s.rates.fromSek(sek, s.displayCurrency),
                             currencyCode(s.displayCurrency), decimals);
}

QString configName(const QString &gpuName, int count)
{
    return count > 1 ? QStringLiteral("%1 x %2").arg(count).arg(gpuName) : gpuName;
}

// The figure an option is ranked by; nullopt ranks last.
std::optional<double> metric(const Recommender::Option &o, Recommender::RankBy rankBy)
{
    switch (rankBy) {
    case Recommender::RankBy::CostPerMillionTokens:
        return o.costPerMillionTokensSek;
    case Recommender::RankBy::PurchasePerTokenPerSecond:
        return o.purchasePerTokenPerSecondSek;
    case Recommender::RankBy::Tco:
        return o.tcoSek;
    }
    return std::nullopt;
}

void sortOptions(QList<Recommender::Option> &options, Recommender::RankBy rankBy)
{
    std::stable_sort(options.begin(), options.end(),
                     [rankBy](const Recommender::Option &a, const Recommender::Option &b) {
                         const auto ma = metric(a, rankBy);
                         const auto mb = metric(b, rankBy);
                         if (ma.has_value() != mb.has_value())
                             return ma.has_value();
                         if (ma && *ma != *mb)
                             return *ma < *mb;
                         // Unknown metric or a tie: the cheaper purchase, then the id.
                         const double pa = a.purchaseSek.value_or(0);
                         const double pb = b.purchaseSek.value_or(0);
                         if (pa != pb)
                             return pa < pb;
                         return a.gpuId < b.gpuId;
                     });
}

QString metricText(const CostCalculator &calc, const Recommender::Option &o,
                   Recommender::RankBy rankBy)
{
    const auto m = metric(o, rankBy);
    if (!m)
        return Formatting::unknown();
    switch (rankBy) {
    case Recommender::RankBy::CostPerMillionTokens:
        return QCoreApplication::translate("Recommender", "%1 per million tokens")
            .arg(money(calc, *m, 2));
    case Recommender::RankBy::PurchasePerTokenPerSecond:
        return QCoreApplication::translate("Recommender", "%1 per token/s").arg(money(calc, *m, 0));
    case Recommender::RankBy::Tco: {
        const int years = calc.settings().years;
        return QCoreApplication::translate("Recommender", "%1 over %n year(s)", nullptr, years)
            .arg(money(calc, *m, 0));
    }
    }
    return {};
}

void explainRanks(QList<Recommender::Option> &options, const CostCalculator &calc,
                  Recommender::RankBy rankBy, UseCase useCase)
{
    const std::optional<double> best =
        options.isEmpty() ? std::nullopt : metric(options.first(), rankBy);
    for (int i = 0; i < options.size(); ++i) {
        Recommender::Option &o = options[i];
        o.rank = i + 1;
        const auto m = metric(o, rankBy);
        QString reason;
        if (!m) {
            reason = QCoreApplication::translate(
                "Recommender", "ranked last: its speed for this model is unknown");
        } else if (i == 0) {
            reason = QCoreApplication::translate("Recommender", "cheapest: %1")
                         .arg(metricText(calc, o, rankBy));
        } else if (best && *best > 0) {
            const int percent = int(std::lround((*m / *best - 1.0) * 100.0));
            reason = QCoreApplication::translate("Recommender", "%1, %2 % more than the first")
                         .arg(metricText(calc, o, rankBy))
                         .arg(percent);
        } else {
            reason = metricText(calc, o, rankBy);
        }
        if (o.namedByArticle) {
            reason += QCoreApplication::translate("Recommender", "; the article names it for %1")
                          .arg(useCaseName(useCase));
        }
        if (o.checklist == CheckStatus::Fail) {
            reason += QCoreApplication::translate("Recommender",
                                                  "; fails an item of the article's checklist");
        } else if (o.checklist == CheckStatus::Warning) {
            reason += QCoreApplication::translate("Recommender",
                                                  "; a warning on the article's checklist");
        }
        o.reason = reason;
    }
}

} // namespace

QList<Recommender::Candidate> Recommender::estimateCandidates(const QList<GpuSpec> &gpus,
                                                              const EstimateRequest &workload,
                                                              bool engineGiven)
{
    QList<Candidate> candidates;
    candidates.reserve(gpus.size());
    for (const GpuSpec &gpu : gpus) {
        const ThroughputInput t = EstimatedThroughput::of(workload, gpu, 0, engineGiven);
        // A configuration that fits has exactly the cards it needs.
        candidates.append({gpu, t.fits ? t.gpusNeeded : std::max(1, t.gpusNeeded), t});
    }
    return candidates;
}

QStringList Recommender::articleGpuIds(UseCase useCase)
{
    switch (useCase) {
    case UseCase::Training:
        return {QStringLiteral("nvidia-h100-sxm5-80gb"), QStringLiteral("nvidia-h100-pcie-80gb"),
                QStringLiteral("nvidia-a100-sxm4-80gb"), QStringLiteral("nvidia-a100-sxm4-40gb"),
                QStringLiteral("nvidia-a100-pcie-80gb"), QStringLiteral("nvidia-a100-pcie-40gb"),
                QStringLiteral("amd-instinct-mi300x")};
    case UseCase::FineTuning:
        return {QStringLiteral("nvidia-rtx-4090"), QStringLiteral("nvidia-rtx-6000-ada")};
    case UseCase::Inference:
        return {QStringLiteral("nvidia-rtx-4090"), QStringLiteral("nvidia-rtx-3090"),
                QStringLiteral("amd-radeon-rx-7900-xtx")};
    case UseCase::CloudScaling:
        return {QStringLiteral("nvidia-a100-sxm4-80gb"), QStringLiteral("nvidia-a100-sxm4-40gb"),
                QStringLiteral("nvidia-a100-pcie-80gb"), QStringLiteral("nvidia-a100-pcie-40gb"),
                QStringLiteral("nvidia-h100-sxm5-80gb"), QStringLiteral("nvidia-h100-pcie-80gb")};
    }
    return {};
}

QString Recommender::articleRequirement(UseCase useCase)
{
    switch (useCase) {
    case UseCase::Training:
        return QCoreApplication::translate("Recommender", "40-80 GB per card, multi-GPU");
    case UseCase::FineTuning:
        return QCoreApplication::translate("Recommender", "16-24 GB");
    case UseCase::Inference:
        return QCoreApplication::translate("Recommender", "16-24 GB");
    case UseCase::CloudScaling:
        return QCoreApplication::translate("Recommender", "on demand, high VRAM");
    }
    return {};
}

Recommender::Recommendation
Recommender::recommend(const QList<Candidate> &candidates, UseCase useCase,
                       const CostCalculator &calculator, std::optional<double> budgetSek,
                       RankBy rankBy, int limit, std::optional<CostSettings::ApiPrice> apiPrice)
{
    Recommendation result;
    result.useCase = useCase;
    const QStringList named = articleGpuIds(useCase);
    QList<Option> own;
    QList<Option> rent;

    for (const Candidate &c : candidates) {
        const QString name = configName(c.gpu.name, c.count);
        if (!c.throughput.fits) {
            const int cards = c.throughput.gpusNeeded;
            QString reason;
            if (!c.throughput.unavailableReason.isEmpty()) {
                reason = c.throughput.unavailableReason;
            } else if (cards > EstimatedThroughput::maxCards) {
                reason = QCoreApplication::translate(
                             "Recommender", "%1 needs %2 cards; up to 8 (one node) are considered")
                             .arg(c.gpu.name)
                             .arg(cards);
            } else if (cards <= 0) {
                reason = QCoreApplication::translate(
                             "Recommender", "%1: no count up to 64 of this GPU holds the model")
                             .arg(c.gpu.name);
            } else {
                reason = QCoreApplication::translate("Recommender", "%1: the model does not fit")
                             .arg(name);
            }
            result.excluded.append({c.gpu.id, reason});
            continue;
        }
        Option base;
        base.gpuId = c.gpu.id;
        base.gpuName = c.gpu.name;
        base.count = c.count;
        base.engine = c.throughput.engine;
        base.tokensPerSecond = c.throughput.tokensPerSecond;
        base.checklist = LlmChecklist::overall(LlmChecklist::evaluate(c.gpu, useCase));
        base.namedByArticle = named.contains(c.gpu.id);

        if (const auto cloud =
                calculator.cloudCostPerMillionTokensSek(c.gpu, c.count, c.throughput)) {
            Option r = base;
            r.kind = Option::Kind::RentGpu;
            r.costPerMillionTokensSek = cloud;
            if (const auto perYear = calculator.cloudRentalPerYearSek(c.gpu, c.count))
                r.tcoSek = *perYear * calculator.settings().years;
            rent.append(r);
        }

        const auto tco = calculator.tco(c.gpu, c.count);
        if (!tco) {
            result.excluded.append({c.gpu.id, name + QStringLiteral(": ") + tco.error().message});
            continue;
        }
        if (budgetSek && tco->purchaseSek > *budgetSek) {
            result.excluded.append(
                {c.gpu.id, QCoreApplication::translate("Recommender", "%1: %2 is over the budget")
                               .arg(name, money(calculator, tco->purchaseSek, 0))});
            continue;
        }
        Option o = base;
        o.kind = Option::Kind::Own;
        o.purchaseSek = tco->purchaseSek;
        o.tcoSek = tco->totalSek;
        o.costPerMillionTokensSek = calculator.ownedCostPerMillionTokensSek(*tco, c.throughput);
        if (c.throughput.tokensPerSecond > 0)
            o.purchasePerTokenPerSecondSek = tco->purchaseSek / c.throughput.tokensPerSecond;
        own.append(o);
    }

    // An API sells generated tokens: an alternative to inference, not to training.
    const bool generating = useCase == UseCase::Inference || useCase == UseCase::CloudScaling;
    if (apiPrice && generating) {
        Option api;
        api.kind = Option::Kind::Api;
        api.gpuName = QCoreApplication::translate("Recommender", "a cloud API");
        api.costPerMillionTokensSek = calculator.apiCostPerMillionOutputTokensSek(*apiPrice);
        api.checklist = CheckStatus::Pass;
        rent.append(api);
    }

    sortOptions(own, rankBy);
    // Renting is compared per million tokens whatever the owned cards are ranked by.
    sortOptions(rent, RankBy::CostPerMillionTokens);

    // Cloud scaling ranks what can be rented; buying is the alternative there.
    const bool cloudFirst = useCase == UseCase::CloudScaling;
    QList<Option> &primary = cloudFirst ? rent : own;
    QList<Option> &secondary = cloudFirst ? own : rent;
    explainRanks(primary, calculator, cloudFirst ? RankBy::CostPerMillionTokens : rankBy, useCase);
    explainRanks(secondary, calculator, cloudFirst ? rankBy : RankBy::CostPerMillionTokens,
                 useCase);

    // value_or, not a copied optional: GCC 12's -O2 warns (falsely) of an uninitialised one.
    const double bestOwn =
        own.isEmpty() ? qInf() : own.first().costPerMillionTokensSek.value_or(qInf());
    const double bestRent =
        rent.isEmpty() ? qInf() : rent.first().costPerMillionTokensSek.value_or(qInf());
    result.rentInsteadWins = bestRent < qInf() && bestRent < bestOwn;

    if (own.isEmpty() && rent.isEmpty()) {
        result.summary = QCoreApplication::translate(
            "Recommender", "nothing in the catalog fits this model within the limits given");
    } else if (result.rentInsteadWins && !cloudFirst) {
        const Option &r = rent.first();
        const QString what =
            r.kind == Option::Kind::Api ? r.gpuName : configName(r.gpuName, r.count);
        result.summary =
            bestOwn < qInf()
                ? QCoreApplication::translate("Recommender",
                                              "rent instead: %1 costs %2 per million tokens, "
                                              "owning at best %3 at this utilisation")
                      .arg(what, money(calculator, bestRent, 2), money(calculator, bestOwn, 2))
                : QCoreApplication::translate("Recommender",
                                              "rent instead: %1 costs %2 per million tokens")
                      .arg(what, money(calculator, bestRent, 2));
    } else if (!primary.isEmpty()) {
        const Option &b = primary.first();
        result.summary = QCoreApplication::translate("Recommender", "best choice: %1 (%2)")
                             .arg(configName(b.gpuName, b.count), b.reason);
    } else {
        result.summary = QCoreApplication::translate(
            "Recommender", "no cloud price is known for a configuration that fits");
    }

    if (limit > 0) {
        if (primary.size() > limit)
            primary.resize(limit);
        if (secondary.size() > limit)
            secondary.resize(limit);
    }
    result.ranked = primary;
    result.alternatives = secondary;
    return result;
}

QString Recommender::rankByKey(RankBy rankBy)
{
    switch (rankBy) {
    case RankBy::CostPerMillionTokens:
        return QStringLiteral("cost-per-million-tokens");
    case RankBy::PurchasePerTokenPerSecond:
        return QStringLiteral("price-per-token-per-second");
    case RankBy::Tco:
        return QStringLiteral("tco");
    }
    return {};
}

std::optional<Recommender::RankBy> Recommender::rankByFromKey(const QString &key)
{
    for (RankBy r :
         {RankBy::CostPerMillionTokens, RankBy::PurchasePerTokenPerSecond, RankBy::Tco}) {
        if (key.compare(rankByKey(r), Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

QString Recommender::kindKey(Option::Kind kind)
{
    switch (kind) {
    case Option::Kind::Own:
        return QStringLiteral("own");
    case Option::Kind::RentGpu:
        return QStringLiteral("rent");
    case Option::Kind::Api:
        return QStringLiteral("api");
    }
    return {};
}
