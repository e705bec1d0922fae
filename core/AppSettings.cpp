#include "AppSettings.h"

#include <QSettings>

namespace Key {
const QString language = QStringLiteral("ui/language");
const QString geometry = QStringLiteral("window/geometry");
const QString state = QStringLiteral("window/state");
const QString header = QStringLiteral("window/gpuTableHeader");
const QString splitter = QStringLiteral("window/splitter");
const QString model = QStringLiteral("workload/model");
const QString workload = QStringLiteral("workload/workload");
const QString format = QStringLiteral("workload/format");
const QString context = QStringLiteral("workload/context");
const QString batch = QStringLiteral("workload/batch");
const QString engine = QStringLiteral("workload/engine");
const QString electricity = QStringLiteral("cost/electricitySekPerKwh");
const QString hours = QStringLiteral("cost/hoursPerDay");
const QString utilisation = QStringLiteral("cost/utilisation");
const QString pue = QStringLiteral("cost/pue");
const QString years = QStringLiteral("cost/years");
const QString vat = QStringLiteral("cost/includeVat");
const QString vatRate = QStringLiteral("cost/vatRate");
const QString resale = QStringLiteral("cost/resaleFraction");
const QString hostCost = QStringLiteral("cost/hostCostSek");
const QString hostWatts = QStringLiteral("cost/hostWatts");
const QString currency = QStringLiteral("cost/currency");
const QString sekPerUsd = QStringLiteral("cost/sekPerUsd");
const QString sekPerEur = QStringLiteral("cost/sekPerEur");
const QString ratesDate = QStringLiteral("cost/ratesDate");
const QString apiInput = QStringLiteral("cost/apiInputUsdPerMTok");
const QString apiOutput = QStringLiteral("cost/apiOutputUsdPerMTok");
const QString shortlist = QStringLiteral("shortlist/current");
const QString compareGpus = QStringLiteral("compare/gpus");
const QString compareMetric = QStringLiteral("compare/metric");
const QString compareNormalised = QStringLiteral("compare/normalised");
const QString comparePerformance = QStringLiteral("compare/performance");
} // namespace Key

AppSettings::AppSettings()
    // ~/.config/gpu-advisor/gpu-advisor.conf on Linux.
    : m_settings(new QSettings(QSettings::NativeFormat, QSettings::UserScope,
                               QStringLiteral("gpu-advisor"), QStringLiteral("gpu-advisor")))
    , m_owned(true)
{}

AppSettings::AppSettings(QSettings *settings)
    : m_settings(settings)
    , m_owned(false)
{}

AppSettings::~AppSettings()
{
    if (m_owned)
        delete m_settings;
}

