#include "FieldOptions.h"

namespace FieldOptions {

QString optionName(const QString &column)
{
    return QString(column).replace(u'_', u'-');
}

QList<Error> missing(const CliArguments &args, std::initializer_list<const char *> required)
{
    QList<Error> errors;
    for (const char *name : required) {
        const QString option = QString::fromLatin1(name);
        if (args.value(option).trimmed().isEmpty())
            errors.append(
                Error{QStringLiteral("is required"), {}, 0, QStringLiteral("--") + option});
    }
    return errors;
}

QStringList withGiven(const QStringList &columns, QStringList cells, const CliArguments &args)
{
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (const QString option = optionName(columns.at(c)); args.isSet(option))
            cells[c] = args.value(option).trimmed();
    }
    return cells;
}

void reportProblems(const QStringList &columns, const QHash<QString, QString> &problems,
                    const CliArguments &args, QList<Error> &errors)
{
    for (const QString &column : columns) {
        const QString option = optionName(column);
        if (args.isSet(option) && problems.contains(column))
            errors.append(Error{problems.value(column), {}, 0, QStringLiteral("--") + option});
    }
}

} // namespace FieldOptions
