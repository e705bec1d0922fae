// The rows of the catalog: reading, saving, deleting and reverting GPUs and models. The
// bundled-catalog update is in CatalogRepositoryUpdate.cpp.

#include "CatalogRepository.h"

#include "CatalogTables.h"

#include <QSqlRecord>

#include <cmath>

namespace {

using namespace CatalogTables;

// The rows in use, or the bundled values kept for every bundled id (which have no origin).
enum class Store
{
    InUse,
    BundledCopy
};

// Table and column names come from this code, never from input; values are always bound.
template <typename Table> QString selectSql(const QString &where, Store store)
{
    return QStringLiteral("SELECT %1, %2 FROM %3%4 ORDER BY name COLLATE NOCASE, id")
        .arg(store == Store::InUse ? QStringLiteral("origin") : QStringLiteral("'bundled'"),
             Table::columns().join(QStringLiteral(", ")),
             store == Store::InUse ? Table::name() : Table::bundledName(), where);
}

template <typename Table> Result<typename Table::Spec> readRow(const QSqlQuery &query)
{
    const int n = int(Table::columns().size());
    QStringList fields;
    fields.reserve(n);
    for (int i = 1; i <= n; ++i) {
        const QVariant v = query.value(i);
        fields.append(v.isNull() ? QString() : v.toString());
    }
    auto spec = Table::fromFields(fields);
    if (!spec) {
        Error e = spec.error();
        e.message =
            QCoreApplication::translate("CatalogRepository", "the stored row '%1' is damaged: %2")
                .arg(fields.value(0), e.message);
        return e;
    }
    spec->origin = query.value(0).toString() == u"user" ? RowOrigin::User : RowOrigin::Bundled;
    return spec;
}

template <typename Table>
Result<QList<typename Table::Spec>> readAll(const Database &db, const QString &where = {},
                                            const QString &boundId = {}, Store store = Store::InUse)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(selectSql<Table>(where, store)))
        return sqlError(query, readFailed());
    if (!boundId.isNull())
        query.addBindValue(boundId);
    if (!query.exec())
        return sqlError(query, readFailed());
    QList<typename Table::Spec> rows;
    while (query.next()) {
        auto row = readRow<Table>(query);
        if (!row)
            return row.error();
        rows.append(std::move(row).value());
    }
    return rows;
}

template <typename Table>
Result<std::optional<typename Table::Spec>> readOne(const Database &db, const QString &id,
                                                    Store store = Store::InUse)
{
    auto rows = readAll<Table>(db, QStringLiteral(" WHERE id = ?"), id, store);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<typename Table::Spec>() : std::optional(rows->first());
}

Error busyError(const Database &db)
{
    return Error{QCoreApplication::translate("CatalogRepository",
                                             "cannot change the catalog: the database is busy"),
                 db.path(),
                 0,
                 {}};
}

template <typename Table>
Status saveOne(Database &db, const typename Table::Spec &spec, RowOrigin origin)
{
    QSqlQuery query(db.connection());
    if (!query.prepare(upsertSql<Table>()))
        return sqlError(
            query,
            QCoreApplication::translate("CatalogRepository", "cannot save '%1'").arg(spec.id));
    return upsert<Table>(query, spec, origin);
}

// Puts a taken row back as it was; a bundled row deleted before is no longer deleted.
template <typename Table> Status restoreOne(Database &db, const typename Table::Spec &spec)
{
    Savepoint savepoint(db);
    if (!savepoint.isActive())
        return busyError(db);
    if (const Status saved = saveOne<Table>(db, spec, spec.origin); !saved)
        return saved;
    if (const Status forgotten = forgetDeletion<Table>(db, spec.id); !forgotten)
        return forgotten;
    return savepoint.release();
}

// Deletes a row; a bundled one is recorded as deleted, so that catalog updates leave it out.
template <typename Table> Status removeOne(Database &db, const QString &id)
{
    Savepoint savepoint(db);
    if (!savepoint.isActive())
        return busyError(db);
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(Table::name()));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(
            query, QCoreApplication::translate("CatalogRepository", "cannot delete '%1'").arg(id));
    if (query.numRowsAffected() == 0)
        return Error{
            QCoreApplication::translate("CatalogRepository", "there is no '%1' in the catalog")
                .arg(id),
            {},
            0,
            {}};
    if (const Status recorded = recordDeletion<Table>(db, id); !recorded)
        return recorded;
    return savepoint.release();
}

Error missingError(const QString &id)
{
    return Error{
        QCoreApplication::translate("CatalogRepository", "there is no '%1' in the catalog").arg(id),
        {},
        0,
        {}};
}

// Deletes a row and hands it back as it was, in one transaction.
template <typename Table> Result<typename Table::Spec> takeOne(Database &db, const QString &id)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return busyError(db);
    auto row = readOne<Table>(db, id);
    if (!row)
        return row.error();
    if (!*row)
        return missingError(id);
    if (const Status removed = removeOne<Table>(db, id); !removed)
        return removed.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return **row;
}

