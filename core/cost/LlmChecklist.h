#pragma once

// The source article's threshold table as a checklist for one GPU and workload: VRAM (>= 16 GB
// inference, >= 24 GB fine-tuning, 40-80 GB+ large scale), FP16 >= 30 TFLOPS, bandwidth
// >= 800 GB/s, power (<= 400 W consumer, <= 700 W datacenter), PCIe Gen4/5 or NVLink, and
// FP16/BF16/INT8/INT4 support. Each item is pass, warning or fail with a one-line reason, or
// unknown when the catalog lacks the figure.

#include "CheckItem.h"
#include "UseCase.h"

#include <QList>

struct GpuSpec;

class LlmChecklist
{
public:
    static QList<CheckItem> evaluate(const GpuSpec &gpu, UseCase useCase);

    static CheckItem vram(const GpuSpec &gpu, UseCase useCase);
    static CheckItem fp16(const GpuSpec &gpu, UseCase useCase);
    static CheckItem bandwidth(const GpuSpec &gpu, UseCase useCase);
    static CheckItem power(const GpuSpec &gpu);
    static CheckItem interconnect(const GpuSpec &gpu, UseCase useCase);
    static CheckItem precisions(const GpuSpec &gpu);

    // The worst status of the items (Fail > Warning > Unknown > Pass).
    static CheckStatus overall(const QList<CheckItem> &items);
};
