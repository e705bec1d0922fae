#pragma once

// The memory the workload needs on each picked GPU configuration, by part (weights, KV cache,
// activations, overhead), stacked against the usable memory of the cards it runs on.

#include <QCoreApplication>

class QChart;
class QPalette;
struct CompareData;

class MemoryBreakdownChart
{
    Q_DECLARE_TR_FUNCTIONS(MemoryBreakdownChart)

public:
    static QChart *create(const CompareData &data, const QPalette &palette);
};
