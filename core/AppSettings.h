#pragma once

// The application's settings, typed, with their keys and defaults in one place, stored with
// QSettings: language, window layout, the last workload, and the cost assumptions.

#include "CostSettings.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QSettings;

struct SavedWorkload
{
    QString modelId = QStringLiteral("llama-3.1-8b");
    QString workload = QStringLiteral("inference");
    QString format = QStringLiteral("q4_k_m");
    int context = 4096;
    int batch = 1;
    QString engine; // empty: automatic
};

// The comparison shown last: the picked GPUs and how the figures are drawn.
struct SavedComparison
{
    QStringList gpuIds;
    QString metric; // a CompareMetric key; empty: all figures
    bool normalised = true;
    QString performance; // the scatter's performance axis; empty: FP16 TFLOPS
};

class AppSettings
{
public:
    // The user's settings file; tests pass their own QSettings.
    AppSettings();
    explicit AppSettings(QSettings *settings);
    ~AppSettings();
    Q_DISABLE_COPY_MOVE(AppSettings)

    QString language() const; // empty: the system's
    void setLanguage(const QString &language);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &state);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray tableHeaderState() const;
    void setTableHeaderState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    SavedWorkload workload() const;
    void setWorkload(const SavedWorkload &workload);

    CostSettings costs() const;
    void setCosts(const CostSettings &costs);

    // The shortlist shown last (its database id); 0 when none.
    qint64 currentShortlistId() const;
    void setCurrentShortlistId(qint64 id);

    SavedComparison comparison() const;
    void setComparison(const SavedComparison &comparison);

    void sync();

private:
    QSettings *m_settings;
    bool m_owned;
};
