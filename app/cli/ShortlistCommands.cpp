// gpu-advisor-cli shortlist: the purchase shortlists in the catalog database, and their export
// with the figures of a workload (the workload options of estimate, the cost options of cost).

#include "Catalog.h"
#include "CliApplication.h"
#include "CostOptions.h"
#include "Estimator.h"
#include "ShortlistCharts.h"
#include "ShortlistExporter.h"
#include "ShortlistJsonReader.h"
#include "ShortlistPdf.h"
#include "ShortlistReport.h"
#include "ShortlistRepository.h"
#include "TextTable.h"
#include "WorkloadOptions.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QTranslator>

namespace {

Error noSuchList(const QString &name)
{
    return Error{QStringLiteral("there is no shortlist named '%1'").arg(name), {}, 0, {}};
}

QJsonObject itemJson(const ShortlistItem &item)
{
    return QJsonObject{
        {QStringLiteral("position"), item.position + 1},
        {QStringLiteral("gpu_id"), item.gpuId},
        {QStringLiteral("quantity"), item.quantity ? QJsonValue(*item.quantity) : QJsonValue()},
        {QStringLiteral("note"), item.note}};
}

// The named list, or the exit code after printing why not.
std::variant<Shortlist, int> findList(CliApplication &app, ShortlistRepository &repo,
                                      const QString &name)
{
    const auto list = repo.shortlistByName(name);
    if (!list)
        return app.fail(list.error(), CliApplication::Failure);
    if (!*list)
        return app.fail(noSuchList(name), CliApplication::UsageError);
    return **list;
}

int list(CliApplication &app, ShortlistRepository &repo)
{
    const auto lists = repo.shortlists();
    if (!lists)
        return app.fail(lists.error(), CliApplication::Failure);
    if (app.json()) {
        QJsonArray array;
        for (const Shortlist &l : *lists)
            array.append(
                QJsonObject{{QStringLiteral("name"), l.name},
                            {QStringLiteral("items"), int(l.items.size())},
                            {QStringLiteral("modified"), l.modified.toString(Qt::ISODate)}});
        app.printJson(array);
        return CliApplication::Ok;
    }
    for (const Shortlist &l : *lists)
        app.out() << l.name << '\t' << l.items.size() << " items\n";
    return CliApplication::Ok;
}

// Installs the translations and the locale of --lang for the exported text.
std::optional<int> applyLanguage(CliApplication &app, const CliArguments &args)
{
    if (!args.isSet(QStringLiteral("lang")))
        return std::nullopt;
    const QString lang = args.value(QStringLiteral("lang"));
    if (lang != u"sv" && lang != u"en")
        return app.usageError(QStringLiteral("--lang takes sv or en"));
    QLocale::setDefault(lang == u"sv" ? QLocale(QLocale::Swedish, QLocale::Sweden)
                                      : QLocale(QLocale::English, QLocale::UnitedKingdom));
    static QTranslator translator;
    if (lang != u"en" && translator.load(QStringLiteral(":/i18n/gpu-advisor_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(&translator);
    return std::nullopt;
}

// The shortlist's figures for --model and the workload and cost options.
std::variant<ShortlistReport, int> buildReport(CliApplication &app, const CliArguments &args,
                                               const Shortlist &list)
{
    if (!args.isSet(QStringLiteral("model")))
        return app.usageError(QStringLiteral("--model is required for the figures"));
    ModelSpec model;
    if (const auto failed = CostOptions::lookUpModel(app, args, model))
        return *failed;
    const auto workload = WorkloadOptions::parse(args);
    if (!workload)
        return app.fail(workload.error(), CliApplication::UsageError);
    const auto costs = CostOptions::settings(args);
    if (!costs)
        return app.fail(costs.error(), CliApplication::UsageError);
    EstimateRequest request = workload->request;
    request.model = model;
    if (!workload->engineGiven)
        request.engine = Estimator::defaultEngine(request);
    const auto gpus = app.catalog()->repository().gpus();
    if (!gpus)
        return app.fail(gpus.error(), CliApplication::Failure);
    return ShortlistReport::build(list, *gpus, request, *costs,
                                  app.catalog()->repository().catalogInfo());
}

int show(CliApplication &app, const CliArguments &args, ShortlistRepository &repo,
         const QString &name)
{
    auto found = findList(app, repo, name);
    if (std::holds_alternative<int>(found))
        return std::get<int>(found);
    const Shortlist &l = std::get<Shortlist>(found);
    if (!args.isSet(QStringLiteral("model"))) {
        if (app.json()) {
            QJsonArray items;
            for (const ShortlistItem &item : l.items)
                items.append(itemJson(item));
            app.printJson(
                QJsonObject{{QStringLiteral("name"), l.name}, {QStringLiteral("items"), items}});
            return CliApplication::Ok;
        }
        app.out() << l.name << '\n';
        for (const ShortlistItem &item : l.items) {
            app.out() << item.position + 1 << ". " << item.gpuId << "  x "
                      << (item.quantity ? QString::number(*item.quantity)
                                        : QStringLiteral("as needed"));
            if (!item.note.isEmpty())
                app.out() << "  (" << item.note << ')';
            app.out() << '\n';
        }
        return CliApplication::Ok;
    }
    auto built = buildReport(app, args, l);
    if (std::holds_alternative<int>(built))
        return std::get<int>(built);
    const ShortlistReport &report = std::get<ShortlistReport>(built);
    // The export's Markdown is the text view as well.
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return CliApplication::Failure;
    app.out().flush();
    const Status written = app.json() ? ShortlistExporter::writeJson(report, out)
                                      : ShortlistExporter::writeMarkdown(report, out);
    return written ? CliApplication::Ok : app.fail(written.error(), CliApplication::Failure);
}

int exportList(CliApplication &app, const CliArguments &args, ShortlistRepository &repo,
               const QString &name)
{
    const auto format = ShortlistExporter::formatFromKey(args.value(QStringLiteral("format")));
    if (!format)
        return app.usageError(QStringLiteral("--format takes csv, json, html, md or pdf"));
    const QString output = args.value(QStringLiteral("output"));
    if (output.isEmpty())
        return app.usageError(QStringLiteral("--output FILE is required"));
    if (const auto failed = applyLanguage(app, args))
        return *failed;
    auto found = findList(app, repo, name);
    if (std::holds_alternative<int>(found))
        return std::get<int>(found);
    auto built = buildReport(app, args, std::get<Shortlist>(found));
    if (std::holds_alternative<int>(built))
        return std::get<int>(built);
    const ShortlistReport &report = std::get<ShortlistReport>(built);

    ShortlistExporter::CsvOptions csv = ShortlistExporter::defaultCsvOptions(QLocale());
    if (args.isSet(QStringLiteral("separator"))) {
        const QString sep = args.value(QStringLiteral("separator"));
        if (sep == u"tab")
            csv.separator = u'\t';
        else if (sep.size() == 1 && QStringLiteral(",;").contains(sep))
            csv.separator = sep.front();
        else
            return app.usageError(QStringLiteral("--separator takes , ; or tab"));
    }
    if (args.isSet(QStringLiteral("plain-numbers")))
        csv.localeNumbers = false;

    Status written = Done{};
    switch (*format) {
    case ShortlistFormat::Pdf:
        // The same charts as the desktop application's report, drawn without Qt Charts.
        written = ShortlistPdf::save(report, output, ShortlistCharts::all(report));
        break;
    case ShortlistFormat::Csv:
        written = ShortlistExporter::saveFile(
            output, [&](QIODevice &d) { return ShortlistExporter::writeCsv(report, d, csv); });
        break;
    case ShortlistFormat::Json:
        written = ShortlistExporter::saveFile(
            output, [&](QIODevice &d) { return ShortlistExporter::writeJson(report, d); });
        break;
    case ShortlistFormat::Html:
        written = ShortlistExporter::saveFile(
            output, [&](QIODevice &d) { return ShortlistExporter::writeHtml(report, d); });
        break;
    case ShortlistFormat::Markdown:
        written = ShortlistExporter::saveFile(
            output, [&](QIODevice &d) { return ShortlistExporter::writeMarkdown(report, d); });
        break;
    }
    if (!written)
        return app.fail(written.error(), CliApplication::Failure);
    if (!app.json())
        app.out() << "wrote " << output << '\n';
    return CliApplication::Ok;
}

// Makes a new list from a JSON file the export wrote: all its items or, on any problem in the
// file (each printed with its line), nothing.
int importList(CliApplication &app, const CliArguments &args, ShortlistRepository &repo,
               const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return app.fail(
            Error{QStringLiteral("cannot read the file: %1").arg(file.errorString()), path, 0, {}},
            CliApplication::UsageError);
    const auto gpus = app.catalog()->repository().gpus();
    if (!gpus)
        return app.fail(gpus.error(), CliApplication::Failure);
    QSet<QString> ids;
    for (const GpuSpec &gpu : *gpus)
        ids.insert(gpu.id);
    const ParsedShortlist parsed = ShortlistJsonReader::read(
        file.readAll(), path, [&ids](const QString &id) { return ids.contains(id); });
    if (!parsed.ok()) {
        for (const Error &e : parsed.errors)
            app.err() << "gpu-advisor-cli: " << e.toString() << '\n';
        // The CLI's own messages are English, like its other commands (app/cli is not translated).
        const qsizetype problems = parsed.errors.size();
        app.err() << "gpu-advisor-cli: "
                  << (problems == 1
                          ? QStringLiteral("1 problem; no shortlist was made")
                          : QStringLiteral("%1 problems; no shortlist was made").arg(problems))
                  << '\n';
        return CliApplication::UsageError;
    }
    const QString name =
        args.isSet(QStringLiteral("name")) ? args.value(QStringLiteral("name")) : parsed.list.name;
    const auto created = repo.createWithItems(name, parsed.list.items);
    if (!created) {
        Error error = created.error();
        if (!args.isSet(QStringLiteral("name")))
            error.message += QStringLiteral(" (give the new list another name with --name NAME)");
        return app.fail(error, CliApplication::UsageError);
    }
    const qsizetype count = parsed.list.items.size();
    if (app.json()) {
        app.printJson(QJsonObject{{QStringLiteral("name"), name.trimmed()},
                                  {QStringLiteral("items"), int(count)}});
    } else {
        app.out()
            << (count == 1
                    ? QStringLiteral("made the shortlist '%1' with 1 item").arg(name.trimmed())
                    : QStringLiteral("made the shortlist '%1' with %2 items")
                          .arg(name.trimmed())
                          .arg(count))
            << '\n';
    }
    return CliApplication::Ok;
}

int shortlist(CliApplication &app, const CliArguments &args)
{
    const QStringList &words = args.positional();
    if (words.isEmpty())
        return app.usageError(QStringLiteral("give a subcommand: list, show, create, add, "
                                             "remove, export or import"));
    const QString sub = words.first();
    static const QHash<QString, int> arity{
        {QStringLiteral("list"), 1},  {QStringLiteral("show"), 2},   {QStringLiteral("create"), 2},
        {QStringLiteral("add"), 3},   {QStringLiteral("remove"), 3}, {QStringLiteral("export"), 2},
        {QStringLiteral("import"), 2}};
    if (!arity.contains(sub))
        return app.usageError(QStringLiteral("unknown subcommand '%1'").arg(sub));
    if (words.size() != arity.value(sub))
        return app.usageError(QStringLiteral("wrong number of arguments for '%1'").arg(sub));
    Catalog *catalog = app.catalog();
    if (!catalog)
        return CliApplication::Failure;
    ShortlistRepository repo(catalog->database());

    if (sub == u"list")
        return list(app, repo);
    const QString name = words.at(1);
    if (sub == u"show")
        return show(app, args, repo, name);
    if (sub == u"export")
        return exportList(app, args, repo, name);
    if (sub == u"import")
        return importList(app, args, repo, name);
    if (sub == u"create") {
        const auto created = repo.create(name);
        return created ? CliApplication::Ok : app.fail(created.error(), CliApplication::UsageError);
    }

    auto found = findList(app, repo, name);
    if (std::holds_alternative<int>(found))
        return std::get<int>(found);
    const Shortlist &l = std::get<Shortlist>(found);
    const auto gpuId = app.resolveGpu(words.at(2));
    if (sub == u"add") {
        if (!gpuId)
            return app.fail(gpuId.error(), CliApplication::UsageError);
        std::optional<int> quantity;
        if (args.isSet(QStringLiteral("quantity"))) {
            const auto q = args.integer(QStringLiteral("quantity"), 1, 1, 100000);
            if (!q)
                return app.fail(q.error(), CliApplication::UsageError);
            quantity = *q;
        }
        const auto added = repo.addItem(l.id, *gpuId, quantity, args.value(QStringLiteral("note")));
        return added ? CliApplication::Ok : app.fail(added.error(), CliApplication::Failure);
    }
    // remove: by the id as stored, so a GPU the catalog has dropped can still go.
    const QString id = gpuId ? *gpuId : words.at(2);
    bool removedAny = false;
    for (const ShortlistItem &item : l.items) {
        if (item.gpuId != id)
            continue;
        if (const Status removed = repo.removeItem(item.id); !removed)
            return app.fail(removed.error(), CliApplication::Failure);
        removedAny = true;
    }
    if (!removedAny)
        return app.fail(
            Error{QStringLiteral("'%1' is not in the shortlist '%2'").arg(id, l.name), {}, 0, {}},
            CliApplication::UsageError);
    return CliApplication::Ok;
}

} // namespace

bool shortlistNeedsGui(const QStringList &arguments)
{
    // QTextDocument and QPdfWriter need a QGuiApplication for their fonts.
    const qsizetype format = arguments.indexOf(QStringLiteral("--format"));
    const bool pdf = (format >= 0 && arguments.value(format + 1) == u"pdf") ||
                     arguments.contains(QStringLiteral("--format=pdf"));
    return pdf && arguments.contains(QStringLiteral("shortlist")) &&
           arguments.contains(QStringLiteral("export"));
}

void registerShortlistCommands(CliApplication &app)
{
    using O = CliArguments::Option;
    QList<O> options = {
        O{QStringLiteral("quantity"), true, QStringLiteral("N"),
          QStringLiteral("add: cards to buy (default: as many as the workload needs)")},
        O{QStringLiteral("note"), true, QStringLiteral("TEXT"), QStringLiteral("add: a note")},
        O{QStringLiteral("format"), true, QStringLiteral("FORMAT"),
          QStringLiteral("export: csv, json, html, md or pdf")},
        O{QStringLiteral("output"), true, QStringLiteral("FILE"),
          QStringLiteral("export: the file to write (atomically)")},
        O{QStringLiteral("lang"), true, QStringLiteral("LANG"),
          QStringLiteral("export: sv or en (text, numbers and the CSV separator)")},
        O{QStringLiteral("separator"), true, QStringLiteral("SEP"),
          QStringLiteral("export csv: , ; or tab (default ; for Swedish, else ,)")},
        O{QStringLiteral("plain-numbers"), false, QString(),
          QStringLiteral("export csv: numbers as 1234.5 whatever the language")},
        O{QStringLiteral("name"), true, QStringLiteral("NAME"),
          QStringLiteral("import: the new list's name (default: the name in the file)")},
        O{QStringLiteral("model"), true, QStringLiteral("ID"),
          QStringLiteral("show, export: model id or name for the figures")}};
    options += WorkloadOptions::options(
        QStringLiteral("inference, lora, qlora or full (default inference)"));
    options += CostOptions::settingOptions();
    app.addCommand({QStringLiteral("shortlist"),
                    QStringLiteral("list|show NAME|create NAME|add NAME GPU|remove NAME GPU|"
                                   "export NAME|import FILE"),
                    QStringLiteral("purchase shortlists, their export (CSV, JSON, HTML, "
                                   "Markdown, PDF) and import (JSON)"),
                    options, shortlist});
}
