#include "ImportDialog.h"

#include "CatalogCsv.h"
#include "CatalogImporter.h"
#include "CatalogRepository.h"
#include "Formatting.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// A read-only table whose stretchColumn takes the room the others, sized to their contents,
// leave.
QTableWidget *makeTable(QWidget *parent, int columns, int stretchColumn)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    return table;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

const QList<ConflictResolution> &resolutions()
{
    static const QList<ConflictResolution> all = {
        ConflictResolution::Skip, ConflictResolution::Replace, ConflictResolution::KeepBoth};
    return all;
}

} // namespace

ImportDialog::ImportDialog(CatalogRepository &repository, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
{
    setObjectName(QStringLiteral("importDialog"));
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("importFile"));
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_idLabel = new QLabel(this);
    m_idEdit = new QLineEdit(this);
    m_idEdit->setObjectName(QStringLiteral("modelId"));
    m_idLabel->setBuddy(m_idEdit);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("importStatus"));
    m_statusLabel->setWordWrap(true);

    m_problemBox = new QGroupBox(this);
    m_problems = makeTable(m_problemBox, 4, 3);
    m_problems->setObjectName(QStringLiteral("problems"));
    (new QVBoxLayout(m_problemBox))->addWidget(m_problems);

    m_conflictBox = new QGroupBox(this);
    m_conflicts = makeTable(m_conflictBox, 5, 3);
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    m_conflicts->setSelectionMode(QAbstractItemView::NoSelection);
    m_allLabel = new QLabel(m_conflictBox);
    m_allChoice = new QComboBox(m_conflictBox);
    m_allChoice->setObjectName(QStringLiteral("allChoice"));
    m_allChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_allLabel->setBuddy(m_allChoice);
    m_allButton = new QPushButton(m_conflictBox);
    m_allButton->setObjectName(QStringLiteral("applyToAll"));
    auto *allRow = new QHBoxLayout;
    allRow->addWidget(m_allLabel);
    allRow->addWidget(m_allChoice);
    allRow->addWidget(m_allButton);
    allRow->addStretch(1);
    auto *conflictLayout = new QVBoxLayout(m_conflictBox);
    conflictLayout->addLayout(allRow);
    conflictLayout->addWidget(m_conflicts);

    m_rowBox = new QGroupBox(this);
    m_rows = makeTable(m_rowBox, 4, 3);
    m_rows->setObjectName(QStringLiteral("rows"));
    (new QVBoxLayout(m_rowBox))->addWidget(m_rows);
    m_assumptions = new QLabel(this);
    m_assumptions->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("import"));

    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_idLabel);
    idRow->addWidget(m_idEdit, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addLayout(idRow);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_problemBox, 1);
    layout->addWidget(m_conflictBox, 1);
    layout->addWidget(m_rowBox, 1);
    layout->addWidget(m_assumptions);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_idEdit, &QLineEdit::textEdited, this, &ImportDialog::setModelId);
    connect(m_allButton, &QPushButton::clicked, this,
            [this] { setAllResolutions(resolutions().value(m_allChoice->currentIndex())); });

    check(path);
    retranslate();
    // Tall enough for the tables a file needs, not more.
    resize(860, std::clamp(sizeHint().height(), 360, 600));
}

void ImportDialog::check(const QString &path)
{
    m_plan = CatalogImporter(m_repository.database()).check(path);
    const bool oneModel = m_plan.content == ImportContent::HfConfig && m_plan.models.size() == 1;
    m_idLabel->setVisible(oneModel);
    m_idEdit->setVisible(oneModel);
    if (oneModel)
        m_idEdit->setText(m_plan.models.first().id);
}

QString ImportDialog::importedModelId() const
{
    if (!m_summary || m_plan.content != ImportContent::HfConfig || m_plan.models.isEmpty())
        return {};
    const QString id = m_plan.models.first().id;
    for (const ImportConflict &c : m_plan.conflicts) {
        if (c.kind == CatalogRowKind::Model && c.id == id &&
            c.resolution == ConflictResolution::KeepBoth)
            return c.keepBothId;
    }
    return id;
}

void ImportDialog::setModelId(const QString &text)
{
    if (m_plan.content != ImportContent::HfConfig || m_plan.models.size() != 1)
        return;
    const QString id = text.trimmed();
    if (m_idEdit->text() != text)
        m_idEdit->setText(text);
    m_validId = CatalogCsv::isValidId(id);
    if (m_validId) {
        m_plan.models.first().id = id;
        CatalogImporter(m_repository.database()).recheckConflicts(m_plan);
    } else {
        m_plan.conflicts.clear();
    }
    refresh();
}

