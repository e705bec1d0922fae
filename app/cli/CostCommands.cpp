// The cost and advice commands: cost (TCO, cloud, API, break-even, price metrics), check (the
// article's checklist and the practical checks) and recommend (ranked configurations).
// JSON keys are documented in docs/COST.md.

#include "BreakEvenCalculator.h"
#include "Catalog.h"
#include "CliApplication.h"
#include "CostOptions.h"
#include "Formatting.h"
#include "LlmChecklist.h"
#include "PracticalChecks.h"
#include "PriceMetrics.h"
#include "Recommender.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

using CostOptions::money;

QString text(const CostSettings &s, std::optional<double> sek, int decimals = 0)
{
    if (!sek)
        return Formatting::unknown();
    return Formatting::money(s.rates.fromSek(*sek, s.displayCurrency),
                             currencyCode(s.displayCurrency), decimals);
}

QJsonValue optionalNumber(std::optional<double> v, int decimals = 2)
{
    if (!v)
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(*v * scale) / scale;
}

QJsonObject breakEvenJson(const BreakEvenCalculator::Outcome &o)
{
    QJsonObject j{{QStringLiteral("kind"), BreakEvenCalculator::kindKey(o.kind)},
                  {QStringLiteral("reason"), o.reason}};
    const bool months = o.kind == BreakEvenCalculator::Kind::Months;
    j.insert(QStringLiteral("months"), months ? optionalNumber(o.months, 1) : QJsonValue());
    j.insert(QStringLiteral("tokens"), months ? optionalNumber(o.tokens, 0) : QJsonValue());
    j.insert(QStringLiteral("within_lifetime"), o.withinLifetime);
    return j;
}

QJsonArray checksJson(const QList<CheckItem> &items)
{
    QJsonArray a;
    for (const CheckItem &i : items) {
        a.append(QJsonObject{{QStringLiteral("key"), i.key},
                             {QStringLiteral("status"), CheckItem::statusKey(i.status)},
                             {QStringLiteral("reason"), i.reason}});
    }
    return a;
}

QJsonObject currencyJson(const CostSettings &s)
{
    return {{QStringLiteral("code"), currencyCode(s.displayCurrency)},
            {QStringLiteral("sek_per_unit"), s.rates.sekPer(s.displayCurrency)},
            {QStringLiteral("rate_date"), s.rates.date().toString(Qt::ISODate)},
            {QStringLiteral("rate_source"), s.rates.source()}};
}

// Looks up --gpu and --model, printing the error. Returns the exit code on failure.
std::optional<int> lookUpGpu(CliApplication &app, const CliArguments &args, GpuSpec &gpu)
{
    if (!args.isSet(QStringLiteral("gpu")))
        return app.usageError(QStringLiteral("--gpu is required"));
    const auto id = app.resolveGpu(args.value(QStringLiteral("gpu")));
    if (!id)
        return app.fail(id.error(), CliApplication::UsageError);
    const auto g = app.catalog()->repository().gpu(*id);
    if (!g || !*g)
        return app.fail(g ? Error{QStringLiteral("not found"), {}, 0, *id} : g.error(),
                        CliApplication::Failure);
    gpu = **g;
    return std::nullopt;
}

std::optional<int> lookUpModel(CliApplication &app, const CliArguments &args, ModelSpec &model)
{
    const auto id = app.resolveModel(args.value(QStringLiteral("model")));
    if (!id)
        return app.fail(id.error(), CliApplication::UsageError);
    const auto m = app.catalog()->repository().model(*id);
    if (!m || !*m)
        return app.fail(m ? Error{QStringLiteral("not found"), {}, 0, *id} : m.error(),
                        CliApplication::Failure);
    model = **m;
    return std::nullopt;
}

