#include "ModelEditDialog.h"

#include "CatalogCsv.h"
#include "CatalogFieldCheck.h"
#include "FieldForm.h"
#include "FormGroup.h"
#include "Formatting.h"
#include "HfConfigImporter.h"
#include "KvCacheEstimator.h"
#include "ModelTensors.h"
#include "WeightsEstimator.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

constexpr double kGB = 1e9;
constexpr int kPreviewContext = 4096;

} // namespace

ModelEditDialog::ModelEditDialog(Purpose purpose, const ModelSpec &initial,
                                 const QStringList &takenIds, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_takenIds(takenIds)
    , m_form(new FieldForm(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("modelEditDialog"));
    if (purpose == Purpose::Add)
        setWindowTitle(tr("Add a model"));
    else if (purpose == Purpose::Duplicate)
        setWindowTitle(tr("Duplicate %1").arg(initial.name));
    else
        setWindowTitle(tr("Edit %1").arg(initial.name));

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(createFields());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(createPreview());
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_form->setCells(CatalogCsv::modelColumns(), CatalogCsv::modelToFields(initial));
    auto *id = static_cast<QLineEdit *>(m_form->editor(QStringLiteral("id")));
    id->setReadOnly(purpose == Purpose::Edit);
    connect(m_form, &FieldForm::edited, this, &ModelEditDialog::validate);
    connect(id, &QLineEdit::textEdited, this, [this] { m_idTyped = true; });
    connect(static_cast<QLineEdit *>(m_form->editor(QStringLiteral("name"))),
            &QLineEdit::textEdited, this, [this](const QString &name) {
                if (m_purpose == Purpose::Edit || m_idTyped)
                    return;
                m_form->setCell(QStringLiteral("id"), HfConfigImporter::slugify(name));
                validate();
            });
    resize(960, 760);
    validate();
}

QWidget *ModelEditDialog::createFields()
{
    FieldForm &f = *m_form;
    auto count = [&f](const char *column, bool required = true, const QString &unit = {}) {
        QWidget *field = f.addInteger(QLatin1String(column), unit, !required);
        if (!required) {
            //: Placeholder of an empty count in the model form: the model has none of it
            static_cast<QLineEdit *>(f.editor(QLatin1String(column)))
                ->setPlaceholderText(tr("none"));
        }
        return field;
    };
    const FieldForm::Choices attention = {{QStringLiteral("mha"), tr("Multi-head (MHA)")},
                                          {QStringLiteral("gqa"), tr("Grouped-query (GQA)")},
                                          {QStringLiteral("mqa"), tr("Multi-query (MQA)")},
                                          {QStringLiteral("mla"), tr("Multi-head latent (MLA)")}};
    const FieldForm::Choices mlp = {
        {QStringLiteral("gated"), tr("Gated: SwiGLU/GeGLU, 3 matrices")},
        {QStringLiteral("plain"), tr("Plain: GELU, 2 matrices")}};

    QGroupBox *general = FormGroup::create(
        tr("Model"),
        {{tr("Name:"), f.addText(QStringLiteral("name"), tr("e.g. Llama 3.1 8B"))},
         {tr("Id:"), f.addText(QStringLiteral("id"), tr("lower-case letters, digits, . - _"))},
         {tr("Family:"), f.addText(QStringLiteral("family"), tr("llama, qwen2, mixtral, …"))},
         {tr("Hugging Face repository:"),
          f.addText(QStringLiteral("hf_repo"), tr("organisation/model"))},
         {tr("Maximum context:"),
          f.addInteger(QStringLiteral("max_context"), tr("tokens"), false)}});
    QGroupBox *shape = FormGroup::create(
        tr("Architecture"),
        {{tr("Layers:"), count("layers")},
         {tr("Hidden size:"), count("hidden_size")},
         {tr("Intermediate size:"), count("intermediate_size", false)},
         {tr("Attention heads:"), count("attention_heads")},
         {tr("KV heads:"), count("kv_heads")},
         {tr("Head dimension:"), count("head_dim")},
         {tr("Vocabulary:"), f.addInteger(QStringLiteral("vocab_size"), tr("tokens"), false)},
         {tr("Attention:"), f.addChoice(QStringLiteral("attention"), attention)},
         {tr("Feed-forward:"), f.addChoice(QStringLiteral("mlp"), mlp)},
         {QString(), f.addCheck(QStringLiteral("tied_embeddings"),
                                tr("Output head shares the embedding matrix"))},
         {QString(),
          f.addCheck(QStringLiteral("qkv_bias"), tr("Bias on the Q, K and V projections"))}});
    QGroupBox *window =
        FormGroup::create(tr("Sliding-window attention"),
                          {{tr("Window:"), count("sliding_window", false, tr("tokens"))},
                           {tr("Layers using it:"), count("sliding_window_layers", false)}});
    QGroupBox *experts =
        FormGroup::create(tr("Mixture of experts"),
                          {{tr("Experts in total:"), count("experts_total", false)},
                           {tr("Experts per token:"), count("experts_active", false)},
                           {tr("Shared experts:"), count("shared_experts", false)},
                           {tr("Expert intermediate size:"), count("moe_intermediate_size", false)},
                           {tr("Leading dense layers:"), count("dense_layers", false)}});
    QGroupBox *latent = FormGroup::create(
        tr("Latent attention (MLA)"),
        {{tr("Query LoRA rank:"), count("q_lora_rank", false)},
         {tr("KV LoRA rank:"), count("kv_lora_rank", false)},
         {tr("QK head dimension without RoPE:"), count("qk_nope_head_dim", false)},
         {tr("QK RoPE head dimension:"), count("qk_rope_head_dim", false)},
         {tr("V head dimension:"), count("v_head_dim", false)}});
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
    for (QGroupBox *box : {general, shape})
        left->addWidget(box);
    for (QGroupBox *box : {window, experts, latent, sources})
        right->addWidget(box);
    left->addStretch();
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    return fields;
}

QGroupBox *ModelEditDialog::createPreview()
{
    auto *box = new QGroupBox(tr("Preview: what the architecture gives"), this);
    box->setObjectName(QStringLiteral("preview"));
    // Two figures a line, so that the form above keeps the room.
    auto *grid = new QGridLayout(box);
    grid->setHorizontalSpacing(12);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    int at = 0;
    auto add = [box, grid, &at](const char *name, const QString &caption) {
        auto *value = new QLabel(box);
        value->setObjectName(QLatin1String(name));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(new QLabel(caption, box), at / 2, (at % 2) * 2);
        grid->addWidget(value, at / 2, (at % 2) * 2 + 1);
        ++at;
        return value;
    };
    m_params = add("params", tr("Parameters:"));
    m_active = add("activeParams", tr("Active per token:"));
    m_fp16 = add("fp16Weights", tr("Weights in FP16:"));
    m_q4 = add("q4Weights", tr("Weights in Q4_K_M:"));
    m_kvCache = add("kvCache",
                    tr("KV cache for %1 tokens (FP16):").arg(QLocale().toString(kPreviewContext)));
    return box;
}

QPushButton *ModelEditDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString ModelEditDialog::figure(const QString &name) const
{
    const auto *label = findChild<QLabel *>(name);
    return label ? label->text() : QString();
}

void ModelEditDialog::validate()
{
    const QStringList columns = CatalogCsv::modelColumns();
    QStringList cells = m_form->cells(columns);
    const qsizetype totalAt = columns.indexOf(QStringLiteral("params_total_b"));
    const qsizetype activeAt = columns.indexOf(QStringLiteral("params_active_b"));
    // The parameter counts follow from the architecture; 1 stands in until it is complete.
    cells[totalAt] = cells[activeAt] = QStringLiteral("1");
    std::optional<ModelSpec> model;
    if (auto read = CatalogCsv::modelFromFields(cells)) {
        model = *read;
        ModelArchitecture::computeParameterCounts(*model);
        cells[totalAt] = QString::number(model->paramsTotalB, 'g', 12);
        cells[activeAt] = QString::number(model->paramsActiveB, 'g', 12);
    }
    QHash<QString, QString> problems = CatalogFieldCheck::modelProblems(cells);
    const auto typed = m_form->inputProblems();
    for (auto it = typed.cbegin(); it != typed.cend(); ++it)
        problems.insert(it.key(), it.value());
    if (m_purpose != Purpose::Edit && m_takenIds.contains(m_form->cell(QStringLiteral("id"))) &&
        !problems.contains(QStringLiteral("id")))
        problems.insert(QStringLiteral("id"),
                        tr("is already in the catalog: choose another id, or edit that model"));
    m_form->showProblems(problems);
    okButton()->setEnabled(problems.isEmpty());
    m_model.reset();
    if (problems.isEmpty() && model) {
        m_model = model;
        m_model->origin = RowOrigin::User;
    }
    // Problems with the name, id or sources do not change what the architecture gives.
    for (const QString &column :
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("sources"),
          QStringLiteral("family"), QStringLiteral("hf_repo"), QStringLiteral("notes")})
        problems.remove(column);
    showPreview(problems.isEmpty() ? model : std::nullopt);
}

void ModelEditDialog::showPreview(const std::optional<ModelSpec> &model)
{
    if (!model) {
        for (QLabel *label : {m_params, m_active, m_fp16, m_q4, m_kvCache})
            label->setText(QStringLiteral("–"));
        m_params->setText(tr("fill in the architecture fields marked in red"));
        return;
    }
    auto billions = [](double b) {
        return tr("%1 billion").arg(Formatting::number(b, b < 10 ? 2 : 1));
    };
    auto gigabytes = [](double bytes) {
        return tr("%1 GB").arg(Formatting::number(bytes / kGB, 1));
    };
    m_params->setText(billions(model->paramsTotalB));
    m_active->setText(model->isMoe() ? billions(model->paramsActiveB) : tr("all (dense model)"));
    m_fp16->setText(gigabytes(WeightsEstimator::estimate(*model, WeightFormat::Fp16).totalBytes));
    m_q4->setText(
        gigabytes(WeightsEstimator::estimate(*model, WeightFormat::GgufQ4_K_M).totalBytes));
    m_kvCache->setText(gigabytes(
        KvCacheEstimator::bytes(*model, KvCacheType::F16, kPreviewContext, 1, Engine::LlamaCpp)));
}
