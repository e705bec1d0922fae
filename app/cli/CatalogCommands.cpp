// The catalog commands: gpus, models, show, import-model.

#include "Catalog.h"
#include "CatalogCsv.h"
#include "CatalogJson.h"
#include "CliApplication.h"
#include "HfConfigImporter.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QString num(std::optional<double> v, int decimals = 0)
{
    return v ? QString::number(*v, 'f', decimals) : QStringLiteral("unknown");
}

int listGpus(CliApplication &app, const CliArguments &args)
{
    Catalog *catalog = app.catalog();
    if (!catalog)
        return CliApplication::Failure;
    auto gpus = catalog->repository().gpus();
    if (!gpus)
        return app.fail(gpus.error(), CliApplication::Failure);
    const QString vendor = args.value(QStringLiteral("vendor"));
    const QString gpuClass = args.value(QStringLiteral("class"));
    if (!gpuClass.isEmpty() && !gpuClassFromKey(gpuClass))
        return app.usageError(QStringLiteral("--class: '%1' is not one of consumer, "
                                             "workstation, datacenter, soc")
                                  .arg(gpuClass));
    QList<GpuSpec> shown;
    for (const GpuSpec &g : *gpus) {
        if (!vendor.isEmpty() && g.vendor.compare(vendor, Qt::CaseInsensitive) != 0)
            continue;
        if (!gpuClass.isEmpty() && gpuClassKey(g.gpuClass) != gpuClass.toLower())
            continue;
        shown.append(g);
    }
    if (app.json()) {
        QJsonArray array;
        for (const GpuSpec &g : shown)
            array.append(CatalogJson::gpu(g));
        app.printJson(array);
        return CliApplication::Ok;
    }
    using A = TextTable::Align;
    TextTable table;
    table.setHeader({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("VRAM GB"),
                     QStringLiteral("GB/S"), QStringLiteral("FP16 TFLOPS"), QStringLiteral("W"),
                     QStringLiteral("PRICE SEK")},
                    {A::Left, A::Left, A::Right, A::Right, A::Right, A::Right, A::Right});
    for (const GpuSpec &g : shown) {
        table.addRow({g.id, g.name, num(g.vramGB), num(g.bandwidthGBps), num(g.fp16TensorTflops, 1),
                      num(g.powerWatts), num(g.streetPriceSek)});
    }
    app.out() << table.render();
    return CliApplication::Ok;
}

int listModels(CliApplication &app, const CliArguments &)
{
    Catalog *catalog = app.catalog();
    if (!catalog)
        return CliApplication::Failure;
    auto models = catalog->repository().models();
    if (!models)
        return app.fail(models.error(), CliApplication::Failure);
    if (app.json()) {
        QJsonArray array;
        for (const ModelSpec &m : *models)
            array.append(CatalogJson::model(m));
        app.printJson(array);
        return CliApplication::Ok;
    }
    using A = TextTable::Align;
    TextTable table;
    table.setHeader({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("PARAMS B"),
                     QStringLiteral("ACTIVE B"), QStringLiteral("LAYERS"),
                     QStringLiteral("CONTEXT"), QStringLiteral("ATTENTION")},
                    {A::Left, A::Left, A::Right, A::Right, A::Right, A::Right, A::Left});
    for (const ModelSpec &m : *models) {
        table.addRow({m.id, m.name, QString::number(m.paramsTotalB, 'f', 2),
                      QString::number(m.paramsActiveB, 'f', 2), QString::number(m.layers),
                      QString::number(m.maxContext), attentionKindKey(m.attention).toUpper()});
    }
    app.out() << table.render();
    return CliApplication::Ok;
}

// "key: value" lines for a JSON object in the catalog's column order, nulls as unknown.
void printObject(CliApplication &app, const QJsonObject &object, const QStringList &order)
{
    QStringList keys;
    for (const QString &key : order + QStringList{QStringLiteral("origin")}) {
        if (object.contains(key))
            keys.append(key);
    }
    qsizetype width = 0;
    for (const QString &key : keys)
        width = std::max(width, key.size());
    for (const QString &key : keys) {
        QString value;
        const QJsonValue v = object.value(key);
        if (v.isNull())
            value = QStringLiteral("unknown");
        else if (v.isBool())
            value = v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
        else if (v.isDouble())
            value = QString::number(v.toDouble(), 'g', 10);
        else if (v.isArray()) {
            QStringList items;
            for (const QJsonValue &item : v.toArray())
                items.append(item.toString());
            value = items.join(key == u"sources" ? QStringLiteral("\n") + QString(width + 2, u' ')
                                                 : QStringLiteral(", "));
        } else
            value = v.toString();
        app.out() << (key + u':').leftJustified(width + 2) << value << '\n';
    }
}

