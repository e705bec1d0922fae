// Times the GPU table with 100 000 GPUs behind a shown view: each filter change and a one-
// character change of the search text, re-filtered and re-sorted. Prints median and worst.

#include "BundledCatalog.h"
#include "GpuFilterProxy.h"
#include "GpuTableModel.h"
#include "SyntheticCatalog.h"
#include "WorkloadEvaluator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

struct Timing
{
    double medianMs;
    double worstMs;
};

Timing time(const std::function<void(int)> &change, int runs,
            const std::function<void(int)> &setUp = {})
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        if (setUp) {
            setUp(i);
            QCoreApplication::processEvents();
        }
        QElapsedTimer timer;
        timer.start();
        change(i);
        ms.append(timer.nsecsElapsed() / 1e6);
        QCoreApplication::processEvents(); // let the view repaint between changes, as a user's
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.last()};
}

void report(const char *what, const Timing &t, double budgetMs)
{
    std::printf("%-44s median %7.2f ms  worst %7.2f ms  (budget %.0f ms: %s)\n", what, t.medianMs,
                t.worstMs, budgetMs, t.medianMs < budgetMs ? "ok" : "MISSED");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const auto bundled = BundledCatalog::load();
    if (!bundled) {
        std::fprintf(stderr, "%s\n", qPrintable(bundled.error().toString()));
        return 1;
    }
    QElapsedTimer load;
    load.start();
    GpuTableModel model;
    model.setGpus(syntheticCatalog(bundled->gpus, count));
    std::printf("%d GPUs loaded into the model in %.0f ms\n", count, load.nsecsElapsed() / 1e6);

    GpuFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(GpuTableModel::BandwidthGBps, Qt::DescendingOrder);
    view.resize(1400, 900);
    view.show();
    QCoreApplication::processEvents();

    const int runs = 41;
    report("minimum VRAM (slider drag)",
           time([&](int i) { proxy.setMinVramGB(8.0 + (i % 20) * 4); }, runs), 16);
    report("maximum price",
           time([&](int i) { proxy.setMaxPriceSek(20000.0 + (i % 10) * 30000); }, runs), 16);
    report("minimum bandwidth",
           time([&](int i) { proxy.setMinBandwidthGBps(200.0 + (i % 10) * 300); }, runs), 16);
    report("vendor",
           time(
               [&](int i) {
                   proxy.setVendors(i % 2 ? QStringList{QStringLiteral("NVIDIA")}
                                          : QStringList{QStringLiteral("AMD")});
               },
               runs),
           16);
    proxy.clearFilters();
    const QString typed = QStringLiteral("geforce rtx 4090 variant 12");
    report("search text, one character more",
           time([&](int i) { proxy.setSearchText(typed.left(1 + i % typed.size())); }, runs), 16);
    report("search text, one character less",
           time(
               [&](int i) {
                   proxy.setSearchText(typed.left(typed.size() - 1 - i % (typed.size() - 1)));
               },
               runs),
           16);
    // A text pasted at once, then shortened: the shorter text was never shown, so every row
    // is searched again.
    report("search text, one character less, pasted",
           time([&](int i) { proxy.setSearchText(typed.left(typed.size() - 1 - i % 8)); }, runs,
                [&](int i) {
                    proxy.clearFilters();
                    proxy.setSearchText(typed.left(typed.size() - i % 8));
                }),
           16);
    proxy.clearFilters();
    report("sort by another column",
           time(
               [&](int i) {
                   view.sortByColumn(i % 2 ? GpuTableModel::Name : GpuTableModel::PriceSek,
                                     Qt::AscendingOrder);
               },
               11),
           16);

    // A workload change recomputes every computed column.
    EstimateRequest workload;
    for (const ModelSpec &m : bundled->models) {
        if (m.id == u"llama-3.1-8b")
            workload.model = m;
    }
    workload.format = WeightFormat::GgufQ4_K_M;
    workload.engine = Engine::LlamaCpp;
    const CostSettings costs = CostSettings::defaults();
    report("workload change, every computed column",
           time(
               [&](int i) {
                   workload.context = 2048 + 1024 * (i % 4);
                   model.setEvaluations(WorkloadEvaluator::evaluateAll(
                       workload, costs, model.gpus(), model.takeEvaluations()));
               },
               11),
           50);
    return 0;
}