std::optional<int> parseUseCase(CliApplication &app, const CliArguments &args, UseCase &useCase)
{
    const QString key = args.value(QStringLiteral("workload"), QStringLiteral("inference"));
    const auto uc = useCaseFromKey(key);
    if (!uc)
        return app.usageError(QStringLiteral("--workload: '%1' is not one of inference, "
                                             "fine-tuning, training, cloud-scaling")
                                  .arg(key));
    useCase = *uc;
    return std::nullopt;
}

int cost(CliApplication &app, const CliArguments &args)
{
    const auto settings = CostOptions::settings(args);
    if (!settings)
        return app.fail(settings.error(), CliApplication::UsageError);
    const CostSettings &s = *settings;
    const auto count = args.integer(QStringLiteral("count"), 1, 1, 1024);
    const auto watts = args.number(QStringLiteral("watts"), 0, 1.0, 1e5);
    const auto price = args.number(QStringLiteral("price"), 0, 0.0, 1e10);
    const auto cloud = args.number(QStringLiteral("cloud-price-per-hour"), 0, 0.0, 1e4);
    const auto tps = args.number(QStringLiteral("tokens-per-second"), 0, 0.0, 1e9);
    const auto concurrency = args.integer(QStringLiteral("concurrency"), 1, 1, 4096);
    for (const auto *r : {&watts, &price, &cloud, &tps}) {
        if (!*r)
            return app.fail(r->error(), CliApplication::UsageError);
    }
    if (!count)
        return app.fail(count.error(), CliApplication::UsageError);
    if (!concurrency)
        return app.fail(concurrency.error(), CliApplication::UsageError);
    const QString precision = args.value(QStringLiteral("precision"), QStringLiteral("fp16"));
    if (!CostOptions::knownPrecision(precision))
        return app.usageError(
            QStringLiteral("--precision: '%1' is not a known format").arg(precision));
    if (!app.catalog())
        return CliApplication::Failure;

    GpuSpec gpu;
    if (const auto code = lookUpGpu(app, args, gpu))
        return *code;
    CostSettings calcSettings = s;
    if (args.isSet(QStringLiteral("cloud-price-per-hour")))
        calcSettings.cloudUsdPerGpuHour.insert(gpu.id, *cloud);
    const CostCalculator calc(calcSettings);

    const std::optional<double> wattsOverride =
        args.isSet(QStringLiteral("watts")) ? std::optional<double>(*watts) : std::nullopt;
    const std::optional<double> priceOverride =
        args.isSet(QStringLiteral("price"))
            ? std::optional<double>(s.rates.toSek(*price, s.displayCurrency))
            : std::nullopt;
    const auto tco = calc.tco(gpu, *count, wattsOverride, priceOverride);
    if (!tco)
        return app.fail(tco.error(), CliApplication::UsageError);

    std::optional<ModelSpec> model;
    std::optional<ThroughputInput> throughput;
    if (args.isSet(QStringLiteral("model"))) {
        ModelSpec m;
        if (const auto code = lookUpModel(app, args, m))
            return *code;
        model = m;
        throughput =
            CostOptions::throughput(gpu, *count, m, precision, UseCase::Inference, *concurrency);
    }
    if (args.isSet(QStringLiteral("tokens-per-second"))) {
        ThroughputInput t = throughput.value_or(ThroughputInput());
        t.tokensPerSecond = *tps;
        t.concurrency = *concurrency;
        t.source = QStringLiteral("user");
        throughput = t;
    }

    const auto cloudPerYear = calc.cloudRentalPerYearSek(gpu, *count);
    const auto perMTok =
        throughput ? calc.ownedCostPerMillionTokensSek(*tco, *throughput) : std::nullopt;
    const auto cloudPerMTok =
        throughput ? calc.cloudCostPerMillionTokensSek(gpu, *count, *throughput) : std::nullopt;
    const PriceMetrics metrics =
        PriceMetrics::of(gpu, tco->cardPriceSek,
                         throughput && throughput->fits && throughput->tokensPerSecond > 0
                             ? std::optional<double>(throughput->tokensPerSecond / *count)
                             : std::nullopt);
    const auto beCloud = BreakEvenCalculator::againstCloud(calc, gpu, *tco, throughput);
    const CostSettings::ApiPrice api = calc.settings().apiPriceFor(model ? model->paramsTotalB : 0);
    std::optional<BreakEvenCalculator::Outcome> beApi;
    if (throughput)
        beApi = BreakEvenCalculator::againstApi(calc, *tco, *throughput, api);

    if (app.json()) {
        QJsonObject o;
        o.insert(QStringLiteral("currency"), currencyCode(s.displayCurrency));
        o.insert(QStringLiteral("exchange_rate"), currencyJson(s));
        o.insert(QStringLiteral("gpu"),
                 QJsonObject{{QStringLiteral("id"), gpu.id}, {QStringLiteral("name"), gpu.name}});
        o.insert(QStringLiteral("count"), tco->count);
        o.insert(QStringLiteral("settings"),
                 QJsonObject{{QStringLiteral("years"), s.years},
                             {QStringLiteral("hours_per_day"), s.hoursPerDay},
                             {QStringLiteral("utilisation"), s.utilisation},
                             {QStringLiteral("pue"), s.pue},
                             {QStringLiteral("price_per_kwh_sek"), s.electricitySekPerKwh},
                             {QStringLiteral("vat_included"), s.includeVat},
                             {QStringLiteral("vat_rate"), s.vatRate},
                             {QStringLiteral("resale_fraction"), s.resaleFraction}});
        o.insert(QStringLiteral("watts_per_card"), tco->wattsPerCard);
        o.insert(QStringLiteral("card_price"), money(s, tco->cardPriceSek));
        o.insert(QStringLiteral("host"), money(s, tco->hostSek));
        o.insert(QStringLiteral("purchase"), money(s, tco->purchaseSek));
        o.insert(QStringLiteral("electricity_per_year"), money(s, tco->electricityPerYearSek));
        o.insert(QStringLiteral("resale_value"), money(s, tco->resaleSek));
        QJsonArray years;
        for (const auto &y : tco->years) {
            years.append(QJsonObject{{QStringLiteral("year"), y.year},
                                     {QStringLiteral("purchase"), money(s, y.purchaseSek)},
                                     {QStringLiteral("electricity"), money(s, y.electricitySek)},
                                     {QStringLiteral("resale"), money(s, y.resaleSek)},
                                     {QStringLiteral("cumulative"), money(s, y.cumulativeSek)}});
        }
        o.insert(QStringLiteral("tco"),
                 QJsonObject{{QStringLiteral("years"), s.years},
                             {QStringLiteral("total"), money(s, tco->totalSek)},
                             {QStringLiteral("per_year"), years}});
        o.insert(QStringLiteral("cloud_usd_per_hour"),
                 optionalNumber(calc.settings().cloudUsdPerHour(gpu), 4));
        o.insert(QStringLiteral("cloud_rental_per_year"), money(s, cloudPerYear));
        o.insert(QStringLiteral("break_even_cloud"), breakEvenJson(beCloud));
        o.insert(QStringLiteral("price_metrics"),
                 QJsonObject{{QStringLiteral("per_fp16_tflop"), money(s, metrics.perFp16Tflop())},
                             {QStringLiteral("per_gb_vram"), money(s, metrics.perGbVram())},
                             {QStringLiteral("per_gbps"), money(s, metrics.perGBps())},
                             {QStringLiteral("per_token_per_second"),
                              money(s, metrics.perTokenPerSecond())}});
        if (model) {
            o.insert(QStringLiteral("model"), QJsonObject{{QStringLiteral("id"), model->id},
                                                          {QStringLiteral("name"), model->name}});
            o.insert(QStringLiteral("precision"), precision);
        }
        if (throughput) {
            o.insert(QStringLiteral("throughput"),
                     QJsonObject{{QStringLiteral("tokens_per_second"),
                                  optionalNumber(throughput->tokensPerSecond, 2)},
                                 {QStringLiteral("concurrency"), throughput->concurrency},
                                 {QStringLiteral("gpus_needed"), throughput->gpusNeeded},
                                 {QStringLiteral("fits"), throughput->fits},
                                 {QStringLiteral("source"), throughput->source}});
            o.insert(QStringLiteral("tokens_per_year"),
                     optionalNumber(calc.tokensPerYear(*throughput), 0));
            o.insert(QStringLiteral("cost_per_million_tokens"), money(s, perMTok, 4));
            o.insert(QStringLiteral("cloud_cost_per_million_tokens"), money(s, cloudPerMTok, 4));
            o.insert(QStringLiteral("api_cost_per_million_tokens"),
                     money(s, calc.apiCostPerMillionOutputTokensSek(api), 4));
            o.insert(QStringLiteral("api_price"),
                     QJsonObject{{QStringLiteral("input_usd_per_million"), api.inputUsdPerMTok},
                                 {QStringLiteral("output_usd_per_million"), api.outputUsdPerMTok},
                                 {QStringLiteral("input_tokens_per_output_token"),
                                  s.inputTokensPerOutputToken},
                                 {QStringLiteral("source"), api.source}});
            o.insert(QStringLiteral("break_even_api"), breakEvenJson(*beApi));
        }
        app.printJson(o);
        return CliApplication::Ok;
    }

    QTextStream &out = app.out();
    out << (tco->count > 1 ? QStringLiteral("%1 x ").arg(tco->count) : QString()) << gpu.name
        << ", " << s.years << (s.years == 1 ? " year" : " years") << ", "
        << Formatting::number(s.hoursPerDay, 1) << " h/day at "
        << Formatting::number(s.utilisation * 100, 0) << " %, PUE " << Formatting::number(s.pue, 2)
        << ", " << Formatting::number(s.electricitySekPerKwh, 2) << " kr/kWh"
        << (s.includeVat ? ", VAT included" : ", without VAT") << '\n';
    out << "Purchase:             " << text(s, tco->purchaseSek) << '\n'
        << "Electricity per year: " << text(s, tco->electricityPerYearSek) << " ("
        << Formatting::number(tco->wattsPerCard * tco->count, 0) << " W)\n"
        << "Resale value:         " << text(s, tco->resaleSek) << '\n';
    for (const auto &y : tco->years)
        out << "  year " << y.year << ": cumulative " << text(s, y.cumulativeSek) << '\n';
    out << "TCO:                  " << text(s, tco->totalSek) << '\n'
        << "Cloud rental a year:  " << text(s, cloudPerYear) << '\n'
        << "Break-even vs cloud:  " << beCloud.reason << '\n'
        << "Per FP16 TFLOP:       " << text(s, metrics.perFp16Tflop()) << '\n'
        << "Per GB of VRAM:       " << text(s, metrics.perGbVram()) << '\n'
        << "Per GB/s:             " << text(s, metrics.perGBps(), 1) << '\n';
    if (throughput) {
        out << "Tokens per second:    "
            << (throughput->fits ? Formatting::number(throughput->tokensPerSecond, 1)
                                 : QStringLiteral("does not fit"))
            << " (" << throughput->source << ")\n"
            << "Per million tokens:   own " << text(s, perMTok, 2) << ", cloud "
            << text(s, cloudPerMTok, 2) << ", API "
            << text(s, calc.apiCostPerMillionOutputTokensSek(api), 2) << '\n'
            << "Break-even vs API:    " << beApi->reason << '\n';
    }
    return CliApplication::Ok;
}

