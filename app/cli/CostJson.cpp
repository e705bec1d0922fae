#include "CostJson.h"

#include "CostOptions.h"
#include "CostReport.h"
#include "EstimateRequest.h"
#include "LlmChecklist.h"
#include "ModelSpec.h"

#include <QJsonArray>

#include <cmath>

namespace {

using CostOptions::money;

QJsonValue optionalNumber(std::optional<double> v, int decimals = 2)
{
    if (!v)
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(*v * scale) / scale;
}

QJsonObject breakEven(const BreakEvenCalculator::Outcome &o)
{
    QJsonObject j{{QStringLiteral("kind"), BreakEvenCalculator::kindKey(o.kind)},
                  {QStringLiteral("reason"), o.reason}};
    const bool months = o.kind == BreakEvenCalculator::Kind::Months;
    j.insert(QStringLiteral("months"), months ? optionalNumber(o.months, 1) : QJsonValue());
    j.insert(QStringLiteral("tokens"), months ? optionalNumber(o.tokens, 0) : QJsonValue());
    j.insert(QStringLiteral("within_lifetime"), o.withinLifetime);
    return j;
}

QJsonArray checks(const QList<CheckItem> &items)
{
    QJsonArray a;
    for (const CheckItem &i : items) {
        a.append(QJsonObject{{QStringLiteral("key"), i.key},
                             {QStringLiteral("status"), CheckItem::statusKey(i.status)},
                             {QStringLiteral("reason"), i.reason}});
    }
    return a;
}

QJsonObject exchangeRate(const CostSettings &s)
{
    return {{QStringLiteral("code"), currencyCode(s.displayCurrency)},
            {QStringLiteral("sek_per_unit"), s.rates.sekPer(s.displayCurrency)},
            {QStringLiteral("rate_date"), s.rates.date().toString(Qt::ISODate)},
            {QStringLiteral("rate_source"), s.rates.source()}};
}

QJsonObject idAndName(const QString &id, const QString &name)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
}

QJsonObject option(const CostSettings &s, const Recommender::Option &o)
{
    return {
        {QStringLiteral("rank"), o.rank},
        {QStringLiteral("kind"), Recommender::kindKey(o.kind)},
        {QStringLiteral("gpu_id"), o.gpuId.isEmpty() ? QJsonValue() : QJsonValue(o.gpuId)},
        {QStringLiteral("name"), o.gpuName},
        {QStringLiteral("count"), o.count},
        {QStringLiteral("engine"), o.engine.isEmpty() ? QJsonValue() : QJsonValue(o.engine)},
        {QStringLiteral("tokens_per_second"), optionalNumber(o.tokensPerSecond, 2)},
        {QStringLiteral("purchase"), money(s, o.purchaseSek)},
        {QStringLiteral("tco"), money(s, o.tcoSek)},
        {QStringLiteral("cost_per_million_tokens"), money(s, o.costPerMillionTokensSek, 4)},
        {QStringLiteral("price_per_token_per_second"), money(s, o.purchasePerTokenPerSecondSek)},
        {QStringLiteral("checklist"), CheckItem::statusKey(o.checklist)},
        {QStringLiteral("named_by_article"), o.namedByArticle},
        {QStringLiteral("reason"), o.reason}};
}

} // namespace

