#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

// gpu-advisor-cli shortlist import: a list exported as JSON comes back under a new name with the
// same items in the same order; a bad file is refused with a message naming the file, the place
// and the problem, and the database's shortlists stay exactly as they were.
class TestShortlistImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripKeepsItemsAndOrder();
    void badFileChangesNothing_data();
    void badFileChangesNothing();

private:
    int run(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr);
    QByteArray showJson(const QString &name);
    // Every row of the shortlist tables, so that a refused import is seen to change none.
    QStringList shortlistRows();
    QString dbPath() const { return m_dir.filePath(QStringLiteral("db.sqlite")); }
    QString exportedPath() const { return m_dir.filePath(QStringLiteral("lab.json")); }

    QTemporaryDir m_dir;
    QByteArray m_exported;
};

int TestShortlistImport::run(const QStringList &arguments, QByteArray *out, QByteArray *err)
{
    QProcess process;
    process.start(QStringLiteral(CLI_PATH),
                  QStringList{QStringLiteral("--database"), dbPath()} + arguments);
    if (!process.waitForFinished(120000))
        return -1;
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitCode();
}

QByteArray TestShortlistImport::showJson(const QString &name)
{
    QByteArray out;
    if (run({"--json", "shortlist", "show", name}, &out) != 0)
        return {};
    return out;
}

QStringList TestShortlistImport::shortlistRows()
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "rows");
        db.setDatabaseName(dbPath());
        if (!db.open())
            return {QStringLiteral("cannot open")};
        QSqlQuery query(db);
        for (const char *sql : {"SELECT * FROM shortlists ORDER BY id",
                                "SELECT * FROM shortlist_items ORDER BY id"}) {
            if (!query.exec(QString::fromLatin1(sql)))
                return {QStringLiteral("cannot read")};
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values.append(query.value(i).toString());
                rows.append(values.join(u'|'));
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rows"));
    return rows;
}

void TestShortlistImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(run({"shortlist", "create", "Lab"}), 0);
    // Three items: a quantity, "as needed", notes with quotes, a newline and a formula.
    QCOMPARE(run({"shortlist", "add", "Lab", "nvidia-rtx-4090", "--quantity", "2", "--note",
                  "=HYPERLINK(\"x\")"}),
             0);
    QCOMPARE(run({"shortlist", "add", "Lab", "nvidia-h100-pcie-80gb"}), 0);
    QCOMPARE(run({"shortlist", "add", "Lab", "nvidia-rtx-4090", "--quantity", "100000", "--note",
                  "second\nline \"å\""}),
             0);
    QCOMPARE(run({"shortlist", "export", "Lab", "--format", "json", "--output", exportedPath(),
                  "--model", "llama-3.1-8b"}),
             0);
    QFile file(exportedPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_exported = file.readAll();
    QVERIFY(m_exported.contains("\"schema_version\": 1"));
}

void TestShortlistImport::roundTripKeepsItemsAndOrder()
{
    QByteArray out;
    QCOMPARE(run({"shortlist", "import", exportedPath(), "--name", "Lab copy"}, &out), 0);
    QVERIFY2(out.contains("Lab copy"), out.constData());
    const QJsonObject original = QJsonDocument::fromJson(showJson("Lab")).object();
    const QJsonObject copy = QJsonDocument::fromJson(showJson("Lab copy")).object();
    QCOMPARE(copy.value("name").toString(), QStringLiteral("Lab copy"));
    const QJsonArray items = copy.value("items").toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items, original.value("items").toArray()); // ids, quantities, notes, positions
    QCOMPARE(items.at(1).toObject().value("quantity"), QJsonValue(QJsonValue::Null));
    QCOMPARE(items.at(2).toObject().value("note").toString(), QStringLiteral("second\nline \"å\""));

    // Under the name in the file, which is taken: refused, and --name is suggested.
    QByteArray err;
    const QStringList before = shortlistRows();
    QCOMPARE(run({"shortlist", "import", exportedPath()}, nullptr, &err), 2);
    QVERIFY2(err.contains("already a shortlist named 'Lab'") && err.contains("--name"),
             err.constData());
    QCOMPARE(shortlistRows(), before);
}

void TestShortlistImport::badFileChangesNothing_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    // Expected in stderr; LINE stands for the line after the replaced text (where the parser
    // stops).
    QTest::addColumn<QByteArray>("message");

    QTest::newRow("broken JSON: the line is named")
        << QByteArray("\"schema\": \"gpu-advisor.shortlist\",")
        << QByteArray("\"schema\": \"gpu-advisor.shortlist\"")
        << QByteArray(":LINE: not valid JSON");
    QTest::newRow("newer schema version")
        << QByteArray("\"schema_version\": 1") << QByteArray("\"schema_version\": 2")
        << QByteArray("schema_version: the file is of schema version 2, made by a newer version");
    QTest::newRow("another schema")
        << QByteArray("gpu-advisor.shortlist") << QByteArray("gpu-advisor.catalog")
        << QByteArray("schema: must be \"gpu-advisor.shortlist\"");
    QTest::newRow("missing gpu_id") << QByteArray("\"gpu_id\": \"nvidia-h100-pcie-80gb\",")
                                    << QByteArray() << QByteArray("items[1].gpu_id: is missing");
    QTest::newRow("missing name") << QByteArray("\"name\": \"Lab\",") << QByteArray()
                                  << QByteArray("name: is missing");
    QTest::newRow("unknown GPU") << QByteArray("\"gpu_id\": \"nvidia-h100-pcie-80gb\"")
                                 << QByteArray("\"gpu_id\": \"no-such-gpu\"")
                                 << QByteArray("items[1].gpu_id: the catalog has no GPU with the "
                                               "id 'no-such-gpu'");
    QTest::newRow("negative quantity")
        << QByteArray("\"quantity\": 2,") << QByteArray("\"quantity\": -2,")
        << QByteArray("items[0].quantity: must be null (as many as the workload needs) or a whole "
                      "number from 1 to 100000");
    QTest::newRow("huge quantity")
        << QByteArray("\"quantity\": 2,") << QByteArray("\"quantity\": 1e300,")
        << QByteArray("items[0].quantity: must be null");
    QTest::newRow("fractional quantity")
        << QByteArray("\"quantity\": 2,") << QByteArray("\"quantity\": 1.5,")
        << QByteArray("items[0].quantity: must be null");
    QTest::newRow("quantity as text")
        << QByteArray("\"quantity\": 2,") << QByteArray("\"quantity\": \"2\",")
        << QByteArray("items[0].quantity: must be null");
}

void TestShortlistImport::badFileChangesNothing()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QByteArray, message);
    QByteArray bad = m_exported;
    QVERIFY2(bad.contains(from), from.constData());
    const qsizetype at = bad.indexOf(from);
    bad.replace(at, from.size(), to);
    message.replace("LINE", QByteArray::number(bad.left(at).count('\n') + 2));
    const QString path = m_dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bad);
    file.close();

    const QStringList before = shortlistRows();
    QVERIFY(!before.isEmpty());
    QByteArray out;
    QByteArray err;
    QCOMPARE(run({"shortlist", "import", path, "--name", "Imported"}, &out, &err), 2);
    QVERIFY2(err.contains(path.toUtf8()) && err.contains(message), err.constData());
    QVERIFY2(err.contains("no shortlist was made"), err.constData());
    QVERIFY(out.isEmpty());
    QCOMPARE(shortlistRows(), before);
}

QTEST_GUILESS_MAIN(TestShortlistImport)
#include "tst_shortlistimport.moc"
