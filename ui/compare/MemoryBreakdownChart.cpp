#include "MemoryBreakdownChart.h"

#include "ChartStyle.h"
#include "CompareData.h"
#include "Formatting.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPalette>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

double gib(double bytes)
{
    return std::round(bytes / kGiB * 10.0) / 10.0;
}

} // namespace

QChart *MemoryBreakdownChart::create(const CompareData &data, const QPalette &palette)
{
    auto *chart = new QChart;
    ChartStyle::prepare(chart, palette);
    if (!data.hasWorkload) {
        chart->setTitle(tr("Choose a model to see what memory it needs"));
        ChartStyle::finish(chart, palette);
        return chart;
    }
    chart->setTitle(tr("Memory %1 needs, against the usable memory").arg(data.modelName));

    bool training = false;
    for (const CompareEntry &entry : data.picked)
        training = training || (entry.estimate && entry.estimate->memory.training);

    auto *weights = new QBarSet(tr("Weights"));
    auto *kvCache = new QBarSet(tr("KV cache"));
    auto *activations = new QBarSet(tr("Activations"));
    auto *trainingState = new QBarSet(tr("Gradients and optimizer"));
    auto *overhead = new QBarSet(tr("Overhead"));
    QStringList labels;
    QList<double> usable;
    double maximum = 0;
    for (const CompareEntry &entry : data.picked) {
        labels.append(entry.label());
        const MemoryEstimate m = entry.estimate ? entry.estimate->memory : MemoryEstimate();
        const int cards = entry.estimate ? entry.estimate->request.gpuCount : 1;
        weights->append(gib(m.weights.estimate));
        kvCache->append(gib(m.kvCache.estimate));
        activations->append(gib(m.activations.estimate));
        trainingState->append(gib(m.gradients.estimate + m.optimizer.estimate));
        overhead->append(gib(m.overhead.estimate));
        const double available = entry.estimate ? entry.estimate->usableBytesPerGpu * cards : 0.0;
        usable.append(gib(available));
        maximum = std::max({maximum, m.total.estimate / kGiB, available / kGiB});
    }
    auto *series = new QStackedBarSeries;
    series->append(weights);
    series->append(kvCache);
    series->append(activations);
    if (training)
        series->append(trainingState);
    else
        delete trainingState;
    series->append(overhead);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    series->setLabelsPrecision(6);
    series->setBarWidth(0.55);
    chart->addSeries(series);
    // Parts in a sequence of one hue, so that the picked GPUs' colours stay theirs.
    const QColor base =
        ChartStyle::isDark(palette) ? QColor(0x56, 0xb4, 0xe9) : QColor(0x00, 0x72, 0xb2);
    const QList<QBarSet *> sets = series->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        QColor color = base;
        color.setHsv(color.hsvHue() + 22 * i, std::max(60, color.hsvSaturation() - 40 * i),
                     std::min(255, color.value() + 18 * i));
        sets.at(i)->setColor(color);
        sets.at(i)->setBorderColor(color.darker(120));
        // A label on a sliver of a bar overlaps its neighbours; the tooltip still tells.
        double largest = 0;
        for (int c = 0; c < sets.at(i)->count(); ++c)
            largest = std::max(largest, sets.at(i)->at(c));
        sets.at(i)->setLabelColor(largest < maximum * 0.06  ? QColor(Qt::transparent)
                                  : color.lightness() > 140 ? QColor(Qt::black)
                                                            : QColor(Qt::white));
        const QString part = sets.at(i)->label();
        QBarSet *set = sets.at(i);
        QObject::connect(set, &QBarSet::hovered, chart, [labels, part, set](bool on, int index) {
            if (!on || index < 0 || index >= labels.size())
                return QToolTip::hideText();
            QToolTip::showText(QCursor::pos(), tr("%1, %2: %3 GiB")
                                                   .arg(labels.at(index), part,
                                                        Formatting::number(set->at(index), 1)));
        });
    }

    auto *categories = new QBarCategoryAxis;
    const QStringList unique = ChartStyle::uniqueLabels(labels);
    categories->append(unique);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *y = new QValueAxis;
    y->setTitleText(tr("Memory (GiB)"));
    y->setRange(0, maximum > 0 ? maximum * 1.1 : 1.0);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);

    // One short line over each bar: the usable memory of the cards that configuration has.
    const QPen usablePen(ChartStyle::textColor(palette), 2.5, Qt::DashLine);
    for (int i = 0; i < usable.size(); ++i) {
        auto *line = new QLineSeries;
        line->setName(tr("Usable memory"));
        line->append(i - 0.4, usable.at(i));
        line->append(i + 0.4, usable.at(i));
        chart->addSeries(line);
        line->setPen(usablePen);
        line->attachAxis(categories);
        line->attachAxis(y);
        const QString text =
            tr("%1: %2 GiB usable").arg(unique.at(i), Formatting::number(usable.at(i), 1));
        QObject::connect(line, &QLineSeries::hovered, chart, [text](const QPointF &, bool on) {
            if (!on)
                return QToolTip::hideText();
            QToolTip::showText(QCursor::pos(), text);
        });
        if (i > 0) {
            for (QLegendMarker *marker : chart->legend()->markers(line))
                marker->setVisible(false);
        }
    }

    ChartStyle::finish(chart, palette);
    return chart;
}