int show(CliApplication &app, const CliArguments &args)
{
    const QStringList pos = args.positional();
    if (pos.size() != 2 || (pos.first() != u"gpu" && pos.first() != u"model"))
        return app.usageError(QStringLiteral("say what to show: show gpu ID or show model ID"));
    const bool gpu = pos.first() == u"gpu";
    const auto id = gpu ? app.resolveGpu(pos.at(1)) : app.resolveModel(pos.at(1));
    if (!id)
        return app.fail(id.error(), CliApplication::UsageError);
    Catalog *catalog = app.catalog();
    QJsonObject object;
    if (gpu) {
        const auto g = catalog->repository().gpu(*id);
        if (!g || !*g)
            return app.fail(g ? Error{QStringLiteral("not found"), {}, 0, *id} : g.error(),
                            CliApplication::Failure);
        object = CatalogJson::gpu(**g);
    } else {
        const auto m = catalog->repository().model(*id);
        if (!m || !*m)
            return app.fail(m ? Error{QStringLiteral("not found"), {}, 0, *id} : m.error(),
                            CliApplication::Failure);
        object = CatalogJson::model(**m);
    }
    if (app.json())
        app.printJson(object);
    else
        printObject(app, object, gpu ? CatalogCsv::gpuColumns() : CatalogCsv::modelColumns());
    return CliApplication::Ok;
}

int importModel(CliApplication &app, const CliArguments &args)
{
    if (args.positional().size() != 1)
        return app.usageError(QStringLiteral("give one config.json file"));
    const auto imported =
        HfConfigImporter::fromFile(args.positional().first(), args.value(QStringLiteral("id")));
    if (!imported)
        return app.fail(imported.error(), CliApplication::UsageError);
    const ModelSpec &model = imported->model;
    const bool dryRun = args.isSet(QStringLiteral("dry-run"));
    if (!dryRun) {
        Catalog *catalog = app.catalog();
        if (!catalog)
            return CliApplication::Failure;
        const auto existing = catalog->repository().model(model.id);
        if (!existing)
            return app.fail(existing.error(), CliApplication::Failure);
        if (*existing && !args.isSet(QStringLiteral("replace"))) {
            return app.fail(Error{QStringLiteral("a model with this id is already in the "
                                                 "catalog; give another with --id, or --replace"),
                                  {},
                                  0,
                                  model.id},
                            CliApplication::UsageError);
        }
        if (const Status saved = catalog->repository().saveUserModel(model); !saved)
            return app.fail(saved.error(), CliApplication::Failure);
    }
    if (app.json()) {
        QJsonObject o = CatalogJson::model(model);
        o.insert(QStringLiteral("assumptions"), QJsonArray::fromStringList(imported->assumptions));
        o.insert(QStringLiteral("saved"), !dryRun);
        app.printJson(o);
        return CliApplication::Ok;
    }
    app.out() << (dryRun ? "Read " : "Imported ") << model.name << " as '" << model.id << "'\n"
              << "Parameters: " << QString::number(model.paramsTotalB, 'f', 2) << " B";
    if (model.isMoe())
        app.out() << " total, " << QString::number(model.paramsActiveB, 'f', 2) << " B active";
    app.out() << " (" << model.layers << " layers, hidden " << model.hiddenSize << ", "
              << model.attentionHeads << " heads, " << model.kvHeads << " KV heads, "
              << attentionKindKey(model.attention).toUpper() << ")\n";
    for (const QString &a : imported->assumptions)
        app.out() << "Assumed: " << a << '\n';
    return CliApplication::Ok;
}

} // namespace

void registerCatalogCommands(CliApplication &app)
{
    app.addCommand({QStringLiteral("gpus"),
                    QString(),
                    QStringLiteral("list the GPUs in the catalog"),
                    {{QStringLiteral("vendor"), true, QStringLiteral("NAME"),
                      QStringLiteral("only this vendor (NVIDIA, AMD, Intel, Apple)")},
                     {QStringLiteral("class"), true, QStringLiteral("CLASS"),
                      QStringLiteral("only consumer, workstation, datacenter or soc")}},
                    listGpus});
    app.addCommand({QStringLiteral("models"),
                    QString(),
                    QStringLiteral("list the language models in the catalog"),
                    {},
                    listModels});
    app.addCommand({QStringLiteral("show"),
                    QStringLiteral("gpu|model ID-OR-NAME"),
                    QStringLiteral("show every figure of one GPU or model, with its sources"),
                    {},
                    show});
    app.addCommand({QStringLiteral("import-model"),
                    QStringLiteral("CONFIG.JSON"),
                    QStringLiteral("add a model from its Hugging Face config.json"),
                    {{QStringLiteral("id"), true, QStringLiteral("ID"),
                      QStringLiteral("id to give the model (default: from its name)")},
                     {QStringLiteral("replace"),
                      false,
                      {},
                      QStringLiteral("replace a model with the same id")},
                     {QStringLiteral("dry-run"),
                      false,
                      {},
                      QStringLiteral("read and check the file, change nothing")}},
                    importModel});
}
