// The estimator commands: estimate (memory, fit, GPU count and speed for one configuration) and
// validate (the estimator against a file of published or own measurements).

#include "Catalog.h"
#include "CliApplication.h"
#include "Estimator.h"
#include "HfConfigImporter.h"
#include "MeasurementValidator.h"
#include "TextTable.h"

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
    const auto context = args.integer(QStringLiteral("context"), 4096, 1, 10'000'000);
    const auto batch = args.integer(QStringLiteral("batch"), 1, 1, 100'000);
    const auto rank = args.integer(QStringLiteral("lora-rank"), 16, 1, 4096);
    const auto zero = args.integer(QStringLiteral("zero-stage"), 0, 0, 3);
    const auto tokens = args.number(QStringLiteral("training-tokens"), 100e6, 1, 1e15);
    for (const auto *n : {&gpus, &context, &batch, &rank, &zero}) {
        if (!*n)
            return app.fail(n->error(), CliApplication::UsageError);
    }
    if (!tokens)
        return app.fail(tokens.error(), CliApplication::UsageError);
    r.gpuCount = *gpus;
    r.context = *context;
    r.batch = *batch;
    r.loraRank = *rank;
    r.zeroStage = *zero;
    r.trainingTokens = *tokens;
    r.gradientCheckpointing = !args.isSet(QStringLiteral("no-gradient-checkpointing"));
    r.fp32Gradients = args.isSet(QStringLiteral("fp32-gradients"));

    const QString workload = args.value(QStringLiteral("workload"), QStringLiteral("inference"));
    const auto w = EstimateKeys::workloadFromKey(workload);
    if (!w)
        return app.usageError(
            QStringLiteral("--workload: '%1' is not one of inference, lora, qlora, full")
                .arg(workload));
    r.workload = *w;
    const QString defaultFormat = r.workload == Workload::Qlora       ? QStringLiteral("nf4")
                                  : r.workload == Workload::Inference ? QStringLiteral("fp16")
                                                                      : QStringLiteral("bf16");
    const QString precision = args.value(QStringLiteral("precision"), defaultFormat);
    const auto format = WeightFormats::fromKey(precision);
    if (!format)
        return app.usageError(
            QStringLiteral("--precision: '%1' is not one of %2")
                .arg(precision, WeightFormats::keys().join(QStringLiteral(", "))));
    r.format = *format;
    const QString kv = args.value(QStringLiteral("kv-cache"), QStringLiteral("f16"));
    const auto kvType = EstimateKeys::kvCacheFromKey(kv);
    if (!kvType)
        return app.usageError(
            QStringLiteral("--kv-cache: '%1' is not one of f16, q8_0, q4_0").arg(kv));
    r.kvCache = *kvType;
    const QString modules = args.value(QStringLiteral("lora-modules"), QStringLiteral("all"));
    if (modules != u"all" && modules != u"attention")
        return app.usageError(
            QStringLiteral("--lora-modules: '%1' is not one of all, attention").arg(modules));
    r.loraModules = modules == u"all" ? LoraModules::AllLinear : LoraModules::Attention;
    if (args.isSet(QStringLiteral("engine"))) {
        const auto engine = EstimateKeys::engineFromKey(args.value(QStringLiteral("engine")));
        if (!engine)
            return app.usageError(QStringLiteral("--engine: '%1' is not one of %2")
                                      .arg(args.value(QStringLiteral("engine")),
                                           EstimateKeys::engineKeys().join(QStringLiteral(", "))));
        r.engine = *engine;
    } else {
        r.engine = Estimator::defaultEngine(r);
    }

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
    app.addCommand(
        {QStringLiteral("estimate"),
         QString(),
         QStringLiteral("VRAM, GPUs needed and tokens/s for a model on a GPU"),
         {O{QStringLiteral("model"), true, QStringLiteral("ID"),
            QStringLiteral("model id or name")},
          O{QStringLiteral("model-config"), true, QStringLiteral("CONFIG.JSON"),
            QStringLiteral("a Hugging Face config.json instead of --model")},
          O{QStringLiteral("gpu"), true, QStringLiteral("ID"), QStringLiteral("GPU id or name")},
          O{QStringLiteral("gpus"), true, QStringLiteral("N"),
            QStringLiteral("number of that GPU (default 1)")},
          O{QStringLiteral("workload"), true, QStringLiteral("KIND"),
            QStringLiteral("inference, lora, qlora or full (default inference)")},
          O{QStringLiteral("precision"), true, QStringLiteral("FORMAT"),
            QStringLiteral("fp32, fp16, bf16, fp8, int8, int4, nf4, f16, q8_0, q6_k, q5_k_m, "
                           "q4_k_m, q4_0, q3_k_m, q2_k, ...")},
          O{QStringLiteral("kv-cache"), true, QStringLiteral("TYPE"),
            QStringLiteral("f16, q8_0 or q4_0 (default f16)")},
          O{QStringLiteral("context"), true, QStringLiteral("N"),
            QStringLiteral("tokens per sequence (default 4096)")},
          O{QStringLiteral("batch"), true, QStringLiteral("N"),
            QStringLiteral("concurrent sequences or micro-batch (default 1)")},
          O{QStringLiteral("engine"), true, QStringLiteral("NAME"),
            QStringLiteral("llama.cpp, ollama, vllm, transformers, exllamav2, mlc, "
                           "tensorrt-llm, unsloth, deepspeed")},
          O{QStringLiteral("lora-rank"), true, QStringLiteral("R"),
            QStringLiteral("LoRA rank (default 16)")},
          O{QStringLiteral("lora-modules"), true, QStringLiteral("SET"),
            QStringLiteral("all or attention (default all)")},
          O{QStringLiteral("no-gradient-checkpointing"),
            false,
            {},
            QStringLiteral("keep all activations (fine-tuning)")},
          O{QStringLiteral("zero-stage"), true, QStringLiteral("S"),
            QStringLiteral("ZeRO stage 0-3 over --gpus (full fine-tuning)")},
          O{QStringLiteral("fp32-gradients"),
            false,
            {},
            QStringLiteral("18 instead of 16 bytes per parameter (HF Trainer AMP)")},
          O{QStringLiteral("training-tokens"), true, QStringLiteral("D"),
            QStringLiteral("tokens to train on, for the time estimate (default 1e8)")}},
         estimate});
    app.addCommand({QStringLiteral("validate"),
                    QStringLiteral("MEASUREMENTS.CSV"),
                    QStringLiteral("run the estimator over a measurements file and show its "
                                   "error per row and in summary"),
                    {},
                    validate});
}
