#pragma once

// Reads the user's speed measurements from the measurement CSV format (the columns of
// tests/data/measurements/llm_decode_measurements.csv: gpu, num_gpus, model, quantization,
// engine, batch, context_or_prompt_len, decode_tok_s, prefill_tok_s, source, notes) into
// UserMeasurement rows with catalog ids, reporting every row it cannot place with line and column.

#include "Csv.h"
#include "GpuSpec.h"
#include "ModelSpec.h"
#include "Result.h"
#include "UserMeasurement.h"

#include <QList>

struct ParsedMeasurements
{
    QList<UserMeasurement> rows;
    QList<Error> errors;
};

namespace MeasurementCsvReader {

// True for a header with the speed columns.
bool isMeasurementHeader(const QStringList &header);

ParsedMeasurements read(const CsvTable &table, const QString &fileName, const QList<GpuSpec> &gpus,
                        const QList<ModelSpec> &models);

} // namespace MeasurementCsvReader
