#pragma once

// Internal to CatalogRepository (its .cpp files only): what differs between the GPU and the model
// tables, the SQL shared by the row edits and the bundled-catalog update, and the record of
// bundled rows the user has deleted. Table and column names come from this code, never from
// input; values are always bound.

#include "CatalogCsv.h"
#include "Database.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace CatalogTables {

inline Error sqlError(const QSqlQuery &query, const QString &what)
{
    return Error{QCoreApplication::translate("CatalogRepository", "%1: %2")
                     .arg(what, query.lastError().text()),
                 {},
                 0,
                 {}};
}

inline QString readFailed()
{
    return QCoreApplication::translate("CatalogRepository", "cannot read the catalog");
}

inline QString updateFailed()
{
    return QCoreApplication::translate("CatalogRepository", "cannot update the catalog");
}

struct GpuTable
{
    using Spec = GpuSpec;
    static QString kind() { return QStringLiteral("gpu"); }
    static QString name() { return QStringLiteral("gpus"); }
    static QString bundledName() { return QStringLiteral("bundled_gpus"); }
    static QStringList columns() { return CatalogCsv::gpuColumns(); }
    static QStringList toFields(const Spec &s) { return CatalogCsv::gpuToFields(s); }
    static Result<Spec> fromFields(const QStringList &f) { return CatalogCsv::gpuFromFields(f); }
};

struct ModelTable
{
    using Spec = ModelSpec;
    static QString kind() { return QStringLiteral("model"); }
    static QString name() { return QStringLiteral("models"); }
    static QString bundledName() { return QStringLiteral("bundled_models"); }
    static QStringList columns() { return CatalogCsv::modelColumns(); }
    static QStringList toFields(const Spec &s) { return CatalogCsv::modelToFields(s); }
    static Result<Spec> fromFields(const QStringList &f) { return CatalogCsv::modelFromFields(f); }
};

inline QString originKey(RowOrigin origin)
{
    return origin == RowOrigin::User ? QStringLiteral("user") : QStringLiteral("bundled");
}

template <typename Table> QString upsertSql()
{
    const QStringList columns = Table::columns();
    QStringList placeholders(columns.size() + 1, QStringLiteral("?"));
    return QStringLiteral("INSERT OR REPLACE INTO %1 (origin, %2) VALUES (%3)")
        .arg(Table::name(), columns.join(QStringLiteral(", ")),
             placeholders.join(QStringLiteral(", ")));
}

template <typename Table> QString bundledInsertSql()
{
    const QStringList columns = Table::columns();
    QStringList placeholders(columns.size(), QStringLiteral("?"));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(Table::bundledName(), columns.join(QStringLiteral(", ")),
             placeholders.join(QStringLiteral(", ")));
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

// Makes a change of several statements whole, inside the caller's transaction or on its own
// (a savepoint outside a transaction starts one): release() keeps it, anything else undoes it.
class Savepoint
{
public:
    explicit Savepoint(const Database &db)
        : m_db(db.connection())
    {
        m_active = QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT catalog_row"));
    }
    ~Savepoint()
    {
        if (m_active) {
            QSqlQuery query(m_db);
            query.exec(QStringLiteral("ROLLBACK TO catalog_row"));
            query.exec(QStringLiteral("RELEASE catalog_row"));
        }
    }
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    bool isActive() const { return m_active; }
    Status release()
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("RELEASE catalog_row")))
            return sqlError(query, updateFailed());
        m_active = false;
        return Done{};
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

// Bundled rows the user has deleted stay deleted through catalog updates (schema 5). Recorded
// only for ids the bundled catalog has; an undo or a revert drops the record, and a row saved
// again under the id makes it void (deletedIds() leaves out ids in use; an update drops them).
template <typename Table> Status recordDeletion(Database &db, const QString &id)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO deleted_bundled (kind, id, deleted)"
                                 " SELECT ?, id, datetime('now') FROM %1 WHERE id = ?")
                      .arg(Table::bundledName()));
    query.addBindValue(Table::kind());
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, updateFailed());
    return Done{};
}

template <typename Table> Status forgetDeletion(Database &db, const QString &id)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("DELETE FROM deleted_bundled WHERE kind = ? AND id = ?"));
    query.addBindValue(Table::kind());
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, updateFailed());
    return Done{};
}

// Deletion records of ids that are in use again, which mean nothing any more.
template <typename Table> Status dropVoidDeletions(Database &db)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("DELETE FROM deleted_bundled WHERE kind = ? AND id IN"
                                 " (SELECT id FROM %1)")
                      .arg(Table::name()));
    query.addBindValue(Table::kind());
    if (!query.exec())
        return sqlError(query, updateFailed());
    return Done{};
}

template <typename Table> Result<QStringList> deletedIds(const Database &db)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT d.id FROM deleted_bundled d WHERE d.kind = ? AND NOT"
                                 " EXISTS (SELECT 1 FROM %1 t WHERE t.id = d.id) ORDER BY d.id")
                      .arg(Table::name()));
    query.addBindValue(Table::kind());
    if (!query.exec())
        return sqlError(query, readFailed());
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

} // namespace CatalogTables
