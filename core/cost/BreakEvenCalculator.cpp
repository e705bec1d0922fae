#include "BreakEvenCalculator.h"

#include "GpuSpec.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

BreakEvenCalculator::Outcome BreakEvenCalculator::compute(double capitalNetSek,
                                                          double ownRunningPerMonthSek,
                                                          double alternativePerMonthSek,
                                                          std::optional<double> tokensPerMonth,
                                                          int lifetimeMonths)
{
    Outcome o;
    const double savingPerMonth = alternativePerMonthSek - ownRunningPerMonthSek;
    if (!(savingPerMonth > 0)) {
        o.kind = Kind::Never;
        o.reason = QCoreApplication::translate(
            "BreakEvenCalculator",
            "never: running your own cards costs at least as much each month as the alternative");
        return o;
    }
    o.kind = Kind::Months;
    o.months = std::max(0.0, capitalNetSek) / savingPerMonth;
    if (tokensPerMonth)
        o.tokens = o.months * *tokensPerMonth;
    o.withinLifetime = o.months <= lifetimeMonths;
    const QString months = QLocale().toString(o.months, 'f', 1);
    o.reason =
        o.withinLifetime
            ? QCoreApplication::translate("BreakEvenCalculator", "owning pays off after %1 months")
                  .arg(months)
            : QCoreApplication::translate("BreakEvenCalculator",
                                          "owning pays off only after %1 months, later "
                                          "than the %2 months you plan to keep the cards")
                  .arg(months)
                  .arg(lifetimeMonths);
    return o;
}

BreakEvenCalculator::Outcome
BreakEvenCalculator::againstCloud(const CostCalculator &calculator, const GpuSpec &gpu,
                                  const CostCalculator::Tco &tco,
                                  std::optional<ThroughputInput> throughput)
{
    const auto rentalPerYear = calculator.cloudRentalPerYearSek(gpu, tco.count);
    if (!rentalPerYear) {
        Outcome o;
        o.reason = QCoreApplication::translate("BreakEvenCalculator",
                                               "no cloud price per GPU-hour is known for %1")
                       .arg(gpu.name);
        return o;
    }
    std::optional<double> tokensPerMonth;
    if (throughput && throughput->fits)
        tokensPerMonth = calculator.tokensPerYear(*throughput) / 12.0;
    return compute(tco.capitalNetSek(), tco.electricityPerYearSek / 12.0, *rentalPerYear / 12.0,
                   tokensPerMonth, calculator.settings().years * 12);
}

BreakEvenCalculator::Outcome BreakEvenCalculator::againstApi(const CostCalculator &calculator,
                                                             const CostCalculator::Tco &tco,
                                                             const ThroughputInput &throughput,
                                                             const CostSettings::ApiPrice &price)
{
    if (!throughput.fits) {
        Outcome o;
        o.kind = Kind::Never;
        o.reason = QCoreApplication::translate("BreakEvenCalculator",
                                               "never: the model does not fit in these cards");
        return o;
    }
    if (!(throughput.tokensPerSecond > 0)) {
        Outcome o;
        o.reason =
            QCoreApplication::translate("BreakEvenCalculator", "the generation speed is unknown");
        return o;
    }
    const double tokensPerMonth = calculator.tokensPerYear(throughput) / 12.0;
    const double apiPerMonth =
        calculator.apiCostPerMillionOutputTokensSek(price) * tokensPerMonth / 1e6;
    Outcome o = compute(tco.capitalNetSek(), tco.electricityPerYearSek / 12.0, apiPerMonth,
                        tokensPerMonth, calculator.settings().years * 12);
    if (o.kind == Kind::Never) {
        o.reason = QCoreApplication::translate(
            "BreakEvenCalculator",
            "never: the electricity per token alone costs at least the API's price");
    }
    return o;
}

QString BreakEvenCalculator::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Months:
        return QStringLiteral("months");
    case Kind::Never:
        return QStringLiteral("never");
    case Kind::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}
