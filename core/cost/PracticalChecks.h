#pragma once

// The practical checks the source article asks for before buying: a power supply big enough for
// N cards and the host (and the power connectors' limits), cooling that keeps the cards from
// throttling, and software support for the chosen engine on the card's stack (CUDA, ROCm,
// oneAPI/SYCL, Metal), with a warning where it is weak.
//
// Rules and limits, and where each comes from (docs/COST.md, "Practical checks: sources"):
// - PCIe x16 slot 75 W, 8-pin PCIe connector 150 W: the PCI Express CEM and "x16 Graphics
//   150W-ATX" specifications as quoted by secondary sources (the PCI-SIG documents are for
//   members): https://www.techspot.com/trivia/27-how-much-power-can-pcie-x16-graphics-card and
//   https://forums.anandtech.com/threads/how-much-power-can-i-get-from-the-pci-e-slot.1735542
// - 12V-2x6 (12VHPWR) 600 W, with the slot's 75 W on top under CEM 5.1 (675 W): secondary
//   sources after igor'sLAB, e.g.
//   https://www.hwlegend.tech/news/hardware/pci-sig-e-al-lavoro-per-sostituire-il-connettore-di-alimentazione-12vhpwr-con-il-nuovo-12v2x6
// - PSU = (cards + host) x 1.2 rounded up to 50 W, host 250 W: an assumption, chosen so that it
//   gives NVIDIA's recommended 850 W for one RTX 4090 (NVIDIA's product page, reported by
//   https://www.pcgamesn.com/nvidia/rtx-4090-power-supply) and 750 W for one RTX 3090 (NVIDIA's
//   recommendation, reported by
//   https://notebookcheck.com/Der-hohe-Strombedarf-der-RTX-3090-zwingt-uns-zum-Umruesten.509235.0.html).
// - 1600 W as the largest common ATX PSU: no source found; an assumption.
// - A Swedish 10 A group fuse at 230 V carries 2300 W (a housing company's fuse table gives
//   10 A = 2 200 W at 220 V:
//   https://haningebostader.se/foer-hyresgaester/inne-i-bostaden/skoetselraad/saekringar-och-jordfelsbrytare/);
//   that the computer sits on one 10 A group is an assumption.

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
