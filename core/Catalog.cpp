#include "Catalog.h"

#include "BundledCatalog.h"
#include "Database.h"
#include "DatabaseRecovery.h"
#include "Logging.h"

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
    // A damaged file is moved aside before anything writes to it; what can be read of the
    // user's rows is copied into the fresh catalog made in its place.
    std::optional<RecoveryReport> recovery;
    if (const auto damage = DatabaseRecovery::findDamage(path)) {
        auto moved = DatabaseRecovery::moveAside(path, *damage);
        if (!moved)
            return moved.error();
        recovery = std::move(moved).value();
    }
    auto opened = openChecked(path);
    if (!opened)
        return opened.error();
    std::unique_ptr<Catalog> catalog = std::move(opened).value();

    // The rows are read only when the bundled catalog is newer than the one in the file, which
    // is once per release: the other starts read only its version.
    const QString directory =
        bundledDirectory.isEmpty() ? BundledCatalog::defaultDirectory() : bundledDirectory;
    const auto bundledInfo = BundledCatalog::loadInfo(directory);
    if (!bundledInfo)
        return bundledInfo.error();
    if (bundledInfo->version > catalog->m_repository->catalogInfo().version) {
        const auto bundled = BundledCatalog::load(directory);
        if (!bundled)
            return bundled.error();
        const auto summary = catalog->m_repository->applyBundledCatalog(*bundled);
        if (!summary)
            return summary.error();
        catalog->m_lastUpdate = *summary;
    }
    if (recovery) {
        DatabaseRecovery::salvage(*catalog->m_database, *recovery);
        catalog->m_recovery = std::move(recovery);
    }
    return catalog;
}

Result<std::unique_ptr<Catalog>> Catalog::openChecked(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return db.error();
    std::unique_ptr<Catalog> catalog(new Catalog);
    catalog->m_database = std::move(db).value();
    catalog->m_repository = std::make_unique<CatalogRepository>(*catalog->m_database);
    return catalog;
}
