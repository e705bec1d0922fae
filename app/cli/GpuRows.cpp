#include "GpuRows.h"

#include "CatalogCsv.h"
#include "CatalogFieldCheck.h"
#include "CatalogJson.h"
#include "CatalogRepository.h"
#include "FieldOptions.h"

QStringList GpuRows::columns()
{
    return CatalogCsv::gpuColumns();
}

QString GpuRows::optionHelp(const QString &column)
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

QStringList GpuRows::toFields(const Spec &gpu)
{
    return CatalogCsv::gpuToFields(gpu);
}

Result<GpuSpec> GpuRows::fromFields(const QStringList &cells)
{
    return CatalogCsv::gpuFromFields(cells);
}

QHash<QString, QString> GpuRows::problems(const QStringList &cells)
{
    return CatalogFieldCheck::gpuProblems(cells);
}

std::optional<GpuSpec> GpuRows::applyOptions(const Spec &base, const CliArguments &args,
                                             QList<Error> &errors)
{
    return FieldOptions::apply<GpuRows>(base, args, errors);
}

QJsonObject GpuRows::json(const Spec &gpu)
{
    return CatalogJson::gpu(gpu);
}

Result<std::optional<GpuSpec>> GpuRows::find(const CatalogRepository &repo, const QString &id)
{
    return repo.gpu(id);
}

Result<std::optional<GpuSpec>> GpuRows::findBundled(const CatalogRepository &repo,
                                                    const QString &id)
{
    return repo.bundledGpu(id);
}

Status GpuRows::save(CatalogRepository &repo, const Spec &gpu)
{
    return repo.saveUserGpu(gpu);
}

Result<GpuSpec> GpuRows::revert(CatalogRepository &repo, const QString &id)
{
    return repo.revertGpuToBundled(id);
}
