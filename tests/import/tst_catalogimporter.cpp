#include "Catalog.h"
#include "CatalogExporter.h"
#include "CatalogImporter.h"
#include "CatalogRepository.h"
#include "Database.h"
#include "MeasurementRepository.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Import and export on real SQLite files: round trips, all-or-nothing, conflicts, dry runs.
class TestCatalogImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTripGivesIdenticalBytes_data();
    void roundTripGivesIdenticalBytes();
    void exportWritesToDeviceAndFile();
    void userOnlyExportHasOnlyUserRows();
    void detectsWhatTheFileHolds_data();
    void detectsWhatTheFileHolds();
    void badRowsAreAllReportedAndNothingChanges();
    void badJsonEntriesAreAllReportedAndNothingChanges();
    void modelsBreakingFieldRulesAreRefused_data();
    void modelsBreakingFieldRulesAreRefused();
    void gpusOutsideTheFormsRangesAreRefused();
    void conflictResolutions_data();
    void conflictResolutions();
    void dryRunChangesNothing();
    void applyRefusesWhenCatalogGainedAnId();
    void failureHalfwayImportsNothing();
    void importsHfConfig();
    void importsMeasurementsOnce();
    void badMeasurementsAreAllReported();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    static QString data(const char *name)
    {
        return QStringLiteral(TEST_DATA_DIR "/import/") + QString::fromLatin1(name);
    }
    static QByteArray exportAll(const CatalogRepository &repo)
    {
        // JSON holds every field of GPUs and models: equal bytes, equal catalog content.
        const auto bytes = CatalogExporter(repo).toBytes({CatalogFileFormat::Json, false});
        return bytes ? *bytes : QByteArray("export failed: ") + bytes.error().message.toUtf8();
    }
    std::unique_ptr<Catalog> openV1()
    {
        auto c = Catalog::open(path(QStringLiteral("catalog.sqlite")),
                               QStringLiteral(TEST_DATA_DIR "/catalog-v1"));
        return c ? std::move(c).value() : nullptr;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCatalogImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCatalogImporter::roundTripGivesIdenticalBytes_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("gpus");
    QTest::addColumn<bool>("models");
    QTest::newRow("json, GPUs and models") << int(CatalogFileFormat::Json) << true << true;
    QTest::newRow("csv, GPUs") << int(CatalogFileFormat::Csv) << true << false;
    QTest::newRow("csv, models") << int(CatalogFileFormat::Csv) << false << true;
}

void TestCatalogImporter::roundTripGivesIdenticalBytes()
{
    QFETCH(int, format);
    QFETCH(bool, gpus);
    QFETCH(bool, models);
    const CatalogExportOptions options{CatalogFileFormat(format), false, gpus, models};
    // The full bundled catalog, with one user edit.
    auto source = Catalog::open(path(QStringLiteral("source.sqlite")));
    QVERIFY(source.ok());
    GpuSpec edited = **(*source)->repository().gpu(QStringLiteral("nvidia-rtx-4090"));
    edited.streetPriceSek = 17990.5;
    edited.notes = QStringLiteral("line one\nline two, with \"quotes\" and ; and |");
    QVERIFY((*source)->repository().saveUserGpu(edited).ok());
    const QString file = path(format == int(CatalogFileFormat::Json) ? QStringLiteral("out.json")
                                                                     : QStringLiteral("out.csv"));
    QVERIFY(CatalogExporter((*source)->repository()).writeFile(file, options).ok());

    auto empty = Database::open(path(QStringLiteral("empty.sqlite")));
    QVERIFY(empty.ok());
    CatalogImporter importer(**empty);
    const ImportPlan plan = importer.check(file);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.errors.first().toString()));
    QVERIFY(plan.conflicts.isEmpty());
    const auto summary = importer.apply(plan);
    QVERIFY(summary.ok());
    QVERIFY(summary->applied);
    QCOMPARE(summary->gpus.added, gpus ? int((*source)->repository().gpus()->size()) : 0);
    QCOMPARE(summary->models.added, models ? int((*source)->repository().models()->size()) : 0);

    const auto again = CatalogExporter(CatalogRepository(**empty)).toBytes(options);
    QVERIFY(again.ok());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray first = written.readAll();
    QVERIFY(first.size() > 10000);
    QCOMPARE(*again, first);
}

