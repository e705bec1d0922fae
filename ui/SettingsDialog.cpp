#include "SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(const CostSettings &costs, QWidget *parent)
    : QDialog(parent)
    , m_base(costs)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *moneyBox = new QGroupBox(tr("Money"), this);
    auto *money = new QFormLayout(moneyBox);
    m_currency = new QComboBox(this);
    m_currency->addItem(tr("Swedish kronor (SEK)"), QStringLiteral("SEK"));
    m_currency->addItem(tr("Euro (EUR)"), QStringLiteral("EUR"));
    m_currency->addItem(tr("US dollars (USD)"), QStringLiteral("USD"));
    money->addRow(tr("Currency"), m_currency);
    m_sekPerUsd = addNumber(money, tr("SEK per USD"), 0.1, 1000, 4, QString(),
                            tr("Exchange rate for US prices (launch prices, cloud and API)."));
    m_sekPerEur = addNumber(money, tr("SEK per EUR"), 0.1, 1000, 4, QString(), QString());
    m_ratesDate = new QDateEdit(this);
    m_ratesDate->setCalendarPopup(true);
    money->addRow(tr("Rates dated"), m_ratesDate);
    m_vat = new QCheckBox(tr("Prices include VAT (private buyer)"), this);
    money->addRow(m_vat);
    m_vatRate = addNumber(money, tr("VAT"), 0, 100, 1, QStringLiteral(" %"), QString());
    layout->addWidget(moneyBox);

    auto *useBox = new QGroupBox(tr("Running the GPUs"), this);
    auto *use = new QFormLayout(useBox);
    m_electricity = addNumber(use, tr("Electricity price"), 0, 100, 2, tr(" SEK/kWh"),
                              tr("What you pay per kWh, with grid fees and VAT."));
    m_hours = addNumber(use, tr("Hours a day"), 0, 24, 1, tr(" h"),
                        tr("Hours a day the machine runs the workload."));
    m_utilisation = addNumber(use, tr("Utilisation"), 1, 100, 0, QStringLiteral(" %"),
                              tr("Share of those hours the GPUs are busy."));
    m_pue = addNumber(use, tr("PUE (cooling overhead)"), 1, 3, 2, QString(),
                      tr("Power of the whole site divided by the power of the computers: 1.0 at "
                         "home, 1.1-1.6 in data centres."));
    m_years = new QSpinBox(this);
    m_years->setRange(1, 15);
    m_years->setSuffix(tr(" years"));
    use->addRow(tr("Years of ownership"), m_years);
    m_resale = addNumber(use, tr("Resale value"), 0, 100, 0, QStringLiteral(" %"),
                         tr("Share of the purchase price you get back at the end."));
    m_hostCost = addNumber(use, tr("Host computer"), 0, 1e8, 0, tr(" SEK"),
                           tr("Price of the rest of the machine per node; 0 if the cards go into a "
                              "computer you already have."));
    m_hostWatts = addNumber(use, tr("Host power"), 0, 1e5, 0, tr(" W"), QString());
    layout->addWidget(useBox);

    auto *apiBox = new QGroupBox(tr("Cloud API"), this);
    auto *api = new QFormLayout(apiBox);
    m_ownApiPrice = new QCheckBox(tr("Use my own API price"), this);
    m_ownApiPrice->setToolTip(tr("Otherwise a reference price for the model's size is used."));
    api->addRow(m_ownApiPrice);
    m_apiInput = addNumber(api, tr("Input tokens"), 0, 1000, 2, tr(" USD per M"), QString());
    m_apiOutput = addNumber(api, tr("Output tokens"), 0, 1000, 2, tr(" USD per M"), QString());
    connect(m_ownApiPrice, &QCheckBox::toggled, m_apiInput, &QWidget::setEnabled);
    connect(m_ownApiPrice, &QCheckBox::toggled, m_apiOutput, &QWidget::setEnabled);
    connect(m_vat, &QCheckBox::toggled, m_vatRate, &QWidget::setEnabled);
    layout->addWidget(apiBox);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { load(CostSettings::defaults()); });
    load(costs);
}

QDoubleSpinBox *SettingsDialog::addNumber(QFormLayout *form, const QString &label, double min,
                                          double max, int decimals, const QString &suffix,
                                          const QString &toolTip)
{
    auto *box = new QDoubleSpinBox(this);
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    box->setToolTip(toolTip);
    box->setGroupSeparatorShown(max >= 10000);
    form->addRow(label, box);
    return box;
}

void SettingsDialog::load(const CostSettings &c)
{
    m_currency->setCurrentIndex(m_currency->findData(currencyCode(c.displayCurrency)));
    m_sekPerUsd->setValue(c.rates.sekPerUsd());
    m_sekPerEur->setValue(c.rates.sekPerEur());
    m_ratesDate->setDate(c.rates.date());
    m_vat->setChecked(c.includeVat);
    m_vatRate->setValue(c.vatRate * 100);
    m_vatRate->setEnabled(c.includeVat);
    m_electricity->setValue(c.electricitySekPerKwh);
    m_hours->setValue(c.hoursPerDay);
    m_utilisation->setValue(c.utilisation * 100);
    m_pue->setValue(c.pue);
    m_years->setValue(c.years);
    m_resale->setValue(c.resaleFraction * 100);
    m_hostCost->setValue(c.hostCostSek);
    m_hostWatts->setValue(c.hostWatts);
    m_ownApiPrice->setChecked(c.apiPrice.has_value());
    m_apiInput->setValue(c.apiPrice ? c.apiPrice->inputUsdPerMTok : 0);
    m_apiOutput->setValue(c.apiPrice ? c.apiPrice->outputUsdPerMTok : 0);
    m_apiInput->setEnabled(c.apiPrice.has_value());
    m_apiOutput->setEnabled(c.apiPrice.has_value());
}

CostSettings SettingsDialog::costs() const
{
    CostSettings c = m_base;
    c.displayCurrency =
        currencyFromCode(m_currency->currentData().toString()).value_or(Currency::Sek);
    c.rates.setSekPerUsd(m_sekPerUsd->value());
    c.rates.setSekPerEur(m_sekPerEur->value());
    c.rates.setDate(m_ratesDate->date());
    c.includeVat = m_vat->isChecked();
    c.vatRate = m_vatRate->value() / 100;
    c.electricitySekPerKwh = m_electricity->value();
    c.hoursPerDay = m_hours->value();
    c.utilisation = m_utilisation->value() / 100;
    c.pue = m_pue->value();
    c.years = m_years->value();
    c.resaleFraction = m_resale->value() / 100;
    c.hostCostSek = m_hostCost->value();
    c.hostWatts = m_hostWatts->value();
    if (m_ownApiPrice->isChecked()) {
        CostSettings::ApiPrice price;
        price.inputUsdPerMTok = m_apiInput->value();
        price.outputUsdPerMTok = m_apiOutput->value();
        price.source = tr("your setting");
        c.apiPrice = price;
    } else {
        c.apiPrice.reset();
    }
    return c;
}
