#pragma once

// Writes a chart view as it looks on screen to a PNG or SVG file, atomically (QSaveFile): a
// failed export leaves an existing file as it was.

#include "Result.h"

class QChartView;
class QString;

namespace ChartExporter {

// The format follows the file name: .svg writes SVG, anything else PNG.
Status save(QChartView *view, const QString &path);
Status savePng(QChartView *view, const QString &path);
Status saveSvg(QChartView *view, const QString &path);

} // namespace ChartExporter
