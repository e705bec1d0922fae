#pragma once

// The JSON of the cost commands, keys as docs/COST.md documents them: cost (a CostReport),
// check (the checklist and the practical checks) and recommend (a Recommendation).

#include "CheckItem.h"
#include "Recommender.h"

#include <QJsonObject>
#include <QList>

#include <optional>

struct CostReport;
struct EstimateRequest;
struct ModelSpec;

namespace CostJson {

QJsonObject cost(const CostReport &report);

QJsonObject check(const GpuSpec &gpu, UseCase useCase, int count, const QString &engine,
                  const QList<CheckItem> &checklist, const QList<CheckItem> &practical);

QJsonObject recommend(const CostSettings &settings, const ModelSpec &model, UseCase useCase,
                      const EstimateRequest &request, bool engineGiven, Recommender::RankBy rankBy,
                      std::optional<double> budgetSek,
                      const Recommender::Recommendation &recommendation);

// What was estimated: workload, precision, kv_cache, context, batch, engine ("default" when each
// GPU got the estimator's choice).
QJsonObject request(const EstimateRequest &request, bool engineGiven);

} // namespace CostJson
