#include "GpuPreview.h"

#include "CostCalculator.h"
#include "Formatting.h"
#include "GpuSpec.h"
#include "PriceMetrics.h"
#include "WeightFormat.h"
#include "WorkloadEvaluator.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

GpuPreview::GpuPreview(QWidget *parent)
    : QGroupBox(parent)
{
    setObjectName(QStringLiteral("preview"));
    setTitle(tr("Preview: what the figures become"));
    auto *layout = new QVBoxLayout(this);
    m_for = new QLabel(this);
    m_for->setWordWrap(true);
    layout->addWidget(m_for);
    // Three figures a line, so that the form above keeps the room.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);
    layout->addLayout(grid);
    int at = 0;
    auto add = [this, grid, &at](const char *name, const QString &caption) {
        auto *value = new QLabel(this);
        value->setObjectName(QLatin1String(name));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(new QLabel(caption, this), at / 3, (at % 3) * 2);
        grid->addWidget(value, at / 3, (at % 3) * 2 + 1);
        ++at;
        return value;
    };
    m_fit = add("fit", tr("Memory:"));
    m_gpus = add("gpusNeeded", tr("GPUs needed:"));
    m_speed = add("speed", tr("Generation:"));
    m_electricity = add("electricity", tr("Electricity per year:"));
    m_perTflop = add("perTflop", tr("Price per FP16 TFLOP:"));
}

void GpuPreview::setWorkload(const std::optional<EstimateRequest> &workload,
                             const CostSettings &costs)
{
    m_workload = workload;
    m_costs = costs;
}

QString GpuPreview::figure(const QString &name) const
{
    const auto *label = findChild<QLabel *>(name);
    return label ? label->text() : QString();
}

void GpuPreview::clearFigures(const QString &text)
{
    m_for->setText(text);
    for (QLabel *label : {m_fit, m_gpus, m_speed, m_electricity, m_perTflop})
        label->setText(QStringLiteral("–"));
}

void GpuPreview::setGpu(const std::optional<GpuSpec> &gpu)
{
    if (!gpu) {
        clearFigures(tr("Fill in the fields marked in red to see the figures."));
        return;
    }
    const CostCalculator calculator(m_costs);
    const auto price = calculator.purchasePriceSek(*gpu);
    const auto perTflop =
        price ? PriceMetrics::of(*gpu, *price).perFp16Tflop() : std::optional<double>();
    auto money = [](std::optional<double> sek) {
        return sek ? Formatting::moneyFromSek(*sek) : Formatting::unknown();
    };
    if (!m_workload) {
        clearFigures(tr("Choose a model in the main window to see what this GPU does with it."));
        m_perTflop->setText(money(perTflop));
        return;
    }
    m_for->setText(tr("For %1 with the main window's workload (%2, %3 tokens).")
                       .arg(m_workload->model.name, WeightFormats::label(m_workload->format),
                            QLocale().toString(m_workload->context)));

    const GpuEvaluation e = WorkloadEvaluator::evaluate(*m_workload, m_costs, *gpu);
    const auto usable = gpu->effectiveVramGiB();
    QString fit;
    if (!usable)
        fit = tr("unknown: no memory size");
    else if (e.fitsOnOne.value_or(false))
        fit = tr("fits: %1 of %2 GiB")
                  .arg(Formatting::optionalNumber(e.vramNeededGiB, 1),
                       Formatting::number(*usable, 1));
    else
        fit = tr("does not fit on one: %1 GiB needed per GPU")
                  .arg(Formatting::optionalNumber(e.vramNeededGiB, 1));
    m_fit->setText(fit);
    m_gpus->setText(e.gpusNeeded ? QLocale().toString(*e.gpusNeeded) : tr("more than 8"));
    m_speed->setText(
        e.decodeTokensPerS
            ? tr("%1 tokens/s")
                  .arg(Formatting::number(*e.decodeTokensPerS, *e.decodeTokensPerS < 10 ? 1 : 0))
            : Formatting::unknown());

    // Electricity does not depend on the price: a price of 0 stands in for an unknown one.
    const auto tco = calculator.tco(*gpu, e.gpusNeeded.value_or(1), {}, price.value_or(0));
    const int count = e.gpusNeeded.value_or(1);
    m_electricity->setText(tco ? tr("%1 for %n GPU(s)", nullptr, count)
                                     .arg(Formatting::moneyFromSek(tco->electricityPerYearSek))
                               : tr("unknown: no power figure"));
    m_perTflop->setText(money(perTflop));
}
