#include "Formatting.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace {

struct DisplayCurrency
{
    QString code = QStringLiteral("SEK");
    double unitsPerSek = 1.0;
};

DisplayCurrency &displayed()
{
    static DisplayCurrency current;
    return current;
}

} // namespace

namespace Formatting {

QString unknown()
{
    //: Shown in place of a figure that no source gives
    return QCoreApplication::translate("Formatting", "unknown");
}

QString number(double value, int decimals)
{
    if (!std::isfinite(value))
        return unknown();
    return QLocale().toString(value, 'f', decimals);
}

QString optionalNumber(std::optional<double> value, int decimals)
{
    return value ? number(*value, decimals) : unknown();
}

QString money(double amount, const QString &currency, int decimals)
{
    if (!std::isfinite(amount))
        return unknown();
    const QLocale locale;
    const QString digits = locale.toString(amount, 'f', decimals);
    // Swedish writes "20 000 kr"; Swedish kronor in English read "SEK 20,000".
    if (currency == u"SEK") {
        return locale.language() == QLocale::Swedish ? digits + QStringLiteral("\u00a0kr")
                                                     : QStringLiteral("SEK\u00a0") + digits;
    }
    if (currency == u"EUR") {
        return locale.language() == QLocale::Swedish ? digits + QStringLiteral("\u00a0€")
                                                     : QStringLiteral("€") + digits;
    }
    return locale.language() == QLocale::Swedish ? digits + QStringLiteral("\u00a0US$")
                                                 : QStringLiteral("$") + digits;
}

void setDisplayCurrency(const QString &code, double unitsPerSek)
{
    if (code.isEmpty() || !std::isfinite(unitsPerSek) || unitsPerSek <= 0)
        return;
    displayed() = {code, unitsPerSek};
}

QString displayCurrency()
{
    return displayed().code;
}

double fromSek(double sek)
{
    return sek * displayed().unitsPerSek;
}

double toSek(double amount)
{
    return amount / displayed().unitsPerSek;
}

QString moneyFromSek(double sek, int decimals)
{
    return money(fromSek(sek), displayed().code, decimals);
}

} // namespace Formatting
