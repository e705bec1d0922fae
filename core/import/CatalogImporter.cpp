#include "CatalogImporter.h"

#include "CatalogCsv.h"
#include "CatalogJsonFile.h"
#include "CatalogRepository.h"
#include "Csv.h"
#include "Database.h"
#include "HfConfigImporter.h"
#include "Logging.h"
#include "MeasurementCsvReader.h"
#include "MeasurementRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

QByteArray withoutBom(const QByteArray &data)
{
    return data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
}

bool looksLikeJson(const QByteArray &data)
{
    const QByteArray t = data.trimmed();
    return t.startsWith('{') || t.startsWith('[');
}

ImportContent classifyJson(const QJsonObject &object)
{
    if (object.contains(QStringLiteral("format")))
        return ImportContent::CatalogJson;
    if (object.contains(QStringLiteral("model_type")))
        return ImportContent::HfConfig;
    return ImportContent::Unknown;
}

ImportContent classifyCsv(const QStringList &header)
{
    if (MeasurementCsvReader::isMeasurementHeader(header))
        return ImportContent::Measurements;
    if (!header.contains(QStringLiteral("id")))
        return ImportContent::Unknown; // e.g. memory measurements, which share some columns
    // Columns only one of the two formats has decide; a file missing some of them still gets
    // its missing columns named by the reader.
    const QStringList shared = {QStringLiteral("id"), QStringLiteral("name"),
                                QStringLiteral("sources"), QStringLiteral("notes")};
    auto score = [&](const QStringList &columns) {
        int n = 0;
        for (const QString &c : columns)
            n += header.contains(c) && !shared.contains(c) ? 1 : 0;
        return n;
    };
    const int gpu = score(CatalogCsv::gpuColumns());
    const int model = score(CatalogCsv::modelColumns());
    if (gpu == 0 && model == 0)
        return ImportContent::Unknown;
    return gpu >= model ? ImportContent::GpusCsv : ImportContent::ModelsCsv;
}

Error unknownContent(const QString &fileName, const QStringList &header = {})
{
    if (header.contains(QStringLiteral("measured_gb")))
        return Error{QCoreApplication::translate(
                         "CatalogImporter",
                         "this holds memory measurements; only speed measurements (decode_tok_s, "
                         "prefill_tok_s) can be imported"),
                     fileName,
                     1,
                     {}};
    return Error{QCoreApplication::translate(
                     "CatalogImporter",
                     "cannot tell what the file holds: it is not a GPU or model CSV file, a "
                     "catalog JSON file, a config.json or a speed measurements CSV file"),
                 fileName,
                 1,
                 {}};
}

template <typename Spec>
void conflictsFor(CatalogRowKind kind, const QList<Spec> &imported, const QList<Spec> &existing,
                  ConflictResolution resolution, QList<ImportConflict> &out)
{
    QHash<QString, qsizetype> byId;
    QSet<QString> taken;
    for (qsizetype i = 0; i < existing.size(); ++i) {
        byId.insert(existing.at(i).id, i);
        taken.insert(existing.at(i).id);
    }
    for (const Spec &spec : imported)
        taken.insert(spec.id);
    for (const Spec &spec : imported) {
        const auto it = byId.constFind(spec.id);
        if (it == byId.cend())
            continue;
        const Spec &old = existing.at(*it);
        ImportConflict c{kind, spec.id, old.name, old.origin, spec.name, resolution, {}, {}};
        for (int n = 2;; ++n) {
            const QString candidate = QStringLiteral("%1-%2").arg(spec.id.left(90)).arg(n);
            if (!taken.contains(candidate)) {
                c.keepBothId = candidate;
                c.keepBothName = QStringLiteral("%1 (%2)").arg(spec.name).arg(n);
                break;
            }
        }
        taken.insert(c.keepBothId);
        out.append(c);
    }
}

const ImportConflict *conflictOf(const ImportPlan &plan, CatalogRowKind kind, const QString &id)
{
    for (const ImportConflict &c : plan.conflicts) {
        if (c.kind == kind && c.id == id)
            return &c;
    }
    return nullptr;
}

void count(ImportCounts &counts, const ImportConflict *conflict)
{
    if (!conflict) {
        ++counts.added;
        return;
    }
    switch (conflict->resolution) {
    case ConflictResolution::Skip:
        ++counts.skipped;
        break;
    case ConflictResolution::Replace:
        ++counts.replaced;
        break;
    case ConflictResolution::KeepBoth:
        ++counts.keptBoth;
        break;
    }
}

bool sameMeasurement(const UserMeasurement &a, const UserMeasurement &b)
{
    return a.gpuId == b.gpuId && a.gpuCount == b.gpuCount && a.modelId == b.modelId &&
           a.format == b.format && a.engine == b.engine && a.context == b.context &&
           a.batch == b.batch && a.decodeTokensPerS == b.decodeTokensPerS &&
           a.prefillTokensPerS == b.prefillTokensPerS && a.source == b.source;
}

