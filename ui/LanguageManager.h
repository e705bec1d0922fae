#pragma once

// Switches the application between English and Swedish at runtime: installs the application's
// and Qt's own translations and the matching locale for numbers and dates. Widgets update
// themselves on the QEvent::LanguageChange this posts.

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);

    static QStringList availableLanguages(); // "en", "sv"
    // "sv" when the system locale is Swedish, else "en".
    static QString systemLanguage();

    QString language() const { return m_language; }
    bool setLanguage(const QString &language);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QString m_language;
    QTranslator *m_appTranslator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
};
