#include "BundledCatalog.h"
#include "Csv.h"
#include "HfConfigImporter.h"
#include "estimator/MeasurementValidator.h"

#include <QDir>
#include <QFile>
#include <QTest>

// Inputs the fuzzers of fuzz/ once crashed on (fuzz/regressions/<target>/), run through the same
// parsers in the ordinary test suite, so that scripts/test-sanitizers checks them on every run.
// Each was an invalid file that must be refused with a message, not crash or misbehave, or a
// valid one that took too long (its speed is for scripts/fuzz's time limit to watch).
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hfConfig_data();
    void hfConfig();
    void measurements_data();
    void measurements();
};

namespace {

void addFiles(const char *target)
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(SOURCE_DIR "/fuzz/regressions/") + QLatin1String(target));
    const QStringList files = dir.entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

} // namespace

void TestFuzzRegressions::hfConfig_data()
{
    addFiles("fuzz_hf_config");
}

void TestFuzzRegressions::hfConfig()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto imported = HfConfigImporter::fromJson(file.readAll(), QStringLiteral("config.json"));
    QVERIFY(!imported.ok());
    QVERIFY(!imported.error().message.isEmpty());
}

void TestFuzzRegressions::measurements_data()
{
    addFiles("fuzz_measurements_csv");
}

void TestFuzzRegressions::measurements()
{
    // As the fuzzer runs it: the test catalog, every row validated.
    QFETCH(QString, path);
    const auto catalog = BundledCatalog::load(QStringLiteral(TEST_DATA_DIR "/catalog-v2"));
    QVERIFY(catalog.ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto table = Csv::parse(QString::fromUtf8(file.readAll()), path);
    QVERIFY(table.ok());
    const auto report =
        MeasurementValidator::validate(*table, path, catalog->gpus, catalog->models);
    QVERIFY(report.ok());
    // The slow file (4.7 s for 110 rows under ASan, patterns compiled for every row) is a valid
    // one: its rows are read and matched.
    QVERIFY(!report->rows.isEmpty());
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
