#include "ShortlistExporter.h"

#include "Csv.h"
#include "Formatting.h"
#include "ShortlistHtml.h"
#include "ShortlistReport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace {

Status writeAll(QIODevice &device, const QByteArray &bytes)
{
    if (device.write(bytes) != bytes.size())
        return Error{QCoreApplication::translate("ShortlistExporter", "cannot write: %1")
                         .arg(device.errorString()),
                     {},
                     0,
                     {}};
    return Done{};
}

QJsonValue jsonNumber(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonInt(std::optional<int> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// Numbers for CSV: the locale's decimal sign without thousands separators, or plain C.
class CsvNumbers
{
public:
    explicit CsvNumbers(const ShortlistExporter::CsvOptions &options)
        : m_locale(options.localeNumbers ? options.locale : QLocale::c())
    {
        m_locale.setNumberOptions(QLocale::OmitGroupSeparator);
    }
    QString operator()(std::optional<double> value, int decimals) const
    {
        return value ? m_locale.toString(*value, 'f', decimals) : QString();
    }
    QString operator()(std::optional<int> value) const
    {
        return value ? m_locale.toString(*value) : QString();
    }

private:
    QLocale m_locale;
};

// Money in JSON: the amount in SEK in the report's currency, to the cent; null when unknown.
QJsonValue jsonMoney(const ShortlistReport &report, std::optional<double> sek, int decimals = 2)
{
    if (!sek)
        return QJsonValue(QJsonValue::Null);
    const double scale = std::pow(10.0, decimals);
    return std::round(report.fromSek(*sek) * scale) / scale;
}

// A JSON key of money, naming the report's currency: "purchase_%1" gives "purchase_eur".
QString moneyKey(const ShortlistReport &report, const char *pattern)
{
    return QString::fromLatin1(pattern).arg(report.currency().toLower());
}

} // namespace

namespace ShortlistExporter {

CsvOptions defaultCsvOptions(const QLocale &locale)
{
    CsvOptions options;
    options.locale = locale;
    options.localeNumbers = true;
    options.separator = locale.decimalPoint() == u"," ? QChar(u';') : QChar(u',');
    return options;
}

std::optional<ShortlistFormat> formatFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"csv")
        return ShortlistFormat::Csv;
    if (k == u"json")
        return ShortlistFormat::Json;
    if (k == u"html" || k == u"htm")
        return ShortlistFormat::Html;
    if (k == u"md" || k == u"markdown")
        return ShortlistFormat::Markdown;
    if (k == u"pdf")
        return ShortlistFormat::Pdf;
    return std::nullopt;
}

QString formatKey(ShortlistFormat format)
{
    switch (format) {
    case ShortlistFormat::Csv:
        return QStringLiteral("csv");
    case ShortlistFormat::Json:
        return QStringLiteral("json");
    case ShortlistFormat::Html:
        return QStringLiteral("html");
    case ShortlistFormat::Markdown:
        return QStringLiteral("md");
    case ShortlistFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return QStringLiteral("csv");
}

QString neutraliseCsvCell(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
        first == u'\r')
        return QLatin1Char('\'') + text;
    return text;
}

QString escapeMarkdown(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '|':
        case '~':
        case '#':
        case '!':
            out += QLatin1Char('\\');
            out += c;
            break;
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '\r':
            break;
        case '\n':
            out += QLatin1Char(' ');
            break;
        default:
            out += c;
        }
    }
    return out;
}

Status writeCsv(const ShortlistReport &report, QIODevice &device, const CsvOptions &options)
{
    const CsvNumbers number(options);
    const QChar sep = options.separator;
    QString text = Csv::line(report.columnTitles(), sep);
    const auto money = [&](std::optional<double> sek) {
        return number(report.fromSek(sek), 0);
    };
    for (const ShortlistRow &row : report.rows) {
        text +=
            Csv::line({QString::number(row.item.position + 1), neutraliseCsvCell(row.item.gpuId),
                       neutraliseCsvCell(row.displayName()), row.quantityText(), number(row.count),
                       number(row.evaluation.gpusNeeded), row.enoughText(),
                       number(row.evaluation.decodeTokensPerS, 1), money(row.unitPriceSek),
                       money(row.purchaseSek), money(row.electricityPerYearSek), money(row.tcoSek),
                       neutraliseCsvCell(row.item.note)},
                      sep);
    }
    const ShortlistTotals &t = report.totals;
    text +=
        Csv::line({QString(), QString(),
                   //: The totals row of a shortlist
                   QCoreApplication::translate("ShortlistExporter", "Total"), QString(),
                   number(std::optional<int>(t.cards)), QString(), QString(), QString(), QString(),
                   money(t.purchaseSek), money(t.electricityPerYearSek), money(t.tcoSek),
                   t.complete ? QString()
                              : QCoreApplication::translate(
                                    "ShortlistExporter", "incomplete: some figures are unknown")},
                  sep);
    return writeAll(device, text.toUtf8());
}

