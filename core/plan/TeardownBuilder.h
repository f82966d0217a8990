#pragma once

#include "plan/Plan.h"

namespace cnpg {

class Settings;

// The teardown of a deployment as a plan of deletes that wait: optionally the Log Analytics
// workspace deleted for good first (Azure otherwise keeps it soft-deleted for 14 days under its
// name), then the deployment's resource group, then the wait for the AKS node resource group,
// which Azure deletes with the cluster, and last what `az aks get-credentials` merged into this
// machine's kubeconfig (the cluster's context, cluster and user). Nothing else is ever deleted. The
// executor runs it and the exporter writes it out, as the deployment's plan.
class TeardownBuilder
{
public:
    struct Options
    {
        bool purgeWorkspace = false;
    };
    static Plan build(const Settings& settings, const Options& options);
    static QList<Stage> stages();
    // The user `az aks get-credentials` adds to the kubeconfig (clusterUser_<group>_<cluster>);
    // its context and its cluster are named after the AKS cluster.
    static QString kubeconfigUser(const Settings& settings);
    // What kubectl config delete-context|delete-cluster|delete-user says, exit code 1, for an
    // entry that is not there.
    static QString kubeconfigGonePattern();
};

} // namespace cnpg
