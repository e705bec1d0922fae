#pragma once

// What CatalogImporter found in a file and will do with it: the rows read, every problem, the
// ids that are already in the catalog with what to do about each, and the counts an import gives.
// The UI shows a plan, lets the user change each conflict's resolution, then applies it.

#include "GpuSpec.h"
#include "ModelSpec.h"
#include "Result.h"
#include "UserMeasurement.h"

#include <QList>
#include <QStringList>

enum class ImportContent
{
    Unknown,
    GpusCsv,
    ModelsCsv,
    CatalogJson, // the catalog's JSON format: GPUs, models or both
    HfConfig,    // a Hugging Face config.json: one model
    Measurements // the user's speed measurements (decode/prefill CSV)
};

enum class ConflictResolution
{
    Skip,    // keep the row in the catalog, leave the imported one out
    Replace, // the imported row takes the place of the catalog's (as a user row)
    KeepBoth // the imported row is added under a new id
};

enum class CatalogRowKind
{
    Gpu,
    Model
};

// An imported id that the catalog already has.
struct ImportConflict
{
    CatalogRowKind kind = CatalogRowKind::Gpu;
    QString id;
    QString existingName;
    RowOrigin existingOrigin = RowOrigin::Bundled;
    QString importedName;
    ConflictResolution resolution = ConflictResolution::Skip;
    QString keepBothId; // id and name the imported row gets with KeepBoth: "id-2", "Name (2)"
    QString keepBothName;
};

struct ImportCounts
{
    int added = 0;
    int replaced = 0;
    int skipped = 0;
    int keptBoth = 0;
};

struct ImportSummary
{
    ImportCounts gpus;
    ImportCounts models;
    int measurementsAdded = 0;
    int measurementsSkipped = 0; // already in the catalog
    bool applied = false;        // false for a dry run
};

struct ImportPlan
{
    QString fileName;
    ImportContent content = ImportContent::Unknown;
    QList<GpuSpec> gpus;
    QList<ModelSpec> models;
    QList<UserMeasurement> measurements;
    int duplicateMeasurements = 0; // rows identical to a measurement the catalog has
    QStringList assumptions;       // defaults a config.json import took
    QList<ImportConflict> conflicts;
    QList<Error> errors; // every problem in the file; a plan with any is not applied

    bool ok() const { return errors.isEmpty(); }
    void resolveAll(ConflictResolution resolution)
    {
        for (ImportConflict &c : conflicts)
            c.resolution = resolution;
    }
};