Status writeJson(const ShortlistReport &report, QIODevice &device)
{
    const CostSettings &c = report.costs;
    QJsonObject assumptions{
        {QStringLiteral("currency"), report.currency()},
        {moneyKey(report, "electricity_%1_per_kwh"), jsonMoney(report, c.electricitySekPerKwh, 4)},
        {QStringLiteral("hours_per_day"), c.hoursPerDay},
        {QStringLiteral("utilisation"), c.utilisation},
        {QStringLiteral("pue"), c.pue},
        {QStringLiteral("years"), c.years},
        {QStringLiteral("include_vat"), c.includeVat},
        {QStringLiteral("vat_rate"), c.vatRate},
        {QStringLiteral("resale_fraction"), c.resaleFraction},
        {moneyKey(report, "host_cost_%1"), jsonMoney(report, c.hostCostSek)},
        {QStringLiteral("host_watts"), c.hostWatts},
        {QStringLiteral("gpus_per_node"), c.gpusPerNode},
        {QStringLiteral("sek_per_usd"), c.rates.sekPerUsd()},
        {QStringLiteral("sek_per_eur"), c.rates.sekPerEur()},
        {QStringLiteral("exchange_rate_date"), jsonDate(c.rates.date())},
    };
    const EstimateRequest &w = report.workload;
    QJsonObject workload{
        {QStringLiteral("model_id"), w.model.id},
        {QStringLiteral("model_name"), w.model.name},
        {QStringLiteral("workload"), EstimateKeys::workloadKey(w.workload)},
        {QStringLiteral("use_case"), useCaseKey(report.useCase)},
        {QStringLiteral("precision"), WeightFormats::key(w.format)},
        {QStringLiteral("kv_cache"), EstimateKeys::kvCacheKey(w.kvCache)},
        {QStringLiteral("context"), w.context},
        {QStringLiteral("batch"), w.batch},
        {QStringLiteral("engine"), EstimateKeys::engineKey(w.engine)},
    };
    QJsonArray items;
    for (const ShortlistRow &row : report.rows) {
        QJsonArray checklist;
        for (const CheckItem &check : row.checklist) {
            checklist.append(
                QJsonObject{{QStringLiteral("key"), check.key},
                            {QStringLiteral("status"), CheckItem::statusKey(check.status)},
                            {QStringLiteral("reason"), check.reason}});
        }
        QJsonObject item{
            {QStringLiteral("position"), row.item.position + 1},
            {QStringLiteral("gpu_id"), row.item.gpuId},
            {QStringLiteral("gpu_name"),
             row.gpu ? QJsonValue(row.gpu->name) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("missing"), !row.gpu},
            {QStringLiteral("quantity"), jsonInt(row.item.quantity)},
            {QStringLiteral("count"), jsonInt(row.count)},
            {QStringLiteral("count_from_workload"), row.countFromWorkload},
            {QStringLiteral("gpus_needed"), jsonInt(row.evaluation.gpusNeeded)},
            {QStringLiteral("fits_on_one"), row.evaluation.fitsOnOne && row.gpu
                                                ? QJsonValue(*row.evaluation.fitsOnOne)
                                                : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("holds_workload"), row.enough},
            {QStringLiteral("decode_tokens_per_s"), jsonNumber(row.evaluation.decodeTokensPerS)},
            {moneyKey(report, "unit_price_%1"), jsonMoney(report, row.unitPriceSek)},
            {QStringLiteral("street_price_date"),
             row.gpu ? jsonDate(row.gpu->streetPriceDate) : QJsonValue(QJsonValue::Null)},
            {moneyKey(report, "purchase_%1"), jsonMoney(report, row.purchaseSek)},
            {moneyKey(report, "electricity_%1_per_year"),
             jsonMoney(report, row.electricityPerYearSek)},
            {moneyKey(report, "tco_%1"), jsonMoney(report, row.tcoSek)},
            {QStringLiteral("note"), row.item.note},
            {QStringLiteral("checklist"), checklist},
        };
        items.append(item);
    }
    const ShortlistTotals &t = report.totals;
    QJsonObject totals{
        {QStringLiteral("cards"), t.cards},
        {moneyKey(report, "purchase_%1"), jsonMoney(report, t.purchaseSek)},
        {moneyKey(report, "electricity_%1_per_year"), jsonMoney(report, t.electricityPerYearSek)},
        {moneyKey(report, "tco_%1"), jsonMoney(report, t.tcoSek)},
        {QStringLiteral("complete"), t.complete},
    };
    QJsonObject root{
        {QStringLiteral("schema"), QStringLiteral("gpu-advisor.shortlist")},
        {QStringLiteral("schema_version"), kJsonSchemaVersion},
        {QStringLiteral("generated"), report.generated.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("name"), report.list.name},
        {QStringLiteral("catalog_version"), report.catalog.version},
        {QStringLiteral("workload"), workload},
        {QStringLiteral("assumptions"), assumptions},
        {QStringLiteral("items"), items},
        {QStringLiteral("totals"), totals},
        {QStringLiteral("sources"), QJsonArray::fromStringList(report.sources())},
    };
    return writeAll(device, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

Status writeHtml(const ShortlistReport &report, QIODevice &device)
{
    return writeAll(device, ShortlistHtml::document(report).toUtf8());
}

Status writeMarkdown(const ShortlistReport &report, QIODevice &device)
{
    QString text;
    //: Title of an exported shortlist; %1 is its name
    text +=
        QStringLiteral("# %1\n\n")
            .arg(escapeMarkdown(QCoreApplication::translate("ShortlistExporter", "Shortlist: %1")
                                    .arg(report.list.name)));
    text += escapeMarkdown(QCoreApplication::translate("ShortlistExporter", "Date: %1")
                               .arg(report.generated.toUTC().date().toString(Qt::ISODate))) +
            QStringLiteral("  \n");
    text += escapeMarkdown(QCoreApplication::translate("ShortlistExporter", "Workload: %1")
                               .arg(report.workloadText())) +
            QStringLiteral("\n\n");

    QStringList titles = report.columnTitles();
    titles.removeAt(1); // the id: the name is enough for people
    for (QString &title : titles)
        title = escapeMarkdown(title);
    text += QStringLiteral("| ") + titles.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    text += QStringLiteral("|") +
            QStringList(titles.size(), QStringLiteral("---")).join(QStringLiteral("|")) +
            QStringLiteral("|\n");
    auto count = [](std::optional<int> v) {
        return v ? QLocale().toString(*v) : Formatting::unknown();
    };
    for (const ShortlistRow &row : report.rows) {
        const QStringList cells{
            QString::number(row.item.position + 1),
            escapeMarkdown(row.displayName()),
            escapeMarkdown(row.quantityText()),
            count(row.count),
            count(row.evaluation.gpusNeeded),
            escapeMarkdown(row.enoughText()),
            Formatting::optionalNumber(row.evaluation.decodeTokensPerS, 1),
            report.money(row.unitPriceSek),
            report.money(row.purchaseSek),
            report.money(row.electricityPerYearSek),
            report.money(row.tcoSek),
            escapeMarkdown(row.item.note),
        };
        text += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    const ShortlistTotals &t = report.totals;
    const QStringList totals{
        QString(),
        QStringLiteral("**%1**").arg(QCoreApplication::translate("ShortlistExporter", "Total")),
        QString(),
        QLocale().toString(t.cards),
        QString(),
        QString(),
        QString(),
        QString(),
        report.money(t.purchaseSek),
        report.money(t.electricityPerYearSek),
        report.money(t.tcoSek),
        t.complete ? QString()
                   : escapeMarkdown(QCoreApplication::translate(
                         "ShortlistExporter", "incomplete: some figures are unknown")),
    };
    text += QStringLiteral("| ") + totals.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    return writeAll(device, text.toUtf8());
}

Status saveFile(const QString &path, const std::function<Status(QIODevice &)> &write)
{
    const auto failed = [&path](const QString &reason) {
        return Error{QCoreApplication::translate("ShortlistExporter", "cannot write the file: %1")
                         .arg(reason),
                     path,
                     0,
                     {}};
    };
    // Everything is made in memory first and handed to the file in one write whose count is
    // checked. Many small writes (QPdfWriter makes them) go through QFileDevice's buffer, which
    // can lose the error of a short write when the disk fills up; the file was then committed
    // cut short over the old one.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (const Status written = write(buffer); !written) {
        Error error = written.error();
        error.file = path;
        return error;
    }
    const QByteArray &bytes = buffer.data();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    const qint64 count = file.write(bytes);
    if (count != bytes.size() || !file.flush()) {
        const QString reason =
            file.error() != QFileDevice::NoError
                ? file.errorString()
                //: %1 and %2 are byte counts; the disk is full or a file size limit was reached
                : QCoreApplication::translate("ShortlistExporter",
                                              "only %1 of %2 bytes could be written")
                      .arg(std::max<qint64>(count, 0))
                      .arg(bytes.size());
        file.cancelWriting();
        return failed(reason);
    }
    if (!file.commit())
        return failed(file.errorString());
    return Done{};
}

} // namespace ShortlistExporter
