#pragma once

// All SQL of the catalog: GPUs, models and catalog facts in the SQLite database. Statements use
// bound values only; changes of several rows run in one transaction.
//
// Bundled rows come from the catalog shipped with the application and are replaced by a newer
// one. User rows (added, imported or edited) are never changed or removed by a catalog update.

#include "CatalogData.h"
#include "Result.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

struct CatalogUpdateSummary
{
    int added = 0;
    int updated = 0;
    int removed = 0;
    int keptUserRows = 0; // bundled ids the user has edited: left as the user has them
};

class CatalogRepository
{
public:
    explicit CatalogRepository(Database &db);

    Result<QList<GpuSpec>> gpus() const;
    Result<std::optional<GpuSpec>> gpu(const QString &id) const;
    // Adds or replaces a GPU as a user row.
    Status saveUserGpu(const GpuSpec &gpu);
    Status removeGpu(const QString &id);

    Result<QList<ModelSpec>> models() const;
    Result<std::optional<ModelSpec>> model(const QString &id) const;
    Status saveUserModel(const ModelSpec &model);
    Status removeModel(const QString &id);

    // Version, date and exchange rate of the bundled catalog last applied; version 0 if none.
    CatalogInfo catalogInfo() const;

    // Brings the bundled rows in line with the given catalog, in one transaction: adds and
    // updates bundled rows, removes bundled rows it no longer has, and leaves user rows alone.
    Result<CatalogUpdateSummary> applyBundledCatalog(const CatalogData &catalog);

private:
    Database &m_db;
};
