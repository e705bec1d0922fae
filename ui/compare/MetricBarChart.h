#pragma once

// Grouped bars of the picked GPUs: every figure at once as a share of the best (so that
// gigabytes and watts fit one axis), or one figure in its own unit.

#include "CompareMetric.h"

#include <QCoreApplication>

#include <optional>

class QChart;
class QPalette;
struct CompareData;

class MetricBarChart
{
    Q_DECLARE_TR_FUNCTIONS(MetricBarChart)

public:
    // On each bar set: the label of each bar as drawn (the value, or "unknown"), a QStringList.
    static constexpr const char *LabelsProperty = "valueLabels";

    // metric nullopt: all metrics, always normalised. The caller owns the chart.
    static QChart *create(const CompareData &data, std::optional<CompareMetric::Id> metric,
                          bool normalised, const QPalette &palette);
};
