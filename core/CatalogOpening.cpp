#include "CatalogOpening.h"

CatalogOpening::CatalogOpening(const QString &path, const QString &bundledDirectory)
    : m_path(path)
    , m_worker(std::async(std::launch::async, &CatalogOpening::prepare, path, bundledDirectory))
{}

CatalogOpening::~CatalogOpening()
{
    if (m_worker.valid())
        m_worker.wait();
}

Result<CatalogOpening::Prepared> CatalogOpening::prepare(const QString &path,
                                                         const QString &bundledDirectory)
{
    // The worker's catalog, with its connection, is made and closed on this thread.
    auto catalog = Catalog::open(path, bundledDirectory);
    if (!catalog)
        return catalog.error();
    Prepared prepared;
    prepared.lastUpdate = (*catalog)->lastUpdate();
    prepared.recovery = (*catalog)->recovery();
    const CatalogRepository &repository = (*catalog)->repository();
    auto gpus = repository.gpus();
    if (!gpus)
        return gpus.error();
    auto models = repository.models();
    if (!models)
        return models.error();
    prepared.firstRead.gpus = std::move(gpus).value();
    prepared.firstRead.models = std::move(models).value();
    prepared.firstRead.info = repository.catalogInfo();
    return prepared;
}

Result<std::unique_ptr<Catalog>> CatalogOpening::finish()
{
    Result<Prepared> prepared = m_worker.get();
    if (!prepared)
        return prepared.error();
    auto catalog = Catalog::openChecked(m_path);
    if (!catalog)
        return catalog.error();
    (*catalog)->m_lastUpdate = std::move(prepared->lastUpdate);
    (*catalog)->m_recovery = std::move(prepared->recovery);
    (*catalog)->m_firstRead = std::move(prepared->firstRead);
    return catalog;
}
