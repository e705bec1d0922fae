#pragma once

// Imports a file into the catalog: GPUs or models as CSV, the catalog's JSON format, a Hugging
// Face config.json or the user's speed measurements, told apart by the content. check() reads
// the whole file and lists every problem and every id the catalog already has; apply() then
// imports everything in one transaction, or nothing. A dry run is check() plus preview().
//
//     CatalogImporter importer(catalog.database());
//     ImportPlan plan = importer.check(path);
//     if (!plan.ok()) ...show plan.errors...
//     plan.conflicts[i].resolution = ConflictResolution::KeepBoth; // per conflict
//     const auto summary = importer.apply(plan);

#include "ImportPlan.h"

#include <QByteArray>

class Database;

class CatalogImporter
{
public:
    explicit CatalogImporter(Database &db);

    // What the data holds, from its content (never its file name).
    static ImportContent detect(const QByteArray &data);

    // Reads and checks a file; conflicts get the given resolution.
    ImportPlan check(const QString &path,
                     ConflictResolution resolution = ConflictResolution::Skip) const;
    ImportPlan checkData(const QByteArray &data, const QString &fileName,
                         ConflictResolution resolution = ConflictResolution::Skip) const;

    // Finds the conflicts again after the plan's ids were changed (a config.json's model id
    // chosen by the user); the conflicts get the given resolution.
    void recheckConflicts(ImportPlan &plan,
                          ConflictResolution resolution = ConflictResolution::Skip) const;

    // What apply() would do with the plan, changing nothing.
    static ImportSummary preview(const ImportPlan &plan);

    // Imports the plan in one transaction. Refuses a plan with errors, and one whose ids the
    // catalog has gained since check() (check again then); on any failure nothing is imported.
    Result<ImportSummary> apply(const ImportPlan &plan);

private:
    void findConflicts(ImportPlan &plan, ConflictResolution resolution) const;

    Database &m_db;
};
