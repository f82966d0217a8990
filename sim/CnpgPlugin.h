#pragma once
// The cnpg kubectl plugin (`kubectl cnpg ...`) once krew has installed it: version, status,
// psql and promote, answering from the simulated Cluster the way the plugin answers from a
// real one.

#include <QStringList>

namespace cnpg::sim {

class SimEnv;
class StateStore;

namespace cnpgplugin {
// `args` are the words after "kubectl cnpg".
int run(SimEnv& env, StateStore& store, const QStringList& args);
} // namespace cnpgplugin

} // namespace cnpg::sim
