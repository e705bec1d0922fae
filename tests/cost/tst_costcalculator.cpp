#include "BundledCatalog.h"
#include "CostCalculator.h"
#include "GpuSpec.h"

#include <QTest>

// TCO, electricity, currency, VAT, cloud rental and API cost. Expected figures are worked by hand
// from the formulas in estimation-methods.md §6 and the source article; the row names say where
// each comes from.
class TestCostCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void electricity_data();
    void electricity();
    void tcoPerYearAndCumulative();
    void vatAndHost();
    void purchasePrice_data();
    void purchasePrice();
    void currencyConversion_data();
    void currencyConversion();
    void cloudAndApi();
    void costPerMillionTokens();
    void unknownPriceOrPowerIsAnError();

private:
    GpuSpec gpu(const QString &id) const;
    CatalogData m_catalog;
};

void TestCostCalculator::initTestCase()
{
    const auto loaded = BundledCatalog::load();
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
    m_catalog = *loaded;
}

GpuSpec TestCostCalculator::gpu(const QString &id) const
{
    for (const GpuSpec &g : m_catalog.gpus) {
        if (g.id == id)
            return g;
    }
    qFatal("GPU %s not in the bundled catalog", qPrintable(id));
}

void TestCostCalculator::electricity_data()
{
    QTest::addColumn<double>("watts");
    QTest::addColumn<double>("hoursPerDay");
    QTest::addColumn<double>("utilisation");
    QTest::addColumn<double>("pue");
    QTest::addColumn<double>("sekPerKwh");
    QTest::addColumn<double>("expectedSekPerYear");

    QTest::newRow("article: 400 W all year at 1.50 kr/kWh = 5 256 kr")
        << 400.0 << 24.0 << 1.0 << 1.0 << 1.50 << 5256.0;
    QTest::newRow("RTX 4090 450 W all year at 1.50 = 0.45 x 8760 x 1.5")
        << 450.0 << 24.0 << 1.0 << 1.0 << 1.50 << 5913.0;
    QTest::newRow("H100 SXM 700 W all year at 1.50 = 0.7 x 8760 x 1.5")
        << 700.0 << 24.0 << 1.0 << 1.0 << 1.50 << 9198.0;
    QTest::newRow("article's card, PUE 1.5 (§6.1 industry) = 5256 x 1.5")
        << 400.0 << 24.0 << 1.0 << 1.5 << 1.50 << 7884.0;
    QTest::newRow("article's card 8 h/day at 50 % = 0.4 x 1460 x 1.5")
        << 400.0 << 8.0 << 0.5 << 1.0 << 1.50 << 876.0;
}

void TestCostCalculator::electricity()
{
    QFETCH(double, watts);
    QFETCH(double, hoursPerDay);
    QFETCH(double, utilisation);
    QFETCH(double, pue);
    QFETCH(double, sekPerKwh);
    QFETCH(double, expectedSekPerYear);

    CostSettings s;
    s.hoursPerDay = hoursPerDay;
    s.utilisation = utilisation;
    s.pue = pue;
    s.electricitySekPerKwh = sekPerKwh;
    const CostCalculator calc(s);
    QCOMPARE(calc.yearlyElectricityCost(watts), expectedSekPerYear);

    // The same through a whole TCO with the power given as an override.
    const auto tco = calc.tco(gpu(QStringLiteral("nvidia-rtx-4090")), 1, watts);
    QVERIFY(tco.ok());
    QCOMPARE(tco->electricityPerYearSek, expectedSekPerYear);
}

void TestCostCalculator::tcoPerYearAndCumulative()
{
    // RTX 4090 at the catalog's 20 000 kr (the article's "ca 20 000 kr"), 450 W, defaults:
    // 3 years, 30 % resale, all year at 1.50 kr/kWh.
    const CostCalculator calc;
    const auto tco = calc.tco(gpu(QStringLiteral("nvidia-rtx-4090")), 1);
    QVERIFY(tco.ok());
    QCOMPARE(tco->purchaseSek, 20000.0);
    QCOMPARE(tco->electricityPerYearSek, 5913.0);
    QCOMPARE(tco->resaleSek, 6000.0);
    QCOMPARE(tco->years.size(), 3);
    QCOMPARE(tco->years.at(0).cumulativeSek, 25913.0);
    QCOMPARE(tco->years.at(1).cumulativeSek, 31826.0);
    QCOMPARE(tco->years.at(2).resaleSek, 6000.0);
    QCOMPARE(tco->years.at(2).cumulativeSek, 31739.0);
    QCOMPARE(tco->totalSek, 31739.0);
    QCOMPARE(tco->capitalNetSek(), 14000.0);

    // The summary the GPU table uses: the same figures without the year rows.
    const auto summary = calc.tcoSummary(gpu(QStringLiteral("nvidia-rtx-4090")), 1);
    QVERIFY(summary);
    QCOMPARE(summary->purchaseSek, 20000.0);
    QCOMPARE(summary->electricityPerYearSek, 5913.0);
    QCOMPARE(summary->totalSek, 31739.0);
    QVERIFY(summary->years.isEmpty());
    GpuSpec unknownPower = gpu(QStringLiteral("nvidia-rtx-4090"));
    unknownPower.powerWatts.reset();
    QVERIFY(!calc.tcoSummary(unknownPower, 1));
    QVERIFY(!calc.tco(unknownPower, 1).ok());
    QVERIFY(calc.tco(unknownPower, 1).error().message.contains(u"power"));
    GpuSpec unknownPrice = gpu(QStringLiteral("nvidia-rtx-4090"));
    unknownPrice.streetPriceSek.reset();
    unknownPrice.launchPriceUsd.reset();
    QVERIFY(!calc.tcoSummary(unknownPrice, 1));
    QVERIFY(calc.tco(unknownPrice, 1).error().message.contains(u"price"));
    QVERIFY(calc.tco(unknownPrice, 1, std::nullopt, 15000.0).ok());
}

