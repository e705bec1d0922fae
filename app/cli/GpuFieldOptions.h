#pragma once

// The add-gpu and edit-gpu options: one per column of the catalog's GPU format, named after it
// (vram_gb -> --vram-gb), with the checks of a hand-entered value (CatalogFieldCheck: a CSV
// cell's rule, and no zero figures). Every bad value is reported with its option's name.

#include "CliArguments.h"
#include "GpuSpec.h"
#include "Result.h"

#include <QList>

namespace GpuFieldOptions {

// withId: include --id (add-gpu); edit-gpu names the GPU as its argument instead.
QList<CliArguments::Option> options(bool withId);

// How many field options the command line sets.
int countGiven(const CliArguments &args);

// The GPU with the given options applied over base; errors lists every bad or missing value.
std::optional<GpuSpec> apply(const GpuSpec &base, const CliArguments &args, QList<Error> &errors);

} // namespace GpuFieldOptions
