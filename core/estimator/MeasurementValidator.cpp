#include "MeasurementValidator.h"

#include "Catalog.h"
#include "CatalogRepository.h"
#include "Estimator.h"
#include "MeasurementMatcher.h"
#include "MeasurementRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace {

constexpr double GiB = 1024.0 * 1024.0 * 1024.0;

struct Columns
{
    const CsvTable &table;
    const CsvRecord &record;
    QString operator()(const char *name) const
    {
        const int c = table.column(QString::fromLatin1(name));
        return c >= 0 && c < record.fields.size() ? record.fields.at(c).trimmed() : QString();
    }
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest-rank percentile.
    const int rank = std::clamp(int(std::ceil(p * values.size())) - 1, 0, int(values.size()) - 1);
    return values.at(rank);
}

double share(const QList<bool> &flags)
{
    if (flags.isEmpty())
        return 0;
    return double(std::count(flags.begin(), flags.end(), true)) / flags.size();
}

QString skipReason(const char *what, const QString &text)
{
    return QCoreApplication::translate("MeasurementValidator", "%1 not modelled: %2")
        .arg(QString::fromLatin1(what), text);
}

// Decode and prefill rows: GPU, model, quantisation, engine, context, tokens/s.
QList<ValidationRow> decodeRows(const CsvTable &table, const CsvRecord &rec,
                                const MeasurementMatcher &matcher)
{
    const Columns col{table, rec};
    ValidationRow row;
    row.line = rec.line;
    row.description =
        QStringLiteral("%1 / %2 / %3 / %4")
            .arg(col("gpu"), col("model"), col("quantization"), col("engine").section(u' ', 0, 1));
    row.gpuCount = std::max(1, col("num_gpus").toInt());
    const auto gpu = matcher.gpu(col("gpu"));
    const auto model = matcher.model(col("model"));
    const QString engineText = col("engine");
    auto format = MeasurementMatcher::format(col("quantization"));
    auto engine = MeasurementMatcher::engine(engineText);
    if (!engine && format && WeightFormats::isGguf(*format) &&
        engineText.contains(u"unspecified", Qt::CaseInsensitive))
        engine = Engine::LlamaCpp; // LM Studio/llama.cpp-class apps run GGUF files
    if (engine && (*engine == Engine::LlamaCpp || *engine == Engine::Ollama) && format &&
        *format == WeightFormat::Int4)
        format = WeightFormat::GgufQ4_0; // "4-bit" in a llama.cpp run is a GGUF Q4_0 file
    if (engine && *engine == Engine::Mlc && format)
        format = WeightFormat::Int4; // q4f16: 4-bit weights, fp16 activations

    QString reason;
    if (!gpu)
        reason = skipReason("GPU", col("gpu"));
    else if (!model)
        reason = skipReason("model", col("model"));
    else if (!format)
        reason = skipReason("format", col("quantization"));
    else if (!engine)
        reason = skipReason("engine", engineText);

    QList<ValidationRow> rows;
    EstimateRequest r;
    if (reason.isEmpty()) {
        r.gpu = *gpu;
        r.model = *model;
        r.format = *format;
        r.engine = *engine;
        r.gpuCount = row.gpuCount;
        r.batch = std::max(1, int(MeasurementMatcher::number(col("batch")).value_or(1)));
    }
    if (const auto decode = MeasurementMatcher::number(col("decode_tok_s")); decode) {
        ValidationRow d = row;
        d.kind = ValidationKind::Decode;
        d.measured = *decode;
        d.skipped = reason;
        if (reason.isEmpty()) {
            r.context = MeasurementMatcher::decodeContext(col("context_or_prompt_len"));
            const Estimate e = Estimator::estimate(r);
            if (e.speed.decodeTokensPerS) {
                d.estimate = e.speed.decodeTokensPerS->estimate;
                d.low = e.speed.decodeTokensPerS->low;
                d.high = e.speed.decodeTokensPerS->high;
            } else {
                d.skipped = skipReason("GPU bandwidth", r.gpu.name);
            }
        }
        rows.append(d);
    }
    const auto prefill = MeasurementMatcher::number(col("prefill_tok_s"));
    const int prompt = MeasurementMatcher::prefillTokens(col("context_or_prompt_len"));
    if (prefill && prompt > 0) {
        ValidationRow p = row;
        p.kind = ValidationKind::Prefill;
        p.measured = *prefill;
        p.skipped = reason;
        if (reason.isEmpty()) {
            r.context = prompt;
            const Estimate e = Estimator::estimate(r);
            if (e.speed.prefillTokensPerS) {
                p.estimate = e.speed.prefillTokensPerS->estimate;
                p.low = e.speed.prefillTokensPerS->low;
                p.high = e.speed.prefillTokensPerS->high;
            } else {
                p.skipped = skipReason("GPU compute", r.gpu.name);
            }
        }
        rows.append(p);
    }
    return rows;
}

