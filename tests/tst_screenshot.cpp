#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// gpu-advisor --screenshot, run as the docs and the package check run it: the main window or the
// comparison as a PNG, on the bundled catalog with the default workload, leaving the user's
// settings and catalog as they were.
class TestScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void mainWindow_data();
    void mainWindow();
    void comparison();
    void unknownIdRefused();

private:
    int run(const QStringList &arguments, QByteArray *errors = nullptr);
    QByteArray userSettingsDigest() const;

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestScreenshot::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    // A user who has worked with the application: a 70B model at 32k tokens.
    QDir().mkpath(m_home->filePath(QStringLiteral("config/gpu-advisor")));
    QFile conf(m_home->filePath(QStringLiteral("config/gpu-advisor/gpu-advisor.conf")));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("[workload]\nmodel=llama-3.1-70b\ncontext=32768\n");
}

int TestScreenshot::run(const QStringList &arguments, QByteArray *errors)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(APP_PATH), arguments);
    if (!app.waitForFinished(120000))
        return -1;
    if (errors)
        *errors = app.readAllStandardError();
    return app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
}

QByteArray TestScreenshot::userSettingsDigest() const
{
    QFile conf(m_home->filePath(QStringLiteral("config/gpu-advisor/gpu-advisor.conf")));
    if (!conf.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(conf.readAll(), QCryptographicHash::Sha256);
}

void TestScreenshot::mainWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << "en";
    QTest::newRow("Swedish") << "sv";
}

void TestScreenshot::mainWindow()
{
    QFETCH(QString, language);
    const QByteArray before = userSettingsDigest();
    const QString png = m_home->filePath(QStringLiteral("main.png"));
    QCOMPARE(run({QStringLiteral("--lang"), language, QStringLiteral("--screenshot"), png}), 0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY2(image.width() >= 1000 && image.height() >= 600,
             qPrintable(QStringLiteral("%1 x %2").arg(image.width()).arg(image.height())));
    // Not one flat colour: the window was painted.
    QVERIFY(image.pixel(image.width() / 2, image.height() / 3) != image.pixel(5, 5) ||
            image.pixel(image.width() / 3, image.height() / 2) != image.pixel(5, 5));
    QCOMPARE(userSettingsDigest(), before);
    QVERIFY2(!QFile::exists(m_home->filePath(QStringLiteral("data/gpu-advisor/catalog.sqlite"))),
             "a screenshot made the user's catalog");
}

void TestScreenshot::comparison()
{
    const QByteArray before = userSettingsDigest();
    const QString png = m_home->filePath(QStringLiteral("compare.png"));
    QCOMPARE(run({QStringLiteral("--screenshot"), png, QStringLiteral("--compare"),
                  QStringLiteral("nvidia-rtx-4090,nvidia-rtx-3090,amd-radeon-rx-7900-xtx")}),
             0);
    QVERIFY(!QImage(png).isNull());
    QCOMPARE(userSettingsDigest(), before);
}

void TestScreenshot::unknownIdRefused()
{
    QByteArray errors;
    const QString png = m_home->filePath(QStringLiteral("none.png"));
    QCOMPARE(run({QStringLiteral("--screenshot"), png, QStringLiteral("--compare"),
                  QStringLiteral("nvidia-rtx-4090,no-such-gpu")},
                 &errors),
             2);
    QVERIFY2(errors.contains("--compare"), errors.constData());
    QVERIFY(!QFile::exists(png));
}

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
