#include "WorkloadPanel.h"

#include "Estimator.h"
#include "WeightFormat.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

namespace {

const QList<Workload> kWorkloads = {Workload::Inference, Workload::Lora, Workload::Qlora,
                                    Workload::FullFineTune};

// Engines by their product names, which no language translates.
const QList<std::pair<Engine, const char *>> kEngines = {
    {Engine::LlamaCpp, "llama.cpp"},
    {Engine::Ollama, "Ollama"},
    {Engine::Vllm, "vLLM"},
    {Engine::Transformers, "Transformers"}, // Hugging Face's library
    {Engine::ExLlamaV2, "ExLlamaV2"},
    {Engine::Mlc, "MLC LLM"},
    {Engine::TensorRtLlm, "TensorRT-LLM"},
    {Engine::Unsloth, "Unsloth"},
    {Engine::DeepSpeed, "DeepSpeed"},
};

// The formats offered: the engines' own and the common GGUF files, most used first.
const QList<WeightFormat> kFormats = {
    WeightFormat::Fp16,     WeightFormat::Bf16,       WeightFormat::Fp32,
    WeightFormat::Fp8,      WeightFormat::Int8,       WeightFormat::Int4,
    WeightFormat::Nf4,      WeightFormat::GgufF16,    WeightFormat::GgufQ8_0,
    WeightFormat::GgufQ6_K, WeightFormat::GgufQ5_K_M, WeightFormat::GgufQ4_K_M,
    WeightFormat::GgufQ4_0, WeightFormat::GgufQ3_K_M, WeightFormat::GgufQ2_K,
};

} // namespace

WorkloadPanel::WorkloadPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    m_modelLabel = new QLabel(this);
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("model"));
    // Narrow enough for the window to fit a 1366-pixel screen; the lists open as wide as
    // their longest names.
    m_model->setMinimumContentsLength(18);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_import = new QPushButton(this);
    m_workloadLabel = new QLabel(this);
    m_workload = new QComboBox(this);
    m_workload->setObjectName(QStringLiteral("workload"));
    for (Workload w : kWorkloads)
        m_workload->addItem(QString(), EstimateKeys::workloadKey(w));
    m_formatLabel = new QLabel(this);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    fillFormats();
    m_contextLabel = new QLabel(this);
    m_context = new QSpinBox(this);
    m_context->setObjectName(QStringLiteral("context"));
    m_context->setRange(128, 1'048'576);
    m_context->setSingleStep(1024);
    m_context->setValue(4096);
    m_context->setGroupSeparatorShown(true);
    m_batchLabel = new QLabel(this);
    m_batch = new QSpinBox(this);
    m_batch->setObjectName(QStringLiteral("batch"));
    m_batch->setRange(1, 1024);
    m_engineLabel = new QLabel(this);
    m_engine = new QComboBox(this);
    m_engine->setObjectName(QStringLiteral("engine"));
    m_engine->setMinimumContentsLength(9);
    m_engine->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_engine->addItem(QString(), QString()); // automatic
    for (const auto &[engine, name] : kEngines)
        m_engine->addItem(QString::fromLatin1(name), EstimateKeys::engineKey(engine));

    int column = 0;
    auto add = [&](QLabel *label, QWidget *field, QWidget *extra = nullptr) {
        label->setBuddy(field);
        layout->addWidget(label, 0, column, 1, extra ? 2 : 1);
        layout->addWidget(field, 1, column++);
        if (extra)
            layout->addWidget(extra, 1, column++);
    };
    add(m_modelLabel, m_model, m_import);
    add(m_workloadLabel, m_workload);
    add(m_formatLabel, m_format);
    add(m_contextLabel, m_context);
    add(m_batchLabel, m_batch);
    add(m_engineLabel, m_engine);
    layout->setColumnStretch(0, 3);
    layout->setContentsMargins(6, 4, 6, 4);

    for (QComboBox *box : {m_model, m_workload, m_format, m_engine})
        connect(box, &QComboBox::currentIndexChanged, this, &WorkloadPanel::changed);
    for (QSpinBox *box : {m_context, m_batch})
        connect(box, &QSpinBox::valueChanged, this, &WorkloadPanel::changed);
    connect(m_import, &QPushButton::clicked, this, &WorkloadPanel::importRequested);
    retranslate();
}

void WorkloadPanel::fillFormats()
{
    for (WeightFormat f : kFormats)
        m_format->addItem(WeightFormats::label(f), WeightFormats::key(f));
}

