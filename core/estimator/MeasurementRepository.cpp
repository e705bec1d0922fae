#include "MeasurementRepository.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

Error sqlError(const QSqlQuery &query)
{
    return Error{QCoreApplication::translate("MeasurementRepository", "measurements: %1")
                     .arg(query.lastError().text()),
                 {},
                 0,
                 {}};
}

template <typename T> QVariant optional(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

} // namespace

MeasurementRepository::MeasurementRepository(Database &db)
    : m_db(db)
{}

Result<QList<UserMeasurement>> MeasurementRepository::measurements(const QString &gpuId) const
{
    QSqlQuery query(m_db.connection());
    QString sql = QStringLiteral(
        "SELECT id, gpu_id, gpu_count, model_id, format, engine, context, batch, "
        "decode_tokens_per_s, prefill_tokens_per_s, measured_on, source, notes FROM measurements");
    if (!gpuId.isEmpty())
        sql += QStringLiteral(" WHERE gpu_id = :gpu");
    sql += QStringLiteral(" ORDER BY id");
    query.prepare(sql);
    if (!gpuId.isEmpty())
        query.bindValue(QStringLiteral(":gpu"), gpuId);
    if (!query.exec())
        return sqlError(query);
    QList<UserMeasurement> list;
    while (query.next()) {
        UserMeasurement m;
        m.id = query.value(0).toLongLong();
        m.gpuId = query.value(1).toString();
        m.gpuCount = query.value(2).toInt();
        m.modelId = query.value(3).toString();
        m.format = query.value(4).toString();
        m.engine = query.value(5).toString();
        if (!query.value(6).isNull())
            m.context = query.value(6).toInt();
        m.batch = query.value(7).toInt();
        if (!query.value(8).isNull())
            m.decodeTokensPerS = query.value(8).toDouble();
        if (!query.value(9).isNull())
            m.prefillTokensPerS = query.value(9).toDouble();
        m.measuredOn = QDate::fromString(query.value(10).toString(), Qt::ISODate);
        m.source = query.value(11).toString();
        m.notes = query.value(12).toString();
        list.append(m);
    }
    return list;
}

Result<qint64> MeasurementRepository::add(const UserMeasurement &m)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO measurements (gpu_id, gpu_count, model_id, format, engine, context, batch, "
        "decode_tokens_per_s, prefill_tokens_per_s, measured_on, source, notes) VALUES (:gpu, "
        ":count, :model, :format, :engine, :context, :batch, :decode, :prefill, :on, :source, "
        ":notes)"));
    query.bindValue(QStringLiteral(":gpu"), m.gpuId);
    query.bindValue(QStringLiteral(":count"), m.gpuCount);
    query.bindValue(QStringLiteral(":model"), m.modelId);
    query.bindValue(QStringLiteral(":format"), m.format);
    query.bindValue(QStringLiteral(":engine"), m.engine);
    query.bindValue(QStringLiteral(":context"), optional(m.context));
    query.bindValue(QStringLiteral(":batch"), m.batch);
    query.bindValue(QStringLiteral(":decode"), optional(m.decodeTokensPerS));
    query.bindValue(QStringLiteral(":prefill"), optional(m.prefillTokensPerS));
    query.bindValue(QStringLiteral(":on"), m.measuredOn.isValid()
                                               ? QVariant(m.measuredOn.toString(Qt::ISODate))
                                               : QVariant());
    query.bindValue(QStringLiteral(":source"), m.source);
    query.bindValue(QStringLiteral(":notes"), m.notes);
    if (!query.exec())
        return sqlError(query);
    return query.lastInsertId().toLongLong();
}

Status MeasurementRepository::remove(qint64 id)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM measurements WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return sqlError(query);
    return Done{};
}
