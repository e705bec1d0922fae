#pragma once

// A figure with the range it is likely to fall in. Units are the caller's (bytes, tokens/s).

struct EstimateRange
{
    double estimate = 0;
    double low = 0;
    double high = 0;

    // A figure known to within +-relative.
    static EstimateRange around(double value, double relative)
    {
        return {value, value * (1 - relative), value * (1 + relative)};
    }
    // A speed-like figure whose error is a factor: value / (1 + relative) .. value * (1 + r).
    static EstimateRange factor(double value, double relative)
    {
        return {value, value / (1 + relative), value * (1 + relative)};
    }
    EstimateRange &operator+=(const EstimateRange &o)
    {
        estimate += o.estimate;
        low += o.low;
        high += o.high;
        return *this;
    }
    EstimateRange scaled(double f) const { return {estimate * f, low * f, high * f}; }
};
