#include "ShortlistHtml.h"

#include "Formatting.h"
#include "ShortlistReport.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString money(const ShortlistReport &report, std::optional<double> sek)
{
    return ShortlistHtml::escape(report.money(sek));
}

QString count(std::optional<int> value)
{
    return value ? QLocale().toString(*value) : ShortlistHtml::escape(Formatting::unknown());
}

QString date(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : Formatting::unknown();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>\n")
        .arg(ShortlistHtml::escape(label), ShortlistHtml::escape(value));
}

QString statusText(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        //: Checklist status
        return QCoreApplication::translate("ShortlistHtml", "pass");
    case CheckStatus::Warning:
        return QCoreApplication::translate("ShortlistHtml", "warning");
    case CheckStatus::Fail:
        return QCoreApplication::translate("ShortlistHtml", "fail");
    case CheckStatus::Unknown:
        return QCoreApplication::translate("ShortlistHtml", "unknown");
    }
    return QCoreApplication::translate("ShortlistHtml", "unknown");
}

QString assumptions(const ShortlistReport &report)
{
    const CostSettings &c = report.costs;
    const QLocale locale;
    QString html = QStringLiteral("<h2>%1</h2>\n<table cellpadding=\"3\">\n")
                       .arg(ShortlistHtml::escape(QCoreApplication::translate(
                           "ShortlistHtml", "Workload and assumptions")));
    html += row(QCoreApplication::translate("ShortlistHtml", "Workload"), report.workloadText());
    html +=
        row(QCoreApplication::translate("ShortlistHtml", "Use case"), useCaseName(report.useCase));
    // Öre are fine for a price per kWh; whole cents would round away up to a tenth of it
    // (1.50 kr is €0.131 at 11.48 SEK/EUR, not €0.13).
    const int kwhDecimals = report.currency() == u"SEK" ? 2 : 3;
    html += row(QCoreApplication::translate("ShortlistHtml", "Electricity price"),
                QCoreApplication::translate("ShortlistHtml", "%1 per kWh")
                    .arg(report.money(c.electricitySekPerKwh, kwhDecimals)));
    html += row(QCoreApplication::translate("ShortlistHtml", "Hours a day"),
                locale.toString(c.hoursPerDay, 'f', 1));
    html += row(QCoreApplication::translate("ShortlistHtml", "Utilisation"),
                locale.toString(c.utilisation * 100, 'f', 0) + u'%');
    html +=
        row(QCoreApplication::translate("ShortlistHtml", "PUE"), locale.toString(c.pue, 'f', 2));
    html += row(QCoreApplication::translate("ShortlistHtml", "Years of ownership"),
                locale.toString(c.years));
    html += row(QCoreApplication::translate("ShortlistHtml", "VAT"),
                c.includeVat ? QCoreApplication::translate("ShortlistHtml", "included, %1%")
                                   .arg(locale.toString(c.vatRate * 100, 'f', 0))
                             : QCoreApplication::translate("ShortlistHtml", "left out"));
    html += row(QCoreApplication::translate("ShortlistHtml", "Resale value after the period"),
                locale.toString(c.resaleFraction * 100, 'f', 0) + u'%');
    html += row(QCoreApplication::translate("ShortlistHtml", "Host per node"),
                QCoreApplication::translate("ShortlistHtml", "%1, %2 W, %3 cards per node")
                    .arg(report.money(c.hostCostSek), locale.toString(c.hostWatts, 'f', 0),
                         locale.toString(c.gpusPerNode)));
    html += row(QCoreApplication::translate("ShortlistHtml", "Exchange rates"),
                QCoreApplication::translate("ShortlistHtml", "%1 SEK per USD, %2 SEK per EUR (%3)")
                    .arg(locale.toString(c.rates.sekPerUsd(), 'f', 2),
                         locale.toString(c.rates.sekPerEur(), 'f', 2), date(c.rates.date())));
    if (report.catalog.version > 0) {
        html += row(QCoreApplication::translate("ShortlistHtml", "Catalog"),
                    QCoreApplication::translate("ShortlistHtml", "version %1 of %2")
                        .arg(report.catalog.version)
                        .arg(date(report.catalog.date)));
    }
    for (const ShortlistRow &r : report.rows) {
        if (!r.gpu)
            continue;
        //: %1 price, %2 its date; the price is a USD price converted when %3 says so
        html +=
            row(QCoreApplication::translate("ShortlistHtml", "Price of %1").arg(r.gpu->name),
                QCoreApplication::translate("ShortlistHtml", "%1 (%2)%3")
                    .arg(report.money(r.unitPriceSek), date(r.gpu->streetPriceDate),
                         r.gpu->streetPriceConverted
                             ? QCoreApplication::translate("ShortlistHtml", ", converted from USD")
                             : QString()));
    }
    return html + QStringLiteral("</table>\n");
}