// Memory rows: what was measured decides which part of the estimate it is compared with.
ValidationRow memoryRow(const CsvTable &table, const CsvRecord &rec,
                        const MeasurementMatcher &matcher, const QList<GpuSpec> &gpus)
{
    const Columns col{table, rec};
    ValidationRow row;
    row.line = rec.line;
    const QString what = col("what_was_measured");
    const QString precision = col("precision_or_quant");
    const QString workload = col("workload");
    const QString source = col("source");
    row.description = QStringLiteral("%1 / %2 / %3").arg(col("model"), precision, what);
    const QString text = what + u' ' + precision + u' ' + source;

    static const QRegularExpression tp(QStringLiteral("tensor parallel (\\d+)"));
    if (const auto m = tp.match(precision); m.hasMatch())
        row.gpuCount = m.captured(1).toInt();
    if (what.contains(u"split over"))
        row.gpuCount = 2;

    const QString measuredText = col("measured_gb");
    row.measuredIsLowerBound = measuredText.startsWith(u"OOM");
    const auto measured = MeasurementMatcher::number(measuredText);
    // llama.cpp and vLLM print GiB; "GB" figures are decimal (README of the measurements).
    const QString unit = col("gb_unit");
    const bool gib =
        unit.startsWith(u"GiB") || unit.contains(u"GiB-scaled") || unit.contains(u"matches GiB");
    if (measured)
        row.measured = *measured * (gib ? GiB : 1e9) / GiB;

    if (workload == u"lora" || workload == u"qlora" || workload == u"full-finetune")
        row.kind = ValidationKind::FineTune;
    else if (what.contains(u"size") || what.startsWith(u"weights buffer") ||
             what.contains(u"loading") || what.contains(u"Loading"))
        row.kind = ValidationKind::Weights;
    else if (what.startsWith(u"KV cache"))
        row.kind = ValidationKind::KvCache;
    else if (what.contains(u"compute buffer"))
        row.kind = ValidationKind::Workspace;
    else
        row.kind = ValidationKind::Vram;

    if (what.contains(u"disk/RAM size of original"))
        row.skipped = skipReason("format", precision); // the notes say the precision is unsure
    else if (col("model").startsWith(u"generic"))
        row.skipped = skipReason("model", col("model")); // vendor guidance, no architecture
    if (!row.skipped.isEmpty())
        return row;
    const auto model = matcher.model(col("model"));
    if (!model) {
        row.skipped = skipReason("model", col("model"));
        return row;
    }
    std::optional<WeightFormat> format = MeasurementMatcher::format(precision);
    if (!format && row.kind == ValidationKind::KvCache)
        format = WeightFormat::GgufQ4_K_M; // a cache figure does not depend on the weights
    if (!format && row.kind == ValidationKind::Workspace)
        format = WeightFormat::GgufQ4_K_M;
    if (!format) {
        row.skipped = skipReason("format", precision);
        return row;
    }
    auto engine = MeasurementMatcher::engine(text);
    if (!engine)
        engine = WeightFormats::isGguf(*format) ? Engine::LlamaCpp : Engine::Transformers;
    if (row.kind == ValidationKind::FineTune && *engine != Engine::Unsloth)
        engine = Engine::Transformers;

    EstimateRequest r;
    r.model = *model;
    r.format = *format;
    r.engine = *engine;
    r.gpuCount = row.gpuCount;
    // The GPU a row names, else an A100 80GB: memory does not depend on which CUDA card.
    for (const GpuSpec &g : gpus) {
        if (g.id == u"nvidia-a100-sxm4-80gb")
            r.gpu = g;
    }
    if (const auto g = matcher.gpu(what.section(QStringLiteral(" on "), 1)); g)
        r.gpu = *g;
    static const QRegularExpression seqs(QStringLiteral("\\((\\d+) seqs x (\\d+)\\)"));
    const QString context = col("context");
    if (const auto m = seqs.match(context); m.hasMatch()) {
        r.batch = m.captured(1).toInt();
        r.context = m.captured(2).toInt();
    } else {
        r.context = int(MeasurementMatcher::number(context).value_or(2048));
        r.batch = std::max(1, int(MeasurementMatcher::number(col("batch")).value_or(1)));
    }
    if (row.kind == ValidationKind::FineTune) {
        r.workload = workload == u"qlora"  ? Workload::Qlora
                     : workload == u"lora" ? Workload::Lora
                                           : Workload::FullFineTune;
        static const QRegularExpression rank(QStringLiteral("rank (\\d+)"));
        if (const auto m = rank.match(what); m.hasMatch())
            r.loraRank = m.captured(1).toInt();
    }
    const Estimate e = Estimator::estimate(r);
    const WeightsEstimator::Breakdown w = WeightsEstimator::estimate(
        e.request.model, e.request.format, e.request.workload == Workload::Qlora);
    EstimateRange value;
    switch (row.kind) {
    case ValidationKind::Weights:
        if (what.contains(u"weights buffer on"))
            value = EstimateRange::around(w.llamaCppGpuBytes(), 0.01);
        else
            value = EstimateRange::around(w.totalBytes / row.gpuCount,
                                          WeightFormats::isGguf(r.format) ? 0.01 : 0.03);
        break;
    case ValidationKind::KvCache:
        value = e.memory.kvCache;
        break;
    case ValidationKind::Workspace:
        value = e.memory.activations;
        break;
    case ValidationKind::Vram:
        if (what.contains(u"weights + cache")) {
            value = e.memory.weights;
            value += e.memory.kvCache;
        } else {
            value = e.memory.total;
        }
        break;
    default:
        value = e.memory.total;
        break;
    }
    row.estimate = value.estimate / GiB;
    row.low = value.low / GiB;
    row.high = value.high / GiB;
    return row;
}

} // namespace

