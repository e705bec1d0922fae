// A Hugging Face config.json, as import-model reads it.
#include "FuzzInput.h"
#include "HfConfigImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HfConfigImporter::fromJson(fuzzBytes(data, size), QStringLiteral("config.json"));
    return 0;
}
