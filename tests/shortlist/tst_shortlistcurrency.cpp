#include "Formatting.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "ModalDialogs.h"
#include "ShortlistJsonReader.h"
#include "ShortlistRepository.h"
#include "WorkloadPanel.h"
#include "shortlist/ShortlistDock.h"
#include "shortlist/ShortlistExportMenu.h"
#include "shortlist/ShortlistItemModel.h"

#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

// The shortlist dock and its exports in the display currency chosen in the settings, offscreen
// on a real SQLite file: the RTX 4090 at the article's 20 000 kr is €2 000 at 10 SEK/EUR in the
// dock, its totals and column titles, in the CSV and JSON written through the export menu (the
// JSON still reads back as the list), in English and Swedish, and kronor again when SEK is chosen.
class TestShortlistCurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dockShowsChosenCurrency();
    void dockInSwedish();
    void exportsNameAndUseChosenCurrency();

private:
    void setCurrency(Currency currency);
    QString cell(int column) const;
    QString exportThroughMenu(ShortlistFormat format, const QString &file);

    MainWindowFixture m_fx;
    std::unique_ptr<MainWindow> m_window;
};

void TestShortlistCurrency::init()
{
    m_fx.setUp();
    m_window = m_fx.makeWindow();
    m_window->workloadPanel()->setWorkload(QStringLiteral("llama-3.1-8b"),
                                           QStringLiteral("inference"), QStringLiteral("q4_k_m"),
                                           4096, 1, QString());
    ShortlistDock *dock = m_window->shortlistDock();
    QVERIFY(dock->createList(QStringLiteral("Lab")).ok());
    QVERIFY(dock->addGpus({QStringLiteral("nvidia-rtx-4090")}).ok());
    // One card, so the purchase is the card's price.
    ShortlistItemModel *model = dock->itemModel();
    QVERIFY(model->setData(model->index(0, ShortlistItemModel::Quantity), 1));
    QCOMPARE(dock->report().rows.first().count, std::optional<int>(1));
}

void TestShortlistCurrency::cleanup()
{
    // The display currency is the application's: back to kronor for the next test.
    if (m_window)
        setCurrency(Currency::Sek);
    m_window.reset();
    m_fx.tearDown();
}

void TestShortlistCurrency::setCurrency(Currency currency)
{
    CostSettings costs = m_fx.settings->costs();
    costs.displayCurrency = currency;
    costs.rates.setSekPerEur(10.0);
    m_window->setCosts(costs);
}

QString TestShortlistCurrency::cell(int column) const
{
    return m_window->shortlistDock()->itemModel()->index(0, column).data().toString();
}

QString TestShortlistCurrency::exportThroughMenu(ShortlistFormat format, const QString &file)
{
    const QString path = m_fx.dir->filePath(file);
    whenShown<QFileDialog>([path](QFileDialog *dialog) { chooseFile(dialog, path); });
    m_window->shortlistDock()->exportMenu()->action(format)->trigger();
    return path;
}

void TestShortlistCurrency::dockShowsChosenCurrency()
{
    ShortlistDock *dock = m_window->shortlistDock();
    ShortlistItemModel *model = dock->itemModel();
    const auto title = [model](int column) {
        return model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
    };
    QCOMPARE(cell(ShortlistItemModel::PurchaseSek), QStringLiteral("SEK\u00a020,000"));
    QCOMPARE(title(ShortlistItemModel::PurchaseSek), QStringLiteral("Purchase (SEK)"));

    QSignalSpy titles(model, &QAbstractItemModel::headerDataChanged);
    setCurrency(Currency::Eur);
    // As the GPU table writes euro (Formatting::money).
    QCOMPARE(cell(ShortlistItemModel::PurchaseSek), QStringLiteral("€2,000"));
    QCOMPARE(cell(ShortlistItemModel::PurchaseSek), Formatting::money(2000, QStringLiteral("EUR")));
    const ShortlistRow &row = dock->report().rows.first();
    QCOMPARE(cell(ShortlistItemModel::ElectricityPerYearSek),
             Formatting::money(*row.electricityPerYearSek / 10.0, QStringLiteral("EUR")));
    QCOMPARE(cell(ShortlistItemModel::TcoSek),
             Formatting::money(*row.tcoSek / 10.0, QStringLiteral("EUR")));
    QVERIFY(titles.count() > 0);
    QCOMPARE(title(ShortlistItemModel::PurchaseSek), QStringLiteral("Purchase (EUR)"));
    QCOMPARE(title(ShortlistItemModel::ElectricityPerYearSek),
             QStringLiteral("Electricity per year (EUR)"));
    QCOMPARE(title(ShortlistItemModel::TcoSek), QStringLiteral("TCO 3 years (EUR)"));
    const QString totals = dock->totalsLabel()->text();
    QVERIFY2(totals.contains(QStringLiteral("purchase €2,000")), qPrintable(totals));
    QVERIFY2(totals.contains(
                 Formatting::money(*dock->report().totals.tcoSek / 10.0, QStringLiteral("EUR"))),
             qPrintable(totals));
    QVERIFY2(!totals.contains(QStringLiteral("SEK")), qPrintable(totals));

    setCurrency(Currency::Sek);
    QCOMPARE(cell(ShortlistItemModel::PurchaseSek), QStringLiteral("SEK\u00a020,000"));
    QCOMPARE(title(ShortlistItemModel::PurchaseSek), QStringLiteral("Purchase (SEK)"));
    QVERIFY(dock->totalsLabel()->text().contains(QStringLiteral("purchase SEK\u00a020,000")));
}

