#include "LlmChecklist.h"

#include "GpuSpec.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString n(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

bool hasFastFabric(const GpuSpec &gpu)
{
    const QString f = gpu.fabric.trimmed();
    return !f.isEmpty() && f.compare(QStringLiteral("none"), Qt::CaseInsensitive) != 0;
}

} // namespace

QList<CheckItem> LlmChecklist::evaluate(const GpuSpec &gpu, UseCase useCase)
{
    return {vram(gpu, useCase), fp16(gpu, useCase),         bandwidth(gpu, useCase),
            power(gpu),         interconnect(gpu, useCase), precisions(gpu)};
}

CheckItem LlmChecklist::vram(const GpuSpec &gpu, UseCase useCase)
{
    CheckItem item{QStringLiteral("vram"), CheckStatus::Unknown, {}};
    const auto gb = gpu.effectiveVramGiB();
    if (!gb) {
        item.reason = QCoreApplication::translate("LlmChecklist", "memory size unknown");
        return item;
    }
    // Pass at the article's threshold; a warning band below it where smaller jobs still work.
    double pass = 16, warn = 8;
    QString passText, warnText, failText;
    switch (useCase) {
    case UseCase::Inference:
        passText = QCoreApplication::translate(
            "LlmChecklist",
            "%1 GB: at least the 16 GB the article asks for inference of 7-13B models");
        warnText = QCoreApplication::translate(
            "LlmChecklist", "%1 GB: below 16 GB, enough only for small or quantised models");
        failText = QCoreApplication::translate("LlmChecklist",
                                               "%1 GB: below 8 GB, too little for LLM inference");
        break;
    case UseCase::FineTuning:
        pass = 24;
        warn = 16;
        passText = QCoreApplication::translate(
            "LlmChecklist",
            "%1 GB: at least the 24 GB the article asks for fine-tuning and training");
        warnText = QCoreApplication::translate(
            "LlmChecklist", "%1 GB: below 24 GB, enough only for QLoRA of small models");
        failText = QCoreApplication::translate("LlmChecklist",
                                               "%1 GB: below 16 GB, too little for fine-tuning");
        break;
    case UseCase::Training:
    case UseCase::CloudScaling:
        pass = 40;
        warn = 24;
        passText = QCoreApplication::translate(
            "LlmChecklist", "%1 GB: in the article's 40-80 GB+ range for large-scale work");
        warnText = QCoreApplication::translate("LlmChecklist",
                                               "%1 GB: below 40 GB, large models need many cards");
        failText = QCoreApplication::translate(
            "LlmChecklist", "%1 GB: below 24 GB, too little for large-model training");
        break;
    }
    if (*gb >= pass) {
        item.status = CheckStatus::Pass;
        item.reason = passText.arg(n(*gb));
    } else if (*gb >= warn) {
        item.status = CheckStatus::Warning;
        item.reason = warnText.arg(n(*gb));
    } else {
        item.status = CheckStatus::Fail;
        item.reason = failText.arg(n(*gb));
    }
    return item;
}

CheckItem LlmChecklist::fp16(const GpuSpec &gpu, UseCase useCase)
{
    CheckItem item{QStringLiteral("fp16"), CheckStatus::Unknown, {}};
    if (!gpu.fp16TensorTflops) {
        item.reason = QCoreApplication::translate("LlmChecklist", "dense FP16 throughput unknown");
        return item;
    }
    const double tflops = *gpu.fp16TensorTflops;
    if (tflops >= 30) {
        item.status = CheckStatus::Pass;
        item.reason = QCoreApplication::translate("LlmChecklist",
                                                  "%1 TFLOPS FP16: above the article's 30 TFLOPS")
                          .arg(n(tflops, 1));
    } else if (useCase == UseCase::Inference) {
        item.status = CheckStatus::Warning;
        item.reason =
            QCoreApplication::translate("LlmChecklist",
                                        "%1 TFLOPS FP16: below 30 TFLOPS, slow prompts and batches")
                .arg(n(tflops, 1));
    } else {
        item.status = CheckStatus::Fail;
        item.reason = QCoreApplication::translate(
                          "LlmChecklist", "%1 TFLOPS FP16: below 30 TFLOPS, too slow for training")
                          .arg(n(tflops, 1));
    }
    return item;
}

CheckItem LlmChecklist::bandwidth(const GpuSpec &gpu, UseCase useCase)
{
    CheckItem item{QStringLiteral("bandwidth"), CheckStatus::Unknown, {}};
    if (!gpu.bandwidthGBps) {
        item.reason = QCoreApplication::translate("LlmChecklist", "memory bandwidth unknown");
        return item;
    }
    const double bw = *gpu.bandwidthGBps;
    const bool heavy = useCase == UseCase::Training || useCase == UseCase::CloudScaling;
    if (bw >= 800) {
        item.status = CheckStatus::Pass;
        item.reason =
            QCoreApplication::translate("LlmChecklist", "%1 GB/s: above the article's 800 GB/s")
                .arg(n(bw));
    } else if (bw >= 400 || !heavy) {
        item.status = CheckStatus::Warning;
        item.reason = QCoreApplication::translate("LlmChecklist",
                                                  "%1 GB/s: below 800 GB/s, tokens come out slower")
                          .arg(n(bw));
    } else {
        item.status = CheckStatus::Fail;
        item.reason = QCoreApplication::translate(
                          "LlmChecklist", "%1 GB/s: far below 800 GB/s for large-scale work")
                          .arg(n(bw));
    }
    return item;
}

