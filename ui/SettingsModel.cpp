#include "SettingsModel.h"

#include "export/ScriptExporter.h"
#include "plan/PlanBuilder.h"

namespace cnpg {

SettingsModel::SettingsModel(const Settings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_plan(PlanBuilder::build(settings))
{}

QString SettingsModel::generatorName()
{
    // Must stay equal to the command line's generator (app/CommandLine.cpp), so that the
    // wizard's export and `--export-script` give the same bytes.
    return QStringLiteral("cnpg-aks-wizard ") + QStringLiteral(CNPG_VERSION);
}

void SettingsModel::setValue(const QString& key, const QString& value)
{
    if (m_settings.isOverridden(key) && m_settings.value(key) == value)
        return;
    // A derived field keeps following its template while the user has not changed it.
    if (m_settings.followsTemplate(key) && m_settings.value(key) == value)
        return;
    m_settings.setValue(key, value);
    update(key);
}

void SettingsModel::resetToDefault(const QString& key)
{
    if (!m_settings.isOverridden(key))
        return;
    m_settings.clearOverride(key);
    update(key);
}

void SettingsModel::regenerateSuffix()
{
    m_settings.setValue(keys::Suffix, Settings::generateSuffix());
    update(keys::Suffix);
}

void SettingsModel::setResolvedDefault(const QString& key, const QString& value)
{
    if (m_settings.hasResolvedDefault(key) && m_settings.defaultValue(key) == value)
        return;
    if (!m_settings.hasResolvedDefault(key) && value.isEmpty())
        return;
    m_settings.setResolvedDefault(key, value);
    update(key);
}

void SettingsModel::replace(const Settings& settings)
{
    m_settings = settings;
    update(QString());
}

const QString& SettingsModel::script() const
{
    if (!m_scriptValid) {
        m_script = ScriptExporter::generate(m_plan, m_settings, generatorName());
        m_scriptValid = true;
    }
    return m_script;
}

void SettingsModel::retranslate()
{
    m_scriptValid = false;
    emit scriptChanged();
}

void SettingsModel::update(const QString& key)
{
    m_plan = PlanBuilder::build(m_settings);
    m_scriptValid = false;
    emit changed(key);
    emit scriptChanged();
}

} // namespace cnpg
