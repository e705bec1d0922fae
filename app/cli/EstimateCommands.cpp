// The estimator commands: estimate (memory, fit, GPU count and speed for one configuration) and
// validate (the estimator against a file of published or own measurements).

#include "Catalog.h"
#include "CliApplication.h"
#include "Estimator.h"
#include "HfConfigImporter.h"
#include "MeasurementValidator.h"
#include "TextTable.h"
#include "WorkloadOptions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace {

constexpr double GiB = 1024.0 * 1024.0 * 1024.0;

double round2(double v)
{
    return std::round(v * 100) / 100;
}

QJsonValue range(const std::optional<EstimateRange> &r, double scale = 1)
{
    if (!r)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("estimate"), round2(r->estimate * scale)},
                       {QStringLiteral("low"), round2(r->low * scale)},
                       {QStringLiteral("high"), round2(r->high * scale)}};
}

QJsonObject toJson(const Estimate &e)
{
    const EstimateRequest &r = e.request;
    const MemoryEstimate &m = e.memory;
    QJsonObject memory{{QStringLiteral("weights"), round2(m.weights.estimate / GiB)},
                       {QStringLiteral("kv_cache"), round2(m.kvCache.estimate / GiB)},
                       {QStringLiteral("activations"), round2(m.activations.estimate / GiB)},
                       {QStringLiteral("overhead"), round2(m.overhead.estimate / GiB)},
                       {QStringLiteral("total"), round2(m.total.estimate / GiB)},
                       {QStringLiteral("per_gpu"), round2(m.perGpu.estimate / GiB)},
                       {QStringLiteral("low"), round2(m.total.low / GiB)},
                       {QStringLiteral("high"), round2(m.total.high / GiB)},
                       {QStringLiteral("per_gpu_low"), round2(m.perGpu.low / GiB)},
                       {QStringLiteral("per_gpu_high"), round2(m.perGpu.high / GiB)}};
    if (m.training) {
        memory.insert(QStringLiteral("gradients"), round2(m.gradients.estimate / GiB));
        memory.insert(QStringLiteral("optimizer"), round2(m.optimizer.estimate / GiB));
    }
    return QJsonObject{
        {QStringLiteral("model"), r.model.id},
        {QStringLiteral("gpu"), r.gpu.id},
        {QStringLiteral("gpus"), r.gpuCount},
        {QStringLiteral("workload"), EstimateKeys::workloadKey(r.workload)},
        {QStringLiteral("precision"), WeightFormats::key(r.format)},
        {QStringLiteral("engine"), EstimateKeys::engineKey(r.engine)},
        {QStringLiteral("kv_cache"), EstimateKeys::kvCacheKey(r.kvCache)},
        {QStringLiteral("context"), r.context},
        {QStringLiteral("batch"), r.batch},
        {QStringLiteral("memory_gib"), memory},
        {QStringLiteral("usable_gib_per_gpu"), round2(e.usableBytesPerGpu / GiB)},
        {QStringLiteral("fits"), e.fits},
        {QStringLiteral("gpus_needed"),
         e.gpusNeeded > 0 ? QJsonValue(e.gpusNeeded) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("decode_tokens_per_s"), range(e.speed.decodeTokensPerS)},
        {QStringLiteral("aggregate_tokens_per_s"), range(e.speed.aggregateTokensPerS)},
        {QStringLiteral("prefill_tokens_per_s"), range(e.speed.prefillTokensPerS)},
        {QStringLiteral("time_to_first_token_s"), range(e.speed.timeToFirstTokenS)},
        {QStringLiteral("training_hours"), range(e.speed.trainingHours)},
        {QStringLiteral("basis"), QJsonArray::fromStringList(e.basis)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(e.warnings)},
    };
}

QString gibText(const EstimateRange &r)
{
    return QStringLiteral("%1 GiB").arg(r.estimate / GiB, 0, 'f', 2);
}

QString rangeText(const std::optional<EstimateRange> &r, int decimals = 1)
{
    if (!r)
        return QStringLiteral("unknown");
    return QStringLiteral("%1 (%2-%3)")
        .arg(r->estimate, 0, 'f', decimals)
        .arg(r->low, 0, 'f', decimals)
        .arg(r->high, 0, 'f', decimals);
}

void printText(CliApplication &app, const Estimate &e)
{
    QTextStream &out = app.out();
    const MemoryEstimate &m = e.memory;
    out << e.request.model.name << " on " << e.request.gpuCount << " x " << e.request.gpu.name
        << " (" << EstimateKeys::workloadKey(e.request.workload) << ", "
        << WeightFormats::label(e.request.format) << ", "
        << EstimateKeys::engineKey(e.request.engine) << ")\n\nMemory\n";
    auto line = [&](const char *label, const EstimateRange &r) {
        out << "  " << QString::fromLatin1(label).leftJustified(14) << gibText(r) << '\n';
    };
    line("weights", m.weights);
    if (m.training) {
        line("gradients", m.gradients);
        line("optimizer", m.optimizer);
    } else {
        line("KV cache", m.kvCache);
    }
    line("activations", m.activations);
    line("overhead", m.overhead);
    out << "  " << QStringLiteral("total").leftJustified(14) << gibText(m.total) << " ("
        << QString::number(m.total.low / GiB, 'f', 2) << "-"
        << QString::number(m.total.high / GiB, 'f', 2) << ")\n";
    out << "  " << QStringLiteral("per GPU").leftJustified(14) << gibText(m.perGpu) << " of "
        << QString::number(e.usableBytesPerGpu / GiB, 'f', 2) << " GiB usable\n";
    out << "\nFits: " << (e.fits ? "yes" : "no") << "; GPUs needed: "
        << (e.gpusNeeded > 0 ? QString::number(e.gpusNeeded) : QStringLiteral("more than 64"))
        << "\n";
    if (e.request.workload == Workload::Inference) {
        out << "Decode: " << rangeText(e.speed.decodeTokensPerS) << " tokens/s per sequence\n";
        if (e.request.batch > 1)
            out << "Aggregate: " << rangeText(e.speed.aggregateTokensPerS) << " tokens/s\n";
        out << "Prefill: " << rangeText(e.speed.prefillTokensPerS, 0) << " tokens/s; first token "
            << rangeText(e.speed.timeToFirstTokenS, 2) << " s\n";
    } else {
        out << "Training time: " << rangeText(e.speed.trainingHours, 1) << " hours for "
            << QString::number(e.request.trainingTokens / 1e6, 'f', 0) << " M tokens\n";
    }
    out << "\nBasis\n";
    for (const QString &b : e.basis)
        out << "  " << b << '\n';
    if (!e.warnings.isEmpty()) {
        out << "\nWarnings\n";
        for (const QString &w : e.warnings)
            out << "  " << w << '\n';
    }
}

