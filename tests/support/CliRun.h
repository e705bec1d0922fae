#pragma once

// Runs the built gpu-advisor-cli (CLI_PATH) on a given database, as a user or a script would,
// and keeps its exit code, standard output and standard error. Shared by the CLI tests.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

struct CliRun
{
    int exitCode = -1; // -1: did not finish in time, or crashed
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(QStringList args, const QString &database, int timeoutMs = 120000)
{
    args << QStringLiteral("--database") << database;
    QProcess process;
    process.start(QStringLiteral(CLI_PATH), args);
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}
