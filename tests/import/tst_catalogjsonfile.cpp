#include "BundledCatalog.h"
#include "CatalogCsv.h"
#include "CatalogJsonFile.h"

#include <QFile>
#include <QTest>

// The catalog's JSON file format: same fields as the CSV, every problem with entry, line, field.
class TestCatalogJsonFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAndReadsBackTheSameRows();
    void writesKeysInColumnOrder();
    void reportsEveryProblemWithEntryLineAndField();
    void minifiedJsonStillNamesTheEntry();
    void modelFieldRulesNameTheEntry();
    void refusesOtherFormatsAndNewerVersions_data();
    void refusesOtherFormatsAndNewerVersions();
    void invalidJsonNamesTheLine();

private:
    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

void TestCatalogJsonFile::writesAndReadsBackTheSameRows()
{
    // The full bundled catalog: every kind of field, MoE and MLA models, unknown figures.
    const auto bundled = BundledCatalog::load();
    QVERIFY(bundled.ok());
    const QByteArray json = CatalogJsonFile::write(bundled->gpus, bundled->models);
    const ParsedCatalog parsed = CatalogJsonFile::read(json, QStringLiteral("all.json"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.errors.first().toString()));
    QCOMPARE(parsed.gpus.size(), bundled->gpus.size());
    QCOMPARE(parsed.models.size(), bundled->models.size());
    for (qsizetype i = 0; i < parsed.gpus.size(); ++i)
        QCOMPARE(CatalogCsv::gpuToFields(parsed.gpus.at(i)),
                 CatalogCsv::gpuToFields(bundled->gpus.at(i)));
    for (qsizetype i = 0; i < parsed.models.size(); ++i)
        QCOMPARE(CatalogCsv::modelToFields(parsed.models.at(i)),
                 CatalogCsv::modelToFields(bundled->models.at(i)));
    QCOMPARE(CatalogJsonFile::write(parsed.gpus, parsed.models), json);
}

void TestCatalogJsonFile::writesKeysInColumnOrder()
{
    const auto bundled = BundledCatalog::load(QStringLiteral(TEST_DATA_DIR "/catalog-v1"));
    QVERIFY(bundled.ok());
    const QByteArray json = CatalogJsonFile::write(bundled->gpus, {});
    QVERIFY(json.startsWith("{\n  \"format\": \"gpu-advisor-catalog\",\n  \"version\": 1,\n"));
    QVERIFY(json.endsWith("  \"models\": []\n}\n"));
    qsizetype last = 0;
    for (const QString &column : CatalogCsv::gpuColumns()) {
        const qsizetype at = json.indexOf("\"" + column.toUtf8() + "\":");
        QVERIFY2(at > last, qPrintable(column));
        last = at;
    }
    // Unknown figures are null, not 0; lists are arrays.
    QVERIFY(json.contains("\"fp16_tensor_tflops\": null"));
    QVERIFY(json.contains("\"sources\": [\"test fixture\"]"));
}

void TestCatalogJsonFile::reportsEveryProblemWithEntryLineAndField()
{
    const QString path = QStringLiteral(TEST_DATA_DIR "/import/bad-catalog.json");
    const ParsedCatalog parsed = CatalogJsonFile::read(readFile(path), path);
    QStringList found;
    for (const Error &e : parsed.errors) {
        QCOMPARE(e.file, path);
        found.append(QStringLiteral("%1 %2").arg(e.line).arg(e.field));
    }
    // Lines as the file has them: the key's own line.
    const QStringList expected = {
        QStringLiteral("10 gpus[0].vram_gb"),        // "24,5" in quotes: a decimal comma
        QStringLiteral("19 gpus[1].bandwidth_gbps"), // -5
        QStringLiteral("27 gpus[2].vram_gib"),       // not a field of the format
        QStringLiteral("31 gpus[3].id"),             // fresh-1 twice
        QStringLiteral("44 models[0].layers"),       // 26.5 layers
        QStringLiteral("52 models[0].sources"),      // required, empty list
    };
    QCOMPARE(found, expected);
    QVERIFY(parsed.errors.at(0).message.contains(QStringLiteral("decimal point")));
    QVERIFY(parsed.errors.at(1).message.contains(QStringLiteral("negative")));
    QVERIFY(parsed.errors.at(3).message.contains(QStringLiteral("gpus[0]")));
    QVERIFY(parsed.gpus.isEmpty()); // fresh-3 has a bad field too
    QVERIFY(parsed.models.isEmpty());
}

