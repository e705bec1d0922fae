// gpu-advisor: the desktop application.

#include "AppIcon.h"
#include "AppSettings.h"
#include "Catalog.h"
#include "CatalogOpening.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "StartupProbe.h"
#include "compare/CompareView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gpu-advisor"));
    QApplication::setApplicationDisplayName(QStringLiteral("GPU Advisor"));
    QApplication::setApplicationVersion(QStringLiteral(GPUADVISOR_VERSION));
    // The basename of packaging/gpu-advisor.desktop, which the AppStream metainfo launches.
    QApplication::setDesktopFileName(QStringLiteral("gpu-advisor"));
    QApplication::setWindowIcon(AppIcon::make());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Choose GPUs for running, fine-tuning and training large language models."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringList{QStringLiteral("lang")},
                                        QStringLiteral("Language of the interface: en or sv."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption databaseOption(
        QStringList{QStringLiteral("database")},
        QStringLiteral("Catalog database to use (default: in the user's data folder)."),
        QStringLiteral("PATH"));
    const QCommandLineOption screenshotOption(
        QStringList{QStringLiteral("screenshot")},
        QStringLiteral("Render the main window to a PNG file and quit."), QStringLiteral("FILE"));
    const QCommandLineOption compareOption(
        QStringList{QStringLiteral("compare")},
        QStringLiteral("Open the comparison of these GPUs (2-8 ids, comma-separated); with "
                       "--screenshot, render the comparison."),
        QStringLiteral("ID,ID,..."));
    parser.addOptions({langOption, databaseOption, screenshotOption, compareOption});
    parser.process(app);

    // A screenshot shows the default workload on the bundled catalog and leaves the user's
    // settings and catalog alone: both live in a temporary folder unless --database is given.
    const bool screenshot = parser.isSet(screenshotOption);
    QTemporaryDir scratch;
    std::unique_ptr<QSettings> scratchSettings;
    if (screenshot) {
        scratchSettings = std::make_unique<QSettings>(
            scratch.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    }
    AppSettings settings = scratchSettings ? AppSettings(scratchSettings.get()) : AppSettings();
    LanguageManager languages;
    QString language = parser.isSet(langOption) ? parser.value(langOption) : settings.language();
    if (language.isEmpty())
        language = LanguageManager::systemLanguage();
    if (!languages.setLanguage(language)) {
        fprintf(stderr, "gpu-advisor: --lang: '%s' is not one of en, sv\n", qPrintable(language));
        return 2;
    }

    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption)
                         : screenshot ? scratch.filePath(QStringLiteral("catalog.sqlite"))
                                      : Catalog::defaultDatabasePath();
    // The catalog is checked, brought up to date and read on a worker thread while the window's
    // widgets are made here.
    CatalogOpening opening(path);
    std::unique_ptr<Catalog> catalog; // outlives the window, which keeps its repository
    MainWindow window(languages, settings);
    auto opened = opening.finish();
    if (!opened) {
        const QString message = opened.error().toString();
        fprintf(stderr, "gpu-advisor: %s\n", qPrintable(message));
        if (!parser.isSet(screenshotOption)) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "GPU Advisor"),
                QApplication::translate("main", "The catalog could not be opened:\n%1")
                    .arg(message));
        }
        return 1;
    }
    catalog = std::move(opened).value();

    if (const auto &recovery = catalog->recovery()) {
        fprintf(stderr, "gpu-advisor: %s\n", qPrintable(recovery->message()));
        if (!parser.isSet(screenshotOption))
            QMessageBox::warning(nullptr, QApplication::translate("main", "GPU Advisor"),
                                 recovery->message());
    }

    window.setCatalog(catalog->repository(), catalog->takeFirstRead());
    if (parser.isSet(compareOption)) {
        const QStringList ids = parser.value(compareOption).split(u',', Qt::SkipEmptyParts);
        window.showComparison(ids);
        if (window.compareView()->pickedIds().size() != ids.size()) {
            fprintf(stderr,
                    "gpu-advisor: --compare: unknown or repeated GPU ids, or more than %d\n",
                    CompareView::MaxGpus);
            return 2;
        }
    }
    if (parser.isSet(screenshotOption)) {
        window.show();
        const QString file = parser.value(screenshotOption);
        const bool compare = parser.isSet(compareOption);
        // Let the window lay itself out and paint once before grabbing it.
        QTimer::singleShot(200, &window, [&window, file, compare] {
            QWidget *shown = compare ? static_cast<QWidget *>(window.compareView()) : &window;
            const bool saved = shown->grab().save(file);
            if (!saved)
                fprintf(stderr, "gpu-advisor: cannot write %s\n", qPrintable(file));
            QApplication::exit(saved ? 0 : 1);
        });
        return app.exec();
    }
    StartupProbe::watch(&window);
    window.show();
    return app.exec();
}
