#pragma once

// The checks of a catalog row as a person enters it (the edit forms and the CLI's add-gpu and
// edit-gpu): every cell against the catalog format's rule for its column (CatalogCsv), plus what
// no hand-entered figure may be, a zero GPU figure or KV heads that do not divide the attention
// heads. A catalog file (CSV or JSON import, the bundled catalog) keeps the rules between a
// model's fields and a GPU's ranges too (modelRuleProblems, gpuRuleProblems), so that an import
// brings in no row the forms refuse.
// Stored rows are read with the format's rules alone, so that a database written by an older
// version still opens.

#include <QHash>
#include <QString>
#include <QStringList>

struct GpuSpec;
struct ModelSpec;

namespace CatalogFieldCheck {

// Cells in the order of CatalogCsv::gpuColumns(); the answer maps a column name to the problem
// with its cell, for every column that has one.
QHash<QString, QString> gpuProblems(const QStringList &cells);
// Cells in the order of CatalogCsv::modelColumns(). Parameter counts are checked as given.
QHash<QString, QString> modelProblems(const QStringList &cells);
// The rules between the fields of a model whose cells each keep the format (layers, heads against
// the hidden size and the KV heads, experts, sliding window, MLA), each at the column to change:
// what modelProblems() adds to the format's rules.
QHash<QString, QString> modelRuleProblems(const ModelSpec &model);
// What gpuProblems() adds to the format's rules for a GPU whose cells each keep the format: no
// zero figure or price, a release year 1990-2100, PCIe generation 1-7 and 1-32 lanes.
QHash<QString, QString> gpuRuleProblems(const GpuSpec &gpu);

// The problem with a model's KV head count (above 0) against its attention heads, or empty:
// grouped-query attention shares each KV head among an equal number of attention heads.
QString kvHeadsProblem(int kvHeads, int attentionHeads);

// The most layers a model may have: the largest published have about 130 (Llama 3.1 405B: 126).
// A larger count is a typing or file error, and the per-layer tensor inventory of the estimator
// would take minutes for millions of layers (found by fuzzing config.json).
constexpr int kMaxLayers = 1000;
// The problem with a layer count, or empty.
QString layersProblem(int layers);
// The problem with an attention head count against the hidden size, or empty: every head has
// at least one dimension of the hidden state (found by fuzzing: 10^8 heads on a 7168 model).
QString headsProblem(int attentionHeads, int hiddenSize);

} // namespace CatalogFieldCheck
