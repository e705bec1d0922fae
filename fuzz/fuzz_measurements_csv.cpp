// Measurement CSV: the user's own (import) and published ones (validate), matched against a
// small catalog.
#include "BundledCatalog.h"
#include "Csv.h"
#include "FuzzInput.h"
#include "estimator/MeasurementValidator.h"
#include "import/MeasurementCsvReader.h"

namespace {

const CatalogData &catalog()
{
    static const CatalogData data = [] {
        const auto loaded = BundledCatalog::load(QStringLiteral(TEST_DATA_DIR "/catalog-v2"));
        return loaded ? *loaded : CatalogData{};
    }();
    return data;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto table = Csv::parse(fuzzText(data, size), QStringLiteral("fuzz.csv"));
    if (!table)
        return 0;
    MeasurementCsvReader::isMeasurementHeader(table->header);
    MeasurementCsvReader::read(*table, QStringLiteral("fuzz.csv"), catalog().gpus,
                               catalog().models);
    const auto report = MeasurementValidator::validate(*table, QStringLiteral("fuzz.csv"),
                                                       catalog().gpus, catalog().models);
    if (report)
        MeasurementValidator::toJson(*report);
    return 0;
}
