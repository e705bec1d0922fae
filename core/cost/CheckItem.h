#pragma once

// One line of a checklist: what was checked, how it came out and why, in one sentence.

#include <QString>

enum class CheckStatus
{
    Pass,
    Warning,
    Fail,
    Unknown // a figure the check needs is not known
};

struct CheckItem
{
    QString key; // stable, for JSON: "vram", "fp16", "bandwidth", "power", ...
    CheckStatus status = CheckStatus::Unknown;
    QString reason; // one line, translated

    static QString statusKey(CheckStatus status)
    {
        switch (status) {
        case CheckStatus::Pass:
            return QStringLiteral("pass");
        case CheckStatus::Warning:
            return QStringLiteral("warning");
        case CheckStatus::Fail:
            return QStringLiteral("fail");
        case CheckStatus::Unknown:
            return QStringLiteral("unknown");
        }
        return QStringLiteral("unknown");
    }
};
