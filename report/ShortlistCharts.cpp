#include "ShortlistCharts.h"

#include "CostCalculator.h"
#include "Formatting.h"
#include "ShortlistReport.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <functional>

namespace {

// Colours that stay apart on paper and in greyscale print, one per item, repeating after eight.
QColor itemColor(int index)
{
    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28),
                                    QColor(0x2c, 0xa0, 0x2c), QColor(0xff, 0x7f, 0x0e),
                                    QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                    QColor(0x17, 0xbe, 0xcf), QColor(0x7f, 0x7f, 0x7f)};
    return colors[index % 8];
}

QFont font(int pixels, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

QString rowLabel(const ShortlistRow &row)
{
    if (row.count && *row.count > 1)
        return QStringLiteral("%1 ×%2").arg(row.displayName()).arg(*row.count);
    return row.displayName();
}

// A round upper bound for an axis (1, 2, 2.5 or 5 times a power of ten) and its step.
std::pair<double, double> niceAxis(double maximum, int ticks)
{
    if (maximum <= 0)
        return {1.0, 1.0 / ticks};
    const double rough = maximum / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = power;
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = factor * power;
        if (step >= rough)
            break;
    }
    return {step * ticks, step};
}

QImage blank(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    return image;
}

struct Metric
{
    QString title;
    std::function<std::optional<double>(const ShortlistRow &)> value;
    std::function<QString(double)> text;
};

} // namespace

QImage ShortlistCharts::compareChart(const ShortlistReport &report, const QSize &size)
{
    const int years = std::max(1, report.costs.years);
    const QString currency = report.currency();
    const auto money = [&report](double sek) {
        return report.money(sek);
    };
    const QList<Metric> metrics = {
        {tr("Tokens/s"), [](const ShortlistRow &r) { return r.evaluation.decodeTokensPerS; },
         [](double v) {
             return Formatting::number(v, v < 100 ? 1 : 0);
         }},
        //: Chart title; %1 is the currency's code (SEK, EUR, USD)
        {tr("Purchase (%1)").arg(currency), [](const ShortlistRow &r) { return r.purchaseSek; },
         money},
        //: Chart title; %1 is the currency's code (SEK, EUR, USD)
        {tr("TCO over %n year(s) (%1)", nullptr, years).arg(currency),
         [](const ShortlistRow &r) { return r.tcoSek; }, money},
    };
    const int rows = int(report.rows.size());
    const int top = 96;
    const int bottom = 24;
    const int rowHeight = std::clamp((size.height() - top - bottom) / std::max(1, rows), 22, 48);
    QImage image = blank(QSize(size.width(), top + rows * rowHeight + bottom));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setPen(Qt::black);
    p.setFont(font(26, true));
    const QString model = report.workload.model.name.isEmpty() ? report.workload.model.id
                                                               : report.workload.model.name;
    //: Title of the report's chart; %1 is the model of the workload
    p.drawText(QRect(16, 8, image.width() - 32, 40), Qt::AlignLeft | Qt::AlignVCenter,
               tr("The items side by side for %1").arg(model));

    const int labelWidth = std::min(360, image.width() / 4);
    const int panelGap = 24;
    const int panelWidth =
        (image.width() - labelWidth - 16 - panelGap * int(metrics.size())) / int(metrics.size());
    p.setFont(font(18));
    for (int r = 0; r < rows; ++r) {
        const QRect label(16, top + r * rowHeight, labelWidth - 8, rowHeight);
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(rowLabel(report.rows.at(r)), Qt::ElideMiddle,
                                              label.width()));
    }
    for (int m = 0; m < metrics.size(); ++m) {
        const Metric &metric = metrics.at(m);
        const int left = labelWidth + 16 + m * (panelWidth + panelGap) + panelGap;
        p.setFont(font(20, true));
        p.setPen(Qt::black);
        p.drawText(QRect(left, 52, panelWidth, 36), Qt::AlignLeft | Qt::AlignVCenter, metric.title);
        double maximum = 0;
        for (const ShortlistRow &row : report.rows)
            maximum = std::max(maximum, metric.value(row).value_or(0.0));
        // Room after the longest bar for its figure.
        const int barRoom = panelWidth * 62 / 100;
        p.setPen(QPen(QColor(0x99, 0x99, 0x99), 1));
        p.drawLine(left, top, left, top + rows * rowHeight);
        p.setFont(font(17));
        for (int r = 0; r < rows; ++r) {
            const auto value = metric.value(report.rows.at(r));
            const int y = top + r * rowHeight;
            int barEnd = left;
            if (value && maximum > 0) {
                const int length = std::max(2, int(barRoom * *value / maximum));
                p.fillRect(QRect(left, y + rowHeight / 6, length, rowHeight * 2 / 3), itemColor(r));
                barEnd = left + length;
            }
            p.setPen(Qt::black);
            p.drawText(QRect(barEnd + 6, y, left + panelWidth - barEnd - 6, rowHeight),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       value ? metric.text(*value) : Formatting::unknown());
        }
    }
    return image;
}

