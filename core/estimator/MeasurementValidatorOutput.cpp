// The validation report for people (a table with a summary) and as JSON.

#include "MeasurementValidator.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace MeasurementValidator {

QJsonObject toJson(const ValidationReport &report)
{
    QJsonArray rows;
    for (const ValidationRow &r : report.rows) {
        QJsonObject o{{QStringLiteral("line"), r.line},
                      {QStringLiteral("kind"), kindKey(r.kind)},
                      {QStringLiteral("description"), r.description},
                      {QStringLiteral("gpus"), r.gpuCount},
                      {QStringLiteral("measured"), r.measured}};
        if (r.evaluated()) {
            o.insert(QStringLiteral("estimate"), r.estimate);
            o.insert(QStringLiteral("low"), r.low);
            o.insert(QStringLiteral("high"), r.high);
            o.insert(QStringLiteral("error_percent"), r.errorPercent());
            o.insert(QStringLiteral("in_range"), r.inRange());
        } else {
            o.insert(QStringLiteral("skipped"), r.skipped);
        }
        rows.append(o);
    }
    const ValidationSummary &s = report.summary;
    const QJsonObject summary{
        {QStringLiteral("weights_rows"), s.weightsRows},
        {QStringLiteral("weights_within_3_percent"), s.weightsWithin3Percent},
        {QStringLiteral("vram_rows"), s.vramRows},
        {QStringLiteral("vram_within_10_percent"), s.vramWithin10Percent},
        {QStringLiteral("decode_rows"), s.decodeRows},
        {QStringLiteral("decode_mdape_percent"), s.decodeMdape},
        {QStringLiteral("decode_p80_percent"), s.decodeP80},
        {QStringLiteral("decode_in_range"), s.decodeInRange},
        {QStringLiteral("prefill_rows"), s.prefillRows},
        {QStringLiteral("prefill_mdape_percent"), s.prefillMdape},
        {QStringLiteral("fine_tune_rows"), s.fineTuneRows},
        {QStringLiteral("fine_tune_within_20_percent"), s.fineTuneWithin20Percent},
        {QStringLiteral("skipped_rows"), s.skippedRows}};
    return QJsonObject{{QStringLiteral("file"), report.file},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("summary"), summary}};
}

QString toText(const ValidationReport &report)
{
    QString out;
    for (const ValidationRow &r : report.rows) {
        const QString unit = r.kind == ValidationKind::Decode || r.kind == ValidationKind::Prefill
                                 ? QStringLiteral("tok/s")
                                 : QStringLiteral("GiB");
        out +=
            QStringLiteral("%1 %2 %3\n").arg(r.line, 4).arg(kindKey(r.kind), -9).arg(r.description);
        if (!r.evaluated()) {
            out += QStringLiteral("       skipped: %1\n").arg(r.skipped);
            continue;
        }
        out += QStringLiteral("       measured %1%2 %3, estimate %4 (%5-%6), error %7 %%8%9\n")
                   .arg(r.measuredIsLowerBound ? QStringLiteral(">") : QString())
                   .arg(r.measured, 0, 'f', 2)
                   .arg(unit)
                   .arg(r.estimate, 0, 'f', 2)
                   .arg(r.low, 0, 'f', 2)
                   .arg(r.high, 0, 'f', 2)
                   .arg(r.errorPercent(), 0, 'f', 1)
                   .arg(r.inRange() ? QString() : QStringLiteral(", outside range"))
                   .arg(r.gpuCount > 1 ? QStringLiteral(", %1 GPUs").arg(r.gpuCount) : QString());
    }
    const ValidationSummary &s = report.summary;
    out += QStringLiteral("\nSummary (single-GPU rows; %1 rows skipped)\n").arg(s.skippedRows);
    if (s.weightsRows > 0)
        out += QStringLiteral("  weights within 3 %: %1 % of %2 rows (target 95 %)\n")
                   .arg(100 * s.weightsWithin3Percent, 0, 'f', 0)
                   .arg(s.weightsRows);
    if (s.vramRows > 0)
        out += QStringLiteral("  VRAM within 10 %: %1 % of %2 rows\n")
                   .arg(100 * s.vramWithin10Percent, 0, 'f', 0)
                   .arg(s.vramRows);
    if (s.decodeRows > 0)
        out += QStringLiteral("  decode: MdAPE %1 % (target 20), P80 %2 % (target 35), inside "
                              "low-high %3 % (target 80) of %4 rows\n")
                   .arg(s.decodeMdape, 0, 'f', 1)
                   .arg(s.decodeP80, 0, 'f', 1)
                   .arg(100 * s.decodeInRange, 0, 'f', 0)
                   .arg(s.decodeRows);
    if (s.prefillRows > 0)
        out += QStringLiteral("  prefill: MdAPE %1 % of %2 rows\n")
                   .arg(s.prefillMdape, 0, 'f', 1)
                   .arg(s.prefillRows);
    if (s.fineTuneRows > 0)
        out += QStringLiteral("  fine-tuning within 20 %: %1 % of %2 rows (target 80 %)\n")
                   .arg(100 * s.fineTuneWithin20Percent, 0, 'f', 0)
                   .arg(s.fineTuneRows);
    return out;
}

} // namespace MeasurementValidator
