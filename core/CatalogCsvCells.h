#pragma once

// Cells of the catalog's CSV format: numbers written so that they read back exactly, and the
// readers of number, whole-number and yes/no cells. A reader returns an error message, or an
// empty string when the cell is fine (an empty cell is an unknown value).

#include <QString>

#include <optional>

namespace CatalogCsvCells {

QString formatNumber(double v);
QString readNumber(const QString &cell, std::optional<double> &out);
QString readInt(const QString &cell, std::optional<int> &out);
QString readBool(const QString &cell, std::optional<bool> &out);

} // namespace CatalogCsvCells
