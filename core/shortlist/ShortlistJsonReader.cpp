#include "ShortlistJsonReader.h"

#include "JsonLocator.h"
#include "ShortlistExporter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

// Collects the errors of one file, each with its file name, line and JSON path.
class Problems
{
public:
    Problems(const QString &fileName, QList<Error> &errors)
        : m_fileName(fileName)
        , m_errors(errors)
    {}

    void add(const QString &message, int line, const QString &path)
    {
        m_errors.append(Error{message, m_fileName, line, path});
    }

private:
    QString m_fileName;
    QList<Error> &m_errors;
};

// The quantity of an item: null for as the workload needs, else a whole number in range.
// Returns false with *problem set when the value is neither.
bool readQuantity(const QJsonValue &value, std::optional<int> *quantity, QString *problem)
{
    if (value.isNull()) {
        *quantity = std::nullopt;
        return true;
    }
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || !std::isfinite(number) || number != std::floor(number) || number < 1 ||
        number > ShortlistJsonReader::kMaxQuantity) {
        //: %1 is the largest quantity; null is the JSON word, not to be translated
        *problem = QCoreApplication::translate(
                       "ShortlistJsonReader",
                       "must be null (as many as the workload needs) or a whole number from 1 to "
                       "%1")
                       .arg(ShortlistJsonReader::kMaxQuantity);
        return false;
    }
    *quantity = int(number);
    return true;
}

void readItem(const QJsonValue &entry, qsizetype index, const JsonLocator &locator,
              Problems &problems, const std::function<bool(const QString &)> &gpuExists,
              QList<ShortlistItem> &items)
{
    const QString items_ = QStringLiteral("items");
    const QString path = QStringLiteral("items[%1]").arg(index);
    if (!entry.isObject()) {
        problems.add(QCoreApplication::translate(
                         "ShortlistJsonReader", "must be an object with gpu_id, quantity and note"),
                     locator.entryLine(items_, index), path);
        return;
    }
    const QJsonObject object = entry.toObject();
    auto lineOf = [&](const QString &key) {
        const int line = locator.entryKeyLine(items_, index, key);
        return line > 0 ? line : locator.entryLine(items_, index);
    };
    ShortlistItem item;
    bool good = true;

    const QString gpuKey = QStringLiteral("gpu_id");
    const QJsonValue gpu = object.value(gpuKey);
    if (gpu.isUndefined()) {
        problems.add(QCoreApplication::translate("ShortlistJsonReader", "is missing"),
                     lineOf(gpuKey), path + u'.' + gpuKey);
        good = false;
    } else if (!gpu.isString() || gpu.toString().trimmed().isEmpty()) {
        problems.add(
            QCoreApplication::translate("ShortlistJsonReader", "must be the id of a GPU, as text"),
            lineOf(gpuKey), path + u'.' + gpuKey);
        good = false;
    } else {
        item.gpuId = gpu.toString().trimmed();
        if (gpuExists && !gpuExists(item.gpuId)) {
            //: %1 is a GPU id
            problems.add(QCoreApplication::translate("ShortlistJsonReader",
                                                     "the catalog has no GPU with the id '%1'")
                             .arg(item.gpuId),
                         lineOf(gpuKey), path + u'.' + gpuKey);
            good = false;
        }
    }

    const QString quantityKey = QStringLiteral("quantity");
    const QJsonValue quantity = object.value(quantityKey);
    QString problem;
    if (quantity.isUndefined()) {
        problems.add(
            QCoreApplication::translate("ShortlistJsonReader",
                                        "is missing (null for as many as the workload needs)"),
            lineOf(quantityKey), path + u'.' + quantityKey);
        good = false;
    } else if (!readQuantity(quantity, &item.quantity, &problem)) {
        problems.add(problem, lineOf(quantityKey), path + u'.' + quantityKey);
        good = false;
    }

    const QString noteKey = QStringLiteral("note");
    const QJsonValue note = object.value(noteKey);
    if (note.isString()) {
        item.note = note.toString();
    } else if (!note.isUndefined() && !note.isNull()) {
        problems.add(QCoreApplication::translate("ShortlistJsonReader", "must be text"),
                     lineOf(noteKey), path + u'.' + noteKey);
        good = false;
    }

    if (good) {
        item.position = int(items.size());
        items.append(item);
    }
}

} // namespace

