#include "FilterPanel.h"

#include "Formatting.h"
#include "GpuFilterProxy.h"
#include "GpuTableModel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace {

const QStringList kStacks = {QStringLiteral("cuda"),   QStringLiteral("rocm"),
                             QStringLiteral("oneapi"), QStringLiteral("metal"),
                             QStringLiteral("vulkan"), QStringLiteral("gaudi")};
const QStringList kStackNames = {QStringLiteral("CUDA"),   QStringLiteral("ROCm"),
                                 QStringLiteral("oneAPI"), QStringLiteral("Metal"),
                                 QStringLiteral("Vulkan"), QStringLiteral("Gaudi")};
const QList<GpuClass> kClasses = {GpuClass::Consumer, GpuClass::Workstation, GpuClass::Datacenter,
                                  GpuClass::Soc};

// A spin box whose lowest value means "no limit".
template <typename SpinBox> void makeOptional(SpinBox *box)
{
    box->setSpecialValueText(FilterPanel::tr("any"));
    box->setAccelerated(true);
    box->setKeyboardTracking(true); // filter while typing
}

} // namespace

FilterPanel::FilterPanel(GpuFilterProxy &proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
{
    auto *layout = new QVBoxLayout(this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    // The clear button shows only over text, so it is set up with the first text: making it
    // loads the style's icon, a few milliseconds of the start-up.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.isEmpty() && !m_search->isClearButtonEnabled())
            m_search->setClearButtonEnabled(true);
    });
    layout->addWidget(m_search);

    // Vendors, classes and software stacks in two columns: the whole panel, down to the fits
    // filter and the clear button, then shows at the window's first size without scrolling.
    m_vendorBox = new QGroupBox(this);
    m_vendorBox->setLayout(new QGridLayout);
    layout->addWidget(m_vendorBox);

    m_classBox = new QGroupBox(this);
    auto *classLayout = new QGridLayout(m_classBox);
    for (qsizetype i = 0; i < kClasses.size(); ++i)
        m_classChecks.append(addCheck(classLayout, gpuClassKey(kClasses.at(i))));
    layout->addWidget(m_classBox);

    m_specBox = new QGroupBox(this);
    auto *form = new QFormLayout(m_specBox);
    m_minVramSlider = new QSlider(Qt::Horizontal, this);
    m_minVramSlider->setRange(0, 192);
    m_minVramSlider->setPageStep(8);
    m_minVram = new QSpinBox(this);
    m_minVram->setRange(0, 512);
    makeOptional(m_minVram);
    auto *vramRow = new QHBoxLayout;
    vramRow->addWidget(m_minVramSlider, 1);
    vramRow->addWidget(m_minVram);
    m_minVramLabel = new QLabel(this);
    form->addRow(m_minVramLabel, vramRow);
    m_maxPrice = new QDoubleSpinBox(this);
    m_maxPrice->setRange(0, 5'000'000);
    m_maxPrice->setDecimals(0);
    m_maxPrice->setSingleStep(5000);
    m_maxPrice->setGroupSeparatorShown(true);
    makeOptional(m_maxPrice);
    m_maxPriceLabel = new QLabel(this);
    form->addRow(m_maxPriceLabel, m_maxPrice);
    m_minBandwidth = new QSpinBox(this);
    m_minBandwidth->setRange(0, 10000);
    m_minBandwidth->setSingleStep(100);
    makeOptional(m_minBandwidth);
    m_minBandwidthLabel = new QLabel(this);
    form->addRow(m_minBandwidthLabel, m_minBandwidth);
    m_minFp16 = new QSpinBox(this);
    m_minFp16->setRange(0, 5000);
    m_minFp16->setSingleStep(10);
    makeOptional(m_minFp16);
    m_minFp16Label = new QLabel(this);
    form->addRow(m_minFp16Label, m_minFp16);
    m_maxPower = new QSpinBox(this);
    m_maxPower->setRange(0, 1500);
    m_maxPower->setSingleStep(25);
    makeOptional(m_maxPower);
    m_maxPowerLabel = new QLabel(this);
    form->addRow(m_maxPowerLabel, m_maxPower);
    layout->addWidget(m_specBox);

    m_stackBox = new QGroupBox(this);
    auto *stackLayout = new QGridLayout(m_stackBox);
    for (qsizetype i = 0; i < kStacks.size(); ++i) {
        QCheckBox *check = addCheck(stackLayout, kStacks.at(i));
        check->setText(kStackNames.at(i)); // product names, the same in every language
        m_stackChecks.append(check);
    }
    layout->addWidget(m_stackBox);

    m_featureBox = new QGroupBox(this);
    auto *featureLayout = new QVBoxLayout(m_featureBox);
    m_fp8 = addCheck(featureLayout, QStringLiteral("fp8"));
    m_int4 = addCheck(featureLayout, QStringLiteral("int4"));
    m_fabric = addCheck(featureLayout, QStringLiteral("fabric"));
    auto *fitsRow = new QHBoxLayout;
    m_fits = new QCheckBox(this);
    m_fits->setObjectName(QStringLiteral("fits"));
    m_fitsCount = new QSpinBox(this);
    m_fitsCount->setObjectName(QStringLiteral("fitsCount"));
    m_fitsCount->setRange(1, 8);
    m_fitsCount->setEnabled(false);
    fitsRow->addWidget(m_fits, 1);
    fitsRow->addWidget(m_fitsCount);
    featureLayout->addLayout(fitsRow);
    layout->addWidget(m_featureBox);

    auto *bottom = new QHBoxLayout;
    m_count = new QLabel(this);
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_clear);
    layout->addLayout(bottom);
    layout->addStretch(1);

    connect(m_search, &QLineEdit::textChanged, this, &FilterPanel::apply);
    connect(m_minVramSlider, &QSlider::valueChanged, m_minVram, &QSpinBox::setValue);
    connect(m_minVram, &QSpinBox::valueChanged, this, [this](int v) {
        const QSignalBlocker block(m_minVramSlider);
        m_minVramSlider->setValue(v);
        apply();
    });
    for (QDoubleSpinBox *box : {m_maxPrice})
        connect(box, &QDoubleSpinBox::valueChanged, this, &FilterPanel::apply);
    for (QSpinBox *box : {m_minBandwidth, m_minFp16, m_maxPower, m_fitsCount})
        connect(box, &QSpinBox::valueChanged, this, &FilterPanel::apply);
    connect(m_fits, &QCheckBox::toggled, m_fitsCount, &QSpinBox::setEnabled);
    connect(m_fits, &QCheckBox::toggled, this, &FilterPanel::apply);
    connect(m_fitsCount, &QSpinBox::valueChanged, this, &FilterPanel::updateFitsSuffix);
    connect(m_clear, &QPushButton::clicked, this, &FilterPanel::clearAll);

    retranslate();
}

