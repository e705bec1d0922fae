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

} // namespace Formatting
