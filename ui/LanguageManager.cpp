#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
    , m_appTranslator(new QTranslator(this))
    , m_qtTranslator(new QTranslator(this))
{}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("sv")};
}

QString LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::Swedish ? QStringLiteral("sv")
                                                            : QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!availableLanguages().contains(language))
        return false;
    if (language == m_language)
        return true;
    QCoreApplication::removeTranslator(m_appTranslator);
    QCoreApplication::removeTranslator(m_qtTranslator);

    const QLocale locale(language == u"sv" ? QLocale::Swedish : QLocale::English,
                         language == u"sv" ? QLocale::Sweden : QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    if (m_appTranslator->load(locale, QStringLiteral("gpu-advisor"), QStringLiteral("_"),
                              QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(m_appTranslator);
    if (language != u"en" &&
        m_qtTranslator->load(locale, QStringLiteral("qt"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator);
    m_language = language;
    Q_EMIT languageChanged(language);
    return true;
}
