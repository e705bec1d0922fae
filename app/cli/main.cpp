// gpu-advisor-cli: the catalog, estimates and costs for scripts. Links the core only and runs
// without a display.

#include "CliApplication.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTranslator>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // The PDF export lays text out, which needs QtGui's fonts and so a QGuiApplication; the
    // offscreen platform keeps it working without a display.
    std::unique_ptr<QCoreApplication> application;
    if (shortlistNeedsGui(arguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("gpu-advisor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GPUADVISOR_VERSION));
    // The CLI speaks English; the English file holds the plural forms ("over 3 years", not
    // "over 3 year(s)"). `shortlist export --lang sv` adds the Swedish one on top.
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/gpu-advisor_en.qm")))
        QCoreApplication::installTranslator(&english);

    CliApplication cli;
    registerCatalogCommands(cli);
    registerCostCommands(cli);
    registerEstimateCommands(cli);
    registerImportCommands(cli);
    registerModelCommands(cli);
    registerShortlistCommands(cli);
    return cli.run(QCoreApplication::arguments().mid(1));
}
