#pragma once

#include <QObject>
#include <QString>

class QTranslator;

namespace cnpg {

// Installs and removes the application's translators at run time, so that switching between
// Korean and English needs no restart: every widget then receives QEvent::LanguageChange.
// Owned by the application object (no singleton) and passed to the windows that need it.
// The choice is remembered with QSettings; without one, the system locale decides.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    // "ko" or "en".
    static QStringList languages();
    // The native name of a language ("한국어", "English"): never translated.
    static QString nativeName(const QString& language);

    QString language() const { return m_language; }
    // The remembered choice, else the system locale's language when it is Korean, else English.
    static QString initialLanguage();

    // Loads the translators of `language` (the app's and Qt's own qtbase_<lang> for the
    // standard buttons) and installs them. Returns false for an unknown language.
    bool setLanguage(const QString& language, bool remember = true);

signals:
    void languageChanged(const QString& language);

private:
    void removeTranslators();

    QString m_language;
    QTranslator* m_app = nullptr;
    QTranslator* m_qt = nullptr;
};

} // namespace cnpg
