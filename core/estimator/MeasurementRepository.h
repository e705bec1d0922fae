#pragma once

// All SQL of the user's own measurements (the measurements table of schema 2): list, add and
// remove, with bound values. Kept beside CatalogRepository on the same Database.

#include "Result.h"
#include "UserMeasurement.h"

#include <QList>

class Database;

class MeasurementRepository
{
public:
    explicit MeasurementRepository(Database &db);

    // Every measurement, or those of one GPU, oldest first.
    Result<QList<UserMeasurement>> measurements(const QString &gpuId = {}) const;
    // Saves a new measurement and returns its id.
    Result<qint64> add(const UserMeasurement &measurement);
    Status remove(qint64 id);

private:
    Database &m_db;
};
