#include "ShortlistExporter.h"
#include "ShortlistHtml.h"
#include "ShortlistJsonReader.h"
#include "ShortlistReport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The exporters against a QBuffer with a small hand-made report, so every figure is known.
class TestShortlistExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void csvSwedishSemicolonLocaleNumbers();
    void csvCommaPlainNumbers();
    void csvNeutralisesFormulas_data();
    void csvNeutralisesFormulas();
    void defaultSeparatorFollowsLocale();
    void jsonFollowsSchema();
    void htmlEscapesText();
    void markdownEscapesText();
    void everyFormatInDisplayCurrency();
    void saveFileIsAtomic();

private:
    static ShortlistReport smallReport();
    static QByteArray write(const std::function<Status(QIODevice &)> &writer);
};

// Tests read English source strings; the Swedish locale only changes the numbers.
void TestShortlistExporter::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

ShortlistReport TestShortlistExporter::smallReport()
{
    ShortlistReport report;
    report.list.name = QStringLiteral("Lab <2025>");
    report.generated = QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
    report.workload.model.id = QStringLiteral("tiny-7b");
    report.workload.model.name = QStringLiteral("Tiny 7B");

    ShortlistRow first;
    first.item.position = 0;
    first.item.gpuId = QStringLiteral("alpha-24");
    first.item.quantity = 2;
    first.item.note = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");
    GpuSpec gpu;
    gpu.id = first.item.gpuId;
    gpu.name = QStringLiteral("<b>\"A&B\"</b>");
    gpu.streetPriceDate = QDate(2025, 1, 15);
    gpu.sources = {QStringLiteral("https://example.invalid/alpha")};
    first.gpu = gpu;
    first.evaluation.gpusNeeded = 1;
    first.evaluation.fitsOnOne = true;
    first.evaluation.decodeTokensPerS = 42.5;
    first.count = 2;
    first.enough = true;
    first.unitPriceSek = 20000;
    first.purchaseSek = 40000;
    first.electricityPerYearSek = 5256;
    first.tcoSek = 60000;
    first.checklist = {
        CheckItem{QStringLiteral("vram"), CheckStatus::Pass, QStringLiteral("24 GB <= enough")}};

    ShortlistRow second;
    second.item.position = 1;
    second.item.gpuId = QStringLiteral("gone-1");
    second.countFromWorkload = true;

    report.rows = {first, second};
    report.totals.cards = 2;
    report.totals.purchaseSek = 40000;
    report.totals.electricityPerYearSek = 5256;
    report.totals.tcoSek = 60000;
    report.totals.complete = false;
    return report;
}

QByteArray TestShortlistExporter::write(const std::function<Status(QIODevice &)> &writer)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status status = writer(buffer);
    if (!status)
        qWarning() << status.error().toString();
    return status ? buffer.data() : QByteArray("failed");
}

void TestShortlistExporter::csvSwedishSemicolonLocaleNumbers()
{
    ShortlistExporter::CsvOptions options;
    options.separator = u';';
    options.localeNumbers = true;
    options.locale = QLocale(QLocale::Swedish, QLocale::Sweden);
    const QByteArray csv =
        write([&](QIODevice &d) { return ShortlistExporter::writeCsv(smallReport(), d, options); });
    const QByteArray expected =
        "#;GPU id;GPU;Quantity;Cards;GPUs needed;Holds the workload;Tokens/s;Unit price (SEK);"
        "Purchase (SEK);Electricity per year (SEK);TCO 3 years (SEK);Note\r\n"
        "1;alpha-24;\"<b>\"\"A&B\"\"</b>\";2;2;1;yes;42,5;20000;40000;5256;60000;"
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n"
        "2;gone-1;gone-1 (missing from the catalog);as needed;;;missing;;;;;;\r\n"
        ";;Total;;2;;;;;40000;5256;60000;incomplete: some figures are unknown\r\n";
    QCOMPARE(csv, expected);
}

