// CLI argument parsing: the input is one argument per line, parsed against options like those of
// the import and cost commands, then read as numbers.
#include "CliArguments.h"
#include "FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<CliArguments::Option> options{
        {QStringLiteral("database"), true, QStringLiteral("PATH"), {}},
        {QStringLiteral("json"), false, {}, {}},
        {QStringLiteral("dry-run"), false, {}, {}},
        {QStringLiteral("on-conflict"), true, QStringLiteral("WHAT"), {}},
        {QStringLiteral("hours"), true, QStringLiteral("N"), {}},
        {QStringLiteral("gpus"), true, QStringLiteral("N"), {}},
    };
    const QStringList arguments = fuzzText(data, size).split(u'\n');
    const auto parsed = CliArguments::parse(arguments, options);
    if (!parsed)
        return 0;
    parsed->number(QStringLiteral("hours"), 8, 0, 24);
    parsed->integer(QStringLiteral("gpus"), 1, 1, 1024);
    parsed->value(QStringLiteral("on-conflict"));
    return 0;
}
