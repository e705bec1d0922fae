#include "MeasurementCsvReader.h"

#include "EstimateRequest.h"
#include "MeasurementMatcher.h"
#include "WeightFormat.h"

#include <QCoreApplication>

#include <cmath>

namespace {

// A speed or count cell: a plain number, or a published figure with a note ("75?",
// "20 (best) / 18 (worst)": the first number). A decimal comma is refused, not misread.
std::optional<double> readNumber(const QString &cell, QString *problem)
{
    bool ok = false;
    const double v = cell.toDouble(&ok);
    if (ok && std::isfinite(v) && v > 0)
        return v;
    if ((ok && v <= 0) || cell.startsWith(u'-')) {
        *problem =
            QCoreApplication::translate("MeasurementCsvReader", "%1 must be above 0").arg(cell);
        return std::nullopt;
    }
    const auto first = MeasurementMatcher::number(cell);
    if (!first || cell.contains(u',') || (ok && !std::isfinite(v))) {
        *problem = QCoreApplication::translate("MeasurementCsvReader",
                                               "'%1' is not a number (use a decimal point)")
                       .arg(cell);
        return std::nullopt;
    }
    return first;
}

} // namespace

namespace MeasurementCsvReader {

bool isMeasurementHeader(const QStringList &header)
{
    return header.contains(QStringLiteral("decode_tok_s")) ||
           header.contains(QStringLiteral("prefill_tok_s"));
}

ParsedMeasurements read(const CsvTable &table, const QString &fileName, const QList<GpuSpec> &gpus,
                        const QList<ModelSpec> &models)
{
    ParsedMeasurements parsed;
    for (const char *name : {"gpu", "model", "quantization", "engine"}) {
        const QString column = QString::fromLatin1(name);
        if (table.column(column) < 0)
            parsed.errors.append(Error{
                QCoreApplication::translate("MeasurementCsvReader", "the header has no column '%1'")
                    .arg(column),
                fileName, 1, column});
    }
    if (!parsed.errors.isEmpty())
        return parsed;

    const MeasurementMatcher matcher(gpus, models);
    for (const CsvRecord &record : table.records) {
        auto cell = [&](const char *name) {
            const int i = table.column(QString::fromLatin1(name));
            return i < 0 ? QString() : record.fields.value(i).trimmed();
        };
        const qsizetype errorsBefore = parsed.errors.size();
        auto problem = [&](const char *column, const QString &message) {
            parsed.errors.append(
                Error{message, fileName, record.line, QString::fromLatin1(column)});
        };
        UserMeasurement m;

        const QString gpuText = cell("gpu");
        const auto byId = std::find_if(gpus.cbegin(), gpus.cend(),
                                       [&](const GpuSpec &g) { return g.id == gpuText; });
        const auto gpu = byId != gpus.cend() ? std::optional(*byId) : matcher.gpu(gpuText);
        if (gpu)
            m.gpuId = gpu->id;
        else
            problem("gpu", QCoreApplication::translate("MeasurementCsvReader",
                                                       "no GPU in the catalog matches '%1' (give "
                                                       "its id or its name as the catalog has it)")
                               .arg(gpuText));

        const QString modelText = cell("model");
        const auto byModelId = std::find_if(models.cbegin(), models.cend(),
                                            [&](const ModelSpec &s) { return s.id == modelText; });
        const auto model =
            byModelId != models.cend() ? std::optional(*byModelId) : matcher.model(modelText);
        if (model)
            m.modelId = model->id;
        else
            problem("model", QCoreApplication::translate(
                                 "MeasurementCsvReader",
                                 "no model in the catalog matches '%1' (give its id or its name)")
                                 .arg(modelText));

        if (const auto format = MeasurementMatcher::format(cell("quantization")))
            m.format = WeightFormats::key(*format);
        else
            problem("quantization", QCoreApplication::translate(
                                        "MeasurementCsvReader",
                                        "'%1' is not a weight format the estimator knows (e.g. "
                                        "q4_k_m, q8_0, fp16, int4)")
                                        .arg(cell("quantization")));
        if (const auto engine = MeasurementMatcher::engine(cell("engine")))
            m.engine = EstimateKeys::engineKey(*engine);
        else
            problem("engine", QCoreApplication::translate("MeasurementCsvReader",
                                                          "'%1' is not an engine the estimator "
                                                          "knows (%2)")
                                  .arg(cell("engine"),
                                       EstimateKeys::engineKeys().join(QStringLiteral(", "))));

        QString message;
        if (const QString count = cell("num_gpus"); !count.isEmpty()) {
            bool ok = false;
            m.gpuCount = count.toInt(&ok);
            if (!ok || m.gpuCount < 1)
                problem("num_gpus",
                        QCoreApplication::translate("MeasurementCsvReader",
                                                    "'%1' is not a whole number of 1 or more")
                            .arg(count));
        }
        if (const QString batch = cell("batch"); !batch.isEmpty()) {
            if (const auto b = readNumber(batch, &message))
                m.batch = std::max(1, int(*b));
            else
                problem("batch", message);
        }
        if (const QString decode = cell("decode_tok_s"); !decode.isEmpty()) {
            m.decodeTokensPerS = readNumber(decode, &message);
            if (!m.decodeTokensPerS)
                problem("decode_tok_s", message);
        }
        if (const QString prefill = cell("prefill_tok_s"); !prefill.isEmpty()) {
            m.prefillTokensPerS = readNumber(prefill, &message);
            if (!m.prefillTokensPerS)
                problem("prefill_tok_s", message);
        }
        if (cell("decode_tok_s").isEmpty() && cell("prefill_tok_s").isEmpty())
            problem("decode_tok_s", QCoreApplication::translate(
                                        "MeasurementCsvReader",
                                        "the row has neither decode_tok_s nor prefill_tok_s"));
        const QString context = cell("context_or_prompt_len");
        const int tokens = m.decodeTokensPerS ? MeasurementMatcher::decodeContext(context)
                                              : MeasurementMatcher::prefillTokens(context);
        if (tokens > 0)
            m.context = tokens;
        if (const QString date = cell("date"); !date.isEmpty()) {
            m.measuredOn = QDate::fromString(date, Qt::ISODate);
            if (!m.measuredOn.isValid())
                problem("date", QCoreApplication::translate("MeasurementCsvReader",
                                                            "'%1' is not a date (use YYYY-MM-DD)")
                                    .arg(date));
        }
        m.source = cell("source");
        m.notes = cell("notes");
        if (parsed.errors.size() == errorsBefore)
            parsed.rows.append(m);
    }
    return parsed;
}

} // namespace MeasurementCsvReader
