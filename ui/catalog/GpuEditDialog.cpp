#include "GpuEditDialog.h"

#include "CatalogCsv.h"
#include "CatalogFieldCheck.h"
#include "FieldForm.h"
#include "FormGroup.h"
#include "GpuPreview.h"
#include "GpuTableModel.h"
#include "HfConfigImporter.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

GpuEditDialog::GpuEditDialog(Purpose purpose, const GpuSpec &initial, const QStringList &takenIds,
                             QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_takenIds(takenIds)
    , m_form(new FieldForm(this))
    , m_preview(new GpuPreview(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("gpuEditDialog"));
    switch (purpose) {
    case Purpose::Add:
        setWindowTitle(tr("Add a GPU"));
        break;
    case Purpose::Duplicate:
        setWindowTitle(tr("Duplicate %1").arg(initial.name));
        break;
    case Purpose::Edit:
        setWindowTitle(tr("Edit %1").arg(initial.name));
        break;
    }

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(createFields());
    m_summary->setWordWrap(true);
    if (purpose == Purpose::Edit && initial.origin == RowOrigin::Bundled)
        m_summary->setText(tr("Your changes make this row yours: catalog updates leave it alone, "
                              "and Catalog > Revert to bundled values undoes them."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_preview);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_form->setCells(CatalogCsv::gpuColumns(), CatalogCsv::gpuToFields(initial));
    if (purpose == Purpose::Edit) {
        // The id ties the row to its bundled values and to shortlists: it stays.
        static_cast<QLineEdit *>(m_form->editor(QStringLiteral("id")))->setReadOnly(true);
    }
    connect(m_form, &FieldForm::edited, this, &GpuEditDialog::validate);
    connect(static_cast<QLineEdit *>(m_form->editor(QStringLiteral("id"))), &QLineEdit::textEdited,
            this, [this] { m_idTyped = true; });
    connect(static_cast<QLineEdit *>(m_form->editor(QStringLiteral("name"))),
            &QLineEdit::textEdited, this, &GpuEditDialog::suggestId);
    resize(1020, 800);
    validate();
}

QWidget *GpuEditDialog::createFields()
{
    FieldForm &f = *m_form;
    FieldForm::Choices classes;
    for (GpuClass c :
         {GpuClass::Consumer, GpuClass::Workstation, GpuClass::Datacenter, GpuClass::Soc})
        classes.append({gpuClassKey(c), GpuTableModel::className(c)});
    const FieldForm::Choices stacks = {{QStringLiteral("cuda"), QStringLiteral("CUDA")},
                                       {QStringLiteral("rocm"), QStringLiteral("ROCm")},
                                       {QStringLiteral("oneapi"), QStringLiteral("oneAPI")},
                                       {QStringLiteral("metal"), QStringLiteral("Metal")},
                                       {QStringLiteral("vulkan"), QStringLiteral("Vulkan")},
                                       {QStringLiteral("gaudi"), QStringLiteral("Gaudi")}};
    const QString tflops = QStringLiteral("TFLOPS");

    QGroupBox *identity = FormGroup::create(
        tr("GPU"),
        {{tr("Name:"), f.addText(QStringLiteral("name"), tr("e.g. GeForce RTX 5090"))},
         {tr("Id:"), f.addText(QStringLiteral("id"), tr("lower-case letters, digits, . - _"))},
         {tr("Vendor:"), f.addText(QStringLiteral("vendor"), tr("NVIDIA, AMD, Intel, Apple, …"))},
         {tr("Class:"), f.addChoice(QStringLiteral("class"), classes)},
         {tr("Architecture:"), f.addText(QStringLiteral("architecture"))},
         {tr("Release year:"), f.addInteger(QStringLiteral("release_year"))}});
    QGroupBox *memory = FormGroup::create(
        tr("Memory"),
        {{tr("Memory as sold:"), f.addNumber(QStringLiteral("vram_gb"), QStringLiteral("GB"))},
         {tr("Usable by the GPU:"),
          f.addNumber(QStringLiteral("usable_vram_gib"), QStringLiteral("GiB"))},
         {tr("Memory type:"), f.addText(QStringLiteral("memory_type"), tr("e.g. GDDR7, HBM3"))},
         {tr("Bandwidth:"),
          f.addNumber(QStringLiteral("bandwidth_gbps"), QStringLiteral("GB/s"))}});
    QGroupBox *compute = FormGroup::create(
        tr("Compute (dense, without sparsity)"),
        {{tr("FP32:"), f.addNumber(QStringLiteral("fp32_tflops"), tflops)},
         {tr("FP16 tensor:"), f.addNumber(QStringLiteral("fp16_tensor_tflops"), tflops)},
         {tr("BF16 tensor:"), f.addNumber(QStringLiteral("bf16_tensor_tflops"), tflops)},
         {tr("INT8 tensor:"),
          f.addNumber(QStringLiteral("int8_tensor_tops"), QStringLiteral("TOPS"))},
         {tr("FP8 support:"), f.addYesNo(QStringLiteral("fp8_support"))},
         {tr("INT4 support:"), f.addYesNo(QStringLiteral("int4_support"))}});
    QGroupBox *board = FormGroup::create(
        tr("Power and connections"),
        {{tr("Board power:"), f.addNumber(QStringLiteral("tdp_w"), QStringLiteral("W"))},
         {tr("Form factor:"), f.addText(QStringLiteral("form_factor"), tr("PCIe, SXM5, OAM, SoC"))},
         {tr("PCIe generation:"), f.addInteger(QStringLiteral("pcie_gen"))},
         {tr("PCIe lanes:"), f.addInteger(QStringLiteral("pcie_lanes"))},
         {tr("GPU-to-GPU link:"), f.addText(QStringLiteral("fabric"), tr("NVLink 4, none, …"))},
         {tr("Link bandwidth:"),
          f.addNumber(QStringLiteral("fabric_gbps"), QStringLiteral("GB/s"))},
         {tr("Software:"), f.addFlags(QStringLiteral("software_stack"), stacks)}});
    QGroupBox *prices = FormGroup::create(
        tr("Prices"),
        {{tr("Launch price:"),
          f.addNumber(QStringLiteral("launch_price_usd"), QStringLiteral("USD"))},
         //: Unit of a price in Swedish kronor
         {tr("Street price:"), f.addNumber(QStringLiteral("street_price_sek"), tr("SEK"))},
         {tr("Street price date:"), f.addDate(QStringLiteral("street_price_date"))},
         {QString(), f.addCheck(QStringLiteral("street_price_converted"),
                                tr("Converted from the USD price, not a Swedish price"))},
         //: Unit of a rental price: US dollars per hour
         {tr("Cloud rental:"), f.addNumber(QStringLiteral("cloud_usd_per_hour"), tr("USD/h"))},
         {tr("Cloud price date:"), f.addDate(QStringLiteral("cloud_price_date"))}});
    QGroupBox *sources = FormGroup::create(
        tr("Sources"),
        {{tr("Sources:"),
          f.addLines(QStringLiteral("sources"), 3,
                     tr("Where the figures come from, one per line: a link or a document"))},
         {tr("Notes:"), f.addLines(QStringLiteral("notes"), 2)}});

    auto *fields = new QWidget(this);
    auto *columns = new QHBoxLayout(fields);
    columns->setContentsMargins(0, 0, 0, 0);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    for (QGroupBox *box : {identity, memory, compute})
        left->addWidget(box);
    for (QGroupBox *box : {board, prices, sources})
        right->addWidget(box);
    left->addStretch();
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    return fields;
}

QPushButton *GpuEditDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void GpuEditDialog::suggestId()
{
    if (m_purpose == Purpose::Edit || m_idTyped)
        return;
    m_form->setCell(QStringLiteral("id"),
                    HfConfigImporter::slugify(m_form->cell(QStringLiteral("name"))));
    validate();
}

void GpuEditDialog::validate()
{
    const QStringList columns = CatalogCsv::gpuColumns();
    QStringList cells = m_form->cells(columns);
    QHash<QString, QString> problems = CatalogFieldCheck::gpuProblems(cells);
    const auto typed = m_form->inputProblems();
    for (auto it = typed.cbegin(); it != typed.cend(); ++it)
        problems.insert(it.key(), it.value());
    const QString id = m_form->cell(QStringLiteral("id"));
    if (m_purpose != Purpose::Edit && m_takenIds.contains(id) &&
        !problems.contains(QStringLiteral("id")))
        problems.insert(QStringLiteral("id"),
                        tr("is already in the catalog: choose another id, or edit that GPU"));
    m_form->showProblems(problems);
    okButton()->setEnabled(problems.isEmpty());

    // The preview works from what is valid: a bad figure counts as unknown.
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (problems.contains(columns.at(c)))
            cells[c].clear();
    }
    const auto previewed = CatalogCsv::gpuFromFields(cells);
    m_gpu = problems.isEmpty() && previewed ? std::optional<GpuSpec>(*previewed) : std::nullopt;
    if (m_gpu)
        m_gpu->origin = RowOrigin::User;
    // Name, vendor, id or sources missing leave the figures unaffected: preview without them.
    cells[0] = QStringLiteral("preview");
    for (int c : {1, 2})
        cells[c] = cells[c].isEmpty() ? QStringLiteral("?") : cells[c];
    cells[columns.indexOf(QStringLiteral("sources"))] = QStringLiteral("?");
    const auto figures = CatalogCsv::gpuFromFields(cells);
    m_preview->setGpu(figures ? std::optional<GpuSpec>(*figures) : std::nullopt);
}

void GpuEditDialog::setWorkload(const std::optional<EstimateRequest> &workload,
                                const CostSettings &costs)
{
    m_preview->setWorkload(workload, costs);
    validate();
}
