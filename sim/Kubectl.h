#pragma once
// The simulated kubectl: version, config, cluster-info, create/get/delete of namespaces and
// get of DaemonSets, Deployments, nodes and pods; plugins (krew, cnpg) once installed.

#include <QStringList>

namespace cnpg::sim {

class SimEnv;
class StateStore;

class Kubectl
{
public:
    static int run(SimEnv& env, StateStore& store, const QStringList& args);
};

// krew and the cnpg plugin, through kubectl, and the krew binary of a release tarball.
class Krew
{
public:
    static int plugin(SimEnv& env, StateStore& store, const QString& name, const QStringList& args);
    // The "krew-<os>_<arch>" program: "install krew" installs krew itself.
    static int binary(SimEnv& env, StateStore& store, const QStringList& args);
    static bool isPlugin(const QString& name);
};

} // namespace cnpg::sim
