// Catalog JSON (the export/import format): parse, and write back what was read.
#include "FuzzInput.h"
#include "import/CatalogJsonFile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = fuzzBytes(data, size);
    CatalogJsonFile::looksLikeCatalog(json);
    const ParsedCatalog parsed = CatalogJsonFile::read(json, QStringLiteral("fuzz.json"));
    if (parsed.ok())
        CatalogJsonFile::write(parsed.gpus, parsed.models);
    return 0;
}
