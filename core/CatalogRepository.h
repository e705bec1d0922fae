#pragma once

// All SQL of the catalog: GPUs, models and catalog facts in the SQLite database. Statements use
// bound values only; changes of several rows run in one transaction.
//
// Bundled rows come from the catalog shipped with the application and are replaced by a newer
// one. User rows (added, imported or edited) are never changed or removed by a catalog update,
// and a bundled row the user has deleted stays deleted (until it is restored or reverted).
// The bundled values of every bundled id are also kept apart (updated by each bundled catalog),
// so that a bundled row the user has edited can be reverted to the newest bundled values.
//
// Methods that change one row run in the caller's transaction when one is open (an import
// opens one around many calls); those that change several rows open their own.

#include "CatalogData.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

struct CatalogUpdateSummary
{
    int added = 0;
    int updated = 0;
    int removed = 0;
    int keptUserRows = 0; // bundled ids the user has edited: left as the user has them
    int keptDeleted = 0;  // bundled ids the user has deleted: left out
};

// One GPU's new street price, for CatalogRepository::updateStreetPrices().
struct StreetPriceUpdate
{
    QString gpuId;
    double priceSek = 0;
    QDate date;
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
    // Deletes the GPU and returns it as it was (origin included), so that an undo can put it
    // back with restoreGpu().
    Result<GpuSpec> takeGpu(const QString &id);
    // Writes the row with its own origin: the undo of takeGpu().
    Status restoreGpu(const GpuSpec &gpu);

    Result<QList<ModelSpec>> models() const;
    Result<std::optional<ModelSpec>> model(const QString &id) const;
    Status saveUserModel(const ModelSpec &model);
    Status removeModel(const QString &id);
    Result<ModelSpec> takeModel(const QString &id);
    Status restoreModel(const ModelSpec &model);

    // The newest bundled values of an id, also when the user has edited the row; none for ids
    // that only the user has.
    Result<std::optional<GpuSpec>> bundledGpu(const QString &id) const;
    Result<std::optional<ModelSpec>> bundledModel(const QString &id) const;
    // Ids of bundled rows the user has edited: the rows that can be reverted.
    Result<QStringList> editedBundledGpuIds() const;
    Result<QStringList> editedBundledModelIds() const;
    // Ids of bundled rows the user has deleted, which catalog updates leave out; a revert (or
    // saving a row under the id) brings them back.
    Result<QStringList> deletedBundledGpuIds() const;
    Result<QStringList> deletedBundledModelIds() const;
    // Puts the newest bundled values back in place of the user's edit (or deletion) and returns
    // them; an error for ids the bundled catalog does not have.
    Result<GpuSpec> revertGpuToBundled(const QString &id);
    Result<ModelSpec> revertModelToBundled(const QString &id);

    // Sets the street price and its date of many GPUs in one transaction: all of them or, if
    // any id is unknown or any price negative or not a number, none. The rows become the user's.
    Status updateStreetPrices(const QList<StreetPriceUpdate> &updates);

    // Version, date and exchange rate of the bundled catalog last applied; version 0 if none.
    CatalogInfo catalogInfo() const;

    // Brings the bundled rows in line with the given catalog, in one transaction: adds and
    // updates bundled rows, removes bundled rows it no longer has, and leaves user rows and the
    // bundled rows the user deleted alone. (In CatalogRepositoryUpdate.cpp.)
    Result<CatalogUpdateSummary> applyBundledCatalog(const CatalogData &catalog);

    // For services that work on the same database in one transaction (CatalogImporter).
    Database &database() const { return m_db; }

private:
    Database &m_db;
};
