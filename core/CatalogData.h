#pragma once

// A whole catalog as shipped with the application: its version and date, GPUs, models and the
// dated exchange rate its converted prices were made with.

#include "GpuSpec.h"
#include "ModelSpec.h"

#include <QDate>
#include <QList>
#include <QString>

struct CatalogInfo
{
    int version = 0;
    QDate date;
    double usdSekRate = 0;
    QDate usdSekRateDate;
    QString usdSekRateSource;
};

struct CatalogData
{
    CatalogInfo info;
    QList<GpuSpec> gpus;
    QList<ModelSpec> models;
};
