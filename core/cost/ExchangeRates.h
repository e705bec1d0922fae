#pragma once

// Dated exchange rates between SEK (the base currency of every amount) and EUR and USD. The
// rates are user settings: the defaults come with their date and source so the UI can say how
// old they are.

#include "Currency.h"

#include <QDate>
#include <QString>

class ExchangeRates
{
public:
    ExchangeRates() = default;
    ExchangeRates(double sekPerUsd, double sekPerEur, QDate date, QString source);

    // Riksbank-based annual averages for 2023 (USD/SEK 10.61 as in the bundled catalog, EUR/SEK
    // 11.48), dated 2023-12-31.
    static ExchangeRates defaults();

    double sekPerUsd() const { return m_sekPerUsd; }
    double sekPerEur() const { return m_sekPerEur; }
    QDate date() const { return m_date; }
    QString source() const { return m_source; }

    void setSekPerUsd(double rate) { m_sekPerUsd = rate; }
    void setSekPerEur(double rate) { m_sekPerEur = rate; }
    void setDate(QDate date) { m_date = date; }
    void setSource(const QString &source) { m_source = source; }

    // SEK per one unit of the currency (1 for SEK).
    double sekPer(Currency currency) const;
    double toSek(double amount, Currency from) const { return amount * sekPer(from); }
    double fromSek(double amountSek, Currency to) const { return amountSek / sekPer(to); }

private:
    double m_sekPerUsd = 10.61;
    double m_sekPerEur = 11.48;
    QDate m_date;
    QString m_source;
};
