#include "Catalog.h"
#include "Database.h"
#include "ShortlistReport.h"
#include "ShortlistRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The shortlists on real SQLite files: across restarts and catalog updates.
class TestShortlistRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void migratesFromSchema3();
    void createsListsWithUniqueNames();
    void itemsKeepOrderQuantityAndNote();
    void reorderAndMove();
    void renameDuplicateAndRemove();
    void survivesRestart();
    void survivesBundledCatalogUpdate();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("catalog.sqlite")); }
    static QString catalogDir(int version)
    {
        return QStringLiteral(TEST_DATA_DIR "/catalog-v%1").arg(version);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestShortlistRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestShortlistRepository::migratesFromSchema3()
{
    {
        auto db = Database::openAtVersion(dbPath(), 3);
        QVERIFY(db.ok());
        QSqlQuery query((*db)->connection());
        QVERIFY(!query.exec(QStringLiteral("SELECT count(*) FROM shortlists")));
    }
    auto db = Database::open(dbPath());
    QVERIFY(db.ok());
    QVERIFY((*db)->schemaVersion() >= 4);
    ShortlistRepository repo(**db);
    QVERIFY(repo.create(QStringLiteral("Lab")).ok());
}

void TestShortlistRepository::createsListsWithUniqueNames()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(db.ok());
    ShortlistRepository repo(**db);
    QVERIFY(repo.create(QStringLiteral("Lab")).ok());
    QVERIFY(!repo.create(QStringLiteral("lab ")).ok()); // names compare without case
    QVERIFY(!repo.create(QStringLiteral("  ")).ok());
    QVERIFY(repo.create(QStringLiteral("Grant")).ok());
    const auto lists = repo.shortlists();
    QVERIFY(lists.ok());
    QCOMPARE(lists->size(), 2);
    QCOMPARE(lists->at(0).name, QStringLiteral("Grant"));
    QCOMPARE(lists->at(1).name, QStringLiteral("Lab"));
    QVERIFY((*repo.shortlistByName(QStringLiteral("LAB"))).has_value());
}

void TestShortlistRepository::itemsKeepOrderQuantityAndNote()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(db.ok());
    ShortlistRepository repo(**db);
    const qint64 list = *repo.create(QStringLiteral("Lab"));
    const qint64 a = *repo.addItem(list, QStringLiteral("alpha-24"), 2, QStringLiteral("rack A"));
    const qint64 b = *repo.addItem(list, QStringLiteral("gamma-80"));
    QVERIFY(!repo.addItem(list, QStringLiteral("beta-16"), 0).ok());
    QVERIFY(!repo.addItem(4242, QStringLiteral("beta-16")).ok()); // no such list

    auto read = *repo.shortlist(list);
    QVERIFY(read.has_value());
    QCOMPARE(read->items.size(), 2);
    QCOMPARE(read->items.at(0).id, a);
    QCOMPARE(read->items.at(0).quantity, std::optional<int>(2));
    QCOMPARE(read->items.at(0).note, QStringLiteral("rack A"));
    QCOMPARE(read->items.at(1).id, b);
    QVERIFY(!read->items.at(1).quantity.has_value());

    QVERIFY(repo.setQuantity(b, 4).ok());
    QVERIFY(repo.setQuantity(a, std::nullopt).ok());
    QVERIFY(!repo.setQuantity(a, -1).ok());
    QVERIFY(repo.setNote(b, QStringLiteral("=1+1")).ok());
    read = *repo.shortlist(list);
    QVERIFY(!read->items.at(0).quantity.has_value());
    QCOMPARE(read->items.at(1).quantity, std::optional<int>(4));
    QCOMPARE(read->items.at(1).note, QStringLiteral("=1+1"));

    QVERIFY(repo.removeItem(a).ok());
    read = *repo.shortlist(list);
    QCOMPARE(read->items.size(), 1);
    QCOMPARE(read->items.at(0).position, 0);
}

void TestShortlistRepository::reorderAndMove()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(db.ok());
    ShortlistRepository repo(**db);
    const qint64 list = *repo.create(QStringLiteral("Lab"));
    const qint64 a = *repo.addItem(list, QStringLiteral("a"));
    const qint64 b = *repo.addItem(list, QStringLiteral("b"));
    const qint64 c = *repo.addItem(list, QStringLiteral("c"));
    auto ids = [&] {
        QList<qint64> result;
        // Held in a variable: a range-for over a member of a temporary reads a dead object
        // (AddressSanitizer: stack-use-after-scope).
        const auto shortlist = repo.shortlist(list);
        for (const ShortlistItem &item : (*shortlist)->items)
            result.append(item.id);
        return result;
    };
    QVERIFY(repo.reorder(list, {c, a, b}).ok());
    QCOMPARE(ids(), (QList<qint64>{c, a, b}));
    QVERIFY(!repo.reorder(list, {c, a}).ok()); // not every item
    QCOMPARE(ids(), (QList<qint64>{c, a, b}));
    QVERIFY(repo.moveItem(list, b, 0).ok());
    QCOMPARE(ids(), (QList<qint64>{b, c, a}));
    QVERIFY(repo.moveItem(list, b, 99).ok());
    QCOMPARE(ids(), (QList<qint64>{c, a, b}));
    QVERIFY(!repo.moveItem(list, 4242, 0).ok());
}

