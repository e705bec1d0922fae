#pragma once

// gpu-advisor-cli: dispatches a command line to the command it names, opens the catalog for it,
// prints to stdout and errors to stderr, and turns the outcome into an exit code
// (0 ok, 2 bad usage or input, 1 any other failure).

#include "CliArguments.h"
#include "Result.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>
#include <memory>

class Catalog;

class CliApplication
{
public:
    enum ExitCode
    {
        Ok = 0,
        Failure = 1,
        UsageError = 2
    };

    struct Command
    {
        QString name;
        QString usage;   // arguments after the name, e.g. "gpu|model ID"
        QString summary; // one line for the command list
        QList<CliArguments::Option> options;
        std::function<int(CliApplication &, const CliArguments &)> run;
    };

    CliApplication();
    ~CliApplication();

    void addCommand(Command command);
    int run(const QStringList &commandLine); // without the program name

    // The catalog at --database or the default path, opened on first use. Null after an error,
    // which has then been printed.
    Catalog *catalog();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    bool json() const { return m_json; }

    void printJson(const QJsonValue &value);
    // Prints the error to stderr and returns the exit code to give.
    int fail(const Error &error, int code);
    int usageError(const QString &message);

    // Resolves --gpu/--model style references (an id or part of a name).
    Result<QString> resolveGpu(const QString &query);
    Result<QString> resolveModel(const QString &query);

private:
    void printHelp();
    void printCommandHelp(const Command &command);

    QList<Command> m_commands;
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    QString m_databasePath;
    std::unique_ptr<Catalog> m_catalog;
    const Command *m_current = nullptr;
};

// Each group of commands registers itself here.
void registerCatalogCommands(CliApplication &app);
void registerCostCommands(CliApplication &app);
void registerEstimateCommands(CliApplication &app);
void registerImportCommands(CliApplication &app);
void registerModelCommands(CliApplication &app);
void registerShortlistCommands(CliApplication &app);

// True for a command line that needs a QGuiApplication (shortlist export --format pdf).
bool shortlistNeedsGui(const QStringList &arguments);
