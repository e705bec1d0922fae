#include "CliRun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// gpu-advisor-cli add-model, edit-model and revert-model as a user runs them: exit codes (0 ok,
// 2 bad input), every bad value named by its option, nothing changed on bad input, parameter
// counts from the architecture.
class TestModelCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addModelComputesItsParameters();
    void addModelNamesEveryMissingOption();
    void badValuesAreRefusedByName_data();
    void badValuesAreRefusedByName();
    void editModelThenRevert();
    void helpListsTheCommands();

private:
    CliRun cli(const QStringList &args) const
    {
        return runCli(args, m_dir->filePath(QStringLiteral("catalog.sqlite")));
    }
    QJsonObject shown(const QString &id) const;
    QByteArray exportAll() const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

// The options of Llama 3.1 8B's config.json.
static QStringList llamaOptions(const QString &id)
{
    return {QStringLiteral("add-model"),
            QStringLiteral("--id"),
            id,
            QStringLiteral("--name"),
            QStringLiteral("My Llama"),
            QStringLiteral("--layers"),
            QStringLiteral("32"),
            QStringLiteral("--hidden-size"),
            QStringLiteral("4096"),
            QStringLiteral("--intermediate-size"),
            QStringLiteral("14336"),
            QStringLiteral("--attention-heads"),
            QStringLiteral("32"),
            QStringLiteral("--kv-heads"),
            QStringLiteral("8"),
            QStringLiteral("--vocab-size"),
            QStringLiteral("128256"),
            QStringLiteral("--max-context"),
            QStringLiteral("131072")};
}

void TestModelCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QJsonObject TestModelCli::shown(const QString &id) const
{
    const CliRun run =
        cli({QStringLiteral("show"), QStringLiteral("model"), id, QStringLiteral("--json")});
    return run.exitCode == 0 ? QJsonDocument::fromJson(run.out).object() : QJsonObject();
}

QByteArray TestModelCli::exportAll() const
{
    const CliRun run =
        cli({QStringLiteral("export-catalog"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--output"), QStringLiteral("-")});
    return run.exitCode == 0 ? run.out : QByteArray("export failed: ") + run.err;
}

void TestModelCli::addModelComputesItsParameters()
{
    const CliRun added = cli(llamaOptions(QStringLiteral("my-llama")));
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.out.contains("Added My Llama as 'my-llama'"), added.out.constData());
    const QJsonObject model = shown(QStringLiteral("my-llama"));
    QCOMPARE(model.value(QStringLiteral("origin")).toString(), QStringLiteral("user"));
    // The same architecture as the bundled llama-3.1-8b gives its 8.03 billion parameters.
    const QJsonObject bundled = shown(QStringLiteral("llama-3.1-8b"));
    QVERIFY(qAbs(model.value(QStringLiteral("params_total_b")).toDouble() -
                 bundled.value(QStringLiteral("params_total_b")).toDouble()) < 0.01);
    QCOMPARE(model.value(QStringLiteral("head_dim")).toInt(), 128); // hidden / heads
    QCOMPARE(model.value(QStringLiteral("attention")).toString(), QStringLiteral("gqa"));

    const CliRun again = cli(llamaOptions(QStringLiteral("my-llama")));
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains("--id: a model with this id is already in the catalog"));
}

void TestModelCli::addModelNamesEveryMissingOption()
{
    const CliRun run =
        cli({QStringLiteral("add-model"), QStringLiteral("--id"), QStringLiteral("half"),
             QStringLiteral("--layers"), QStringLiteral("32")});
    QCOMPARE(run.exitCode, 2);
    for (const char *option : {"--name", "--hidden-size", "--attention-heads", "--kv-heads",
                               "--vocab-size", "--max-context"})
        QVERIFY2(run.err.contains(QByteArray(option) + ": is required"), run.err.constData());
    QVERIFY(!run.err.contains("--layers"));
    QVERIFY(run.err.contains("nothing was changed"));
    QVERIFY(shown(QStringLiteral("half")).isEmpty());
}

void TestModelCli::badValuesAreRefusedByName_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("words");
    QTest::newRow("negative") << QStringLiteral("layers") << QStringLiteral("-3")
                              << QStringLiteral("negative");
    QTest::newRow("fraction") << QStringLiteral("hidden-size") << QStringLiteral("4096.5")
                              << QStringLiteral("whole number");
    QTest::newRow("NaN") << QStringLiteral("params-total-b") << QStringLiteral("nan")
                         << QStringLiteral("not a number");
    QTest::newRow("attention") << QStringLiteral("attention") << QStringLiteral("flash")
                               << QStringLiteral("mha, gqa, mqa, mla");
    QTest::newRow("yes or no") << QStringLiteral("tied-embeddings") << QStringLiteral("maybe")
                               << QStringLiteral("yes or no");
    QTest::newRow("KV heads") << QStringLiteral("kv-heads") << QStringLiteral("7")
                              << QStringLiteral("do not divide");
    QTest::newRow("zero context") << QStringLiteral("max-context") << QStringLiteral("0")
                                  << QStringLiteral("above 0");
    QTest::newRow("id") << QStringLiteral("id") << QStringLiteral("My Model")
                        << QStringLiteral("not a valid id");
}

