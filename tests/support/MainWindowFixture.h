#pragma once

// A main window on its own bundled catalog and settings file in a temporary folder, in English,
// for the widget tests: call setUp() in init(), tearDown() in cleanup().

#include "AppSettings.h"
#include "Catalog.h"
#include "LanguageManager.h"
#include "MainWindow.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class MainWindowFixture
{
public:
    // Fails the running test when the catalog cannot be made.
    void setUp()
    {
        dir = std::make_unique<QTemporaryDir>();
        auto opened = Catalog::open(dir->filePath(QStringLiteral("c.sqlite")));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
        catalog = std::move(opened).value();
        qsettings = std::make_unique<QSettings>(dir->filePath(QStringLiteral("settings.ini")),
                                                QSettings::IniFormat);
        settings = std::make_unique<AppSettings>(qsettings.get());
        languages = std::make_unique<LanguageManager>();
        QVERIFY(languages->setLanguage(QStringLiteral("en")));
    }

    void tearDown()
    {
        languages.reset();
        settings.reset();
        qsettings.reset();
        catalog.reset();
        dir.reset();
    }

    // A shown window on the fixture's catalog and settings; a second one is a restart.
    std::unique_ptr<MainWindow> makeWindow(QSize size = {})
    {
        auto window = std::make_unique<MainWindow>(catalog->repository(), *languages, *settings);
        if (size.isValid())
            window->resize(size);
        window->show();
        return window;
    }

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Catalog> catalog;
    std::unique_ptr<QSettings> qsettings;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<LanguageManager> languages;
};
