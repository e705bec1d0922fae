#include "RowCommands.h"

#include <QDate>

namespace RowCommands {

int printBadOptions(CliApplication &app, const QList<Error> &errors)
{
    for (const Error &e : errors)
        app.err() << "gpu-advisor-cli: " << e.toString() << '\n';
    app.err() << "gpu-advisor-cli: nothing was changed\n";
    return CliApplication::UsageError;
}

void printChanges(CliApplication &app, const QStringList &columns, const QStringList &before,
                  const QStringList &after)
{
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (before.at(c) != after.at(c)) {
            app.out() << "  " << columns.at(c) << ": "
                      << (before.at(c).isEmpty() ? QStringLiteral("unknown") : before.at(c))
                      << " -> " << (after.at(c).isEmpty() ? QStringLiteral("unknown") : after.at(c))
                      << '\n';
        }
    }
}

QStringList enteredWith(const QString &command)
{
    return {QStringLiteral("entered with gpu-advisor-cli %1 on %2")
                .arg(command, QDate::currentDate().toString(Qt::ISODate))};
}

} // namespace RowCommands
