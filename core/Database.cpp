#include "Database.h"

#include "Logging.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryFile>

namespace {

// Each migration takes the schema from version i to i + 1. Never edit one that has shipped:
// add a new one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 1: GPUs, models and catalog facts. Column names are those of the catalog CSV format.
        {
            QStringLiteral("CREATE TABLE catalog_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE gpus ("
                " id TEXT PRIMARY KEY,"
                " origin TEXT NOT NULL CHECK (origin IN ('bundled', 'user')),"
                " name TEXT NOT NULL, vendor TEXT NOT NULL, class TEXT NOT NULL,"
                " architecture TEXT, release_year INTEGER,"
                " vram_gb REAL, usable_vram_gib REAL, memory_type TEXT, bandwidth_gbps REAL,"
                " fp32_tflops REAL, fp16_tensor_tflops REAL, bf16_tensor_tflops REAL,"
                " int8_tensor_tops REAL, fp8_support TEXT, int4_support TEXT, tdp_w REAL,"
                " form_factor TEXT, pcie_gen INTEGER, pcie_lanes INTEGER, fabric TEXT,"
                " fabric_gbps REAL, software_stack TEXT, launch_price_usd REAL,"
                " street_price_sek REAL, street_price_date TEXT, street_price_converted TEXT,"
                " cloud_usd_per_hour REAL, cloud_price_date TEXT, sources TEXT NOT NULL,"
                " notes TEXT)"),
            QStringLiteral(
                "CREATE TABLE models ("
                " id TEXT PRIMARY KEY,"
                " origin TEXT NOT NULL CHECK (origin IN ('bundled', 'user')),"
                " name TEXT NOT NULL, family TEXT, hf_repo TEXT,"
                " params_total_b REAL NOT NULL, params_active_b REAL NOT NULL,"
                " layers INTEGER NOT NULL, hidden_size INTEGER NOT NULL,"
                " intermediate_size INTEGER, attention_heads INTEGER NOT NULL,"
                " kv_heads INTEGER NOT NULL, head_dim INTEGER NOT NULL,"
                " vocab_size INTEGER NOT NULL, tied_embeddings TEXT,"
                " max_context INTEGER NOT NULL, attention TEXT, mlp TEXT, qkv_bias TEXT,"
                " sliding_window INTEGER, sliding_window_layers INTEGER,"
                " experts_total INTEGER, experts_active INTEGER, shared_experts INTEGER,"
                " moe_intermediate_size INTEGER, dense_layers INTEGER, q_lora_rank INTEGER,"
                " kv_lora_rank INTEGER, qk_nope_head_dim INTEGER, qk_rope_head_dim INTEGER,"
                " v_head_dim INTEGER, sources TEXT NOT NULL, notes TEXT)"),
        },
        // 2: the user's own speed measurements, which calibrate the estimator.
        {
            QStringLiteral("CREATE TABLE measurements ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " gpu_id TEXT NOT NULL, gpu_count INTEGER NOT NULL DEFAULT 1,"
                           " model_id TEXT NOT NULL, format TEXT NOT NULL, engine TEXT NOT NULL,"
                           " context INTEGER, batch INTEGER NOT NULL DEFAULT 1,"
                           " decode_tokens_per_s REAL, prefill_tokens_per_s REAL,"
                           " measured_on TEXT, source TEXT, notes TEXT)"),
            QStringLiteral("CREATE INDEX measurements_gpu ON measurements (gpu_id)"),
        },
        // 3: the bundled values of every bundled row, kept apart from the rows in use so that a
        // row the user has edited can be reverted to the newest bundled values.
        {
            QStringLiteral(
                "CREATE TABLE bundled_gpus ("
                " id TEXT PRIMARY KEY,"
                " name TEXT NOT NULL, vendor TEXT NOT NULL, class TEXT NOT NULL,"
                " architecture TEXT, release_year INTEGER,"
                " vram_gb REAL, usable_vram_gib REAL, memory_type TEXT, bandwidth_gbps REAL,"
                " fp32_tflops REAL, fp16_tensor_tflops REAL, bf16_tensor_tflops REAL,"
                " int8_tensor_tops REAL, fp8_support TEXT, int4_support TEXT, tdp_w REAL,"
                " form_factor TEXT, pcie_gen INTEGER, pcie_lanes INTEGER, fabric TEXT,"
                " fabric_gbps REAL, software_stack TEXT, launch_price_usd REAL,"
                " street_price_sek REAL, street_price_date TEXT, street_price_converted TEXT,"
                " cloud_usd_per_hour REAL, cloud_price_date TEXT, sources TEXT NOT NULL,"
                " notes TEXT)"),
            QStringLiteral(
                "CREATE TABLE bundled_models ("
                " id TEXT PRIMARY KEY,"
                " name TEXT NOT NULL, family TEXT, hf_repo TEXT,"
                " params_total_b REAL NOT NULL, params_active_b REAL NOT NULL,"
                " layers INTEGER NOT NULL, hidden_size INTEGER NOT NULL,"
                " intermediate_size INTEGER, attention_heads INTEGER NOT NULL,"
                " kv_heads INTEGER NOT NULL, head_dim INTEGER NOT NULL,"
                " vocab_size INTEGER NOT NULL, tied_embeddings TEXT,"
                " max_context INTEGER NOT NULL, attention TEXT, mlp TEXT, qkv_bias TEXT,"
                " sliding_window INTEGER, sliding_window_layers INTEGER,"
                " experts_total INTEGER, experts_active INTEGER, shared_experts INTEGER,"
                " moe_intermediate_size INTEGER, dense_layers INTEGER, q_lora_rank INTEGER,"
                " kv_lora_rank INTEGER, qk_nope_head_dim INTEGER, qk_rope_head_dim INTEGER,"
                " v_head_dim INTEGER, sources TEXT NOT NULL, notes TEXT)"),
            // Rows still bundled have their bundled values at hand; rows edited before this
            // version get theirs with the next bundled catalog.
            QStringLiteral(
                "INSERT INTO bundled_gpus SELECT"
                " id, name, vendor, class, architecture, release_year, vram_gb, usable_vram_gib,"
                " memory_type, bandwidth_gbps, fp32_tflops, fp16_tensor_tflops,"
                " bf16_tensor_tflops, int8_tensor_tops, fp8_support, int4_support, tdp_w,"
                " form_factor, pcie_gen, pcie_lanes, fabric, fabric_gbps, software_stack,"
                " launch_price_usd, street_price_sek, street_price_date, street_price_converted,"
                " cloud_usd_per_hour, cloud_price_date, sources, notes"
                " FROM gpus WHERE origin = 'bundled'"),
            QStringLiteral(
                "INSERT INTO bundled_models SELECT"
                " id, name, family, hf_repo, params_total_b, params_active_b, layers,"
                " hidden_size, intermediate_size, attention_heads, kv_heads, head_dim,"
                " vocab_size, tied_embeddings, max_context, attention, mlp, qkv_bias,"
                " sliding_window, sliding_window_layers, experts_total, experts_active,"
                " shared_experts, moe_intermediate_size, dense_layers, q_lora_rank,"
                " kv_lora_rank, qk_nope_head_dim, qk_rope_head_dim, v_head_dim, sources, notes"
                " FROM models WHERE origin = 'bundled'"),
        },
        // 4: the user's purchase shortlists. Items name a GPU by id without a foreign key, so a
        // catalog update that drops the GPU leaves the item in place (shown as missing).
        {
            QStringLiteral("CREATE TABLE shortlists ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),"
                           " created TEXT NOT NULL, modified TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE shortlist_items ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " shortlist_id INTEGER NOT NULL"
                           "  REFERENCES shortlists (id) ON DELETE CASCADE,"
                           " gpu_id TEXT NOT NULL,"
                           " quantity INTEGER CHECK (quantity IS NULL OR quantity > 0),"
                           " note TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX shortlist_items_list ON shortlist_items (shortlist_id, "
                           "position)"),
        },
        // 5: bundled rows the user has deleted, which catalog updates must not bring back. Before
        // this version a deletion left the row's bundled copy behind: those are the deletions.
        {
            QStringLiteral("CREATE TABLE deleted_bundled ("
                           " kind TEXT NOT NULL CHECK (kind IN ('gpu', 'model')),"
                           " id TEXT NOT NULL, deleted TEXT NOT NULL,"
                           " PRIMARY KEY (kind, id))"),
            QStringLiteral("INSERT INTO deleted_bundled (kind, id, deleted)"
                           " SELECT 'gpu', id, datetime('now') FROM bundled_gpus"
                           " WHERE id NOT IN (SELECT id FROM gpus)"),
            QStringLiteral("INSERT INTO deleted_bundled (kind, id, deleted)"
                           " SELECT 'model', id, datetime('now') FROM bundled_models"
                           " WHERE id NOT IN (SELECT id FROM models)"),
        },
    };
    return steps;
}