namespace ShortlistJsonReader {

ParsedShortlist read(const QByteArray &json, const QString &fileName,
                     const std::function<bool(const QString &)> &gpuExists)
{
    ParsedShortlist parsed;
    Problems problems(fileName, parsed.errors);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        //: %1 is Qt's description of the syntax error
        problems.add(QCoreApplication::translate("ShortlistJsonReader", "not valid JSON: %1")
                         .arg(parseError.errorString()),
                     line, {});
        return parsed;
    }
    if (!doc.isObject()) {
        problems.add(QCoreApplication::translate("ShortlistJsonReader",
                                                 "a shortlist file holds one JSON object"),
                     1, {});
        return parsed;
    }
    const JsonLocator locator(json);
    const QJsonObject root = doc.object();

    // The schema first: a file of another kind or a newer version is not read any further.
    const QString schemaKey = QStringLiteral("schema");
    const QString schemaName = QStringLiteral("gpu-advisor.shortlist");
    if (root.value(schemaKey).toString() != schemaName) {
        //: %1 is the schema name, as written in the file
        problems.add(QCoreApplication::translate(
                         "ShortlistJsonReader",
                         "must be \"%1\" (this is not a shortlist exported by GPU Advisor)")
                         .arg(schemaName),
                     locator.keyLine(schemaKey), schemaKey);
        return parsed;
    }
    const QString versionKey = QStringLiteral("schema_version");
    const QJsonValue version = root.value(versionKey);
    const double versionNumber = version.toDouble(std::nan(""));
    const int supported = ShortlistExporter::kJsonSchemaVersion;
    if (!version.isDouble() || !std::isfinite(versionNumber) ||
        versionNumber != std::floor(versionNumber) || versionNumber < 1) {
        problems.add(QCoreApplication::translate("ShortlistJsonReader",
                                                 "must be a schema version, a whole number from 1"),
                     locator.keyLine(versionKey), versionKey);
        return parsed;
    }
    if (versionNumber > supported) {
        //: %1 is the file's schema version, %2 the newest this version of the app reads
        problems.add(
            QCoreApplication::translate(
                "ShortlistJsonReader",
                "the file is of schema version %1, made by a newer version of GPU Advisor; "
                "this version reads up to version %2")
                .arg(QString::number(versionNumber, 'g', 15))
                .arg(supported),
            locator.keyLine(versionKey), versionKey);
        return parsed;
    }

    const QString nameKey = QStringLiteral("name");
    const QJsonValue name = root.value(nameKey);
    if (name.isUndefined())
        problems.add(QCoreApplication::translate("ShortlistJsonReader", "is missing"), 0, nameKey);
    else if (!name.isString() || name.toString().trimmed().isEmpty())
        problems.add(QCoreApplication::translate("ShortlistJsonReader",
                                                 "must be the shortlist's name, as text"),
                     locator.keyLine(nameKey), nameKey);
    else
        parsed.list.name = name.toString().trimmed();

    const QString itemsKey = QStringLiteral("items");
    const QJsonValue items = root.value(itemsKey);
    if (items.isUndefined()) {
        problems.add(QCoreApplication::translate("ShortlistJsonReader", "is missing"), 0, itemsKey);
    } else if (!items.isArray()) {
        problems.add(QCoreApplication::translate("ShortlistJsonReader", "must be a list of items"),
                     locator.keyLine(itemsKey), itemsKey);
    } else {
        const QJsonArray array = items.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            readItem(array.at(i), i, locator, problems, gpuExists, parsed.list.items);
    }
    if (!parsed.ok())
        parsed.list = Shortlist{};
    return parsed;
}

} // namespace ShortlistJsonReader
