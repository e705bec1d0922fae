#pragma once

// Opens the catalog on a worker thread while the caller builds its window. The worker does what
// Catalog::open does (the integrity check and recovery, migrations, the bundled catalog's
// update) and reads the rows, on a connection of its own that it closes; finish() then opens
// the caller's connection to the file the worker left checked and up to date, and hands over
// the rows with Catalog::takeFirstRead(). A Qt SQL connection belongs to the thread that made
// it, so none crosses threads.

#include "Catalog.h"
#include "Result.h"

#include <QString>

#include <future>
#include <memory>

class CatalogOpening
{
public:
    // Starts the worker. Messages are translated in the language installed at this point.
    explicit CatalogOpening(const QString &path, const QString &bundledDirectory = {});
    // Waits for the worker when finish() was not called.
    ~CatalogOpening();
    CatalogOpening(const CatalogOpening &) = delete;
    CatalogOpening &operator=(const CatalogOpening &) = delete;

    // Waits for the worker and opens the catalog on the calling thread: what Catalog::open
    // would have given, with the first read. Call once.
    Result<std::unique_ptr<Catalog>> finish();

private:
    struct Prepared
    {
        std::optional<CatalogUpdateSummary> lastUpdate;
        std::optional<RecoveryReport> recovery;
        CatalogData firstRead;
    };
    static Result<Prepared> prepare(const QString &path, const QString &bundledDirectory);

    QString m_path;
    std::future<Result<Prepared>> m_worker;
};
