#pragma once
// kubectl apply -f (a file or "-" for standard input): the objects of a YAML manifest (one or
// more documents) stored in the cluster's state as JSON, so that `kubectl get <kind> <name>`
// finds them; and every manifest received, byte for byte, so that tests can compare what was
// sent with what was meant.

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cnpg::sim {

class SimEnv;
class State;
class StateStore;
struct FlagResult;

namespace kubeapply {

int apply(SimEnv& env, StateStore& store, const FlagResult& f);

// The kind of the applied objects that `word` names (kubectl's ways: "secret", "secrets",
// "Secret", "clusters.postgresql.cnpg.io"), as stored; empty when none matches.
QString appliedKind(const QJsonObject& cluster, const QString& word);
// Kinds the API server serves before any object of them exists (Secrets, ConfigMaps and
// CloudNativePG's Clusters, whose CRDs the simulator does not track): the kind, and its names
// as kubectl prints them, singular and plural; empty when `word` names none of them.
QStringList knownKind(const QString& word);
// The applied objects of that kind, each with creationTimestamp and its current status set.
QList<QJsonObject> objects(const State& st, const QJsonObject& cluster, const QString& kind);
// "secret", "deployment.apps", "cluster.postgresql.cnpg.io": the kind as kubectl prints it.
QString resourceName(const QJsonObject& object, bool plural);

// kubectl wait TYPE/NAME --for=condition=Ready|--for=jsonpath=PATH=VALUE [--timeout=30s]: until
// the object's condition is True (a Cluster's, once its instances are up) or the path has the
// value (a Backup's phase, a Service's address), in simulated time.
int wait(SimEnv& env, StateStore& store, const FlagResult& f);

} // namespace kubeapply
} // namespace cnpg::sim