int check(CliApplication &app, const CliArguments &args)
{
    UseCase useCase = UseCase::Inference;
    if (const auto code = parseUseCase(app, args, useCase))
        return *code;
    const auto count = args.integer(QStringLiteral("count"), 1, 1, 1024);
    if (!count)
        return app.fail(count.error(), CliApplication::UsageError);
    const auto hostWatts =
        args.number(QStringLiteral("host-watts"), PracticalChecks::defaultHostWatts, 0.0, 1e5);
    if (!hostWatts)
        return app.fail(hostWatts.error(), CliApplication::UsageError);
    const auto psu = args.number(QStringLiteral("psu-watts"), 0, 1.0, 1e5);
    if (!psu)
        return app.fail(psu.error(), CliApplication::UsageError);
    const QString engineKey = args.value(QStringLiteral("engine"), QStringLiteral("llama.cpp"));
    const auto engine = softwareEngineFromKey(engineKey);
    if (!engine)
        return app.usageError(QStringLiteral("--engine: '%1' is not one of llama.cpp, ollama, "
                                             "vllm, tensorrt-llm, pytorch")
                                  .arg(engineKey));
    if (!app.catalog())
        return CliApplication::Failure;
    GpuSpec gpu;
    if (const auto code = lookUpGpu(app, args, gpu))
        return *code;

    const QList<CheckItem> checklist = LlmChecklist::evaluate(gpu, useCase);
    const QList<CheckItem> practical = PracticalChecks::evaluate(
        gpu, *count, *engine, *hostWatts,
        args.isSet(QStringLiteral("psu-watts")) ? std::optional<double>(*psu) : std::nullopt);
    if (app.json()) {
        app.printJson(QJsonObject{
            {QStringLiteral("gpu"),
             QJsonObject{{QStringLiteral("id"), gpu.id}, {QStringLiteral("name"), gpu.name}}},
            {QStringLiteral("workload"), useCaseKey(useCase)},
            {QStringLiteral("count"), *count},
            {QStringLiteral("engine"), softwareEngineKey(*engine)},
            {QStringLiteral("overall"), CheckItem::statusKey(LlmChecklist::overall(checklist))},
            {QStringLiteral("checklist"), checksJson(checklist)},
            {QStringLiteral("practical"), checksJson(practical)}});
        return CliApplication::Ok;
    }
    TextTable table;
    table.setHeader({QStringLiteral("CHECK"), QStringLiteral("STATUS"), QStringLiteral("REASON")});
    for (const CheckItem &i : checklist + practical)
        table.addRow({i.key, CheckItem::statusKey(i.status).toUpper(), i.reason});
    app.out() << gpu.name << " for " << useCaseName(useCase) << ":\n" << table.render();
    return CliApplication::Ok;
}

