#pragma once
// The simulated helm: version, repo add|update|list, upgrade --install, install, status, list
// and uninstall, against the clusters of the simulated kubeconfig.

#include <QStringList>

namespace cnpg::sim {

class SimEnv;
class StateStore;

class Helm
{
public:
    static int run(SimEnv& env, StateStore& store, const QStringList& args);
};

} // namespace cnpg::sim
