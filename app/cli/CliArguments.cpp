#include "CliArguments.h"

#include <cmath>

Result<CliArguments> CliArguments::parse(const QStringList &arguments, const QList<Option> &options)
{
    CliArguments parsed;
    bool onlyPositional = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (onlyPositional || !arg.startsWith(QStringLiteral("--")) || arg.size() == 2) {
            if (arg == u"--" && !onlyPositional) {
                onlyPositional = true;
                continue;
            }
            parsed.m_positional.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasInlineValue = true;
        }
        const auto option = std::find_if(options.cbegin(), options.cend(),
                                         [&](const Option &o) { return o.name == name; });
        if (option == options.cend())
            return Error{QStringLiteral("unknown option"), {}, 0, QStringLiteral("--") + name};
        if (option->takesValue) {
            if (!hasInlineValue) {
                if (i + 1 >= arguments.size())
                    return Error{QStringLiteral("needs a value"), {}, 0, arg};
                value = arguments.at(++i);
            }
        } else if (hasInlineValue) {
            return Error{QStringLiteral("takes no value"), {}, 0, QStringLiteral("--") + name};
        }
        parsed.m_values.insert(name, value);
    }
    return parsed;
}

Result<double> CliArguments::number(const QString &name, double fallback, double min,
                                    double max) const
{
    if (!isSet(name))
        return fallback;
    const QString text = value(name).trimmed();
    bool ok = false;
    const double v = text.toDouble(&ok);
    const QString option = QStringLiteral("--") + name;
    if (!ok || !std::isfinite(v)) {
        QString message = QStringLiteral("'%1' is not a number").arg(text);
        if (text.contains(u','))
            message +=
                QStringLiteral(" (use a decimal point: %1)").arg(QString(text).replace(u',', u'.'));
        return Error{message, {}, 0, option};
    }
    if (v < min || v > max)
        return Error{
            QStringLiteral("%1 is outside %2 to %3").arg(text).arg(min).arg(max), {}, 0, option};
    return v;
}

Result<int> CliArguments::integer(const QString &name, int fallback, int min, int max) const
{
    if (!isSet(name))
        return fallback;
    const QString text = value(name).trimmed();
    bool ok = false;
    const int v = text.toInt(&ok);
    const QString option = QStringLiteral("--") + name;
    if (!ok)
        return Error{QStringLiteral("'%1' is not a whole number").arg(text), {}, 0, option};
    if (v < min || v > max)
        return Error{
            QStringLiteral("%1 is outside %2 to %3").arg(v).arg(min).arg(max), {}, 0, option};
    return v;
}
