#include "BreakEvenCalculator.h"
#include "BundledCatalog.h"

#include <QTest>

// Break-even of owning against renting and APIs (estimation-methods.md §6.4):
// months = capital net / (alternative per month - own running cost per month), or never.
class TestBreakEven : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void compute_data();
    void compute();
    void againstCloud();
    void againstApi();
    void neverOnElectricityAlone();
    void unknownWithoutCloudPrice();

private:
    GpuSpec gpu(const QString &id) const;
    CatalogData m_catalog;
};

void TestBreakEven::initTestCase()
{
    const auto loaded = BundledCatalog::load();
    QVERIFY(loaded.ok());
    m_catalog = *loaded;
}

GpuSpec TestBreakEven::gpu(const QString &id) const
{
    for (const GpuSpec &g : m_catalog.gpus) {
        if (g.id == id)
            return g;
    }
    qFatal("GPU %s not in the bundled catalog", qPrintable(id));
}

void TestBreakEven::compute_data()
{
    QTest::addColumn<double>("capital");
    QTest::addColumn<double>("ownPerMonth");
    QTest::addColumn<double>("altPerMonth");
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("months");
    QTest::addColumn<bool>("withinLifetime");

    const int months = int(BreakEvenCalculator::Kind::Months);
    const int never = int(BreakEvenCalculator::Kind::Never);
    QTest::newRow("§6.4: 12 000 / (1 500 - 500) = 12 months")
        << 12000.0 << 500.0 << 1500.0 << months << 12.0 << true;
    QTest::newRow("§6.4: 12 000 / (600 - 500) = 120 months, past 36")
        << 12000.0 << 500.0 << 600.0 << months << 120.0 << false;
    QTest::newRow("§6.4: running costs equal the alternative: never")
        << 12000.0 << 500.0 << 500.0 << never << 0.0 << false;
    QTest::newRow("§6.4: running costs above the alternative: never")
        << 12000.0 << 600.0 << 500.0 << never << 0.0 << false;
}

void TestBreakEven::compute()
{
    QFETCH(double, capital);
    QFETCH(double, ownPerMonth);
    QFETCH(double, altPerMonth);
    QFETCH(int, kind);
    QFETCH(double, months);
    QFETCH(bool, withinLifetime);
    const auto o = BreakEvenCalculator::compute(capital, ownPerMonth, altPerMonth, 1e9, 36);
    QCOMPARE(int(o.kind), kind);
    QCOMPARE(o.withinLifetime, withinLifetime);
    QVERIFY(!o.reason.isEmpty());
    if (o.kind == BreakEvenCalculator::Kind::Months) {
        QCOMPARE(o.months, months);
        QCOMPARE(o.tokens.value_or(-1), months * 1e9);
    } else {
        QVERIFY(!o.tokens);
    }
}

void TestBreakEven::againstCloud()
{
    // RTX 4090 all year: capital net 14 000 kr; own 5 913 kr/year electricity; renting at
    // $0.34/h x 10.61 x 1.25 x 8 760 h a year.
    const CostCalculator calc;
    const GpuSpec g = gpu(QStringLiteral("nvidia-rtx-4090"));
    const auto tco = calc.tco(g, 1);
    QVERIFY(tco.ok());
    const auto o = BreakEvenCalculator::againstCloud(calc, g, *tco, std::nullopt);
    QCOMPARE(o.kind, BreakEvenCalculator::Kind::Months);
    const double rentPerMonth = 0.34 * 10.61 * 1.25 * 8760 / 12;
    QCOMPARE(o.months, 14000.0 / (rentPerMonth - 5913.0 / 12));
    QVERIFY(o.withinLifetime);
    QVERIFY(!o.tokens);

    // Two hours a day at 10 % busy: rent and electricity both scale with the busy hours, so the
    // saving per month is 0.2/24 of the full-time one and break-even moves past the 3 years.
    CostSettings rare;
    rare.hoursPerDay = 2;
    rare.utilisation = 0.1;
    const CostCalculator rareCalc(rare);
    const auto rareTco = rareCalc.tco(g, 1);
    const auto late = BreakEvenCalculator::againstCloud(rareCalc, g, *rareTco, std::nullopt);
    QCOMPARE(late.kind, BreakEvenCalculator::Kind::Months);
    QVERIFY(!late.withinLifetime);
    QCOMPARE(late.months, o.months * 24 / 0.2);
}