void FilterPanel::updateFitsSuffix()
{
    //: After the number of GPUs in the "fits the workload with at most" filter: "1 GPU", "2 GPUs"
    m_fitsCount->setSuffix(tr(" GPU(s)", nullptr, m_fitsCount->value()));
}

QCheckBox *FilterPanel::addCheck(QLayout *layout, const QString &key)
{
    auto *check = new QCheckBox(this);
    check->setObjectName(key);
    check->setProperty("filterKey", key);
    if (auto *grid = qobject_cast<QGridLayout *>(layout)) {
        const int placed = grid->count(); // row by row, two to a row
        grid->addWidget(check, placed / 2, placed % 2);
    } else {
        layout->addWidget(check);
    }
    connect(check, &QCheckBox::toggled, this, &FilterPanel::apply);
    return check;
}

void FilterPanel::setVendors(const QStringList &vendors)
{
    // A catalog reloaded after an edit keeps the vendors the user has ticked.
    QStringList ticked;
    for (const QCheckBox *check : std::as_const(m_vendorChecks)) {
        if (check->isChecked())
            ticked.append(check->property("filterKey").toString());
    }
    qDeleteAll(m_vendorChecks);
    m_vendorChecks.clear();
    for (const QString &vendor : vendors) {
        QCheckBox *check = addCheck(m_vendorBox->layout(), vendor);
        check->setText(vendor);
        const QSignalBlocker block(check);
        check->setChecked(ticked.contains(vendor));
        m_vendorChecks.append(check);
    }
    if (!ticked.isEmpty())
        apply();
}

