#pragma once

// Looking into the compare view's charts in tests: three consumer cards whose catalog figures
// are known (resources/catalog/gpus.csv), series and bar sets by name, the texts drawn on a
// chart, and picking the three in a main window.

#include "MainWindow.h"
#include "compare/CompareView.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>

inline const QString kRtx4090 = QStringLiteral("nvidia-rtx-4090");
inline const QString kRtx3090 = QStringLiteral("nvidia-rtx-3090");
inline const QString kRx7900 = QStringLiteral("amd-radeon-rx-7900-xtx");

template <typename T> inline T *seriesNamed(QChart *chart, const QString &name)
{
    for (QAbstractSeries *series : chart->series()) {
        if (series->name() == name)
            return qobject_cast<T *>(series);
    }
    return nullptr;
}

template <typename T> inline T *firstSeries(QChart *chart)
{
    for (QAbstractSeries *series : chart->series()) {
        if (auto *s = qobject_cast<T *>(series))
            return s;
    }
    return nullptr;
}

inline QBarSet *barSetNamed(QAbstractBarSeries *series, const QString &label)
{
    for (QBarSet *set : series->barSets()) {
        if (set->label() == label)
            return set;
    }
    return nullptr;
}

// The texts drawn on the chart outside its series and axes: the bar labels.
inline QStringList textItems(QChart *chart)
{
    QStringList texts;
    for (QGraphicsItem *item : chart->childItems()) {
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item); text && text->isVisible())
            texts.append(text->text());
    }
    return texts;
}

inline QChart *metricChart(CompareView *view)
{
    return view->chartView(CompareView::Chart::Metrics)->chart();
}

inline CompareView *pickThree(MainWindow &window)
{
    window.showComparison({kRtx4090, kRtx3090, kRx7900});
    CompareView *view = window.compareView();
    view->refresh();
    return view;
}
