#pragma once

// Colours and fonts of the compare charts: a light or dark chart theme chosen from the palette's
// lightness, the palette's own window and text colours over it, one colour per picked GPU that
// every chart shares, and numbers in the current locale.

#include <QColor>
#include <QList>
#include <QStringList>

class QChart;
class QPalette;

namespace ChartStyle {

bool isDark(const QPalette &palette);
// Before the series are added: theme, locale, fonts.
void prepare(QChart *chart, const QPalette &palette);
// After the series and axes are added: the palette's colours on background, axes and legend.
void finish(QChart *chart, const QPalette &palette);
// Colour of the index-th picked GPU, distinguishable for colour-blind readers (Okabe-Ito).
QColor gpuColor(int index, const QPalette &palette);
// Text and neutral colours from the palette.
QColor textColor(const QPalette &palette);
QColor neutralColor(const QPalette &palette);
// Category labels must be unique on a bar axis: "Name", "Name (2)".
QStringList uniqueLabels(const QStringList &labels);

} // namespace ChartStyle
