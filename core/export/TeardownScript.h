#pragma once

#include <QString>

namespace cnpg {

class Settings;

// The exported teardown's checks before anything is deleted, as `--destroy` makes them: the
// resource group's name given back (CONFIRM_RESOURCE_GROUP, else typed on a terminal), then
// what the group holds that the deployment did not make listed, and deleted only with a second
// confirmation (DELETE_FOREIGN=yes, else their number typed on a terminal). Comments and
// messages follow the current translator.
class TeardownScript
{
public:
    static QString checks(const Settings& settings);

private:
    static QString confirmName(const Settings& settings);
    static QString foreignCheck(const Settings& settings);
};

} // namespace cnpg
