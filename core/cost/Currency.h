#pragma once

// The currencies money is shown in. Amounts are kept in SEK internally and converted only for
// display (see ExchangeRates).

#include <QString>

#include <optional>

enum class Currency
{
    Sek,
    Eur,
    Usd
};

// ISO 4217 code: "SEK", "EUR", "USD".
QString currencyCode(Currency currency);
// Case-insensitive ISO code; nullopt for anything else.
std::optional<Currency> currencyFromCode(const QString &code);
