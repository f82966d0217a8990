#pragma once

#include "settings/SettingError.h"
#include "settings/SettingsSchema.h"

namespace cnpg {

// Checks one value against its field's rule. Stateless; cross-field checks live in Settings.
class FieldValidator
{
public:
    // Every problem with the value, most important first (usually zero or one).
    static SettingErrors validate(const FieldSpec& spec, const QString& value);

    // True for a single IPv4 address or CIDR block such as 203.0.113.7 or 203.0.113.0/24.
    static bool isIpv4OrCidr(const QString& entry);
};

} // namespace cnpg
