#pragma once

// The add-model and edit-model options: one per column of the catalog's model format, named
// after it (hidden_size -> --hidden-size), with the checks of a hand-entered value
// (CatalogFieldCheck). Every bad value is reported with its option's name. Parameter counts are
// computed from the architecture unless given.

#include "CliArguments.h"
#include "ModelSpec.h"
#include "Result.h"

#include <QList>

#include <optional>

namespace ModelFieldOptions {

// withId: include --id (add-model); edit-model names the model as its argument instead.
QList<CliArguments::Option> options(bool withId);

// How many field options the command line sets.
int countGiven(const CliArguments &args);

// The model with the given options applied over base; errors lists every bad or missing value.
// When the architecture changes and --params-total-b / --params-active-b are not given, the
// parameter counts are computed again.
std::optional<ModelSpec> apply(const ModelSpec &base, const CliArguments &args,
                               QList<Error> &errors);

} // namespace ModelFieldOptions
