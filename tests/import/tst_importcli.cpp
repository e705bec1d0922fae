#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// gpu-advisor-cli import, export-catalog, add-gpu, edit-gpu and revert-gpu as a user runs them:
// exit codes (0 ok, 2 bad input, 1 other), messages naming the option or line, nothing changed
// on bad input.
class TestImportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void exportImportExportIsIdentical();
    void exportCsvNeedsWhat();
    void badFileListsEveryProblemAndChangesNothing();
    void conflictsNeedAChoice();
    void dryRunChangesNothing();
    void addGpuRefusesBadValues_data();
    void addGpuRefusesBadValues();
    void addGpuThenEditAndRevert();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(QStringList args, const QString &database = QStringLiteral("catalog.sqlite")) const;
    QByteArray exportAll(const QString &database = QStringLiteral("catalog.sqlite")) const;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

TestImportCli::Run TestImportCli::cli(QStringList args, const QString &database) const
{
    args << QStringLiteral("--database") << path(database);
    QProcess process;
    process.start(QStringLiteral(CLI_PATH), args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray TestImportCli::exportAll(const QString &database) const
{
    const Run run = cli({QStringLiteral("export-catalog"), QStringLiteral("--format"),
                         QStringLiteral("json"), QStringLiteral("--output"), QStringLiteral("-")},
                        database);
    return run.exitCode == 0 ? run.out : QByteArray("export failed: ") + run.err;
}

void TestImportCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestImportCli::exportImportExportIsIdentical()
{
    // A user row, exported with --user-only, imported into another database, exported again.
    QCOMPARE(cli({QStringLiteral("add-gpu"), QStringLiteral("--id"), QStringLiteral("my-card"),
                  QStringLiteral("--name"), QStringLiteral("My Card"), QStringLiteral("--vendor"),
                  QStringLiteral("Acme"), QStringLiteral("--class"), QStringLiteral("workstation"),
                  QStringLiteral("--vram-gb"), QStringLiteral("32"),
                  QStringLiteral("--bandwidth-gbps"), QStringLiteral("960.5")})
                 .exitCode,
             0);
    const QString file = path(QStringLiteral("mine.json"));
    const Run exported = cli({QStringLiteral("export-catalog"), QStringLiteral("--output"), file,
                              QStringLiteral("--user-only")});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.err.isEmpty());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray first = f.readAll();
    QVERIFY(first.contains("\"my-card\""));
    QVERIFY(!first.contains("\"nvidia-rtx-4090\""));

    const Run imported = cli({QStringLiteral("import"), file, QStringLiteral("--json")},
                             QStringLiteral("other.sqlite"));
    QCOMPARE(imported.exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(imported.out).object();
    QCOMPARE(summary.value(QStringLiteral("content")).toString(), QStringLiteral("catalog-json"));
    QCOMPARE(
        summary.value(QStringLiteral("gpus")).toObject().value(QStringLiteral("added")).toInt(), 1);
    QVERIFY(summary.value(QStringLiteral("applied")).toBool());
    const QString again = path(QStringLiteral("again.json"));
    QCOMPARE(
        cli({QStringLiteral("export-catalog"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--output"), again, QStringLiteral("--user-only")},
            QStringLiteral("other.sqlite"))
            .exitCode,
        0);
    QFile g(again);
    QVERIFY(g.open(QIODevice::ReadOnly));
    QCOMPARE(g.readAll(), first);
}

void TestImportCli::exportCsvNeedsWhat()
{
    const Run run =
        cli({QStringLiteral("export-catalog"), QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--output"), path(QStringLiteral("x.csv"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--what"));
    QVERIFY(!QFile::exists(path(QStringLiteral("x.csv"))));
    const Run bad =
        cli({QStringLiteral("export-catalog"), QStringLiteral("--format"), QStringLiteral("xml"),
             QStringLiteral("--output"), path(QStringLiteral("x.xml"))});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("--format"));
    const Run gpus =
        cli({QStringLiteral("export-catalog"), QStringLiteral("--what"), QStringLiteral("gpus"),
             QStringLiteral("--output"), path(QStringLiteral("gpus.csv"))});
    QCOMPARE(gpus.exitCode, 0);
    QFile f(path(QStringLiteral("gpus.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("id,name,vendor,class,"));
}

void TestImportCli::badFileListsEveryProblemAndChangesNothing()
{
    const QByteArray before = exportAll();
    QVERIFY(before.startsWith("{"));
    const QString file = QStringLiteral(TEST_DATA_DIR "/import/bad-gpus.csv");
    const Run run = cli({QStringLiteral("import"), file, QStringLiteral("--on-conflict"),
                         QStringLiteral("replace")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err);
    for (const QString &where :
         {QStringLiteral("bad-gpus.csv:3: vram_gb"),
          QStringLiteral("bad-gpus.csv:4: bandwidth_gbps"),
          QStringLiteral("bad-gpus.csv:5: vram_gb"), QStringLiteral("bad-gpus.csv:6: name"),
          QStringLiteral("bad-gpus.csv:6: street_price_date"),
          QStringLiteral("bad-gpus.csv:7: class")})
        QVERIFY2(err.contains(where), qPrintable(where + QStringLiteral(" not in ") + err));
    QVERIFY(err.contains(QStringLiteral("6 problems; nothing was imported")));
    QCOMPARE(exportAll(), before);
}

void TestImportCli::conflictsNeedAChoice()
{
    // Every id of the bundled catalog's own export is already there.
    const QString file = path(QStringLiteral("gpus.csv"));
    QCOMPARE(cli({QStringLiteral("export-catalog"), QStringLiteral("--what"),
                  QStringLiteral("gpus"), QStringLiteral("--output"), file})
                 .exitCode,
             0);
    const QByteArray before = exportAll();
    const Run refused = cli({QStringLiteral("import"), file});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains("GPU 'nvidia-rtx-4090' is already in the catalog"));
    QVERIFY(refused.err.contains("--on-conflict"));
    QCOMPARE(exportAll(), before);

    const Run bad = cli(
        {QStringLiteral("import"), file, QStringLiteral("--on-conflict"), QStringLiteral("merge")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("--on-conflict"));

    const Run skipped = cli(
        {QStringLiteral("import"), file, QStringLiteral("--on-conflict"), QStringLiteral("skip")});
    QCOMPARE(skipped.exitCode, 0);
    QVERIFY(skipped.out.contains("0 added"));
    QCOMPARE(exportAll(), before);

    const Run kept = cli({QStringLiteral("import"), file, QStringLiteral("--on-conflict"),
                          QStringLiteral("keep-both")});
    QCOMPARE(kept.exitCode, 0);
    QVERIFY(kept.out.contains("'nvidia-rtx-4090-2'"));
    const Run shown = cli({QStringLiteral("show"), QStringLiteral("gpu"),
                           QStringLiteral("nvidia-rtx-4090-2"), QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("origin")).toString(),
             QStringLiteral("user"));
}

void TestImportCli::dryRunChangesNothing()
{
    const QByteArray before = exportAll();
    const Run run =
        cli({QStringLiteral("import"), QStringLiteral(TEST_DATA_DIR "/configs/qwen2.5-7b.json"),
             QStringLiteral("--dry-run"), QStringLiteral("--on-conflict"),
             QStringLiteral("keep-both")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Would import model (Hugging Face config.json)"));
    QVERIFY(run.out.contains("Dry run: nothing was changed."));
    QCOMPARE(exportAll(), before);
}

void TestImportCli::addGpuRefusesBadValues_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("words");
    QTest::newRow("negative") << QStringLiteral("vram-gb") << QStringLiteral("-24")
                              << QStringLiteral("negative");
    QTest::newRow("NaN") << QStringLiteral("bandwidth-gbps") << QStringLiteral("nan")
                         << QStringLiteral("not a number");
    QTest::newRow("infinite") << QStringLiteral("tdp-w") << QStringLiteral("inf")
                              << QStringLiteral("not a number");
    QTest::newRow("text") << QStringLiteral("fp32-tflops") << QStringLiteral("fast")
                          << QStringLiteral("not a number");
    QTest::newRow("Swedish decimal comma")
        << QStringLiteral("street-price-sek") << QStringLiteral("18990,50")
        << QStringLiteral("decimal point");
    QTest::newRow("whole number") << QStringLiteral("pcie-gen") << QStringLiteral("4.5")
                                  << QStringLiteral("whole number");
    QTest::newRow("date") << QStringLiteral("street-price-date") << QStringLiteral("1/3/2026")
                          << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("class") << QStringLiteral("class") << QStringLiteral("gaming")
                           << QStringLiteral("consumer");
    QTest::newRow("id") << QStringLiteral("id") << QStringLiteral("My Card")
                        << QStringLiteral("not a valid id");
}

void TestImportCli::addGpuRefusesBadValues()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(QString, words);
    QStringList args = {
        QStringLiteral("add-gpu"), QStringLiteral("--id"),    QStringLiteral("my-card"),
        QStringLiteral("--name"),  QStringLiteral("My Card"), QStringLiteral("--vendor"),
        QStringLiteral("Acme"),    QStringLiteral("--class"), QStringLiteral("consumer")};
    const qsizetype at = args.indexOf(QStringLiteral("--") + option);
    if (at >= 0)
        args[at + 1] = value;
    else
        args << QStringLiteral("--") + option << value;
    const Run run = cli(args);
    QCOMPARE(run.exitCode, 2);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(QStringLiteral("--%1: ").arg(option)), qPrintable(err));
    QVERIFY2(err.contains(words), qPrintable(err));
    QVERIFY(err.contains(QStringLiteral("nothing was changed")));
    QCOMPARE(
        cli({QStringLiteral("show"), QStringLiteral("gpu"), QStringLiteral("my-card")}).exitCode,
        2);
    // edit-gpu refuses the same values and leaves the row as it was.
    if (option == u"id")
        return;
    const QByteArray before = exportAll();
    const Run edit = cli({QStringLiteral("edit-gpu"), QStringLiteral("nvidia-rtx-4090"),
                          QStringLiteral("--") + option, value, QStringLiteral("--notes"),
                          QStringLiteral("changed")});
    QCOMPARE(edit.exitCode, 2);
    QVERIFY(edit.err.contains(QStringLiteral("--%1: ").arg(option).toUtf8()));
    QCOMPARE(exportAll(), before);
}

void TestImportCli::addGpuThenEditAndRevert()
{
    const Run missing =
        cli({QStringLiteral("add-gpu"), QStringLiteral("--name"), QStringLiteral("No Id")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("--id: is required"));
    QVERIFY(missing.err.contains("--vendor: is required"));

    const Run edited = cli({QStringLiteral("edit-gpu"), QStringLiteral("nvidia-rtx-4090"),
                            QStringLiteral("--street-price-sek"), QStringLiteral("17990"),
                            QStringLiteral("--street-price-date"), QStringLiteral("2026-03-01")});
    QCOMPARE(edited.exitCode, 0);
    QVERIFY(edited.out.contains("street_price_sek: 20000 -> 17990"));
    auto price = [&] {
        const Run shown = cli({QStringLiteral("show"), QStringLiteral("gpu"),
                               QStringLiteral("nvidia-rtx-4090"), QStringLiteral("--json")});
        const QJsonObject gpu = QJsonDocument::fromJson(shown.out).object();
        return std::make_pair(gpu.value(QStringLiteral("street_price_sek")).toDouble(),
                              gpu.value(QStringLiteral("origin")).toString());
    };
    QCOMPARE(price(), std::make_pair(17990.0, QStringLiteral("user")));

    const Run reverted = cli({QStringLiteral("revert-gpu"), QStringLiteral("nvidia-rtx-4090")});
    QCOMPARE(reverted.exitCode, 0);
    QCOMPARE(price(), std::make_pair(20000.0, QStringLiteral("bundled")));

    QCOMPARE(cli({QStringLiteral("edit-gpu"), QStringLiteral("no-such-gpu"),
                  QStringLiteral("--vram-gb"), QStringLiteral("8")})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("edit-gpu"), QStringLiteral("nvidia-rtx-4090")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("add-gpu"), QStringLiteral("--id"), QStringLiteral("my-card"),
                  QStringLiteral("--name"), QStringLiteral("My Card"), QStringLiteral("--vendor"),
                  QStringLiteral("Acme"), QStringLiteral("--class"), QStringLiteral("consumer")})
                 .exitCode,
             0);
    const Run own = cli({QStringLiteral("revert-gpu"), QStringLiteral("my-card")});
    QCOMPARE(own.exitCode, 2);
    QVERIFY(own.err.contains("not in the bundled catalog"));
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
