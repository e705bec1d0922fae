#pragma once

// Asks what to export from the catalog: GPUs and models as one JSON file, or GPUs or models as
// CSV (the format of the bundled catalog and of import), and whether only the user's own rows.

#include "CatalogExporter.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(QWidget *parent = nullptr);

    CatalogExportOptions options() const;
    void setOptions(const CatalogExportOptions &options);
    // "catalog.json", "gpus.csv", "my-models.csv", ...: a name to offer in the file dialog.
    QString suggestedFileName() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_intro = nullptr;
    QRadioButton *m_json = nullptr;
    QRadioButton *m_gpuCsv = nullptr;
    QRadioButton *m_modelCsv = nullptr;
    QCheckBox *m_userOnly = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;
};