QString table(const ShortlistReport &report)
{
    QStringList titles = report.columnTitles();
    titles.removeAt(1); // the id
    QString html =
        QStringLiteral("<h2>%1</h2>\n<table border=\"1\" cellspacing=\"0\" "
                       "cellpadding=\"3\">\n<tr>")
            .arg(ShortlistHtml::escape(QCoreApplication::translate("ShortlistHtml", "GPUs")));
    for (const QString &title : titles)
        html += QStringLiteral("<th>%1</th>").arg(ShortlistHtml::escape(title));
    html += QStringLiteral("</tr>\n");
    for (const ShortlistRow &r : report.rows) {
        const QStringList cells{
            QString::number(r.item.position + 1),
            ShortlistHtml::escape(r.displayName()),
            ShortlistHtml::escape(r.quantityText()),
            count(r.count),
            count(r.evaluation.gpusNeeded),
            ShortlistHtml::escape(r.enoughText()),
            ShortlistHtml::escape(Formatting::optionalNumber(r.evaluation.decodeTokensPerS, 1)),
            money(report, r.unitPriceSek),
            money(report, r.purchaseSek),
            money(report, r.electricityPerYearSek),
            money(report, r.tcoSek),
            ShortlistHtml::escape(r.item.note),
        };
        html += QStringLiteral("<tr><td>") + cells.join(QStringLiteral("</td><td>")) +
                QStringLiteral("</td></tr>\n");
    }
    const ShortlistTotals &t = report.totals;
    html += QStringLiteral("<tr><td></td><th align=\"left\">%1</th><td></td><td>%2</td>"
                           "<td></td><td></td><td></td><td></td><td>%3</td><td>%4</td><td>%5</td>"
                           "<td>%6</td></tr>\n")
                .arg(ShortlistHtml::escape(QCoreApplication::translate("ShortlistHtml", "Total")),
                     QLocale().toString(t.cards), money(report, t.purchaseSek),
                     money(report, t.electricityPerYearSek), money(report, t.tcoSek),
                     t.complete ? QString()
                                : ShortlistHtml::escape(QCoreApplication::translate(
                                      "ShortlistHtml", "incomplete: some figures are unknown")));
    return html + QStringLiteral("</table>\n");
}

QString checklists(const ShortlistReport &report)
{
    QString html = QStringLiteral("<h2>%1</h2>\n")
                       .arg(ShortlistHtml::escape(
                           QCoreApplication::translate("ShortlistHtml", "Checklist per GPU (%1)")
                               .arg(useCaseName(report.useCase))));
    for (const ShortlistRow &r : report.rows) {
        html += QStringLiteral("<h3>%1</h3>\n").arg(ShortlistHtml::escape(r.displayName()));
        if (!r.item.note.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>\n").arg(ShortlistHtml::escape(r.item.note));
        if (r.checklist.isEmpty()) {
            html +=
                QStringLiteral("<p>%1</p>\n")
                    .arg(ShortlistHtml::escape(QCoreApplication::translate(
                        "ShortlistHtml", "No checklist: the GPU is no longer in the catalog.")));
            continue;
        }
        html += QStringLiteral("<ul>\n");
        for (const CheckItem &check : r.checklist) {
            html += QStringLiteral("<li><b>%1</b>: %2</li>\n")
                        .arg(ShortlistHtml::escape(statusText(check.status)),
                             ShortlistHtml::escape(check.reason));
        }
        html += QStringLiteral("</ul>\n");
    }
    return html;
}

QString sources(const ShortlistReport &report)
{
    QString html =
        QStringLiteral("<h2>%1</h2>\n<ul>\n")
            .arg(ShortlistHtml::escape(QCoreApplication::translate("ShortlistHtml", "Sources")));
    for (const QString &source : report.sources())
        html += QStringLiteral("<li>%1</li>\n").arg(ShortlistHtml::escape(source));
    return html + QStringLiteral("</ul>\n");
}

} // namespace

namespace ShortlistHtml {

QString escape(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\'', QStringLiteral("&#39;"));
}

QString document(const ShortlistReport &report, const QStringList &imageUrls)
{
    //: Title of a shortlist report; %1 is the shortlist's name
    const QString title =
        QCoreApplication::translate("ShortlistHtml", "Shortlist: %1").arg(report.list.name);
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<title>%2</title>\n<style>\n"
                       "body { font-family: sans-serif; }\n"
                       "table { border-collapse: collapse; }\n"
                       "th, td { text-align: left; vertical-align: top; }\n"
                       "</style>\n</head>\n<body>\n<h1>%2</h1>\n")
            .arg(escape(QLocale().name().section(u'_', 0, 0)), escape(title));
    html +=
        QStringLiteral("<p>%1</p>\n")
            .arg(escape(QCoreApplication::translate("ShortlistHtml", "Made by GPU Advisor on %1")
                            .arg(QLocale().toString(report.generated.toLocalTime(),
                                                    QLocale::ShortFormat))));
    html += table(report);
    for (const QString &url : imageUrls)
        html += QStringLiteral("<p><img src=\"%1\"></p>\n").arg(escape(url));
    html += assumptions(report);
    html += checklists(report);
    html += sources(report);
    return html + QStringLiteral("</body>\n</html>\n");
}

} // namespace ShortlistHtml
