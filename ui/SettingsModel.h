#pragma once

#include "plan/Plan.h"
#include "settings/Settings.h"

#include <QObject>

namespace cnpg {

// The wizard's one copy of the settings. Every page edits through it and listens to changed(),
// so that derived names follow LOCAL_NAME/SUFFIX everywhere at once. Also caches the plan and
// the exported script, which every page's command preview shows a part of.
class SettingsModel : public QObject
{
    Q_OBJECT
public:
    explicit SettingsModel(const Settings& settings, QObject* parent = nullptr);

    const Settings& settings() const { return m_settings; }
    QString value(const QString& key) const { return m_settings.value(key); }

    void setValue(const QString& key, const QString& value);
    // Back to the default: a derived name follows LOCAL_NAME/SUFFIX again.
    void resetToDefault(const QString& key);
    void regenerateSuffix();
    // A default found at run time (the region's Kubernetes version); empty: the schema's.
    void setResolvedDefault(const QString& key, const QString& value);
    // Replaces everything (a settings file was opened).
    void replace(const Settings& settings);

    // The plan and the exported script for the current settings and UI language.
    const Plan& plan() const { return m_plan; }
    const QString& script() const;
    // The generator line of the exported script: the same as the command line's export.
    static QString generatorName();

    // The exported script's comments follow the UI language: call after a language change.
    void retranslate();

signals:
    // Any value changed (the key, or empty when everything may have changed).
    void changed(const QString& key);
    // The script text changed (values or language).
    void scriptChanged();

private:
    void update(const QString& key);

    Settings m_settings;
    Plan m_plan;
    mutable QString m_script;
    mutable bool m_scriptValid = false;
};

} // namespace cnpg
