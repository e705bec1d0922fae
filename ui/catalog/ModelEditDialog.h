#pragma once

// The form for adding, duplicating and editing a language model by its architecture (layers,
// hidden size, heads, KV heads, experts, latent attention, ...): problems shown under their
// fields from the core's checks, OK disabled while any remains, and a preview of the parameter
// counts, weight sizes and KV cache the architecture gives.

#include "ModelSpec.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class FieldForm;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPushButton;

class ModelEditDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        Add,
        Duplicate,
        Edit
    };

    ModelEditDialog(Purpose purpose, const ModelSpec &initial, const QStringList &takenIds,
                    QWidget *parent = nullptr);

    // The model as entered, parameter counts computed; nullopt while a field has a problem.
    std::optional<ModelSpec> model() const { return m_model; }

    FieldForm *form() const { return m_form; }
    QPushButton *okButton() const;
    QString figure(const QString &name) const; // a preview figure, by its object name

private:
    QWidget *createFields();
    QGroupBox *createPreview();
    void validate();
    void showPreview(const std::optional<ModelSpec> &model);

    Purpose m_purpose;
    QStringList m_takenIds;
    bool m_idTyped = false;
    FieldForm *m_form = nullptr;
    QLabel *m_params = nullptr;
    QLabel *m_active = nullptr;
    QLabel *m_fp16 = nullptr;
    QLabel *m_q4 = nullptr;
    QLabel *m_kvCache = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::optional<ModelSpec> m_model;
};
