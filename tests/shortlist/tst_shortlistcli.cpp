#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// gpu-advisor-cli shortlist: exit codes (0 ok, 2 usage or input, 1 failure) and the files.
class TestShortlistCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void exitCodes_data();
    void exitCodes();
    void exportsEveryFormat_data();
    void exportsEveryFormat();
    void exportsInChosenCurrency();

private:
    int run(const QStringList &arguments, QByteArray *out = nullptr);
    std::unique_ptr<QTemporaryDir> m_dir;
};

int TestShortlistCli::run(const QStringList &arguments, QByteArray *out)
{
    QProcess process;
    process.start(
        QStringLiteral(CLI_PATH),
        QStringList{QStringLiteral("--database"), m_dir->filePath(QStringLiteral("db.sqlite"))} +
            arguments);
    if (!process.waitForFinished(120000))
        return -1;
    if (out)
        *out = process.readAllStandardOutput();
    return process.exitCode();
}

void TestShortlistCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QCOMPARE(run({"shortlist", "create", "Lab"}), 0);
    QCOMPARE(run({"shortlist", "add", "Lab", "nvidia-rtx-4090", "--quantity", "2", "--note",
                  "=HYPERLINK(\"x\")"}),
             0);
}

void TestShortlistCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::newRow("list") << QStringList{"shortlist", "list"} << 0;
    QTest::newRow("show") << QStringList{"shortlist", "show", "lab"} << 0;
    QTest::newRow("no subcommand") << QStringList{"shortlist"} << 2;
    QTest::newRow("unknown subcommand") << QStringList{"shortlist", "frob"} << 2;
    QTest::newRow("name taken") << QStringList{"shortlist", "create", "LAB"} << 2;
    QTest::newRow("no such list") << QStringList{"shortlist", "show", "Nope"} << 2;
    QTest::newRow("unknown GPU") << QStringList{"shortlist", "add", "Lab", "no-such-gpu-x"} << 2;
    QTest::newRow("bad quantity") << QStringList{"shortlist",       "add",        "Lab",
                                                 "nvidia-rtx-4090", "--quantity", "0"}
                                  << 2;
    QTest::newRow("remove") << QStringList{"shortlist", "remove", "Lab", "nvidia-rtx-4090"} << 0;
    QTest::newRow("remove absent")
        << QStringList{"shortlist", "remove", "Lab", "nvidia-h100-pcie-80gb"} << 2;
    QTest::newRow("bad format") << QStringList{"shortlist", "export",  "Lab",
                                               "--format",  "xls",     "--output",
                                               "x",         "--model", "llama-3.1-8b"}
                                << 2;
    QTest::newRow("no model") << QStringList{"shortlist", "export",   "Lab", "--format",
                                             "csv",       "--output", "x"}
                              << 2;
    QTest::newRow("bad lang") << QStringList{"shortlist",    "export",   "Lab", "--format",
                                             "csv",          "--output", "x",   "--model",
                                             "llama-3.1-8b", "--lang",   "de"}
                              << 2;
    QTest::newRow("unwritable") << QStringList{"shortlist",
                                               "export",
                                               "Lab",
                                               "--format",
                                               "csv",
                                               "--output",
                                               "/proc/no/such/dir/x.csv",
                                               "--model",
                                               "llama-3.1-8b"}
                                << 1;
}

void TestShortlistCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QCOMPARE(run(arguments), code);
}

void TestShortlistCli::exportsEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("start");
    // --lang sv: Swedish headings, ';' between fields.
    QTest::newRow("csv") << "csv" << QByteArray("#;GPU-id;GPU;Antal;");
    QTest::newRow("json") << "json" << QByteArray("{");
    QTest::newRow("html") << "html" << QByteArray("<!DOCTYPE html>");
    QTest::newRow("md") << "md" << QByteArray("# ");
    QTest::newRow("pdf") << "pdf" << QByteArray("%PDF-");
}

void TestShortlistCli::exportsEveryFormat()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, start);
    const QString path = m_dir->filePath(QStringLiteral("lab.") + format);
    QCOMPARE(run({"shortlist", "export", "Lab", "--format", format, "--output", path, "--model",
                  "llama-3.1-8b", "--lang", "sv"}),
             0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith(start), bytes.left(40).constData());
    if (format == u"csv") // neutralised note, Swedish decimal comma
        QVERIFY(bytes.contains("'=HYPERLINK(\"\"x\"\")"));
    if (format == u"pdf") // the compare and cost-over-time charts, drawn without Qt Charts
        QCOMPARE(bytes.count("/Subtype /Image"), 2);
    if (format == u"pdf" &&
        !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        QVERIFY(text.readAllStandardOutput().contains("RTX 4090"));
    }
}

void TestShortlistCli::exportsInChosenCurrency()
{
    // Two RTX 4090 at the article's 20 000 kr: kronor by default ...
    const auto exported = [this](const QStringList &extra) {
        const QString path = m_dir->filePath(QStringLiteral("lab.json"));
        const int code = run(QStringList{"shortlist", "export", "Lab", "--format", "json",
                                         "--output", path, "--model", "llama-3.1-8b"} +
                             extra);
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return std::make_pair(code, QJsonDocument::fromJson(file.readAll()).object());
    };
    auto [code, root] = exported({});
    QCOMPARE(code, 0);
    QCOMPARE(root.value("assumptions").toObject().value("currency").toString(),
             QStringLiteral("SEK"));
    QJsonObject item = root.value("items").toArray().first().toObject();
    QCOMPARE(item.value("unit_price_sek").toDouble(), 20000.0);
    QCOMPARE(item.value("purchase_sek").toDouble(), 40000.0);

    // ... and euro with --currency, as the cost commands take it.
    std::tie(code, root) = exported({"--currency", "EUR", "--eur-sek", "10"});
    QCOMPARE(code, 0);
    QCOMPARE(root.value("assumptions").toObject().value("currency").toString(),
             QStringLiteral("EUR"));
    item = root.value("items").toArray().first().toObject();
    QCOMPARE(item.value("unit_price_eur").toDouble(), 2000.0);
    QCOMPARE(item.value("purchase_eur").toDouble(), 4000.0);
    QCOMPARE(root.value("totals").toObject().value("purchase_eur").toDouble(), 4000.0);

    // The CSV names the currency in its titles.
    const QString csv = m_dir->filePath(QStringLiteral("lab.csv"));
    QCOMPARE(run({"shortlist", "export", "Lab", "--format", "csv", "--output", csv, "--model",
                  "llama-3.1-8b", "--currency", "eur", "--eur-sek", "10"}),
             0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.contains("Unit price (EUR),Purchase (EUR),"), bytes.constData());
    QVERIFY2(bytes.contains(",2000,4000,"), bytes.constData());

    QCOMPARE(run({"shortlist", "export", "Lab", "--format", "csv", "--output", csv, "--model",
                  "llama-3.1-8b", "--currency", "NOK"}),
             2);
}

QTEST_GUILESS_MAIN(TestShortlistCli)
#include "tst_shortlistcli.moc"
