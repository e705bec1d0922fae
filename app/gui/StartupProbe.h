#pragma once

// Start-up time, for the start-up benchmark (bench/bench_startup). When the environment holds
// GPUADVISOR_STARTUP_PROBE, the monotonic clock in nanoseconds at which the benchmark started
// this process, the window's first paint followed by an idle event loop prints
// "usable-ms N" (N: milliseconds since that start) and quits. Without it, nothing happens.

class QWidget;

namespace StartupProbe {

bool armed();
// Watches a window about to be shown.
void watch(QWidget *window);

} // namespace StartupProbe
