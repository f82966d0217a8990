#include "SettingsArguments.h"

#include "SettingErrorText.h"
#include "settings/SettingsFile.h"
#include "settings/SettingsSchema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace cnpg {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("cnpg::SettingsArguments", text);
}
} // namespace

QCommandLineOption SettingsArguments::fileOption()
{
    return QCommandLineOption(QStringLiteral("settings"),
                              tr("Read the settings from <file> (JSON)."), QStringLiteral("file"));
}

QCommandLineOption SettingsArguments::setOption()
{
    return QCommandLineOption(QStringLiteral("set"),
                              tr("Set one value, e.g. --set LOCAL_NAME=demo (repeatable; "
                                 "applied after --settings)."),
                              QStringLiteral("KEY=VALUE"));
}

SettingsArguments::SettingsArguments(const QCommandLineParser& parser, const Settings& base)
    : m_settings(base)
{
    const QString file = fileOption().names().constFirst();
    m_hasFile = parser.isSet(file);
    if (m_hasFile) {
        auto loaded = SettingsFile::load(parser.value(file), m_settings);
        m_settings = loaded.settings;
        m_errors = loaded.errors;
    }
    const QStringList assignments = parser.values(setOption().names().constFirst());
    for (const QString& assignment : assignments) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        const QString key = assignment.left(eq);
        if (eq <= 0 || !SettingsSchema::find(key)) {
            m_errors.append({eq <= 0 ? assignment : key, SettingErrorCode::UnknownKey, 0, 0, {}});
            continue;
        }
        m_settings.setValue(key, assignment.mid(eq + 1));
    }
    // Without a file nothing was checked yet; after --set the file's checks are out of date.
    m_revalidate = !assignments.isEmpty() || !m_hasFile;
}

void SettingsArguments::setValue(const QString& key, const QString& value)
{
    m_settings.setValue(key, value);
    m_revalidate = true;
}

SettingErrors SettingsArguments::errors(Purpose purpose) const
{
    SettingErrors errors = m_errors;
    if (m_revalidate) {
        // Structural errors of the file stay; value errors are checked again.
        SettingErrors structural;
        for (const SettingError& e : std::as_const(m_errors)) {
            if (e.field.isEmpty() || !SettingsSchema::find(e.field) ||
                e.code == SettingErrorCode::WrongType || e.code == SettingErrorCode::DuplicateKey)
                structural.append(e);
        }
        errors = structural + m_settings.validate();
    }
    if (purpose == Purpose::Wizard)
        errors.removeIf([](const SettingError& e) { return e.code == SettingErrorCode::Required; });
    return errors;
}

void SettingsArguments::print(QTextStream& err, const QString& heading, const SettingErrors& errors)
{
    err << heading << '\n';
    for (const SettingError& e : errors)
        err << "  " << SettingErrorText::withField(e) << '\n';
    err.flush();
}

} // namespace cnpg
