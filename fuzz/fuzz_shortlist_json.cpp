// Shortlist JSON (what the shortlist export writes and `shortlist import` reads): parse, with and
// without a catalog to check the GPU ids against.
#include "FuzzInput.h"
#include "shortlist/ShortlistJsonReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = fuzzBytes(data, size);
    ShortlistJsonReader::read(json, QStringLiteral("fuzz.json"));
    const ParsedShortlist parsed = ShortlistJsonReader::read(
        json, QStringLiteral("fuzz.json"),
        [](const QString &id) { return id.startsWith(QStringLiteral("nvidia-")); });
    for (const Error &error : parsed.errors)
        error.toString();
    return 0;
}
