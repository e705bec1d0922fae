#pragma once

// What the CLI's GPU commands (add-gpu, edit-gpu, revert-gpu) have of their own: the words, the
// catalog's GPU columns with their help and checks, and the repository's GPU calls. FieldOptions
// and RowCommands are written once over this and ModelRows.

#include "GpuSpec.h"
#include "Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

class CatalogRepository;
class CliArguments;

struct GpuRows
{
    using Spec = GpuSpec;

    static QString key() { return QStringLiteral("gpu"); }          // add-gpu, edit-gpu, ...
    static QString noun() { return QStringLiteral("GPU"); }         // in messages
    static QString listCommand() { return QStringLiteral("gpus"); } // lists the ids
    static QString editExample() { return QStringLiteral("--street-price-sek 18990"); }

    static QStringList columns();
    static QString optionHelp(const QString &column);
    static QStringList toFields(const Spec &gpu);
    static Result<Spec> fromFields(const QStringList &cells);
    static QHash<QString, QString> problems(const QStringList &cells);
    // The GPU with the given options applied over base; errors lists every bad or missing value.
    static std::optional<Spec> applyOptions(const Spec &base, const CliArguments &args,
                                            QList<Error> &errors);
    // Said after "Added NAME as 'ID'".
    static QString addedDetail(const Spec &) { return {}; }
    static QJsonObject json(const Spec &gpu);

    static Result<std::optional<Spec>> find(const CatalogRepository &repo, const QString &id);
    static Result<std::optional<Spec>> findBundled(const CatalogRepository &repo,
                                                   const QString &id);
    static Status save(CatalogRepository &repo, const Spec &gpu);
    static Result<Spec> revert(CatalogRepository &repo, const QString &id);
};
