#pragma once

// The bundled catalog for the estimator tests, loaded once, with lookups by id that stop the run
// on an id the catalog lacks, and a relative comparison that names the figures.

#include "BundledCatalog.h"

#include <QTest>

#include <cmath>

inline const CatalogData &bundledCatalog()
{
    static const CatalogData catalog = [] {
        auto loaded = BundledCatalog::load();
        if (!loaded.ok())
            qFatal("bundled catalog: %s", qPrintable(loaded.error().toString()));
        return std::move(loaded).value();
    }();
    return catalog;
}

inline ModelSpec bundledModel(const QString &id)
{
    for (const ModelSpec &m : bundledCatalog().models) {
        if (m.id == id)
            return m;
    }
    qFatal("no model %s in the bundled catalog", qPrintable(id));
}

inline GpuSpec bundledGpu(const QString &id)
{
    for (const GpuSpec &g : bundledCatalog().gpus) {
        if (g.id == id)
            return g;
    }
    qFatal("no GPU %s in the bundled catalog", qPrintable(id));
}

// Fails the test when actual is further than relative (a fraction) from expected.
inline void compareWithin(double actual, double expected, double relative)
{
    const double error = std::abs(actual - expected) / expected;
    if (error > relative)
        QFAIL(qPrintable(QStringLiteral("%1 is %2 % from the expected %3 (allowed %4 %)")
                             .arg(actual)
                             .arg(100 * error, 0, 'f', 1)
                             .arg(expected)
                             .arg(100 * relative)));
}