QJsonObject optionJson(const CostSettings &s, const Recommender::Option &o)
{
    return {
        {QStringLiteral("rank"), o.rank},
        {QStringLiteral("kind"), Recommender::kindKey(o.kind)},
        {QStringLiteral("gpu_id"), o.gpuId.isEmpty() ? QJsonValue() : QJsonValue(o.gpuId)},
        {QStringLiteral("name"), o.gpuName},
        {QStringLiteral("count"), o.count},
        {QStringLiteral("tokens_per_second"), optionalNumber(o.tokensPerSecond, 2)},
        {QStringLiteral("purchase"), money(s, o.purchaseSek)},
        {QStringLiteral("tco"), money(s, o.tcoSek)},
        {QStringLiteral("cost_per_million_tokens"), money(s, o.costPerMillionTokensSek, 4)},
        {QStringLiteral("price_per_token_per_second"), money(s, o.purchasePerTokenPerSecondSek)},
        {QStringLiteral("checklist"), CheckItem::statusKey(o.checklist)},
        {QStringLiteral("named_by_article"), o.namedByArticle},
        {QStringLiteral("reason"), o.reason}};
}

int recommend(CliApplication &app, const CliArguments &args)
{
    const auto settings = CostOptions::settings(args);
    if (!settings)
        return app.fail(settings.error(), CliApplication::UsageError);
    const CostSettings &s = *settings;
    UseCase useCase = UseCase::Inference;
    if (const auto code = parseUseCase(app, args, useCase))
        return *code;
    if (!args.isSet(QStringLiteral("model")))
        return app.usageError(QStringLiteral("--model is required"));
    const auto limit = args.integer(QStringLiteral("limit"), 5, 1, 1000);
    const auto budget = args.number(QStringLiteral("budget"), 0, 0.0, 1e12);
    const auto concurrency = args.integer(QStringLiteral("concurrency"), 1, 1, 4096);
    if (!limit)
        return app.fail(limit.error(), CliApplication::UsageError);
    if (!budget)
        return app.fail(budget.error(), CliApplication::UsageError);
    if (!concurrency)
        return app.fail(concurrency.error(), CliApplication::UsageError);
    const QString rankKey =
        args.value(QStringLiteral("rank-by"), QStringLiteral("cost-per-million-tokens"));
    const auto rankBy = Recommender::rankByFromKey(rankKey);
    if (!rankBy)
        return app.usageError(QStringLiteral("--rank-by: '%1' is not one of "
                                             "cost-per-million-tokens, "
                                             "price-per-token-per-second, tco")
                                  .arg(rankKey));
    const QString precision = args.value(QStringLiteral("precision"), QStringLiteral("fp16"));
    if (!CostOptions::knownPrecision(precision))
        return app.usageError(
            QStringLiteral("--precision: '%1' is not a known format").arg(precision));
    if (!app.catalog())
        return CliApplication::Failure;
    ModelSpec model;
    if (const auto code = lookUpModel(app, args, model))
        return *code;
    const auto gpus = app.catalog()->repository().gpus();
    if (!gpus)
        return app.fail(gpus.error(), CliApplication::Failure);

    QList<Recommender::Candidate> candidates;
    QString source;
    for (const GpuSpec &g : *gpus) {
        const ThroughputInput t =
            CostOptions::throughput(g, 0, model, precision, useCase, *concurrency);
        source = t.source;
        candidates.append({g, std::max(1, t.gpusNeeded), t});
    }
    const CostCalculator calc(s);
    const std::optional<double> budgetSek =
        args.isSet(QStringLiteral("budget"))
            ? std::optional<double>(s.rates.toSek(*budget, s.displayCurrency))
            : std::nullopt;
    const auto rec = Recommender::recommend(candidates, useCase, calc, budgetSek, *rankBy, *limit,
                                            s.apiPriceFor(model.paramsTotalB));

    if (app.json()) {
        QJsonArray ranked, alternatives, excluded;
        for (const auto &o : rec.ranked)
            ranked.append(optionJson(s, o));
        for (const auto &o : rec.alternatives)
            alternatives.append(optionJson(s, o));
        for (const auto &e : rec.excluded) {
            excluded.append(QJsonObject{{QStringLiteral("gpu_id"), e.gpuId},
                                        {QStringLiteral("reason"), e.reason}});
        }
        app.printJson(QJsonObject{
            {QStringLiteral("model"),
             QJsonObject{{QStringLiteral("id"), model.id}, {QStringLiteral("name"), model.name}}},
            {QStringLiteral("workload"), useCaseKey(useCase)},
            {QStringLiteral("precision"), precision},
            {QStringLiteral("currency"), currencyCode(s.displayCurrency)},
            {QStringLiteral("exchange_rate"), currencyJson(s)},
            {QStringLiteral("rank_by"), Recommender::rankByKey(*rankBy)},
            {QStringLiteral("budget"), money(s, budgetSek)},
            {QStringLiteral("throughput_source"), source},
            {QStringLiteral("summary"), rec.summary},
            {QStringLiteral("rent_instead_wins"), rec.rentInsteadWins},
            {QStringLiteral("ranked"), ranked},
            {QStringLiteral("alternatives"), alternatives},
            {QStringLiteral("excluded"), excluded},
            {QStringLiteral("article"),
             QJsonObject{
                 {QStringLiteral("gpus"),
                  QJsonArray::fromStringList(Recommender::articleGpuIds(useCase))},
                 {QStringLiteral("requirement"), Recommender::articleRequirement(useCase)}}}});
        return CliApplication::Ok;
    }
    using A = TextTable::Align;
    auto table = [&](const QList<Recommender::Option> &options) {
        TextTable t;
        t.setHeader({QStringLiteral("#"), QStringLiteral("OPTION"), QStringLiteral("TOK/S"),
                     QStringLiteral("PER M TOKENS"), QStringLiteral("PURCHASE"),
                     QStringLiteral("REASON")},
                    {A::Right, A::Left, A::Right, A::Right, A::Right, A::Left});
        for (const auto &o : options) {
            const QString what =
                (o.kind == Recommender::Option::Kind::RentGpu ? QStringLiteral("rent ")
                                                              : QString()) +
                (o.count > 1 ? QStringLiteral("%1 x ").arg(o.count) : QString()) + o.gpuName;
            t.addRow({QString::number(o.rank), what,
                      o.kind == Recommender::Option::Kind::Api
                          ? QStringLiteral("-")
                          : Formatting::number(o.tokensPerSecond, 1),
                      text(s, o.costPerMillionTokensSek, 2), text(s, o.purchaseSek), o.reason});
        }
        return t.render();
    };
    app.out() << model.name << " for " << useCaseName(useCase) << " (" << precision
              << ", speed: " << source << ")\n"
              << rec.summary << "\n\n"
              << table(rec.ranked);
    if (!rec.alternatives.isEmpty())
        app.out() << "\nAlternatives:\n" << table(rec.alternatives);
    return CliApplication::Ok;
}

} // namespace

