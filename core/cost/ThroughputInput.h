#pragma once

// What the cost code needs to know about how fast a configuration runs a model: the estimator's
// answer (or the user's own figure) as a plain value, so cost does not depend on how it was
// estimated.

#include <QString>

struct ThroughputInput
{
    double tokensPerSecond = 0; // generated tokens per second of the whole configuration,
                                // summed over the concurrent streams
    int concurrency = 1;        // streams served at once
    int gpusNeeded = 1;         // cards the model needs at this precision and context
    bool fits = true;           // false: does not fit in the cards given
    QString source;             // "estimator" or "user": shown next to the figures
    QString engine;             // the engine the speed is for (EstimateKeys key), if known
    QString unavailableReason;  // why it cannot run at all (the engine does not run on the
                                // card), translated; empty otherwise
};
