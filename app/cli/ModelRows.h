#pragma once

// What the CLI's model commands (add-model, edit-model, revert-model) have of their own: the
// words, the catalog's model columns with their help and checks, the parameter counts that follow
// the architecture, and the repository's model calls. The counterpart of GpuRows.

#include "ModelSpec.h"
#include "Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

class CatalogRepository;
class CliArguments;

struct ModelRows
{
    using Spec = ModelSpec;

    static QString key() { return QStringLiteral("model"); }          // add-model, ...
    static QString noun() { return QStringLiteral("model"); }         // in messages
    static QString listCommand() { return QStringLiteral("models"); } // lists the ids
    static QString editExample() { return QStringLiteral("--max-context 131072"); }

    static QStringList columns();
    static QString optionHelp(const QString &column);
    static QStringList toFields(const Spec &model);
    static Result<Spec> fromFields(const QStringList &cells);
    static QHash<QString, QString> problems(const QStringList &cells);
    // The model with the given options applied over base; errors lists every bad or missing
    // value. When the architecture changes and --params-total-b / --params-active-b are not
    // given, the parameter counts are computed again.
    static std::optional<Spec> applyOptions(const Spec &base, const CliArguments &args,
                                            QList<Error> &errors);
    // Said after "Added NAME as 'ID'": the parameter count.
    static QString addedDetail(const Spec &model);
    static QJsonObject json(const Spec &model);

    static Result<std::optional<Spec>> find(const CatalogRepository &repo, const QString &id);
    static Result<std::optional<Spec>> findBundled(const CatalogRepository &repo,
                                                   const QString &id);
    static Status save(CatalogRepository &repo, const Spec &model);
    static Result<Spec> revert(CatalogRepository &repo, const QString &id);
};
