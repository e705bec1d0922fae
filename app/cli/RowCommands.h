#pragma once

// add-, edit- and revert- of one catalog row, written once for GPUs and models: Rows is GpuRows
// or ModelRows, which hold what differs (columns and checks, repository calls, words). Each
// add- command builds its own starting row from the options and ends in addNew().

#include "Catalog.h"
#include "CatalogRepository.h"
#include "CliApplication.h"
#include "FieldOptions.h"

namespace RowCommands {

// Prints every bad option and that nothing was changed; returns the usage error's exit code.
int printBadOptions(CliApplication &app, const QList<Error> &errors);

// Prints the fields (cells in column order) that differ between two versions of a row, one a
// line.
void printChanges(CliApplication &app, const QStringList &columns, const QStringList &before,
                  const QStringList &after);

// The sources of a row entered with the given command today.
QStringList enteredWith(const QString &command);

// Saves a row that add-ROW built from its options, unless the catalog has its id already.
template <typename Rows> int addNew(CliApplication &app, const typename Rows::Spec &row)
{
    Catalog *catalog = app.catalog();
    if (!catalog)
        return CliApplication::Failure;
    CatalogRepository &repo = catalog->repository();
    const auto existing = Rows::find(repo, row.id);
    if (!existing)
        return app.fail(existing.error(), CliApplication::Failure);
    if (*existing)
        return app.fail(Error{QStringLiteral("a %1 with this id is already in the catalog "
                                             "(change it with edit-%2)")
                                  .arg(Rows::noun(), Rows::key()),
                              {},
                              0,
                              QStringLiteral("--id")},
                        CliApplication::UsageError);
    if (const Status saved = Rows::save(repo, row); !saved)
        return app.fail(saved.error(), CliApplication::Failure);
    typename Rows::Spec added = row;
    added.origin = RowOrigin::User;
    if (app.json())
        app.printJson(Rows::json(added));
    else
        app.out() << "Added " << added.name << " as '" << added.id << "'"
                  << Rows::addedDetail(added) << '\n';
    return CliApplication::Ok;
}

// edit-ROW ID --field VALUE...
template <typename Rows> int edit(CliApplication &app, const CliArguments &args)
{
    if (args.positional().size() != 1)
        return app.usageError(QStringLiteral("give the id of the %1 to edit").arg(Rows::noun()));
    if (FieldOptions::countGiven<Rows>(args) == 0)
        return app.usageError(
            QStringLiteral("give at least one field to change, e.g. %1").arg(Rows::editExample()));
    const QString id = args.positional().first();
    Catalog *catalog = app.catalog();
    if (!catalog)
        return CliApplication::Failure;
    CatalogRepository &repo = catalog->repository();
    const auto existing = Rows::find(repo, id);
    if (!existing)
        return app.fail(existing.error(), CliApplication::Failure);
    if (!*existing)
        return app.fail(Error{QStringLiteral("there is no %1 with this id in the catalog (see "
                                             "gpu-advisor-cli %2)")
                                  .arg(Rows::noun(), Rows::listCommand()),
                              {},
                              0,
                              id},
                        CliApplication::UsageError);
    QList<Error> errors;
    const auto row = Rows::applyOptions(**existing, args, errors);
    if (!errors.isEmpty())
        return printBadOptions(app, errors);
    if (const Status saved = Rows::save(repo, *row); !saved)
        return app.fail(saved.error(), CliApplication::Failure);
    typename Rows::Spec edited = *row;
    edited.origin = RowOrigin::User;
    if (app.json()) {
        app.printJson(Rows::json(edited));
        return CliApplication::Ok;
    }
    app.out() << "Edited '" << id << "'";
    if ((*existing)->origin == RowOrigin::Bundled)
        app.out() << " (revert-" << Rows::key() << ' ' << id << " brings back the bundled values)";
    app.out() << '\n';
    printChanges(app, Rows::columns(), Rows::toFields(**existing), Rows::toFields(edited));
    return CliApplication::Ok;
}

// revert-ROW ID: the bundled values in place of the user's edits.
template <typename Rows> int revert(CliApplication &app, const CliArguments &args)
{
    if (args.positional().size() != 1)
        return app.usageError(QStringLiteral("give the id of the %1 to revert").arg(Rows::noun()));
    const QString id = args.positional().first();
    Catalog *catalog = app.catalog();
    if (!catalog)
        return CliApplication::Failure;
    CatalogRepository &repo = catalog->repository();
    const auto bundled = Rows::findBundled(repo, id);
    if (!bundled)
        return app.fail(bundled.error(), CliApplication::Failure);
    if (!*bundled)
        return app.fail(Error{QStringLiteral("is not in the bundled catalog: there are no "
                                             "bundled values to revert to"),
                              {},
                              0,
                              id},
                        CliApplication::UsageError);
    const auto before = Rows::find(repo, id);
    const auto reverted = Rows::revert(repo, id);
    if (!reverted)
        return app.fail(reverted.error(), CliApplication::Failure);
    if (app.json()) {
        app.printJson(Rows::json(*reverted));
        return CliApplication::Ok;
    }
    app.out() << "Reverted '" << id << "' to the bundled values\n";
    if (before && *before)
        printChanges(app, Rows::columns(), Rows::toFields(**before), Rows::toFields(*reverted));
    return CliApplication::Ok;
}

} // namespace RowCommands
