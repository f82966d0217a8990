#pragma once
// kubectl config: the simulated kubeconfig (the state's "kubeconfig" section: contexts, clusters,
// users and the current context), read and changed with kubectl's own texts and exit codes.

namespace cnpg::sim {

class SimEnv;
class StateStore;
struct FlagResult;

namespace kubeconfig {

int config(const SimEnv& env, StateStore& store, const FlagResult& f);

} // namespace kubeconfig
} // namespace cnpg::sim
