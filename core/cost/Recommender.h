#pragma once

// Recommendations per use case: the source article's use-case table (which GPUs it names for
// large-model training, local fine-tuning, local inference and cloud scaling), and "my model, my
// workload, my budget": the catalog's GPUs and multi-GPU configurations of them that fit, ranked
// by cost, each with the reason for its rank, and renting (a cloud GPU or an API) as the
// alternative when that is cheaper for the same work.
//
// The throughput and GPU count of each configuration come in with it (ThroughputInput);
// estimateCandidates() takes them from the estimator. The recommender itself does the cost side.

#include "CheckItem.h"
#include "CostCalculator.h"
#include "GpuSpec.h"
#include "UseCase.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct EstimateRequest;

class Recommender
{
public:
    enum class RankBy
    {
        CostPerMillionTokens,      // (capital net + electricity) per year / tokens per year
        PurchasePerTokenPerSecond, // purchase price / tokens per second
        Tco                        // total cost over the ownership period
    };

    struct Candidate
    {
        GpuSpec gpu;
        int count = 1;
        ThroughputInput throughput;
    };

    // Every GPU at the estimator's smallest count that holds the workload's model (up to
    // EstimatedThroughput::maxCards), with its estimated throughput. engineGiven false: each GPU
    // gets the estimator's default engine.
    static QList<Candidate> estimateCandidates(const QList<GpuSpec> &gpus,
                                               const EstimateRequest &workload, bool engineGiven);

    struct Option
    {
        enum class Kind
        {
            Own,     // buy the cards
            RentGpu, // rent the same cards by the hour
            Api      // buy the tokens from an API
        };
        Kind kind = Kind::Own;
        QString gpuId; // empty for Api
        QString gpuName;
        int count = 1;
        QString engine; // the engine the speed is for; empty for Api
        double tokensPerSecond = 0;
        std::optional<double> purchaseSek;
        std::optional<double> tcoSek;
        std::optional<double> costPerMillionTokensSek;
        std::optional<double> purchasePerTokenPerSecondSek;
        CheckStatus checklist = CheckStatus::Unknown; // the article's checklist, worst item
        bool namedByArticle = false;
        int rank = 0; // 1-based within its list
        QString reason;
    };

    struct Excluded
    {
        QString gpuId;
        QString reason;
    };

    struct Recommendation
    {
        UseCase useCase = UseCase::Inference;
        QList<Option> ranked;       // best first, at most the limit
        QList<Option> alternatives; // renting and the API, cheapest first
        bool rentInsteadWins = false;
        QString summary;          // one line, translated
        QList<Excluded> excluded; // why configurations were left out
    };

    // The GPUs the article's use-case table names (catalog ids), and its key requirement.
    static QStringList articleGpuIds(UseCase useCase);
    static QString articleRequirement(UseCase useCase);

    static Recommendation recommend(const QList<Candidate> &candidates, UseCase useCase,
                                    const CostCalculator &calculator,
                                    std::optional<double> budgetSek = {},
                                    RankBy rankBy = RankBy::CostPerMillionTokens, int limit = 5,
                                    std::optional<CostSettings::ApiPrice> apiPrice = {});

    static QString
    rankByKey(RankBy rankBy); // "cost-per-million-tokens", "price-per-token-per-second", "tco"
    static std::optional<RankBy> rankByFromKey(const QString &key);
    static QString kindKey(Option::Kind kind); // "own", "rent", "api"
};
