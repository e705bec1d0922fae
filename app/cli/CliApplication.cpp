#include "CliApplication.h"

#include "Catalog.h"
#include "NameResolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

QList<CliArguments::Option> commonOptions()
{
    return {
        {QStringLiteral("database"), true, QStringLiteral("PATH"),
         QStringLiteral("catalog database to use (default: the user's data folder)")},
        {QStringLiteral("json"), false, {}, QStringLiteral("print machine-readable JSON")},
        {QStringLiteral("help"), false, {}, QStringLiteral("show this help")},
    };
}

} // namespace

CliApplication::CliApplication()
    : m_out(stdout)
    , m_err(stderr)
{}

CliApplication::~CliApplication() = default;

void CliApplication::addCommand(Command command)
{
    command.options += commonOptions();
    m_commands.append(std::move(command));
}

int CliApplication::run(const QStringList &commandLine)
{
    // Options common to every command may also stand before the command's name.
    QStringList arguments = commandLine;
    QStringList leading;
    while (!arguments.isEmpty()) {
        const QString &first = arguments.first();
        if (first == u"--json" || first.startsWith(QStringLiteral("--database="))) {
            leading.append(arguments.takeFirst());
        } else if (first == u"--database" && arguments.size() > 1) {
            leading.append(arguments.takeFirst());
            leading.append(arguments.takeFirst());
        } else {
            break;
        }
    }
    if (!arguments.isEmpty() && !leading.isEmpty())
        arguments = QStringList{arguments.first()} + leading + arguments.mid(1);
    if (arguments.isEmpty() || arguments.first() == u"help" || arguments.first() == u"--help" ||
        arguments.first() == u"-h") {
        if (arguments.size() > 1) {
            for (const Command &c : m_commands) {
                if (c.name == arguments.at(1)) {
                    printCommandHelp(c);
                    return Ok;
                }
            }
        }
        printHelp();
        return arguments.isEmpty() ? UsageError : Ok;
    }
    if (arguments.first() == u"--version") {
        m_out << "gpu-advisor-cli " << GPUADVISOR_VERSION << '\n';
        return Ok;
    }
    const QString name = arguments.first();
    const auto command = std::find_if(m_commands.cbegin(), m_commands.cend(),
                                      [&](const Command &c) { return c.name == name; });
    if (command == m_commands.cend())
        return usageError(
            QStringLiteral("unknown command '%1' (see gpu-advisor-cli --help)").arg(name));
    m_current = &*command;

    const auto parsed = CliArguments::parse(arguments.mid(1), command->options);
    if (!parsed)
        return fail(parsed.error(), UsageError);
    if (parsed->isSet(QStringLiteral("help"))) {
        printCommandHelp(*command);
        return Ok;
    }
    m_json = parsed->isSet(QStringLiteral("json"));
    m_databasePath = parsed->value(QStringLiteral("database"));
    const int code = command->run(*this, *parsed);
    m_out.flush();
    m_err.flush();
    return code;
}

Catalog *CliApplication::catalog()
{
    if (m_catalog)
        return m_catalog.get();
    const QString path = m_databasePath.isEmpty() ? Catalog::defaultDatabasePath() : m_databasePath;
    auto opened = Catalog::open(path);
    if (!opened) {
        fail(opened.error(), Failure);
        return nullptr;
    }
    m_catalog = std::move(opened).value();
    if (const auto &recovery = m_catalog->recovery())
        m_err << "gpu-advisor-cli: warning: " << recovery->message() << '\n';
    return m_catalog.get();
}

void CliApplication::printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented);
}

int CliApplication::fail(const Error &error, int code)
{
    m_err << "gpu-advisor-cli: " << error.toString() << '\n';
    m_err.flush();
    return code;
}

int CliApplication::usageError(const QString &message)
{
    m_err << "gpu-advisor-cli: " << message << '\n';
    if (m_current) {
        m_err << "usage: gpu-advisor-cli " << m_current->name << ' ' << m_current->usage
              << " [options]\n";
    }
    m_err.flush();
    return UsageError;
}

Result<QString> CliApplication::resolveGpu(const QString &query)
{
    Catalog *c = catalog();
    if (!c)
        return Error{QStringLiteral("the catalog could not be opened"), {}, 0, {}};
    const auto gpus = c->repository().gpus();
    if (!gpus)
        return gpus.error();
    QList<NamedEntry> entries;
    for (const auto &g : *gpus)
        entries.append({g.id, g.name});
    return NameResolver::resolve(query, entries, QStringLiteral("GPU"));
}

Result<QString> CliApplication::resolveModel(const QString &query)
{
    Catalog *c = catalog();
    if (!c)
        return Error{QStringLiteral("the catalog could not be opened"), {}, 0, {}};
    const auto models = c->repository().models();
    if (!models)
        return models.error();
    QList<NamedEntry> entries;
    for (const auto &m : *models)
        entries.append({m.id, m.name});
    return NameResolver::resolve(query, entries, QStringLiteral("model"));
}

void CliApplication::printHelp()
{
    m_out << "gpu-advisor-cli: choose GPUs for large language models, from the command line.\n\n"
          << "usage: gpu-advisor-cli COMMAND [arguments] [options]\n\ncommands:\n";
    qsizetype width = 0;
    for (const Command &c : m_commands)
        width = std::max(width, c.name.size());
    for (const Command &c : m_commands)
        m_out << "  " << c.name.leftJustified(width + 2) << c.summary << '\n';
    m_out << "\nEvery command takes --json for machine-readable output and --database PATH.\n"
          << "gpu-advisor-cli COMMAND --help shows a command's options.\n"
          << "Exit codes: 0 ok, 2 bad usage or input, 1 other failure.\n";
}

void CliApplication::printCommandHelp(const Command &command)
{
    m_out << "usage: gpu-advisor-cli " << command.name << ' ' << command.usage << " [options]\n\n"
          << command.summary << "\n\noptions:\n";
    for (const CliArguments::Option &o : command.options) {
        QString left = QStringLiteral("--") + o.name;
        if (o.takesValue)
            left += u' ' + o.valueName;
        // At least one space after a long option, so that people and the bash completion can
        // tell the option from its help.
        m_out << "  " << left.leftJustified(25) << ' ' << o.help << '\n';
    }
}
