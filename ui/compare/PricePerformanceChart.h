#pragma once

// Price against performance of every GPU the filters let through, the picked ones in their own
// colours, and the efficient (Pareto) frontier: the GPUs no cheaper GPU outperforms.

#include <QCoreApplication>
#include <QList>
#include <QPointF>

class QChart;
class QPalette;
struct CompareData;

class PricePerformanceChart
{
    Q_DECLARE_TR_FUNCTIONS(PricePerformanceChart)

public:
    enum class Performance
    {
        Fp16Tflops,
        TokensPerS
    };

    static QChart *create(const CompareData &data, Performance performance,
                          const QPalette &palette);
    // The points (x: price, y: performance) that no cheaper-or-equal point beats, by price.
    static QList<QPointF> frontier(QList<QPointF> points);
};
