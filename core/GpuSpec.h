#pragma once

// One GPU or accelerator as the catalog knows it. Every figure that no source gives is an empty
// std::optional: the application shows "unknown" for it, never 0.

#include "RowOrigin.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

enum class GpuClass
{
    Consumer,
    Workstation,
    Datacenter,
    Soc
};

struct GpuSpec
{
    QString id; // stable slug, e.g. "nvidia-rtx-4090"
    QString name;
    QString vendor;
    GpuClass gpuClass = GpuClass::Consumer;
    QString architecture;
    std::optional<int> releaseYear;

    std::optional<double> vramGB;        // as sold (decimal GB, or GiB-sized HBM as labelled)
    std::optional<double> usableVramGiB; // where it differs from the label (Apple's GPU share)
    QString memoryType;
    std::optional<double> bandwidthGBps;

    std::optional<double> fp32Tflops;
    std::optional<double> fp16TensorTflops; // dense
    std::optional<double> bf16TensorTflops; // dense
    std::optional<double> int8TensorTops;   // dense
    std::optional<bool> fp8Support;
    std::optional<bool> int4Support;

    std::optional<double> powerWatts; // TDP / TBP
    QString formFactor;               // "PCIe", "SXM4", "OAM", "Module", "SoC"
    std::optional<int> pcieGen;
    std::optional<int> pcieLanes;
    QString fabric; // "NVLink 4", "Infinity Fabric", "none", ...
    std::optional<double> fabricGBps;
    QStringList softwareStacks; // "cuda", "rocm", "oneapi", "metal", "vulkan", "gaudi"

    std::optional<double> launchPriceUsd;
    std::optional<double> streetPriceSek;
    QDate streetPriceDate;
    bool streetPriceConverted = false; // USD price converted at a dated rate, not a Swedish price
    std::optional<double> cloudUsdPerHour;
    QDate cloudPriceDate;

    QStringList sources;
    QString notes;
    RowOrigin origin = RowOrigin::Bundled;

    // Usable memory in GiB: the explicit usable figure, else the label read as GiB-sized (what
    // nvidia-smi reports for the HBM and GDDR parts in the catalog is within 1-2 % of that).
    std::optional<double> effectiveVramGiB() const
    {
        if (usableVramGiB)
            return usableVramGiB;
        return vramGB;
    }
};

QString gpuClassKey(GpuClass c);
std::optional<GpuClass> gpuClassFromKey(const QString &key);