QString AppSettings::language() const
{
    return m_settings->value(Key::language).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(Key::language, language);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(Key::geometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &state)
{
    m_settings->setValue(Key::geometry, state);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(Key::state).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(Key::state, state);
}

QByteArray AppSettings::tableHeaderState() const
{
    return m_settings->value(Key::header).toByteArray();
}

void AppSettings::setTableHeaderState(const QByteArray &state)
{
    m_settings->setValue(Key::header, state);
}

QByteArray AppSettings::splitterState() const
{
    return m_settings->value(Key::splitter).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray &state)
{
    m_settings->setValue(Key::splitter, state);
}

SavedWorkload AppSettings::workload() const
{
    const SavedWorkload d;
    SavedWorkload w;
    w.modelId = m_settings->value(Key::model, d.modelId).toString();
    w.workload = m_settings->value(Key::workload, d.workload).toString();
    w.format = m_settings->value(Key::format, d.format).toString();
    w.context = m_settings->value(Key::context, d.context).toInt();
    w.batch = m_settings->value(Key::batch, d.batch).toInt();
    w.engine = m_settings->value(Key::engine, d.engine).toString();
    return w;
}

void AppSettings::setWorkload(const SavedWorkload &w)
{
    m_settings->setValue(Key::model, w.modelId);
    m_settings->setValue(Key::workload, w.workload);
    m_settings->setValue(Key::format, w.format);
    m_settings->setValue(Key::context, w.context);
    m_settings->setValue(Key::batch, w.batch);
    m_settings->setValue(Key::engine, w.engine);
}

CostSettings AppSettings::costs() const
{
    const CostSettings d = CostSettings::defaults();
    CostSettings c = d;
    // A value that does not read as a sane number keeps the default rather than spreading
    // nonsense into every figure.
    auto number = [this](const QString &key, double fallback, double min, double max) {
        bool ok = false;
        const double v = m_settings->value(key, fallback).toDouble(&ok);
        return ok && v >= min && v <= max ? v : fallback;
    };
    c.electricitySekPerKwh = number(Key::electricity, d.electricitySekPerKwh, 0, 100);
    c.hoursPerDay = number(Key::hours, d.hoursPerDay, 0, 24);
    c.utilisation = number(Key::utilisation, d.utilisation, 0.01, 1);
    c.pue = number(Key::pue, d.pue, 1, 3);
    c.years = int(number(Key::years, d.years, 1, 15));
    c.includeVat = m_settings->value(Key::vat, d.includeVat).toBool();
    c.vatRate = number(Key::vatRate, d.vatRate, 0, 1);
    c.resaleFraction = number(Key::resale, d.resaleFraction, 0, 1);
    c.hostCostSek = number(Key::hostCost, d.hostCostSek, 0, 1e8);
    c.hostWatts = number(Key::hostWatts, d.hostWatts, 0, 1e5);
    c.displayCurrency =
        currencyFromCode(m_settings->value(Key::currency).toString()).value_or(d.displayCurrency);
    if (m_settings->contains(Key::sekPerUsd)) {
        c.rates.setSekPerUsd(number(Key::sekPerUsd, d.rates.sekPerUsd(), 0.1, 1000));
        c.rates.setSekPerEur(number(Key::sekPerEur, d.rates.sekPerEur(), 0.1, 1000));
        c.rates.setDate(m_settings->value(Key::ratesDate, d.rates.date()).toDate());
    }
    if (m_settings->contains(Key::apiInput)) {
        CostSettings::ApiPrice price;
        price.inputUsdPerMTok = number(Key::apiInput, 0, 0, 1000);
        price.outputUsdPerMTok = number(Key::apiOutput, 0, 0, 1000);
        c.apiPrice = price;
    }
    return c;
}

void AppSettings::setCosts(const CostSettings &c)
{
    m_settings->setValue(Key::electricity, c.electricitySekPerKwh);
    m_settings->setValue(Key::hours, c.hoursPerDay);
    m_settings->setValue(Key::utilisation, c.utilisation);
    m_settings->setValue(Key::pue, c.pue);
    m_settings->setValue(Key::years, c.years);
    m_settings->setValue(Key::vat, c.includeVat);
    m_settings->setValue(Key::vatRate, c.vatRate);
    m_settings->setValue(Key::resale, c.resaleFraction);
    m_settings->setValue(Key::hostCost, c.hostCostSek);
    m_settings->setValue(Key::hostWatts, c.hostWatts);
    m_settings->setValue(Key::currency, currencyCode(c.displayCurrency));
    m_settings->setValue(Key::sekPerUsd, c.rates.sekPerUsd());
    m_settings->setValue(Key::sekPerEur, c.rates.sekPerEur());
    m_settings->setValue(Key::ratesDate, c.rates.date());
    if (c.apiPrice) {
        m_settings->setValue(Key::apiInput, c.apiPrice->inputUsdPerMTok);
        m_settings->setValue(Key::apiOutput, c.apiPrice->outputUsdPerMTok);
    } else {
        m_settings->remove(Key::apiInput);
        m_settings->remove(Key::apiOutput);
    }
}

qint64 AppSettings::currentShortlistId() const
{
    return m_settings->value(Key::shortlist, 0).toLongLong();
}

void AppSettings::setCurrentShortlistId(qint64 id)
{
    // Unchanged at every start: writing it would rewrite the settings file for nothing.
    if (id == currentShortlistId())
        return;
    m_settings->setValue(Key::shortlist, id);
}

SavedComparison AppSettings::comparison() const
{
    SavedComparison c;
    c.gpuIds = m_settings->value(Key::compareGpus).toStringList();
    c.metric = m_settings->value(Key::compareMetric).toString();
    c.normalised = m_settings->value(Key::compareNormalised, c.normalised).toBool();
    c.performance = m_settings->value(Key::comparePerformance).toString();
    return c;
}

void AppSettings::setComparison(const SavedComparison &comparison)
{
    m_settings->setValue(Key::compareGpus, comparison.gpuIds);
    m_settings->setValue(Key::compareMetric, comparison.metric);
    m_settings->setValue(Key::compareNormalised, comparison.normalised);
    m_settings->setValue(Key::comparePerformance, comparison.performance);
}

void AppSettings::sync()
{
    m_settings->sync();
}
