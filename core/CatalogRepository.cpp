#include "CatalogRepository.h"

#include "CatalogCsv.h"
#include "Database.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

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
    static QStringList columns() { return CatalogCsv::gpuColumns(); }
    static QStringList toFields(const Spec &s) { return CatalogCsv::gpuToFields(s); }
    static Result<Spec> fromFields(const QStringList &f) { return CatalogCsv::gpuFromFields(f); }
};

struct ModelTable
{
    using Spec = ModelSpec;
    static QString name() { return QStringLiteral("models"); }
    static QStringList columns() { return CatalogCsv::modelColumns(); }
    static QStringList toFields(const Spec &s) { return CatalogCsv::modelToFields(s); }
    static Result<Spec> fromFields(const QStringList &f) { return CatalogCsv::modelFromFields(f); }
};

QString originKey(RowOrigin origin)
{
    return origin == RowOrigin::User ? QStringLiteral("user") : QStringLiteral("bundled");
}

// Table and column names come from this code, never from input; values are always bound.
template <typename Table> QString selectSql(const QString &where = {})
{
    return QStringLiteral("SELECT origin, %1 FROM %2%3 ORDER BY name COLLATE NOCASE, id")
        .arg(Table::columns().join(QStringLiteral(", ")), Table::name(), where);
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
                                            const QString &boundId = {})
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(selectSql<Table>(where)))
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
Status upsert(QSqlQuery &query, const typename Table::Spec &spec, RowOrigin origin)
{
    query.addBindValue(originKey(origin));
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
    return Done{};
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
    auto rows = readAll<GpuTable>(m_db, QStringLiteral(" WHERE id = ?"), id);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<GpuSpec>() : std::optional(rows->first());
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
    auto rows = readAll<ModelTable>(m_db, QStringLiteral(" WHERE id = ?"), id);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<ModelSpec>() : std::optional(rows->first());
}

Status CatalogRepository::saveUserModel(const ModelSpec &model)
{
    return saveOne<ModelTable>(m_db, model, RowOrigin::User);
}

Status CatalogRepository::removeModel(const QString &id)
{
    return removeOne<ModelTable>(m_db, id);
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