void ImportDialog::setResolution(int conflict, ConflictResolution resolution)
{
    if (conflict < 0 || conflict >= m_plan.conflicts.size())
        return;
    m_plan.conflicts[conflict].resolution = resolution;
    if (auto *choice = qobject_cast<QComboBox *>(m_conflicts->cellWidget(conflict, 4))) {
        const QSignalBlocker block(choice);
        choice->setCurrentIndex(int(resolutions().indexOf(resolution)));
    }
    fillRows();
}

void ImportDialog::setAllResolutions(ConflictResolution resolution)
{
    for (int i = 0; i < m_plan.conflicts.size(); ++i)
        setResolution(i, resolution);
}

void ImportDialog::runImport()
{
    CatalogImporter importer(m_repository.database());
    const auto applied = importer.apply(m_plan);
    if (!applied) {
        m_importError = applied.error().toString();
        fillRows();
        return;
    }
    m_summary = *applied;
    accept();
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The problems are worded when the file is checked: check it again in the new language.
        if (!m_plan.ok())
            check(m_plan.fileName);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ImportDialog::retranslate()
{
    const QString fileName = QFileInfo(m_plan.fileName).fileName();
    setWindowTitle(tr("Import %1").arg(fileName));
    m_idLabel->setText(tr("&Model id:"));
    m_idEdit->setToolTip(tr("The id the model gets in the catalog: lower-case letters, digits, "
                            "'.', '-' and '_'"));
    m_problemBox->setTitle(tr("Problems"));
    m_problems->setHorizontalHeaderLabels({tr("File"), tr("Line"), tr("Field"), tr("Problem")});
    m_conflictBox->setTitle(tr("Already in the catalog"));
    m_conflicts->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Id"), tr("In the catalog"), tr("In the file"), tr("What to do")});
    m_allLabel->setText(tr("For &every one:"));
    {
        const QSignalBlocker block(m_allChoice);
        const int current = m_allChoice->currentIndex();
        m_allChoice->clear();
        // In the order of resolutions().
        m_allChoice->addItem(tr("Skip"));
        m_allChoice->addItem(tr("Replace"));
        m_allChoice->addItem(tr("Keep both"));
        m_allChoice->setCurrentIndex(std::max(current, 0));
    }
    m_allButton->setText(tr("&Apply to all"));
    m_rowBox->setTitle(tr("What the import does"));
    m_rows->setHorizontalHeaderLabels({tr("Kind"), tr("Id"), tr("Name"), tr("Result")});
    m_importButton->setText(tr("&Import"));
    refresh();
}

void ImportDialog::refresh()
{
    const QString fileName = QFileInfo(m_plan.fileName).fileName();
    QString content;
    switch (m_plan.content) {
    case ImportContent::GpusCsv:
        content = tr("GPUs in the catalog's CSV format");
        break;
    case ImportContent::ModelsCsv:
        content = tr("models in the catalog's CSV format");
        break;
    case ImportContent::CatalogJson:
        content = tr("GPUs and models in the catalog's JSON format");
        break;
    case ImportContent::HfConfig:
        content = tr("a model's Hugging Face config.json");
        break;
    case ImportContent::Measurements:
        content = tr("your speed measurements (CSV)");
        break;
    case ImportContent::Unknown:
        content = tr("nothing that can be imported");
        break;
    }
    //: %1 is a file name, %2 what it holds, e.g. "GPUs in the catalog's CSV format"
    m_fileLabel->setText(tr("<b>%1</b>: %2").arg(fileName.toHtmlEscaped(), content));
    fillProblems();
    fillConflicts();
    fillRows();
    const bool showAssumptions = m_plan.ok() && !m_plan.assumptions.isEmpty();
    m_assumptions->setVisible(showAssumptions);
    if (showAssumptions)
        m_assumptions->setText(tr("Assumed where the file says nothing: %1")
                                   .arg(m_plan.assumptions.join(QStringLiteral("; "))));
}

void ImportDialog::fillProblems()
{
    m_problemBox->setVisible(!m_plan.ok());
    m_problems->setRowCount(0);
    for (const Error &e : m_plan.errors) {
        const int row = m_problems->rowCount();
        m_problems->insertRow(row);
        m_problems->setItem(row, 0, cell(QFileInfo(e.file).fileName()));
        m_problems->setItem(row, 1, cell(e.line > 0 ? QLocale().toString(e.line) : QString()));
        m_problems->setItem(row, 2, cell(e.field));
        m_problems->setItem(row, 3, cell(e.message));
    }
}

void ImportDialog::fillConflicts()
{
    m_conflictBox->setVisible(m_plan.ok() && !m_plan.conflicts.isEmpty());
    m_conflicts->setRowCount(0);
    for (int i = 0; i < m_plan.conflicts.size(); ++i) {
        const ImportConflict &c = m_plan.conflicts.at(i);
        m_conflicts->insertRow(i);
        m_conflicts->setItem(i, 0, cell(c.kind == CatalogRowKind::Gpu ? tr("GPU") : tr("Model")));
        m_conflicts->setItem(i, 1, cell(c.id));
        m_conflicts->setItem(i, 2,
                             cell(c.existingOrigin == RowOrigin::User
                                      ? tr("%1 (yours)").arg(c.existingName)
                                      : tr("%1 (bundled)").arg(c.existingName)));
        m_conflicts->setItem(i, 3, cell(c.importedName));
        auto *choice = new QComboBox(m_conflicts);
        choice->addItem(tr("Skip"));
        choice->addItem(tr("Replace"));
        //: %1 is the new id, e.g. "nvidia-rtx-4090-2"
        choice->addItem(tr("Keep both, the new one as %1").arg(c.keepBothId));
        choice->setCurrentIndex(int(resolutions().indexOf(c.resolution)));
        connect(choice, &QComboBox::currentIndexChanged, this,
                [this, i](int index) { setResolution(i, resolutions().value(index)); });
        m_conflicts->setCellWidget(i, 4, choice);
    }
}

void ImportDialog::addRow(const QString &kind, const QString &id, const QString &name,
                          const QString &result)
{
    const int row = m_rows->rowCount();
    m_rows->insertRow(row);
    m_rows->setItem(row, 0, cell(kind));
    m_rows->setItem(row, 1, cell(id));
    m_rows->setItem(row, 2, cell(name));
    m_rows->setItem(row, 3, cell(result));
}

void ImportDialog::fillRows()
{
    m_rows->setRowCount(0);
    const bool ready = m_plan.ok() && m_validId;
    m_rowBox->setVisible(ready);
    auto resultOf = [this](CatalogRowKind kind, const QString &id) {
        for (const ImportConflict &c : m_plan.conflicts) {
            if (c.kind != kind || c.id != id)
                continue;
            switch (c.resolution) {
            case ConflictResolution::Skip:
                return tr("Skipped: the catalog's row stays");
            case ConflictResolution::Replace:
                return tr("Replaces the catalog's row");
            case ConflictResolution::KeepBoth:
                return tr("Added as %1").arg(c.keepBothId);
            }
        }
        return tr("Added");
    };
    if (ready) {
        for (const GpuSpec &g : m_plan.gpus)
            addRow(tr("GPU"), g.id, g.name, resultOf(CatalogRowKind::Gpu, g.id));
        for (const ModelSpec &m : m_plan.models) {
            //: A model's name and its parameter count, e.g. "Qwen2.5-7B (7.62 billion)"
            addRow(tr("Model"), m.id,
                   tr("%1 (%2 billion)").arg(m.name, Formatting::number(m.paramsTotalB, 2)),
                   resultOf(CatalogRowKind::Model, m.id));
        }
        for (const UserMeasurement &m : m_plan.measurements)
            addRow(tr("Measurement"), m.gpuId,
                   QStringLiteral("%1, %2, %3").arg(m.modelId, m.format, m.engine), tr("Added"));
    }

    const ImportSummary preview = CatalogImporter::preview(m_plan);
    const int added = preview.gpus.added + preview.models.added + preview.measurementsAdded;
    const int replaced = preview.gpus.replaced + preview.models.replaced;
    const int skipped = preview.gpus.skipped + preview.models.skipped + preview.measurementsSkipped;
    const int keptBoth = preview.gpus.keptBoth + preview.models.keptBoth;
    QString status;
    if (!m_plan.ok()) {
        const int problems = int(m_plan.errors.size());
        status = tr("%n problem(s) in the file. Nothing will be imported: correct the file and "
                    "import it again.",
                    nullptr, problems);
    } else if (!m_validId) {
        status = tr("The model id may hold only lower-case letters, digits, '.', '-' and '_', "
                    "and must start with a letter or a digit.");
    } else if (added + replaced + keptBoth == 0) {
        status = tr("Nothing to import: every row is skipped or already in the catalog.");
    } else {
        //: Counts of rows: %1 new, %2 replaced, %3 skipped, %4 added under a new id
        status = tr("Ready to import: %1 new, %2 replaced, %3 skipped, %4 kept beside the "
                    "catalog's under a new id. Everything is imported at once, or nothing.")
                     .arg(QLocale().toString(added), QLocale().toString(replaced),
                          QLocale().toString(skipped), QLocale().toString(keptBoth));
    }
    if (!m_importError.isEmpty())
        status = tr("The import failed and nothing was changed: %1").arg(m_importError);
    m_statusLabel->setText(status);
    const bool problem = !m_plan.ok() || !m_validId || !m_importError.isEmpty();
    m_statusLabel->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_importButton->setEnabled(ready && added + replaced + keptBoth > 0);
}

QString ImportDialog::statusText() const
{
    return m_statusLabel->text();
}
