#pragma once
// What the manifest tests share: settings with a client IP, and yaml-cpp's scalars as strings.

#include "settings/Settings.h"

#include <string>
#include <yaml-cpp/yaml.h>

namespace cnpg::test {

inline Settings manifestSettings()
{
    Settings s = Settings::withGeneratedIds();
    s.setValue(keys::ClientIp, QStringLiteral("203.0.113.10"));
    return s;
}

inline std::string str(const YAML::Node& n)
{
    return n.as<std::string>();
}

} // namespace cnpg::test
