#pragma once

// A large, varied, made-up GPU catalog for benchmarks: the bundled GPUs repeated with their
// figures scaled, so filters and sorting see realistic spreads and unknown values.

#include "GpuSpec.h"

#include <QList>

QList<GpuSpec> syntheticCatalog(const QList<GpuSpec> &seed, int count);
