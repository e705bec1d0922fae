#pragma once

// The options and positional arguments of one CLI command. Accepts "--name value",
// "--name=value" and "--flag"; anything unknown or incomplete is an error naming it.

#include "Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class CliArguments
{
public:
    struct Option
    {
        QString name; // without the leading "--"
        bool takesValue = false;
        QString valueName; // for the usage text, e.g. "PATH"
        QString help;
    };

    static Result<CliArguments> parse(const QStringList &arguments, const QList<Option> &options);

    bool isSet(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const
    {
        return m_values.value(name, fallback);
    }
    const QStringList &positional() const { return m_positional; }

    // A number option: absent gives the fallback; present but not a finite number in the
    // allowed range is an error naming the option.
    Result<double> number(const QString &name, double fallback, double min, double max) const;
    Result<int> integer(const QString &name, int fallback, int min, int max) const;

private:
    QHash<QString, QString> m_values;
    QStringList m_positional;
};
