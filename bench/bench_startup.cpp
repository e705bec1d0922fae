// Times the start-up of the application on its bundled catalog against a bare Qt Widgets window
// with an empty table, in one run on the same machine: each is started as a new process, and
// the time runs from just before the start to the window's first paint with an idle event
// loop (app/gui/StartupProbe). Runs alternate; prints medians and their ratio.
//
//     bench_startup [RUNS]     (on the environment's platform: xcb, wayland or offscreen)

#include "StartupProbe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QProcess>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>

namespace {

int bareWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *table = new QTableView(&window);
    table->setModel(new QStandardItemModel(0, 29, table)); // as many columns as the GPU table
    window.setCentralWidget(table);
    window.resize(1400, 820); // the application's first-start size (MainWindow::restoreState)
    StartupProbe::watch(&window);
    window.show();
    return app.exec();
}

// Milliseconds to usable, or nothing when the child failed.
std::optional<double> timeStart(const QString &program, const QStringList &arguments,
                                const QProcessEnvironment &environment)
{
    QProcess child;
    QProcessEnvironment env = environment;
    const qint64 now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                           std::chrono::steady_clock::now().time_since_epoch())
                           .count();
    env.insert(QStringLiteral("GPUADVISOR_STARTUP_PROBE"), QString::number(now));
    child.setProcessEnvironment(env);
    child.start(program, arguments);
    if (!child.waitForFinished(60000) || child.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                     child.readAllStandardError().constData());
        return std::nullopt;
    }
    const QByteArray out = child.readAllStandardOutput();
    const qsizetype at = out.indexOf("usable-ms ");
    if (at < 0)
        return std::nullopt;
    return out.mid(at + 10).trimmed().toDouble();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--bare") == 0)
        return bareWindow(argc, argv);

    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, QString::fromLocal8Bit(argv[1]).toInt()) : 15;
    QTemporaryDir home; // settings and database of its own, none of the user's
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    const QString self = QCoreApplication::applicationFilePath();
    const QString appProgram = QStringLiteral(GPUADVISOR_APP_PATH);
    const QStringList appArguments{QStringLiteral("--lang"), QStringLiteral("en")};

    // The first start makes the database from the bundled catalog.
    const auto first = timeStart(appProgram, appArguments, env);
    if (!first)
        return 1;
    std::printf("first start (database made from the bundled catalog): %.0f ms\n", *first);

    QList<double> bare;
    QList<double> full;
    for (int i = 0; i < runs; ++i) {
        const auto b = timeStart(self, {QStringLiteral("--bare")}, env);
        const auto a = timeStart(appProgram, appArguments, env);
        if (!a || !b)
            return 1;
        bare.append(*b);
        full.append(*a);
    }
    const double ratio = median(full) / median(bare);
    std::printf("bare window with an empty table  median %7.1f ms  (best %.1f)\n", median(bare),
                *std::min_element(bare.cbegin(), bare.cend()));
    std::printf("GPU Advisor on the bundled catalog median %7.1f ms  (best %.1f)\n", median(full),
                *std::min_element(full.cbegin(), full.cend()));
    std::printf("ratio %.2f (budget 1.30: %s), %d runs each\n", ratio,
                ratio <= 1.3 ? "ok" : "MISSED", runs);
    return 0;
}