void TestShortlistExporter::csvCommaPlainNumbers()
{
    ShortlistExporter::CsvOptions options;
    options.separator = u',';
    options.localeNumbers = false;
    options.locale = QLocale(QLocale::Swedish, QLocale::Sweden); // ignored: plain numbers
    const QByteArray csv =
        write([&](QIODevice &d) { return ShortlistExporter::writeCsv(smallReport(), d, options); });
    const QByteArray expected =
        "#,GPU id,GPU,Quantity,Cards,GPUs needed,Holds the workload,Tokens/s,Unit price (SEK),"
        "Purchase (SEK),Electricity per year (SEK),TCO 3 years (SEK),Note\r\n"
        "1,alpha-24,\"<b>\"\"A&B\"\"</b>\",2,2,1,yes,42.5,20000,40000,5256,60000,"
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n"
        "2,gone-1,gone-1 (missing from the catalog),as needed,,,missing,,,,,,\r\n"
        ",,Total,,2,,,,,40000,5256,60000,incomplete: some figures are unknown\r\n";
    QCOMPARE(csv, expected);
}

void TestShortlistExporter::csvNeutralisesFormulas_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    // OWASP "CSV Injection": = + - @ tab and carriage return start a formula.
    QTest::newRow("equals") << "=HYPERLINK(\"http://x\")"
                            << "'=HYPERLINK(\"http://x\")";
    QTest::newRow("plus") << "+1+1"
                          << "'+1+1";
    QTest::newRow("minus") << "-2+3"
                           << "'-2+3";
    QTest::newRow("at") << "@SUM(A1)"
                        << "'@SUM(A1)";
    QTest::newRow("tab") << "\t=1"
                         << "'\t=1";
    QTest::newRow("plain") << "RTX 4090"
                           << "RTX 4090";
    QTest::newRow("inner equals") << "a=b"
                                  << "a=b";
    QTest::newRow("empty") << ""
                           << "";
}

void TestShortlistExporter::csvNeutralisesFormulas()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(ShortlistExporter::neutraliseCsvCell(cell), expected);
}

void TestShortlistExporter::defaultSeparatorFollowsLocale()
{
    QCOMPARE(
        ShortlistExporter::defaultCsvOptions(QLocale(QLocale::Swedish, QLocale::Sweden)).separator,
        QChar(u';'));
    QCOMPARE(ShortlistExporter::defaultCsvOptions(QLocale(QLocale::English, QLocale::UnitedKingdom))
                 .separator,
             QChar(u','));
}

void TestShortlistExporter::jsonFollowsSchema()
{
    const QByteArray bytes =
        write([&](QIODevice &d) { return ShortlistExporter::writeJson(smallReport(), d); });
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.keys(),
             (QStringList{"assumptions", "catalog_version", "generated", "items", "name", "schema",
                          "schema_version", "sources", "totals", "workload"}));
    QCOMPARE(root.value("schema").toString(), QStringLiteral("gpu-advisor.shortlist"));
    QCOMPARE(root.value("schema_version").toInt(), 1);
    QCOMPARE(root.value("generated").toString(), QStringLiteral("2025-03-01T12:00:00Z"));
    QCOMPARE(root.value("name").toString(), QStringLiteral("Lab <2025>"));
    QCOMPARE(root.value("workload").toObject().value("model_id").toString(),
             QStringLiteral("tiny-7b"));
    QCOMPARE(root.value("workload").toObject().value("workload").toString(),
             QStringLiteral("inference"));
    const QJsonObject assumptions = root.value("assumptions").toObject();
    QCOMPARE(assumptions.value("currency").toString(), QStringLiteral("SEK"));
    QCOMPARE(assumptions.value("electricity_sek_per_kwh").toDouble(), 1.5);
    QCOMPARE(assumptions.value("years").toInt(), 3);

    const QJsonArray items = root.value("items").toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject first = items.at(0).toObject();
    QCOMPARE(
        first.keys(),
        (QStringList{"checklist", "count", "count_from_workload", "decode_tokens_per_s",
                     "electricity_sek_per_year", "fits_on_one", "gpu_id", "gpu_name", "gpus_needed",
                     "holds_workload", "missing", "note", "position", "purchase_sek", "quantity",
                     "street_price_date", "tco_sek", "unit_price_sek"}));
    QCOMPARE(first.value("position").toInt(), 1);
    QCOMPARE(first.value("gpu_name").toString(), QStringLiteral("<b>\"A&B\"</b>"));
    QCOMPARE(first.value("quantity").toInt(), 2);
    QCOMPARE(first.value("decode_tokens_per_s").toDouble(), 42.5);
    QCOMPARE(first.value("purchase_sek").toDouble(), 40000.0);
    QCOMPARE(first.value("street_price_date").toString(), QStringLiteral("2025-01-15"));
    // JSON keeps the note as it is: neutralising is for spreadsheets only.
    QCOMPARE(first.value("note").toString(), QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"));
    QCOMPARE(first.value("checklist").toArray().at(0).toObject().value("status").toString(),
             QStringLiteral("pass"));

    const QJsonObject missing = items.at(1).toObject();
    QCOMPARE(missing.value("missing").toBool(), true);
    QVERIFY(missing.value("gpu_name").isNull());
    QVERIFY(missing.value("quantity").isNull());
    QVERIFY(missing.value("tco_sek").isNull());
    QCOMPARE(missing.value("count_from_workload").toBool(), true);

    const QJsonObject totals = root.value("totals").toObject();
    QCOMPARE(totals.value("cards").toInt(), 2);
    QCOMPARE(totals.value("tco_sek").toDouble(), 60000.0);
    QCOMPARE(totals.value("complete").toBool(), false);
    QVERIFY(root.value("sources").toArray().contains(
        QJsonValue(QStringLiteral("https://example.invalid/alpha"))));
}

