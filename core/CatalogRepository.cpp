#include "CatalogRepository.h"

#include "CatalogCsv.h"
#include "Database.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cmath>

namespace {

Error sqlError(const QSqlQuery &query, const QString &what)
{
    return Error{QCoreApplication::translate("CatalogRepository", "%1: %2")
                     .arg(what, query.lastError().text()),
                 {},
                 0,
                 {}};
}

// What differs between the GPU and the model table: its name, columns and row codec.
struct GpuTable
{
    using Spec = GpuSpec;
    static QString name() { return QStringLiteral("gpus"); }
    static QString bundledName() { return QStringLiteral("bundled_gpus"); }
    static QStringList columns() { return CatalogCsv::gpuColumns(); }
    static QStringList toFields(const Spec &s) { return CatalogCsv::gpuToFields(s); }
    static Result<Spec> fromFields(const QStringList &f) { return CatalogCsv::gpuFromFields(f); }
};

struct ModelTable
{
    using Spec = ModelSpec;
    static QString name() { return QStringLiteral("models"); }
    static QString bundledName() { return QStringLiteral("bundled_models"); }
    static QStringList columns() { return CatalogCsv::modelColumns(); }
    static QStringList toFields(const Spec &s) { return CatalogCsv::modelToFields(s); }
    static Result<Spec> fromFields(const QStringList &f) { return CatalogCsv::modelFromFields(f); }
};

QString originKey(RowOrigin origin)
{
    return origin == RowOrigin::User ? QStringLiteral("user") : QStringLiteral("bundled");
}

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

template <typename Table> QString bundledInsertSql()
{
    const QStringList columns = Table::columns();
    QStringList placeholders(columns.size(), QStringLiteral("?"));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(Table::bundledName(), columns.join(QStringLiteral(", ")),
             placeholders.join(QStringLiteral(", ")));
}

template <typename Table> QString upsertSql()
{
    const QStringList columns = Table::columns();
    QStringList placeholders(columns.size() + 1, QStringLiteral("?"));
    return QStringLiteral("INSERT OR REPLACE INTO %1 (origin, %2) VALUES (%3)")
        .arg(Table::name(), columns.join(QStringLiteral(", ")),
             placeholders.join(QStringLiteral(", ")));
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
        return sqlError(
            query, QCoreApplication::translate("CatalogRepository", "cannot read the catalog"));
    if (!boundId.isNull())
        query.addBindValue(boundId);
    if (!query.exec())
        return sqlError(
            query, QCoreApplication::translate("CatalogRepository", "cannot read the catalog"));
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

// Binds the origin (unless it is a bundled copy) and the fields, and runs the query.
template <typename Table>
Status upsert(QSqlQuery &query, const typename Table::Spec &spec, std::optional<RowOrigin> origin)
{
    if (origin)
        query.addBindValue(originKey(*origin));
    for (const QString &field : Table::toFields(spec))
        query.addBindValue(field.isEmpty() ? QVariant() : QVariant(field));
    if (!query.exec())
        return sqlError(
            query,
            QCoreApplication::translate("CatalogRepository", "cannot save '%1'").arg(spec.id));
    return Done{};
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

template <typename Table> Status removeOne(Database &db, const QString &id)
{
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
    return Done{};
}

// The bundled part of one table, in the caller's transaction.
template <typename Table>
Status applyBundled(Database &db, const QList<typename Table::Spec> &rows,
                    CatalogUpdateSummary &summary)
{
    QHash<QString, RowOrigin> existing;
    {
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("SELECT id, origin FROM %1").arg(Table::name())))
            return sqlError(
                query, QCoreApplication::translate("CatalogRepository", "cannot read the catalog"));
        while (query.next()) {
            existing.insert(query.value(0).toString(), query.value(1).toString() == u"user"
                                                           ? RowOrigin::User
                                                           : RowOrigin::Bundled);
        }
    }
    QSqlQuery upsertQuery(db.connection());
    if (!upsertQuery.prepare(upsertSql<Table>()))
        return sqlError(upsertQuery, QCoreApplication::translate("CatalogRepository",
                                                                 "cannot update the catalog"));
    QSet<QString> bundledIds;
    for (const auto &spec : rows) {
        bundledIds.insert(spec.id);
        const auto it = existing.constFind(spec.id);
        if (it != existing.cend() && *it == RowOrigin::User) {
            ++summary.keptUserRows;
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
                return sqlError(removeQuery, QCoreApplication::translate(
                                                 "CatalogRepository", "cannot update the catalog"));
            ++summary.removed;
        }
    }
    // The bundled values of every id, edited by the user or not, become this catalog's: a
    // revert gives the newest bundled values.
    QSqlQuery copyQuery(db.connection());
    if (!copyQuery.exec(QStringLiteral("DELETE FROM %1").arg(Table::bundledName())) ||
        !copyQuery.prepare(bundledInsertSql<Table>()))
        return sqlError(copyQuery, QCoreApplication::translate("CatalogRepository",
                                                               "cannot update the catalog"));
    for (const auto &spec : rows) {
        if (const Status saved = upsert<Table>(copyQuery, spec, std::nullopt); !saved)
            return saved;
    }
    return Done{};
}

Error busyError(const Database &db)
{
    return Error{QCoreApplication::translate("CatalogRepository",
                                             "cannot change the catalog: the database is busy"),
                 db.path(),
                 0,
                 {}};
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
        return sqlError(
            query, QCoreApplication::translate("CatalogRepository", "cannot read the catalog"));
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

Status setMeta(Database &db, const QString &key, const QString &value)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO catalog_meta (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return sqlError(
            query, QCoreApplication::translate("CatalogRepository", "cannot update the catalog"));
    return Done{};
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
    return saveOne<GpuTable>(m_db, gpu, gpu.origin);
}

Status CatalogRepository::restoreModel(const ModelSpec &model)
{
    return saveOne<ModelTable>(m_db, model, model.origin);
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
                      << summary.keptUserRows << "user rows kept";
    return summary;
}
