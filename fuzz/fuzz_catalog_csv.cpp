// Catalog CSV (gpus.csv, models.csv): parse, and write back what was read.
#include "CatalogCsv.h"
#include "FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzzText(data, size);
    const auto gpus = CatalogCsv::readGpus(text, QStringLiteral("fuzz.csv"));
    if (!gpus.rows.isEmpty())
        CatalogCsv::writeGpus(gpus.rows);
    const auto models = CatalogCsv::readModels(text, QStringLiteral("fuzz.csv"));
    if (!models.rows.isEmpty())
        CatalogCsv::writeModels(models.rows);
    return 0;
}
