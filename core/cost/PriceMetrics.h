#pragma once

// Value for money, as the source article compares GPUs: price per dense FP16 TFLOP, per GB of
// VRAM, per GB/s of memory bandwidth and per token/s of the chosen model. A metric whose figure
// is unknown stays unknown (nullopt), never 0.

#include <optional>

struct GpuSpec;

class PriceMetrics
{
public:
    // priceSek: one card's price; tokensPerSecond: one card's (or the configuration's, with
    // priceSek the configuration's price) generation speed for the chosen model.
    static PriceMetrics of(const GpuSpec &gpu, double priceSek,
                           std::optional<double> tokensPerSecond = {});

    double priceSek() const { return m_priceSek; }
    std::optional<double> perFp16Tflop() const { return m_perFp16Tflop; }
    std::optional<double> perGbVram() const { return m_perGbVram; }
    std::optional<double> perGBps() const { return m_perGBps; }
    std::optional<double> perTokenPerSecond() const { return m_perTokenPerSecond; }

private:
    double m_priceSek = 0;
    std::optional<double> m_perFp16Tflop;
    std::optional<double> m_perGbVram;
    std::optional<double> m_perGBps;
    std::optional<double> m_perTokenPerSecond;
};
