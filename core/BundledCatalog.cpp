#include "BundledCatalog.h"

#include "CatalogCsv.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

Result<QString> readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("BundledCatalog", "cannot read the file: %1")
                         .arg(file.errorString()),
                     path,
                     0,
                     {}};
    return QString::fromUtf8(file.readAll());
}

template <typename Spec> Error firstErrors(const ParsedRows<Spec> &parsed)
{
    // One error that names them all, so a broken bundled file is fixed in one go.
    Error e = parsed.errors.first();
    if (parsed.errors.size() > 1) {
        const int more = int(parsed.errors.size() - 1);
        QStringList all;
        for (const Error &each : parsed.errors)
            all.append(each.toString());
        e.message += QCoreApplication::translate("BundledCatalog", " (and %n more problem(s): %1)",
                                                 nullptr, more)
                         .arg(all.mid(1).join(QStringLiteral("; ")));
    }
    return e;
}

} // namespace

namespace BundledCatalog {

QString defaultDirectory()
{
    return QStringLiteral(":/catalog");
}

Result<CatalogInfo> loadInfo(const QString &directory)
{
    CatalogInfo result;
    const QString infoPath = directory + QStringLiteral("/catalog.json");
    const auto infoText = readText(infoPath);
    if (!infoText)
        return infoText.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(infoText->toUtf8(), &parseError);
    if (!doc.isObject())
        return Error{QCoreApplication::translate("BundledCatalog", "not a JSON object: %1")
                         .arg(parseError.errorString()),
                     infoPath,
                     0,
                     {}};
    const QJsonObject info = doc.object();
    result.version = info.value(QStringLiteral("version")).toInt();
    result.date = QDate::fromString(info.value(QStringLiteral("date")).toString(), Qt::ISODate);
    result.usdSekRate = info.value(QStringLiteral("usd_sek_rate")).toDouble();
    result.usdSekRateDate =
        QDate::fromString(info.value(QStringLiteral("usd_sek_rate_date")).toString(), Qt::ISODate);
    result.usdSekRateSource = info.value(QStringLiteral("usd_sek_rate_source")).toString();
    if (result.version <= 0)
        return Error{QCoreApplication::translate("BundledCatalog", "needs a version above 0"),
                     infoPath, 0, QStringLiteral("version")};
    if (!result.date.isValid())
        return Error{QCoreApplication::translate("BundledCatalog", "needs a date (YYYY-MM-DD)"),
                     infoPath, 0, QStringLiteral("date")};
    return result;
}

Result<CatalogData> load(const QString &directory)
{
    CatalogData data;
    auto info = loadInfo(directory);
    if (!info)
        return info.error();
    data.info = std::move(info).value();

    const QString gpuPath = directory + QStringLiteral("/gpus.csv");
    const auto gpuText = readText(gpuPath);
    if (!gpuText)
        return gpuText.error();
    const auto gpus = CatalogCsv::readGpus(*gpuText, gpuPath);
    if (!gpus.ok())
        return firstErrors(gpus);
    data.gpus = gpus.rows;

    const QString modelPath = directory + QStringLiteral("/models.csv");
    const auto modelText = readText(modelPath);
    if (!modelText)
        return modelText.error();
    const auto models = CatalogCsv::readModels(*modelText, modelPath);
    if (!models.ok())
        return firstErrors(models);
    data.models = models.rows;
    return data;
}

} // namespace BundledCatalog
