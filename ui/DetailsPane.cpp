#include "DetailsPane.h"

#include "CostCalculator.h"
#include "Estimate.h"
#include "Formatting.h"
#include "GpuTableModel.h"
#include "LlmChecklist.h"
#include "UseCase.h"
#include "WorkloadEvaluator.h"

#include <QEvent>
#include <QLocale>

namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(esc(label), value);
}

QString gib(const EstimateRange &r)
{
    return DetailsPane::tr("%1 GiB (%2–%3)")
        .arg(Formatting::number(r.estimate / kGiB, 1), Formatting::number(r.low / kGiB, 1),
             Formatting::number(r.high / kGiB, 1));
}

QString rate(const EstimateRange &r)
{
    auto n = [](double v) {
        return Formatting::number(v, v < 10 ? 1 : 0);
    };
    return DetailsPane::tr("%1 tokens/s (%2–%3)").arg(n(r.estimate), n(r.low), n(r.high));
}

QString statusMark(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Pass:
        return QStringLiteral("<span style='color:#2e7d32'>✔</span>");
    case CheckStatus::Warning:
        return QStringLiteral("<span style='color:#ef6c00'>▲</span>");
    case CheckStatus::Fail:
        return QStringLiteral("<span style='color:#c62828'>✖</span>");
    case CheckStatus::Unknown:
        break;
    }
    return QStringLiteral("<span style='color:#757575'>?</span>");
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QTextBrowser(parent)
    , m_costs(CostSettings::defaults())
{
    setOpenExternalLinks(true);
    setObjectName(QStringLiteral("details"));
    // A GPU's details run longer than the pane at any usual window height: a scroll bar shown
    // only when needed would narrow the page after each text is laid out, and lay it out again.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    render();
}

void DetailsPane::setGpu(const std::optional<GpuSpec> &gpu)
{
    m_gpu = gpu;
    render();
}

void DetailsPane::setWorkload(const std::optional<EstimateRequest> &workload)
{
    m_workload = workload;
    render();
}

void DetailsPane::setCosts(const CostSettings &costs)
{
    m_costs = costs;
    render();
}

void DetailsPane::showEvent(QShowEvent *event)
{
    QTextBrowser::showEvent(event);
    // In the window's tab and splitter the pane gets its width only after its own show event
    // (a tab widget lays out its page when shown): made a moment later, before the first
    // paint, the text is laid out once, at the width it is seen at.
    if (m_renderPending)
        QMetaObject::invokeMethod(this, &DetailsPane::renderPending, Qt::QueuedConnection);
}

void DetailsPane::renderPending()
{
    if (m_renderPending)
        render();
}

void DetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QTextBrowser::changeEvent(event);
}

void DetailsPane::render()
{
    // Hidden (before the window is first shown, or behind the compare tab), the text is made
    // when shown: at start-up GPU, workload and costs each arrive before the first paint.
    if (!isVisible()) {
        m_renderPending = true;
        return;
    }
    m_renderPending = false;
    if (!m_gpu) {
        setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                    .arg(esc(tr("Select a GPU in the table to see its details."))));
        return;
    }
    const GpuSpec &g = *m_gpu;
    QString html = QStringLiteral("<h2>%1</h2><p>%2 · %3</p>")
                       .arg(esc(g.name), esc(g.vendor), esc(GpuTableModel::className(g.gpuClass)));
    if (m_workload)
        html += workloadHtml(g);
    html += checklistHtml(g);
    html += specsHtml(g);
    setHtml(html);
}

