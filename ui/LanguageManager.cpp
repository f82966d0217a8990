#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace cnpg {

namespace {
const QString SettingsKey = QStringLiteral("language");

// ~/.config/cnpg-aks-wizard/ui.conf: explicit names, so that an empty organization name does
// not put it under "Unknown Organization".
QSettings store()
{
    return QSettings(QCoreApplication::applicationName(), QStringLiteral("ui"));
}
} // namespace

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::languages()
{
    return {QStringLiteral("ko"), QStringLiteral("en")};
}

QString LanguageManager::nativeName(const QString& language)
{
    if (language == QLatin1String("ko"))
        return QStringLiteral("한국어");
    return QStringLiteral("English");
}

QString LanguageManager::initialLanguage()
{
    const QString stored = store().value(SettingsKey).toString();
    if (languages().contains(stored))
        return stored;
    return QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko")
                                                           : QStringLiteral("en");
}

void LanguageManager::removeTranslators()
{
    for (QTranslator** t : {&m_app, &m_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}

bool LanguageManager::setLanguage(const QString& language, bool remember)
{
    if (!languages().contains(language))
        return false;
    if (remember)
        store().setValue(SettingsKey, language);
    if (language == m_language)
        return true;
    removeTranslators();
    m_language = language;
    // English is the source language; its file only adds the plural forms ("1 minute").
    auto* app = new QTranslator(this);
    if (app->load(QStringLiteral(":/i18n/cnpg-aks-wizard_") + language)) {
        QCoreApplication::installTranslator(app);
        m_app = app;
    } else {
        delete app;
    }
    if (language != QLatin1String("en")) {
        auto* qt = new QTranslator(this);
        // Qt's own translations (the standard dialog buttons) from the system's Qt, or from a
        // translations folder next to the program when it is shipped on its own.
        if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
            qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QCoreApplication::applicationDirPath() +
                         QStringLiteral("/../share/cnpg-aks-wizard/translations"))) {
            QCoreApplication::installTranslator(qt);
            m_qt = qt;
        } else {
            delete qt;
        }
    }
    emit languageChanged(language);
    return true;
}

} // namespace cnpg
