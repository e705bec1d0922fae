// gpu-advisor-cli: the catalog, estimates and costs for scripts. Links the core only and runs
// without a display.

#include "CliApplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gpu-advisor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GPUADVISOR_VERSION));

    CliApplication cli;
    registerCatalogCommands(cli);
    registerCostCommands(cli);
    registerEstimateCommands(cli);
    registerImportCommands(cli);
    return cli.run(QCoreApplication::arguments().mid(1));
}
