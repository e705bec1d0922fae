#include "CatalogJsonFile.h"

#include "CatalogCsv.h"
#include "Csv.h"
#include "JsonLocator.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace {

// How a CSV column's cell is written as a JSON value.
enum class Kind
{
    Text,
    Number,
    Integer,
    Bool,
    SourceList, // " | "-separated in CSV
    KeyList     // ";"-separated in CSV
};

Kind kindOf(const QString &column)
{
    static const QHash<QString, Kind> kinds = [] {
        QHash<QString, Kind> k;
        for (const char *c :
             {"vram_gb", "usable_vram_gib", "bandwidth_gbps", "fp32_tflops", "fp16_tensor_tflops",
              "bf16_tensor_tflops", "int8_tensor_tops", "tdp_w", "fabric_gbps", "launch_price_usd",
              "street_price_sek", "cloud_usd_per_hour", "params_total_b", "params_active_b"})
            k.insert(QString::fromLatin1(c), Kind::Number);
        for (const char *c : {"release_year",
                              "pcie_gen",
                              "pcie_lanes",
                              "layers",
                              "hidden_size",
                              "intermediate_size",
                              "attention_heads",
                              "kv_heads",
                              "head_dim",
                              "vocab_size",
                              "max_context",
                              "sliding_window",
                              "sliding_window_layers",
                              "experts_total",
                              "experts_active",
                              "shared_experts",
                              "moe_intermediate_size",
                              "dense_layers",
                              "q_lora_rank",
                              "kv_lora_rank",
                              "qk_nope_head_dim",
                              "qk_rope_head_dim",
                              "v_head_dim"})
            k.insert(QString::fromLatin1(c), Kind::Integer);
        for (const char *c : {"fp8_support", "int4_support", "street_price_converted",
                              "tied_embeddings", "qkv_bias"})
            k.insert(QString::fromLatin1(c), Kind::Bool);
        k.insert(QStringLiteral("sources"), Kind::SourceList);
        k.insert(QStringLiteral("software_stack"), Kind::KeyList);
        return k;
    }();
    return kinds.value(column, Kind::Text);
}

QString listSeparator(Kind kind)
{
    return kind == Kind::SourceList ? QStringLiteral("|") : QStringLiteral(";");
}

QJsonValue cellToJson(const QString &column, const QString &cell)
{
    const Kind kind = kindOf(column);
    if (cell.isEmpty())
        return kind == Kind::SourceList || kind == Kind::KeyList ? QJsonValue(QJsonArray())
                                                                 : QJsonValue(QJsonValue::Null);
    switch (kind) {
    case Kind::Text:
        return cell;
    case Kind::Number:
        return cell.toDouble();
    case Kind::Integer:
        return cell.toLongLong();
    case Kind::Bool:
        return cell == u"yes";
    case Kind::SourceList:
    case Kind::KeyList: {
        QJsonArray items;
        for (const QString &part : cell.split(listSeparator(kind), Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                items.append(part.trimmed());
        }
        return items;
    }
    }
    return QJsonValue::Null;
}

// The CSV cell for a JSON value, or the problem with its type in *problem.
QString jsonToCell(const QString &column, const QJsonValue &value, QString *problem)
{
    if (value.isNull() || value.isUndefined())
        return {};
    const Kind kind = kindOf(column);
    switch (kind) {
    case Kind::Text:
        if (value.isString())
            return value.toString();
        *problem = QCoreApplication::translate("CatalogJsonFile", "must be text (in quotes)");
        return {};
    case Kind::Number:
    case Kind::Integer:
        if (value.isDouble())
            return QString::number(value.toDouble(), 'g', 15);
        if (value.isString())
            *problem = QCoreApplication::translate(
                           "CatalogJsonFile",
                           "'%1' must be a JSON number, without quotes and with a decimal point")
                           .arg(value.toString());
        else
            *problem = QCoreApplication::translate("CatalogJsonFile", "must be a number");
        return {};
    case Kind::Bool:
        if (value.isBool())
            return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
        *problem = QCoreApplication::translate("CatalogJsonFile", "must be true, false or null");
        return {};
    case Kind::SourceList:
    case Kind::KeyList: {
        if (!value.isArray()) {
            *problem = QCoreApplication::translate("CatalogJsonFile", "must be a list of text");
            return {};
        }
        QStringList items;
        const QString separator = listSeparator(kind);
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString()) {
                *problem = QCoreApplication::translate("CatalogJsonFile", "must be a list of text");
                return {};
            }
            if (item.toString().contains(separator)) {
                *problem =
                    QCoreApplication::translate("CatalogJsonFile", "an item may not contain '%1'")
                        .arg(separator);
                return {};
            }
            items.append(item.toString());
        }
        return items.join(kind == Kind::SourceList ? QStringLiteral(" | ") : QStringLiteral(";"));
    }
    }
    return {};
}

