#include "GpuFieldOptions.h"

#include "CatalogCsv.h"
#include "CatalogFieldCheck.h"

#include <QHash>

namespace {

QString optionName(const QString &column)
{
    return QString(column).replace(u'_', u'-');
}

QString help(const QString &column)
{
    static const QHash<QString, QString> texts = {
        {QStringLiteral("id"), QStringLiteral("stable id: lower-case letters, digits, . - _")},
        {QStringLiteral("name"), QStringLiteral("marketing name")},
        {QStringLiteral("vendor"), QStringLiteral("NVIDIA, AMD, Intel, Apple, ...")},
        {QStringLiteral("class"), QStringLiteral("consumer, workstation, datacenter or soc")},
        {QStringLiteral("release_year"), QStringLiteral("year of launch")},
        {QStringLiteral("vram_gb"), QStringLiteral("memory as sold, GB")},
        {QStringLiteral("usable_vram_gib"), QStringLiteral("memory a GPU program can use, GiB")},
        {QStringLiteral("bandwidth_gbps"), QStringLiteral("memory bandwidth, GB/s")},
        {QStringLiteral("fp32_tflops"), QStringLiteral("FP32 TFLOPS")},
        {QStringLiteral("fp16_tensor_tflops"), QStringLiteral("dense FP16 tensor TFLOPS")},
        {QStringLiteral("bf16_tensor_tflops"), QStringLiteral("dense BF16 tensor TFLOPS")},
        {QStringLiteral("int8_tensor_tops"), QStringLiteral("dense INT8 tensor TOPS")},
        {QStringLiteral("fp8_support"), QStringLiteral("yes or no")},
        {QStringLiteral("int4_support"), QStringLiteral("yes or no")},
        {QStringLiteral("tdp_w"), QStringLiteral("board power, W")},
        {QStringLiteral("fabric_gbps"), QStringLiteral("GPU-to-GPU bandwidth, GB/s")},
        {QStringLiteral("software_stack"), QStringLiteral("e.g. cuda;vulkan")},
        {QStringLiteral("launch_price_usd"), QStringLiteral("launch price, USD")},
        {QStringLiteral("street_price_sek"), QStringLiteral("street price, SEK incl. VAT")},
        {QStringLiteral("street_price_date"), QStringLiteral("date of that price, YYYY-MM-DD")},
        {QStringLiteral("street_price_converted"), QStringLiteral("yes if converted from USD")},
        {QStringLiteral("cloud_usd_per_hour"), QStringLiteral("rental price per GPU-hour, USD")},
        {QStringLiteral("cloud_price_date"), QStringLiteral("date of that price, YYYY-MM-DD")},
        {QStringLiteral("sources"), QStringLiteral("where the figures come from, ' | '-separated")},
    };
    return texts.value(column, QStringLiteral("the %1 column").arg(column));
}

} // namespace

namespace GpuFieldOptions {

QList<CliArguments::Option> options(bool withId)
{
    QList<CliArguments::Option> list;
    for (const QString &column : CatalogCsv::gpuColumns()) {
        if (column == u"id" && !withId)
            continue;
        list.append({optionName(column), true, QStringLiteral("VALUE"), help(column)});
    }
    return list;
}

int countGiven(const CliArguments &args)
{
    int n = 0;
    for (const QString &column : CatalogCsv::gpuColumns())
        n += args.isSet(optionName(column)) ? 1 : 0;
    return n;
}

std::optional<GpuSpec> apply(const GpuSpec &base, const CliArguments &args, QList<Error> &errors)
{
    const QStringList columns = CatalogCsv::gpuColumns();
    QStringList cells = CatalogCsv::gpuToFields(base);
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (const QString option = optionName(columns.at(c)); args.isSet(option))
            cells[c] = args.value(option).trimmed();
    }
    // Every bad value on its own, not only the first; the base's own gaps (an add-gpu without
    // a name) are left to the whole-row check below.
    const auto problems = CatalogFieldCheck::gpuProblems(cells);
    for (const QString &column : columns) {
        const QString option = optionName(column);
        if (args.isSet(option) && problems.contains(column))
            errors.append(Error{problems.value(column), {}, 0, QStringLiteral("--") + option});
    }
    if (!errors.isEmpty())
        return std::nullopt; // with these (or the caller's) problems the whole row means little
    const auto gpu = CatalogCsv::gpuFromFields(cells);
    if (!gpu) {
        errors.append(Error{
            gpu.error().message, {}, 0, QStringLiteral("--") + optionName(gpu.error().field)});
        return std::nullopt;
    }
    return *gpu;
}

} // namespace GpuFieldOptions
