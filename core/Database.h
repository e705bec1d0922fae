#pragma once

// The SQLite file behind the catalog: opens it with its own Qt SQL connection, brings its schema
// up to date through ordered migrations (version in PRAGMA user_version) and refuses a file from
// a newer version of the application rather than altering it.

#include "Result.h"

#include <QString>

#include <memory>

class QSqlDatabase;

class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating the file and its folder if needed) and migrates to the latest schema.
    static Result<std::unique_ptr<Database>> open(const QString &path);
    // Opens without migrating, and migrates only up to the given version: for migration tests.
    static Result<std::unique_ptr<Database>> openAtVersion(const QString &path, int version);

    static int latestSchemaVersion();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const;

    Status migrateTo(int version);

private:
    Database(QString path, QString connectionName);
    static Result<std::unique_ptr<Database>> openConnection(const QString &path);

    QString m_path;
    QString m_connectionName;
};

// Runs its statements in one transaction: commit() makes them stick, anything else rolls them
// back when the object goes out of scope.
class Transaction
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    Status commit();

private:
    QString m_connectionName;
    bool m_active = false;
};
