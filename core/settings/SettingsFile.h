#pragma once

#include "settings/Settings.h"

#include <QByteArray>

namespace cnpg {

// {"schema": 1, "variables": {"LOCAL_NAME": "cnpg", ...}}: the guide's variable names as keys,
// the extra values under their UPPER_SNAKE names (see the README).
class SettingsFile
{
public:
    static constexpr int SchemaVersion = 1;

    struct LoadResult
    {
        // Every well-typed value of the file is applied, valid or not, so that nothing the user
        // wrote is lost; keys the file leaves out keep their defaults.
        Settings settings;
        // Broken JSON, unknown keys, wrong types, then every validation error, field by field.
        SettingErrors errors;
    };

    // `base` supplies the values a file leaves out (typically Settings::withGeneratedIds()).
    static LoadResult fromJson(const QByteArray& json, const Settings& base);
    static LoadResult load(const QString& path, const Settings& base);

    // Every value, resolved, so that the file is a complete record of the deployment.
    static QByteArray toJson(const Settings& settings);
    static bool save(const QString& path, const Settings& settings, QString* error = nullptr);
};

} // namespace cnpg
