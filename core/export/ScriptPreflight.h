#pragma once

#include <QString>

namespace cnpg {

// The exported script's `preflight` function: the wizard's read-only readiness checks, in bash
// with az and jq, worded by the same sentences (ReadinessText) in the current language. The
// script calls it before the first create and stops there when a check is blocking, unless
// PREFLIGHT_IGNORE names that check ("vcpu-quota providers ...").
class ScriptPreflight
{
public:
    // The function's definition (no call). `pinSubscription`: the script pins
    // AZURE_SUBSCRIPTION_ID, so the queries do too; otherwise they use the CLI's default one.
    static QString function(bool pinSubscription);
    // The line that calls it.
    static QString call();
};

} // namespace cnpg
