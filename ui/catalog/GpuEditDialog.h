#pragma once

// The form for adding, duplicating and editing a GPU: every field of the catalog with its unit,
// the problem with a value shown under its field (the core's checks, OK disabled while any
// remains) and a preview of what the estimates and costs become for the current workload.

#include "CostSettings.h"
#include "EstimateRequest.h"
#include "GpuSpec.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class FieldForm;
class GpuPreview;
class QDialogButtonBox;
class QLabel;
class QPushButton;

class GpuEditDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        Add,
        Duplicate,
        Edit
    };

    // takenIds: ids already in the catalog, which a new GPU cannot have.
    GpuEditDialog(Purpose purpose, const GpuSpec &initial, const QStringList &takenIds,
                  QWidget *parent = nullptr);

    void setWorkload(const std::optional<EstimateRequest> &workload, const CostSettings &costs);
    // The GPU as entered; nullopt while a field has a problem.
    std::optional<GpuSpec> gpu() const { return m_gpu; }

    FieldForm *form() const { return m_form; }
    GpuPreview *preview() const { return m_preview; }
    QPushButton *okButton() const;

private:
    QWidget *createFields();
    void validate();
    void suggestId();

    Purpose m_purpose;
    QStringList m_takenIds;
    bool m_idTyped = false;
    FieldForm *m_form = nullptr;
    GpuPreview *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::optional<GpuSpec> m_gpu;
};
