#pragma once
// kubectl create: a namespace, and a generic secret from literal values and files (standard
// input through /dev/stdin), stored with the applied objects so that `kubectl get secret NAME`
// finds it.

namespace cnpg::sim {

class SimEnv;
class StateStore;
struct FlagResult;

namespace kubecreate {

int namespace_(SimEnv& env, StateStore& store, const FlagResult& f);
int secretGeneric(SimEnv& env, StateStore& store, const FlagResult& f);

} // namespace kubecreate
} // namespace cnpg::sim