template <typename Table> Result<typename Table::Spec> revertOne(Database &db, const QString &id)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return busyError(db);
    auto bundled = readOne<Table>(db, id, Store::BundledCopy);
    if (!bundled)
        return bundled.error();
    if (!*bundled)
        return Error{QCoreApplication::translate(
                         "CatalogRepository",
                         "'%1' is not in the bundled catalog: there are no values to revert to")
                         .arg(id),
                     {},
                     0,
                     {}};
    if (const Status saved = saveOne<Table>(db, **bundled, RowOrigin::Bundled); !saved)
        return saved.error();
    if (const Status forgotten = forgetDeletion<Table>(db, id); !forgotten)
        return forgotten.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return **bundled;
}

template <typename Table> Result<QStringList> editedIds(const Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT t.id FROM %1 t JOIN %2 b ON b.id = t.id"
                                   " WHERE t.origin = 'user' ORDER BY t.id")
                        .arg(Table::name(), Table::bundledName())))
        return sqlError(query, readFailed());
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

} // namespace

CatalogRepository::CatalogRepository(Database &db)
    : m_db(db)
{}

Result<QList<GpuSpec>> CatalogRepository::gpus() const
{
    return readAll<GpuTable>(m_db);
}

Result<std::optional<GpuSpec>> CatalogRepository::gpu(const QString &id) const
{
    return readOne<GpuTable>(m_db, id);
}

Status CatalogRepository::saveUserGpu(const GpuSpec &gpu)
{
    return saveOne<GpuTable>(m_db, gpu, RowOrigin::User);
}

Status CatalogRepository::removeGpu(const QString &id)
{
    return removeOne<GpuTable>(m_db, id);
}

Result<QList<ModelSpec>> CatalogRepository::models() const
{
    return readAll<ModelTable>(m_db);
}

Result<std::optional<ModelSpec>> CatalogRepository::model(const QString &id) const
{
    return readOne<ModelTable>(m_db, id);
}

Status CatalogRepository::saveUserModel(const ModelSpec &model)
{
    return saveOne<ModelTable>(m_db, model, RowOrigin::User);
}

Status CatalogRepository::removeModel(const QString &id)
{
    return removeOne<ModelTable>(m_db, id);
}

Result<GpuSpec> CatalogRepository::takeGpu(const QString &id)
{
    return takeOne<GpuTable>(m_db, id);
}

Result<ModelSpec> CatalogRepository::takeModel(const QString &id)
{
    return takeOne<ModelTable>(m_db, id);
}

Status CatalogRepository::restoreGpu(const GpuSpec &gpu)
{
    return restoreOne<GpuTable>(m_db, gpu);
}

Status CatalogRepository::restoreModel(const ModelSpec &model)
{
    return restoreOne<ModelTable>(m_db, model);
}

Result<std::optional<GpuSpec>> CatalogRepository::bundledGpu(const QString &id) const
{
    return readOne<GpuTable>(m_db, id, Store::BundledCopy);
}

Result<std::optional<ModelSpec>> CatalogRepository::bundledModel(const QString &id) const
{
    return readOne<ModelTable>(m_db, id, Store::BundledCopy);
}

Result<QStringList> CatalogRepository::editedBundledGpuIds() const
{
    return editedIds<GpuTable>(m_db);
}

Result<QStringList> CatalogRepository::editedBundledModelIds() const
{
    return editedIds<ModelTable>(m_db);
}

Result<GpuSpec> CatalogRepository::revertGpuToBundled(const QString &id)
{
    return revertOne<GpuTable>(m_db, id);
}

Result<ModelSpec> CatalogRepository::revertModelToBundled(const QString &id)
{
    return revertOne<ModelTable>(m_db, id);
}

Status CatalogRepository::updateStreetPrices(const QList<StreetPriceUpdate> &updates)
{
    // Checked before anything is written, so that a bad entry leaves every price as it was.
    for (const StreetPriceUpdate &u : updates) {
        if (!std::isfinite(u.priceSek) || u.priceSek < 0)
            return Error{QCoreApplication::translate("CatalogRepository",
                                                     "the price must be a number of 0 or more"),
                         {},
                         0,
                         u.gpuId};
        if (!u.date.isValid())
            return Error{
                QCoreApplication::translate("CatalogRepository", "the price needs a valid date"),
                {},
                0,
                u.gpuId};
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return busyError(m_db);
    QSqlQuery query(m_db.connection());
    // A price the user sets is a Swedish price they stand for: the row becomes theirs.
    query.prepare(QStringLiteral("UPDATE gpus SET street_price_sek = ?, street_price_date = ?,"
                                 " street_price_converted = 'no', origin = 'user' WHERE id = ?"));
    for (const StreetPriceUpdate &u : updates) {
        query.addBindValue(u.priceSek);
        query.addBindValue(u.date.toString(Qt::ISODate));
        query.addBindValue(u.gpuId);
        if (!query.exec())
            return sqlError(
                query,
                QCoreApplication::translate("CatalogRepository", "cannot save '%1'").arg(u.gpuId));
        if (query.numRowsAffected() == 0)
            return missingError(u.gpuId);
    }
    return transaction.commit();
}

Result<QStringList> CatalogRepository::deletedBundledGpuIds() const
{
    return deletedIds<GpuTable>(m_db);
}

Result<QStringList> CatalogRepository::deletedBundledModelIds() const
{
    return deletedIds<ModelTable>(m_db);
}
