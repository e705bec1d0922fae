#pragma once

// The catalog shipped with the application (resources/catalog, compiled in as :/catalog), or the
// same three files in another folder.

#include "CatalogData.h"
#include "Result.h"

namespace BundledCatalog {

QString defaultDirectory(); // ":/catalog"

// Reads catalog.json, gpus.csv and models.csv from the folder; fails on the first file with
// problems, naming every bad row of it.
Result<CatalogData> load(const QString &directory = defaultDirectory());
// Only catalog.json: the version and date, to see whether the rows need reading at all.
Result<CatalogInfo> loadInfo(const QString &directory = defaultDirectory());

} // namespace BundledCatalog
