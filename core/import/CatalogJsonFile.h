#pragma once

// Reads and writes the catalog's JSON file format (docs/CATALOG-FORMAT.md): one object with
// "format": "gpu-advisor-catalog", "version": 1 and arrays "gpus" and "models" whose entries
// have the CSV format's columns as keys. Values go through the same checks as CSV cells, and
// reading reports every problem with the entry ("gpus[2].vram_gb") and the line it is on.

#include "GpuSpec.h"
#include "ModelSpec.h"
#include "Result.h"

#include <QByteArray>
#include <QList>

struct ParsedCatalog
{
    QList<GpuSpec> gpus;
    QList<ModelSpec> models;
    QList<Error> errors;
    bool ok() const { return errors.isEmpty(); }
};

namespace CatalogJsonFile {

QString formatName();                          // "gpu-advisor-catalog"
int formatVersion();                           // 1
bool looksLikeCatalog(const QByteArray &json); // an object whose "format" names this format

ParsedCatalog read(const QByteArray &json, const QString &fileName = {});

// Keys in the CSV column order, two-space indents, a final newline: the same rows give the same
// bytes.
QByteArray write(const QList<GpuSpec> &gpus, const QList<ModelSpec> &models);

} // namespace CatalogJsonFile
