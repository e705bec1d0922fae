#pragma once

// The options of add-gpu/edit-gpu and add-model/edit-model: one per column of the catalog format,
// named after it (vram_gb -> --vram-gb), with the checks of a hand-entered value
// (CatalogFieldCheck). Every bad value is reported with its option's name. Rows is GpuRows or
// ModelRows, which give the columns, their help and their checks.

#include "CliArguments.h"
#include "Result.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace FieldOptions {

// The option of a column: hidden_size -> hidden-size.
QString optionName(const QString &column);

// "is required" for each of the options the command line leaves out or empty.
QList<Error> missing(const CliArguments &args, std::initializer_list<const char *> required);

// Cells in column order with the values of the options given in place of the base's.
QStringList withGiven(const QStringList &columns, QStringList cells, const CliArguments &args);

// Adds an error, named by its option, for each given option whose cell has a problem.
void reportProblems(const QStringList &columns, const QHash<QString, QString> &problems,
                    const CliArguments &args, QList<Error> &errors);

// withId: include --id (add-); edit- names the row as its argument instead.
template <typename Rows> QList<CliArguments::Option> options(bool withId)
{
    QList<CliArguments::Option> list;
    for (const QString &column : Rows::columns()) {
        if (column == u"id" && !withId)
            continue;
        list.append({optionName(column), true, QStringLiteral("VALUE"), Rows::optionHelp(column)});
    }
    return list;
}

// How many field options the command line sets.
template <typename Rows> int countGiven(const CliArguments &args)
{
    int n = 0;
    for (const QString &column : Rows::columns())
        n += args.isSet(optionName(column)) ? 1 : 0;
    return n;
}

// The row with the given options applied over base; errors lists every bad or missing value.
template <typename Rows>
std::optional<typename Rows::Spec> apply(const typename Rows::Spec &base, const CliArguments &args,
                                         QList<Error> &errors)
{
    const QStringList columns = Rows::columns();
    const QStringList cells = withGiven(columns, Rows::toFields(base), args);
    // Every bad value on its own, not only the first; the base's own gaps (an add-gpu without
    // a name) are left to the whole-row check below.
    reportProblems(columns, Rows::problems(cells), args, errors);
    if (!errors.isEmpty())
        return std::nullopt; // with these (or the caller's) problems the whole row means little
    const auto spec = Rows::fromFields(cells);
    if (!spec) {
        errors.append(Error{
            spec.error().message, {}, 0, QStringLiteral("--") + optionName(spec.error().field)});
        return std::nullopt;
    }
    return *spec;
}

} // namespace FieldOptions
