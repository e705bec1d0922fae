#include "AppSettings.h"
#include "Catalog.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "ModalDialogs.h"
#include "WorkloadPanel.h"
#include "shortlist/ShortlistDock.h"
#include "shortlist/ShortlistExportMenu.h"

#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrinter>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <functional>
#include <sys/resource.h>

// The shortlist dock's export menu and printing, offscreen on a real SQLite file: every format
// through the file dialog, the CSV separator that suits the language, the PDF and the print with
// their charts, and a write that fails leaving the old file whole and telling the user.
class TestShortlistExportMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void exportsThroughTheFileDialog_data();
    void exportsThroughTheFileDialog();
    void csvSeparatorFollowsLanguage();
    void pdfAndPrintHoldCharts();
    void failedWriteKeepsOldFileAndTellsUser_data();
    void failedWriteKeepsOldFileAndTellsUser();

private:
    static QByteArray readAll(const QString &path);

    MainWindowFixture m_fx;
    std::unique_ptr<MainWindow> m_window;
};

void TestShortlistExportMenu::init()
{
    m_fx.setUp();
    m_window =
        std::make_unique<MainWindow>(m_fx.catalog->repository(), *m_fx.languages, *m_fx.settings);
    m_window->workloadPanel()->setWorkload(QStringLiteral("llama-3.1-8b"),
                                           QStringLiteral("inference"), QStringLiteral("q4_k_m"),
                                           4096, 1, QString());
    m_window->show();
    ShortlistDock *dock = m_window->shortlistDock();
    QVERIFY(dock->createList(QStringLiteral("Lab <b>\"A&B\"</b>")).ok());
    const auto added = dock->addGpus(
        {QStringLiteral("nvidia-rtx-4090"), QStringLiteral("amd-radeon-rx-7900-xtx")});
    QVERIFY(added.ok());
    QCOMPARE(*added, 2);
}

void TestShortlistExportMenu::cleanup()
{
    m_window.reset();
    m_fx.tearDown();
}

QByteArray TestShortlistExportMenu::readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestShortlistExportMenu::exportsThroughTheFileDialog_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QByteArray>("holds");
    QTest::newRow("csv") << int(ShortlistFormat::Csv) << "lab.csv" << QByteArray("#,GPU id,")
                         << QByteArray("GeForce RTX 4090");
    QTest::newRow("json") << int(ShortlistFormat::Json) << "lab.json" << QByteArray("{")
                          << QByteArray("\"nvidia-rtx-4090\"");
    QTest::newRow("html") << int(ShortlistFormat::Html) << "lab.html"
                          << QByteArray("<!DOCTYPE html>")
                          << QByteArray("&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;");
    QTest::newRow("markdown, extension added")
        << int(ShortlistFormat::Markdown) << "lab" << QByteArray("# ") << QByteArray("Radeon");
    QTest::newRow("pdf") << int(ShortlistFormat::Pdf) << "lab.pdf" << QByteArray("%PDF-")
                         << QByteArray("/Subtype /Image");
}

void TestShortlistExportMenu::exportsThroughTheFileDialog()
{
    QFETCH(int, format);
    QFETCH(QString, file);
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, holds);
    ShortlistExportMenu *menu = m_window->shortlistDock()->exportMenu();
    QAction *action = menu->action(ShortlistFormat(format));
    QVERIFY(action && action->isEnabled());
    const QString path = m_fx.dir->filePath(file);
    QString suggested;
    whenShown<QFileDialog>([&](QFileDialog *dialog) {
        suggested = dialog->selectedFiles().value(0);
        chooseFile(dialog, path);
    });
    action->trigger();
    // The list's name, made safe for a file name.
    QVERIFY2(QFileInfo(suggested).fileName().startsWith(QStringLiteral("Lab-b-A-B-b")),
             qPrintable(suggested));
    const QString written =
        QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".md") : path;
    const QByteArray bytes = readAll(written);
    QVERIFY2(bytes.startsWith(start), bytes.left(60).constData());
    QVERIFY(bytes.contains(holds));
}

