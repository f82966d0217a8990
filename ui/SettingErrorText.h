#pragma once

#include "settings/SettingError.h"

namespace cnpg {

// Translated text for the error codes core reports. QtCore only, so that the command line uses
// the same messages as the wizard.
class SettingErrorText
{
public:
    // "must be 3 to 24 characters long", without the field's name.
    static QString message(const SettingError& error);
    // "PG_PRIMARY_STORAGE_ACCOUNT_NAME: must be ...", for the command line and logs.
    static QString withField(const SettingError& error);
};

} // namespace cnpg