void TestShortlistCurrency::dockInSwedish()
{
    ShortlistDock *dock = m_window->shortlistDock();
    QVERIFY(m_fx.languages->setLanguage(QStringLiteral("sv")));
    QCOMPARE(cell(ShortlistItemModel::PurchaseSek), QStringLiteral("20\u00a0000\u00a0kr"));
    QTRY_VERIFY2(dock->totalsLabel()->text().contains(QStringLiteral("20\u00a0000\u00a0kr")),
                 qPrintable(dock->totalsLabel()->text()));
    setCurrency(Currency::Eur);
    QCOMPARE(cell(ShortlistItemModel::PurchaseSek), QStringLiteral("2\u00a0000\u00a0€"));
    QVERIFY2(dock->totalsLabel()->text().contains(QStringLiteral("2\u00a0000\u00a0€")),
             qPrintable(dock->totalsLabel()->text()));
    QCOMPARE(dock->itemModel()
                 ->headerData(ShortlistItemModel::PurchaseSek, Qt::Horizontal, Qt::ToolTipRole)
                 .toString(),
             QStringLiteral("Inköp (EUR)"));
    QVERIFY(m_fx.languages->setLanguage(QStringLiteral("en")));
}

void TestShortlistCurrency::exportsNameAndUseChosenCurrency()
{
    setCurrency(Currency::Eur);

    // CSV: the titles name euro and the figures are euro (English: ',' between fields).
    QFile csv(exportThroughMenu(ShortlistFormat::Csv, QStringLiteral("in-euro.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csv.readAll();
    QVERIFY2(csvBytes.contains("Unit price (EUR),Purchase (EUR),"), csvBytes.constData());
    QVERIFY2(csvBytes.contains(",2000,2000,"), csvBytes.constData()); // unit price, purchase
    QVERIFY(!csvBytes.contains("SEK"));

    // JSON: the currency, and money keys that name it.
    const QString jsonPath =
        exportThroughMenu(ShortlistFormat::Json, QStringLiteral("in-euro.json"));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray jsonBytes = json.readAll();
    const QJsonObject root = QJsonDocument::fromJson(jsonBytes).object();
    QCOMPARE(root.value("assumptions").toObject().value("currency").toString(),
             QStringLiteral("EUR"));
    const QJsonObject item = root.value("items").toArray().first().toObject();
    QCOMPARE(item.value("unit_price_eur").toDouble(), 2000.0);
    QCOMPARE(item.value("purchase_eur").toDouble(), 2000.0);
    QVERIFY(!item.contains("purchase_sek"));
    QCOMPARE(root.value("totals").toObject().value("purchase_eur").toDouble(), 2000.0);

    // Markdown and HTML write euro as the dock does.
    for (const ShortlistFormat format : {ShortlistFormat::Markdown, ShortlistFormat::Html}) {
        const QString path =
            m_fx.dir->filePath(QStringLiteral("in-euro.") + ShortlistExporter::formatKey(format));
        QVERIFY(
            ShortlistExportMenu::save(m_window->shortlistDock()->report(), format, path, {}).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QStringLiteral("€2,000")), qPrintable(path));
    }

    // The JSON still reads back as the same list (tst_shortlistdockimport imports it).
    const QSet<QString> ids = {QStringLiteral("nvidia-rtx-4090")};
    const ParsedShortlist parsed = ShortlistJsonReader::read(
        jsonBytes, jsonPath, [&ids](const QString &id) { return ids.contains(id); });
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.list.name, QStringLiteral("Lab"));
    QCOMPARE(parsed.list.items.size(), 1);
    QCOMPARE(parsed.list.items.first().quantity, std::optional<int>(1));
}

QTEST_MAIN(TestShortlistCurrency)
#include "tst_shortlistcurrency.moc"