double ValidationRow::errorPercent() const
{
    return measured > 0 ? 100 * (estimate - measured) / measured : 0;
}

bool ValidationRow::inRange() const
{
    if (measuredIsLowerBound)
        return estimate > measured;
    return measured >= low && measured <= high;
}

namespace MeasurementValidator {

QString kindKey(ValidationKind kind)
{
    switch (kind) {
    case ValidationKind::Decode:
        return QStringLiteral("decode");
    case ValidationKind::Prefill:
        return QStringLiteral("prefill");
    case ValidationKind::Weights:
        return QStringLiteral("weights");
    case ValidationKind::KvCache:
        return QStringLiteral("kv_cache");
    case ValidationKind::Workspace:
        return QStringLiteral("workspace");
    case ValidationKind::Vram:
        return QStringLiteral("vram");
    case ValidationKind::FineTune:
        return QStringLiteral("fine_tune");
    }
    return {};
}

Result<ValidationReport> validate(const CsvTable &table, const QString &fileName,
                                  const QList<GpuSpec> &gpus, const QList<ModelSpec> &models)
{
    const MeasurementMatcher matcher(gpus, models);
    ValidationReport report;
    report.file = fileName;
    const bool decode = table.column(QStringLiteral("decode_tok_s")) >= 0;
    const bool memory = table.column(QStringLiteral("measured_gb")) >= 0;
    if (!decode && !memory)
        return Error{QCoreApplication::translate(
                         "MeasurementValidator",
                         "not a measurements file: it needs a decode_tok_s or a measured_gb "
                         "column"),
                     fileName,
                     1,
                     {}};
    for (const CsvRecord &rec : table.records) {
        if (decode)
            report.rows += decodeRows(table, rec, matcher);
        else
            report.rows.append(memoryRow(table, rec, matcher, gpus));
    }
    report.summary = summarise(report.rows);
    return report;
}

Result<ValidationReport> validateFile(const QString &path, const CatalogRepository &catalog)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("MeasurementValidator", "cannot read: %1")
                         .arg(file.errorString()),
                     path,
                     0,
                     {}};
    const auto table = Csv::parse(QString::fromUtf8(file.readAll()), path);
    if (!table)
        return table.error();
    const auto gpus = catalog.gpus();
    if (!gpus)
        return gpus.error();
    const auto models = catalog.models();
    if (!models)
        return models.error();
    return validate(*table, path, *gpus, *models);
}

