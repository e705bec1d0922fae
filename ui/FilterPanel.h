#pragma once

// The side panel of GPU filters. Every change applies at once to the proxy it drives; the panel
// shows how many GPUs match and clears every filter in one action.

#include <QWidget>

class GpuFilterProxy;
class QCheckBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QSpinBox;

class FilterPanel : public QWidget
{
    Q_OBJECT

public:
    FilterPanel(GpuFilterProxy &proxy, QWidget *parent = nullptr);

    // The vendors offered as check boxes, from the catalog.
    void setVendors(const QStringList &vendors);
    // Shows "N of M GPUs".
    void updateCount(int shown, int total);
    void clearAll();
    // The settings chose another currency: the maximum price is converted (factor: new units
    // per old unit) and its label follows.
    void convertPrices(double factor);

    QLineEdit *searchField() const { return m_search; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void apply();
    void retranslate();
    void updateFitsSuffix();
    QCheckBox *addCheck(QLayout *layout, const QString &key);

    GpuFilterProxy &m_proxy;
    bool m_applying = false;
    QLineEdit *m_search = nullptr;
    QGroupBox *m_vendorBox = nullptr;
    QList<QCheckBox *> m_vendorChecks;
    QGroupBox *m_classBox = nullptr;
    QList<QCheckBox *> m_classChecks;
    QGroupBox *m_specBox = nullptr;
    QLabel *m_minVramLabel = nullptr;
    QSlider *m_minVramSlider = nullptr;
    QSpinBox *m_minVram = nullptr;
    QLabel *m_maxPriceLabel = nullptr;
    QDoubleSpinBox *m_maxPrice = nullptr;
    QLabel *m_minBandwidthLabel = nullptr;
    QSpinBox *m_minBandwidth = nullptr;
    QLabel *m_minFp16Label = nullptr;
    QSpinBox *m_minFp16 = nullptr;
    QLabel *m_maxPowerLabel = nullptr;
    QSpinBox *m_maxPower = nullptr;
    QGroupBox *m_stackBox = nullptr;
    QList<QCheckBox *> m_stackChecks;
    QGroupBox *m_featureBox = nullptr;
    QCheckBox *m_fp8 = nullptr;
    QCheckBox *m_int4 = nullptr;
    QCheckBox *m_fabric = nullptr;
    QCheckBox *m_fits = nullptr;
    QSpinBox *m_fitsCount = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_clear = nullptr;
};
