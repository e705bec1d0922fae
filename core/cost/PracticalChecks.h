#pragma once

// The practical checks the source article asks for before buying: a power supply big enough for
// N cards and the host (and the power connectors' limits), cooling that keeps the cards from
// throttling, and software support for the chosen engine on the card's stack (CUDA, ROCm,
// oneAPI/SYCL, Metal), with a warning where it is weak.
//
// Rules and limits (from specifications, read from memory; verify before relying on them):
// PCIe slot 75 W, 8-pin PCIe connector 150 W, 12V-2x6 (12VHPWR) 600 W; PSU = (cards + host)
// x 1.2 rounded up to 50 W, which gives NVIDIA's 850 W for one RTX 4090 with a 250 W host and
// 750 W for an RTX 3090; 1600 W is the largest common ATX PSU; a Swedish 10 A fuse at 230 V
// carries 2300 W.

#include "CheckItem.h"
#include "SoftwareEngine.h"

#include <QList>

#include <optional>

struct GpuSpec;

class PracticalChecks
{
public:
    static constexpr double defaultHostWatts = 250; // CPU, board, drives of a desktop under load
    static constexpr double psuHeadroom = 1.2;

    // Smallest PSU in 50 W steps with 20 % headroom over cards plus host.
    static int recommendedPsuWatts(double cardWatts, int count, double hostWatts);

    // psuWatts: the user's power supply, if known.
    static CheckItem powerSupply(const GpuSpec &gpu, int count, double hostWatts,
                                 std::optional<double> psuWatts = {});
    static CheckItem connectors(const GpuSpec &gpu);
    static CheckItem cooling(const GpuSpec &gpu, int count);
    static CheckItem software(const GpuSpec &gpu, SoftwareEngine engine);

    static QList<CheckItem> evaluate(const GpuSpec &gpu, int count, SoftwareEngine engine,
                                     double hostWatts = defaultHostWatts,
                                     std::optional<double> psuWatts = {});
};
