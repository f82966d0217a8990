#pragma once

#include "settings/SettingError.h"
#include "settings/Settings.h"

#include <QCommandLineOption>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace cnpg {

// `--settings <file>` and `--set KEY=VALUE`, read one way for the wizard's start-up and for the
// command line's actions: the file over a base, then the --set values in order. Unknown keys,
// a broken file and invalid values are errors for both.
class SettingsArguments
{
public:
    // Who the settings are for.
    enum class Purpose
    {
        Run,    // an action that uses them at once: every value must be valid
        Wizard, // the wizard's pages: an empty value is one the wizard still asks for
    };

    static QCommandLineOption fileOption();
    static QCommandLineOption setOption();

    // Reads the options of a parser that has fileOption() and setOption(), over `base`.
    SettingsArguments(const QCommandLineParser& parser, const Settings& base);

    bool hasFile() const { return m_hasFile; }
    const Settings& settings() const { return m_settings; }
    // A value the caller supplies after reading (checked like a --set value).
    void setValue(const QString& key, const QString& value);

    SettingErrors errors(Purpose purpose) const;
    // The errors, one per line, indented under `heading`.
    static void print(QTextStream& err, const QString& heading, const SettingErrors& errors);

private:
    Settings m_settings;
    SettingErrors m_errors; // what reading found
    bool m_hasFile = false;
    bool m_revalidate = false; // values changed after the file was checked
};

} // namespace cnpg