void TestCatalogJsonFile::minifiedJsonStillNamesTheEntry()
{
    const QByteArray json =
        R"({"format":"gpu-advisor-catalog","version":1,"gpus":[{"id":"a","name":"A","vendor":"V",)"
        R"("class":"consumer","sources":["s"]},{"id":"b","name":"B","vendor":"V","class":"x",)"
        R"("sources":["s"]}]})";
    const ParsedCatalog parsed = CatalogJsonFile::read(json, QStringLiteral("min.json"));
    QCOMPARE(parsed.errors.size(), 1);
    QCOMPARE(parsed.errors.first().field, QStringLiteral("gpus[1].class"));
    QCOMPARE(parsed.errors.first().line, 1);
    QCOMPARE(parsed.gpus.size(), 1);
    QCOMPARE(parsed.gpus.first().id, QStringLiteral("a"));
}

void TestCatalogJsonFile::modelFieldRulesNameTheEntry()
{
    // The rules between a model's fields (CatalogFieldCheck), as the CSV import has them.
    const QString path = QStringLiteral(TEST_DATA_DIR "/import/bad-models.json");
    const ParsedCatalog parsed = CatalogJsonFile::read(readFile(path), path);
    QCOMPARE(parsed.errors.size(), 2);
    QCOMPARE(parsed.errors.at(0).toString(),
             path + QStringLiteral(":25: models[1].layers: at most 1000 layers: no published "
                                   "model has more"));
    QCOMPARE(parsed.errors.at(1).toString(),
             path + QStringLiteral(":42: models[2].attention_heads: more attention heads than the "
                                   "hidden size 64"));
    QCOMPARE(parsed.models.size(), 1);
    QCOMPARE(parsed.models.first().id, QStringLiteral("fresh-7b"));
}

void TestCatalogJsonFile::refusesOtherFormatsAndNewerVersions_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words");
    QTest::newRow("other format") << QByteArray(R"({"format": "something", "version": 1})")
                                  << QStringLiteral("format")
                                  << QStringLiteral("gpu-advisor-catalog");
    QTest::newRow("newer version") << QByteArray(R"({"format": "gpu-advisor-catalog",
"version": 2, "gpus": []})") << QStringLiteral("version")
                                   << QStringLiteral("newer");
    QTest::newRow("gpus not a list") << QByteArray(R"({"format": "gpu-advisor-catalog",
"version": 1, "gpus": {}})") << QStringLiteral("gpus")
                                     << QStringLiteral("list");
    QTest::newRow("entry not an object") << QByteArray(R"({"format": "gpu-advisor-catalog",
"version": 1, "gpus": [3]})") << QStringLiteral("gpus[0]")
                                         << QStringLiteral("object");
}

void TestCatalogJsonFile::refusesOtherFormatsAndNewerVersions()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, words);
    const ParsedCatalog parsed = CatalogJsonFile::read(json, QStringLiteral("x.json"));
    QCOMPARE(parsed.errors.size(), 1);
    QCOMPARE(parsed.errors.first().field, field);
    QVERIFY2(parsed.errors.first().message.contains(words),
             qPrintable(parsed.errors.first().message));
}

void TestCatalogJsonFile::invalidJsonNamesTheLine()
{
    const ParsedCatalog parsed = CatalogJsonFile::read(
        "{\n  \"format\": \"gpu-advisor-catalog\",\n  \"version\": 1,\n  \"gpus\": [,]\n}\n",
        QStringLiteral("broken.json"));
    QCOMPARE(parsed.errors.size(), 1);
    QCOMPARE(parsed.errors.first().line, 4);
    QCOMPARE(parsed.errors.first().file, QStringLiteral("broken.json"));
}

QTEST_GUILESS_MAIN(TestCatalogJsonFile)
#include "tst_catalogjsonfile.moc"
