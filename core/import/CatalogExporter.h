#pragma once

// Writes the catalog (all of it or only the user's rows; GPUs, models or both) in the catalog's
// CSV or JSON file format to a QIODevice, or atomically to a file. What it writes reads back
// through CatalogImporter to the same rows, and exporting those gives the same bytes.

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

class CatalogRepository;
class QIODevice;

enum class CatalogFileFormat
{
    Csv,
    Json
};

struct CatalogExportOptions
{
    CatalogFileFormat format = CatalogFileFormat::Json;
    bool userOnly = false; // rows the user added, imported or edited
    bool gpus = true;
    bool models = true; // a CSV file holds one of the two
};

class CatalogExporter
{
public:
    explicit CatalogExporter(const CatalogRepository &repository);

    // "csv" or "json" (any case), from a --format value or a file's suffix.
    static std::optional<CatalogFileFormat> formatFromName(const QString &name);

    Result<QByteArray> toBytes(const CatalogExportOptions &options) const;
    Status write(QIODevice &device, const CatalogExportOptions &options) const;
    // Through QSaveFile: the file is whole or untouched.
    Status writeFile(const QString &path, const CatalogExportOptions &options) const;

private:
    const CatalogRepository &m_repository;
};