void TestCatalogImporter::exportWritesToDeviceAndFile()
{
    auto catalog = openV1();
    QVERIFY(catalog);
    const CatalogExporter exporter(catalog->repository());
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(exporter.write(buffer, {CatalogFileFormat::Csv, false, true, false}).ok());
    QVERIFY(buffer.data().startsWith("id,name,vendor,class,"));
    QCOMPARE(buffer.data().count('\n'), 4); // header and 3 GPUs
    // CSV holds one table.
    const Status both = exporter.writeFile(path(QStringLiteral("x.csv")),
                                           {CatalogFileFormat::Csv, false, true, true});
    QVERIFY(!both.ok());
    QVERIFY(!QFile::exists(path(QStringLiteral("x.csv"))));
    // A folder that does not exist: an error naming the file, no partial file.
    const QString bad = path(QStringLiteral("missing/dir/x.json"));
    const Status failed = exporter.writeFile(bad, {});
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().file, bad);
}

void TestCatalogImporter::userOnlyExportHasOnlyUserRows()
{
    auto catalog = openV1();
    QVERIFY(catalog);
    GpuSpec beta = **catalog->repository().gpu(QStringLiteral("beta-16"));
    beta.notes = QStringLiteral("mine");
    QVERIFY(catalog->repository().saveUserGpu(beta).ok());
    const auto bytes =
        CatalogExporter(catalog->repository()).toBytes({CatalogFileFormat::Json, true});
    QVERIFY(bytes.ok());
    QVERIFY(bytes->contains("\"beta-16\""));
    QVERIFY(!bytes->contains("\"alpha-24\""));
    QVERIFY(bytes->contains("\"models\": []"));
}

void TestCatalogImporter::detectsWhatTheFileHolds_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("content");
    QTest::newRow("gpus.csv") << QStringLiteral(TEST_DATA_DIR "/catalog-v1/gpus.csv")
                              << int(ImportContent::GpusCsv);
    QTest::newRow("models.csv") << QStringLiteral(TEST_DATA_DIR "/catalog-v1/models.csv")
                                << int(ImportContent::ModelsCsv);
    QTest::newRow("catalog json") << data("bad-catalog.json") << int(ImportContent::CatalogJson);
    QTest::newRow("config.json") << QStringLiteral(TEST_DATA_DIR "/configs/mistral-7b-v0.1.json")
                                 << int(ImportContent::HfConfig);
    QTest::newRow("measurements") << QStringLiteral(TEST_DATA_DIR
                                                    "/measurements/llm_decode_measurements.csv")
                                  << int(ImportContent::Measurements);
    QTest::newRow("memory measurements")
        << QStringLiteral(TEST_DATA_DIR "/measurements/llm_memory_measurements.csv")
        << int(ImportContent::Unknown);
    QTest::newRow("catalog.json facts")
        << QStringLiteral(TEST_DATA_DIR "/catalog-v1/catalog.json") << int(ImportContent::Unknown);
}

void TestCatalogImporter::detectsWhatTheFileHolds()
{
    QFETCH(QString, file);
    QFETCH(int, content);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(int(CatalogImporter::detect(f.readAll())), content);
}

void TestCatalogImporter::badRowsAreAllReportedAndNothingChanges()
{
    auto catalog = openV1();
    QVERIFY(catalog);
    const QByteArray before = exportAll(catalog->repository());
    CatalogImporter importer(catalog->database());
    const QString file = data("bad-gpus.csv");
    const ImportPlan plan = importer.check(file, ConflictResolution::Replace);
    QCOMPARE(plan.content, ImportContent::GpusCsv);
    QStringList found;
    for (const Error &e : plan.errors) {
        QCOMPARE(e.file, file);
        found.append(QStringLiteral("%1 %2").arg(e.line).arg(e.field));
    }
    const QStringList expected = {
        QStringLiteral("3 vram_gb"),           QStringLiteral("4 bandwidth_gbps"),
        QStringLiteral("5 vram_gb"),           QStringLiteral("6 name"),
        QStringLiteral("6 street_price_date"), QStringLiteral("7 class"),
    };
    QCOMPARE(found, expected);
    QVERIFY(plan.errors.at(2).message.contains(QStringLiteral("decimal point")));
    // Line 2 is good, but nothing of a file with problems is imported.
    const auto applied = importer.apply(plan);
    QVERIFY(!applied.ok());
    QVERIFY(!catalog->repository().gpu(QStringLiteral("fresh-1"))->has_value());
    QCOMPARE(exportAll(catalog->repository()), before);
}

