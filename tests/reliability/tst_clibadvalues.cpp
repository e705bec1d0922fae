#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

// Every number option of gpu-advisor-cli given nonsense (negative, zero where it must be
// positive, huge, NaN, infinities, text, a Swedish decimal comma, nothing): exit code 2, a message
// naming the option, and the database unchanged. And no NaN or infinity in any output, also for
// valid figures at the edge of their range (zero hours, zero tokens/s).
class TestCliBadValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nonsenseIsRefusedAndChangesNothing_data();
    void nonsenseIsRefusedAndChangesNothing();
    void noNanOrInfinityInOutput_data();
    void noNanOrInfinityInOutput();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(QStringList args) const;
    QByteArray databaseDigest() const;
    QString m_database;
    QString m_gpu;
    QString m_model;
    QTemporaryDir m_dir;
};

TestCliBadValues::Run TestCliBadValues::cli(QStringList args) const
{
    args << QStringLiteral("--database") << m_database;
    QProcess process;
    process.start(QStringLiteral(CLI_PATH), args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray TestCliBadValues::databaseDigest() const
{
    // Every row as the CLI exports it: what a change would show in.
    const Run run = cli({QStringLiteral("export-catalog"), QStringLiteral("--format"),
                         QStringLiteral("json"), QStringLiteral("--output"), QStringLiteral("-")});
    return QCryptographicHash::hash(run.out, QCryptographicHash::Sha256);
}

void TestCliBadValues::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(QStringLiteral("catalog.sqlite"));
    const Run gpus = cli({QStringLiteral("gpus"), QStringLiteral("--json")});
    QCOMPARE(gpus.exitCode, 0);
    // A GPU with a price, so that every cost figure is computed.
    for (const QJsonValue gpu : QJsonDocument::fromJson(gpus.out).array()) {
        if (gpu[u"street_price_sek"].isDouble() && gpu[u"tdp_w"].isDouble()) {
            m_gpu = gpu[u"id"].toString();
            break;
        }
    }
    const Run models = cli({QStringLiteral("models"), QStringLiteral("--json")});
    QCOMPARE(models.exitCode, 0);
    m_model = QJsonDocument::fromJson(models.out).array().first()[u"id"].toString();
    QVERIFY(!m_gpu.isEmpty() && !m_model.isEmpty());
}

void TestCliBadValues::nonsenseIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");

    const QString gpu = QStringLiteral("@gpu");
    const QString model = QStringLiteral("@model");
    const QList<QPair<QStringList, QStringList>> commands = {
        {{QStringLiteral("estimate"), QStringLiteral("--model"), model, QStringLiteral("--gpu"),
          gpu},
         {QStringLiteral("context"), QStringLiteral("gpus"), QStringLiteral("training-tokens")}},
        {{QStringLiteral("cost"), QStringLiteral("--gpu"), gpu},
         {QStringLiteral("count"), QStringLiteral("price"), QStringLiteral("hours-per-day"),
          QStringLiteral("utilisation"), QStringLiteral("pue"), QStringLiteral("years")}},
        {{QStringLiteral("recommend"), QStringLiteral("--model"), model,
          QStringLiteral("--workload"), QStringLiteral("inference")},
         {QStringLiteral("budget"), QStringLiteral("limit")}},
        {{QStringLiteral("check"), QStringLiteral("--gpu"), gpu, QStringLiteral("--workload"),
          QStringLiteral("inference")},
         {QStringLiteral("psu-watts")}},
        {{QStringLiteral("add-gpu"), QStringLiteral("--id"), QStringLiteral("nonsense-gpu"),
          QStringLiteral("--name"), QStringLiteral("Nonsense"), QStringLiteral("--vendor"),
          QStringLiteral("V"), QStringLiteral("--class"), QStringLiteral("consumer"),
          QStringLiteral("--sources"), QStringLiteral("test")},
         {QStringLiteral("vram-gb"), QStringLiteral("street-price-sek")}},
    };
    // The whole set on a few options, the most telling values on every one.
    const QStringList everyValue{
        QStringLiteral("-1"),  QStringLiteral("1e308"), QStringLiteral("nan"),
        QStringLiteral("inf"), QStringLiteral("-inf"),  QStringLiteral("abc"),
        QStringLiteral("7,5"), QStringLiteral(""),      QStringLiteral("99999999999999999999")};
    const QStringList someValues{QStringLiteral("-1"), QStringLiteral("nan"), QStringLiteral("inf"),
                                 QStringLiteral("abc"), QStringLiteral("7,5")};
    const QStringList fullyTried{QStringLiteral("context"), QStringLiteral("hours-per-day"),
                                 QStringLiteral("count"), QStringLiteral("vram-gb")};
    for (const auto &[command, options] : commands) {
        for (const QString &option : options) {
            for (const QString &value : fullyTried.contains(option) ? everyValue : someValues) {
                // An empty catalog field is valid: the figure is unknown.
                if (value.isEmpty() && command.first() == u"add-gpu")
                    continue;
                QTest::addRow("%s --%s '%s'", qPrintable(command.first()), qPrintable(option),
                              qPrintable(value))
                    << command << option << value;
            }
        }
    }
    // Zero where only a positive figure makes sense.
    for (const QString &option :
         {QStringLiteral("count"), QStringLiteral("pue"), QStringLiteral("years"),
          QStringLiteral("watts"), QStringLiteral("usd-sek")}) {
        QTest::addRow("cost --%s 0", qPrintable(option))
            << QStringList{QStringLiteral("cost"), QStringLiteral("--gpu"), gpu} << option
            << QStringLiteral("0");
    }
}

