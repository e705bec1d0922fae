#include "MetricBarChart.h"

#include "ChartStyle.h"
#include "CompareData.h"
#include "Formatting.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QPalette>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace {

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace

QChart *MetricBarChart::create(const CompareData &data, std::optional<CompareMetric::Id> metric,
                               bool normalised, const QPalette &palette)
{
    using Id = CompareMetric::Id;
    const QList<Id> metrics = metric ? QList<Id>{*metric} : CompareMetric::all();
    normalised = normalised || !metric;

    auto *chart = new QChart;
    ChartStyle::prepare(chart, palette);
    if (normalised) {
        chart->setTitle(metric ? tr("%1: share of the best").arg(CompareMetric::name(*metric))
                               : tr("Figures side by side as a share of the best; for power, "
                                    "price and cost the lowest is the best"));
    } else {
        chart->setTitle(tr("%1 side by side").arg(CompareMetric::name(*metric)));
    }

    QList<std::optional<double>> bests;
    for (const Id id : metrics) {
        QList<std::optional<double>> values;
        for (const CompareEntry &entry : data.picked)
            values.append(CompareMetric::value(id, entry));
        bests.append(CompareMetric::best(id, values));
    }

    auto *series = new QBarSeries;
    double maximum = 0;
    for (const CompareEntry &entry : data.picked) {
        auto *set = new QBarSet(entry.label());
        for (int m = 0; m < metrics.size(); ++m) {
            const Id id = metrics.at(m);
            const auto value = CompareMetric::value(id, entry);
            const auto shown =
                normalised ? CompareMetric::percentOfBest(id, value, bests.at(m)) : value;
            const double bar =
                shown ? rounded(*shown, normalised ? 0 : CompareMetric::decimals(id)) : 0.0;
            set->append(bar);
            maximum = std::max(maximum, bar);
        }
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(6);
    const int bars = int(metrics.size() * data.picked.size());
    series->setLabelsAngle(bars > 12 ? -90 : 0);
    chart->addSeries(series);

    const QList<CompareEntry> picked = data.picked;
    for (int i = 0; i < series->count(); ++i) {
        QBarSet *set = series->barSets().at(i);
        set->setColor(ChartStyle::gpuColor(i, palette));
        set->setBorderColor(ChartStyle::gpuColor(i, palette).darker(115));
        set->setLabelColor(ChartStyle::textColor(palette));
        const CompareEntry entry = picked.at(i);
        QObject::connect(
            set, &QBarSet::hovered, chart, [entry, metrics, bests](bool on, int index) {
                if (!on || index < 0 || index >= metrics.size()) {
                    QToolTip::hideText();
                    return;
                }
                const Id id = metrics.at(index);
                QString tip = QStringLiteral("<b>%1</b><br>%2: %3")
                                  .arg(entry.gpu.name.toHtmlEscaped(), CompareMetric::name(id),
                                       CompareMetric::text(id, entry));
                const auto share = CompareMetric::percentOfBest(id, CompareMetric::value(id, entry),
                                                                bests.at(index));
                if (share)
                    tip += QStringLiteral("<br>") +
                           tr("%1 % of the best").arg(Formatting::number(*share, 0));
                QToolTip::showText(QCursor::pos(), tip);
            });
    }

    auto *categories = new QBarCategoryAxis;
    QStringList names;
    for (const Id id : metrics)
        names.append(normalised ? CompareMetric::name(id) : CompareMetric::nameWithUnit(id));
    categories->append(names);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);

    auto *values = new QValueAxis;
    values->setTitleText(normalised ? tr("Share of the best (%), 100 = best")
                                    : CompareMetric::nameWithUnit(*metric));
    values->setRange(0, maximum > 0 ? maximum * (bars > 12 ? 1.25 : 1.12) : 1.0);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->applyNiceNumbers();
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);

    ChartStyle::finish(chart, palette);
    return chart;
}
