#pragma once

// Edits the cost assumptions: currency and exchange rates, electricity price, hours a day,
// utilisation, PUE, years, VAT, resale value, host machine and API price. Every field only
// takes values that make sense, so nonsense cannot reach a figure.

#include "CostSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QSpinBox;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const CostSettings &costs, QWidget *parent = nullptr);

    CostSettings costs() const;

private:
    void load(const CostSettings &costs);
    QDoubleSpinBox *addNumber(QFormLayout *form, const QString &label, double min, double max,
                              int decimals, const QString &suffix, const QString &toolTip);

    CostSettings m_base;
    QComboBox *m_currency = nullptr;
    QDoubleSpinBox *m_sekPerUsd = nullptr;
    QDoubleSpinBox *m_sekPerEur = nullptr;
    QDateEdit *m_ratesDate = nullptr;
    QDoubleSpinBox *m_electricity = nullptr;
    QDoubleSpinBox *m_hours = nullptr;
    QDoubleSpinBox *m_utilisation = nullptr;
    QDoubleSpinBox *m_pue = nullptr;
    QSpinBox *m_years = nullptr;
    QCheckBox *m_vat = nullptr;
    QDoubleSpinBox *m_vatRate = nullptr;
    QDoubleSpinBox *m_resale = nullptr;
    QDoubleSpinBox *m_hostCost = nullptr;
    QDoubleSpinBox *m_hostWatts = nullptr;
    QCheckBox *m_ownApiPrice = nullptr;
    QDoubleSpinBox *m_apiInput = nullptr;
    QDoubleSpinBox *m_apiOutput = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