void TestShortlistExporter::htmlEscapesText()
{
    const QString html = QString::fromUtf8(
        write([&](QIODevice &d) { return ShortlistExporter::writeHtml(smallReport(), d); }));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<b>\"A&B\"</b>")));
    QVERIFY(html.contains(QStringLiteral("Lab &lt;2025&gt;")));
    QVERIFY(html.contains(QStringLiteral("24 GB &lt;= enough")));
    QVERIFY(html.contains(QStringLiteral("gone-1 (missing from the catalog)")));
    // Self-contained: nothing loaded from elsewhere, no scripts.
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(QStringLiteral("<link")));
    QVERIFY(!html.contains(QStringLiteral("src=")));
    QCOMPARE(ShortlistHtml::escape(QStringLiteral("'<>&\"")),
             QStringLiteral("&#39;&lt;&gt;&amp;&quot;"));
}

void TestShortlistExporter::markdownEscapesText()
{
    const QString md = QString::fromUtf8(
        write([&](QIODevice &d) { return ShortlistExporter::writeMarkdown(smallReport(), d); }));
    QVERIFY(md.startsWith(QStringLiteral("# Shortlist: Lab \\<2025\\>\n")));
    QVERIFY(
        md.contains(QStringLiteral("| 1 | \\<b\\>\"A&amp;B\"\\</b\\> | 2 | 2 | 1 | yes | 42.5 |")));
    QVERIFY(!md.contains(QStringLiteral("<b>")));
    QCOMPARE(ShortlistExporter::escapeMarkdown(QStringLiteral("a|b\n*c*")),
             QStringLiteral("a\\|b \\*c\\*"));
}