void TestModelCli::badValuesAreRefusedByName()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(QString, words);
    QStringList args = llamaOptions(QStringLiteral("my-llama"));
    const qsizetype at = args.indexOf(QStringLiteral("--") + option);
    if (at >= 0)
        args[at + 1] = value;
    else
        args << QStringLiteral("--") + option << value;
    const CliRun run = cli(args);
    QCOMPARE(run.exitCode, 2);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(QStringLiteral("--%1: ").arg(option)), qPrintable(err));
    QVERIFY2(err.contains(words), qPrintable(err));
    QVERIFY(err.contains(QStringLiteral("nothing was changed")));
    QVERIFY(shown(QStringLiteral("my-llama")).isEmpty());
    // edit-model refuses the same values and leaves the catalog as it was.
    if (option == u"id")
        return;
    const QByteArray before = exportAll();
    const CliRun edit = cli({QStringLiteral("edit-model"), QStringLiteral("llama-3.1-8b"),
                             QStringLiteral("--") + option, value, QStringLiteral("--notes"),
                             QStringLiteral("changed")});
    QCOMPARE(edit.exitCode, 2);
    QVERIFY2(edit.err.contains(QStringLiteral("--%1: ").arg(option).toUtf8()),
             edit.err.constData());
    QCOMPARE(exportAll(), before);
}

void TestModelCli::editModelThenRevert()
{
    const QJsonObject bundled = shown(QStringLiteral("llama-3.1-8b"));
    const CliRun edited = cli({QStringLiteral("edit-model"), QStringLiteral("llama-3.1-8b"),
                               QStringLiteral("--max-context"), QStringLiteral("8192")});
    QCOMPARE(edited.exitCode, 0);
    QVERIFY2(edited.out.contains("max_context: 131072 -> 8192"), edited.out.constData());
    QVERIFY(edited.out.contains("revert-model llama-3.1-8b"));
    QJsonObject model = shown(QStringLiteral("llama-3.1-8b"));
    QCOMPARE(model.value(QStringLiteral("origin")).toString(), QStringLiteral("user"));
    // A context change leaves the parameter counts; a change of the architecture counts again.
    QCOMPARE(model.value(QStringLiteral("params_total_b")),
             bundled.value(QStringLiteral("params_total_b")));
    QCOMPARE(cli({QStringLiteral("edit-model"), QStringLiteral("llama-3.1-8b"),
                  QStringLiteral("--layers"), QStringLiteral("16")})
                 .exitCode,
             0);
    model = shown(QStringLiteral("llama-3.1-8b"));
    QVERIFY(model.value(QStringLiteral("params_total_b")).toDouble() <
            bundled.value(QStringLiteral("params_total_b")).toDouble() * 0.7);

    const CliRun reverted = cli({QStringLiteral("revert-model"), QStringLiteral("llama-3.1-8b")});
    QCOMPARE(reverted.exitCode, 0);
    QCOMPARE(shown(QStringLiteral("llama-3.1-8b")), bundled);

    QCOMPARE(cli({QStringLiteral("edit-model"), QStringLiteral("llama-3.1-8b")}).exitCode, 2);
    const CliRun missing = cli({QStringLiteral("edit-model"), QStringLiteral("no-such-model"),
                                QStringLiteral("--layers"), QStringLiteral("8")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("no-such-model"));
    QCOMPARE(cli(llamaOptions(QStringLiteral("my-llama"))).exitCode, 0);
    const CliRun own = cli({QStringLiteral("revert-model"), QStringLiteral("my-llama")});
    QCOMPARE(own.exitCode, 2);
    QVERIFY(own.err.contains("not in the bundled catalog"));
}

void TestModelCli::helpListsTheCommands()
{
    const CliRun help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *command : {"add-model", "edit-model", "revert-model"})
        QVERIFY(help.out.contains(QByteArray("  ") + command + ' '));
    const CliRun edit = cli({QStringLiteral("edit-model"), QStringLiteral("--help")});
    QVERIFY(edit.out.startsWith("usage: gpu-advisor-cli edit-model ID"));
    QVERIFY(edit.out.contains("--kv-heads VALUE"));
    QVERIFY(!edit.out.contains("--id VALUE"));
}

QTEST_GUILESS_MAIN(TestModelCli)
#include "tst_modelcli.moc"
