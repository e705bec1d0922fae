#pragma once

// GPUs and models as JSON objects (the CLI's --json output and JSON export). Keys are the
// catalog's CSV column names; unknown figures are null, lists are arrays.

#include "GpuSpec.h"
#include "ModelSpec.h"

#include <QJsonObject>

namespace CatalogJson {

QJsonObject gpu(const GpuSpec &gpu);
QJsonObject model(const ModelSpec &model);

} // namespace CatalogJson