Error changedSinceCheck(const QString &fileName)
{
    return Error{QCoreApplication::translate("CatalogImporter",
                                             "the catalog has changed since the file was checked; "
                                             "check it again (nothing was imported)"),
                 fileName,
                 0,
                 {}};
}

// Saves the imported rows of one kind as the plan's conflicts say, in the caller's transaction.
template <typename Spec, typename Save>
Status importRows(const ImportPlan &plan, CatalogRowKind kind, const QList<Spec> &rows,
                  const QList<Spec> &existing, Save save, ImportCounts &counts)
{
    QSet<QString> existingIds;
    for (const Spec &s : existing)
        existingIds.insert(s.id);
    for (Spec row : rows) {
        row.origin = RowOrigin::User;
        const ImportConflict *conflict = conflictOf(plan, kind, row.id);
        if (existingIds.contains(row.id)) {
            if (!conflict)
                return changedSinceCheck(plan.fileName);
            if (conflict->resolution == ConflictResolution::Skip) {
                ++counts.skipped;
                continue;
            }
            if (conflict->resolution == ConflictResolution::KeepBoth) {
                if (existingIds.contains(conflict->keepBothId))
                    return changedSinceCheck(plan.fileName);
                row.id = conflict->keepBothId;
                row.name = conflict->keepBothName;
            }
            count(counts, conflict);
        } else {
            ++counts.added;
        }
        if (const Status saved = save(row); !saved)
            return saved;
    }
    return Done{};
}

} // namespace

CatalogImporter::CatalogImporter(Database &db)
    : m_db(db)
{}

ImportContent CatalogImporter::detect(const QByteArray &data)
{
    const QByteArray body = withoutBom(data);
    if (looksLikeJson(body)) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        return doc.isObject() ? classifyJson(doc.object()) : ImportContent::Unknown;
    }
    const auto table = Csv::parse(QString::fromUtf8(body));
    return table ? classifyCsv(table->header) : ImportContent::Unknown;
}

ImportPlan CatalogImporter::check(const QString &path, ConflictResolution resolution) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportPlan plan;
        plan.fileName = path;
        plan.errors.append(
            Error{QCoreApplication::translate("CatalogImporter", "cannot read the file: %1")
                      .arg(file.errorString()),
                  path,
                  0,
                  {}});
        return plan;
    }
    if (file.size() > kMaxFileBytes) {
        ImportPlan plan;
        plan.fileName = path;
        plan.errors.append(
            Error{QCoreApplication::translate("CatalogImporter",
                                              "the file is too large for a catalog (%1 MB)")
                      .arg(file.size() / (1024 * 1024)),
                  path,
                  0,
                  {}});
        return plan;
    }
    return checkData(file.readAll(), path, resolution);
}

ImportPlan CatalogImporter::checkData(const QByteArray &data, const QString &fileName,
                                      ConflictResolution resolution) const
{
    ImportPlan plan;
    plan.fileName = fileName;
    const QByteArray body = withoutBom(data);
    if (body.trimmed().isEmpty()) {
        plan.errors.append(Error{
            QCoreApplication::translate("CatalogImporter", "the file is empty"), fileName, 0, {}});
        return plan;
    }
    if (looksLikeJson(body)) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const int line = int(body.left(parseError.offset).count('\n')) + 1;
            plan.errors.append(
                Error{QCoreApplication::translate("CatalogImporter", "not valid JSON: %1")
                          .arg(parseError.errorString()),
                      fileName,
                      line,
                      {}});
            return plan;
        }
        plan.content = doc.isObject() ? classifyJson(doc.object()) : ImportContent::Unknown;
        if (plan.content == ImportContent::CatalogJson) {
            const ParsedCatalog parsed = CatalogJsonFile::read(body, fileName);
            plan.gpus = parsed.gpus;
            plan.models = parsed.models;
            plan.errors = parsed.errors;
        } else if (plan.content == ImportContent::HfConfig) {
            const auto imported = HfConfigImporter::fromJson(body, fileName);
            if (imported) {
                plan.models.append(imported->model);
                plan.assumptions = imported->assumptions;
            } else {
                plan.errors.append(imported.error());
            }
        } else {
            plan.errors.append(unknownContent(fileName));
        }
    } else {
        const QString text = QString::fromUtf8(body);
        const auto table = Csv::parse(text, fileName);
        if (!table) {
            plan.errors.append(table.error());
            return plan;
        }
        plan.content = classifyCsv(table->header);
        if (plan.content == ImportContent::GpusCsv) {
            const auto parsed = CatalogCsv::readGpus(text, fileName);
            plan.gpus = parsed.rows;
            plan.errors = parsed.errors;
        } else if (plan.content == ImportContent::ModelsCsv) {
            const auto parsed = CatalogCsv::readModels(text, fileName);
            plan.models = parsed.rows;
            plan.errors = parsed.errors;
        } else if (plan.content == ImportContent::Measurements) {
            const CatalogRepository catalog(m_db);
            const auto gpus = catalog.gpus();
            const auto models = catalog.models();
            const auto existing = MeasurementRepository(m_db).measurements();
            for (const Error &e : {gpus ? Error{} : gpus.error(), models ? Error{} : models.error(),
                                   existing ? Error{} : existing.error()}) {
                if (!e.message.isEmpty())
                    plan.errors.append(e);
            }
            if (!plan.errors.isEmpty())
                return plan;
            const ParsedMeasurements parsed =
                MeasurementCsvReader::read(*table, fileName, *gpus, *models);
            plan.errors = parsed.errors;
            for (const UserMeasurement &m : parsed.rows) {
                const bool known =
                    std::any_of(existing->cbegin(), existing->cend(),
                                [&](const UserMeasurement &e) { return sameMeasurement(e, m); });
                if (known)
                    ++plan.duplicateMeasurements;
                else
                    plan.measurements.append(m);
            }
        } else {
            plan.errors.append(unknownContent(fileName, table->header));
        }
    }
    if (plan.ok())
        findConflicts(plan, resolution);
    return plan;
}