void TestCostCalculator::vatAndHost()
{
    // A company deducts the 25 % VAT: 20 000 / 1.25 = 16 000 kr; two cards and a 15 000 kr host
    // (with VAT; 12 000 without) drawing 200 W.
    CostSettings s;
    s.includeVat = false;
    s.hostCostSek = 15000;
    s.hostWatts = 200;
    const CostCalculator calc(s);
    const auto tco = calc.tco(gpu(QStringLiteral("nvidia-rtx-4090")), 2);
    QVERIFY(tco.ok());
    QCOMPARE(tco->cardPriceSek, 16000.0);
    QCOMPARE(tco->nodes, 1);
    QCOMPARE(tco->hostSek, 12000.0);
    QCOMPARE(tco->purchaseSek, 44000.0);
    // (2 x 450 + 200) W x 8760 h x 1.50 kr/kWh
    QCOMPARE(tco->electricityPerYearSek, 1.1 * 8760 * 1.5);

    // Nine cards need two 8-card hosts.
    const auto nine = calc.tco(gpu(QStringLiteral("nvidia-rtx-4090")), 9);
    QVERIFY(nine.ok());
    QCOMPARE(nine->nodes, 2);

    // The purchase alone is the TCO's purchase, and needs no power figure.
    QCOMPARE(calc.purchaseSek(gpu(QStringLiteral("nvidia-rtx-4090")), 2).value_or(-1), 44000.0);
    QCOMPARE(calc.purchaseSek(gpu(QStringLiteral("nvidia-rtx-4090")), 9).value_or(-1),
             nine->purchaseSek);
    GpuSpec unknownPower = gpu(QStringLiteral("nvidia-rtx-4090"));
    unknownPower.powerWatts.reset();
    QCOMPARE(calc.purchaseSek(unknownPower, 9).value_or(-1), 9 * 16000.0 + 2 * 12000.0);
    GpuSpec unknownPrice = gpu(QStringLiteral("nvidia-rtx-4090"));
    unknownPrice.streetPriceSek.reset();
    unknownPrice.launchPriceUsd.reset();
    QVERIFY(!calc.purchaseSek(unknownPrice, 1));
}

void TestCostCalculator::purchasePrice_data()
{
    QTest::addColumn<QString>("gpuId");
    QTest::addColumn<bool>("includeVat");
    QTest::addColumn<double>("expectedSek");

    QTest::newRow("article: RTX 4090 ca 20 000 kr with VAT")
        << "nvidia-rtx-4090" << true << 20000.0;
    QTest::newRow("article: H100 ca 350 000 kr with VAT")
        << "nvidia-h100-sxm5-80gb" << true << 350000.0;
    QTest::newRow("H100 without 25 % VAT: 350 000 / 1.25")
        << "nvidia-h100-sxm5-80gb" << false << 280000.0;
}

void TestCostCalculator::purchasePrice()
{
    QFETCH(QString, gpuId);
    QFETCH(bool, includeVat);
    QFETCH(double, expectedSek);
    CostSettings s;
    s.includeVat = includeVat;
    QCOMPARE(CostCalculator(s).purchasePriceSek(gpu(gpuId)).value_or(-1), expectedSek);
}

void TestCostCalculator::currencyConversion_data()
{
    QTest::addColumn<double>("amountSek");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<double>("expected");

    QTest::newRow("20 000 SEK at Riksbank 2023 USD 10.61 = 1 885.01 USD")
        << 20000.0 << "USD" << 20000.0 / 10.61;
    QTest::newRow("20 000 SEK at Riksbank 2023 EUR 11.48 = 1 742.16 EUR")
        << 20000.0 << "EUR" << 20000.0 / 11.48;
    QTest::newRow("SEK stays SEK") << 5256.0 << "sek" << 5256.0;
}

