// The model editing commands: add-model, edit-model, revert-model, the counterparts of add-gpu,
// edit-gpu and revert-gpu. A model from a config.json is added with import or import-model.

#include "CliApplication.h"
#include "ModelRows.h"
#include "RowCommands.h"

namespace {

int addModel(CliApplication &app, const CliArguments &args)
{
    if (!args.positional().isEmpty())
        return app.usageError(QStringLiteral("add-model takes options only, e.g. --id ID"));
    QList<Error> errors =
        FieldOptions::missing(args, {"id", "name", "layers", "hidden-size", "attention-heads",
                                     "kv-heads", "vocab-size", "max-context"});
    ModelSpec base;
    base.paramsTotalB = base.paramsActiveB = 1; // until computed from the architecture
    base.sources = RowCommands::enteredWith(QStringLiteral("add-model"));
    if (!errors.isEmpty()) // without the architecture the checks below mean little
        return RowCommands::printBadOptions(app, errors);
    // What the config.json of most models leaves implicit: the head size and the attention
    // kind follow from the head counts.
    const int heads = args.value(QStringLiteral("attention-heads")).toInt();
    const int kvHeads = args.value(QStringLiteral("kv-heads")).toInt();
    if (heads > 0)
        base.headDim = args.value(QStringLiteral("hidden-size")).toInt() / heads;
    base.attention = kvHeads == heads ? AttentionKind::Mha
                     : kvHeads == 1   ? AttentionKind::Mqa
                                      : AttentionKind::Gqa;
    const auto model = ModelRows::applyOptions(base, args, errors);
    if (!errors.isEmpty())
        return RowCommands::printBadOptions(app, errors);
    return RowCommands::addNew<ModelRows>(app, *model);
}

} // namespace

void registerModelCommands(CliApplication &app)
{
    app.addCommand({QStringLiteral("add-model"), QString(),
                    QStringLiteral("add a model of your own; options are the CSV columns"),
                    FieldOptions::options<ModelRows>(true), addModel});
    app.addCommand({QStringLiteral("edit-model"), QStringLiteral("ID"),
                    QStringLiteral("change fields of a model; an empty value makes it unknown"),
                    FieldOptions::options<ModelRows>(false), RowCommands::edit<ModelRows>});
    app.addCommand({QStringLiteral("revert-model"),
                    QStringLiteral("ID"),
                    QStringLiteral("put the bundled values back in place of your edits"),
                    {},
                    RowCommands::revert<ModelRows>});
}
