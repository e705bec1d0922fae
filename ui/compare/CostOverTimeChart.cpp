#include "CostOverTimeChart.h"

#include "ChartStyle.h"
#include "CompareData.h"
#include "Formatting.h"

#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPalette>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

namespace {

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

// Points are in the display currency (Formatting::fromSek).
QString money(double amount)
{
    return Formatting::money(amount, Formatting::displayCurrency());
}

} // namespace

QChart *CostOverTimeChart::create(const CompareData &data, const QPalette &palette)
{
    auto *chart = new QChart;
    ChartStyle::prepare(chart, palette);
    const int years = std::max(1, data.costs.years);
    chart->setTitle(tr("Cumulative cost over %n year(s)", nullptr, years));

    struct Mark
    {
        QPointF at;
        QString text;
    };
    QList<Mark> marks;
    QList<QLineSeries *> alternatives;
    double maximum = 0;
    for (int i = 0; i < data.picked.size(); ++i) {
        const CompareEntry &entry = data.picked.at(i);
        const QColor color = ChartStyle::gpuColor(i, palette);
        auto *owned = new QLineSeries;
        owned->setName(entry.label());
        if (entry.tco) {
            owned->append(0, Formatting::fromSek(entry.tco->purchaseSek));
            maximum = std::max(maximum, Formatting::fromSek(entry.tco->purchaseSek));
            for (const auto &year : entry.tco->years) {
                owned->append(year.year, Formatting::fromSek(year.cumulativeSek));
                maximum = std::max(maximum, Formatting::fromSek(year.cumulativeSek));
            }
        }
        chart->addSeries(owned);
        owned->setPen(QPen(color, 2.5));
        owned->setPointsVisible(true);
        const QString ownedName = entry.label();
        QObject::connect(
            owned, &QLineSeries::hovered, chart, [ownedName](const QPointF &at, bool on) {
                if (!on)
                    return QToolTip::hideText();
                QToolTip::showText(QCursor::pos(), tr("%1, owned: %2 after %3 years")
                                                       .arg(ownedName, money(at.y()),
                                                            Formatting::number(at.x(), 1)));
            });

        const auto addAlternative = [&](std::optional<double> perYearSek, Qt::PenStyle style,
                                        const QString &what,
                                        const BreakEvenCalculator::Outcome &outcome) {
            if (!perYearSek)
                return;
            const std::optional<double> perYear = Formatting::fromSek(*perYearSek);
            auto *line = new QLineSeries;
            line->setName(QStringLiteral("%1 – %2").arg(entry.label(), what));
            line->append(0, 0);
            line->append(years, *perYear * years);
            maximum = std::max(maximum, *perYear * years);
            chart->addSeries(line);
            line->setPen(QPen(color, 1.8, style));
            alternatives.append(line);
            const QString name = line->name();
            QObject::connect(line, &QLineSeries::hovered, chart,
                             [name, perYear](const QPointF &at, bool on) {
                                 if (!on)
                                     return QToolTip::hideText();
                                 QToolTip::showText(QCursor::pos(),
                                                    tr("%1: %2 a year").arg(name, money(*perYear)));
                                 Q_UNUSED(at);
                             });
            if (outcome.kind == BreakEvenCalculator::Kind::Months && outcome.withinLifetime) {
                const double x = outcome.months / 12.0;
                marks.append(
                    {QPointF(x, *perYear * x),
                     tr("%1 pays off against %2 after %3 months")
                         .arg(entry.label(), what, Formatting::number(outcome.months, 0))});
            }
        };
        addAlternative(entry.cloudPerYearSek, Qt::DashLine, tr("cloud rental"),
                       entry.cloudBreakEven);
        addAlternative(entry.apiPerYearSek, Qt::DotLine, tr("API"), entry.apiBreakEven);
    }

    // Keys for the line styles, instead of one legend entry per GPU and alternative.
    const QColor neutral = ChartStyle::neutralColor(palette);
    auto *cloudKey = new QLineSeries;
    cloudKey->setName(tr("Cloud rental (dashed)"));
    auto *apiKey = new QLineSeries;
    apiKey->setName(tr("API for the same tokens (dotted)"));
    chart->addSeries(cloudKey);
    chart->addSeries(apiKey);
    cloudKey->setPen(QPen(neutral, 1.8, Qt::DashLine));
    apiKey->setPen(QPen(neutral, 1.8, Qt::DotLine));

    auto *breakEven = new QScatterSeries;
    breakEven->setName(tr("Break-even"));
    breakEven->setMarkerShape(QScatterSeries::MarkerShapeStar);
    breakEven->setMarkerSize(16);
    for (const Mark &mark : marks)
        breakEven->append(mark.at);
    chart->addSeries(breakEven);
    breakEven->setColor(ChartStyle::textColor(palette));
    breakEven->setBorderColor(ChartStyle::textColor(palette));
    QObject::connect(
        breakEven, &QScatterSeries::hovered, chart, [marks](const QPointF &at, bool on) {
            if (!on)
                return QToolTip::hideText();
            for (const Mark &mark : marks) {
                if (qFuzzyCompare(mark.at.x(), at.x()) && qFuzzyCompare(mark.at.y(), at.y()))
                    return QToolTip::showText(QCursor::pos(), mark.text);
            }
        });

    auto *x = new QValueAxis;
    x->setTitleText(tr("Years"));
    x->setRange(0, years);
    x->setTickCount(years + 1);
    x->setLabelFormat(QStringLiteral("%.0f"));
    auto *y = new QValueAxis;
    //: %1 is the currency chosen in the settings: SEK, EUR or USD
    y->setTitleText(tr("Cumulative cost (%1)").arg(Formatting::displayCurrency()));
    y->setRange(0, maximum > 0 ? maximum * 1.05 : 1.0);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    for (QLineSeries *line : alternatives)
        hideFromLegend(chart, line);
    if (marks.isEmpty())
        hideFromLegend(chart, breakEven);

    ChartStyle::finish(chart, palette);
    return chart;
}
