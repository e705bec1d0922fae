// CatalogRepository's bundled-catalog update and catalog facts: a newer bundled catalog adds and
// updates bundled rows and leaves the user's rows, edits and deletions alone.

#include "CatalogRepository.h"

#include "CatalogTables.h"
#include "Logging.h"

#include <QHash>

namespace {

using namespace CatalogTables;

// The bundled part of one table, in the caller's transaction.
template <typename Table>
Status applyBundled(Database &db, const QList<typename Table::Spec> &rows,
                    CatalogUpdateSummary &summary)
{
    QHash<QString, RowOrigin> existing;
    {
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("SELECT id, origin FROM %1").arg(Table::name())))
            return sqlError(query, readFailed());
        while (query.next()) {
            existing.insert(query.value(0).toString(), query.value(1).toString() == u"user"
                                                           ? RowOrigin::User
                                                           : RowOrigin::Bundled);
        }
    }
    if (const Status dropped = dropVoidDeletions<Table>(db); !dropped)
        return dropped;
    const auto deletedList = deletedIds<Table>(db);
    if (!deletedList)
        return deletedList.error();
    const QSet<QString> deleted(deletedList->cbegin(), deletedList->cend());

    QSqlQuery upsertQuery(db.connection());
    if (!upsertQuery.prepare(upsertSql<Table>()))
        return sqlError(upsertQuery, updateFailed());
    QSet<QString> bundledIds;
    for (const auto &spec : rows) {
        bundledIds.insert(spec.id);
        const auto it = existing.constFind(spec.id);
        if (it != existing.cend() && *it == RowOrigin::User) {
            ++summary.keptUserRows;
            continue;
        }
        // A deletion is a user edit too: the row stays out.
        if (it == existing.cend() && deleted.contains(spec.id)) {
            ++summary.keptDeleted;
            continue;
        }
        if (const Status saved = upsert<Table>(upsertQuery, spec, RowOrigin::Bundled); !saved)
            return saved;
        ++(it == existing.cend() ? summary.added : summary.updated);
    }
    QSqlQuery removeQuery(db.connection());
    removeQuery.prepare(
        QStringLiteral("DELETE FROM %1 WHERE id = ? AND origin = 'bundled'").arg(Table::name()));
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        if (*it == RowOrigin::Bundled && !bundledIds.contains(it.key())) {
            removeQuery.addBindValue(it.key());
            if (!removeQuery.exec())
                return sqlError(removeQuery, updateFailed());
            ++summary.removed;
        }
    }
    // The bundled values of every id, edited or deleted by the user or not, become this
    // catalog's: a revert gives the newest bundled values.
    QSqlQuery copyQuery(db.connection());
    if (!copyQuery.exec(QStringLiteral("DELETE FROM %1").arg(Table::bundledName())) ||
        !copyQuery.prepare(bundledInsertSql<Table>()))
        return sqlError(copyQuery, updateFailed());
    for (const auto &spec : rows) {
        if (const Status saved = upsert<Table>(copyQuery, spec, std::nullopt); !saved)
            return saved;
    }
    return Done{};
}

Status setMeta(Database &db, const QString &key, const QString &value)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO catalog_meta (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, updateFailed());
    return Done{};
}

} // namespace

CatalogInfo CatalogRepository::catalogInfo() const
{
    CatalogInfo info;
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT key, value FROM catalog_meta")))
        return info;
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == u"bundled_version")
            info.version = value.toInt();
        else if (key == u"bundled_date")
            info.date = QDate::fromString(value, Qt::ISODate);
        else if (key == u"usd_sek_rate")
            info.usdSekRate = value.toDouble();
        else if (key == u"usd_sek_rate_date")
            info.usdSekRateDate = QDate::fromString(value, Qt::ISODate);
        else if (key == u"usd_sek_rate_source")
            info.usdSekRateSource = value;
    }
    return info;
}

Result<CatalogUpdateSummary> CatalogRepository::applyBundledCatalog(const CatalogData &catalog)
{
    CatalogUpdateSummary summary;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{QCoreApplication::translate("CatalogRepository",
                                                 "cannot update the catalog: the database is busy"),
                     m_db.path(),
                     0,
                     {}};
    if (const Status s = applyBundled<GpuTable>(m_db, catalog.gpus, summary); !s)
        return s.error();
    if (const Status s = applyBundled<ModelTable>(m_db, catalog.models, summary); !s)
        return s.error();
    const CatalogInfo &info = catalog.info;
    const QList<std::pair<QString, QString>> meta = {
        {QStringLiteral("bundled_version"), QString::number(info.version)},
        {QStringLiteral("bundled_date"), info.date.toString(Qt::ISODate)},
        {QStringLiteral("usd_sek_rate"), QString::number(info.usdSekRate, 'g', 10)},
        {QStringLiteral("usd_sek_rate_date"), info.usdSekRateDate.toString(Qt::ISODate)},
        {QStringLiteral("usd_sek_rate_source"), info.usdSekRateSource},
    };
    for (const auto &[key, value] : meta) {
        if (const Status s = setMeta(m_db, key, value); !s)
            return s.error();
    }
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcCatalog) << "bundled catalog" << info.version << "applied:" << summary.added
                      << "added," << summary.updated << "updated," << summary.removed << "removed,"
                      << summary.keptUserRows << "user rows kept," << summary.keptDeleted
                      << "deleted rows left out";
    return summary;
}
