#include "CatalogExporter.h"

#include "CatalogCsv.h"
#include "CatalogJsonFile.h"
#include "CatalogRepository.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSaveFile>

namespace {

template <typename Spec> QList<Spec> selected(const QList<Spec> &rows, bool userOnly)
{
    if (!userOnly)
        return rows;
    QList<Spec> mine;
    for (const Spec &row : rows) {
        if (row.origin == RowOrigin::User)
            mine.append(row);
    }
    return mine;
}

} // namespace

CatalogExporter::CatalogExporter(const CatalogRepository &repository)
    : m_repository(repository)
{}

std::optional<CatalogFileFormat> CatalogExporter::formatFromName(const QString &name)
{
    const QString key = name.toLower();
    if (key == u"csv")
        return CatalogFileFormat::Csv;
    if (key == u"json")
        return CatalogFileFormat::Json;
    return std::nullopt;
}

Result<QByteArray> CatalogExporter::toBytes(const CatalogExportOptions &options) const
{
    if (!options.gpus && !options.models)
        return Error{
            QCoreApplication::translate("CatalogExporter", "choose GPUs, models or both to export"),
            {},
            0,
            {}};
    if (options.format == CatalogFileFormat::Csv && options.gpus && options.models)
        return Error{QCoreApplication::translate(
                         "CatalogExporter",
                         "a CSV file holds either GPUs or models: export them one at a time"),
                     {},
                     0,
                     {}};
    QList<GpuSpec> gpus;
    if (options.gpus) {
        const auto all = m_repository.gpus();
        if (!all)
            return all.error();
        gpus = selected(*all, options.userOnly);
    }
    QList<ModelSpec> models;
    if (options.models) {
        const auto all = m_repository.models();
        if (!all)
            return all.error();
        models = selected(*all, options.userOnly);
    }
    if (options.format == CatalogFileFormat::Json)
        return CatalogJsonFile::write(gpus, models);
    return (options.gpus ? CatalogCsv::writeGpus(gpus) : CatalogCsv::writeModels(models)).toUtf8();
}

Status CatalogExporter::write(QIODevice &device, const CatalogExportOptions &options) const
{
    const auto bytes = toBytes(options);
    if (!bytes)
        return bytes.error();
    if (device.write(*bytes) != bytes->size())
        return Error{QCoreApplication::translate("CatalogExporter", "cannot write: %1")
                         .arg(device.errorString()),
                     {},
                     0,
                     {}};
    return Done{};
}

Status CatalogExporter::writeFile(const QString &path, const CatalogExportOptions &options) const
{
    const auto bytes = toBytes(options);
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("CatalogExporter", "cannot write the file: %1")
                         .arg(file.errorString()),
                     path,
                     0,
                     {}};
    // QSaveFile::commit() in Qt 6.4 does not notice a failed flush of its write buffer (a full
    // disk): write and flush here, and throw the temporary file away if either falls short.
    if (file.write(*bytes) != bytes->size() || !file.flush())
        file.cancelWriting();
    if (!file.commit())
        return Error{QCoreApplication::translate("CatalogExporter", "cannot write the file: %1")
                         .arg(file.errorString()),
                     path,
                     0,
                     {}};
    return Done{};
}
