#pragma once

// How fast a workload runs: decode and prefill tokens per second with their ranges, time to
// first token, aggregate throughput over concurrent sequences, and training time. A figure the
// GPU's catalog entry cannot support (no compute figure for prefill) is left empty.

#include "EstimateRange.h"

#include <QStringList>

#include <optional>

struct SpeedEstimate
{
    std::optional<EstimateRange> decodeTokensPerS;    // per sequence
    std::optional<EstimateRange> aggregateTokensPerS; // all concurrent sequences together
    std::optional<EstimateRange> prefillTokensPerS;
    std::optional<EstimateRange> timeToFirstTokenS;
    std::optional<EstimateRange> trainingHours; // for the request's training tokens
    bool partialOffload = false;                // llama.cpp: part of the model in host memory
    QStringList basis;
};
