#include "ShortlistRepository.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

Error sqlError(const QSqlQuery &query)
{
    return Error{QCoreApplication::translate("ShortlistRepository", "shortlists: %1")
                     .arg(query.lastError().text()),
                 {},
                 0,
                 {}};
}

Error notFound()
{
    return Error{QCoreApplication::translate("ShortlistRepository", "there is no such shortlist"),
                 {},
                 0,
                 {}};
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// A null QString binds as SQL NULL; the note column holds '' for no note.
QString noteValue(const QString &note)
{
    return note.isNull() ? QStringLiteral("") : note;
}

QVariant quantityValue(std::optional<int> quantity)
{
    return quantity ? QVariant(*quantity) : QVariant();
}

} // namespace

ShortlistRepository::ShortlistRepository(Database &db)
    : m_db(db)
{}

Result<QList<ShortlistItem>> ShortlistRepository::items(qint64 shortlistId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id, gpu_id, quantity, note FROM shortlist_items WHERE "
                                 "shortlist_id = :list ORDER BY position, id"));
    query.bindValue(QStringLiteral(":list"), shortlistId);
    if (!query.exec())
        return sqlError(query);
    QList<ShortlistItem> list;
    while (query.next()) {
        ShortlistItem item;
        item.id = query.value(0).toLongLong();
        item.gpuId = query.value(1).toString();
        if (!query.value(2).isNull())
            item.quantity = query.value(2).toInt();
        item.note = query.value(3).toString();
        item.position = int(list.size());
        list.append(item);
    }
    return list;
}

Result<std::optional<Shortlist>> ShortlistRepository::readOne(const QString &where,
                                                              const QVariant &value) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT id, name, created, modified FROM shortlists WHERE %1 = :value")
            .arg(where));
    query.bindValue(QStringLiteral(":value"), value);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return std::optional<Shortlist>();
    Shortlist list;
    list.id = query.value(0).toLongLong();
    list.name = query.value(1).toString();
    list.created = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    list.modified = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
    auto listItems = items(list.id);
    if (!listItems)
        return listItems.error();
    list.items = *listItems;
    return std::optional<Shortlist>(list);
}

Result<QList<Shortlist>> ShortlistRepository::shortlists() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT id FROM shortlists ORDER BY name COLLATE NOCASE, id")))
        return sqlError(query);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    QList<Shortlist> lists;
    for (qint64 id : ids) {
        auto list = shortlist(id);
        if (!list)
            return list.error();
        if (*list)
            lists.append(**list);
    }
    return lists;
}

Result<std::optional<Shortlist>> ShortlistRepository::shortlist(qint64 id) const
{
    return readOne(QStringLiteral("id"), id);
}

Result<std::optional<Shortlist>> ShortlistRepository::shortlistByName(const QString &name) const
{
    // The column's NOCASE collation applies to the comparison.
    return readOne(QStringLiteral("name"), name.trimmed());
}

Status ShortlistRepository::checkName(const QString &trimmed, std::optional<qint64> self) const
{
    if (trimmed.isEmpty())
        return Error{QCoreApplication::translate("ShortlistRepository", "a shortlist needs a name"),
                     {},
                     0,
                     {}};
    auto existing = shortlistByName(trimmed);
    if (!existing)
        return existing.error();
    if (*existing && (*existing)->id != self)
        return Error{QCoreApplication::translate("ShortlistRepository",
                                                 "there is already a shortlist named '%1'")
                         .arg(trimmed),
                     {},
                     0,
                     {}};
    return Done{};
}

Result<qint64> ShortlistRepository::create(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (const Status usable = checkName(trimmed, std::nullopt); !usable)
        return usable.error();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO shortlists (name, created, modified) VALUES (:name, :now, :now)"));
    query.bindValue(QStringLiteral(":name"), trimmed);
    query.bindValue(QStringLiteral(":now"), now());
    if (!query.exec())
        return sqlError(query);
    return query.lastInsertId().toLongLong();
}

Status ShortlistRepository::rename(qint64 id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (const Status usable = checkName(trimmed, id); !usable)
        return usable;
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("UPDATE shortlists SET name = :name, modified = :now WHERE id = :id"));
    query.bindValue(QStringLiteral(":name"), trimmed);
    query.bindValue(QStringLiteral(":now"), now());
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return sqlError(query);
    if (query.numRowsAffected() == 0)
        return notFound();
    return Done{};
}

Result<qint64> ShortlistRepository::duplicate(qint64 id, const QString &newName)
{
    auto source = shortlist(id);
    if (!source)
        return source.error();
    if (!*source)
        return notFound();
    Transaction transaction(m_db);
    auto created = create(newName);
    if (!created)
        return created;
    for (const ShortlistItem &item : (*source)->items) {
        if (auto added = insertItem(*created, item.gpuId, item.quantity, item.note); !added)
            return added.error();
    }
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return *created;
}

Result<qint64> ShortlistRepository::createWithItems(const QString &name,
                                                    const QList<ShortlistItem> &items)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{
            QCoreApplication::translate("ShortlistRepository", "cannot begin a transaction"),
            {},
            0,
            {}};
    auto created = create(name);
    if (!created)
        return created;
    for (const ShortlistItem &item : items) {
        if (auto added = insertItem(*created, item.gpuId, item.quantity, item.note); !added)
            return added.error();
    }
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return *created;
}

