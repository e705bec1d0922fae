#pragma once

// Runs the estimator over a file of published measurements (the two formats of
// tests/data/measurements: decode/prefill speeds and memory figures) and reports each row's
// error and the summary the accuracy targets are stated in. Rows whose GPU, model, format or
// engine cannot be placed are listed as skipped with the reason.

#include "Calibration.h"
#include "Csv.h"
#include "EstimateRequest.h"
#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class Catalog;
class CatalogRepository;

enum class ValidationKind
{
    Decode,    // tokens/s, batch-1 generation
    Prefill,   // tokens/s, prompt processing
    Weights,   // model file or loaded weights
    KvCache,   // KV cache buffer from an engine log
    Workspace, // compute buffer from an engine log
    Vram,      // total GPU memory in use
    FineTune   // peak memory of a LoRA/QLoRA/full fine-tuning run
};

struct ValidationRow
{
    int line = 0;
    ValidationKind kind = ValidationKind::Decode;
    QString description;
    int gpuCount = 1;
    double measured = 0;               // tokens/s, or GiB
    bool measuredIsLowerBound = false; // "OOM (>40)": the estimate must exceed it
    double estimate = 0;
    double low = 0;
    double high = 0;
    QString skipped; // reason, empty when evaluated

    bool evaluated() const { return skipped.isEmpty(); }
    double errorPercent() const; // (estimate - measured) / measured
    bool inRange() const;
};

struct ValidationSummary
{
    int weightsRows = 0;
    double weightsWithin3Percent = 0; // shares, 0-1
    int vramRows = 0;
    double vramWithin10Percent = 0;
    int decodeRows = 0;
    double decodeMdape = 0; // percent
    double decodeP80 = 0;   // percent
    double decodeInRange = 0;
    int prefillRows = 0;
    double prefillMdape = 0;
    int fineTuneRows = 0;
    double fineTuneWithin20Percent = 0;
    int skippedRows = 0;
};

struct ValidationReport
{
    QString file;
    QList<ValidationRow> rows;
    ValidationSummary summary; // single-GPU rows only, as the targets are stated
};

namespace MeasurementValidator {

Result<ValidationReport> validate(const CsvTable &table, const QString &fileName,
                                  const QList<GpuSpec> &gpus, const QList<ModelSpec> &models);
Result<ValidationReport> validateFile(const QString &path, const CatalogRepository &catalog);

ValidationSummary summarise(const QList<ValidationRow> &rows);
QString kindKey(ValidationKind kind);
QJsonObject toJson(const ValidationReport &report);
QString toText(const ValidationReport &report);

// The correction the user's own measurements in the catalog database give for the request's
// GPU and engine, if there are any.
std::optional<Calibration::Correction> calibrationFor(Catalog &catalog,
                                                      const EstimateRequest &request);

} // namespace MeasurementValidator
