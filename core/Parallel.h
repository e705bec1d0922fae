#pragma once

// Splitting work on a long list over the cores: equal slices, one per core, the first on the
// calling thread. For work that only reads shared data and writes its own slice.

#include <QtGlobal>

#include <algorithm>
#include <thread>
#include <vector>

namespace Parallel {

// How many slices a list of count items is worth: one below minimum (a thread's start-up
// would cost more than it saves), else one per core.
inline qsizetype slicesFor(qsizetype count, qsizetype minimum)
{
    if (count < minimum)
        return 1;
    return qsizetype(std::max(1u, std::thread::hardware_concurrency()));
}

// Calls work(slice, begin, end) for each of `slices` equal parts of [0, count) and returns
// when all are done.
template <typename Work> void forSlices(qsizetype count, qsizetype slices, const Work &work)
{
    slices = std::max<qsizetype>(1, slices);
    const qsizetype size = (count + slices - 1) / slices;
    const auto bounds = [&](qsizetype slice) {
        return std::pair(std::min(count, slice * size), std::min(count, (slice + 1) * size));
    };
    std::vector<std::thread> workers;
    for (qsizetype slice = 1; slice < slices; ++slice) {
        const auto [begin, end] = bounds(slice);
        workers.emplace_back([&work, slice, begin = begin, end = end] { work(slice, begin, end); });
    }
    const auto [begin, end] = bounds(0);
    work(0, begin, end);
    for (std::thread &worker : workers)
        worker.join();
}

} // namespace Parallel