void registerCostCommands(CliApplication &app)
{
    auto opt = [](const char *name, const char *valueName, const char *help) {
        return CliArguments::Option{QString::fromLatin1(name), valueName != nullptr,
                                    QString::fromLatin1(valueName ? valueName : ""),
                                    QString::fromUtf8(help)};
    };
    QList<CliArguments::Option> costOptions = {
        opt("gpu", "ID", "the GPU (id or part of its name)"),
        opt("count", "N", "number of cards (default 1)"),
        opt("watts", "W", "power per card under load, overriding the catalog's"),
        opt("price", "AMOUNT", "price per card in --currency with VAT, overriding the catalog's"),
        opt("model", "ID", "a model, for the per-token figures"),
        opt("tokens-per-second", "T", "your own measured tokens/s for the whole configuration"),
    };
    costOptions += CostOptions::settingOptions();
    costOptions += CostOptions::modelOptions();
    app.addCommand({QStringLiteral("cost"), QStringLiteral("--gpu ID"),
                    QStringLiteral("total cost of ownership, cloud and API cost, break-even"),
                    costOptions, cost});

    app.addCommand(
        {QStringLiteral("check"),
         QStringLiteral("--gpu ID --workload WORKLOAD"),
         QStringLiteral("the article's checklist and practical checks for a GPU"),
         {opt("gpu", "ID", "the GPU (id or part of its name)"),
          opt("workload", "WORKLOAD", "inference, fine-tuning, training or cloud-scaling"),
          opt("count", "N", "number of cards (default 1)"),
          opt("engine", "ENGINE", "llama.cpp, ollama, vllm, tensorrt-llm or pytorch"),
          opt("host-watts", "W", "host power under load (default 250)"),
          opt("psu-watts", "W", "your power supply, to check it")},
         check});

    QList<CliArguments::Option> recommendOptions = {
        opt("model", "ID", "the model (id or part of its name)"),
        opt("workload", "WORKLOAD", "inference, fine-tuning, training or cloud-scaling"),
        opt("budget", "AMOUNT", "most to spend on cards, in --currency"),
        opt("limit", "K", "how many to list (default 5)"),
        opt("rank-by", "METRIC",
            "cost-per-million-tokens (default), price-per-token-per-second or tco"),
    };
    recommendOptions += CostOptions::settingOptions();
    recommendOptions += CostOptions::modelOptions();
    app.addCommand({QStringLiteral("recommend"), QStringLiteral("--model ID --workload WORKLOAD"),
                    QStringLiteral("rank the GPUs that fit a model by cost, with renting"),
                    recommendOptions, recommend});
}
