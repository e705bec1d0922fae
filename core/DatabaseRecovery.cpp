#include "DatabaseRecovery.h"

#include "Database.h"
#include "Logging.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

QAtomicInt connectionCounter;

// A connection of its own to another SQLite file, read-only, closed and removed with the object.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString &path)
        : m_name(
              QStringLiteral("gpuadvisor-recovery-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        m_open = db.open();
    }
    ~ReadOnlyConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadOnlyConnection(const ReadOnlyConnection &) = delete;
    ReadOnlyConnection &operator=(const ReadOnlyConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), also as extended codes.
bool isDamage(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 11 || code == 26;
}

// Identifiers cannot be bound; these come from the fresh database's own schema.
QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QStringList columns(const QSqlDatabase &db, const QString &table)
{
    QStringList names;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table))))
        return names;
    while (query.next())
        names.append(query.value(1).toString());
    return names;
}

// Rows of these tables are not the user's, or only those of origin 'user' are.
bool isBundledOnly(const QString &table)
{
    return table == u"catalog_meta" || table == u"bundled_gpus" || table == u"bundled_models";
}

bool hasOrigin(const QString &table)
{
    return table == u"gpus" || table == u"models";
}

// Copies the rows the select reads until it meets damage; false if it stopped early.
bool copyRows(QSqlQuery &select, QSqlQuery &insert, int columnCount)
{
    while (select.next()) {
        for (int i = 0; i < columnCount; ++i)
            insert.bindValue(i, select.value(i));
        if (!insert.exec())
            qCWarning(lcDatabase) << "recovery: cannot insert a row:" << insert.lastError().text();
    }
    return !select.lastError().isValid();
}

} // namespace

QString RecoveryReport::message() const
{
    const int rows = rowsRecovered;
    QString text = QCoreApplication::translate(
                       "DatabaseRecovery",
                       "The catalog database was damaged (%1). It was moved aside to %2 and a "
                       "fresh catalog was made; %n of your own rows were recovered from it.",
                       nullptr, rows)
                       .arg(problem, backupPath);
    if (!incompleteTables.isEmpty()) {
        text += u' ' + QCoreApplication::translate(
                           "DatabaseRecovery", "Some rows of these tables could not be read: %1.")
                           .arg(incompleteTables.join(QStringLiteral(", ")));
    }
    return text;
}

std::optional<QString> DatabaseRecovery::findDamage(const QString &path)
{
    if (path == u":memory:" || QFileInfo(path).size() == 0 || !hasSqliteHeader(path))
        return std::nullopt;
    // Only damage counts: a file that cannot be opened or read for another reason (a folder
    // without write access, a lock) is left for Database::open to report, and never moved.
    ReadOnlyConnection connection(path);
    if (!connection.isOpen())
        return std::nullopt;
    QSqlQuery query(connection.db());
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        if (!isDamage(query.lastError()))
            return std::nullopt;
        return query.lastError().text();
    }
    QStringList findings;
    while (query.next())
        findings.append(query.value(0).toString());
    if (query.lastError().isValid() && isDamage(query.lastError()))
        findings.append(query.lastError().text());
    if (findings.isEmpty() || findings == QStringList{QStringLiteral("ok")})
        return std::nullopt;
    // The first findings say enough; a badly damaged file can have thousands, and SQLite may
    // give many in one row, one a line, under a "*** in database main ***" heading.
    QStringList lines;
    for (const QString &finding : std::as_const(findings)) {
        for (const QString &line : finding.split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.startsWith(QStringLiteral("*** ")))
                lines.append(line.trimmed());
        }
    }
    constexpr int kShown = 3;
    QString problem = lines.mid(0, kShown).join(QStringLiteral("; "));
    if (lines.size() > kShown)
        problem += QStringLiteral("; …");
    return problem.isEmpty() ? findings.first() : problem;
}

