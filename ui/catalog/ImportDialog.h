#pragma once

// Shows what importing a file would do before anything is imported: what the file holds, every
// problem with its file, line and field, or, for a clean file, the rows with what happens to each
// and the ids already in the catalog, each with its own choice (skip, replace, keep both). Import
// applies the whole file in one transaction (CatalogImporter); a file with problems is never
// imported. For a config.json the model id can be chosen.

#include "ImportPlan.h"

#include <QByteArray>
#include <QDialog>

#include <optional>

class CatalogRepository;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(CatalogRepository &repository, const QString &path, QWidget *parent = nullptr);

    const ImportPlan &plan() const { return m_plan; }
    // What the import did, once it has run.
    const std::optional<ImportSummary> &summary() const { return m_summary; }
    // The model a config.json import added (under the id chosen); empty for other files.
    QString importedModelId() const;

    // The config.json's model id; changing it checks the conflicts again.
    void setModelId(const QString &id);
    void setResolution(int conflict, ConflictResolution resolution);
    void setAllResolutions(ConflictResolution resolution);

    QTableWidget *problemTable() const { return m_problems; }
    QTableWidget *conflictTable() const { return m_conflicts; }
    QTableWidget *rowTable() const { return m_rows; }
    QPushButton *importButton() const { return m_importButton; }
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void check(const QString &path);
    void runImport();
    void refresh();
    void retranslate();
    void fillProblems();
    void fillConflicts();
    void fillRows();
    void addRow(const QString &kind, const QString &id, const QString &name, const QString &result);

    CatalogRepository &m_repository;
    ImportPlan m_plan;
    std::optional<ImportSummary> m_summary;
    QString m_importError;
    bool m_validId = true;

    QLabel *m_fileLabel = nullptr;
    QLabel *m_idLabel = nullptr;
    QLineEdit *m_idEdit = nullptr;
    QLabel *m_statusLabel = nullptr;
    QGroupBox *m_problemBox = nullptr;
    QTableWidget *m_problems = nullptr;
    QGroupBox *m_conflictBox = nullptr;
    QLabel *m_allLabel = nullptr;
    QComboBox *m_allChoice = nullptr;
    QPushButton *m_allButton = nullptr;
    QTableWidget *m_conflicts = nullptr;
    QGroupBox *m_rowBox = nullptr;
    QTableWidget *m_rows = nullptr;
    QLabel *m_assumptions = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;
};