void WorkloadPanel::setModels(const QList<ModelSpec> &models)
{
    const QString current = modelId();
    m_models = models;
    const QSignalBlocker block(m_model);
    m_model->clear();
    for (const ModelSpec &m : models) {
        const QString params = m.isMoe()
                                   ? tr("%1 B, %2 B active")
                                         .arg(QLocale().toString(m.paramsTotalB, 'f', 1),
                                              QLocale().toString(m.paramsActiveB, 'f', 1))
                                   : tr("%1 B").arg(QLocale().toString(m.paramsTotalB, 'f', 1));
        m_model->addItem(QStringLiteral("%1 (%2)").arg(m.name, params), m.id);
    }
    const int index = m_model->findData(current);
    m_model->setCurrentIndex(index >= 0 ? index : 0);
}

QString WorkloadPanel::modelId() const
{
    return m_model->currentData().toString();
}

std::optional<EstimateRequest> WorkloadPanel::request() const
{
    const int index = m_model->currentIndex();
    if (index < 0 || index >= m_models.size())
        return std::nullopt;
    EstimateRequest r;
    r.model = m_models.at(index);
    r.workload = EstimateKeys::workloadFromKey(m_workload->currentData().toString())
                     .value_or(Workload::Inference);
    r.format =
        WeightFormats::fromKey(m_format->currentData().toString()).value_or(WeightFormat::Fp16);
    r.context = m_context->value();
    r.batch = m_batch->value();
    const auto engine = EstimateKeys::engineFromKey(m_engine->currentData().toString());
    r.engine = engine ? *engine : Estimator::defaultEngine(r);
    return r;
}

void WorkloadPanel::setWorkload(const QString &modelId, const QString &workloadKey,
                                const QString &formatKey, int context, int batch,
                                const QString &engineKey)
{
    {
        const QSignalBlocker b1(m_model), b2(m_workload), b3(m_format), b4(m_context), b5(m_batch),
            b6(m_engine);
        auto select = [](QComboBox *box, const QString &key) {
            const int i = box->findData(key);
            if (i >= 0)
                box->setCurrentIndex(i);
        };
        select(m_model, modelId);
        select(m_workload, workloadKey);
        select(m_format, formatKey);
        select(m_engine, engineKey);
        if (context > 0)
            m_context->setValue(context);
        if (batch > 0)
            m_batch->setValue(batch);
    }
    Q_EMIT changed();
}

QString WorkloadPanel::workloadKey() const
{
    return m_workload->currentData().toString();
}

QString WorkloadPanel::formatKey() const
{
    return m_format->currentData().toString();
}

QString WorkloadPanel::engineKey() const
{
    return m_engine->currentData().toString();
}

int WorkloadPanel::context() const
{
    return m_context->value();
}

int WorkloadPanel::batch() const
{
    return m_batch->value();
}

void WorkloadPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WorkloadPanel::retranslate()
{
    m_modelLabel->setText(tr("&Model"));
    //: The button beside the model list that adds a model from a config.json
    m_import->setText(tr("Import…"));
    m_import->setToolTip(tr("Add a model from its Hugging Face config.json"));
    m_workloadLabel->setText(tr("&Workload"));
    const QStringList workloads = {tr("Inference"), tr("LoRA fine-tuning"), tr("QLoRA fine-tuning"),
                                   tr("Full fine-tuning")};
    for (int i = 0; i < workloads.size(); ++i)
        m_workload->setItemText(i, workloads.at(i));
    m_formatLabel->setText(tr("&Precision"));
    m_format->setToolTip(tr("How the weights are stored. GGUF types (Q4_K_M ...) are llama.cpp "
                            "files; INT4 is GPTQ/AWQ; NF4 is bitsandbytes (QLoRA)."));
    m_contextLabel->setText(tr("&Context (tokens)"));
    m_context->setToolTip(tr("Tokens per sequence: prompt and answer together; for training, "
                             "the sequence length."));
    m_batchLabel->setText(tr("Concurrent &users"));
    m_batch->setToolTip(tr("Sequences processed at once: users served together, or the "
                           "micro-batch in training."));
    m_engineLabel->setText(tr("&Engine"));
    m_engine->setItemText(0, tr("Automatic"));
    m_engine->setToolTip(tr("Automatic picks llama.cpp for GGUF files and GPUs without CUDA "
                            "or ROCm, vLLM otherwise; Transformers or DeepSpeed for training."));
}