QAtomicInt connectionCounter;

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return int(migrations().size());
}

Result<std::unique_ptr<Database>> Database::openConnection(const QString &path)
{
    if (path != u":memory:") {
        const QFileInfo info(path);
        if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
            return Error{QCoreApplication::translate("Database", "cannot create the folder %1")
                             .arg(info.absolutePath()),
                         path,
                         0,
                         {}};
        }
        // SQLite would open a read-only file read-only and fail at the first write (and, in WAL
        // mode, cannot even read without writing beside the file): say so at once instead.
        QTemporaryFile probe(info.absolutePath() + QStringLiteral("/.gpuadvisor-probe-XXXXXX"));
        if (!probe.open()) {
            return Error{QCoreApplication::translate(
                             "Database",
                             "the folder %1 is not writable, so the catalog cannot be kept there")
                             .arg(info.absolutePath()),
                         path,
                         0,
                         {}};
        }
        if (QFile file(path); info.exists() && !file.open(QIODevice::ReadWrite)) {
            return Error{QCoreApplication::translate("Database", "the database file is read-only"),
                         path,
                         0,
                         {}};
        }
    }
    const QString name =
        QStringLiteral("gpuadvisor-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    std::unique_ptr<Database> database(new Database(path, name));
    QSqlDatabase db = database->connection();
    if (!db.open())
        return Error{QCoreApplication::translate("Database", "cannot open the database: %1")
                         .arg(db.lastError().text()),
                     path,
                     0,
                     {}};

    QSqlQuery query(db);
    // A file that is not a database shows up at the first statement, not at open().
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")) ||
        !query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        return Error{QCoreApplication::translate("Database",
                                                 "the file is not a readable catalog database: %1")
                         .arg(query.lastError().text()),
                     path,
                     0,
                     {}};
    }
    if (path != u":memory:")
        query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    return database;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    auto db = openConnection(path);
    if (!db)
        return db;
    if (const Status migrated = (*db)->migrateTo(latestSchemaVersion()); !migrated)
        return migrated.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString &path, int version)
{
    auto db = openConnection(path);
    if (!db)
        return db;
    if (const Status migrated = (*db)->migrateTo(version); !migrated)
        return migrated.error();
    return db;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status Database::migrateTo(int version)
{
    const int current = schemaVersion();
    if (current < 0)
        return Error{QCoreApplication::translate("Database", "cannot read the schema version"),
                     m_path,
                     0,
                     {}};
    if (current > latestSchemaVersion()) {
        return Error{QCoreApplication::translate(
                         "Database",
                         "the database was made by a newer version of GPU Advisor (schema %1, "
                         "this version knows up to %2); it was left unchanged")
                         .arg(current)
                         .arg(latestSchemaVersion()),
                     m_path,
                     0,
                     {}};
    }
    for (int step = current; step < version; ++step) {
        Transaction transaction(*this);
        QSqlQuery query(connection());
        for (const QString &statement : migrations().at(step)) {
            if (!query.exec(statement)) {
                return Error{
                    QCoreApplication::translate("Database", "migration to schema %1 failed: %2")
                        .arg(step + 1)
                        .arg(query.lastError().text()),
                    m_path,
                    0,
                    {}};
            }
        }
        // PRAGMA takes no bound parameters; the value is an int from this code.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step + 1)))
            return Error{QCoreApplication::translate("Database", "cannot set the schema version"),
                         m_path,
                         0,
                         {}};
        if (const Status committed = transaction.commit(); !committed)
            return committed;
        qCInfo(lcDatabase) << "migrated" << m_path << "to schema" << step + 1;
    }
    return Done{};
}

Transaction::Transaction(const Database &db)
    : m_connectionName(db.connectionName())
{
    // IMMEDIATE takes the write lock at once, waiting out another instance's write for up to the
    // busy timeout. A deferred transaction that reads before it writes fails at its first write,
    // without waiting, when another instance has written in between ("database is locked").
    QSqlQuery begin(QSqlDatabase::database(m_connectionName, false));
    m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        qCWarning(lcDatabase) << "cannot begin a transaction";
}

Transaction::~Transaction()
{
    if (m_active)
        QSqlDatabase::database(m_connectionName, false).rollback();
}

Status Transaction::commit()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!m_active)
        return Error{QCoreApplication::translate("Database", "no transaction is open"), {}, 0, {}};
    m_active = false;
    if (!db.commit()) {
        const QString text = db.lastError().text();
        db.rollback();
        return Error{
            QCoreApplication::translate("Database", "cannot save the changes: %1").arg(text),
            {},
            0,
            {}};
    }
    return Done{};
}
