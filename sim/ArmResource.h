#pragma once
// Azure Resource Manager resources in the state: ids, records and the clock-resolved
// provisioning state.
//
// A record is {id, type, name, resourceGroup, createdAt, createCount, busyUntil, busyState,
// goneAt, body}. `body` is what az prints, without the provisioning state: readers compute it
// from the clock (busyState until busyUntil, then Succeeded; Deleting until goneAt, then gone),
// so a create whose process was killed still finishes, and a concurrent show sees Creating.

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cnpg::sim {

class State;

namespace arm {

inline const QString Group = QStringLiteral("Microsoft.Resources/resourceGroups");
inline const QString Identity = QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities");
inline const QString Storage = QStringLiteral("Microsoft.Storage/storageAccounts");
inline const QString Container =
    QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers");
inline const QString RoleAssignment = QStringLiteral("Microsoft.Authorization/roleAssignments");
inline const QString Grafana = QStringLiteral("Microsoft.Dashboard/grafana");
inline const QString MonitorAccount = QStringLiteral("Microsoft.Monitor/accounts");
inline const QString Workspace = QStringLiteral("Microsoft.OperationalInsights/workspaces");
inline const QString Cluster = QStringLiteral("Microsoft.ContainerService/managedClusters");
inline const QString AgentPool =
    QStringLiteral("Microsoft.ContainerService/managedClusters/agentPools");
inline const QString PublicIp = QStringLiteral("Microsoft.Network/publicIPAddresses");

QString guid();
QString subscriptionPath(const State& s);
QString groupId(const State& s, const QString& rg);
// "/subscriptions/<sub>/resourceGroups/<rg>/providers/<type>/<name>".
QString resourceId(const State& s, const QString& rg, const QString& type, const QString& name);

QJsonObject newRecord(const QString& id, const QString& type, const QString& name,
                      const QString& rg, const QJsonObject& body, qint64 now);
void setBusy(QJsonObject& record, qint64 until, const QString& state);
// Every create and update command a resource receives is counted on its record (createCount,
// updateCount), also when the command is refused or changes nothing, so that a duplicate is
// visible in the state dump.
void countCreate(QJsonObject& record);
void countUpdate(QJsonObject& record);
bool isBusy(const QJsonObject& record, qint64 now);
qint64 busyUntil(const QJsonObject& record);
QString provisioningState(const QJsonObject& record, qint64 now);

// What az prints for the record now (body plus the provisioning state where the type has one;
// clusters also list their agent pools).
QJsonObject view(const State& s, const QJsonObject& record, qint64 now);

// The resource group record, or a ResourceGroupNotFound error (exit 3).
const QJsonObject& requireGroup(State& s, const QString& rg);
// A resource by type and name in a group; nullptr when absent.
QJsonObject* find(State& s, const QString& rg, const QString& type, const QString& name);
// Like find(), but a missing group or resource is az's not-found error (exit 3).
QJsonObject& require(State& s, const QString& rg, const QString& type, const QString& name);

// The records of one type, in resource group `rg` when it is not empty (then a missing group is
// az's ResourceGroupNotFound error): what the `list` commands print.
QList<QJsonObject> ofType(State& s, const QString& type, const QString& rg = QString());

// A Python-style timestamp as Azure returns them: 2024-05-02T10:11:12.123456+00:00.
QString timestamp(qint64 epochMs);

} // namespace arm
} // namespace cnpg::sim