Status ShortlistRepository::remove(qint64 id)
{
    QSqlQuery query(m_db.connection());
    // The items go with it (ON DELETE CASCADE; the connection turns foreign keys on).
    query.prepare(QStringLiteral("DELETE FROM shortlists WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return sqlError(query);
    if (query.numRowsAffected() == 0)
        return notFound();
    return Done{};
}

Status ShortlistRepository::touch(qint64 shortlistId)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE shortlists SET modified = :now WHERE id = :id"));
    query.bindValue(QStringLiteral(":now"), now());
    query.bindValue(QStringLiteral(":id"), shortlistId);
    if (!query.exec())
        return sqlError(query);
    if (query.numRowsAffected() == 0)
        return notFound();
    return Done{};
}

Result<qint64> ShortlistRepository::insertItem(qint64 shortlistId, const QString &gpuId,
                                               std::optional<int> quantity, const QString &note)
{
    if (quantity && *quantity < 1)
        return Error{
            QCoreApplication::translate("ShortlistRepository", "the quantity must be at least 1"),
            {},
            0,
            {}};
    if (const Status touched = touch(shortlistId); !touched)
        return touched.error();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO shortlist_items (shortlist_id, gpu_id, quantity, note, position) VALUES "
        "(:list, :gpu, :quantity, :note, (SELECT coalesce(max(position) + 1, 0) FROM "
        "shortlist_items WHERE shortlist_id = :list2))"));
    query.bindValue(QStringLiteral(":list"), shortlistId);
    query.bindValue(QStringLiteral(":gpu"), gpuId);
    query.bindValue(QStringLiteral(":quantity"), quantityValue(quantity));
    query.bindValue(QStringLiteral(":note"), noteValue(note));
    query.bindValue(QStringLiteral(":list2"), shortlistId);
    if (!query.exec())
        return sqlError(query);
    return query.lastInsertId().toLongLong();
}

Result<qint64> ShortlistRepository::addItem(qint64 shortlistId, const QString &gpuId,
                                            std::optional<int> quantity, const QString &note)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{
            QCoreApplication::translate("ShortlistRepository", "cannot begin a transaction"),
            {},
            0,
            {}};
    auto id = insertItem(shortlistId, gpuId, quantity, note);
    if (!id)
        return id;
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status ShortlistRepository::setQuantity(qint64 itemId, std::optional<int> quantity)
{
    if (quantity && *quantity < 1)
        return Error{
            QCoreApplication::translate("ShortlistRepository", "the quantity must be at least 1"),
            {},
            0,
            {}};
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE shortlist_items SET quantity = :quantity WHERE id = :id"));
    query.bindValue(QStringLiteral(":quantity"), quantityValue(quantity));
    query.bindValue(QStringLiteral(":id"), itemId);
    if (!query.exec())
        return sqlError(query);
    return Done{};
}

Status ShortlistRepository::setNote(qint64 itemId, const QString &note)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE shortlist_items SET note = :note WHERE id = :id"));
    query.bindValue(QStringLiteral(":note"), noteValue(note));
    query.bindValue(QStringLiteral(":id"), itemId);
    if (!query.exec())
        return sqlError(query);
    return Done{};
}

Status ShortlistRepository::removeItem(qint64 itemId)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM shortlist_items WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), itemId);
    if (!query.exec())
        return sqlError(query);
    return Done{};
}

Status ShortlistRepository::reorder(qint64 shortlistId, const QList<qint64> &itemIds)
{
    auto current = items(shortlistId);
    if (!current)
        return current.error();
    QList<qint64> have;
    for (const ShortlistItem &item : *current)
        have.append(item.id);
    QList<qint64> sortedHave = have;
    QList<qint64> sortedWant = itemIds;
    std::sort(sortedHave.begin(), sortedHave.end());
    std::sort(sortedWant.begin(), sortedWant.end());
    if (sortedHave != sortedWant)
        return Error{QCoreApplication::translate("ShortlistRepository",
                                                 "the new order does not hold the list's items"),
                     {},
                     0,
                     {}};
    Transaction transaction(m_db);
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "UPDATE shortlist_items SET position = :position WHERE id = :id AND shortlist_id = :list"));
    for (int i = 0; i < itemIds.size(); ++i) {
        query.bindValue(QStringLiteral(":position"), i);
        query.bindValue(QStringLiteral(":id"), itemIds.at(i));
        query.bindValue(QStringLiteral(":list"), shortlistId);
        if (!query.exec())
            return sqlError(query);
    }
    if (const Status touched = touch(shortlistId); !touched)
        return touched;
    return transaction.commit();
}

Status ShortlistRepository::moveItem(qint64 shortlistId, qint64 itemId, int newPosition)
{
    auto current = items(shortlistId);
    if (!current)
        return current.error();
    QList<qint64> order;
    for (const ShortlistItem &item : *current)
        order.append(item.id);
    const qsizetype from = order.indexOf(itemId);
    if (from < 0)
        return Error{
            QCoreApplication::translate("ShortlistRepository", "the item is not in this shortlist"),
            {},
            0,
            {}};
    order.removeAt(from);
    order.insert(std::clamp<qsizetype>(newPosition, 0, order.size()), itemId);
    return reorder(shortlistId, order);
}
