// The cost and advice commands: cost (TCO, cloud, API, break-even, price metrics), check (the
// article's checklist and the practical checks) and recommend (configurations ranked by cost).
// Speed and GPU counts come from the estimator (EstimatedThroughput); the JSON is CostJson's,
// its keys documented in docs/COST.md.

#include "Catalog.h"
#include "CliApplication.h"
#include "CostJson.h"
#include "CostOptions.h"
#include "CostReport.h"
#include "Estimate.h"
#include "EstimatedThroughput.h"
#include "Formatting.h"
#include "LlmChecklist.h"
#include "PracticalChecks.h"
#include "TextTable.h"
#include "WorkloadOptions.h"

namespace {

using CostOptions::moneyText;

int usageFail(CliApplication &app, const Error &error)
{
    return app.fail(error, CliApplication::UsageError);
}

void printCost(QTextStream &out, const CostReport &r)
{
    const CostSettings &s = r.settings;
    const CostCalculator::Tco &tco = r.tco;
    out << (tco.count > 1 ? QStringLiteral("%1 x ").arg(tco.count) : QString()) << r.gpu.name
        << ", " << s.years << (s.years == 1 ? " year" : " years") << ", "
        << Formatting::number(s.hoursPerDay, 1) << " h/day at "
        << Formatting::number(s.utilisation * 100, 0) << " %, PUE " << Formatting::number(s.pue, 2)
        << ", " << Formatting::number(s.electricitySekPerKwh, 2) << " kr/kWh"
        << (s.includeVat ? ", VAT included" : ", without VAT") << '\n';
    out << "Purchase:             " << moneyText(s, tco.purchaseSek) << '\n'
        << "Electricity per year: " << moneyText(s, tco.electricityPerYearSek) << " ("
        << Formatting::number(tco.wattsPerCard * tco.count, 0) << " W)\n"
        << "Resale value:         " << moneyText(s, tco.resaleSek) << '\n';
    for (const auto &y : tco.years)
        out << "  year " << y.year << ": cumulative " << moneyText(s, y.cumulativeSek) << '\n';
    out << "TCO:                  " << moneyText(s, tco.totalSek) << '\n'
        << "Cloud rental a year:  " << moneyText(s, r.cloudRentalPerYearSek) << '\n'
        << "Break-even vs cloud:  " << r.breakEvenCloud.reason << '\n'
        << "Per FP16 TFLOP:       " << moneyText(s, r.priceMetrics.perFp16Tflop()) << '\n'
        << "Per GB of VRAM:       " << moneyText(s, r.priceMetrics.perGbVram()) << '\n'
        << "Per GB/s:             " << moneyText(s, r.priceMetrics.perGBps(), 1) << '\n';
    if (!r.throughput)
        return;
    const ThroughputInput &t = *r.throughput;
    QString speed =
        t.fits ? Formatting::number(t.tokensPerSecond, 1) : QStringLiteral("does not fit");
    if (!t.unavailableReason.isEmpty())
        speed = t.unavailableReason;
    out << "Tokens per second:    " << speed << " (" << t.source
        << (t.engine.isEmpty() ? QString() : QStringLiteral(", ") + t.engine) << ")\n"
        << "Per million tokens:   own " << moneyText(s, r.costPerMillionTokensSek, 2) << ", cloud "
        << moneyText(s, r.cloudCostPerMillionTokensSek, 2) << ", API "
        << moneyText(s, r.apiCostPerMillionTokensSek, 2) << '\n';
    if (r.breakEvenApi)
        out << "Break-even vs API:    " << r.breakEvenApi->reason << '\n';
}

int cost(CliApplication &app, const CliArguments &args)
{
    const auto settings = CostOptions::settings(args);
    if (!settings)
        return usageFail(app, settings.error());
    const CostSettings &s = *settings;
    const auto count = args.integer(QStringLiteral("count"), 1, 1, 1024);
    const auto watts = args.number(QStringLiteral("watts"), 0, 1.0, 1e5);
    const auto price = args.number(QStringLiteral("price"), 0, 0.0, 1e10);
    const auto cloud = args.number(QStringLiteral("cloud-price-per-hour"), 0, 0.0, 1e4);
    const auto tps = args.number(QStringLiteral("tokens-per-second"), 0, 0.0, 1e9);
    for (const auto *r : {&watts, &price, &cloud, &tps}) {
        if (!*r)
            return usageFail(app, r->error());
    }
    if (!count)
        return usageFail(app, count.error());
    const auto choice = CostOptions::workload(args);
    if (!choice)
        return usageFail(app, choice.error());
    const auto workload = WorkloadOptions::parse(args, choice->workload);
    if (!workload)
        return usageFail(app, workload.error());
    if (!app.catalog())
        return CliApplication::Failure;

    CostReport report;
    report.settings = s;
    if (const auto code = CostOptions::lookUpGpu(app, args, report.gpu))
        return *code;
    const GpuSpec &gpu = report.gpu;
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
        return usageFail(app, tco.error());
    report.tco = *tco;

    if (args.isSet(QStringLiteral("model"))) {
        ModelSpec m;
        if (const auto code = CostOptions::lookUpModel(app, args, m))
            return *code;
        report.model = m;
        EstimateRequest request = workload->request;
        request.model = m;
        const Estimate e =
            EstimatedThroughput::estimate(request, gpu, *count, workload->engineGiven);
        request.engine = e.request.engine; // the engine the estimate chose
        report.request = request;
        report.throughput = EstimatedThroughput::fromEstimate(e);
    }
    if (args.isSet(QStringLiteral("tokens-per-second"))) {
        ThroughputInput t = report.throughput.value_or(ThroughputInput());
        t.tokensPerSecond = *tps;
        t.concurrency = workload->request.batch;
        t.source = QStringLiteral("user");
        report.throughput = t;
    }

    report.cloudUsdPerHour = calc.settings().cloudUsdPerHour(gpu);
    report.cloudRentalPerYearSek = calc.cloudRentalPerYearSek(gpu, *count);
    const std::optional<ThroughputInput> &t = report.throughput;
    report.priceMetrics = PriceMetrics::of(gpu, tco->cardPriceSek,
                                           t && t->fits && t->tokensPerSecond > 0
                                               ? std::optional<double>(t->tokensPerSecond / *count)
                                               : std::nullopt);
    report.breakEvenCloud = BreakEvenCalculator::againstCloud(calc, gpu, *tco, t);
    report.apiPrice = calc.settings().apiPriceFor(report.model ? report.model->paramsTotalB : 0);
    report.apiCostPerMillionTokensSek = calc.apiCostPerMillionOutputTokensSek(report.apiPrice);
    if (t) {
        report.tokensPerYear = calc.tokensPerYear(*t);
        report.costPerMillionTokensSek = calc.ownedCostPerMillionTokensSek(*tco, *t);
        report.cloudCostPerMillionTokensSek = calc.cloudCostPerMillionTokensSek(gpu, *count, *t);
        report.breakEvenApi = BreakEvenCalculator::againstApi(calc, *tco, *t, report.apiPrice);
    }

    if (app.json())
        app.printJson(CostJson::cost(report));
    else
        printCost(app.out(), report);
    return CliApplication::Ok;
}

int check(CliApplication &app, const CliArguments &args)
{
    const auto choice = CostOptions::workload(args);
    if (!choice)
        return usageFail(app, choice.error());
    const UseCase useCase = choice->useCase;
    const auto count = args.integer(QStringLiteral("count"), 1, 1, 1024);
    if (!count)
        return usageFail(app, count.error());
    const auto hostWatts =
        args.number(QStringLiteral("host-watts"), PracticalChecks::defaultHostWatts, 0.0, 1e5);
    if (!hostWatts)
        return usageFail(app, hostWatts.error());
    const auto psu = args.number(QStringLiteral("psu-watts"), 0, 1.0, 1e5);
    if (!psu)
        return usageFail(app, psu.error());
    const QString engineKey = args.value(QStringLiteral("engine"), QStringLiteral("llama.cpp"));
    const auto engine = softwareEngineFromKey(engineKey);
    if (!engine)
        return app.usageError(QStringLiteral("--engine: '%1' is not one of llama.cpp, ollama, "
                                             "vllm, tensorrt-llm, pytorch")
                                  .arg(engineKey));
    if (!app.catalog())
        return CliApplication::Failure;
    GpuSpec gpu;
    if (const auto code = CostOptions::lookUpGpu(app, args, gpu))
        return *code;

    const QList<CheckItem> checklist = LlmChecklist::evaluate(gpu, useCase);
    const QList<CheckItem> practical = PracticalChecks::evaluate(
        gpu, *count, *engine, *hostWatts,
        args.isSet(QStringLiteral("psu-watts")) ? std::optional<double>(*psu) : std::nullopt);
    if (app.json()) {
        app.printJson(CostJson::check(gpu, useCase, *count, softwareEngineKey(*engine), checklist,
                                      practical));
        return CliApplication::Ok;
    }
    TextTable table;
    table.setHeader({QStringLiteral("CHECK"), QStringLiteral("STATUS"), QStringLiteral("REASON")});
    for (const CheckItem &i : checklist + practical)
        table.addRow({i.key, CheckItem::statusKey(i.status).toUpper(), i.reason});
    app.out() << gpu.name << " for " << useCaseName(useCase) << ":\n" << table.render();
    return CliApplication::Ok;
}

QString optionsTable(const CostSettings &s, const QList<Recommender::Option> &options)
{
    using A = TextTable::Align;
    TextTable t;
    t.setHeader({QStringLiteral("#"), QStringLiteral("OPTION"), QStringLiteral("TOK/S"),
                 QStringLiteral("PER M TOKENS"), QStringLiteral("PURCHASE"),
                 QStringLiteral("REASON")},
                {A::Right, A::Left, A::Right, A::Right, A::Right, A::Left});
    for (const auto &o : options) {
        const QString what =
            (o.kind == Recommender::Option::Kind::RentGpu ? QStringLiteral("rent ") : QString()) +
            (o.count > 1 ? QStringLiteral("%1 x ").arg(o.count) : QString()) + o.gpuName;
        t.addRow(
            {QString::number(o.rank), what,
             o.kind == Recommender::Option::Kind::Api ? QStringLiteral("-")
                                                      : Formatting::number(o.tokensPerSecond, 1),
             moneyText(s, o.costPerMillionTokensSek, 2), moneyText(s, o.purchaseSek), o.reason});
    }
    return t.render();
}

int recommend(CliApplication &app, const CliArguments &args)
{
    const auto settings = CostOptions::settings(args);
    if (!settings)
        return usageFail(app, settings.error());
    const CostSettings &s = *settings;
    const auto choice = CostOptions::workload(args);
    if (!choice)
        return usageFail(app, choice.error());
    const auto workload = WorkloadOptions::parse(args, choice->workload);
    if (!workload)
        return usageFail(app, workload.error());
    if (!args.isSet(QStringLiteral("model")))
        return app.usageError(QStringLiteral("--model is required"));
    const auto limit = args.integer(QStringLiteral("limit"), 5, 1, 1000);
    const auto budget = args.number(QStringLiteral("budget"), 0, 0.0, 1e12);
    if (!limit)
        return usageFail(app, limit.error());
    if (!budget)
        return usageFail(app, budget.error());
    const QString rankKey =
        args.value(QStringLiteral("rank-by"), QStringLiteral("cost-per-million-tokens"));
    const auto rankBy = Recommender::rankByFromKey(rankKey);
    if (!rankBy)
        return app.usageError(QStringLiteral("--rank-by: '%1' is not one of "
                                             "cost-per-million-tokens, "
                                             "price-per-token-per-second, tco")
                                  .arg(rankKey));
    if (!app.catalog())
        return CliApplication::Failure;
    ModelSpec model;
    if (const auto code = CostOptions::lookUpModel(app, args, model))
        return *code;
    const auto gpus = app.catalog()->repository().gpus();
    if (!gpus)
        return app.fail(gpus.error(), CliApplication::Failure);

    EstimateRequest request = workload->request;
    request.model = model;
    const UseCase useCase = choice->useCase;
    const std::optional<double> budgetSek =
        args.isSet(QStringLiteral("budget"))
            ? std::optional<double>(s.rates.toSek(*budget, s.displayCurrency))
            : std::nullopt;
    const auto rec = Recommender::recommend(
        Recommender::estimateCandidates(*gpus, request, workload->engineGiven), useCase,
        CostCalculator(s), budgetSek, *rankBy, *limit, s.apiPriceFor(model.paramsTotalB));

    if (app.json()) {
        app.printJson(CostJson::recommend(s, model, useCase, request, workload->engineGiven,
                                          *rankBy, budgetSek, rec));
        return CliApplication::Ok;
    }
    app.out() << model.name << " for " << useCaseName(useCase) << " ("
              << EstimateKeys::workloadKey(request.workload) << ", "
              << WeightFormats::key(request.format) << ", speed: estimator)\n"
              << rec.summary << "\n\n"
              << optionsTable(s, rec.ranked);
    if (!rec.alternatives.isEmpty())
        app.out() << "\nAlternatives:\n" << optionsTable(s, rec.alternatives);
    return CliApplication::Ok;
}

CliArguments::Option opt(const char *name, const char *valueName, const char *help)
{
    return {QString::fromLatin1(name), valueName != nullptr,
            QString::fromLatin1(valueName ? valueName : ""), QString::fromUtf8(help)};
}

} // namespace

