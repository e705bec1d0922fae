#pragma once

// Finds the catalog entry a person means by an id or a part of its name ("RTX 4090", "h100 sxm"):
// case-insensitive, and an ambiguous or unknown name is an error listing the candidates.

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

struct NamedEntry
{
    QString id;
    QString name;
};

namespace NameResolver {

// kind words the error, e.g. "GPU" or "model".
Result<QString> resolve(const QString &query, const QList<NamedEntry> &entries,
                        const QString &kind);

} // namespace NameResolver
