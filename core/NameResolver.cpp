#include "NameResolver.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// Lower case, letters and digits only: "GeForce RTX-4090" -> "geforcertx4090".
QString squeeze(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

// What is left of a name once the query is taken out says how close the match is: nothing but
// vendor words and a memory size ("GeForce ... 10GB") means the query names this very card,
// where "RTX 3080" inside "RTX 3080 Ti" names a sibling.
bool onlyNoiseLeft(const QString &name, const QString &query)
{
    QString rest = name.toLower();
    const int at = int(rest.indexOf(query.toLower()));
    if (at < 0)
        return false;
    rest.remove(at, query.size());
    static const QRegularExpression noise(
        QStringLiteral("\\b(geforce|nvidia|tesla|amd|radeon|intel|apple|\\d+\\s?gb)\\b|[^a-z0-9]"));
    rest.remove(noise);
    return rest.isEmpty();
}

QString candidateList(const QList<NamedEntry> &entries)
{
    QStringList lines;
    for (const NamedEntry &e : entries)
        lines.append(QStringLiteral("  %1 (%2)").arg(e.id, e.name));
    return lines.join(u'\n');
}

} // namespace

namespace NameResolver {

Result<QString> resolve(const QString &query, const QList<NamedEntry> &entries, const QString &kind)
{
    const QString q = query.trimmed();
    if (q.isEmpty())
        return Error{
            QCoreApplication::translate("NameResolver", "no %1 given").arg(kind), {}, 0, {}};
    for (const NamedEntry &e : entries) {
        if (e.id.compare(q, Qt::CaseInsensitive) == 0 ||
            e.name.compare(q, Qt::CaseInsensitive) == 0)
            return e.id;
    }
    const QString sq = squeeze(q);
    QList<NamedEntry> matches;
    for (const NamedEntry &e : entries) {
        if (!sq.isEmpty() && (squeeze(e.name).contains(sq) || squeeze(e.id).contains(sq)))
            matches.append(e);
    }
    if (matches.size() == 1)
        return matches.first().id;
    if (matches.isEmpty()) {
        // Suggest entries sharing a word with the query.
        QList<NamedEntry> near;
        const QStringList words =
            q.toLower().split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts);
        for (const NamedEntry &e : entries) {
            for (const QString &w : words) {
                if (w.size() >= 3 && e.name.toLower().contains(w)) {
                    near.append(e);
                    break;
                }
            }
        }
        QString message =
            QCoreApplication::translate("NameResolver", "no %1 matches '%2'").arg(kind, q);
        if (!near.isEmpty() && near.size() <= 15)
            message +=
                QCoreApplication::translate("NameResolver", "; did you mean one of these?\n%1")
                    .arg(candidateList(near));
        return Error{message, {}, 0, {}};
    }
    QList<NamedEntry> exact;
    for (const NamedEntry &e : matches) {
        if (onlyNoiseLeft(e.name, q))
            exact.append(e);
    }
    if (exact.size() == 1)
        return exact.first().id;
    return Error{QCoreApplication::translate("NameResolver",
                                             "'%1' matches %2 entries; give one of these ids:\n%3")
                     .arg(q)
                     .arg(matches.size())
                     .arg(candidateList(matches)),
                 {},
                 0,
                 {}};
}

} // namespace NameResolver
