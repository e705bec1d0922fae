#include "CatalogCsv.h"

#include "CatalogCsvCells.h"
#include "CatalogFieldCheck.h"
#include "Csv.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>
#include <functional>

namespace {

using namespace CatalogCsvCells;

// One column of the format: how to write a spec's field and how to read it back. read() returns
// an error message, or an empty string when the cell is fine.
template <typename Spec> struct Column
{
    QString name;
    std::function<QString(const Spec &)> write;
    std::function<QString(Spec &, const QString &)> read;
};

template <typename Spec>
Column<Spec> textColumn(const char *name, QString Spec::*member, bool required = false)
{
    return {QString::fromLatin1(name), [member](const Spec &s) { return s.*member; },
            [member, required](Spec &s, const QString &cell) -> QString {
                if (required && cell.isEmpty())
                    return QCoreApplication::translate("CatalogCsv", "is required");
                s.*member = cell;
                return {};
            }};
}

template <typename Spec>
Column<Spec> numberColumn(const char *name, std::optional<double> Spec::*member)
{
    return {
        QString::fromLatin1(name),
        [member](const Spec &s) { return (s.*member) ? formatNumber(*(s.*member)) : QString(); },
        [member](Spec &s, const QString &cell) {
            return readNumber(cell, s.*member);
        }};
}

template <typename Spec> Column<Spec> requiredNumberColumn(const char *name, double Spec::*member)
{
    return {QString::fromLatin1(name), [member](const Spec &s) { return formatNumber(s.*member); },
            [member](Spec &s, const QString &cell) -> QString {
                std::optional<double> v;
                if (QString e = readNumber(cell, v); !e.isEmpty())
                    return e;
                if (!v || *v <= 0)
                    return QCoreApplication::translate("CatalogCsv",
                                                       "is required and must be above 0");
                s.*member = *v;
                return {};
            }};
}

template <typename Spec>
Column<Spec> optionalIntColumn(const char *name, std::optional<int> Spec::*member)
{
    return {
        QString::fromLatin1(name),
        [member](const Spec &s) { return (s.*member) ? QString::number(*(s.*member)) : QString(); },
        [member](Spec &s, const QString &cell) {
            return readInt(cell, s.*member);
        }};
}

// An int where empty means 0 (absent), or, when required, a value above 0 must be there.
template <typename Spec> Column<Spec> intColumn(const char *name, int Spec::*member, bool required)
{
    return {
        QString::fromLatin1(name),
        [member](const Spec &s) { return (s.*member) ? QString::number(s.*member) : QString(); },
        [member, required](Spec &s, const QString &cell) -> QString {
            std::optional<int> v;
            if (QString e = readInt(cell, v); !e.isEmpty())
                return e;
            if (required && (!v || *v <= 0))
                return QCoreApplication::translate("CatalogCsv", "is required and must be above 0");
            s.*member = v.value_or(0);
            return {};
        }};
}

template <typename Spec>
Column<Spec> optionalBoolColumn(const char *name, std::optional<bool> Spec::*member)
{
    return {QString::fromLatin1(name),
            [member](const Spec &s) {
                return (s.*member) ? QString::fromLatin1(*(s.*member) ? "yes" : "no") : QString();
            },
            [member](Spec &s, const QString &cell) {
                return readBool(cell, s.*member);
            }};
}

template <typename Spec> Column<Spec> boolColumn(const char *name, bool Spec::*member)
{
    return {QString::fromLatin1(name),
            [member](const Spec &s) { return QString::fromLatin1(s.*member ? "yes" : "no"); },
            [member](Spec &s, const QString &cell) -> QString {
                std::optional<bool> v;
                if (QString e = readBool(cell, v); !e.isEmpty())
                    return e;
                s.*member = v.value_or(false);
                return {};
            }};
}

template <typename Spec> Column<Spec> dateColumn(const char *name, QDate Spec::*member)
{
    return {QString::fromLatin1(name),
            [member](const Spec &s) { return (s.*member).toString(Qt::ISODate); },
            [member](Spec &s, const QString &cell) -> QString {
                if (cell.isEmpty()) {
                    s.*member = QDate();
                    return {};
                }
                const QDate d = QDate::fromString(cell, Qt::ISODate);
                if (!d.isValid())
                    return QCoreApplication::translate("CatalogCsv",
                                                       "'%1' is not a date (use YYYY-MM-DD)")
                        .arg(cell);
                s.*member = d;
                return {};
            }};
}

template <typename Spec>
Column<Spec> listColumn(const char *name, QStringList Spec::*member, const QString &separator,
                        bool required = false)
{
    return {QString::fromLatin1(name),
            [member, separator](const Spec &s) { return (s.*member).join(separator); },
            [member, separator, required](Spec &s, const QString &cell) -> QString {
                QStringList items;
                for (const QString &part : cell.split(separator.trimmed())) {
                    if (!part.trimmed().isEmpty())
                        items.append(part.trimmed());
                }
                if (required && items.isEmpty())
                    return QCoreApplication::translate("CatalogCsv", "is required");
                s.*member = items;
                return {};
            }};
}

template <typename Spec> Column<Spec> idColumn()
{
    return {QStringLiteral("id"), [](const Spec &s) { return s.id; },
            [](Spec &s, const QString &cell) -> QString {
                if (cell.isEmpty())
                    return QCoreApplication::translate("CatalogCsv", "is required");
                if (!CatalogCsv::isValidId(cell))
                    return QCoreApplication::translate(
                               "CatalogCsv",
                               "'%1' is not a valid id (lower-case letters, digits, '.', '-', '_')")
                        .arg(cell);
                s.id = cell;
                return {};
            }};
}

const QStringList kSoftwareStacks = {QStringLiteral("cuda"),   QStringLiteral("rocm"),
                                     QStringLiteral("oneapi"), QStringLiteral("metal"),
                                     QStringLiteral("vulkan"), QStringLiteral("gaudi")};

const QList<Column<GpuSpec>> &gpuColumnList()
{
    using G = GpuSpec;
    static const QList<Column<G>> columns = {
        idColumn<G>(),
        textColumn("name", &G::name, true),
        textColumn("vendor", &G::vendor, true),
        {QStringLiteral("class"), [](const G &g) { return gpuClassKey(g.gpuClass); },
         [](G &g, const QString &cell) -> QString {
             const auto c = gpuClassFromKey(cell);
             if (!c)
                 return QCoreApplication::translate(
                            "CatalogCsv",
                            "'%1' is not one of consumer, workstation, datacenter, soc")
                     .arg(cell);
             g.gpuClass = *c;
             return {};
         }},
        textColumn("architecture", &G::architecture),
        optionalIntColumn("release_year", &G::releaseYear),
        numberColumn("vram_gb", &G::vramGB),
        numberColumn("usable_vram_gib", &G::usableVramGiB),
        textColumn("memory_type", &G::memoryType),
        numberColumn("bandwidth_gbps", &G::bandwidthGBps),
        numberColumn("fp32_tflops", &G::fp32Tflops),
        numberColumn("fp16_tensor_tflops", &G::fp16TensorTflops),
        numberColumn("bf16_tensor_tflops", &G::bf16TensorTflops),
        numberColumn("int8_tensor_tops", &G::int8TensorTops),
        optionalBoolColumn("fp8_support", &G::fp8Support),
        optionalBoolColumn("int4_support", &G::int4Support),
        numberColumn("tdp_w", &G::powerWatts),
        textColumn("form_factor", &G::formFactor),
        optionalIntColumn("pcie_gen", &G::pcieGen),
        optionalIntColumn("pcie_lanes", &G::pcieLanes),
        textColumn("fabric", &G::fabric),
        numberColumn("fabric_gbps", &G::fabricGBps),
        {QStringLiteral("software_stack"), [](const G &g) { return g.softwareStacks.join(u';'); },
         [](G &g, const QString &cell) -> QString {
             QStringList stacks;
             for (const QString &part : cell.split(u';', Qt::SkipEmptyParts)) {
                 const QString key = part.trimmed().toLower();
                 if (!kSoftwareStacks.contains(key))
                     return QCoreApplication::translate("CatalogCsv", "'%1' is not one of %2")
                         .arg(part, kSoftwareStacks.join(u", "));
                 stacks.append(key);
             }
             g.softwareStacks = stacks;
             return {};
         }},
        numberColumn("launch_price_usd", &G::launchPriceUsd),
        numberColumn("street_price_sek", &G::streetPriceSek),
        dateColumn("street_price_date", &G::streetPriceDate),
        boolColumn("street_price_converted", &G::streetPriceConverted),
        numberColumn("cloud_usd_per_hour", &G::cloudUsdPerHour),
        dateColumn("cloud_price_date", &G::cloudPriceDate),
        listColumn("sources", &G::sources, QStringLiteral(" | "), true),
        textColumn("notes", &G::notes),
    };
    return columns;
}

const QList<Column<ModelSpec>> &modelColumnList()
{
    using M = ModelSpec;
    static const QList<Column<M>> columns = {
        idColumn<M>(),
        textColumn("name", &M::name, true),
        textColumn("family", &M::family),
        textColumn("hf_repo", &M::hfRepo),
        requiredNumberColumn("params_total_b", &M::paramsTotalB),
        requiredNumberColumn("params_active_b", &M::paramsActiveB),
        intColumn("layers", &M::layers, true),
        intColumn("hidden_size", &M::hiddenSize, true),
        intColumn("intermediate_size", &M::intermediateSize, false),
        intColumn("attention_heads", &M::attentionHeads, true),
        intColumn("kv_heads", &M::kvHeads, true),
        intColumn("head_dim", &M::headDim, true),
        intColumn("vocab_size", &M::vocabSize, true),
        boolColumn("tied_embeddings", &M::tiedEmbeddings),
        intColumn("max_context", &M::maxContext, true),
        {QStringLiteral("attention"), [](const M &m) { return attentionKindKey(m.attention); },
         [](M &m, const QString &cell) -> QString {
             const auto k = attentionKindFromKey(cell);
             if (!k)
                 return QCoreApplication::translate("CatalogCsv",
                                                    "'%1' is not one of mha, gqa, mqa, mla")
                     .arg(cell);
             m.attention = *k;
             return {};
         }},
        {QStringLiteral("mlp"),
         [](const M &m) {
             return QString::fromLatin1(m.mlp == MlpKind::Plain ? "plain" : "gated");
         },
         [](M &m, const QString &cell) -> QString {
             if (cell.isEmpty() || cell == u"gated")
                 m.mlp = MlpKind::Gated;
             else if (cell == u"plain")
                 m.mlp = MlpKind::Plain;
             else
                 return QCoreApplication::translate("CatalogCsv", "'%1' is not gated or plain")
                     .arg(cell);
             return {};
         }},
        boolColumn("qkv_bias", &M::qkvBias),
        optionalIntColumn("sliding_window", &M::slidingWindow),
        intColumn("sliding_window_layers", &M::slidingWindowLayers, false),
        intColumn("experts_total", &M::expertsTotal, false),
        intColumn("experts_active", &M::expertsActive, false),
        intColumn("shared_experts", &M::sharedExperts, false),
        intColumn("moe_intermediate_size", &M::moeIntermediateSize, false),
        intColumn("dense_layers", &M::denseLayers, false),
        intColumn("q_lora_rank", &M::qLoraRank, false),
        intColumn("kv_lora_rank", &M::kvLoraRank, false),
        intColumn("qk_nope_head_dim", &M::qkNopeHeadDim, false),
        intColumn("qk_rope_head_dim", &M::qkRopeHeadDim, false),
        intColumn("v_head_dim", &M::vHeadDim, false),
        listColumn("sources", &M::sources, QStringLiteral(" | "), true),
        textColumn("notes", &M::notes),
    };
    return columns;
}

template <typename Spec> QStringList columnNames(const QList<Column<Spec>> &columns)
{
    QStringList names;
    for (const auto &c : columns)
        names.append(c.name);
    return names;
}

// The rules between a row's fields that a file must keep besides each cell's own: the problems
// by column name.
template <typename Spec> using RowRules = QHash<QString, QString> (*)(const Spec &);

template <typename Spec>
ParsedRows<Spec> readRows(const QList<Column<Spec>> &columns, const QString &text,
                          const QString &fileName, RowRules<Spec> rowRules = nullptr)
{
    ParsedRows<Spec> parsed;
    const auto table = Csv::parse(text, fileName);
    if (!table) {
        parsed.errors.append(table.error());
        return parsed;
    }
    // Every column of the format must be there; extra columns are ignored.
    QList<int> index;
    for (const auto &c : columns) {
        const int i = table->column(c.name);
        if (i < 0)
            parsed.errors.append(
                Error{QCoreApplication::translate("CatalogCsv", "the header has no column '%1'")
                          .arg(c.name),
                      fileName, 1, c.name});
        index.append(i);
    }
    if (!parsed.errors.isEmpty())
        return parsed;

    QHash<QString, int> seenIds;
    for (const CsvRecord &record : table->records) {
        Spec spec;
        bool rowOk = true;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString cell = record.fields.at(index.at(c)).trimmed();
            const QString problem = columns.at(c).read(spec, cell);
            if (!problem.isEmpty()) {
                parsed.errors.append(Error{problem, fileName, record.line, columns.at(c).name});
                rowOk = false;
            }
        }
        if (rowOk && rowRules) {
            const QHash<QString, QString> problems = rowRules(spec);
            for (const auto &c : columns) {
                if (const auto problem = problems.constFind(c.name); problem != problems.cend()) {
                    parsed.errors.append(Error{*problem, fileName, record.line, c.name});
                    rowOk = false;
                }
            }
        }
        if (rowOk && seenIds.contains(spec.id)) {
            parsed.errors.append(Error{
                QCoreApplication::translate("CatalogCsv", "id '%1' is already used on line %2")
                    .arg(spec.id)
                    .arg(seenIds.value(spec.id)),
                fileName, record.line, QStringLiteral("id")});
            rowOk = false;
        }
        if (rowOk) {
            seenIds.insert(spec.id, record.line);
            parsed.rows.append(spec);
        }
    }
    return parsed;
}

