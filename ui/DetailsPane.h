#pragma once

// Everything about the current GPU: each figure with its unit and source, the article's
// checklist for the workload, and the memory, speed and cost estimates with their basis.

#include "CostSettings.h"
#include "EstimateRequest.h"
#include "GpuSpec.h"

#include <QTextBrowser>

#include <optional>

class DetailsPane : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void setGpu(const std::optional<GpuSpec> &gpu);
    QString gpuId() const { return m_gpu ? m_gpu->id : QString(); } // empty: none shown
    void setWorkload(const std::optional<EstimateRequest> &workload);
    void setCosts(const CostSettings &costs);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void render();
    void renderPending();
    QString specsHtml(const GpuSpec &g) const;
    QString checklistHtml(const GpuSpec &g) const;
    QString workloadHtml(const GpuSpec &g) const;

    std::optional<GpuSpec> m_gpu;
    std::optional<EstimateRequest> m_workload;
    CostSettings m_costs;
    bool m_renderPending = false; // changed while hidden: made again when shown
};
