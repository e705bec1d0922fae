#include "Catalog.h"
#include "GpuTableModel.h"
#include "LanguageManager.h"
#include "MainWindow.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QMenuBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The first window on the bundled catalog, offscreen.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsBundledGpus();
    void switchesLanguageAtRuntime();
    void modelPassesTester();
};

void TestMainWindow::listsBundledGpus()
{
    QTemporaryDir dir;
    auto catalog = Catalog::open(dir.filePath(QStringLiteral("c.sqlite")));
    QVERIFY(catalog.ok());
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    MainWindow window((*catalog)->repository(), languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QAbstractItemModel *model = window.gpuTable()->model();
    QCOMPARE(model->rowCount(), (*catalog)->repository().gpus()->size());
    QVERIFY(model->rowCount() >= 50);
    QCOMPARE(model->headerData(GpuTableModel::VramGB, Qt::Horizontal).toString(),
             QStringLiteral("VRAM (GB)"));
    // Sorted by name, and unknown figures read "unknown", never 0.
    QVERIFY(model->index(0, 0).data().toString() <= model->index(1, 0).data().toString());
}

void TestMainWindow::switchesLanguageAtRuntime()
{
    QTemporaryDir dir;
    auto catalog = Catalog::open(dir.filePath(QStringLiteral("c.sqlite")));
    QVERIFY(catalog.ok());
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    MainWindow window((*catalog)->repository(), languages);
    window.show();
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QVERIFY(languages.setLanguage(QStringLiteral("sv")));
    QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Arkiv"));
    QCOMPARE(
        window.gpuTable()->model()->headerData(GpuTableModel::Vendor, Qt::Horizontal).toString(),
        QStringLiteral("Tillverkare"));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
}

void TestMainWindow::modelPassesTester()
{
    GpuTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    GpuSpec g;
    g.id = QStringLiteral("a");
    g.name = QStringLiteral("A");
    model.setGpus({g, g});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, GpuTableModel::PowerWatts).data().toString(),
             QStringLiteral("unknown"));
    QVERIFY(
        qIsNaN(model.index(0, GpuTableModel::PowerWatts).data(GpuTableModel::SortRole).toDouble()));
    model.setGpus({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