Result<RecoveryReport> DatabaseRecovery::moveAside(const QString &path, const QString &problem)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backup = QStringLiteral("%1.damaged-%2").arg(path, stamp);
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = QStringLiteral("%1.damaged-%2-%3").arg(path, stamp).arg(n);
    if (!QFile::rename(path, backup)) {
        return Error{QCoreApplication::translate(
                         "DatabaseRecovery",
                         "the database is damaged (%1) and could not be moved aside to %2")
                         .arg(problem, backup),
                     path,
                     0,
                     {}};
    }
    // The write-ahead log holds the newest committed changes: it goes with the file.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, backup + suffix))
            QFile::remove(path + suffix);
    }
    qCWarning(lcDatabase) << "damaged database" << path << "moved to" << backup << ":" << problem;
    RecoveryReport report;
    report.damagedPath = path;
    report.backupPath = backup;
    report.problem = problem;
    return report;
}

void DatabaseRecovery::salvage(Database &fresh, RecoveryReport &report)
{
    ReadOnlyConnection damaged(report.backupPath);
    QSqlDatabase target = fresh.connection();
    QStringList tables;
    {
        QSqlQuery query(target);
        query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                  "NOT LIKE 'sqlite_%' ORDER BY rowid"));
        while (query.next()) {
            if (!isBundledOnly(query.value(0).toString()))
                tables.append(query.value(0).toString());
        }
    }
    if (!damaged.isOpen()) {
        report.incompleteTables = tables;
        return;
    }

    QSqlQuery pragma(target);
    // Rows come table by table, so a row may arrive before the row it refers to.
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    {
        Transaction transaction(fresh);
        for (const QString &table : tables) {
            const QStringList targetColumns = columns(target, table);
            const QStringList sourceColumnList = columns(damaged.db(), table);
            const QSet<QString> sourceColumns(sourceColumnList.cbegin(), sourceColumnList.cend());
            QStringList common;
            for (const QString &column : targetColumns) {
                if (sourceColumns.contains(column))
                    common.append(quoted(column));
            }
            if (common.isEmpty()) {
                if (!sourceColumnList.isEmpty() || hasOrigin(table))
                    report.incompleteTables.append(table);
                continue;
            }
            const QString columnList = common.join(QStringLiteral(", "));
            QString placeholders = QStringLiteral("?");
            for (int i = 1; i < common.size(); ++i)
                placeholders += QStringLiteral(", ?");
            QSqlQuery insert(target);
            insert.prepare(QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
                               .arg(quoted(table), columnList, placeholders));
            const QString where =
                hasOrigin(table) ? QStringLiteral(" WHERE origin = 'user'") : QString();
            const QString select =
                QStringLiteral("SELECT %1 FROM %2%3").arg(columnList, quoted(table), where);

            QSqlQuery forward(damaged.db());
            forward.setForwardOnly(true);
            bool complete = forward.exec(select) && copyRows(forward, insert, int(common.size()));
            if (!complete) {
                // Read from the other end too: that recovers the rows behind a damaged page.
                QSqlQuery backward(damaged.db());
                backward.setForwardOnly(true);
                if (backward.exec(select + QStringLiteral(" ORDER BY rowid DESC")))
                    copyRows(backward, insert, int(common.size()));
                report.incompleteTables.append(table);
            }
        }
        // The fresh catalog brought back the bundled rows the user had deleted: out again.
        for (const auto &[kind, table] : {std::pair{"gpu", "gpus"}, std::pair{"model", "models"}}) {
            QSqlQuery remove(target);
            remove.prepare(QStringLiteral("DELETE FROM %1 WHERE origin = 'bundled' AND id IN"
                                          " (SELECT id FROM deleted_bundled WHERE kind = ?)")
                               .arg(QLatin1String(table)));
            remove.addBindValue(QLatin1String(kind));
            if (!remove.exec())
                qCWarning(lcDatabase)
                    << "recovery: cannot leave out deleted rows:" << remove.lastError().text();
        }
        for (const QString &table : tables) {
            QSqlQuery count(target);
            const QString where =
                hasOrigin(table) ? QStringLiteral(" WHERE origin = 'user'") : QString();
            if (count.exec(QStringLiteral("SELECT count(*) FROM %1%2").arg(quoted(table), where)) &&
                count.next()) {
                report.rowsRecovered += count.value(0).toInt();
            }
        }
        if (const Status committed = transaction.commit(); !committed)
            qCWarning(lcDatabase) << "recovery:" << committed.error().toString();
    }
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    qCWarning(lcDatabase) << "recovered" << report.rowsRecovered << "rows from"
                          << report.backupPath;
}