void TestCostCalculator::currencyConversion()
{
    QFETCH(double, amountSek);
    QFETCH(QString, currency);
    QFETCH(double, expected);
    const auto c = currencyFromCode(currency);
    QVERIFY(c);
    const ExchangeRates rates = ExchangeRates::defaults();
    QCOMPARE(rates.fromSek(amountSek, *c), expected);
    QCOMPARE(rates.toSek(rates.fromSek(amountSek, *c), *c), amountSek);
    QCOMPARE(rates.date(), QDate(2023, 12, 31));
    QVERIFY(!rates.source().isEmpty());
    QVERIFY(!currencyFromCode(QStringLiteral("GBP")));

    // A USD launch price without a Swedish price: converted, and VAT added when included.
    GpuSpec g;
    g.id = QStringLiteral("test-gpu");
    g.launchPriceUsd = 1599;
    QCOMPARE(CostCalculator().purchasePriceSek(g).value_or(-1), 1599 * 10.61 * 1.25);
    CostSettings noVat;
    noVat.includeVat = false;
    QCOMPARE(CostCalculator(noVat).purchasePriceSek(g).value_or(-1), 1599 * 10.61);
}

void TestCostCalculator::cloudAndApi()
{
    const CostCalculator calc;
    // Catalog: RTX 4090 $0.34/h (2026-09-09) x 10.61 x 1.25 VAT x 8760 h.
    const auto rental = calc.cloudRentalPerYearSek(gpu(QStringLiteral("nvidia-rtx-4090")), 1);
    QVERIFY(rental);
    QCOMPARE(*rental, 0.34 * 10.61 * 1.25 * 8760);
    // A GPU without a cloud price has no rental cost: unknown, not 0.
    QVERIFY(!calc.cloudRentalPerYearSek(gpu(QStringLiteral("nvidia-rtx-3090")), 1));
    // A user price overrides the catalog.
    CostSettings s;
    s.cloudUsdPerGpuHour.insert(QStringLiteral("nvidia-rtx-3090"), 0.22);
    QCOMPARE(CostCalculator(s)
                 .cloudRentalPerYearSek(gpu(QStringLiteral("nvidia-rtx-3090")), 2)
                 .value_or(-1),
             0.22 * 10.61 * 1.25 * 2 * 8760);

    // §6.3 Llama-3.1-8B $0.20 in / $0.60 out: 3 input tokens per output token make
    // $1.20 per million output tokens = 15.915 kr with VAT.
    const CostSettings::ApiPrice small = CostSettings::defaultApiPrice(8);
    QCOMPARE(small.inputUsdPerMTok, 0.20);
    QCOMPARE(small.outputUsdPerMTok, 0.60);
    QCOMPARE(calc.apiCostPerMillionOutputTokensSek(small), 1.20 * 10.61 * 1.25);
    QCOMPARE(calc.apiCostSek(2e6, 1e6, small), (0.4 + 0.6) * 10.61 * 1.25);
    QCOMPARE(CostSettings::defaultApiPrice(70).outputUsdPerMTok, 0.90);
    QCOMPARE(CostSettings::defaultApiPrice(405).outputUsdPerMTok, 2.40);
}

void TestCostCalculator::costPerMillionTokens()
{
    // §6.4's single-stream RTX 4090 at 130 tokens/s, defaults: capital net 14 000 kr over
    // 3 years + 5 913 kr electricity a year, for 130 x 3600 x 8760 tokens a year.
    const CostCalculator calc;
    const auto tco = calc.tco(gpu(QStringLiteral("nvidia-rtx-4090")), 1);
    QVERIFY(tco.ok());
    ThroughputInput t;
    t.tokensPerSecond = 130;
    const double expected = (14000.0 / 3 + 5913.0) / (130.0 * 3600 * 8760 / 1e6);
    QCOMPARE(calc.ownedCostPerMillionTokensSek(*tco, t).value_or(-1), expected);
    // Renting the same card at $0.34/h.
    QCOMPARE(calc.cloudCostPerMillionTokensSek(gpu(QStringLiteral("nvidia-rtx-4090")), 1, t)
                 .value_or(-1),
             0.34 * 10.61 * 1.25 / (130.0 * 3600 / 1e6));
    // No figure when the model does not fit or the speed is unknown.
    t.fits = false;
    QVERIFY(!calc.ownedCostPerMillionTokensSek(*tco, t));
    ThroughputInput unknown;
    QVERIFY(!calc.ownedCostPerMillionTokensSek(*tco, unknown));
}

void TestCostCalculator::unknownPriceOrPowerIsAnError()
{
    const CostCalculator calc;
    // The RTX A6000 has neither a launch nor a street price in the catalog.
    const auto noPrice = calc.tco(gpu(QStringLiteral("nvidia-rtx-a6000")), 1);
    QVERIFY(!noPrice.ok());
    QCOMPARE(noPrice.error().field, QStringLiteral("nvidia-rtx-a6000"));
    // ... unless the user gives one.
    QVERIFY(calc.tco(gpu(QStringLiteral("nvidia-rtx-a6000")), 1, {}, 45000.0).ok());
    // Apple's SoCs have no power figure in the catalog: unknown is not 0 W.
    GpuSpec apple = gpu(QStringLiteral("apple-m2-ultra"));
    QVERIFY(!apple.powerWatts);
    QVERIFY(!calc.tco(apple, 1, {}, 60000.0).ok());
    QVERIFY(calc.tco(apple, 1, 200.0, 60000.0).ok());
}

QTEST_GUILESS_MAIN(TestCostCalculator)
#include "tst_costcalculator.moc"
