#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cnpg {

class Settings;

// The objects the guides add around the `Cluster` (validate-postgresql-ha.md and
// deploy-postgresql-ha.md): backups, the public services and the Managed Prometheus pod
// monitor, made from the settings with yaml-cpp as ClusterManifest is. Each is empty when a
// value it needs is invalid (the settings' field errors say which).
class DatabaseManifests
{
public:
    enum class Endpoint
    {
        ReadWrite, // the primary, on 5432
        ReadOnly,  // the standbys, on 5433
    };

    // The ScheduledBackup on PG_BACKUP_SCHEDULE; its backups belong to it (backupOwnerReference
    // self), so that deleting it deletes their records, not the data in the container.
    static QByteArray scheduledBackup(const Settings& settings);
    // The settings the ScheduledBackup is made from (see ClusterManifest::inputs()).
    static QStringList scheduledBackupInputs();
    // One on-demand Backup, the first base backup the cluster can be restored from.
    static QByteArray onDemandBackup(const Settings& settings);
    // A LoadBalancer Service on the static public IP of the ingress stage, reachable from the
    // client addresses only. Refers to the node resource group, which only the run knows, as
    // ${AKS_PRIMARY_CLUSTER_NODERG_NAME}.
    static QByteArray loadBalancer(const Settings& settings, Endpoint endpoint);
    // The PodMonitor in Azure Managed Prometheus's own API group (azmonitoring.coreos.com),
    // which the metrics add-on reads instead of the community's monitoring.coreos.com.
    static QByteArray podMonitor(const Settings& settings);

    // The objects' names; `cluster` is the cluster's name as given (a value or a ${REFERENCE}).
    static QString scheduledBackupName(const QString& cluster);
    static QString onDemandBackupName(const QString& cluster);
    static QString loadBalancerName(Endpoint endpoint);
    static QString podMonitorName();
    static int port(Endpoint endpoint);
};

} // namespace cnpg
