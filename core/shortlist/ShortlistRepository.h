#pragma once

// All SQL of the purchase shortlists (the shortlists and shortlist_items tables of schema 4), with
// bound values; changes of several rows run in one transaction. Kept beside CatalogRepository on
// the same Database. Items refer to GPUs by id without a foreign key: the catalog may drop a GPU
// that a list still holds.

#include "Result.h"
#include "Shortlist.h"

#include <QList>

class Database;

class ShortlistRepository
{
public:
    explicit ShortlistRepository(Database &db);

    // Every list with its items, in name order.
    Result<QList<Shortlist>> shortlists() const;
    Result<std::optional<Shortlist>> shortlist(qint64 id) const;
    // The list with this name (compared without case), if any.
    Result<std::optional<Shortlist>> shortlistByName(const QString &name) const;

    // A new empty list; an error when the name is empty or taken.
    Result<qint64> create(const QString &name);
    Status rename(qint64 id, const QString &name);
    // A copy of the list and its items under a new name.
    Result<qint64> duplicate(qint64 id, const QString &newName);
    // A new list holding these items in this order, in one transaction: all of it or, on any
    // error (the name empty or taken, a quantity below 1), nothing.
    Result<qint64> createWithItems(const QString &name, const QList<ShortlistItem> &items);
    Status remove(qint64 id);

    // Appends the GPU at the end of the list; quantity nullopt: as the workload needs.
    Result<qint64> addItem(qint64 shortlistId, const QString &gpuId,
                           std::optional<int> quantity = std::nullopt, const QString &note = {});
    Status setQuantity(qint64 itemId, std::optional<int> quantity);
    Status setNote(qint64 itemId, const QString &note);
    Status removeItem(qint64 itemId);
    // Puts the list's items in this order; itemIds must be exactly the list's items.
    Status reorder(qint64 shortlistId, const QList<qint64> &itemIds);
    // Moves one item to a new 0-based place, shifting the others.
    Status moveItem(qint64 shortlistId, qint64 itemId, int newPosition);

private:
    // A trimmed name a list may take: not empty, and no other list (than self) has it.
    Status checkName(const QString &trimmed, std::optional<qint64> self) const;
    // addItem() without a transaction of its own.
    Result<qint64> insertItem(qint64 shortlistId, const QString &gpuId, std::optional<int> quantity,
                              const QString &note);
    Result<QList<ShortlistItem>> items(qint64 shortlistId) const;
    Result<std::optional<Shortlist>> readOne(const QString &where, const QVariant &value) const;
    Status touch(qint64 shortlistId);

    Database &m_db;
};
