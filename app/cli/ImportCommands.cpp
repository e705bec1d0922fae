// The catalog editing commands: import, export-catalog, add-gpu, edit-gpu, revert-gpu.

#include "Catalog.h"
#include "CatalogExporter.h"
#include "CatalogImporter.h"
#include "CliApplication.h"
#include "GpuRows.h"
#include "RowCommands.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace {

QString contentText(ImportContent content)
{
    switch (content) {
    case ImportContent::GpusCsv:
        return QStringLiteral("GPUs (CSV)");
    case ImportContent::ModelsCsv:
        return QStringLiteral("models (CSV)");
    case ImportContent::CatalogJson:
        return QStringLiteral("catalog (JSON)");
    case ImportContent::HfConfig:
        return QStringLiteral("model (Hugging Face config.json)");
    case ImportContent::Measurements:
        return QStringLiteral("speed measurements (CSV)");
    case ImportContent::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString contentKey(ImportContent content)
{
    switch (content) {
    case ImportContent::GpusCsv:
        return QStringLiteral("gpus-csv");
    case ImportContent::ModelsCsv:
        return QStringLiteral("models-csv");
    case ImportContent::CatalogJson:
        return QStringLiteral("catalog-json");
    case ImportContent::HfConfig:
        return QStringLiteral("hf-config");
    case ImportContent::Measurements:
        return QStringLiteral("measurements-csv");
    case ImportContent::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString resolutionKey(ConflictResolution r)
{
    switch (r) {
    case ConflictResolution::Skip:
        return QStringLiteral("skip");
    case ConflictResolution::Replace:
        return QStringLiteral("replace");
    case ConflictResolution::KeepBoth:
        return QStringLiteral("keep-both");
    }
    return {};
}

std::optional<ConflictResolution> resolutionFromKey(const QString &key)
{
    for (ConflictResolution r :
         {ConflictResolution::Skip, ConflictResolution::Replace, ConflictResolution::KeepBoth}) {
        if (resolutionKey(r) == key)
            return r;
    }
    return std::nullopt;
}

QJsonObject errorJson(const Error &e)
{
    return {{QStringLiteral("file"), e.file},
            {QStringLiteral("line"), e.line},
            {QStringLiteral("field"), e.field},
            {QStringLiteral("message"), e.message}};
}

QJsonObject countsJson(const ImportCounts &c)
{
    return {{QStringLiteral("added"), c.added},
            {QStringLiteral("replaced"), c.replaced},
            {QStringLiteral("skipped"), c.skipped},
            {QStringLiteral("kept_both"), c.keptBoth}};
}

QJsonObject planJson(const ImportPlan &plan, const ImportSummary *summary, bool dryRun)
{
    QJsonArray problems;
    for (const Error &e : plan.errors)
        problems.append(errorJson(e));
    QJsonArray conflicts;
    for (const ImportConflict &c : plan.conflicts) {
        conflicts.append(QJsonObject{
            {QStringLiteral("kind"),
             c.kind == CatalogRowKind::Gpu ? QStringLiteral("gpu") : QStringLiteral("model")},
            {QStringLiteral("id"), c.id},
            {QStringLiteral("existing_origin"), c.existingOrigin == RowOrigin::User
                                                    ? QStringLiteral("user")
                                                    : QStringLiteral("bundled")},
            {QStringLiteral("resolution"), resolutionKey(c.resolution)},
            {QStringLiteral("new_id"), c.resolution == ConflictResolution::KeepBoth
                                           ? QJsonValue(c.keepBothId)
                                           : QJsonValue(QJsonValue::Null)}});
    }
    QJsonObject o{{QStringLiteral("file"), plan.fileName},
                  {QStringLiteral("content"), contentKey(plan.content)},
                  {QStringLiteral("dry_run"), dryRun},
                  {QStringLiteral("applied"), summary && summary->applied},
                  {QStringLiteral("problems"), problems},
                  {QStringLiteral("conflicts"), conflicts},
                  {QStringLiteral("assumptions"), QJsonArray::fromStringList(plan.assumptions)}};
    if (summary) {
        o.insert(QStringLiteral("gpus"), countsJson(summary->gpus));
        o.insert(QStringLiteral("models"), countsJson(summary->models));
        o.insert(QStringLiteral("measurements"),
                 QJsonObject{{QStringLiteral("added"), summary->measurementsAdded},
                             {QStringLiteral("skipped"), summary->measurementsSkipped}});
    }
    return o;
}

QString countsText(const char *what, const ImportCounts &c)
{
    return QStringLiteral("%1: %2 added, %3 replaced, %4 skipped, %5 kept both under a new id")
        .arg(QString::fromLatin1(what))
        .arg(c.added)
        .arg(c.replaced)
        .arg(c.skipped)
        .arg(c.keptBoth);
}

int import(CliApplication &app, const CliArguments &args)
{
    if (args.positional().size() != 1)
        return app.usageError(QStringLiteral("give one file to import"));
    std::optional<ConflictResolution> resolution;
    if (args.isSet(QStringLiteral("on-conflict"))) {
        resolution = resolutionFromKey(args.value(QStringLiteral("on-conflict")));
        if (!resolution)
            return app.usageError(QStringLiteral("--on-conflict: '%1' is not one of skip, "
                                                 "replace, keep-both")
                                      .arg(args.value(QStringLiteral("on-conflict"))));
    }
    const bool dryRun = args.isSet(QStringLiteral("dry-run"));
    Catalog *catalog = app.catalog();
    if (!catalog)
        return CliApplication::Failure;
    CatalogImporter importer(catalog->database());
    const ImportPlan plan =
        importer.check(args.positional().first(), resolution.value_or(ConflictResolution::Skip));
    if (!plan.ok()) {
        for (const Error &e : plan.errors)
            app.err() << "gpu-advisor-cli: " << e.toString() << '\n';
        app.err() << "gpu-advisor-cli: " << plan.errors.size()
                  << (plan.errors.size() == 1 ? " problem" : " problems")
                  << "; nothing was imported\n";
        if (app.json())
            app.printJson(planJson(plan, nullptr, dryRun));
        return CliApplication::UsageError;
    }
    if (!plan.conflicts.isEmpty() && !resolution) {
        for (const ImportConflict &c : plan.conflicts) {
            app.err() << "gpu-advisor-cli: "
                      << (c.kind == CatalogRowKind::Gpu ? "GPU '" : "model '") << c.id
                      << "' is already in the catalog ("
                      << (c.existingOrigin == RowOrigin::User ? "yours: " : "bundled: ")
                      << c.existingName << ")\n";
        }
        app.err() << "gpu-advisor-cli: choose what to do with ids already in the catalog: "
                     "--on-conflict skip|replace|keep-both; nothing was imported\n";
        if (app.json())
            app.printJson(planJson(plan, nullptr, dryRun));
        return CliApplication::UsageError;
    }
    ImportSummary summary = CatalogImporter::preview(plan);
    if (!dryRun) {
        const auto applied = importer.apply(plan);
        if (!applied)
            return app.fail(applied.error(), CliApplication::Failure);
        summary = *applied;
    }
    if (app.json()) {
        app.printJson(planJson(plan, &summary, dryRun));
        return CliApplication::Ok;
    }
    QTextStream &out = app.out();
    out << (dryRun ? "Would import " : "Imported ") << contentText(plan.content) << " from "
        << plan.fileName << '\n';
    if (!plan.gpus.isEmpty())
        out << "  " << countsText("GPUs", summary.gpus) << '\n';
    if (!plan.models.isEmpty())
        out << "  " << countsText("models", summary.models) << '\n';
    if (plan.content == ImportContent::Measurements)
        out << "  measurements: " << summary.measurementsAdded << " added, "
            << summary.measurementsSkipped << " already in the catalog\n";
    for (const ImportConflict &c : plan.conflicts) {
        out << "  " << c.id << ": " << resolutionKey(c.resolution);
        if (c.resolution == ConflictResolution::KeepBoth)
            out << " (imported as '" << c.keepBothId << "')";
        out << '\n';
    }
    for (const QString &a : plan.assumptions)
        out << "  assumed: " << a << '\n';
    if (dryRun)
        out << "Dry run: nothing was changed.\n";
    return CliApplication::Ok;
}

int exportCatalog(CliApplication &app, const CliArguments &args)
{
    if (!args.positional().isEmpty())
        return app.usageError(QStringLiteral("export-catalog takes no arguments, only options"));
    const QString output = args.value(QStringLiteral("output"));
    if (output.isEmpty())
        return app.usageError(QStringLiteral("--output: give the file to write (- for stdout)"));
    CatalogExportOptions options;
    const QString formatName = args.isSet(QStringLiteral("format"))
                                   ? args.value(QStringLiteral("format"))
                                   : output.section(u'.', -1);
    const auto format = CatalogExporter::formatFromName(formatName);
    if (!format)
        return app.usageError(
            args.isSet(QStringLiteral("format"))
                ? QStringLiteral("--format: '%1' is not csv or json").arg(formatName)
                : QStringLiteral("--format: give csv or json (the file name does not tell)"));
    options.format = *format;
    options.userOnly = args.isSet(QStringLiteral("user-only"));
    if (args.isSet(QStringLiteral("what"))) {
        const QString what = args.value(QStringLiteral("what"));
        if (what != u"gpus" && what != u"models")
            return app.usageError(QStringLiteral("--what: '%1' is not gpus or models").arg(what));
        options.gpus = what == u"gpus";
        options.models = what == u"models";
    } else if (options.format == CatalogFileFormat::Csv) {
        return app.usageError(QStringLiteral(
            "--what: a CSV file holds either GPUs or models; give --what gpus or --what models"));
    }
    Catalog *catalog = app.catalog();
    if (!catalog)
        return CliApplication::Failure;
    const CatalogExporter exporter(catalog->repository());
    if (output == u"-") {
        const auto bytes = exporter.toBytes(options);
        if (!bytes)
            return app.fail(bytes.error(), CliApplication::Failure);
        app.out().flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) ||
            stdoutFile.write(*bytes) != bytes->size())
            return app.fail(Error{QStringLiteral("cannot write to stdout"), {}, 0, {}},
                            CliApplication::Failure);
        return CliApplication::Ok;
    }
    if (const Status written = exporter.writeFile(output, options); !written)
        return app.fail(written.error(), CliApplication::Failure);
    if (app.json()) {
        app.printJson(QJsonObject{{QStringLiteral("output"), output},
                                  {QStringLiteral("format"), formatName.toLower()},
                                  {QStringLiteral("user_only"), options.userOnly}});
        return CliApplication::Ok;
    }
    app.out() << "Exported " << (options.userOnly ? "your " : "the catalog's ")
              << (options.gpus && options.models ? "GPUs and models"
                                                 : (options.gpus ? "GPUs" : "models"))
              << " to " << output << '\n';
    return CliApplication::Ok;
}

int addGpu(CliApplication &app, const CliArguments &args)
{
    if (!args.positional().isEmpty())
        return app.usageError(QStringLiteral("add-gpu takes options only, e.g. --id ID"));
    QList<Error> errors = FieldOptions::missing(args, {"id", "name", "vendor", "class"});
    GpuSpec base;
    base.sources = RowCommands::enteredWith(QStringLiteral("add-gpu"));
    const auto gpu = GpuRows::applyOptions(base, args, errors);
    if (!errors.isEmpty())
        return RowCommands::printBadOptions(app, errors);
    return RowCommands::addNew<GpuRows>(app, *gpu);
}

} // namespace

void registerImportCommands(CliApplication &app)
{
    app.addCommand({QStringLiteral("import"),
                    QStringLiteral("FILE"),
                    QStringLiteral("import GPUs, models (CSV, JSON, config.json) or speed "
                                   "measurements; all or nothing"),
                    {{QStringLiteral("dry-run"),
                      false,
                      {},
                      QStringLiteral("check the file and show what would happen")},
                     {QStringLiteral("on-conflict"), true, QStringLiteral("WHAT"),
                      QStringLiteral("ids already in the catalog: skip, replace or keep-both")}},
                    import});
    app.addCommand({QStringLiteral("export-catalog"),
                    QString(),
                    QStringLiteral("write the catalog as CSV or JSON (the import format)"),
                    {{QStringLiteral("format"), true, QStringLiteral("csv|json"),
                      QStringLiteral("file format (default: from the file name)")},
                     {QStringLiteral("output"), true, QStringLiteral("FILE"),
                      QStringLiteral("file to write, - for stdout")},
                     {QStringLiteral("user-only"),
                      false,
                      {},
                      QStringLiteral("only rows you added, imported or edited")},
                     {QStringLiteral("what"), true, QStringLiteral("gpus|models"),
                      QStringLiteral("only GPUs or only models (CSV needs one)")}},
                    exportCatalog});
    app.addCommand({QStringLiteral("add-gpu"), QString(),
                    QStringLiteral("add a GPU of your own; options are the CSV columns"),
                    FieldOptions::options<GpuRows>(true), addGpu});
    app.addCommand({QStringLiteral("edit-gpu"), QStringLiteral("ID"),
                    QStringLiteral("change fields of a GPU; an empty value makes it unknown"),
                    FieldOptions::options<GpuRows>(false), RowCommands::edit<GpuRows>});
    app.addCommand({QStringLiteral("revert-gpu"),
                    QStringLiteral("ID"),
                    QStringLiteral("put the bundled values back in place of your edits"),
                    {},
                    RowCommands::revert<GpuRows>});
}
