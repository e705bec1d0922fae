#pragma once

// The figures the compare view sets side by side: name, unit, which way is better, and the
// value for a picked GPU. The grouped bars and the spec table share them.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

struct CompareEntry;

class CompareMetric
{
    Q_DECLARE_TR_FUNCTIONS(CompareMetric)

public:
    enum class Id
    {
        Vram,
        Bandwidth,
        Fp16,
        Bf16,
        Int8,
        Power,
        Price,
        TokensPerS,
        CostPerMillionTokens
    };

    static QList<Id> all();
    // A stable name for the settings, "vram"; nullopt for a key no figure has.
    static QString key(Id id);
    static std::optional<Id> fromKey(const QString &key);
    static QString name(Id id);
    static QString unit(Id id);
    // "VRAM (GB)"
    static QString nameWithUnit(Id id);
    static bool higherIsBetter(Id id);
    static int decimals(Id id);
    static std::optional<double> value(Id id, const CompareEntry &entry);
    // The value as text with its unit, or "unknown".
    static QString text(Id id, const CompareEntry &entry);
    // The best of the values given (nullopt where unknown); nullopt when none is known.
    static std::optional<double> best(Id id, const QList<std::optional<double>> &values);
    // value as a share of the best in percent, 100 for the best; lower-is-better figures
    // are inverted (best / value) so that a taller bar is always better.
    static std::optional<double> percentOfBest(Id id, std::optional<double> value,
                                               std::optional<double> best);
};
