#include "CatalogFieldCheck.h"

#include "CatalogCsv.h"
#include "GpuSpec.h"
#include "ModelSpec.h"

#include <QCoreApplication>

namespace {

// Rows that pass every check: each cell is tried in place of its own in one of these, so that
// the format's rule for that column alone decides, and every bad cell is named, not the first.
QStringList validGpuCells()
{
    GpuSpec g;
    g.id = QStringLiteral("probe");
    g.name = QStringLiteral("probe");
    g.vendor = QStringLiteral("probe");
    g.sources = QStringList{QStringLiteral("probe")};
    return CatalogCsv::gpuToFields(g);
}

QStringList validModelCells()
{
    ModelSpec m;
    m.id = QStringLiteral("probe");
    m.name = QStringLiteral("probe");
    m.paramsTotalB = 1;
    m.paramsActiveB = 1;
    m.layers = 1;
    m.hiddenSize = 64;
    m.attentionHeads = 1;
    m.kvHeads = 1;
    m.headDim = 64;
    m.vocabSize = 100;
    m.maxContext = 1;
    m.sources = QStringList{QStringLiteral("probe")};
    return CatalogCsv::modelToFields(m);
}

template <typename ReadRow>
QHash<QString, QString> formatProblems(const QStringList &columns, const QStringList &validCells,
                                       const QStringList &cells, ReadRow readRow)
{
    QHash<QString, QString> problems;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        QStringList probe = validCells;
        probe[c] = cells.value(c).trimmed();
        if (const auto checked = readRow(probe); !checked)
            problems.insert(columns.at(c), checked.error().message);
    }
    return problems;
}

QString aboveZero()
{
    return QCoreApplication::translate("CatalogFieldCheck",
                                       "must be above 0 (leave it empty if unknown)");
}

QString between(int low, int high)
{
    return QCoreApplication::translate("CatalogFieldCheck", "must be between %1 and %2")
        .arg(low)
        .arg(high);
}

// A GPU figure of 0 would read as known and be used: a price of 0 makes every cost free.
void checkGpuRanges(const QStringList &columns, const QStringList &cells,
                    QHash<QString, QString> &problems)
{
    static const QStringList positive = {QStringLiteral("vram_gb"),
                                         QStringLiteral("usable_vram_gib"),
                                         QStringLiteral("bandwidth_gbps"),
                                         QStringLiteral("fp32_tflops"),
                                         QStringLiteral("fp16_tensor_tflops"),
                                         QStringLiteral("bf16_tensor_tflops"),
                                         QStringLiteral("int8_tensor_tops"),
                                         QStringLiteral("tdp_w"),
                                         QStringLiteral("fabric_gbps"),
                                         QStringLiteral("launch_price_usd"),
                                         QStringLiteral("street_price_sek"),
                                         QStringLiteral("cloud_usd_per_hour")};
    struct Range
    {
        const char *column;
        int low;
        int high;
    };
    static const Range ranges[] = {
        {"release_year", 1990, 2100}, {"pcie_gen", 1, 7}, {"pcie_lanes", 1, 32}};

    for (qsizetype c = 0; c < columns.size(); ++c) {
        const QString &column = columns.at(c);
        const QString cell = cells.value(c).trimmed();
        if (cell.isEmpty() || problems.contains(column))
            continue;
        if (positive.contains(column) && cell.toDouble() <= 0)
            problems.insert(column, aboveZero());
        for (const Range &r : ranges) {
            const int v = cell.toInt();
            if (column == QLatin1String(r.column) && (v < r.low || v > r.high))
                problems.insert(column, between(r.low, r.high));
        }
    }
}

// Rules between fields of a model, each reported at the field to change.
void checkModelConsistency(const ModelSpec &m, QHash<QString, QString> &problems)
{
    auto report = [&problems](const char *column, const QString &message) {
        const QString name = QLatin1String(column);
        if (!message.isEmpty() && !problems.contains(name))
            problems.insert(name, message);
    };
    report("layers", CatalogFieldCheck::layersProblem(m.layers));
    if (m.hiddenSize > 0)
        report("attention_heads", CatalogFieldCheck::headsProblem(m.attentionHeads, m.hiddenSize));
    if (m.attentionHeads > 0 && m.kvHeads > 0)
        report("kv_heads", CatalogFieldCheck::kvHeadsProblem(m.kvHeads, m.attentionHeads));
    if (m.expertsTotal > 0 && (m.expertsActive < 1 || m.expertsActive > m.expertsTotal))
        report("experts_active", between(1, m.expertsTotal));
    if (m.expertsTotal == 0 && (m.expertsActive > 0 || m.sharedExperts > 0))
        report("experts_total",
               QCoreApplication::translate("CatalogFieldCheck",
                                           "is needed when experts are used per token"));
    if (m.slidingWindow && *m.slidingWindow <= 0)
        report("sliding_window", aboveZero());
    if (m.slidingWindowLayers > m.layers)
        report("sliding_window_layers", between(0, m.layers));
    if (m.denseLayers > m.layers)
        report("dense_layers", between(0, m.layers));
    if (m.attention == AttentionKind::Mla) {
        const QString needed = QCoreApplication::translate("CatalogFieldCheck",
                                                           "is needed for latent attention (MLA)");
        if (m.kvLoraRank <= 0)
            report("kv_lora_rank", needed);
        if (m.qkRopeHeadDim <= 0)
            report("qk_rope_head_dim", needed);
        if (m.vHeadDim <= 0)
            report("v_head_dim", needed);
    }
}

} // namespace

namespace CatalogFieldCheck {

QHash<QString, QString> gpuProblems(const QStringList &cells)
{
    const QStringList columns = CatalogCsv::gpuColumns();
    auto problems = formatProblems(columns, validGpuCells(), cells, CatalogCsv::gpuFromFields);
    checkGpuRanges(columns, cells, problems);
    return problems;
}

QHash<QString, QString> modelProblems(const QStringList &cells)
{
    auto problems = formatProblems(CatalogCsv::modelColumns(), validModelCells(), cells,
                                   CatalogCsv::modelFromFields);
    if (problems.isEmpty()) {
        if (const auto model = CatalogCsv::modelFromFields(cells))
            checkModelConsistency(*model, problems);
    }
    return problems;
}

QHash<QString, QString> modelRuleProblems(const ModelSpec &model)
{
    QHash<QString, QString> problems;
    checkModelConsistency(model, problems);
    return problems;
}

QHash<QString, QString> gpuRuleProblems(const GpuSpec &gpu)
{
    QHash<QString, QString> problems;
    checkGpuRanges(CatalogCsv::gpuColumns(), CatalogCsv::gpuToFields(gpu), problems);
    return problems;
}

QString kvHeadsProblem(int kvHeads, int attentionHeads)
{
    if (kvHeads > attentionHeads || attentionHeads % kvHeads != 0)
        return QCoreApplication::translate("CatalogFieldCheck",
                                           "%1 KV heads do not divide %2 attention heads")
            .arg(kvHeads)
            .arg(attentionHeads);
    return {};
}

QString layersProblem(int layers)
{
    if (layers > kMaxLayers)
        return QCoreApplication::translate("CatalogFieldCheck",
                                           "at most %1 layers: no published model has more")
            .arg(kMaxLayers);
    return {};
}

QString headsProblem(int attentionHeads, int hiddenSize)
{
    if (attentionHeads > hiddenSize)
        return QCoreApplication::translate("CatalogFieldCheck",
                                           "more attention heads than the hidden size %1")
            .arg(hiddenSize);
    return {};
}

} // namespace CatalogFieldCheck
