#include "Catalog.h"

#include "BundledCatalog.h"
#include "Database.h"

#include <QDir>
#include <QStandardPaths>

Catalog::~Catalog() = default;

QString Catalog::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("catalog.sqlite"));
}

Result<std::unique_ptr<Catalog>> Catalog::open(const QString &path, const QString &bundledDirectory)
{
    auto db = Database::open(path);
    if (!db)
        return db.error();
    std::unique_ptr<Catalog> catalog(new Catalog);
    catalog->m_database = std::move(db).value();
    catalog->m_repository = std::make_unique<CatalogRepository>(*catalog->m_database);

    const auto bundled = BundledCatalog::load(
        bundledDirectory.isEmpty() ? BundledCatalog::defaultDirectory() : bundledDirectory);
    if (!bundled)
        return bundled.error();
    if (bundled->info.version > catalog->m_repository->catalogInfo().version) {
        const auto summary = catalog->m_repository->applyBundledCatalog(*bundled);
        if (!summary)
            return summary.error();
        catalog->m_lastUpdate = *summary;
    }
    return catalog;
}
