#pragma once

// Side-by-side comparison of 2-8 GPUs picked in the table: grouped bars per figure, price
// against performance of the filtered GPUs, cost over time and memory breakdown, and a spec
// table with the best in each row marked. Follows the table's filters and workload, the cost
// settings, the language and the palette; exports each chart to PNG or SVG.

#include "AppSettings.h"
#include "CostSettings.h"
#include "EstimateRequest.h"
#include "Result.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class CompareSpecTable;
class GpuTableModel;
class QAbstractProxyModel;
class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QToolButton;
struct CompareData;

class CompareView : public QWidget
{
    Q_OBJECT

public:
    enum class Chart
    {
        Metrics,
        PricePerformance,
        CostOverTime,
        Memory
    };
    static constexpr int MaxGpus = 8;

    // proxy: the table's filtered view of model, for the scatter.
    CompareView(const GpuTableModel &model, const QAbstractProxyModel &proxy,
                QWidget *parent = nullptr);
    ~CompareView() override;

    void setWorkload(const std::optional<EstimateRequest> &workload, const CostSettings &costs);

    // false when the GPU is unknown or MaxGpus are picked already.
    bool addGpu(const QString &id);
    void removeGpu(const QString &id);
    void setPicked(const QStringList &ids);
    void clear();
    const QStringList &pickedIds() const { return m_picked; }
    bool isPicked(const QString &id) const { return m_picked.contains(id); }

    // The chart views and the table are made on first use (see ensureBuilt).
    QChartView *chartView(Chart chart);
    CompareSpecTable *specTable();
    void showChart(Chart chart);
    Status exportChart(Chart chart, const QString &path);

    // Restores the comparison saved in settings, then saves each change to it there.
    void setSettings(AppSettings *settings);

    // Rebuilds the charts now; changes otherwise rebuild them once the event loop runs, or,
    // while the view is hidden, when it is shown.
    void refresh();

Q_SIGNALS:
    void pickedChanged(const QStringList &ids);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void ensureBuilt();
    void applySaved(); // the saved figure, share and scatter axis into the controls
    void scheduleRefresh();
    void refreshIfPending();
    void saveSettings();
    void retranslate();
    void exportCurrent(const QString &format);
    void updateRemoveMenu();
    void setChart(Chart chart, QChart *newChart);

    const GpuTableModel &m_model;
    const QAbstractProxyModel &m_proxy;
    std::optional<EstimateRequest> m_workload;
    CostSettings m_costs;
    QStringList m_picked;
    bool m_refreshPending = false;
    AppSettings *m_settings = nullptr;
    SavedComparison m_saved; // what is shown, as kept in the settings

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_summary = nullptr;
    QToolButton *m_removeButton = nullptr;
    QToolButton *m_clearButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QAction *m_exportPng = nullptr;
    QAction *m_exportSvg = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_metricLabel = nullptr;
    QComboBox *m_metric = nullptr;
    QCheckBox *m_normalised = nullptr;
    QLabel *m_performanceLabel = nullptr;
    QComboBox *m_performance = nullptr;
    QList<QChartView *> m_views; // by Chart
    CompareSpecTable *m_specTable = nullptr;
    QLabel *m_specNote = nullptr;
};
