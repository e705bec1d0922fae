#include "CatalogCsvCells.h"

#include <QCoreApplication>

#include <cmath>

namespace CatalogCsvCells {

QString formatNumber(double v)
{
    return QString::number(v, 'g', 12);
}

QString readNumber(const QString &cell, std::optional<double> &out)
{
    if (cell.isEmpty()) {
        out.reset();
        return {};
    }
    bool ok = false;
    const double v = cell.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return QCoreApplication::translate("CatalogCsv",
                                           "'%1' is not a number (use a decimal point)")
            .arg(cell);
    if (v < 0)
        return QCoreApplication::translate("CatalogCsv", "%1 is negative").arg(cell);
    // No figure of a GPU or model comes near this; larger ones overflow into infinity in the
    // estimates and costs computed from them.
    if (v > 1e12)
        return QCoreApplication::translate("CatalogCsv", "%1 is too large").arg(cell);
    out = v;
    return {};
}

QString readInt(const QString &cell, std::optional<int> &out)
{
    if (cell.isEmpty()) {
        out.reset();
        return {};
    }
    bool ok = false;
    const int v = cell.toInt(&ok);
    if (!ok)
        return QCoreApplication::translate("CatalogCsv", "'%1' is not a whole number").arg(cell);
    if (v < 0)
        return QCoreApplication::translate("CatalogCsv", "%1 is negative").arg(cell);
    out = v;
    return {};
}

QString readBool(const QString &cell, std::optional<bool> &out)
{
    const QString c = cell.toLower();
    if (c.isEmpty())
        out.reset();
    else if (c == u"yes" || c == u"true")
        out = true;
    else if (c == u"no" || c == u"false")
        out = false;
    else
        return QCoreApplication::translate("CatalogCsv", "'%1' is not yes or no").arg(cell);
    return {};
}

} // namespace CatalogCsvCells