void TestShortlistExporter::everyFormatInDisplayCurrency()
{
    // 20 000 kr a card at 10 SEK per EUR: 2 000 EUR.
    ShortlistReport report = smallReport();
    report.costs.displayCurrency = Currency::Eur;
    report.costs.rates.setSekPerEur(10.0);
    report.costs.hostCostSek = 5000;
    QCOMPARE(report.currency(), QStringLiteral("EUR"));
    QCOMPARE(report.money(20000.0), QStringLiteral("€2,000"));
    QCOMPARE(report.money(std::nullopt), QStringLiteral("unknown"));

    const QByteArray csv = write([&](QIODevice &d) {
        return ShortlistExporter::writeCsv(report, d, ShortlistExporter::defaultCsvOptions());
    });
    QVERIFY2(csv.contains("Unit price (EUR),Purchase (EUR),Electricity per year (EUR),"
                          "TCO 3 years (EUR),Note\r\n"),
             csv.constData());
    QVERIFY2(csv.contains(",42.5,2000,4000,526,6000,"), csv.constData());
    QVERIFY2(csv.contains(",Total,,2,,,,,4000,526,6000,"), csv.constData());
    QVERIFY(!csv.contains("SEK"));

    const QByteArray json =
        write([&](QIODevice &d) { return ShortlistExporter::writeJson(report, d); });
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject assumptions = root.value("assumptions").toObject();
    QCOMPARE(assumptions.value("currency").toString(), QStringLiteral("EUR"));
    QCOMPARE(assumptions.value("electricity_eur_per_kwh").toDouble(), 0.15);
    QCOMPARE(assumptions.value("host_cost_eur").toDouble(), 500.0);
    QCOMPARE(assumptions.value("sek_per_eur").toDouble(), 10.0); // to convert back
    const QJsonObject first = root.value("items").toArray().at(0).toObject();
    QCOMPARE(first.value("unit_price_eur").toDouble(), 2000.0);
    QCOMPARE(first.value("purchase_eur").toDouble(), 4000.0);
    QCOMPARE(first.value("electricity_eur_per_year").toDouble(), 525.6);
    QCOMPARE(first.value("tco_eur").toDouble(), 6000.0);
    QVERIFY(root.value("items").toArray().at(1).toObject().value("tco_eur").isNull());
    const QJsonObject totals = root.value("totals").toObject();
    QCOMPARE(totals.value("purchase_eur").toDouble(), 4000.0);
    QCOMPARE(totals.value("tco_eur").toDouble(), 6000.0);
    QVERIFY2(!json.contains("_sek\""), json.constData()); // only the exchange rates name SEK
    QVERIFY(json.contains("\"sek_per_eur\""));

    // The import reads the list back from it: name and items, the figures left aside.
    const ParsedShortlist parsed = ShortlistJsonReader::read(json, QStringLiteral("eur.json"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.list.name, QStringLiteral("Lab <2025>"));
    QCOMPARE(parsed.list.items.size(), 2);
    QCOMPARE(parsed.list.items.at(0).gpuId, QStringLiteral("alpha-24"));
    QCOMPARE(parsed.list.items.at(0).quantity, std::optional<int>(2));
    QCOMPARE(parsed.list.items.at(1).quantity, std::nullopt);

    const QString md = QString::fromUtf8(
        write([&](QIODevice &d) { return ShortlistExporter::writeMarkdown(report, d); }));
    QVERIFY2(md.contains(QStringLiteral("| €2,000 | €4,000 | €526 | €6,000 |")), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("Purchase (EUR)")), qPrintable(md));
    const QString html = QString::fromUtf8(
        write([&](QIODevice &d) { return ShortlistExporter::writeHtml(report, d); }));
    QVERIFY2(html.contains(QStringLiteral("<td>€2,000</td><td>€4,000</td>")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("<th>TCO 3 years (EUR)</th>")));
    QVERIFY2(html.contains(QStringLiteral("€0.150 per kWh")),
             qPrintable(html)); // not rounded to €0.15
    QVERIFY(html.contains(QStringLiteral("€500, 0 W")));
    QVERIFY(!html.contains(QStringLiteral("SEK\u00a0")));
}

void TestShortlistExporter::saveFileIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    QVERIFY(ShortlistExporter::saveFile(path, [](QIODevice &d) {
                d.write("first");
                return Status(Done{});
            }).ok());
    // A writer that fails leaves the old file as it was.
    const Status failed = ShortlistExporter::saveFile(path, [](QIODevice &d) {
        d.write("partial");
        return Status(Error{QStringLiteral("boom"), {}, 0, {}});
    });
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().file, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("first"));
    QVERIFY(!ShortlistExporter::saveFile(dir.filePath(QStringLiteral("no/such/dir/x.csv")),
                                         [](QIODevice &) { return Status(Done{}); })
                 .ok());
}

QTEST_GUILESS_MAIN(TestShortlistExporter)
#include "tst_shortlistexporter.moc"