void registerCostCommands(CliApplication &app)
{
    const QList<CliArguments::Option> workloadOptions =
        WorkloadOptions::options(CostOptions::workloadHelp());

    QList<CliArguments::Option> costOptions = {
        opt("gpu", "ID", "the GPU (id or part of its name)"),
        opt("count", "N", "number of cards (default 1)"),
        opt("watts", "W", "power per card under load, overriding the catalog's"),
        opt("price", "AMOUNT", "price per card in --currency with VAT, overriding the catalog's"),
        opt("model", "ID", "a model, for the per-token figures (speed from the estimator)"),
        opt("tokens-per-second", "T", "your own measured tokens/s for the whole configuration"),
    };
    costOptions += CostOptions::settingOptions();
    costOptions += workloadOptions;
    app.addCommand({QStringLiteral("cost"), QStringLiteral("--gpu ID"),
                    QStringLiteral("total cost of ownership, cloud and API cost, break-even"),
                    costOptions, cost});

    app.addCommand(
        {QStringLiteral("check"),
         QStringLiteral("--gpu ID --workload WORKLOAD"),
         QStringLiteral("the article's checklist and practical checks for a GPU"),
         {opt("gpu", "ID", "the GPU (id or part of its name)"),
          opt("workload", "WORKLOAD",
              "inference, fine-tuning (or lora, qlora), training (or full) or cloud-scaling"),
          opt("count", "N", "number of cards (default 1)"),
          opt("engine", "ENGINE", "llama.cpp, ollama, vllm, tensorrt-llm or pytorch"),
          opt("host-watts", "W", "host power under load (default 250)"),
          opt("psu-watts", "W", "your power supply, to check it")},
         check});

    QList<CliArguments::Option> recommendOptions = {
        opt("model", "ID", "the model (id or part of its name)"),
        opt("budget", "AMOUNT", "most to spend on cards, in --currency"),
        opt("limit", "K", "how many to list (default 5)"),
        opt("rank-by", "METRIC",
            "cost-per-million-tokens (default), price-per-token-per-second or tco"),
    };
    recommendOptions += CostOptions::settingOptions();
    recommendOptions += workloadOptions;
    app.addCommand({QStringLiteral("recommend"), QStringLiteral("--model ID --workload WORKLOAD"),
                    QStringLiteral("rank the GPUs that fit a model by cost, with renting"),
                    recommendOptions, recommend});
}
