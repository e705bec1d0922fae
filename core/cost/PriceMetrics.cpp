#include "PriceMetrics.h"

#include "GpuSpec.h"

namespace {

std::optional<double> per(double price, std::optional<double> figure)
{
    if (!figure || !(*figure > 0))
        return std::nullopt;
    return price / *figure;
}

} // namespace

PriceMetrics PriceMetrics::of(const GpuSpec &gpu, double priceSek,
                              std::optional<double> tokensPerSecond)
{
    PriceMetrics m;
    m.m_priceSek = priceSek;
    m.m_perFp16Tflop = per(priceSek, gpu.fp16TensorTflops);
    m.m_perGbVram = per(priceSek, gpu.vramGB);
    m.m_perGBps = per(priceSek, gpu.bandwidthGBps);
    m.m_perTokenPerSecond = per(priceSek, tokensPerSecond);
    return m;
}
