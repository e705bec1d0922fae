#include "PracticalChecks.h"

#include "GpuSpec.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace {

constexpr double slotWatts = 75;
constexpr double eightPinWatts = 150;
constexpr double twelveVWatts = 600;
constexpr double largestAtxPsuWatts = 1600;
constexpr double swedishCircuitWatts = 2300; // 10 A x 230 V

QString n(double value)
{
    return QLocale().toString(value, 'f', 0);
}

bool isModule(const GpuSpec &gpu)
{
    const QString f = gpu.formFactor.toLower();
    return f.startsWith(u"sxm") || f == u"oam" || f == u"module";
}

enum class Support
{
    Good,
    Fair, // works, but lags or needs matching versions
    Weak, // experimental or partial
    None
};

// How well an engine runs on a software stack. Which stacks each engine runs on is from its
// documentation; Good/Fair/Weak is a judgement (an assumption), not a documented grade:
// - llama.cpp: CUDA, Metal, HIP (ROCm), Vulkan, SYCL (oneAPI) backends, docs/build.md
//   (https://github.com/ggml-org/llama.cpp/blob/master/docs/build.md).
// - Ollama: NVIDIA (CUDA), AMD (ROCm; more AMD cards through Vulkan), Apple (Metal),
//   https://docs.ollama.com/gpu. No oneAPI backend listed.
// - vLLM: NVIDIA CUDA, AMD ROCm, Intel XPU, Intel Gaudi as a plugin
//   (https://docs.vllm.ai/en/latest/getting_started/installation/). Apple silicon only through
//   the separate vLLM-Metal plugin, not counted here (as in EngineProfile::runsOn).
// - TensorRT-LLM: NVIDIA GPUs only
//   (https://nvidia.github.io/TensorRT-LLM/reference/support-matrix.html).
// - PyTorch: CUDA and ROCm builds (https://pytorch.org/get-started), Apple's MPS backend
//   (https://developer.apple.com/metal/pytorch/). Intel XPU and Gaudi: no source read; kept
//   as an assumption.
Support supportOf(SoftwareEngine engine, const QString &stack)
{
    const QString s = stack.toLower();
    switch (engine) {
    case SoftwareEngine::LlamaCpp:
        if (s == u"cuda" || s == u"metal" || s == u"vulkan")
            return Support::Good;
        if (s == u"rocm" || s == u"oneapi")
            return Support::Fair;
        return Support::None;
    case SoftwareEngine::Ollama:
        if (s == u"cuda" || s == u"metal")
            return Support::Good;
        if (s == u"rocm")
            return Support::Fair;
        if (s == u"vulkan")
            return Support::Weak;
        return Support::None;
    case SoftwareEngine::Vllm:
        if (s == u"cuda")
            return Support::Good;
        if (s == u"rocm")
            return Support::Fair;
        if (s == u"oneapi" || s == u"gaudi")
            return Support::Weak;
        return Support::None;
    case SoftwareEngine::TensorRtLlm:
        return s == u"cuda" ? Support::Good : Support::None;
    case SoftwareEngine::PyTorch:
        if (s == u"cuda")
            return Support::Good;
        if (s == u"rocm" || s == u"oneapi" || s == u"gaudi")
            return Support::Fair;
        if (s == u"metal")
            return Support::Weak;
        return Support::None;
    }
    return Support::None;
}

} // namespace

int PracticalChecks::recommendedPsuWatts(double cardWatts, int count, double hostWatts)
{
    const double need = (cardWatts * std::max(1, count) + hostWatts) * psuHeadroom;
    return int(std::ceil(need / 50.0 - 1e-9) * 50.0);
}