void TestCatalogImporter::badJsonEntriesAreAllReportedAndNothingChanges()
{
    auto catalog = openV1();
    QVERIFY(catalog);
    const QByteArray before = exportAll(catalog->repository());
    CatalogImporter importer(catalog->database());
    const ImportPlan plan = importer.check(data("bad-catalog.json"));
    QCOMPARE(plan.content, ImportContent::CatalogJson);
    QCOMPARE(plan.errors.size(), 6);
    for (const Error &e : plan.errors)
        QVERIFY2(e.line > 0 && !e.field.isEmpty(), qPrintable(e.toString()));
    QVERIFY(!importer.apply(plan).ok());
    QCOMPARE(exportAll(catalog->repository()), before);
}

void TestCatalogImporter::modelsBreakingFieldRulesAreRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("content");
    QTest::addColumn<QStringList>("expected"); // "line field" of each problem
    QTest::newRow("csv") << data("bad-models.csv") << int(ImportContent::ModelsCsv)
                         << QStringList{QStringLiteral("3 layers"),
                                        QStringLiteral("4 attention_heads")};
    QTest::newRow("json") << data("bad-models.json") << int(ImportContent::CatalogJson)
                          << QStringList{QStringLiteral("25 models[1].layers"),
                                         QStringLiteral("42 models[2].attention_heads")};
}

// The rules of the model form and add-model hold for a file too (CatalogFieldCheck): 8000000
// layers (fuzzing found the estimator takes minutes on millions) and more attention heads than
// the hidden size are refused with file, line and field, and the good first row is not imported.
void TestCatalogImporter::modelsBreakingFieldRulesAreRefused()
{
    QFETCH(QString, file);
    QFETCH(int, content);
    QFETCH(QStringList, expected);
    auto catalog = openV1();
    QVERIFY(catalog);
    const QByteArray before = exportAll(catalog->repository());
    CatalogImporter importer(catalog->database());
    const ImportPlan plan = importer.check(file, ConflictResolution::Replace);
    QCOMPARE(int(plan.content), content);
    QStringList found;
    for (const Error &e : plan.errors) {
        QCOMPARE(e.file, file);
        found.append(QStringLiteral("%1 %2").arg(e.line).arg(e.field));
    }
    QCOMPARE(found, expected);
    const QString layers = plan.errors.at(0).toString();
    QVERIFY2(
        layers.startsWith(QStringLiteral("%1:%2: ").arg(file, expected.at(0).section(u' ', 0, 0))),
        qPrintable(layers));
    QVERIFY2(layers.contains(QStringLiteral("layers: at most 1000 layers")), qPrintable(layers));
    QVERIFY2(plan.errors.at(1).message.contains(
                 QStringLiteral("more attention heads than the hidden size 64")),
             qPrintable(plan.errors.at(1).toString()));
    QVERIFY(!importer.apply(plan).ok());
    for (const char *id : {"fresh-7b", "deep-7b", "many-heads"})
        QVERIFY(!catalog->repository().model(QString::fromLatin1(id))->has_value());
    QCOMPARE(exportAll(catalog->repository()), before);
}

// The ranges of the GPU form and add-gpu hold for a file too: a price of 0, a release year of
// 1800 and 64 PCIe lanes are refused with line and field, and the good first row is not imported.
void TestCatalogImporter::gpusOutsideTheFormsRangesAreRefused()
{
    const QString file = data("bad-gpu-ranges.csv");
    auto catalog = openV1();
    QVERIFY(catalog);
    const QByteArray before = exportAll(catalog->repository());
    CatalogImporter importer(catalog->database());
    const ImportPlan plan = importer.check(file, ConflictResolution::Replace);
    QCOMPARE(int(plan.content), int(ImportContent::GpusCsv));
    QStringList found;
    for (const Error &e : plan.errors) {
        QCOMPARE(e.file, file);
        found.append(QStringLiteral("%1 %2: %3").arg(e.line).arg(e.field, e.message));
    }
    QCOMPARE(found.size(), 3);
    QVERIFY2(found.at(0).startsWith(u"3 street_price_sek: "), qPrintable(found.at(0)));
    QVERIFY2(found.at(1).startsWith(u"4 release_year: ") && found.at(1).contains(u"1990"),
             qPrintable(found.at(1)));
    QVERIFY2(found.at(2).startsWith(u"5 pcie_lanes: ") && found.at(2).contains(u"32"),
             qPrintable(found.at(2)));
    QVERIFY(!importer.apply(plan).ok());
    for (const char *id : {"range-1", "range-2", "range-3", "range-4"})
        QVERIFY(!catalog->repository().gpu(QString::fromLatin1(id))->has_value());
    QCOMPARE(exportAll(catalog->repository()), before);
}

void TestCatalogImporter::conflictResolutions_data()
{
    QTest::addColumn<int>("resolution");
    QTest::newRow("skip") << int(ConflictResolution::Skip);
    QTest::newRow("replace") << int(ConflictResolution::Replace);
    QTest::newRow("keep both") << int(ConflictResolution::KeepBoth);
}

