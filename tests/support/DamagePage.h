#pragma once

// Garbage over the first page of one table of a closed catalog file, as a failing disk leaves
// it, for the tests of damage and recovery. Returns what went wrong, empty when done.

#include "Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QString>

inline QString overwriteFirstPageOf(const QString &path, const QString &table)
{
    qint64 pageSize = 0;
    qint64 page = 0;
    {
        auto db = Database::open(path);
        if (!db)
            return db.error().toString();
        QSqlQuery query((*db)->connection());
        if (!query.exec(QStringLiteral("PRAGMA page_size")) || !query.next())
            return QStringLiteral("no page size");
        pageSize = query.value(0).toLongLong();
        query.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
        query.addBindValue(table);
        if (!query.exec() || !query.next())
            return QStringLiteral("no table %1").arg(table);
        page = query.value(0).toLongLong();
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek((page - 1) * pageSize) ||
        f.write(QByteArray(pageSize, '\xA5')) != pageSize)
        return f.errorString();
    return {};
}
