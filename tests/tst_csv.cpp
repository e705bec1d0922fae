#include "CatalogCsv.h"
#include "Csv.h"

#include <QTest>

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotedFieldsAndLines();
    void unterminatedQuoteNamesItsLine();
    void tooManyFieldsNamesTheLine();
    void writeThenReadIsIdentity();
    void gpuRowErrorsNameLineAndColumn();
};

void TestCsv::quotedFieldsAndLines()
{
    const QString text = QStringLiteral("a,b,c\r\n1,\"two, with comma\",\"say \"\"hi\"\"\"\n"
                                        "\n3,\"multi\nline\",x\n4,,\n");
    const auto table = Csv::parse(text);
    QVERIFY(table.ok());
    QCOMPARE(table->header, (QStringList{"a", "b", "c"}));
    QCOMPARE(table->records.size(), 3);
    QCOMPARE(table->records.at(0).fields, (QStringList{"1", "two, with comma", "say \"hi\""}));
    QCOMPARE(table->records.at(0).line, 2);
    QCOMPARE(table->records.at(1).fields.at(1), QStringLiteral("multi\nline"));
    QCOMPARE(table->records.at(1).line, 4);
    QCOMPARE(table->records.at(2).line, 6);
    QCOMPARE(table->records.at(2).fields, (QStringList{"4", "", ""}));
}

void TestCsv::unterminatedQuoteNamesItsLine()
{
    const auto table = Csv::parse(QStringLiteral("a,b\n1,2\n3,\"open\n"), QStringLiteral("f.csv"));
    QVERIFY(!table.ok());
    QCOMPARE(table.error().line, 3);
    QCOMPARE(table.error().file, QStringLiteral("f.csv"));
}

void TestCsv::tooManyFieldsNamesTheLine()
{
    const auto table = Csv::parse(QStringLiteral("a,b\n1,2\n1,2,3\n"));
    QVERIFY(!table.ok());
    QCOMPARE(table.error().line, 3);
}

void TestCsv::writeThenReadIsIdentity()
{
    const QStringList fields = {"plain", "with,comma", "with \"quote\"", "two\nlines", ""};
    const QString text = Csv::line({"a", "b", "c", "d", "e"}) + Csv::line(fields);
    const auto table = Csv::parse(text);
    QVERIFY(table.ok());
    QCOMPARE(table->records.first().fields, fields);
}

void TestCsv::gpuRowErrorsNameLineAndColumn()
{
    GpuSpec good;
    good.id = QStringLiteral("test-gpu");
    good.name = QStringLiteral("Test GPU");
    good.vendor = QStringLiteral("NVIDIA");
    good.vramGB = 24;
    good.sources = {QStringLiteral("https://example.org/spec")};
    QString text = CatalogCsv::writeGpus({good});
    // Line 3: a Swedish decimal comma; line 4: a duplicate id and an unknown class.
    QStringList bad = CatalogCsv::gpuToFields(good);
    const int vram = int(CatalogCsv::gpuColumns().indexOf(QStringLiteral("vram_gb")));
    const int cls = int(CatalogCsv::gpuColumns().indexOf(QStringLiteral("class")));
    bad[0] = QStringLiteral("other-gpu");
    bad[vram] = QStringLiteral("24,5");
    text += Csv::line(bad);
    QStringList duplicate = CatalogCsv::gpuToFields(good);
    duplicate[cls] = QStringLiteral("gaming");
    text += Csv::line(duplicate);

    const auto parsed = CatalogCsv::readGpus(text, QStringLiteral("gpus.csv"));
    QCOMPARE(parsed.rows.size(), 1);
    QCOMPARE(parsed.errors.size(), 2);
    QCOMPARE(parsed.errors.at(0).line, 3);
    QCOMPARE(parsed.errors.at(0).field, QStringLiteral("vram_gb"));
    QVERIFY(parsed.errors.at(0).toString().startsWith(QStringLiteral("gpus.csv:3: vram_gb: ")));
    QCOMPARE(parsed.errors.at(1).line, 4);
    QCOMPARE(parsed.errors.at(1).field, QStringLiteral("class"));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
