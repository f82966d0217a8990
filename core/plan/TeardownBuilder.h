#pragma once

#include "plan/Plan.h"

namespace cnpg {

class Settings;

// The teardown of a deployment as a plan of deletes that wait: optionally the Log Analytics
// workspace deleted for good first (Azure otherwise keeps it soft-deleted for 14 days under its
// name), then the deployment's resource group, then the wait for the AKS node resource group,
// which Azure deletes with the cluster. Nothing else is ever deleted. The executor runs it and
// the exporter writes it out, as the deployment's plan.
class TeardownBuilder
{
public:
    struct Options
    {
        bool purgeWorkspace = false;
    };
    static Plan build(const Settings& settings, const Options& options);
    static QList<Stage> stages();
};

} // namespace cnpg
