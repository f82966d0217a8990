#pragma once
// The managed cluster as both az and kubectl see it: its agent pools, nodes, DaemonSets,
// Deployments and namespaces, all derived from the state and the clock.

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cnpg::sim {

class State;

struct KubeObject
{
    QString name;
    QString ns;
    int desired = 0;
    int ready = 0;
    qint64 createdAt = 0;
    QString selector; // DaemonSets: node selector
};

class AksModel
{
public:
    // Kubernetes minor versions the simulated region offers, with their current patch.
    static const QList<QPair<QString, QString>>& versions();
    static QString patchVersion(const QString& minor); // empty when unsupported

    static QJsonObject clusterView(const State& s, const QJsonObject& cluster, qint64 now);
    static QJsonObject poolView(const QJsonObject& pool, qint64 now, bool insideCluster);
    static QList<QJsonObject> pools(const State& s, const QString& clusterId);

    // Ready nodes: the nodes of every agent pool whose operation has finished.
    static QStringList nodes(const State& s, const QJsonObject& cluster, qint64 now);
    static QList<KubeObject> daemonSets(const State& s, const QJsonObject& cluster, qint64 now);
    static QList<KubeObject> deployments(const State& s, const QJsonObject& cluster, qint64 now);
    // Namespace name -> creation time.
    static QJsonObject namespaces(const QJsonObject& cluster);
    static QString serverVersion(const QJsonObject& cluster);
};

} // namespace cnpg::sim