void FilterPanel::apply()
{
    if (m_applying)
        return;
    auto optional = [](double v) {
        return v > 0 ? std::optional<double>(v) : std::nullopt;
    };
    auto checkedKeys = [](const QList<QCheckBox *> &checks) {
        QStringList keys;
        for (QCheckBox *c : checks) {
            if (c->isChecked())
                keys.append(c->property("filterKey").toString());
        }
        return keys;
    };
    QList<GpuClass> classes;
    for (qsizetype i = 0; i < m_classChecks.size(); ++i) {
        if (m_classChecks.at(i)->isChecked())
            classes.append(kClasses.at(i));
    }
    m_proxy.setSearchText(m_search->text());
    m_proxy.setVendors(checkedKeys(m_vendorChecks));
    m_proxy.setClasses(classes);
    m_proxy.setMinVramGB(optional(m_minVram->value()));
    // The maximum is typed in the currency the settings show money in.
    const auto maxPrice = optional(m_maxPrice->value());
    m_proxy.setMaxPriceSek(maxPrice ? std::optional<double>(Formatting::toSek(*maxPrice))
                                    : std::nullopt);
    m_proxy.setMinBandwidthGBps(optional(m_minBandwidth->value()));
    m_proxy.setMinFp16Tflops(optional(m_minFp16->value()));
    m_proxy.setMaxPowerWatts(optional(m_maxPower->value()));
    m_proxy.setSoftwareStacks(checkedKeys(m_stackChecks));
    m_proxy.setRequireFp8(m_fp8->isChecked());
    m_proxy.setRequireInt4(m_int4->isChecked());
    m_proxy.setRequireFabric(m_fabric->isChecked());
    m_proxy.setMaxGpusForWorkload(m_fits->isChecked() ? std::optional<int>(m_fitsCount->value())
                                                      : std::nullopt);
}

void FilterPanel::clearAll()
{
    m_applying = true;
    m_search->clear();
    for (QCheckBox *c : findChildren<QCheckBox *>())
        c->setChecked(false);
    for (QSpinBox *s : {m_minVram, m_minBandwidth, m_minFp16, m_maxPower})
        s->setValue(0);
    m_minVramSlider->setValue(0);
    m_maxPrice->setValue(0);
    m_fitsCount->setValue(1);
    m_applying = false;
    m_proxy.clearFilters();
}

void FilterPanel::convertPrices(double factor)
{
    if (m_maxPrice->value() > 0 && std::isfinite(factor) && factor > 0) {
        const QSignalBlocker block(m_maxPrice);
        m_maxPrice->setValue(std::round(m_maxPrice->value() * factor));
    }
    retranslate();
    apply();
}

void FilterPanel::updateCount(int shown, int total)
{
    m_count->setText(tr("%1 of %n GPU(s)", nullptr, total).arg(QLocale().toString(shown)));
    m_clear->setEnabled(m_proxy.hasFilters());
}

void FilterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilterPanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search name, vendor, architecture"));
    m_search->setToolTip(tr("Every word must appear in the GPU's name, vendor or architecture."));
    m_vendorBox->setTitle(tr("Vendor"));
    m_classBox->setTitle(tr("Class"));
    for (qsizetype i = 0; i < m_classChecks.size(); ++i)
        m_classChecks.at(i)->setText(GpuTableModel::className(kClasses.at(i)));
    m_specBox->setTitle(tr("Figures"));
    m_minVramLabel->setText(tr("Min. VRAM (GB)"));
    //: %1 is the currency chosen in the settings: SEK, EUR or USD
    m_maxPriceLabel->setText(tr("Max. price (%1)").arg(Formatting::displayCurrency()));
    m_minBandwidthLabel->setText(tr("Min. bandwidth (GB/s)"));
    m_minFp16Label->setText(tr("Min. FP16 (TFLOPS)"));
    m_maxPowerLabel->setText(tr("Max. power (W)"));
    for (QAbstractSpinBox *box : std::initializer_list<QAbstractSpinBox *>{
             m_minVram, m_maxPrice, m_minBandwidth, m_minFp16, m_maxPower})
        box->setSpecialValueText(tr("any"));
    m_stackBox->setTitle(tr("Software"));
    m_featureBox->setTitle(tr("Features"));
    m_fp8->setText(tr("FP8 in hardware"));
    m_int4->setText(tr("INT4 in hardware"));
    m_fabric->setText(tr("NVLink or other GPU link"));
    m_fits->setText(tr("Fits the workload with at most"));
    m_fits->setToolTip(tr("Only GPUs of which this many or fewer hold the selected model and "
                          "workload."));
    updateFitsSuffix();
    m_clear->setText(tr("Clear filters"));
    m_clear->setToolTip(tr("Show every GPU again (Ctrl+Shift+X)"));
    m_clear->setShortcut(QKeySequence(tr("Ctrl+Shift+X")));
    updateCount(m_proxy.rowCount(), m_proxy.sourceModel() ? m_proxy.sourceModel()->rowCount() : 0);
}
