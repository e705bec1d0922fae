#include "Currency.h"

QString currencyCode(Currency currency)
{
    switch (currency) {
    case Currency::Sek:
        return QStringLiteral("SEK");
    case Currency::Eur:
        return QStringLiteral("EUR");
    case Currency::Usd:
        return QStringLiteral("USD");
    }
    return QStringLiteral("SEK");
}

std::optional<Currency> currencyFromCode(const QString &code)
{
    for (Currency c : {Currency::Sek, Currency::Eur, Currency::Usd}) {
        if (code.compare(currencyCode(c), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}
