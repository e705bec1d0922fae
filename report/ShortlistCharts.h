#pragma once

// The charts of the shortlist report, drawn with QPainter so that the desktop application and the
// command line (which has no widgets and no Qt Charts) put the same pictures in the PDF: the
// items side by side (tokens/s, purchase, TCO) and their cumulative cost over the years against
// renting the same cards. On white, for paper; in the current language.

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>

struct ShortlistReport;

class ShortlistCharts
{
    Q_DECLARE_TR_FUNCTIONS(ShortlistCharts)

public:
    // Bars of tokens/s, purchase and TCO for every item, one panel each.
    static QImage compareChart(const ShortlistReport &report, const QSize &size = QSize(1600, 640));

    // Cumulative cost of each item's cards from the purchase to the end of the settings' years,
    // with renting the same cards in the cloud dashed where a cloud price is known.
    static QImage costOverTimeChart(const ShortlistReport &report,
                                    const QSize &size = QSize(1600, 720));

    // Both charts in report order; none for a list without items.
    static QList<QImage> all(const ShortlistReport &report);
};
