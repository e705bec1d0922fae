#include "Database.h"
#include "ShortlistJsonReader.h"
#include "ShortlistRepository.h"

#include <QTest>

// ShortlistJsonReader on small hand-written files (the CLI test runs exported ones), and
// ShortlistRepository::createWithItems, which the import writes with: all or nothing.
class TestShortlistJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsNameAndItemsInOrder();
    void refusesBadValues_data();
    void refusesBadValues();
    void createWithItemsIsAllOrNothing();
};

namespace {

QByteArray file(const QByteArray &items, const QByteArray &version = "1")
{
    return "{\n  \"schema\": \"gpu-advisor.shortlist\",\n  \"schema_version\": " + version +
           ",\n  \"name\": \" Lab \",\n  \"items\": [\n" + items + "\n  ]\n}\n";
}

} // namespace

void TestShortlistJsonReader::readsNameAndItemsInOrder()
{
    const ParsedShortlist parsed = ShortlistJsonReader::read(
        file("    {\"gpu_id\": \"b\", \"quantity\": 3, \"note\": \"x\"},\n"
             "    {\"gpu_id\": \"a\", \"quantity\": null},\n"
             "    {\"position\": 1, \"gpu_id\": \"b\", \"quantity\": 1e5, \"note\": null}"),
        QStringLiteral("l.json"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.list.name, QStringLiteral("Lab"));
    QCOMPARE(parsed.list.items.size(), 3);
    QCOMPARE(parsed.list.items.at(0).gpuId, QStringLiteral("b"));
    QCOMPARE(parsed.list.items.at(0).quantity, std::optional<int>(3));
    QCOMPARE(parsed.list.items.at(0).note, QStringLiteral("x"));
    QCOMPARE(parsed.list.items.at(1).quantity, std::optional<int>());
    QCOMPARE(parsed.list.items.at(2).quantity, std::optional<int>(100000));
    QCOMPARE(parsed.list.items.at(2).position, 2); // the file's order, not its "position"
}

void TestShortlistJsonReader::refusesBadValues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // Error::toString()

    const QByteArray gpu = "    {\"gpu_id\": \"a\", \"quantity\": ";
    QTest::newRow("zero") << file(gpu + "0}") << "f.json:6: items[0].quantity: must be null";
    QTest::newRow("negative") << file(gpu + "-1}") << "f.json:6: items[0].quantity: must be null";
    QTest::newRow("above 100000") << file(gpu + "100001}")
                                  << "f.json:6: items[0].quantity: must be null";
    QTest::newRow("huge") << file(gpu + "1e308}") << "f.json:6: items[0].quantity: must be null";
    QTest::newRow("fraction") << file(gpu + "2.5}") << "f.json:6: items[0].quantity: must be null";
    QTest::newRow("text") << file(gpu + "\"NaN\"}") << "f.json:6: items[0].quantity: must be null";
    QTest::newRow("bool") << file(gpu + "true}") << "f.json:6: items[0].quantity: must be null";
    QTest::newRow("NaN is no JSON") << file(gpu + "NaN}") << "f.json:6: not valid JSON";
    QTest::newRow("missing quantity")
        << file("    {\"gpu_id\": \"a\"}") << "f.json:6: items[0].quantity: is missing";
    QTest::newRow("empty id") << file("    {\"gpu_id\": \" \", \"quantity\": 1}")
                              << "f.json:6: items[0].gpu_id: must be the id of a GPU";
    QTest::newRow("unknown id") << file("    {\"gpu_id\": \"zz\", \"quantity\": 1}")
                                << "f.json:6: items[0].gpu_id: the catalog has no GPU with the "
                                   "id 'zz'";
    QTest::newRow("item not an object") << file("    1") << "f.json:6: items[0]: must be an object";
    QTest::newRow("note a number")
        << file(gpu + "1, \"note\": 5}") << "f.json:6: items[0].note: must be text";
    QTest::newRow("version 2") << file({}, "2")
                               << "f.json:3: schema_version: the file is of "
                                  "schema version 2, made by a newer version";
    QTest::newRow("version 0") << file({}, "0") << "f.json:3: schema_version: must be a schema";
    QTest::newRow("version text") << file({}, "\"1\"") << "f.json:3: schema_version: must be";
    QTest::newRow("not an object") << QByteArray("[]") << "f.json:1: a shortlist file holds one";
    QTest::newRow("no items") << QByteArray("{\"schema\": \"gpu-advisor.shortlist\", "
                                            "\"schema_version\": 1, \"name\": \"x\"}")
                              << "f.json: items: is missing";
}

void TestShortlistJsonReader::refusesBadValues()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const ParsedShortlist parsed = ShortlistJsonReader::read(
        json, QStringLiteral("f.json"), [](const QString &id) { return id != u"zz"; });
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.errors.first().toString().startsWith(expected),
             qPrintable(parsed.errors.first().toString()));
    QVERIFY(parsed.list.items.isEmpty());
}

void TestShortlistJsonReader::createWithItemsIsAllOrNothing()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(db.ok());
    ShortlistRepository repo(**db);
    ShortlistItem good;
    good.gpuId = QStringLiteral("nvidia-rtx-4090");
    good.quantity = 2;
    good.note = QStringLiteral("n");
    ShortlistItem bad = good;
    bad.quantity = 0; // refused by the repository after the first item was written
    QVERIFY(!repo.createWithItems(QStringLiteral("Broken"), {good, bad}).ok());
    QVERIFY(repo.shortlists()->isEmpty());

    ShortlistItem asNeeded;
    asNeeded.gpuId = QStringLiteral("nvidia-h100-pcie-80gb");
    const auto id = repo.createWithItems(QStringLiteral("Lab"), {good, asNeeded});
    QVERIFY(id.ok());
    const auto lab = repo.shortlist(*id);
    QVERIFY(lab.ok() && lab->has_value());
    QCOMPARE((*lab)->items.size(), 2);
    QCOMPARE((*lab)->items.at(0).quantity, std::optional<int>(2));
    QCOMPARE((*lab)->items.at(1).gpuId, asNeeded.gpuId);
    QCOMPARE((*lab)->items.at(1).quantity, std::optional<int>());
    QVERIFY(!repo.createWithItems(QStringLiteral("LAB"), {good}).ok()); // name taken
    QCOMPARE(repo.shortlists()->size(), 1);
}

QTEST_GUILESS_MAIN(TestShortlistJsonReader)
#include "tst_shortlistjsonreader.moc"
