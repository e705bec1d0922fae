// Titles and explanations of the GPU table's columns, with their units.

#include "GpuTableModel.h"

#include "Formatting.h"

QString GpuTableModel::className(GpuClass c)
{
    switch (c) {
    case GpuClass::Consumer:
        return tr("Consumer");
    case GpuClass::Workstation:
        return tr("Workstation");
    case GpuClass::Datacenter:
        return tr("Data centre");
    case GpuClass::Soc:
        //: A system on a chip whose GPU shares the main memory (Apple M-series)
        return tr("SoC, unified memory");
    }
    return {};
}

QString GpuTableModel::columnTitle(int column)
{
    switch (Column(column)) {
    case Name:
        return tr("GPU");
    case Vendor:
        return tr("Vendor");
    case Class:
        return tr("Class");
    case Architecture:
        return tr("Architecture");
    case ReleaseYear:
        return tr("Year");
    case VramGB:
        return tr("VRAM (GB)");
    case UsableVramGiB:
        return tr("Usable (GiB)");
    case MemoryType:
        return tr("Memory");
    case BandwidthGBps:
        return tr("Bandwidth (GB/s)");
    case Fp32Tflops:
        return tr("FP32 (TFLOPS)");
    case Fp16Tflops:
        return tr("FP16 (TFLOPS)");
    case Bf16Tflops:
        return tr("BF16 (TFLOPS)");
    case Int8Tops:
        return tr("INT8 (TOPS)");
    case Fp8Support:
        return tr("FP8");
    case Int4Support:
        return tr("INT4");
    case PowerWatts:
        return tr("Power (W)");
    case Interface:
        return tr("Interface");
    case Fabric:
        return tr("GPU link");
    case SoftwareStack:
        return tr("Software");
    case LaunchPriceUsd:
        return tr("Launch price (USD)");
    case PriceSek:
        //: %1 is the currency chosen in the settings: SEK, EUR or USD
        return tr("Price (%1)").arg(Formatting::displayCurrency());
    case CloudUsdPerHour:
        return tr("Cloud (USD/h)");
    case SekPerFp16Tflop:
        return tr("%1 per FP16 TFLOPS").arg(Formatting::displayCurrency());
    case SekPerVramGB:
        return tr("%1 per GB").arg(Formatting::displayCurrency());
    case VramNeededGiB:
        return tr("Needs (GiB)");
    case GpusNeeded:
        return tr("GPUs needed");
    case DecodeTokensPerS:
        return tr("Tokens/s");
    case YearlyCostSek:
        return tr("Cost per year (%1)").arg(Formatting::displayCurrency());
    case CostPerMillionTokensSek:
        return tr("%1 per M tokens").arg(Formatting::displayCurrency());
    case ColumnCount:
        break;
    }
    return {};
}

QString GpuTableModel::columnToolTip(int column)
{
    switch (Column(column)) {
    case Class:
        return tr("Consumer, workstation or data-centre card, or a system on a chip whose GPU "
                  "shares the main memory.");
    case ReleaseYear:
        return tr("Year of launch.");
    case VramGB:
        return tr("Memory on the card, as sold. It limits the largest model you can load.");
    case UsableVramGiB:
        return tr("Memory a GPU program can use. On Apple chips the GPU gets about three "
                  "quarters of the shared memory by default.");
    case MemoryType:
        return tr("Kind of memory: HBM is fastest, then GDDR, then the LPDDR of shared memory.");
    case BandwidthGBps:
        return tr("How fast the GPU reads its memory. It sets the speed of generating text.");
    case Fp32Tflops:
        return tr("Ordinary 32-bit arithmetic, without tensor cores.");
    case Fp16Tflops:
        return tr("Dense FP16 tensor throughput, without sparsity. It sets the speed of reading "
                  "prompts and of training.");
    case Bf16Tflops:
        return tr("Dense BF16 tensor throughput, without sparsity: the usual format for "
                  "training.");
    case Int8Tops:
        return tr("Dense INT8 tensor throughput, for 8-bit quantised models.");
    case Fp8Support:
        return tr("Whether the tensor cores compute in FP8, which halves memory and doubles "
                  "throughput against FP16.");
    case Int4Support:
        return tr("Whether the tensor cores compute in INT4.");
    case PowerWatts:
        return tr("Board power. It sets the power supply, cooling and electricity cost.");
    case Interface:
        return tr("How the card connects to the computer: PCIe generation and lanes, or a "
                  "server module (SXM, OAM).");
    case Fabric:
        return tr("Direct link between GPUs (NVLink, Infinity Fabric), which speeds up work "
                  "split over several GPUs.");
    case SoftwareStack:
        return tr("Software the GPU runs LLM engines with. CUDA has the broadest support.");
    case LaunchPriceUsd:
        return tr("Price at launch in US dollars, without sales tax.");
    case PriceSek:
        return tr("Reference street price in Swedish kronor, with VAT.");
    case CloudUsdPerHour:
        return tr("Typical on-demand rental price per GPU and hour, with its date in the "
                  "details.");
    case SekPerFp16Tflop:
        return tr("Price divided by FP16 throughput: lower is more compute for the money.");
    case SekPerVramGB:
        return tr("Price divided by memory: lower is more memory for the money.");
    case VramNeededGiB:
        return tr("Memory the selected model and workload need on each GPU.");
    case GpusNeeded:
        return tr("How many of this GPU the selected model and workload need.");
    case DecodeTokensPerS:
        return tr("Estimated speed of generating text for the selected workload.");
    case YearlyCostSek:
        return tr("Electricity and loss of value per year for the GPUs needed, with the "
                  "settings' prices.");
    case CostPerMillionTokensSek:
        return tr("Cost of generating a million tokens on your own GPUs, with the settings' "
                  "utilisation.");
    default:
        return {};
    }
}