void TestCatalogImporter::conflictResolutions()
{
    QFETCH(int, resolution);
    const auto r = ConflictResolution(resolution);
    auto catalog = openV1();
    QVERIFY(catalog);
    CatalogRepository &repo = catalog->repository();
    CatalogImporter importer(catalog->database());
    const ImportPlan plan = importer.check(data("new-gpus.csv"), r);
    QVERIFY(plan.ok());
    QCOMPARE(plan.conflicts.size(), 1);
    const ImportConflict &c = plan.conflicts.first();
    QCOMPARE(c.id, QStringLiteral("alpha-24"));
    QCOMPARE(c.existingOrigin, RowOrigin::Bundled);
    QCOMPARE(c.existingName, QStringLiteral("Alpha 24"));
    QCOMPARE(c.importedName, QStringLiteral("Alpha 24 (mine)"));
    QCOMPARE(c.keepBothId, QStringLiteral("alpha-24-2"));

    const auto summary = importer.apply(plan);
    QVERIFY(summary.ok());
    QCOMPARE(summary->gpus.added, 1); // omega-32
    QVERIFY(repo.gpu(QStringLiteral("omega-32"))->has_value());
    const GpuSpec alpha = **repo.gpu(QStringLiteral("alpha-24"));
    const auto kept = *repo.gpu(QStringLiteral("alpha-24-2"));
    switch (r) {
    case ConflictResolution::Skip:
        QCOMPARE(summary->gpus.skipped, 1);
        QCOMPARE(alpha.name, QStringLiteral("Alpha 24"));
        QCOMPARE(alpha.origin, RowOrigin::Bundled);
        QVERIFY(!kept);
        QCOMPARE(repo.gpus()->size(), 4);
        break;
    case ConflictResolution::Replace:
        QCOMPARE(summary->gpus.replaced, 1);
        QCOMPARE(alpha.name, QStringLiteral("Alpha 24 (mine)"));
        QCOMPARE(alpha.bandwidthGBps, std::optional<double>(1100));
        QCOMPARE(alpha.origin, RowOrigin::User);
        // The bundled values are still there to revert to.
        QCOMPARE((**repo.bundledGpu(QStringLiteral("alpha-24"))).bandwidthGBps,
                 std::optional<double>(1000));
        QCOMPARE(repo.gpus()->size(), 4);
        break;
    case ConflictResolution::KeepBoth:
        QCOMPARE(summary->gpus.keptBoth, 1);
        QCOMPARE(alpha.name, QStringLiteral("Alpha 24"));
        QVERIFY(kept);
        QCOMPARE(kept->name, QStringLiteral("Alpha 24 (mine) (2)"));
        QCOMPARE(kept->bandwidthGBps, std::optional<double>(1100));
        QCOMPARE(kept->origin, RowOrigin::User);
        QCOMPARE(repo.gpus()->size(), 5);
        break;
    }
}

void TestCatalogImporter::dryRunChangesNothing()
{
    auto catalog = openV1();
    QVERIFY(catalog);
    const QByteArray before = exportAll(catalog->repository());
    CatalogImporter importer(catalog->database());
    const ImportPlan plan = importer.check(data("new-gpus.csv"), ConflictResolution::Replace);
    const ImportSummary preview = CatalogImporter::preview(plan);
    QVERIFY(!preview.applied);
    QCOMPARE(preview.gpus.added, 1);
    QCOMPARE(preview.gpus.replaced, 1);
    QCOMPARE(exportAll(catalog->repository()), before);
    // Applying does what the preview said.
    const auto applied = importer.apply(plan);
    QVERIFY(applied.ok());
    QCOMPARE(applied->gpus.added, preview.gpus.added);
    QCOMPARE(applied->gpus.replaced, preview.gpus.replaced);
    QVERIFY(exportAll(catalog->repository()) != before);
}

void TestCatalogImporter::applyRefusesWhenCatalogGainedAnId()
{
    auto catalog = openV1();
    QVERIFY(catalog);
    CatalogImporter importer(catalog->database());
    const ImportPlan plan = importer.check(data("new-gpus.csv"), ConflictResolution::Skip);
    QVERIFY(plan.ok());
    // Meanwhile the user adds omega-32 by hand: the plan knows no conflict for it.
    GpuSpec omega = plan.gpus.at(1);
    omega.name = QStringLiteral("Hand-made Omega");
    QVERIFY(catalog->repository().saveUserGpu(omega).ok());
    const QByteArray before = exportAll(catalog->repository());
    const auto applied = importer.apply(plan);
    QVERIFY(!applied.ok());
    QVERIFY(applied.error().message.contains(QStringLiteral("check it again")));
    QCOMPARE(exportAll(catalog->repository()), before);
}