QString DetailsPane::workloadHtml(const GpuSpec &g) const
{
    const EstimateRequest &w = *m_workload;
    const Estimate e = WorkloadEvaluator::estimateFor(w, g);
    const MemoryEstimate &m = e.memory;
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("%1 on this GPU").arg(w.model.name)));
    html += QStringLiteral("<table>");
    const QString fit =
        e.fits ? (e.request.gpuCount == 1 ? tr("fits on one GPU")
                                          : tr("fits on %1 GPUs").arg(e.request.gpuCount))
               : (e.gpusNeeded > 0 ? tr("needs %1 GPUs").arg(e.gpusNeeded)
                                   : tr("does not fit even on many GPUs"));
    html += row(tr("Fit"), QStringLiteral("<b>%1</b>").arg(esc(fit)));
    html += row(tr("Memory per GPU"),
                esc(tr("%1 of %2 GiB usable")
                        .arg(gib(m.perGpu), Formatting::number(e.usableBytesPerGpu / kGiB, 1))));
    html += row(tr("Weights"), esc(gib(m.weights)));
    if (m.training) {
        html += row(tr("Gradients"), esc(gib(m.gradients)));
        html += row(tr("Optimizer"), esc(gib(m.optimizer)));
        html += row(tr("Activations"), esc(gib(m.activations)));
    } else {
        html += row(tr("KV cache"), esc(gib(m.kvCache)));
        html += row(tr("Workspace"), esc(gib(m.activations)));
    }
    html += row(tr("Runtime overhead"), esc(gib(m.overhead)));
    html += row(tr("Total, all GPUs"), esc(gib(m.total)));
    const SpeedEstimate &s = e.speed;
    if (s.decodeTokensPerS)
        html += row(tr("Generation"), esc(rate(*s.decodeTokensPerS)));
    if (s.aggregateTokensPerS && e.request.batch > 1)
        html += row(tr("All users together"), esc(rate(*s.aggregateTokensPerS)));
    if (s.prefillTokensPerS)
        html += row(tr("Prompt reading"), esc(rate(*s.prefillTokensPerS)));
    if (s.trainingHours) {
        html += row(tr("Training time"),
                    esc(tr("%1 h for %2 M tokens")
                            .arg(Formatting::number(s.trainingHours->estimate, 1),
                                 Formatting::number(e.request.trainingTokens / 1e6, 0))));
    }

    const int count = std::max(1, e.fits ? e.request.gpuCount : e.gpusNeeded);
    const CostCalculator calculator(m_costs);
    const auto tco = calculator.tco(g, count);
    if (tco) {
        html += row(tr("Purchase"), esc(Formatting::moneyFromSek(tco->purchaseSek)));
        html += row(tr("Electricity per year"),
                    esc(Formatting::moneyFromSek(tco->electricityPerYearSek)));
        html += row(tr("Total cost over %n year(s)", nullptr, m_costs.years),
                    esc(Formatting::moneyFromSek(tco->totalSek)));
    } else {
        html += row(tr("Cost"), esc(tr("unknown: %1").arg(tco.error().message)));
    }
    if (const auto cloud = calculator.cloudRentalPerYearSek(g, count))
        html += row(tr("Renting instead, per year"), esc(Formatting::moneyFromSek(*cloud)));
    html += QStringLiteral("</table>");

    if (!e.warnings.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Warnings")));
        for (const QString &warning : e.warnings)
            html += QStringLiteral("<li>%1</li>").arg(esc(warning));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p><b>%1</b></p><ul style='color:#555'>")
                .arg(esc(tr("How this was worked out")));
    for (const QString &line : e.basis)
        html += QStringLiteral("<li>%1</li>").arg(esc(line));
    html += QStringLiteral("</ul>");
    return html;
}

QString DetailsPane::checklistHtml(const GpuSpec &g) const
{
    const UseCase useCase = m_workload ? useCaseOf(m_workload->workload) : UseCase::Inference;
    QString html = QStringLiteral("<h3>%1</h3><table>")
                       .arg(esc(tr("Checklist for %1").arg(useCaseName(useCase))));
    for (const CheckItem &item : LlmChecklist::evaluate(g, useCase))
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(statusMark(item.status), esc(item.reason));
    return html + QStringLiteral("</table>");
}

QString DetailsPane::specsHtml(const GpuSpec &g) const
{
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(esc(tr("Specifications")));
    GpuTableModel one;
    one.setGpus({g});
    for (int column = GpuTableModel::Vendor; column < GpuTableModel::VramNeededGiB; ++column) {
        html +=
            row(GpuTableModel::columnTitle(column), esc(one.index(0, column).data().toString()));
    }
    if (g.streetPriceSek) {
        html += row(tr("Price date"),
                    esc(QLocale().toString(g.streetPriceDate, QLocale::ShortFormat) +
                        (g.streetPriceConverted ? tr(" (converted from USD)") : QString())));
    }
    if (g.cloudUsdPerHour)
        html += row(tr("Cloud price date"),
                    esc(QLocale().toString(g.cloudPriceDate, QLocale::ShortFormat)));
    html += QStringLiteral("</table><h3>%1</h3><ul>").arg(esc(tr("Sources")));
    for (const QString &source : g.sources) {
        const QString link = source.section(u' ', 0, 0);
        html += link.startsWith(QStringLiteral("http"))
                    ? QStringLiteral("<li><a href='%1'>%2</a>%3</li>")
                          .arg(esc(link), esc(link), esc(source.mid(link.size())))
                    : QStringLiteral("<li>%1</li>").arg(esc(source));
    }
    html += QStringLiteral("</ul>");
    if (!g.notes.isEmpty())
        html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(tr("Notes")), esc(g.notes));
    return html;
}