CheckItem PracticalChecks::powerSupply(const GpuSpec &gpu, int count, double hostWatts,
                                       std::optional<double> psuWatts)
{
    CheckItem item{QStringLiteral("psu"), CheckStatus::Unknown, {}};
    if (!gpu.powerWatts) {
        item.reason = QCoreApplication::translate(
            "PracticalChecks", "power draw unknown: cannot size the power supply");
        return item;
    }
    const double load = *gpu.powerWatts * std::max(1, count) + hostWatts;
    const int psu = recommendedPsuWatts(*gpu.powerWatts, count, hostWatts);
    if (psuWatts) {
        if (*psuWatts >= psu) {
            item.status = CheckStatus::Pass;
            item.reason = QCoreApplication::translate(
                              "PracticalChecks", "your %1 W power supply covers %2 W with headroom")
                              .arg(n(*psuWatts), n(load));
        } else if (*psuWatts >= load) {
            item.status = CheckStatus::Warning;
            item.reason = QCoreApplication::translate(
                              "PracticalChecks",
                              "your %1 W power supply covers %2 W but without the 20 % headroom "
                              "(%3 W advised)")
                              .arg(n(*psuWatts), n(load))
                              .arg(psu);
        } else {
            item.status = CheckStatus::Fail;
            item.reason = QCoreApplication::translate(
                              "PracticalChecks",
                              "your %1 W power supply is below the %2 W load; %3 W advised")
                              .arg(n(*psuWatts), n(load))
                              .arg(psu);
        }
        return item;
    }
    if (isModule(gpu)) {
        item.status = CheckStatus::Warning;
        item.reason =
            QCoreApplication::translate("PracticalChecks",
                                        "%1 W in all: a server's power supplies, not a desktop PSU")
                .arg(n(load));
    } else if (load > swedishCircuitWatts) {
        item.status = CheckStatus::Warning;
        item.reason = QCoreApplication::translate(
                          "PracticalChecks",
                          "%1 W under load: more than one 10 A circuit at 230 V carries (2300 W)")
                          .arg(n(load));
    } else if (psu > largestAtxPsuWatts) {
        item.status = CheckStatus::Warning;
        item.reason = QCoreApplication::translate(
                          "PracticalChecks",
                          "needs %1 W of power supply: more than the largest common ATX PSUs "
                          "(1600 W); use two PSUs or a server")
                          .arg(psu);
    } else {
        item.status = CheckStatus::Pass;
        item.reason = QCoreApplication::translate(
                          "PracticalChecks", "needs a power supply of at least %1 W (%2 W load)")
                          .arg(psu)
                          .arg(n(load));
    }
    return item;
}

CheckItem PracticalChecks::connectors(const GpuSpec &gpu)
{
    CheckItem item{QStringLiteral("connectors"), CheckStatus::Unknown, {}};
    if (gpu.gpuClass == GpuClass::Soc) {
        item.status = CheckStatus::Pass;
        item.reason = QCoreApplication::translate("PracticalChecks",
                                                  "powered inside the computer: no GPU cables");
        return item;
    }
    if (isModule(gpu)) {
        item.status = CheckStatus::Warning;
        item.reason = QCoreApplication::translate(
                          "PracticalChecks", "%1 module: needs a server baseboard, not a PCIe slot")
                          .arg(gpu.formFactor);
        return item;
    }
    if (!gpu.powerWatts) {
        item.reason = QCoreApplication::translate("PracticalChecks", "power draw unknown");
        return item;
    }
    const double w = *gpu.powerWatts;
    if (w <= slotWatts) {
        item.status = CheckStatus::Pass;
        item.reason = QCoreApplication::translate("PracticalChecks",
                                                  "%1 W: the PCIe slot's 75 W is enough, no cables")
                          .arg(n(w));
        return item;
    }
    if (w > slotWatts + twelveVWatts) {
        item.status = CheckStatus::Fail;
        item.reason = QCoreApplication::translate(
                          "PracticalChecks",
                          "%1 W: more than one 12V-2x6 connector and the slot deliver (675 W)")
                          .arg(n(w));
        return item;
    }
    const int eightPins = int(std::ceil((w - slotWatts) / eightPinWatts - 1e-9));
    item.status = CheckStatus::Pass;
    item.reason = QCoreApplication::translate(
                      "PracticalChecks",
                      "%1 W: %2 x 8-pin (150 W each) or one 12V-2x6 (600 W) per card, as the "
                      "card has")
                      .arg(n(w))
                      .arg(eightPins);
    return item;
}