void TestCliBadValues::nonsenseIsRefusedAndChangesNothing()
{
    QFETCH(QStringList, command);
    QFETCH(QString, option);
    QFETCH(QString, value);
    command.replaceInStrings(QStringLiteral("@gpu"), m_gpu);
    command.replaceInStrings(QStringLiteral("@model"), m_model);
    static const QByteArray before = databaseDigest();

    const Run run = cli(command + QStringList{QStringLiteral("--") + option + u'=' + value});
    QVERIFY2(run.exitCode == 2, run.out.constData());
    QVERIFY2(run.err.contains(QByteArray("--") + option.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(databaseDigest(), before);
}

void TestCliBadValues::noNanOrInfinityInOutput_data()
{
    QTest::addColumn<QStringList>("command");
    const QString gpu = QStringLiteral("@gpu");
    const QString model = QStringLiteral("@model");
    QTest::newRow("gpus") << QStringList{QStringLiteral("gpus")};
    QTest::newRow("models") << QStringList{QStringLiteral("models")};
    QTest::newRow("show gpu") << QStringList{QStringLiteral("show"), QStringLiteral("gpu"), gpu};
    QTest::newRow("estimate, 1 token of context") << QStringList{QStringLiteral("estimate"),
                                                                 QStringLiteral("--model"),
                                                                 model,
                                                                 QStringLiteral("--gpu"),
                                                                 gpu,
                                                                 QStringLiteral("--context=1")};
    QTest::newRow("cost, zero hours a day")
        << QStringList{QStringLiteral("cost"), QStringLiteral("--gpu"), gpu,
                       QStringLiteral("--hours-per-day=0"), QStringLiteral("--utilisation=0")};
    QTest::newRow("cost, zero tokens/s and price")
        << QStringList{QStringLiteral("cost"),
                       QStringLiteral("--gpu"),
                       gpu,
                       QStringLiteral("--model"),
                       model,
                       QStringLiteral("--tokens-per-second=0"),
                       QStringLiteral("--price=0"),
                       QStringLiteral("--price-per-kwh=0")};
    QTest::newRow("recommend, zero hours and budget")
        << QStringList{QStringLiteral("recommend"),
                       QStringLiteral("--model"),
                       model,
                       QStringLiteral("--workload"),
                       QStringLiteral("inference"),
                       QStringLiteral("--hours-per-day=0"),
                       QStringLiteral("--budget=0")};
    QTest::newRow("check") << QStringList{QStringLiteral("check"), QStringLiteral("--gpu"), gpu,
                                          QStringLiteral("--workload"), QStringLiteral("training")};
}

namespace {

// Every number in the document is finite; paths of the others.
void findNonFinite(const QJsonValue &value, const QString &path, QStringList &found)
{
    if (value.isDouble() && !std::isfinite(value.toDouble()))
        found.append(path);
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            findNonFinite(array.at(i), path + QStringLiteral("[%1]").arg(i), found);
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            findNonFinite(it.value(), path + u'.' + it.key(), found);
    }
}

} // namespace

void TestCliBadValues::noNanOrInfinityInOutput()
{
    QFETCH(QStringList, command);
    command.replaceInStrings(QStringLiteral("@gpu"), m_gpu);
    command.replaceInStrings(QStringLiteral("@model"), m_model);
    // How Qt prints a NaN or an infinity ("nan", "-inf", "inf", or the locale's sign), as a word
    // of its own: "Infinity Fabric" in a GPU's notes is not one.
    static const QRegularExpression nonFinite(QStringLiteral("(\\bnan\\b|\\binf\\b|\u221e)"),
                                              QRegularExpression::CaseInsensitiveOption);

    const Run text = cli(command);
    QVERIFY2(text.exitCode == 0, text.err.constData());
    const QString shown = QString::fromUtf8(text.out);
    QVERIFY2(!nonFinite.match(shown).hasMatch(), qPrintable(nonFinite.match(shown).captured()));

    const Run json = cli(command + QStringList{QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 0, json.err.constData());
    QVERIFY(!nonFinite.match(QString::fromUtf8(json.out)).hasMatch());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QStringList found;
    findNonFinite(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), {}, found);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u' ')));
}

QTEST_GUILESS_MAIN(TestCliBadValues)
#include "tst_clibadvalues.moc"