void TestBreakEven::againstApi()
{
    // RTX 4090 at §6.4's 130 tokens/s all year against the 8B API price ($1.20 per million
    // output tokens with 3 input tokens each, VAT added).
    const CostCalculator calc;
    const auto tco = calc.tco(gpu(QStringLiteral("nvidia-rtx-4090")), 1);
    ThroughputInput t;
    t.tokensPerSecond = 130;
    const auto o = BreakEvenCalculator::againstApi(calc, *tco, t, CostSettings::defaultApiPrice(8));
    QCOMPARE(o.kind, BreakEvenCalculator::Kind::Months);
    const double tokensPerMonth = 130.0 * 3600 * 8760 / 12;
    const double apiPerMonth = 1.20 * 10.61 * 1.25 * tokensPerMonth / 1e6;
    QCOMPARE(o.months, 14000.0 / (apiPerMonth - 5913.0 / 12));
    QCOMPARE(o.tokens.value_or(-1), o.months * tokensPerMonth);

    // A model that does not fit never pays off.
    t.fits = false;
    QCOMPARE(BreakEvenCalculator::againstApi(calc, *tco, t, CostSettings::defaultApiPrice(8)).kind,
             BreakEvenCalculator::Kind::Never);
}

void TestBreakEven::neverOnElectricityAlone()
{
    // §6.4 worked example: a home RTX 4090 (450 W + 100 W host) at $0.17/kWh, single stream at
    // 130 tokens/s, pays $0.20 of electricity per million tokens. Against a $0.15/M API (output
    // only, no VAT) owning never breaks even.
    CostSettings s;
    s.electricitySekPerKwh = 0.17 * 10.61;
    s.hostWatts = 100;
    s.includeVat = false;
    s.inputTokensPerOutputToken = 0;
    const CostCalculator calc(s);
    const auto tco = calc.tco(gpu(QStringLiteral("nvidia-rtx-4090")), 1);
    ThroughputInput t;
    t.tokensPerSecond = 130;
    const double energyUsdPerMTok =
        tco->electricityPerYearSek / 10.61 / (130.0 * 3600 * 8760 / 1e6);
    QVERIFY(qAbs(energyUsdPerMTok - 0.20) < 0.001);
    const CostSettings::ApiPrice cheap{0, 0.15, QStringLiteral("test"), {}};
    const auto o = BreakEvenCalculator::againstApi(calc, *tco, t, cheap);
    QCOMPARE(o.kind, BreakEvenCalculator::Kind::Never);
    QVERIFY(o.reason.contains(QStringLiteral("electricity")));
    // With batching (§6.4: ~1 500 tokens/s aggregate) the same card pays off.
    t.tokensPerSecond = 1500;
    QCOMPARE(BreakEvenCalculator::againstApi(calc, *tco, t, cheap).kind,
             BreakEvenCalculator::Kind::Months);
}

void TestBreakEven::unknownWithoutCloudPrice()
{
    const CostCalculator calc;
    const GpuSpec g = gpu(QStringLiteral("nvidia-rtx-3090"));
    const auto tco = calc.tco(g, 1);
    QVERIFY(tco.ok());
    const auto o = BreakEvenCalculator::againstCloud(calc, g, *tco, std::nullopt);
    QCOMPARE(o.kind, BreakEvenCalculator::Kind::Unknown);
    QVERIFY(!o.reason.isEmpty());
}

QTEST_GUILESS_MAIN(TestBreakEven)
#include "tst_breakeven.moc"
