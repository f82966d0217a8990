#include "plan/DatabaseManifests.h"

#include "settings/FieldValidator.h"
#include "settings/Settings.h"

#include <QStringList>
#include <yaml-cpp/yaml.h>

namespace cnpg {

namespace {

std::string str(const QString& s)
{
    return s.toStdString();
}

bool valid(const Settings& st, const QStringList& keys)
{
    for (const QString& key : keys) {
        const FieldSpec* spec = SettingsSchema::find(key);
        if (!spec || !FieldValidator::validate(*spec, st.value(key)).isEmpty())
            return false;
    }
    return true;
}

QByteArray finish(const YAML::Emitter& y)
{
    if (!y.good())
        return QByteArray();
    return QByteArray(y.c_str()) + '\n';
}

void header(YAML::Emitter& y, const char* apiVersion, const char* kind, const std::string& name,
            const Settings& st)
{
    y << YAML::Key << "apiVersion" << YAML::Value << apiVersion;
    y << YAML::Key << "kind" << YAML::Value << kind;
    y << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "name" << YAML::Value << name;
    y << YAML::Key << "namespace" << YAML::Value << str(st.value(keys::PgNamespace));
}

// What both kinds of backup share: the cluster they back up and the in-tree Barman Cloud
// method that the Cluster's backup section configures.
void backupTarget(YAML::Emitter& y, const Settings& st)
{
    y << YAML::Key << "method" << YAML::Value << "barmanObjectStore";
    y << YAML::Key << "cluster" << YAML::Value << YAML::BeginMap << YAML::Key << "name"
      << YAML::Value << str(st.value(keys::PgClusterName)) << YAML::EndMap;
}

// MY_PUBLIC_CLIENT_IP holds addresses or ranges, comma separated; a Service takes ranges only.
std::vector<std::string> sourceRanges(const Settings& st)
{
    std::vector<std::string> out;
    for (const QString& raw : st.value(keys::ClientIp).split(QLatin1Char(','))) {
        const QString e = raw.trimmed();
        out.push_back(str(e.contains(QLatin1Char('/')) ? e : e + QStringLiteral("/32")));
    }
    return out;
}

} // namespace

QString DatabaseManifests::scheduledBackupName(const QString& cluster)
{
    return cluster + QStringLiteral("-scheduled-backup");
}

QString DatabaseManifests::onDemandBackupName(const QString& cluster)
{
    return cluster + QStringLiteral("-on-demand-backup-1");
}

QString DatabaseManifests::loadBalancerName(Endpoint endpoint)
{
    return endpoint == Endpoint::ReadWrite ? QStringLiteral("cnpg-cluster-load-balancer-rw")
                                           : QStringLiteral("cnpg-cluster-load-balancer-ro");
}

QString DatabaseManifests::podMonitorName()
{
    return QStringLiteral("cnpg-cluster-metrics-managed-prometheus");
}

int DatabaseManifests::port(Endpoint endpoint)
{
    return endpoint == Endpoint::ReadWrite ? 5432 : 5433;
}

QStringList DatabaseManifests::scheduledBackupInputs()
{
    return {keys::PgBackupSchedule, keys::PgClusterName, keys::PgNamespace};
}

QByteArray DatabaseManifests::scheduledBackup(const Settings& st)
{
    if (!valid(st, scheduledBackupInputs()))
        return QByteArray();
    YAML::Emitter y;
    y << YAML::BeginMap;
    header(y, "postgresql.cnpg.io/v1", "ScheduledBackup",
           str(scheduledBackupName(st.value(keys::PgClusterName))), st);
    y << YAML::EndMap;
    y << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    // Quoted: "@daily" and "*" must stay strings for any YAML reader.
    y << YAML::Key << "schedule" << YAML::Value << YAML::DoubleQuoted
      << str(st.value(keys::PgBackupSchedule));
    y << YAML::Key << "backupOwnerReference" << YAML::Value << "self";
    backupTarget(y, st);
    y << YAML::EndMap;
    y << YAML::EndMap;
    return finish(y);
}

QByteArray DatabaseManifests::onDemandBackup(const Settings& st)
{
    if (!valid(st, {keys::PgClusterName, keys::PgNamespace}))
        return QByteArray();
    YAML::Emitter y;
    y << YAML::BeginMap;
    header(y, "postgresql.cnpg.io/v1", "Backup",
           str(onDemandBackupName(st.value(keys::PgClusterName))), st);
    y << YAML::EndMap;
    y << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    backupTarget(y, st);
    y << YAML::EndMap;
    y << YAML::EndMap;
    return finish(y);
}

QByteArray DatabaseManifests::loadBalancer(const Settings& st, Endpoint endpoint)
{
    if (!valid(st, {keys::PgClusterName, keys::PgNamespace, keys::PublicIpName, keys::DnsPrefix,
                    keys::ClientIp}))
        return QByteArray();
    YAML::Emitter y;
    y << YAML::BeginMap;
    header(y, "v1", "Service", str(loadBalancerName(endpoint)), st);
    y << YAML::Key << "annotations" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "service.beta.kubernetes.io/azure-load-balancer-resource-group" << YAML::Value
      << "${AKS_PRIMARY_CLUSTER_NODERG_NAME}";
    y << YAML::Key << "service.beta.kubernetes.io/azure-pip-name" << YAML::Value
      << str(st.value(keys::PublicIpName));
    y << YAML::Key << "service.beta.kubernetes.io/azure-dns-label-name" << YAML::Value
      << str(st.value(keys::DnsPrefix));
    y << YAML::EndMap;
    y << YAML::EndMap; // metadata
    y << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "type" << YAML::Value << "LoadBalancer";
    y << YAML::Key << "ports" << YAML::Value << YAML::BeginSeq << YAML::BeginMap << YAML::Key
      << "protocol" << YAML::Value << "TCP" << YAML::Key << "port" << YAML::Value << port(endpoint)
      << YAML::Key << "targetPort" << YAML::Value << 5432 << YAML::EndMap << YAML::EndSeq;
    // The guide selects by role alone, which would also pick the pods of any other
    // CloudNativePG cluster in the namespace (a restored one, say) and send writes to it.
    y << YAML::Key << "selector" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "cnpg.io/cluster" << YAML::Value << str(st.value(keys::PgClusterName));
    y << YAML::Key << "cnpg.io/instanceRole" << YAML::Value
      << (endpoint == Endpoint::ReadWrite ? "primary" : "replica");
    y << YAML::Key << "cnpg.io/podRole" << YAML::Value << "instance";
    y << YAML::EndMap;
    y << YAML::Key << "loadBalancerSourceRanges" << YAML::Value << YAML::BeginSeq;
    for (const std::string& range : sourceRanges(st))
        y << range;
    y << YAML::EndSeq;
    y << YAML::EndMap; // spec
    y << YAML::EndMap;
    return finish(y);
}

QByteArray DatabaseManifests::podMonitor(const Settings& st)
{
    if (!valid(st, {keys::PgClusterName, keys::PgNamespace}))
        return QByteArray();
    const std::string cluster = str(st.value(keys::PgClusterName));
    const std::string truth = "true";
    YAML::Emitter y;
    y << YAML::BeginMap;
    header(y, "azmonitoring.coreos.com/v1", "PodMonitor", str(podMonitorName()), st);
    y << YAML::Key << "labels" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "azure.workload.identity/use" << YAML::Value << YAML::DoubleQuoted << truth;
    y << YAML::Key << "cnpg.io/cluster" << YAML::Value << cluster;
    y << YAML::EndMap;
    y << YAML::EndMap; // metadata
    y << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "selector" << YAML::Value << YAML::BeginMap << YAML::Key << "matchLabels"
      << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "azure.workload.identity/use" << YAML::Value << YAML::DoubleQuoted << truth;
    y << YAML::Key << "cnpg.io/cluster" << YAML::Value << cluster;
    y << YAML::EndMap << YAML::EndMap;
    y << YAML::Key << "podMetricsEndpoints" << YAML::Value << YAML::BeginSeq << YAML::BeginMap
      << YAML::Key << "port" << YAML::Value << "metrics" << YAML::EndMap << YAML::EndSeq;
    y << YAML::EndMap; // spec
    y << YAML::EndMap;
    return finish(y);
}

} // namespace cnpg
