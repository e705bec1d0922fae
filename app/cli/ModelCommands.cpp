// The model editing commands: add-model, edit-model, revert-model, the counterparts of add-gpu,
// edit-gpu and revert-gpu. A model from a config.json is added with import or import-model.

#include "Catalog.h"
#include "CatalogCsv.h"
#include "CatalogJson.h"
#include "CliApplication.h"
#include "ModelFieldOptions.h"

#include <QDate>

namespace {

int printBadOptions(CliApplication &app, const QList<Error> &errors)
{
    for (const Error &e : errors)
        app.err() << "gpu-advisor-cli: " << e.toString() << '\n';
    app.err() << "gpu-advisor-cli: nothing was changed\n";
    return CliApplication::UsageError;
}

// Prints what changed between two versions of a model, one field a line.
void printChanges(CliApplication &app, const ModelSpec &before, const ModelSpec &after)
{
    const QStringList columns = CatalogCsv::modelColumns();
    const QStringList a = CatalogCsv::modelToFields(before);
    const QStringList b = CatalogCsv::modelToFields(after);
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (a.at(c) != b.at(c)) {
            app.out() << "  " << columns.at(c) << ": "
                      << (a.at(c).isEmpty() ? QStringLiteral("unknown") : a.at(c)) << " -> "
                      << (b.at(c).isEmpty() ? QStringLiteral("unknown") : b.at(c)) << '\n';
        }
    }
}

int addModel(CliApplication &app, const CliArguments &args)
{
    if (!args.positional().isEmpty())
        return app.usageError(QStringLiteral("add-model takes options only, e.g. --id ID"));
    QList<Error> errors;
    for (const char *required : {"id", "name", "layers", "hidden-size", "attention-heads",
                                 "kv-heads", "vocab-size", "max-context"}) {
        const QString option = QString::fromLatin1(required);
        if (args.value(option).trimmed().isEmpty())
            errors.append(
                Error{QStringLiteral("is required"), {}, 0, QStringLiteral("--") + option});
    }
    ModelSpec base;
    base.paramsTotalB = base.paramsActiveB = 1; // until computed from the architecture
    base.sources = {QStringLiteral("entered with gpu-advisor-cli add-model on %1")
                        .arg(QDate::currentDate().toString(Qt::ISODate))};
    if (!errors.isEmpty()) // without the architecture the checks below mean little
        return printBadOptions(app, errors);
    // What the config.json of most models leaves implicit: the head size and the attention
    // kind follow from the head counts.
    const int heads = args.value(QStringLiteral("attention-heads")).toInt();
    const int kvHeads = args.value(QStringLiteral("kv-heads")).toInt();
    if (heads > 0)
        base.headDim = args.value(QStringLiteral("hidden-size")).toInt() / heads;
    base.attention = kvHeads == heads ? AttentionKind::Mha
                     : kvHeads == 1   ? AttentionKind::Mqa
                                      : AttentionKind::Gqa;
    const auto model = ModelFieldOptions::apply(base, args, errors);
    if (!errors.isEmpty())
        return printBadOptions(app, errors);
    Catalog *catalog = app.catalog();
    if (!catalog)
        return CliApplication::Failure;
    CatalogRepository &repo = catalog->repository();
    const auto existing = repo.model(model->id);
    if (!existing)
        return app.fail(existing.error(), CliApplication::Failure);
    if (*existing)
        return app.fail(Error{QStringLiteral("a model with this id is already in the catalog "
                                             "(change it with edit-model)"),
                              {},
                              0,
                              QStringLiteral("--id")},
                        CliApplication::UsageError);
    if (const Status saved = repo.saveUserModel(*model); !saved)
        return app.fail(saved.error(), CliApplication::Failure);
    ModelSpec added = *model;
    added.origin = RowOrigin::User;
    if (app.json())
        app.printJson(CatalogJson::model(added));
    else
        app.out() << "Added " << added.name << " as '" << added.id << "' ("
                  << QString::number(added.paramsTotalB, 'f', 2) << " billion parameters)\n";
    return CliApplication::Ok;
}

int editModel(CliApplication &app, const CliArguments &args)
{
    if (args.positional().size() != 1)
        return app.usageError(QStringLiteral("give the id of the model to edit"));
    if (ModelFieldOptions::countGiven(args) == 0)
        return app.usageError(
            QStringLiteral("give at least one field to change, e.g. --max-context 131072"));
    const QString id = args.positional().first();
    Catalog *catalog = app.catalog();
    if (!catalog)
        return CliApplication::Failure;
    CatalogRepository &repo = catalog->repository();
    const auto existing = repo.model(id);
    if (!existing)
        return app.fail(existing.error(), CliApplication::Failure);
    if (!*existing)
        return app.fail(Error{QStringLiteral("there is no model with this id in the catalog "
                                             "(see gpu-advisor-cli models)"),
                              {},
                              0,
                              id},
                        CliApplication::UsageError);
    QList<Error> errors;
    const auto model = ModelFieldOptions::apply(**existing, args, errors);
    if (!errors.isEmpty())
        return printBadOptions(app, errors);
    if (const Status saved = repo.saveUserModel(*model); !saved)
        return app.fail(saved.error(), CliApplication::Failure);
    ModelSpec edited = *model;
    edited.origin = RowOrigin::User;
    if (app.json()) {
        app.printJson(CatalogJson::model(edited));
        return CliApplication::Ok;
    }
    app.out() << "Edited '" << id << "'";
    if ((*existing)->origin == RowOrigin::Bundled)
        app.out() << " (revert-model " << id << " brings back the bundled values)";
    app.out() << '\n';
    printChanges(app, **existing, edited);
    return CliApplication::Ok;
}

int revertModel(CliApplication &app, const CliArguments &args)
{
    if (args.positional().size() != 1)
        return app.usageError(QStringLiteral("give the id of the model to revert"));
    const QString id = args.positional().first();
    Catalog *catalog = app.catalog();
    if (!catalog)
        return CliApplication::Failure;
    CatalogRepository &repo = catalog->repository();
    const auto bundled = repo.bundledModel(id);
    if (!bundled)
        return app.fail(bundled.error(), CliApplication::Failure);
    if (!*bundled)
        return app.fail(Error{QStringLiteral("is not in the bundled catalog: there are no "
                                             "bundled values to revert to"),
                              {},
                              0,
                              id},
                        CliApplication::UsageError);
    const auto before = repo.model(id);
    const auto reverted = repo.revertModelToBundled(id);
    if (!reverted)
        return app.fail(reverted.error(), CliApplication::Failure);
    if (app.json()) {
        app.printJson(CatalogJson::model(*reverted));
        return CliApplication::Ok;
    }
    app.out() << "Reverted '" << id << "' to the bundled values\n";
    if (before && *before)
        printChanges(app, **before, *reverted);
    return CliApplication::Ok;
}

} // namespace

void registerModelCommands(CliApplication &app)
{
    app.addCommand({QStringLiteral("add-model"), QString(),
                    QStringLiteral("add a model of your own; options are the CSV columns"),
                    ModelFieldOptions::options(true), addModel});
    app.addCommand({QStringLiteral("edit-model"), QStringLiteral("ID"),
                    QStringLiteral("change fields of a model; an empty value makes it unknown"),
                    ModelFieldOptions::options(false), editModel});
    app.addCommand({QStringLiteral("revert-model"),
                    QStringLiteral("ID"),
                    QStringLiteral("put the bundled values back in place of your edits"),
                    {},
                    revertModel});
}
