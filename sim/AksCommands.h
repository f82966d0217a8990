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

} // namespace aks
} // namespace cnpg::sim