void CatalogImporter::findConflicts(ImportPlan &plan, ConflictResolution resolution) const
{
    const CatalogRepository catalog(m_db);
    if (!plan.gpus.isEmpty()) {
        const auto gpus = catalog.gpus();
        if (!gpus) {
            plan.errors.append(gpus.error());
            return;
        }
        conflictsFor(CatalogRowKind::Gpu, plan.gpus, *gpus, resolution, plan.conflicts);
    }
    if (!plan.models.isEmpty()) {
        const auto models = catalog.models();
        if (!models) {
            plan.errors.append(models.error());
            return;
        }
        conflictsFor(CatalogRowKind::Model, plan.models, *models, resolution, plan.conflicts);
    }
}

void CatalogImporter::recheckConflicts(ImportPlan &plan, ConflictResolution resolution) const
{
    plan.conflicts.clear();
    if (plan.ok())
        findConflicts(plan, resolution);
}

ImportSummary CatalogImporter::preview(const ImportPlan &plan)
{
    ImportSummary summary;
    for (const GpuSpec &g : plan.gpus)
        count(summary.gpus, conflictOf(plan, CatalogRowKind::Gpu, g.id));
    for (const ModelSpec &m : plan.models)
        count(summary.models, conflictOf(plan, CatalogRowKind::Model, m.id));
    summary.measurementsAdded = int(plan.measurements.size());
    summary.measurementsSkipped = plan.duplicateMeasurements;
    return summary;
}

Result<ImportSummary> CatalogImporter::apply(const ImportPlan &plan)
{
    if (!plan.ok())
        return Error{QCoreApplication::translate("CatalogImporter",
                                                 "the file has problems; nothing was imported"),
                     plan.fileName,
                     0,
                     {}};
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{
            QCoreApplication::translate("CatalogImporter", "cannot import: the database is busy"),
            m_db.path(),
            0,
            {}};
    CatalogRepository catalog(m_db);
    ImportSummary summary;
    if (!plan.gpus.isEmpty()) {
        const auto existing = catalog.gpus();
        if (!existing)
            return existing.error();
        const Status s = importRows(
            plan, CatalogRowKind::Gpu, plan.gpus, *existing,
            [&](const GpuSpec &g) { return catalog.saveUserGpu(g); }, summary.gpus);
        if (!s)
            return s.error();
    }
    if (!plan.models.isEmpty()) {
        const auto existing = catalog.models();
        if (!existing)
            return existing.error();
        const Status s = importRows(
            plan, CatalogRowKind::Model, plan.models, *existing,
            [&](const ModelSpec &m) { return catalog.saveUserModel(m); }, summary.models);
        if (!s)
            return s.error();
    }
    MeasurementRepository measurements(m_db);
    for (const UserMeasurement &m : plan.measurements) {
        if (const auto added = measurements.add(m); !added)
            return added.error();
    }
    summary.measurementsAdded = int(plan.measurements.size());
    summary.measurementsSkipped = plan.duplicateMeasurements;
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    summary.applied = true;
    qCInfo(lcCatalog) << "imported" << plan.fileName << ":" << summary.gpus.added << "+"
                      << summary.models.added << "added," << summary.gpus.replaced << "+"
                      << summary.models.replaced << "replaced," << summary.measurementsAdded
                      << "measurements";
    return summary;
}