QImage ShortlistCharts::costOverTimeChart(const ShortlistReport &report, const QSize &size)
{
    const int years = std::max(1, report.costs.years);
    const CostCalculator calculator(report.costs);
    // Amounts in the report's currency, so the axis gets round figures in it.
    struct Line
    {
        QString label;
        QColor color;
        QList<QPointF> owned; // (year, cumulative cost)
        std::optional<double> cloudPerYear;
    };
    QList<Line> lines;
    double maximum = 0;
    for (int r = 0; r < report.rows.size(); ++r) {
        const ShortlistRow &row = report.rows.at(r);
        Line line{rowLabel(row), itemColor(r), {}, std::nullopt};
        if (row.gpu && row.count) {
            if (const auto tco = calculator.tco(*row.gpu, *row.count)) {
                line.owned.append(QPointF(0, report.fromSek(tco->purchaseSek)));
                for (const auto &year : tco->years)
                    line.owned.append(QPointF(year.year, report.fromSek(year.cumulativeSek)));
            }
            line.cloudPerYear =
                report.fromSek(calculator.cloudRentalPerYearSek(*row.gpu, *row.count));
        }
        for (const QPointF &point : line.owned)
            maximum = std::max(maximum, point.y());
        if (line.cloudPerYear)
            maximum = std::max(maximum, *line.cloudPerYear * years);
        lines.append(line);
    }

    QImage image = blank(size);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setPen(Qt::black);
    p.setFont(font(26, true));
    p.drawText(QRect(16, 8, size.width() - 32, 40), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Cumulative cost over %n year(s)", nullptr, years));

    const int legendWidth = std::min(460, size.width() / 3);
    p.setFont(font(17));
    const auto [axisMax, step] = niceAxis(maximum * 1.05, 5);
    const auto money = [currency = report.currency()](double amount) {
        return Formatting::money(amount, currency);
    };
    const int labelWidth = p.fontMetrics().horizontalAdvance(money(axisMax)) + 16;
    const QRect plot(16 + labelWidth, 64, size.width() - legendWidth - labelWidth - 48,
                     size.height() - 64 - 72);
    const auto toPixel = [&](double year, double amount) {
        return QPointF(plot.left() + plot.width() * year / years,
                       plot.bottom() - plot.height() * amount / axisMax);
    };

    // Grid and axes.
    for (double value = 0; value <= axisMax + step / 2; value += step) {
        const QPointF at = toPixel(0, value);
        p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1));
        p.drawLine(QPointF(plot.left(), at.y()), QPointF(plot.right(), at.y()));
        p.setPen(Qt::black);
        p.drawText(QRectF(8, at.y() - 12, labelWidth, 24), Qt::AlignRight | Qt::AlignVCenter,
                   money(value));
    }
    for (int year = 0; year <= years; ++year) {
        const QPointF at = toPixel(year, 0);
        p.drawText(QRectF(at.x() - 40, plot.bottom() + 6, 80, 24), Qt::AlignCenter,
                   QString::number(year));
    }
    p.setPen(QPen(Qt::black, 1.5));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    p.drawText(QRect(plot.left(), plot.bottom() + 32, plot.width(), 28), Qt::AlignCenter,
               tr("Years"));

    for (const Line &line : lines) {
        if (line.cloudPerYear) {
            p.setPen(QPen(line.color, 2.5, Qt::DashLine));
            p.drawLine(toPixel(0, 0), toPixel(years, *line.cloudPerYear * years));
        }
        if (line.owned.isEmpty())
            continue;
        QPainterPath path(toPixel(line.owned.first().x(), line.owned.first().y()));
        for (const QPointF &point : line.owned)
            path.lineTo(toPixel(point.x(), point.y()));
        p.setPen(QPen(line.color, 4));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setBrush(line.color);
        for (const QPointF &point : line.owned)
            p.drawEllipse(toPixel(point.x(), point.y()), 5, 5);
    }

    // Legend: one swatch per item, then the key to the dashed lines.
    const int legendLeft = size.width() - legendWidth;
    int y = plot.top();
    p.setBrush(Qt::NoBrush);
    for (const Line &line : lines) {
        p.setPen(QPen(line.color, 4));
        p.drawLine(legendLeft, y + 12, legendLeft + 36, y + 12);
        p.setPen(Qt::black);
        QString text = line.label;
        if (line.owned.isEmpty())
            //: Chart legend: the item's cost could not be worked out; %1 is the GPU
            text = tr("%1 (cost unknown)").arg(line.label);
        p.drawText(QRect(legendLeft + 44, y, legendWidth - 52, 24),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(text, Qt::ElideMiddle, legendWidth - 52));
        y += 30;
        if (y > plot.bottom() - 60)
            break;
    }
    y += 12;
    p.setPen(QPen(Qt::black, 2.5, Qt::DashLine));
    p.drawLine(legendLeft, y + 12, legendLeft + 36, y + 12);
    p.setPen(Qt::black);
    p.drawText(QRect(legendLeft + 44, y, legendWidth - 52, 24), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Renting the same cards"));
    return image;
}

QList<QImage> ShortlistCharts::all(const ShortlistReport &report)
{
    if (report.rows.isEmpty())
        return {};
    return {compareChart(report), costOverTimeChart(report)};
}