CheckItem PracticalChecks::cooling(const GpuSpec &gpu, int count)
{
    CheckItem item{QStringLiteral("cooling"), CheckStatus::Unknown, {}};
    if (gpu.gpuClass == GpuClass::Soc) {
        item.status = CheckStatus::Pass;
        item.reason = QCoreApplication::translate("PracticalChecks",
                                                  "cooled by the computer it is built into");
        return item;
    }
    if (!gpu.powerWatts) {
        item.reason = QCoreApplication::translate("PracticalChecks", "power draw unknown");
        return item;
    }
    const double w = *gpu.powerWatts;
    const double heat = w * std::max(1, count);
    if (isModule(gpu)) {
        item.status = CheckStatus::Warning;
        item.reason = QCoreApplication::translate(
                          "PracticalChecks",
                          "datacenter class: %1 W of heat for a server room's forced air or "
                          "liquid cooling")
                          .arg(n(heat));
    } else if (gpu.gpuClass == GpuClass::Datacenter) {
        item.status = CheckStatus::Warning;
        item.reason = QCoreApplication::translate(
            "PracticalChecks",
            "server class: passively cooled, needs a chassis with forced airflow");
    } else if (heat > 1200) {
        item.status = CheckStatus::Warning;
        item.reason =
            QCoreApplication::translate(
                "PracticalChecks", "%1 W of heat: like a space heater; plan for the room's cooling")
                .arg(n(heat));
    } else if (w > 450 || (w > 300 && count > 1)) {
        item.status = CheckStatus::Warning;
        item.reason = QCoreApplication::translate(
                          "PracticalChecks",
                          "high-airflow class: %1 W per card throttles in a cramped case; leave "
                          "space between cards")
                          .arg(n(w));
    } else if (w > 250) {
        item.status = CheckStatus::Pass;
        item.reason =
            QCoreApplication::translate("PracticalChecks",
                                        "high-airflow class: %1 W needs a well-ventilated case")
                .arg(n(w));
    } else {
        item.status = CheckStatus::Pass;
        item.reason = QCoreApplication::translate(
                          "PracticalChecks", "ordinary class: %1 W, normal case airflow will do")
                          .arg(n(w));
    }
    return item;
}

CheckItem PracticalChecks::software(const GpuSpec &gpu, SoftwareEngine engine)
{
    CheckItem item{QStringLiteral("software"), CheckStatus::Unknown, {}};
    const QString engineName = softwareEngineKey(engine);
    if (gpu.softwareStacks.isEmpty()) {
        item.reason = QCoreApplication::translate("PracticalChecks", "software stack unknown");
        return item;
    }
    Support best = Support::None;
    QString bestStack;
    for (const QString &stack : gpu.softwareStacks) {
        const Support s = supportOf(engine, stack);
        if (bestStack.isEmpty() || int(s) < int(best)) {
            best = s;
            bestStack = stack;
        }
    }
    const QString stackName = bestStack == u"cuda"     ? QStringLiteral("CUDA")
                              : bestStack == u"rocm"   ? QStringLiteral("ROCm")
                              : bestStack == u"oneapi" ? QStringLiteral("oneAPI/SYCL")
                              : bestStack == u"metal"  ? QStringLiteral("Metal")
                              : bestStack == u"vulkan" ? QStringLiteral("Vulkan")
                              : bestStack == u"gaudi"  ? QStringLiteral("Gaudi software")
                                                       : bestStack;
    switch (best) {
    case Support::Good:
        item.status = CheckStatus::Pass;
        item.reason = QCoreApplication::translate("PracticalChecks", "%1 runs well on %2")
                          .arg(engineName, stackName);
        break;
    case Support::Fair:
        item.status = CheckStatus::Warning;
        item.reason = bestStack == u"rocm"
                          ? QCoreApplication::translate(
                                "PracticalChecks",
                                "%1 runs on ROCm but lags CUDA: check that your ROCm version "
                                "supports this card and engine")
                                .arg(engineName)
                          : QCoreApplication::translate(
                                "PracticalChecks",
                                "%1 runs on %2, with fewer features and users than on CUDA")
                                .arg(engineName, stackName);
        break;
    case Support::Weak:
        item.status = CheckStatus::Warning;
        item.reason = QCoreApplication::translate(
                          "PracticalChecks", "%1 on %2 is experimental or partial: expect gaps")
                          .arg(engineName, stackName);
        break;
    case Support::None:
        item.status = CheckStatus::Fail;
        item.reason = QCoreApplication::translate("PracticalChecks", "%1 does not run on %2")
                          .arg(engineName, gpu.softwareStacks.join(QStringLiteral(", ")));
        break;
    }
    return item;
}

QList<CheckItem> PracticalChecks::evaluate(const GpuSpec &gpu, int count, SoftwareEngine engine,
                                           double hostWatts, std::optional<double> psuWatts)
{
    return {powerSupply(gpu, count, hostWatts, psuWatts), connectors(gpu), cooling(gpu, count),
            software(gpu, engine)};
}
