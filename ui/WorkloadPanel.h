#pragma once

// The model and workload the table's computed columns and the details are for: model (from the
// catalog or an imported config.json), workload, weight format, context, concurrent sequences
// and engine. Every change is announced at once.

#include "EstimateRequest.h"
#include "ModelSpec.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

class WorkloadPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WorkloadPanel(QWidget *parent = nullptr);

    void setModels(const QList<ModelSpec> &models);
    // The workload as a request without a GPU; nullopt when no model is chosen.
    std::optional<EstimateRequest> request() const;
    // Restores a saved workload; unknown values keep the current choice.
    void setWorkload(const QString &modelId, const QString &workloadKey, const QString &formatKey,
                     int context, int batch, const QString &engineKey);
    QString modelId() const;
    QString workloadKey() const;
    QString formatKey() const;
    QString engineKey() const; // empty: automatic
    int context() const;
    int batch() const;

Q_SIGNALS:
    void changed();
    void importRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillFormats();

    QList<ModelSpec> m_models;
    QLabel *m_modelLabel = nullptr;
    QComboBox *m_model = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_workloadLabel = nullptr;
    QComboBox *m_workload = nullptr;
    QLabel *m_formatLabel = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_contextLabel = nullptr;
    QSpinBox *m_context = nullptr;
    QLabel *m_batchLabel = nullptr;
    QSpinBox *m_batch = nullptr;
    QLabel *m_engineLabel = nullptr;
    QComboBox *m_engine = nullptr;
};