namespace CostJson {

QJsonObject request(const EstimateRequest &r, bool engineGiven)
{
    return {{QStringLiteral("workload"), EstimateKeys::workloadKey(r.workload)},
            {QStringLiteral("precision"), WeightFormats::key(r.format)},
            {QStringLiteral("kv_cache"), EstimateKeys::kvCacheKey(r.kvCache)},
            {QStringLiteral("context"), r.context},
            {QStringLiteral("batch"), r.batch},
            {QStringLiteral("engine"),
             engineGiven ? EstimateKeys::engineKey(r.engine) : QStringLiteral("default")}};
}

QJsonObject cost(const CostReport &r)
{
    const CostSettings &s = r.settings;
    const CostCalculator::Tco &tco = r.tco;
    QJsonObject o;
    o.insert(QStringLiteral("currency"), currencyCode(s.displayCurrency));
    o.insert(QStringLiteral("exchange_rate"), exchangeRate(s));
    o.insert(QStringLiteral("gpu"), idAndName(r.gpu.id, r.gpu.name));
    o.insert(QStringLiteral("count"), tco.count);
    o.insert(QStringLiteral("settings"),
             QJsonObject{{QStringLiteral("years"), s.years},
                         {QStringLiteral("hours_per_day"), s.hoursPerDay},
                         {QStringLiteral("utilisation"), s.utilisation},
                         {QStringLiteral("pue"), s.pue},
                         {QStringLiteral("price_per_kwh_sek"), s.electricitySekPerKwh},
                         {QStringLiteral("vat_included"), s.includeVat},
                         {QStringLiteral("vat_rate"), s.vatRate},
                         {QStringLiteral("resale_fraction"), s.resaleFraction}});
    o.insert(QStringLiteral("watts_per_card"), tco.wattsPerCard);
    o.insert(QStringLiteral("card_price"), money(s, tco.cardPriceSek));
    o.insert(QStringLiteral("host"), money(s, tco.hostSek));
    o.insert(QStringLiteral("purchase"), money(s, tco.purchaseSek));
    o.insert(QStringLiteral("electricity_per_year"), money(s, tco.electricityPerYearSek));
    o.insert(QStringLiteral("resale_value"), money(s, tco.resaleSek));
    QJsonArray years;
    for (const auto &y : tco.years) {
        years.append(QJsonObject{{QStringLiteral("year"), y.year},
                                 {QStringLiteral("purchase"), money(s, y.purchaseSek)},
                                 {QStringLiteral("electricity"), money(s, y.electricitySek)},
                                 {QStringLiteral("resale"), money(s, y.resaleSek)},
                                 {QStringLiteral("cumulative"), money(s, y.cumulativeSek)}});
    }
    o.insert(QStringLiteral("tco"), QJsonObject{{QStringLiteral("years"), s.years},
                                                {QStringLiteral("total"), money(s, tco.totalSek)},
                                                {QStringLiteral("per_year"), years}});
    o.insert(QStringLiteral("cloud_usd_per_hour"), optionalNumber(r.cloudUsdPerHour, 4));
    o.insert(QStringLiteral("cloud_rental_per_year"), money(s, r.cloudRentalPerYearSek));
    o.insert(QStringLiteral("break_even_cloud"), breakEven(r.breakEvenCloud));
    const PriceMetrics &m = r.priceMetrics;
    o.insert(
        QStringLiteral("price_metrics"),
        QJsonObject{{QStringLiteral("per_fp16_tflop"), money(s, m.perFp16Tflop())},
                    {QStringLiteral("per_gb_vram"), money(s, m.perGbVram())},
                    {QStringLiteral("per_gbps"), money(s, m.perGBps())},
                    {QStringLiteral("per_token_per_second"), money(s, m.perTokenPerSecond())}});
    if (r.model) {
        o.insert(QStringLiteral("model"), idAndName(r.model->id, r.model->name));
    }
    if (r.request) {
        o.insert(QStringLiteral("precision"), WeightFormats::key(r.request->format));
        o.insert(QStringLiteral("request"), request(*r.request, true));
    }
    if (r.throughput) {
        const ThroughputInput &t = *r.throughput;
        o.insert(QStringLiteral("throughput"),
                 QJsonObject{
                     {QStringLiteral("tokens_per_second"), optionalNumber(t.tokensPerSecond, 2)},
                     {QStringLiteral("concurrency"), t.concurrency},
                     {QStringLiteral("gpus_needed"),
                      t.gpusNeeded > 0 ? QJsonValue(t.gpusNeeded) : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("fits"), t.fits},
                     {QStringLiteral("engine"),
                      t.engine.isEmpty() ? QJsonValue() : QJsonValue(t.engine)},
                     {QStringLiteral("source"), t.source}});
        o.insert(QStringLiteral("tokens_per_year"), optionalNumber(r.tokensPerYear, 0));
        o.insert(QStringLiteral("cost_per_million_tokens"), money(s, r.costPerMillionTokensSek, 4));
        o.insert(QStringLiteral("cloud_cost_per_million_tokens"),
                 money(s, r.cloudCostPerMillionTokensSek, 4));
        o.insert(QStringLiteral("api_cost_per_million_tokens"),
                 money(s, r.apiCostPerMillionTokensSek, 4));
        o.insert(QStringLiteral("api_price"),
                 QJsonObject{
                     {QStringLiteral("input_usd_per_million"), r.apiPrice.inputUsdPerMTok},
                     {QStringLiteral("output_usd_per_million"), r.apiPrice.outputUsdPerMTok},
                     {QStringLiteral("input_tokens_per_output_token"), s.inputTokensPerOutputToken},
                     {QStringLiteral("source"), r.apiPrice.source}});
        if (r.breakEvenApi)
            o.insert(QStringLiteral("break_even_api"), breakEven(*r.breakEvenApi));
    }
    return o;
}

QJsonObject check(const GpuSpec &gpu, UseCase useCase, int count, const QString &engine,
                  const QList<CheckItem> &checklist, const QList<CheckItem> &practical)
{
    return {{QStringLiteral("gpu"), idAndName(gpu.id, gpu.name)},
            {QStringLiteral("workload"), useCaseKey(useCase)},
            {QStringLiteral("count"), count},
            {QStringLiteral("engine"), engine},
            {QStringLiteral("overall"), CheckItem::statusKey(LlmChecklist::overall(checklist))},
            {QStringLiteral("checklist"), checks(checklist)},
            {QStringLiteral("practical"), checks(practical)}};
}

QJsonObject recommend(const CostSettings &s, const ModelSpec &model, UseCase useCase,
                      const EstimateRequest &r, bool engineGiven, Recommender::RankBy rankBy,
                      std::optional<double> budgetSek, const Recommender::Recommendation &rec)
{
    QJsonArray ranked, alternatives, excluded;
    for (const auto &o : rec.ranked)
        ranked.append(option(s, o));
    for (const auto &o : rec.alternatives)
        alternatives.append(option(s, o));
    for (const auto &e : rec.excluded) {
        excluded.append(
            QJsonObject{{QStringLiteral("gpu_id"), e.gpuId}, {QStringLiteral("reason"), e.reason}});
    }
    return {
        {QStringLiteral("model"), idAndName(model.id, model.name)},
        {QStringLiteral("workload"), useCaseKey(useCase)},
        {QStringLiteral("precision"), WeightFormats::key(r.format)},
        {QStringLiteral("request"), request(r, engineGiven)},
        {QStringLiteral("currency"), currencyCode(s.displayCurrency)},
        {QStringLiteral("exchange_rate"), exchangeRate(s)},
        {QStringLiteral("rank_by"), Recommender::rankByKey(rankBy)},
        {QStringLiteral("budget"), money(s, budgetSek)},
        {QStringLiteral("throughput_source"), QStringLiteral("estimator")},
        {QStringLiteral("summary"), rec.summary},
        {QStringLiteral("rent_instead_wins"), rec.rentInsteadWins},
        {QStringLiteral("ranked"), ranked},
        {QStringLiteral("alternatives"), alternatives},
        {QStringLiteral("excluded"), excluded},
        {QStringLiteral("article"),
         QJsonObject{{QStringLiteral("gpus"),
                      QJsonArray::fromStringList(Recommender::articleGpuIds(useCase))},
                     {QStringLiteral("requirement"), Recommender::articleRequirement(useCase)}}}};
}

} // namespace CostJson
