#include "PricePerformanceChart.h"

#include "ChartStyle.h"
#include "CompareData.h"
#include "Formatting.h"

#include <QChart>
#include <QCursor>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPalette>
#include <QScatterSeries>
#include <QSet>
#include <QToolTip>

#include <algorithm>

namespace {

struct Point
{
    QString name;
    QPointF at;
};

// Shows the name and figures of the point under the mouse.
void addToolTips(QScatterSeries *series, QChart *chart, const QList<Point> &points,
                 const QString &yUnit)
{
    QObject::connect(
        series, &QScatterSeries::hovered, chart, [points, yUnit](const QPointF &at, bool on) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            for (const Point &p : points) {
                if (qFuzzyCompare(p.at.x(), at.x()) && qFuzzyCompare(p.at.y(), at.y())) {
                    QToolTip::showText(
                        QCursor::pos(),
                        QStringLiteral("<b>%1</b><br>%2<br>%3 %4")
                            .arg(p.name.toHtmlEscaped(),
                                 Formatting::money(p.at.x(), Formatting::displayCurrency()),
                                 Formatting::number(p.at.y(), 1), yUnit));
                    return;
                }
            }
        });
}

} // namespace

QList<QPointF> PricePerformanceChart::frontier(QList<QPointF> points)
{
    std::sort(points.begin(), points.end(), [](const QPointF &a, const QPointF &b) {
        return a.x() < b.x() || (a.x() == b.x() && a.y() > b.y());
    });
    QList<QPointF> result;
    for (const QPointF &p : points) {
        if (result.isEmpty() || p.y() > result.last().y())
            result.append(p);
    }
    return result;
}

QChart *PricePerformanceChart::create(const CompareData &data, Performance performance,
                                      const QPalette &palette)
{
    const bool tokens = performance == Performance::TokensPerS;
    const QString yUnit = tokens ? tr("tokens/s") : tr("TFLOPS");
    auto *chart = new QChart;
    ChartStyle::prepare(chart, palette);
    chart->setTitle(tokens ? tr("Price against tokens per second for %1").arg(data.modelName)
                           : tr("Price against FP16 throughput"));

    QSet<QString> pickedIds;
    for (const CompareEntry &entry : data.picked)
        pickedIds.insert(entry.gpu.id);

    QList<Point> others;
    QList<QPointF> all;
    for (const ScatterGpu &gpu : data.filtered) {
        const auto y = tokens ? gpu.tokensPerS : gpu.fp16Tflops;
        if (!gpu.priceSek || !y || *gpu.priceSek <= 0 || *y <= 0)
            continue;
        const QPointF at(Formatting::fromSek(*gpu.priceSek), *y);
        all.append(at);
        if (!pickedIds.contains(gpu.id))
            others.append({gpu.name, at});
    }

    auto *filtered = new QScatterSeries;
    filtered->setName(tr("Other GPUs in the table"));
    filtered->setMarkerSize(8);
    for (const Point &p : others)
        filtered->append(p.at);
    chart->addSeries(filtered);
    QColor neutral = ChartStyle::neutralColor(palette);
    neutral.setAlpha(150);
    filtered->setColor(neutral);
    filtered->setBorderColor(Qt::transparent);
    addToolTips(filtered, chart, others, yUnit);

    // The frontier goes under the picked GPUs' markers, so it is drawn first.
    for (const CompareEntry &entry : data.picked) {
        const auto y = tokens ? entry.tokensPerS : entry.gpu.fp16TensorTflops;
        if (!entry.priceSek || !y || *entry.priceSek <= 0 || *y <= 0)
            continue;
        const QPointF at(Formatting::fromSek(*entry.priceSek), *y);
        if (!all.contains(at))
            all.append(at);
    }
    auto *line = new QLineSeries;
    line->setName(tr("Efficient frontier"));
    line->append(frontier(all));
    chart->addSeries(line);
    QPen pen(ChartStyle::textColor(palette), 1.5, Qt::DashLine);
    line->setPen(pen);

    for (int i = 0; i < data.picked.size(); ++i) {
        const CompareEntry &entry = data.picked.at(i);
        const auto y = tokens ? entry.tokensPerS : entry.gpu.fp16TensorTflops;
        auto *series = new QScatterSeries;
        series->setName(entry.gpu.name);
        series->setMarkerSize(15);
        if (entry.priceSek && y && *entry.priceSek > 0 && *y > 0) {
            const QPointF at(Formatting::fromSek(*entry.priceSek), *y);
            series->append(at);
            addToolTips(series, chart, {{entry.gpu.name, at}}, yUnit);
        }
        chart->addSeries(series);
        series->setColor(ChartStyle::gpuColor(i, palette));
        series->setBorderColor(ChartStyle::textColor(palette));
    }

    double minX = 1e12, maxX = 0, minY = 1e12, maxY = 0;
    for (const QPointF &p : all) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    if (all.isEmpty()) {
        minX = minY = 1;
        maxX = maxY = 10;
    }
    auto *x = new QLogValueAxis;
    x->setBase(10);
    //: %1 is the currency chosen in the settings: SEK, EUR or USD
    x->setTitleText(tr("Price (%1, logarithmic)").arg(Formatting::displayCurrency()));
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setMinorTickCount(8);
    x->setRange(minX / 1.3, maxX * 1.3);
    auto *y = new QLogValueAxis;
    y->setBase(10);
    y->setTitleText(tokens ? tr("Tokens per second, logarithmic")
                           : tr("FP16 tensor throughput (TFLOPS, logarithmic)"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setMinorTickCount(8);
    y->setRange(minY / 1.3, maxY * 1.3);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    ChartStyle::finish(chart, palette);
    return chart;
}
