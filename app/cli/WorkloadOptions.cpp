#include "WorkloadOptions.h"

#include "WeightFormat.h"

namespace {

CliArguments::Option option(const char *name, const char *valueName, const char *help)
{
    return {QString::fromLatin1(name), valueName != nullptr,
            QString::fromLatin1(valueName ? valueName : ""), QString::fromUtf8(help)};
}

Error optionError(const char *option, const QString &message)
{
    return Error{message, {}, 0, QString::fromLatin1(option)};
}

} // namespace

namespace WorkloadOptions {

QList<CliArguments::Option> options(const QString &workloadHelp)
{
    QList<CliArguments::Option> list = {
        option("workload", "KIND", ""),
        option("precision", "FORMAT",
               "fp32, fp16, bf16, fp8, int8, int4, nf4, f16, q8_0, q6_k, q5_k_m, q4_k_m, q4_0, "
               "q3_k_m, q2_k, ... (default fp16 for inference, nf4 for qlora, else bf16)"),
        option("kv-cache", "TYPE", "f16, q8_0 or q4_0 (default f16)"),
        option("context", "N", "tokens per sequence (default 4096)"),
        option("batch", "N", "concurrent sequences or micro-batch (default 1)"),
        option("engine", "NAME",
               "llama.cpp, ollama, vllm, transformers, exllamav2, mlc, tensorrt-llm, unsloth, "
               "deepspeed (default: chosen for the GPU and format)"),
        option("lora-rank", "R", "LoRA rank (default 16)"),
        option("lora-modules", "SET", "all or attention (default all)"),
        option("no-gradient-checkpointing", nullptr, "keep all activations (fine-tuning)"),
        option("zero-stage", "S", "ZeRO stage 0-3 over the GPUs (full fine-tuning)"),
        option("fp32-gradients", nullptr, "18 instead of 16 bytes per parameter (HF Trainer AMP)"),
        option("training-tokens", "D", "tokens to train on, for the time estimate (default 1e8)"),
    };
    list.first().help = workloadHelp;
    return list;
}

QString defaultPrecision(Workload workload)
{
    switch (workload) {
    case Workload::Inference:
        return QStringLiteral("fp16");
    case Workload::Qlora:
        return QStringLiteral("nf4");
    case Workload::Lora:
    case Workload::FullFineTune:
        return QStringLiteral("bf16");
    }
    return QStringLiteral("fp16");
}

Result<Parsed> parse(const CliArguments &args, std::optional<Workload> workload)
{
    Parsed p;
    EstimateRequest &r = p.request;

    const auto context = args.integer(QStringLiteral("context"), 4096, 1, 10'000'000);
    const auto batch = args.integer(QStringLiteral("batch"), 1, 1, 100'000);
    const auto rank = args.integer(QStringLiteral("lora-rank"), 16, 1, 4096);
    const auto zero = args.integer(QStringLiteral("zero-stage"), 0, 0, 3);
    const auto tokens = args.number(QStringLiteral("training-tokens"), 100e6, 1, 1e15);
    for (const auto *n : {&context, &batch, &rank, &zero}) {
        if (!*n)
            return n->error();
    }
    if (!tokens)
        return tokens.error();
    r.context = *context;
    r.batch = *batch;
    r.loraRank = *rank;
    r.zeroStage = *zero;
    r.trainingTokens = *tokens;
    r.gradientCheckpointing = !args.isSet(QStringLiteral("no-gradient-checkpointing"));
    r.fp32Gradients = args.isSet(QStringLiteral("fp32-gradients"));

    if (!workload) {
        const QString key = args.value(QStringLiteral("workload"), QStringLiteral("inference"));
        workload = EstimateKeys::workloadFromKey(key);
        if (!workload)
            return optionError(
                "--workload",
                QStringLiteral("'%1' is not one of inference, lora, qlora, full").arg(key));
    }
    r.workload = *workload;

    const QString precision = args.value(QStringLiteral("precision"), defaultPrecision(*workload));
    const auto format = WeightFormats::fromKey(precision);
    if (!format)
        return optionError("--precision",
                           QStringLiteral("'%1' is not one of %2")
                               .arg(precision, WeightFormats::keys().join(QStringLiteral(", "))));
    r.format = *format;

    const QString kv = args.value(QStringLiteral("kv-cache"), QStringLiteral("f16"));
    const auto kvType = EstimateKeys::kvCacheFromKey(kv);
    if (!kvType)
        return optionError("--kv-cache",
                           QStringLiteral("'%1' is not one of f16, q8_0, q4_0").arg(kv));
    r.kvCache = *kvType;

    const QString modules = args.value(QStringLiteral("lora-modules"), QStringLiteral("all"));
    if (modules != u"all" && modules != u"attention")
        return optionError("--lora-modules",
                           QStringLiteral("'%1' is not one of all, attention").arg(modules));
    r.loraModules = modules == u"all" ? LoraModules::AllLinear : LoraModules::Attention;

    p.engineGiven = args.isSet(QStringLiteral("engine"));
    if (p.engineGiven) {
        const QString key = args.value(QStringLiteral("engine"));
        const auto engine = EstimateKeys::engineFromKey(key);
        if (!engine)
            return optionError(
                "--engine", QStringLiteral("'%1' is not one of %2")
                                .arg(key, EstimateKeys::engineKeys().join(QStringLiteral(", "))));
        r.engine = *engine;
    }
    return p;
}

} // namespace WorkloadOptions
