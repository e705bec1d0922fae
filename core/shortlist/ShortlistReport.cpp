#include "ShortlistReport.h"

#include "CostCalculator.h"
#include "Formatting.h"
#include "LlmChecklist.h"
#include "WorkloadEvaluator.h"

#include <QCoreApplication>
#include <QHash>

QString ShortlistRow::displayName() const
{
    if (gpu)
        return gpu->name;
    //: A shortlist item whose GPU a catalog update removed; %1 is the GPU's id
    return QCoreApplication::translate("ShortlistReport", "%1 (missing from the catalog)")
        .arg(item.gpuId);
}

QString ShortlistRow::quantityText() const
{
    if (item.quantity)
        return QString::number(*item.quantity);
    //: Shortlist quantity: as many cards as the current workload needs
    return QCoreApplication::translate("ShortlistReport", "as needed");
}

QString ShortlistRow::enoughText() const
{
    if (!gpu)
        //: A shortlist item whose GPU is no longer in the catalog
        return QCoreApplication::translate("ShortlistReport", "missing");
    if (!count || !evaluation.gpusNeeded)
        return QCoreApplication::translate("ShortlistReport", "unknown");
    return enough ? QCoreApplication::translate("ShortlistReport", "yes")
                  : QCoreApplication::translate("ShortlistReport", "no");
}

QStringList ShortlistReport::columnTitles() const
{
    const QString code = currency();
    return {
        //: Column: the item's place in the shortlist
        QCoreApplication::translate("ShortlistReport", "#"),
        QCoreApplication::translate("ShortlistReport", "GPU id"),
        QCoreApplication::translate("ShortlistReport", "GPU"),
        QCoreApplication::translate("ShortlistReport", "Quantity"),
        //: Column: cards bought (the quantity, or what the workload needs)
        QCoreApplication::translate("ShortlistReport", "Cards"),
        QCoreApplication::translate("ShortlistReport", "GPUs needed"),
        //: Column: whether the cards bought hold the workload's model
        QCoreApplication::translate("ShortlistReport", "Holds the workload"),
        QCoreApplication::translate("ShortlistReport", "Tokens/s"),
        //: Column; %1 is the currency's code (SEK, EUR, USD)
        QCoreApplication::translate("ShortlistReport", "Unit price (%1)").arg(code),
        QCoreApplication::translate("ShortlistReport", "Purchase (%1)").arg(code),
        QCoreApplication::translate("ShortlistReport", "Electricity per year (%1)").arg(code),
        //: Column; %1 is the years of ownership, %2 the currency's code (SEK, EUR, USD)
        QCoreApplication::translate("ShortlistReport", "TCO %1 years (%2)")
            .arg(QString::number(costs.years), code),
        QCoreApplication::translate("ShortlistReport", "Note"),
    };
}

QString ShortlistReport::currency() const
{
    return currencyCode(costs.displayCurrency);
}

double ShortlistReport::fromSek(double sek) const
{
    return costs.rates.fromSek(sek, costs.displayCurrency);
}

std::optional<double> ShortlistReport::fromSek(std::optional<double> sek) const
{
    return sek ? std::optional<double>(fromSek(*sek)) : std::nullopt;
}

QString ShortlistReport::money(std::optional<double> sek, int decimals) const
{
    return sek ? Formatting::money(fromSek(*sek), currency(), decimals) : Formatting::unknown();
}

QString ShortlistReport::workloadText() const
{
    const QString model = workload.model.name.isEmpty() ? workload.model.id : workload.model.name;
    //: %1 model, %2 workload (inference, lora, ...), %3 weight format, %4 context tokens,
    //: %5 batch, %6 engine
    return QCoreApplication::translate("ShortlistReport",
                                       "%1, %2, %3, context %4 tokens, batch %5, engine %6")
        .arg(model, EstimateKeys::workloadKey(workload.workload),
             WeightFormats::label(workload.format), QString::number(workload.context),
             QString::number(workload.batch), EstimateKeys::engineKey(workload.engine));
}

ShortlistReport ShortlistReport::build(const Shortlist &list, const QList<GpuSpec> &catalogGpus,
                                       const EstimateRequest &workload, const CostSettings &costs,
                                       const CatalogInfo &catalog, const QDateTime &generated)
{
    ShortlistReport report;
    report.list = list;
    report.workload = workload;
    report.costs = costs;
    report.useCase = useCaseOf(workload.workload);
    report.catalog = catalog;
    report.generated = generated;

    QHash<QString, const GpuSpec *> byId;
    for (const GpuSpec &gpu : catalogGpus)
        byId.insert(gpu.id, &gpu);

    const CostCalculator calculator(costs);
    for (const ShortlistItem &item : list.items) {
        ShortlistRow row;
        row.item = item;
        const GpuSpec *gpu = byId.value(item.gpuId);
        if (!gpu) {
            report.totals.complete = false;
            if (item.quantity)
                report.totals.cards += *item.quantity;
            report.rows.append(row);
            continue;
        }
        row.gpu = *gpu;
        row.evaluation = WorkloadEvaluator::evaluate(workload, costs, *gpu);
        row.countFromWorkload = !item.quantity;
        row.count = item.quantity ? item.quantity : row.evaluation.gpusNeeded;
        row.enough =
            row.count && row.evaluation.gpusNeeded && *row.count >= *row.evaluation.gpusNeeded;
        row.unitPriceSek = calculator.purchasePriceSek(*gpu);
        row.checklist = LlmChecklist::evaluate(*gpu, report.useCase);
        if (row.count) {
            report.totals.cards += *row.count;
            // The purchase needs only the price; electricity and TCO need the power too.
            row.purchaseSek = calculator.purchaseSek(*gpu, *row.count);
            if (const auto tco = calculator.tcoSummary(*gpu, *row.count)) {
                row.electricityPerYearSek = tco->electricityPerYearSek;
                row.tcoSek = tco->totalSek;
            }
        }
        ShortlistTotals &t = report.totals;
        const auto add = [&t](std::optional<double> &sum, const std::optional<double> &figure) {
            if (figure)
                sum = sum.value_or(0) + *figure;
            else
                t.complete = false;
        };
        add(t.purchaseSek, row.purchaseSek);
        add(t.electricityPerYearSek, row.electricityPerYearSek);
        add(t.tcoSek, row.tcoSek);
        report.rows.append(row);
    }
    return report;
}

QStringList ShortlistReport::sources() const
{
    QStringList result;
    for (const ShortlistRow &row : rows) {
        if (!row.gpu)
            continue;
        for (const QString &source : row.gpu->sources) {
            if (!source.trimmed().isEmpty() && !result.contains(source.trimmed()))
                result.append(source.trimmed());
        }
    }
    for (const CostSettings::Documented &d : CostSettings::documentedDefaults()) {
        if (!d.source.isEmpty() && !result.contains(d.source))
            result.append(d.source);
    }
    return result;
}