void TestShortlistExportMenu::csvSeparatorFollowsLanguage()
{
    ShortlistExportMenu *menu = m_window->shortlistDock()->exportMenu();
    QCOMPARE(menu->csvOptions().separator, QChar(u','));
    QVERIFY(m_fx.languages->setLanguage(QStringLiteral("sv")));
    QCOMPARE(menu->csvOptions().separator, QChar(u';'));
    QTRY_COMPARE(menu->action(ShortlistFormat::Csv)->text(),
                 QStringLiteral("&CSV för kalkylblad…"));
    QCOMPARE(menu->printAction()->text(), QStringLiteral("Skriv &ut rapporten…"));
    const QString path = m_fx.dir->filePath(QStringLiteral("sv.csv"));
    QVERIFY(ShortlistExportMenu::save(m_window->shortlistDock()->report(), ShortlistFormat::Csv,
                                      path, menu->csvOptions())
                .ok());
    QVERIFY(readAll(path).startsWith("#;GPU-id;GPU;Antal;"));
    // A separator picked in the menu wins over the language's.
    menu->setCsvSeparator(u'\t');
    QCOMPARE(menu->csvOptions().separator, QChar(u'\t'));
    QVERIFY(m_fx.languages->setLanguage(QStringLiteral("en")));
}

void TestShortlistExportMenu::pdfAndPrintHoldCharts()
{
    const ShortlistReport &report = m_window->shortlistDock()->report();
    const QString pdf = m_fx.dir->filePath(QStringLiteral("report.pdf"));
    QVERIFY(ShortlistExportMenu::save(report, ShortlistFormat::Pdf, pdf, {}).ok());
    QCOMPARE(readAll(pdf).count("/Subtype /Image"), 2);

    // Printing lays out the same report, charts included (a PDF printer stands in for paper).
    const QString printed = m_fx.dir->filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    ShortlistExportMenu::print(report, printer);
    QCOMPARE(readAll(printed).count("/Subtype /Image"), 2);

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the text layer is not checked");
    for (const QString &path : {pdf, printed}) {
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QByteArray words = text.readAllStandardOutput();
        QVERIFY(words.contains("GeForce RTX 4090"));
        QVERIFY(words.contains("Radeon RX 7900 XTX"));
    }
}

void TestShortlistExportMenu::failedWriteKeepsOldFileAndTellsUser_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("limit");
    // The PDF is many small writes (QPdfWriter), the others one; each stops part-way.
    QTest::newRow("pdf") << int(ShortlistFormat::Pdf) << 4096;
    QTest::newRow("csv") << int(ShortlistFormat::Csv) << 64;
    QTest::newRow("json") << int(ShortlistFormat::Json) << 64;
    QTest::newRow("html") << int(ShortlistFormat::Html) << 64;
    QTest::newRow("markdown") << int(ShortlistFormat::Markdown) << 64;
}

void TestShortlistExportMenu::failedWriteKeepsOldFileAndTellsUser()
{
    QFETCH(int, format);
    QFETCH(int, limit);
    const ShortlistReport &report = m_window->shortlistDock()->report();
    const QString path = m_fx.dir->filePath(QStringLiteral("old.export"));
    {
        QFile previous(path);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("the previous export\n");
    }
    // A file size limit makes the write fail part-way with EFBIG, as a full disk would (and it
    // holds for root, whom a read-only folder does not stop).
    rlimit old{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = rlim_t(limit);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const Status written = ShortlistExportMenu::save(
        report, ShortlistFormat(format), path, ShortlistExporter::defaultCsvOptions(QLocale()));
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().toString().contains(QStringLiteral("cannot write")),
             qPrintable(written.error().toString()));
    QCOMPARE(readAll(path), QByteArray("the previous export\n"));
    // No half-written temporary file left beside it.
    QCOMPARE(QDir(m_fx.dir->path())
                 .entryList({QStringLiteral("old.export*")}, QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("old.export")});
    // Once it can be written, it is.
    QVERIFY(ShortlistExportMenu::save(report, ShortlistFormat(format), path,
                                      ShortlistExporter::defaultCsvOptions(QLocale()))
                .ok());
    QVERIFY(readAll(path).size() > limit);

    // Through the menu: a folder that does not exist; the user is told, in a message box.
    QString told;
    whenShown<QFileDialog>([&](QFileDialog *dialog) {
        whenShown<QMessageBox>([&](QMessageBox *box) {
            told = box->text();
            box->accept();
        });
        chooseFile(dialog, m_fx.dir->filePath(QStringLiteral("missing/folder/lab.json")));
    });
    m_window->shortlistDock()->exportMenu()->action(ShortlistFormat::Json)->trigger();
    QVERIFY2(told.contains(QStringLiteral("could not be written")), qPrintable(told));
}

QTEST_MAIN(TestShortlistExportMenu)
#include "tst_shortlistexportmenu.moc"
