#include "NameResolver.h"

#include <QTest>

class TestNameResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolves_data();
    void resolves();
    void ambiguousListsCandidates();
    void unknownSuggests();

private:
    const QList<NamedEntry> m_gpus = {
        {QStringLiteral("nvidia-rtx-4090"), QStringLiteral("GeForce RTX 4090")},
        {QStringLiteral("nvidia-rtx-3080"), QStringLiteral("GeForce RTX 3080 10GB")},
        {QStringLiteral("nvidia-rtx-3080-ti"), QStringLiteral("GeForce RTX 3080 Ti 12GB")},
        {QStringLiteral("nvidia-h100-pcie-80gb"), QStringLiteral("H100 PCIe 80GB")},
        {QStringLiteral("nvidia-h100-sxm5-80gb"), QStringLiteral("H100 SXM5 80GB")},
    };
};

void TestNameResolver::resolves_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("id");
    QTest::newRow("id") << "nvidia-rtx-4090"
                        << "nvidia-rtx-4090";
    QTest::newRow("id, other case") << "NVIDIA-RTX-4090"
                                    << "nvidia-rtx-4090";
    QTest::newRow("part of the name") << "RTX 4090"
                                      << "nvidia-rtx-4090";
    QTest::newRow("no spaces, lower case") << "rtx4090"
                                           << "nvidia-rtx-4090";
    QTest::newRow("sibling with suffix loses") << "RTX 3080"
                                               << "nvidia-rtx-3080";
    QTest::newRow("suffix named") << "rtx 3080 ti"
                                  << "nvidia-rtx-3080-ti";
    QTest::newRow("two words of the name") << "h100 sxm"
                                           << "nvidia-h100-sxm5-80gb";
}

void TestNameResolver::resolves()
{
    QFETCH(QString, query);
    QFETCH(QString, id);
    const auto resolved = NameResolver::resolve(query, m_gpus, QStringLiteral("GPU"));
    QVERIFY2(resolved.ok(), qPrintable(resolved ? QString() : resolved.error().message));
    QCOMPARE(*resolved, id);
}

void TestNameResolver::ambiguousListsCandidates()
{
    const auto resolved =
        NameResolver::resolve(QStringLiteral("H100"), m_gpus, QStringLiteral("GPU"));
    QVERIFY(!resolved.ok());
    QVERIFY(resolved.error().message.contains(QStringLiteral("nvidia-h100-pcie-80gb")));
    QVERIFY(resolved.error().message.contains(QStringLiteral("nvidia-h100-sxm5-80gb")));
}

void TestNameResolver::unknownSuggests()
{
    const auto resolved =
        NameResolver::resolve(QStringLiteral("RTX 9999"), m_gpus, QStringLiteral("GPU"));
    QVERIFY(!resolved.ok());
    QVERIFY(resolved.error().message.contains(QStringLiteral("RTX 9999")));
    QVERIFY(resolved.error().message.contains(QStringLiteral("nvidia-rtx-4090")));
}

QTEST_GUILESS_MAIN(TestNameResolver)
#include "tst_nameresolver.moc"