// One value as JSON text, written the way QJsonDocument writes it.
QByteArray jsonText(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray writeEntries(const char *key, const QStringList &columns, const QList<QStringList> &rows,
                        bool last)
{
    QByteArray out = QByteArray("  \"") + key + "\": [";
    if (rows.isEmpty())
        return out + (last ? "]\n" : "],\n");
    out += '\n';
    for (qsizetype r = 0; r < rows.size(); ++r) {
        out += "    {\n";
        for (qsizetype c = 0; c < columns.size(); ++c) {
            out += "      " + jsonText(columns.at(c)) + ": " +
                   jsonText(cellToJson(columns.at(c), rows.at(r).at(c))) +
                   (c + 1 < columns.size() ? ",\n" : "\n");
        }
        out += r + 1 < rows.size() ? "    },\n" : "    }\n";
    }
    return out + (last ? "  ]\n" : "  ],\n");
}

// Reads one array of entries with the CSV format's checks. readRow parses a one-row CSV text.
template <typename Spec>
void readEntries(const QJsonObject &root, const QString &key, const QStringList &columns,
                 const std::function<ParsedRows<Spec>(const QString &)> &readRow,
                 const JsonLocator &locator, const QString &fileName, QList<Spec> &out,
                 QList<Error> &errors)
{
    if (!root.contains(key))
        return;
    const QJsonValue value = root.value(key);
    if (!value.isArray()) {
        errors.append(Error{QCoreApplication::translate("CatalogJsonFile", "must be a list"),
                            fileName, locator.keyLine(key), key});
        return;
    }
    const QJsonArray entries = value.toArray();
    const QSet<QString> known(columns.cbegin(), columns.cend());
    QHash<QString, qsizetype> seenIds;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString entryName = QStringLiteral("%1[%2]").arg(key).arg(i);
        const int entryLine = locator.entryLine(key, i);
        auto lineOf = [&](const QString &field) {
            const int line = locator.entryKeyLine(key, i, field);
            return line > 0 ? line : entryLine;
        };
        if (!entries.at(i).isObject()) {
            errors.append(Error{
                QCoreApplication::translate("CatalogJsonFile", "must be an object with fields"),
                fileName, entryLine, entryName});
            continue;
        }
        const QJsonObject entry = entries.at(i).toObject();
        bool entryOk = true;
        for (auto it = entry.constBegin(); it != entry.constEnd(); ++it) {
            if (!known.contains(it.key())) {
                errors.append(Error{QCoreApplication::translate(
                                        "CatalogJsonFile", "is not a field of the catalog format"),
                                    fileName, lineOf(it.key()), entryName + u'.' + it.key()});
                entryOk = false;
            }
        }
        QStringList cells;
        QSet<QString> badType;
        for (const QString &column : columns) {
            QString problem;
            cells.append(jsonToCell(column, entry.value(column), &problem));
            if (!problem.isEmpty()) {
                errors.append(Error{problem, fileName, lineOf(column), entryName + u'.' + column});
                badType.insert(column);
                entryOk = false;
            }
        }
        const ParsedRows<Spec> parsed = readRow(Csv::line(columns) + Csv::line(cells));
        for (const Error &e : parsed.errors) {
            if (badType.contains(e.field))
                continue; // already reported with its JSON type
            errors.append(Error{e.message, fileName, lineOf(e.field), entryName + u'.' + e.field});
            entryOk = false;
        }
        // Duplicates are found by the id as written, also in entries with other problems.
        const QString id = entry.value(QStringLiteral("id")).toString().trimmed();
        if (const auto seen = seenIds.constFind(id); !id.isEmpty() && seen != seenIds.cend()) {
            errors.append(Error{
                QCoreApplication::translate("CatalogJsonFile", "id '%1' is already used by %2[%3]")
                    .arg(id, key)
                    .arg(*seen),
                fileName, lineOf(QStringLiteral("id")), entryName + QStringLiteral(".id")});
            entryOk = false;
        } else if (!id.isEmpty()) {
            seenIds.insert(id, i);
        }
        if (!entryOk || parsed.rows.size() != 1)
            continue;
        out.append(parsed.rows.first());
    }
}

} // namespace

