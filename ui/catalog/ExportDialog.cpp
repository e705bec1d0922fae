#include "ExportDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_json(new QRadioButton(this))
    , m_gpuCsv(new QRadioButton(this))
    , m_modelCsv(new QRadioButton(this))
    , m_userOnly(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    m_intro->setWordWrap(true);
    m_json->setObjectName(QStringLiteral("json"));
    m_gpuCsv->setObjectName(QStringLiteral("gpuCsv"));
    m_modelCsv->setObjectName(QStringLiteral("modelCsv"));
    m_userOnly->setObjectName(QStringLiteral("userOnly"));
    m_json->setChecked(true);
    // A button of its own: a standard OK would take back its own text at a language change.
    m_exportButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    setMinimumWidth(440);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_json);
    layout->addWidget(m_gpuCsv);
    layout->addWidget(m_modelCsv);
    layout->addSpacing(8);
    layout->addWidget(m_userOnly);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

CatalogExportOptions ExportDialog::options() const
{
    CatalogExportOptions options;
    options.format = m_json->isChecked() ? CatalogFileFormat::Json : CatalogFileFormat::Csv;
    options.gpus = !m_modelCsv->isChecked();
    options.models = !m_gpuCsv->isChecked();
    options.userOnly = m_userOnly->isChecked();
    return options;
}

void ExportDialog::setOptions(const CatalogExportOptions &options)
{
    if (options.format == CatalogFileFormat::Json)
        m_json->setChecked(true);
    else if (options.gpus)
        m_gpuCsv->setChecked(true);
    else
        m_modelCsv->setChecked(true);
    m_userOnly->setChecked(options.userOnly);
}

QString ExportDialog::suggestedFileName() const
{
    const CatalogExportOptions o = options();
    // File names stay English, like the format's column names.
    QString name = o.format == CatalogFileFormat::Json
                       ? QStringLiteral("catalog.json")
                       : (o.gpus ? QStringLiteral("gpus.csv") : QStringLiteral("models.csv"));
    return o.userOnly ? QStringLiteral("my-") + name : name;
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export the catalog"));
    m_intro->setText(tr("The file has the format of the bundled catalog, so that it can be "
                        "imported again here or on another computer."));
    m_json->setText(tr("GPUs and models, one &JSON file"));
    m_gpuCsv->setText(tr("&GPUs, CSV file"));
    m_modelCsv->setText(tr("&Models, CSV file"));
    m_userOnly->setText(tr("&Only my rows (added, imported or edited)"));
    m_exportButton->setText(tr("&Export…"));
}
