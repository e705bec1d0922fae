#include "HfConfigImporter.h"

#include <QDir>
#include <QFile>
#include <QTest>

// Inputs the fuzzers of fuzz/ once crashed on (fuzz/regressions/<target>/), run through the same
// parsers in the ordinary test suite, so that scripts/test-sanitizers checks them on every run.
// Each was an invalid file: it must be refused with a message, not crash or misbehave.
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hfConfig_data();
    void hfConfig();
};

void TestFuzzRegressions::hfConfig_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(SOURCE_DIR "/fuzz/regressions/fuzz_hf_config"));
    const QStringList files = dir.entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
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

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
