#pragma once

#include <QString>

namespace cnpg {

// The wizard's human names and hints for the settings, in the guide's terminology. Translated
// at call time (context "cnpg::FieldText"), so callers ask again after a language change.
class FieldText
{
public:
    // "Resource group" (without the variable name).
    static QString name(const QString& key);
    // "Resource group (RESOURCE_GROUP_NAME)": the label users cross-read with the guide.
    static QString label(const QString& key);
    // One sentence on what the value is for; empty when the name says it all.
    static QString hint(const QString& key);
};

} // namespace cnpg