ValidationSummary summarise(const QList<ValidationRow> &rows)
{
    ValidationSummary s;
    QList<bool> weights, vram, decodeIn, fineTune;
    QList<double> decodeErrors, prefillErrors;
    for (const ValidationRow &r : rows) {
        if (!r.evaluated()) {
            ++s.skippedRows;
            continue;
        }
        if (r.gpuCount != 1)
            continue;
        const double error = std::abs(r.errorPercent());
        switch (r.kind) {
        case ValidationKind::Weights:
            weights.append(error <= 3);
            break;
        case ValidationKind::KvCache:
        case ValidationKind::Workspace:
        case ValidationKind::Vram:
            vram.append(r.measuredIsLowerBound ? r.inRange() : error <= 10);
            break;
        case ValidationKind::Decode:
            decodeErrors.append(error);
            decodeIn.append(r.inRange());
            break;
        case ValidationKind::Prefill:
            prefillErrors.append(error);
            break;
        case ValidationKind::FineTune:
            fineTune.append(r.measuredIsLowerBound ? r.inRange() : error <= 20);
            break;
        }
    }
    s.weightsRows = int(weights.size());
    s.weightsWithin3Percent = share(weights);
    s.vramRows = int(vram.size());
    s.vramWithin10Percent = share(vram);
    s.decodeRows = int(decodeErrors.size());
    s.decodeMdape = percentile(decodeErrors, 0.5);
    s.decodeP80 = percentile(decodeErrors, 0.8);
    s.decodeInRange = share(decodeIn);
    s.prefillRows = int(prefillErrors.size());
    s.prefillMdape = percentile(prefillErrors, 0.5);
    s.fineTuneRows = int(fineTune.size());
    s.fineTuneWithin20Percent = share(fineTune);
    return s;
}

std::optional<Calibration::Correction> calibrationFor(Catalog &catalog,
                                                      const EstimateRequest &request)
{
    const MeasurementRepository repository(catalog.database());
    const auto measurements = repository.measurements(request.gpu.id);
    if (!measurements || measurements->isEmpty())
        return std::nullopt;
    Calibration calibration;
    for (const UserMeasurement &m : *measurements) {
        const auto engine = EstimateKeys::engineFromKey(m.engine);
        const auto format = WeightFormats::fromKey(m.format);
        if (!engine || *engine != request.engine || !format || !m.decodeTokensPerS)
            continue;
        const auto model = catalog.repository().model(m.modelId);
        if (!model || !*model)
            continue;
        EstimateRequest r = request;
        r.model = **model;
        r.format = *format;
        r.gpuCount = m.gpuCount;
        r.context = m.context.value_or(64);
        r.batch = m.batch;
        r.workload = Workload::Inference;
        r.decodeCorrection = 1;
        r.correctionMeasurements = 0;
        const Estimate e = Estimator::estimate(r);
        if (e.speed.decodeTokensPerS)
            calibration.add(m.gpuId, *engine, *m.decodeTokensPerS,
                            e.speed.decodeTokensPerS->estimate);
    }
    return calibration.correction(request.gpu.id, request.engine);
}

} // namespace MeasurementValidator