void TestCatalogImporter::failureHalfwayImportsNothing()
{
    auto catalog = openV1();
    QVERIFY(catalog);
    const QByteArray before = exportAll(catalog->repository());
    CatalogImporter importer(catalog->database());
    ImportPlan plan = importer.check(data("new-gpus.csv"), ConflictResolution::Replace);
    QVERIFY(plan.ok());
    // A row the database refuses (name NOT NULL) after two good ones.
    GpuSpec broken = plan.gpus.at(1);
    broken.id = QStringLiteral("broken");
    broken.name.clear();
    plan.gpus.append(broken);
    const auto applied = importer.apply(plan);
    QVERIFY(!applied.ok());
    QVERIFY(!catalog->repository().gpu(QStringLiteral("omega-32"))->has_value());
    QCOMPARE(exportAll(catalog->repository()), before);
}

void TestCatalogImporter::importsHfConfig()
{
    auto catalog = openV1();
    QVERIFY(catalog);
    CatalogImporter importer(catalog->database());
    const ImportPlan plan =
        importer.check(QStringLiteral(TEST_DATA_DIR "/configs/mixtral-8x7b-v0.1.json"));
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.errors.first().toString()));
    QCOMPARE(plan.content, ImportContent::HfConfig);
    QCOMPARE(plan.models.size(), 1);
    const QString id = plan.models.first().id;
    const auto applied = importer.apply(plan);
    QVERIFY(applied.ok());
    QCOMPARE(applied->models.added, 1);
    const auto model = *catalog->repository().model(id);
    QVERIFY(model);
    QCOMPARE(model->origin, RowOrigin::User);
    QCOMPARE(model->expertsTotal, 8);
    // A second import of the same config is a conflict.
    QCOMPARE(importer.check(QStringLiteral(TEST_DATA_DIR "/configs/mixtral-8x7b-v0.1.json"))
                 .conflicts.size(),
             1);
}

void TestCatalogImporter::importsMeasurementsOnce()
{
    auto catalog = openV1();
    QVERIFY(catalog);
    CatalogImporter importer(catalog->database());
    const ImportPlan plan = importer.check(data("measurements.csv"));
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.errors.first().toString()));
    QCOMPARE(plan.content, ImportContent::Measurements);
    QCOMPARE(plan.measurements.size(), 2);
    QVERIFY(importer.apply(plan).ok());
    const auto stored = MeasurementRepository(catalog->database()).measurements();
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 2);
    QCOMPARE(stored->at(0).gpuId, QStringLiteral("alpha-24"));
    QCOMPARE(stored->at(0).format, QStringLiteral("q4_k_m"));
    QCOMPARE(stored->at(0).decodeTokensPerS, std::optional<double>(120.5));
    QCOMPARE(stored->at(0).prefillTokensPerS, std::optional<double>(3000));
    QCOMPARE(stored->at(1).gpuId, QStringLiteral("gamma-80")); // by its name
    QCOMPARE(stored->at(1).modelId, QStringLiteral("tiny-7b"));
    // The same file again adds nothing.
    const ImportPlan again = importer.check(data("measurements.csv"));
    QCOMPARE(again.measurements.size(), 0);
    QCOMPARE(again.duplicateMeasurements, 2);
    QVERIFY(importer.apply(again).ok());
    QCOMPARE(MeasurementRepository(catalog->database()).measurements()->size(), 2);
}

void TestCatalogImporter::badMeasurementsAreAllReported()
{
    auto catalog = openV1();
    QVERIFY(catalog);
    CatalogImporter importer(catalog->database());
    const ImportPlan plan = importer.check(data("bad-measurements.csv"));
    QStringList found;
    for (const Error &e : plan.errors)
        found.append(QStringLiteral("%1 %2").arg(e.line).arg(e.field));
    QCOMPARE(found, (QStringList{QStringLiteral("2 decode_tok_s"), QStringLiteral("3 gpu"),
                                 QStringLiteral("4 decode_tok_s")}));
    QVERIFY(plan.errors.first().message.contains(QStringLiteral("decimal point")));
    QVERIFY(!importer.apply(plan).ok());
    QCOMPARE(MeasurementRepository(catalog->database()).measurements()->size(), 0);
}

QTEST_GUILESS_MAIN(TestCatalogImporter)
#include "tst_catalogimporter.moc"