template <typename Spec> QStringList toFields(const QList<Column<Spec>> &columns, const Spec &spec)
{
    QStringList fields;
    fields.reserve(columns.size());
    for (const auto &c : columns)
        fields.append(c.write(spec));
    return fields;
}

template <typename Spec>
Result<Spec> fromFields(const QList<Column<Spec>> &columns, const QStringList &fields)
{
    Spec spec;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const QString problem = columns.at(c).read(spec, fields.value(c).trimmed());
        if (!problem.isEmpty())
            return Error{problem, {}, 0, columns.at(c).name};
    }
    return spec;
}

template <typename Spec>
QString writeRows(const QList<Column<Spec>> &columns, const QList<Spec> &rows)
{
    QString out = Csv::line(columnNames(columns));
    for (const Spec &spec : rows)
        out += Csv::line(toFields(columns, spec));
    return out;
}

} // namespace

namespace CatalogCsv {

QStringList gpuColumns()
{
    return columnNames(gpuColumnList());
}

QStringList modelColumns()
{
    return columnNames(modelColumnList());
}

ParsedRows<GpuSpec> readGpus(const QString &text, const QString &fileName)
{
    return readRows(gpuColumnList(), text, fileName, CatalogFieldCheck::gpuRuleProblems);
}

ParsedRows<ModelSpec> readModels(const QString &text, const QString &fileName)
{
    return readRows(modelColumnList(), text, fileName, CatalogFieldCheck::modelRuleProblems);
}

QString writeGpus(const QList<GpuSpec> &gpus)
{
    return writeRows(gpuColumnList(), gpus);
}

QString writeModels(const QList<ModelSpec> &models)
{
    return writeRows(modelColumnList(), models);
}

QStringList gpuToFields(const GpuSpec &gpu)
{
    return toFields(gpuColumnList(), gpu);
}

Result<GpuSpec> gpuFromFields(const QStringList &fields)
{
    return fromFields(gpuColumnList(), fields);
}

QStringList modelToFields(const ModelSpec &model)
{
    return toFields(modelColumnList(), model);
}

Result<ModelSpec> modelFromFields(const QStringList &fields)
{
    return fromFields(modelColumnList(), fields);
}

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    return id.size() <= 100 && pattern.match(id).hasMatch();
}

} // namespace CatalogCsv
