#pragma once

// The user's catalog: the database file with its repository, opened and brought up to date with
// the bundled catalog. Both executables start here.

#include "CatalogData.h"
#include "CatalogRepository.h"
#include "DatabaseRecovery.h"
#include "Result.h"

#include <QString>

#include <memory>
#include <optional>
#include <utility>

class Database;

class Catalog
{
public:
    ~Catalog();

    // The database in the user's data folder (QStandardPaths::AppDataLocation).
    static QString defaultDatabasePath();

    // Opens or creates the database at path, migrates it, and applies the bundled catalog in
    // bundledDirectory when it is newer than the one the database has.
    static Result<std::unique_ptr<Catalog>> open(const QString &path,
                                                 const QString &bundledDirectory = {});

    CatalogRepository &repository() { return *m_repository; }
    const CatalogRepository &repository() const { return *m_repository; }
    Database &database() { return *m_database; }
    // What the last open() changed, if it applied a bundled catalog.
    std::optional<CatalogUpdateSummary> lastUpdate() const { return m_lastUpdate; }
    // Set when open() found the database damaged and made a fresh one: tell the user.
    const std::optional<RecoveryReport> &recovery() const { return m_recovery; }
    // The rows and version read while opening, when the catalog was opened by CatalogOpening;
    // given once, to fill the window without reading them again.
    std::optional<CatalogData> takeFirstRead() { return std::exchange(m_firstRead, {}); }

private:
    friend class CatalogOpening;
    Catalog() = default;
    // Opens the connection to a file that was just checked and brought up to date (by
    // CatalogOpening, on another connection).
    static Result<std::unique_ptr<Catalog>> openChecked(const QString &path);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<CatalogRepository> m_repository;
    std::optional<CatalogUpdateSummary> m_lastUpdate;
    std::optional<RecoveryReport> m_recovery;
    std::optional<CatalogData> m_firstRead;
};