namespace CatalogJsonFile {

QString formatName()
{
    return QStringLiteral("gpu-advisor-catalog");
}

int formatVersion()
{
    return 1;
}

bool looksLikeCatalog(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return doc.isObject() &&
           doc.object().value(QStringLiteral("format")).toString() == formatName();
}

ParsedCatalog read(const QByteArray &json, const QString &fileName)
{
    ParsedCatalog parsed;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        parsed.errors.append(
            Error{QCoreApplication::translate("CatalogJsonFile", "not valid JSON: %1")
                      .arg(parseError.errorString()),
                  fileName,
                  line,
                  {}});
        return parsed;
    }
    if (!doc.isObject()) {
        parsed.errors.append(Error{
            QCoreApplication::translate("CatalogJsonFile", "a catalog file holds one JSON object"),
            fileName,
            1,
            {}});
        return parsed;
    }
    const JsonLocator locator(json);
    const QJsonObject root = doc.object();
    const QString format = QStringLiteral("format");
    const QString version = QStringLiteral("version");
    if (root.value(format).toString() != formatName()) {
        parsed.errors.append(Error{
            QCoreApplication::translate("CatalogJsonFile", "must be \"%1\"").arg(formatName()),
            fileName, locator.keyLine(format), format});
        return parsed;
    }
    const QJsonValue v = root.value(version);
    if (!v.isDouble() || v.toDouble() != formatVersion()) {
        const QString message =
            v.isDouble() && v.toDouble() > formatVersion()
                ? QCoreApplication::translate("CatalogJsonFile",
                                              "version %1 comes from a newer GPU Advisor; this "
                                              "version reads version %2")
                      .arg(v.toDouble())
                      .arg(formatVersion())
                : QCoreApplication::translate("CatalogJsonFile", "must be %1").arg(formatVersion());
        parsed.errors.append(Error{message, fileName, locator.keyLine(version), version});
        return parsed;
    }
    const QString gpus = QStringLiteral("gpus");
    const QString models = QStringLiteral("models");
    if (!root.contains(gpus) && !root.contains(models)) {
        parsed.errors.append(Error{
            QCoreApplication::translate("CatalogJsonFile", "the file has neither gpus nor models"),
            fileName,
            1,
            {}});
        return parsed;
    }
    readEntries<GpuSpec>(
        root, gpus, CatalogCsv::gpuColumns(),
        [&](const QString &text) { return CatalogCsv::readGpus(text, fileName); }, locator,
        fileName, parsed.gpus, parsed.errors);
    readEntries<ModelSpec>(
        root, models, CatalogCsv::modelColumns(),
        [&](const QString &text) { return CatalogCsv::readModels(text, fileName); }, locator,
        fileName, parsed.models, parsed.errors);
    return parsed;
}

QByteArray write(const QList<GpuSpec> &gpus, const QList<ModelSpec> &models)
{
    QList<QStringList> gpuRows;
    for (const GpuSpec &g : gpus)
        gpuRows.append(CatalogCsv::gpuToFields(g));
    QList<QStringList> modelRows;
    for (const ModelSpec &m : models)
        modelRows.append(CatalogCsv::modelToFields(m));
    QByteArray out = "{\n";
    out += "  \"format\": " + jsonText(formatName()) + ",\n";
    out += "  \"version\": " + QByteArray::number(formatVersion()) + ",\n";
    out += writeEntries("gpus", CatalogCsv::gpuColumns(), gpuRows, false);
    out += writeEntries("models", CatalogCsv::modelColumns(), modelRows, true);
    return out + "}\n";
}

} // namespace CatalogJsonFile