CheckItem LlmChecklist::power(const GpuSpec &gpu)
{
    CheckItem item{QStringLiteral("power"), CheckStatus::Unknown, {}};
    if (!gpu.powerWatts) {
        item.reason = QCoreApplication::translate("LlmChecklist", "power draw unknown");
        return item;
    }
    const double w = *gpu.powerWatts;
    const bool datacenter = gpu.gpuClass == GpuClass::Datacenter;
    const double limit = datacenter ? 700 : 400;
    if (w <= limit) {
        item.status = CheckStatus::Pass;
        item.reason =
            datacenter
                ? QCoreApplication::translate(
                      "LlmChecklist", "%1 W: within the article's 700 W for datacenter cards")
                      .arg(n(w))
                : QCoreApplication::translate("LlmChecklist",
                                              "%1 W: within the article's 400 W for consumer cards")
                      .arg(n(w));
    } else {
        item.status = CheckStatus::Warning;
        item.reason =
            datacenter
                ? QCoreApplication::translate(
                      "LlmChecklist",
                      "%1 W: above 700 W, needs datacenter power and liquid or strong air cooling")
                      .arg(n(w))
                : QCoreApplication::translate(
                      "LlmChecklist",
                      "%1 W: above 400 W, check the power supply and the case's cooling")
                      .arg(n(w));
    }
    return item;
}

CheckItem LlmChecklist::interconnect(const GpuSpec &gpu, UseCase useCase)
{
    CheckItem item{QStringLiteral("interconnect"), CheckStatus::Unknown, {}};
    if (hasFastFabric(gpu)) {
        item.status = CheckStatus::Pass;
        item.reason =
            gpu.fabricGBps
                ? QCoreApplication::translate("LlmChecklist",
                                              "%1 (%2 GB/s) links the cards directly")
                      .arg(gpu.fabric, n(*gpu.fabricGBps))
                : QCoreApplication::translate("LlmChecklist", "%1 links the cards directly")
                      .arg(gpu.fabric);
        return item;
    }
    if (gpu.gpuClass == GpuClass::Soc) {
        item.status = CheckStatus::Warning;
        item.reason = QCoreApplication::translate(
            "LlmChecklist", "a single system-on-chip: no multi-GPU interconnect");
        return item;
    }
    if (!gpu.pcieGen) {
        item.reason =
            QCoreApplication::translate("LlmChecklist", "PCIe generation and interconnect unknown");
        return item;
    }
    const int gen = *gpu.pcieGen;
    if (gen >= 4) {
        if (useCase == UseCase::Training) {
            item.status = CheckStatus::Warning;
            item.reason =
                QCoreApplication::translate(
                    "LlmChecklist", "PCIe Gen%1 without NVLink: multi-GPU training scales poorly")
                    .arg(gen);
        } else {
            item.status = CheckStatus::Pass;
            item.reason =
                QCoreApplication::translate("LlmChecklist", "PCIe Gen%1, as the article asks")
                    .arg(gen);
        }
    } else if (gen == 3) {
        item.status = CheckStatus::Warning;
        item.reason = QCoreApplication::translate(
            "LlmChecklist", "PCIe Gen3: below the article's Gen4/5, slow between cards");
    } else {
        item.status = CheckStatus::Fail;
        item.reason =
            QCoreApplication::translate("LlmChecklist", "PCIe Gen%1: too slow for multi-GPU work")
                .arg(gen);
    }
    return item;
}

CheckItem LlmChecklist::precisions(const GpuSpec &gpu)
{
    CheckItem item{QStringLiteral("precisions"), CheckStatus::Pass, {}};
    QStringList unknown;
    if (!gpu.fp16TensorTflops)
        unknown << QStringLiteral("FP16");
    if (!gpu.bf16TensorTflops)
        unknown << QStringLiteral("BF16");
    if (!gpu.int8TensorTops)
        unknown << QStringLiteral("INT8");
    if (!gpu.int4Support)
        unknown << QStringLiteral("INT4");
    const QString unknownList = unknown.join(QStringLiteral(", "));
    if (gpu.int4Support && !*gpu.int4Support) {
        item.status = CheckStatus::Warning;
        item.reason =
            unknown.isEmpty()
                ? QCoreApplication::translate(
                      "LlmChecklist", "no INT4 in hardware: 4-bit models are unpacked on the fly")
                : QCoreApplication::translate("LlmChecklist",
                                              "no INT4 in hardware; not known for: %1")
                      .arg(unknownList);
    } else if (!unknown.isEmpty()) {
        item.status = CheckStatus::Unknown;
        item.reason = QCoreApplication::translate("LlmChecklist", "support not known for: %1")
                          .arg(unknownList);
    } else {
        item.reason =
            QCoreApplication::translate("LlmChecklist", "FP16, BF16, INT8 and INT4 all supported");
    }
    return item;
}

CheckStatus LlmChecklist::overall(const QList<CheckItem> &items)
{
    CheckStatus worst = CheckStatus::Pass;
    auto rank = [](CheckStatus s) {
        switch (s) {
        case CheckStatus::Pass:
            return 0;
        case CheckStatus::Unknown:
            return 1;
        case CheckStatus::Warning:
            return 2;
        case CheckStatus::Fail:
            return 3;
        }
        return 0;
    };
    for (const CheckItem &i : items) {
        if (rank(i.status) > rank(worst))
            worst = i.status;
    }
    return worst;
}
