#pragma once
// Pieces shared by the az aks commands (AzAks.cpp, AzAksPools.cpp).

#include "ArgParser.h"

#include <QJsonObject>
#include <QString>

namespace cnpg::sim {

class State;

namespace aks {

// The cluster record, or az's not-found error (exit 3).
QJsonObject& requireCluster(State& s, const QString& rg, const QString& name);
// OperationNotAllowed (exit 1) while another operation changes the cluster.
void requireIdle(const QJsonObject& cluster, qint64 now);
// Marks the cluster as changing until `until` (Updating).
void setUpdating(QJsonObject& cluster, qint64 until);

// az's checks of --node-count, --enable-cluster-autoscaler, --min-count and --max-count;
// returns the node count (default 3).
int nodeCount(const Args& a, const QString& countOption);
// az's check of a node pool name (--nodepool-name, or --name of nodepool add).
void checkPoolName(const QString& option, const QString& name);

// The body of an agent pool as `az aks nodepool show` prints it.
QJsonObject poolBody(const QString& id, const QString& rg, const QString& name, const QString& mode,
                     int count, const Args& a, const QString& orchestratorVersion,
                     const QString& labelsOption, const QString& vmSizeDefault);

QList<QPair<QString, QString>> clusterTableRow(const QJsonObject& c);

// What AKS makes in the node resource group: the virtual network, network security group and
// load balancer ("kubernetes") of a new cluster, and one VM scale set per agent pool
// (aks-<pool>-<8 digits>-vmss, the prefix of the pool's node names).
void addNodeNetwork(State& st, const QJsonObject& cluster, qint64 now);
void addScaleSet(State& st, const QJsonObject& cluster, const QString& pool, qint64 now);

} // namespace aks
} // namespace cnpg::sim