int estimate(CliApplication &app, const CliArguments &args)
{
    EstimateRequest r;
    if (args.isSet(QStringLiteral("model")) == args.isSet(QStringLiteral("model-config")))
        return app.usageError(QStringLiteral("give exactly one of --model and --model-config"));
    if (!args.isSet(QStringLiteral("gpu")))
        return app.usageError(QStringLiteral("--gpu is required"));
    Catalog *catalog = app.catalog();
    if (!catalog)
        return CliApplication::Failure;

    if (args.isSet(QStringLiteral("model"))) {
        const auto id = app.resolveModel(args.value(QStringLiteral("model")));
        if (!id)
            return app.fail(id.error(), CliApplication::UsageError);
        const auto model = catalog->repository().model(*id);
        if (!model || !*model)
            return app.fail(model ? Error{QStringLiteral("not found"), {}, 0, *id} : model.error(),
                            CliApplication::Failure);
        r.model = **model;
    } else {
        const auto imported =
            HfConfigImporter::fromFile(args.value(QStringLiteral("model-config")));
        if (!imported)
            return app.fail(imported.error(), CliApplication::UsageError);
        r.model = imported->model;
    }
    const auto gpuId = app.resolveGpu(args.value(QStringLiteral("gpu")));
    if (!gpuId)
        return app.fail(gpuId.error(), CliApplication::UsageError);
    const auto gpu = catalog->repository().gpu(*gpuId);
    if (!gpu || !*gpu)
        return app.fail(gpu ? Error{QStringLiteral("not found"), {}, 0, *gpuId} : gpu.error(),
                        CliApplication::Failure);
    r.gpu = **gpu;

    const auto gpus = args.integer(QStringLiteral("gpus"), 1, 1, 1024);
    if (!gpus)
        return app.fail(gpus.error(), CliApplication::UsageError);
    const auto workload = WorkloadOptions::parse(args);
    if (!workload)
        return app.fail(workload.error(), CliApplication::UsageError);
    const ModelSpec model = r.model;
    const GpuSpec gpuSpec = r.gpu;
    r = workload->request;
    r.model = model;
    r.gpu = gpuSpec;
    r.gpuCount = *gpus;
    if (!workload->engineGiven)
        r.engine = Estimator::defaultEngine(r);

    // The user's own measurements for this GPU and engine correct the decode efficiency.
    if (const auto cal = MeasurementValidator::calibrationFor(*catalog, r); cal) {
        r.decodeCorrection = cal->factor;
        r.correctionMeasurements = cal->count;
    }

    const Estimate e = Estimator::estimate(r);
    if (app.json())
        app.printJson(toJson(e));
    else
        printText(app, e);
    return CliApplication::Ok;
}

int validate(CliApplication &app, const CliArguments &args)
{
    if (args.positional().size() != 1)
        return app.usageError(QStringLiteral("give one measurements CSV file"));
    Catalog *catalog = app.catalog();
    if (!catalog)
        return CliApplication::Failure;
    const auto report =
        MeasurementValidator::validateFile(args.positional().first(), catalog->repository());
    if (!report)
        return app.fail(report.error(), CliApplication::UsageError);
    if (app.json()) {
        app.printJson(MeasurementValidator::toJson(*report));
        return CliApplication::Ok;
    }
    app.out() << MeasurementValidator::toText(*report);
    return CliApplication::Ok;
}

} // namespace

void registerEstimateCommands(CliApplication &app)
{
    using O = CliArguments::Option;
    QList<O> options = {
        O{QStringLiteral("model"), true, QStringLiteral("ID"), QStringLiteral("model id or name")},
        O{QStringLiteral("model-config"), true, QStringLiteral("CONFIG.JSON"),
          QStringLiteral("a Hugging Face config.json instead of --model")},
        O{QStringLiteral("gpu"), true, QStringLiteral("ID"), QStringLiteral("GPU id or name")},
        O{QStringLiteral("gpus"), true, QStringLiteral("N"),
          QStringLiteral("number of that GPU (default 1)")}};
    options += WorkloadOptions::options(
        QStringLiteral("inference, lora, qlora or full (default inference)"));
    app.addCommand({QStringLiteral("estimate"), QString(),
                    QStringLiteral("VRAM, GPUs needed and tokens/s for a model on a GPU"), options,
                    estimate});
    app.addCommand({QStringLiteral("validate"),
                    QStringLiteral("MEASUREMENTS.CSV"),
                    QStringLiteral("run the estimator over a measurements file and show its "
                                   "error per row and in summary"),
                    {},
                    validate});
}
