#include "BundledCatalog.h"
#include "Csv.h"
#include "MeasurementValidator.h"

#include <QFile>
#include <QTest>

// The accuracy targets of issue 3 on the public measurements (tests/data/measurements, copies
// of the project's reference files), single-GPU rows: weights within 3 % for 95 % of rows,
// inference VRAM from logs within 10 %, decode MdAPE <= 20 % and P80 <= 35 % with 80 % of the
// measurements inside low-high, fine-tuning memory within 20 % for 80 % of rows.
class TestEstimatorAccuracy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void memoryTargets();
    void decodeTargets();

private:
    ValidationReport run(const QString &file) const;
    CatalogData m_catalog;
};

void TestEstimatorAccuracy::initTestCase()
{
    auto loaded = BundledCatalog::load();
    QVERIFY(loaded.ok());
    m_catalog = std::move(loaded).value();
}

ValidationReport TestEstimatorAccuracy::run(const QString &file) const
{
    const QString path = QStringLiteral(TEST_DATA_DIR "/measurements/") + file;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    const auto table = Csv::parse(QString::fromUtf8(f.readAll()), path);
    if (!table)
        qFatal("%s", qPrintable(table.error().toString()));
    const auto report =
        MeasurementValidator::validate(*table, path, m_catalog.gpus, m_catalog.models);
    if (!report)
        qFatal("%s", qPrintable(report.error().toString()));
    return *report;
}

void TestEstimatorAccuracy::memoryTargets()
{
    const ValidationReport report = run(QStringLiteral("llm_memory_measurements.csv"));
    const ValidationSummary &s = report.summary;
    qInfo("weights %d rows, %.1f %% within 3 %%; VRAM %d rows, %.1f %% within 10 %%; "
          "fine-tuning %d rows, %.1f %% within 20 %%",
          s.weightsRows, 100 * s.weightsWithin3Percent, s.vramRows, 100 * s.vramWithin10Percent,
          s.fineTuneRows, 100 * s.fineTuneWithin20Percent);
    // Enough rows evaluated that the shares mean something.
    QVERIFY(s.weightsRows >= 40);
    QVERIFY(s.vramRows >= 5);
    QVERIFY(s.fineTuneRows >= 8);
    QVERIFY(s.weightsWithin3Percent >= 0.95);
    // The issue states no share for VRAM; the same 80 % as the other memory target is asked.
    QVERIFY(s.vramWithin10Percent >= 0.80);
    QVERIFY(s.fineTuneWithin20Percent >= 0.80);
}

void TestEstimatorAccuracy::decodeTargets()
{
    const ValidationReport report = run(QStringLiteral("llm_decode_measurements.csv"));
    const ValidationSummary &s = report.summary;
    qInfo("decode %d rows: MdAPE %.1f %%, P80 %.1f %%, %.1f %% inside low-high", s.decodeRows,
          s.decodeMdape, s.decodeP80, 100 * s.decodeInRange);
    QVERIFY(s.decodeRows >= 60);
    QVERIFY(s.decodeMdape <= 20);
    QVERIFY(s.decodeP80 <= 35);
    QVERIFY(s.decodeInRange >= 0.80);
}

QTEST_GUILESS_MAIN(TestEstimatorAccuracy)
#include "tst_estimatoraccuracy.moc"
