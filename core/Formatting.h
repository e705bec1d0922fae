#pragma once

// Numbers and money for people, in the current locale: "20 000 kr", "1,50" in Swedish,
// "SEK 20,000" and "1.50" in English. Unknown values read "unknown", never 0.

#include <QString>

#include <optional>

namespace Formatting {

QString unknown();
QString number(double value, int decimals);
QString optionalNumber(std::optional<double> value, int decimals);
// currency is an ISO code: SEK, EUR or USD.
QString money(double amount, const QString &currency, int decimals = 0);

// The currency the application shows money in, with its rate: amounts are kept in SEK and
// converted only for display. SEK until the settings choose another; set from the GUI thread.
void setDisplayCurrency(const QString &code, double unitsPerSek);
QString displayCurrency(); // ISO code
double fromSek(double sek);
double toSek(double amount);
// An amount in SEK, shown in the display currency.
QString moneyFromSek(double sek, int decimals = 0);

} // namespace Formatting
