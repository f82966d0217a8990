#pragma once
// What kubectl and helm share: reaching a cluster through a kubeconfig context, and
// kubectl's ways of printing (tab-aligned tables, ages, object JSON).

#include "FlagParser.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cnpg::sim {

class SimEnv;
class State;
struct KubeObject;

namespace kube {

// The cluster behind the context named by --context (or the current context), failing the way
// the tool does: no context, an unknown context, a cluster that no longer resolves, a client IP
// outside the API server's authorized ranges (CNPG_SIM_CLIENT_IP).
QJsonObject& connect(State& s, const SimEnv& env, const QString& context, FlagParser::Tool tool);

// kubectl's tabwriter: columns padded to their widest cell plus three spaces.
QString tabulate(const QList<QStringList>& rows);
// kubectl's HumanDuration ("45s", "3m12s", "5h", "2d3h").
QString age(qint64 createdAt, qint64 now);
QString isoTime(qint64 epochMs);
QString uid(const QString& seed);

QJsonObject namespaceJson(const QJsonObject& cluster, const QString& name, qint64 createdAt);
QJsonObject daemonSetJson(const QJsonObject& cluster, const KubeObject& o);
QJsonObject deploymentJson(const QJsonObject& cluster, const KubeObject& o);
QJsonObject nodeJson(const QJsonObject& cluster, const QString& name, qint64 createdAt);
QJsonObject listJson(const QList<QJsonObject>& items);
// kubectl -o jsonpath='{.a.b}' for plain paths and [*]/[N] indexes.
QString jsonPath(const QString& templ, const QJsonObject& object);

} // namespace kube
} // namespace cnpg::sim
