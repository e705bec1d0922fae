#pragma once

// What the estimator and cost figures of a GPU become for the main window's model and workload,
// shown live in the GPU form as its fields change: memory and fit, GPUs needed, generation
// speed, electricity per year and price per FP16 TFLOP.

#include "CostSettings.h"
#include "EstimateRequest.h"

#include <QGroupBox>

#include <optional>

class QLabel;
struct GpuSpec;

class GpuPreview : public QGroupBox
{
    Q_OBJECT

public:
    explicit GpuPreview(QWidget *parent = nullptr);

    void setWorkload(const std::optional<EstimateRequest> &workload, const CostSettings &costs);
    // nullopt: the form cannot make a GPU of what it holds yet.
    void setGpu(const std::optional<GpuSpec> &gpu);

    QString figure(const QString &name) const; // the text of one figure, by its object name

private:
    void clearFigures(const QString &text);

    std::optional<EstimateRequest> m_workload;
    CostSettings m_costs;
    QLabel *m_for = nullptr;
    QLabel *m_fit = nullptr;
    QLabel *m_gpus = nullptr;
    QLabel *m_speed = nullptr;
    QLabel *m_electricity = nullptr;
    QLabel *m_perTflop = nullptr;
};
