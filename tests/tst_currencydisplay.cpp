#include "AppSettings.h"
#include "Catalog.h"
#include "FilterPanel.h"
#include "Formatting.h"
#include "GpuFilterProxy.h"
#include "GpuTableModel.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"

#include <QDoubleSpinBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// Money follows the currency chosen in the settings: the GPU table's figures and titles, and
// the maximum-price filter, which is typed in that currency and converted when it changes.
class TestCurrencyDisplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tableShowsChosenCurrency();
    void priceFilterFollowsCurrency();

private:
    std::unique_ptr<MainWindow> makeWindow();
    QString priceText(const MainWindow &window, const QString &id) const;

    MainWindowFixture m_fx;
};

void TestCurrencyDisplay::init()
{
    m_fx.setUp();
}

void TestCurrencyDisplay::cleanup()
{
    m_fx.tearDown();
}

std::unique_ptr<MainWindow> TestCurrencyDisplay::makeWindow()
{
    return m_fx.makeWindow();
}

QString TestCurrencyDisplay::priceText(const MainWindow &window, const QString &id) const
{
    GpuTableModel *model = window.gpuModel();
    return model->index(model->rowOf(id), GpuTableModel::PriceSek).data().toString();
}

void TestCurrencyDisplay::tableShowsChosenCurrency()
{
    auto window = makeWindow();
    GpuTableModel *model = window->gpuModel();
    // The article's 20 000 kr for the RTX 4090, in kronor by default.
    QCOMPARE(priceText(*window, QStringLiteral("nvidia-rtx-4090")),
             QStringLiteral("SEK\u00a020,000"));
    QCOMPARE(model->headerData(GpuTableModel::PriceSek, Qt::Horizontal).toString(),
             QStringLiteral("Price (SEK)"));

    CostSettings costs = m_fx.settings->costs();
    costs.displayCurrency = Currency::Eur;
    costs.rates.setSekPerEur(10.0);
    window->setCosts(costs);
    QCOMPARE(priceText(*window, QStringLiteral("nvidia-rtx-4090")), QStringLiteral("€2,000"));
    QCOMPARE(model->headerData(GpuTableModel::PriceSek, Qt::Horizontal).toString(),
             QStringLiteral("Price (EUR)"));
    QCOMPARE(model->headerData(GpuTableModel::CostPerMillionTokensSek, Qt::Horizontal).toString(),
             QStringLiteral("EUR per M tokens"));

    // A restart shows the stored currency at once.
    window.reset();
    window = makeWindow();
    QCOMPARE(priceText(*window, QStringLiteral("nvidia-rtx-4090")), QStringLiteral("€2,000"));

    // Back to kronor for the next test (the display currency is the application's).
    costs.displayCurrency = Currency::Sek;
    window->setCosts(costs);
    QCOMPARE(priceText(*window, QStringLiteral("nvidia-rtx-4090")),
             QStringLiteral("SEK\u00a020,000"));
}

void TestCurrencyDisplay::priceFilterFollowsCurrency()
{
    auto window = makeWindow();
    auto *maxPrice = window->filterPanel()->findChild<QDoubleSpinBox *>();
    QVERIFY(maxPrice);
    GpuFilterProxy *proxy = window->gpuProxy();
    maxPrice->setValue(20000); // kronor: the RTX 4090 at 20 000 kr passes
    const auto shownIds = [proxy] {
        QStringList ids;
        for (int row = 0; row < proxy->rowCount(); ++row)
            ids << proxy->index(row, 0).data(GpuTableModel::IdRole).toString();
        return ids;
    };
    QVERIFY(shownIds().contains(QStringLiteral("nvidia-rtx-4090")));
    const int inKronor = proxy->rowCount();

    CostSettings costs = m_fx.settings->costs();
    costs.displayCurrency = Currency::Eur;
    costs.rates.setSekPerEur(10.0);
    window->setCosts(costs);
    // The same limit, now written in euro: the same GPUs pass.
    QCOMPARE(maxPrice->value(), 2000.0);
    QCOMPARE(proxy->rowCount(), inKronor);
    maxPrice->setValue(1999); // 19 990 kr: the RTX 4090 no longer passes
    QVERIFY(!shownIds().contains(QStringLiteral("nvidia-rtx-4090")));

    costs.displayCurrency = Currency::Sek;
    window->setCosts(costs);
    QCOMPARE(maxPrice->value(), 19990.0);
}

QTEST_MAIN(TestCurrencyDisplay)
#include "tst_currencydisplay.moc"