void TestShortlistRepository::renameDuplicateAndRemove()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(db.ok());
    ShortlistRepository repo(**db);
    const qint64 lab = *repo.create(QStringLiteral("Lab"));
    const qint64 other = *repo.create(QStringLiteral("Other"));
    QVERIFY(repo.addItem(lab, QStringLiteral("alpha-24"), 2, QStringLiteral("n")).ok());
    QVERIFY(repo.addItem(lab, QStringLiteral("gamma-80")).ok());

    QVERIFY(!repo.rename(lab, QStringLiteral("other")).ok());
    QVERIFY(repo.rename(lab, QStringLiteral("LAB")).ok()); // its own name in another case
    QVERIFY(repo.rename(lab, QStringLiteral("Lab 2025")).ok());

    QVERIFY(!repo.duplicate(lab, QStringLiteral("Other")).ok());
    const auto copy = repo.duplicate(lab, QStringLiteral("Lab copy"));
    QVERIFY(copy.ok());
    const auto copied = *repo.shortlist(*copy);
    QCOMPARE(copied->items.size(), 2);
    QCOMPARE(copied->items.at(0).gpuId, QStringLiteral("alpha-24"));
    QCOMPARE(copied->items.at(0).quantity, std::optional<int>(2));
    QCOMPARE(copied->items.at(0).note, QStringLiteral("n"));

    QVERIFY(repo.remove(lab).ok());
    QVERIFY(!repo.remove(lab).ok());
    QVERIFY(!(*repo.shortlist(lab)).has_value());
    QCOMPARE((*repo.shortlist(*copy))->items.size(), 2); // the copy stays
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM shortlist_items")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2); // the removed list's items went with it
    Q_UNUSED(other);
}

void TestShortlistRepository::survivesRestart()
{
    {
        auto catalog = Catalog::open(dbPath(), catalogDir(1));
        QVERIFY(catalog.ok());
        ShortlistRepository repo((*catalog)->database());
        const qint64 list = *repo.create(QStringLiteral("Grant"));
        QVERIFY(repo.addItem(list, QStringLiteral("gamma-80"), 4, QStringLiteral("nodes")).ok());
    }
    auto catalog = Catalog::open(dbPath(), catalogDir(1));
    QVERIFY(catalog.ok());
    ShortlistRepository repo((*catalog)->database());
    const auto list = *repo.shortlistByName(QStringLiteral("Grant"));
    QVERIFY(list.has_value());
    QCOMPARE(list->items.size(), 1);
    QCOMPARE(list->items.at(0).gpuId, QStringLiteral("gamma-80"));
    QCOMPARE(list->items.at(0).quantity, std::optional<int>(4));
    QCOMPARE(list->items.at(0).note, QStringLiteral("nodes"));
    QVERIFY(list->created.isValid());
}

void TestShortlistRepository::survivesBundledCatalogUpdate()
{
    {
        auto catalog = Catalog::open(dbPath(), catalogDir(1));
        QVERIFY(catalog.ok());
        ShortlistRepository repo((*catalog)->database());
        const qint64 list = *repo.create(QStringLiteral("Lab"));
        QVERIFY(repo.addItem(list, QStringLiteral("beta-16"), 2).ok()); // dropped by v2
        QVERIFY(repo.addItem(list, QStringLiteral("alpha-24")).ok());
    }
    auto catalog = Catalog::open(dbPath(), catalogDir(2));
    QVERIFY(catalog.ok());
    QCOMPARE((*catalog)->repository().catalogInfo().version, 2);
    ShortlistRepository repo((*catalog)->database());
    const auto list = *repo.shortlistByName(QStringLiteral("Lab"));
    QVERIFY(list.has_value());
    QCOMPARE(list->items.size(), 2);

    EstimateRequest workload;
    workload.model = **(*catalog)->repository().model(QStringLiteral("tiny-7b"));
    const ShortlistReport report = ShortlistReport::build(*list, *(*catalog)->repository().gpus(),
                                                          workload, CostSettings::defaults());
    QCOMPARE(report.rows.size(), 2);
    QVERIFY(!report.rows.at(0).gpu.has_value());
    QVERIFY(report.rows.at(0).displayName().contains(QStringLiteral("beta-16")));
    QCOMPARE(report.rows.at(0).enoughText(), QStringLiteral("missing"));
    QVERIFY(report.rows.at(1).gpu.has_value());
    QCOMPARE(report.rows.at(1).gpu->name, QStringLiteral("Alpha 24"));
    QVERIFY(!report.totals.complete);
}

QTEST_GUILESS_MAIN(TestShortlistRepository)
#include "tst_shortlistrepository.moc"
