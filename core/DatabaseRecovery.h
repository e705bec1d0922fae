#pragma once

// Survives a damaged catalog database: finds the damage before the file is used (SQLite's
// quick_check), moves the damaged file aside as a timestamped backup, and once a fresh catalog has
// been made, copies into it what can still be read of the user's own data: GPUs and models of
// origin 'user', measurements, and every other table of the schema (shortlists) whole.
// Bundled rows are not copied: the fresh catalog has them from the bundled catalog.

#include "Result.h"

#include <QString>
#include <QStringList>

#include <optional>

class Database;

struct RecoveryReport
{
    QString damagedPath; // where the database was
    QString backupPath;  // where the damaged file is now
    QString problem;     // what the integrity check found
    int rowsRecovered = 0;
    // Tables of which some rows could not be read (their readable rows were recovered).
    QStringList incompleteTables;

    // A translated sentence for the user: what happened, where the backup is, what was saved.
    QString message() const;
};

class DatabaseRecovery
{
public:
    // What is wrong with the SQLite file at path, or nothing when it is intact, absent, empty or
    // not an SQLite file at all (that one is left for Database::open to refuse, untouched).
    static std::optional<QString> findDamage(const QString &path);

    // Renames the file (and its -wal and -shm) to "<path>.damaged-<yyyyMMdd-hhmmss>".
    static Result<RecoveryReport> moveAside(const QString &path, const QString &problem);

    // Copies the readable user rows of the backup into the fresh database; fills in the counts.
    static void salvage(Database &fresh, RecoveryReport &report);
};
