#include "MetricBarChart.h"

#include "ChartStyle.h"
#include "CompareData.h"
#include "Formatting.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QPalette>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>
#include <cstdlib>
#include <memory>

namespace {

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// Qt Charts labels every bar with its value, so an unknown figure drawn as an empty bar would read
// "0". The chart's own labels are off; these text items carry each bar's value or "unknown" and
// follow the plot area. Their texts are also on each QBarSet as MetricBarChart::LabelsProperty.
void addValueLabels(QChart *chart, QBarSeries *series, bool rotated, const QColor &colour)
{
    struct Label
    {
        QGraphicsSimpleTextItem *item;
        int set;
        int category;
    };
    auto labels = std::make_shared<QList<Label>>();
    const QList<QBarSet *> sets = series->barSets();
    for (int s = 0; s < sets.size(); ++s) {
        const QStringList texts =
            sets.at(s)->property(MetricBarChart::LabelsProperty).toStringList();
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = new QGraphicsSimpleTextItem(texts.at(c), chart);
            item->setBrush(colour);
            item->setFont(sets.at(s)->labelFont());
            item->setZValue(10);
            if (rotated)
                item->setRotation(-90);
            labels->append({item, s, c});
        }
    }
    const auto place = [chart, series, labels, rotated] {
        const qreal setCount = series->count();
        const qreal width = series->barWidth();
        for (const Label &label : std::as_const(*labels)) {
            // Where Qt Charts puts a grouped bar: its share of the category's bar width.
            const qreal x = label.category - width / 2 + (label.set + 0.5) / setCount * width;
            const QPointF top = chart->mapToPosition(
                QPointF(x, series->barSets().at(label.set)->at(label.category)), series);
            const QRectF box = label.item->boundingRect();
            if (rotated)
                label.item->setPos(top.x() - box.height() / 2, top.y() - 3);
            else
                label.item->setPos(top.x() - box.width() / 2, top.y() - box.height() - 1);
            label.item->setVisible(chart->plotArea().isValid());
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
}

// A long category name on two lines, split at the space nearest its middle:
// nine categories share the chart's width, and Qt Charts cuts a label that does not fit
// ("Cost/M toke..."). Category labels are rich text.
QString twoLines(const QString &name)
{
    const QString escaped = name.toHtmlEscaped();
    if (name.size() < 10)
        return escaped;
    qsizetype best = -1;
    for (qsizetype i = name.indexOf(u' '); i >= 0; i = name.indexOf(u' ', i + 1)) {
        if (best < 0 || std::abs(i - name.size() / 2) < std::abs(best - name.size() / 2))
            best = i;
    }
    if (best < 0)
        return escaped;
    return name.left(best).toHtmlEscaped() + QStringLiteral("<br>") +
           name.mid(best + 1).toHtmlEscaped();
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
        QStringList texts;
        for (int m = 0; m < metrics.size(); ++m) {
            const Id id = metrics.at(m);
            const auto value = CompareMetric::value(id, entry);
            const auto shown =
                normalised ? CompareMetric::percentOfBest(id, value, bests.at(m)) : value;
            const int decimals = normalised ? 0 : CompareMetric::decimals(id);
            // Unknown: no bar, and the label says so rather than "0".
            const double bar = shown ? rounded(*shown, decimals) : 0.0;
            set->append(bar);
            texts.append(shown ? Formatting::number(bar, decimals) : Formatting::unknown());
            maximum = std::max(maximum, bar);
        }
        set->setProperty(LabelsProperty, texts);
        series->append(set);
    }
    series->setLabelsVisible(false); // addValueLabels draws them
    const int bars = int(metrics.size() * data.picked.size());
    chart->addSeries(series);

    const QList<CompareEntry> picked = data.picked;
    for (int i = 0; i < series->count(); ++i) {
        QBarSet *set = series->barSets().at(i);
        set->setColor(ChartStyle::gpuColor(i, palette));
        set->setBorderColor(ChartStyle::gpuColor(i, palette).darker(115));
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
    for (const Id id : metrics) {
        names.append(
            twoLines(normalised ? CompareMetric::name(id) : CompareMetric::nameWithUnit(id)));
    }
    categories->append(names);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);

    auto *values = new QValueAxis;
    // Short enough for a low chart: the chart's title says what the share means.
    values->setTitleText(normalised ? tr("% of the best") : CompareMetric::nameWithUnit(*metric));
    values->setRange(0, maximum > 0 ? maximum * (bars > 12 ? 1.25 : 1.12) : 1.0);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->applyNiceNumbers();
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);

    ChartStyle::finish(chart, palette);
    addValueLabels(chart, series, bars > 12, ChartStyle::textColor(palette));
    return chart;
}
