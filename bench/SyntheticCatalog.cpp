#include "SyntheticCatalog.h"

#include <QRandomGenerator>

QList<GpuSpec> syntheticCatalog(const QList<GpuSpec> &seed, int count)
{
    QRandomGenerator random(42); // the same catalog every run
    QList<GpuSpec> gpus;
    gpus.reserve(count);
    auto scaled = [&](std::optional<double> v) -> std::optional<double> {
        if (!v)
            return v;
        return *v * (0.5 + random.generateDouble());
    };
    for (int i = 0; i < count; ++i) {
        GpuSpec g = seed.at(i % seed.size());
        g.id = QStringLiteral("%1-%2").arg(g.id).arg(i);
        g.name = QStringLiteral("%1 Variant %2").arg(g.name).arg(i);
        g.vramGB = scaled(g.vramGB);
        g.bandwidthGBps = scaled(g.bandwidthGBps);
        g.fp16TensorTflops = scaled(g.fp16TensorTflops);
        g.powerWatts = scaled(g.powerWatts);
        g.streetPriceSek = scaled(g.streetPriceSek);
        gpus.append(g);
    }
    return gpus;
}
