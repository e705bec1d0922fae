#pragma once

// What one GPU does for the current model and workload: the computed columns of the GPU table.
// Every figure is optional: nothing is shown for what could not be worked out.

#include <QString>

#include <optional>

struct GpuEvaluation
{
    std::optional<double> vramNeededGiB; // on the most loaded GPU, with the GPU count below
    std::optional<bool> fitsOnOne;
    std::optional<int> gpusNeeded; // smallest count of this GPU that fits; nullopt: none does
    std::optional<double> decodeTokensPerS;
    std::optional<double> yearlyCostSek; // electricity and depreciation of gpusNeeded cards
    std::optional<double> costPerMillionTokensSek;
};
