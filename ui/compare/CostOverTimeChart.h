#pragma once

// What owning the picked GPUs (as many as the workload needs) costs year by year, against
// renting the same cards by the hour and against buying the same tokens from an API, with the
// months where owning pays off marked.

#include <QCoreApplication>

class QChart;
class QPalette;
struct CompareData;

class CostOverTimeChart
{
    Q_DECLARE_TR_FUNCTIONS(CostOverTimeChart)

public:
    static QChart *create(const CompareData &data, const QPalette &palette);
};
