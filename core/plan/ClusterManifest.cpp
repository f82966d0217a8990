#include "plan/ClusterManifest.h"

#include "settings/FieldValidator.h"
#include "settings/Settings.h"

#include <yaml-cpp/yaml.h>

namespace cnpg {

namespace {

std::string str(const QString& s)
{
    return s.toStdString();
}

// "8Gi", "512Mi" in MiB (validated: digits and one of the two units).
qint64 mebibytes(const QString& memory)
{
    const qint64 n = memory.left(memory.size() - 2).toLongLong();
    return memory.endsWith(QLatin1String("Gi")) ? n * 1024 : n;
}

void resources(YAML::Emitter& y, const Settings& st)
{
    y << YAML::Key << "resources" << YAML::Value << YAML::BeginMap;
    // Requests equal to limits: the Guaranteed quality of service the guide asks for.
    for (const char* side : {"requests", "limits"}) {
        y << YAML::Key << side << YAML::Value << YAML::BeginMap;
        y << YAML::Key << "memory" << YAML::Value << str(st.value(keys::PgMemory));
        y << YAML::Key << "cpu" << YAML::Value << YAML::DoubleQuoted << str(st.value(keys::PgCpu));
        y << YAML::EndMap;
    }
    y << YAML::EndMap;
}

void probes(YAML::Emitter& y)
{
    // The guide's streaming probes: a standby is ready only once it has caught up.
    y << YAML::Key << "probes" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "startup" << YAML::Value << YAML::BeginMap << YAML::Key << "type"
      << YAML::Value << "streaming" << YAML::Key << "maximumLag" << YAML::Value << "32Mi"
      << YAML::Key << "periodSeconds" << YAML::Value << 5 << YAML::Key << "timeoutSeconds"
      << YAML::Value << 3 << YAML::Key << "failureThreshold" << YAML::Value << 120 << YAML::EndMap;
    y << YAML::Key << "readiness" << YAML::Value << YAML::BeginMap << YAML::Key << "type"
      << YAML::Value << "streaming" << YAML::Key << "maximumLag" << YAML::Value << 0 << YAML::Key
      << "periodSeconds" << YAML::Value << 10 << YAML::Key << "failureThreshold" << YAML::Value << 6
      << YAML::EndMap;
    y << YAML::EndMap;
}

void postgresql(YAML::Emitter& y, const Settings& st)
{
    y << YAML::Key << "postgresql" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "synchronous" << YAML::Value << YAML::BeginMap << YAML::Key << "method"
      << YAML::Value << "any" << YAML::Key << "number" << YAML::Value << 1 << YAML::EndMap;
    // The guide's parameters, except the memory-sized ones, which follow the memory setting
    // (a quarter for shared buffers, three quarters as the planner's cache estimate, as the
    // guide's own figures do on its node size), and io_method, which PostgreSQL 17 refuses.
    const qint64 mib = mebibytes(st.value(keys::PgMemory));
    const std::pair<const char*, std::string> parameters[] = {
        {"wal_compression", "lz4"},
        {"max_wal_size", "6GB"},
        {"max_slot_wal_keep_size", "10GB"},
        {"checkpoint_timeout", "15min"},
        {"checkpoint_completion_target", "0.9"},
        {"checkpoint_flush_after", "2MB"},
        {"wal_writer_flush_after", "2MB"},
        {"min_wal_size", "2GB"},
        {"shared_buffers", std::to_string(mib / 4) + "MB"},
        {"effective_cache_size", std::to_string(mib * 3 / 4) + "MB"},
        {"autovacuum_vacuum_cost_limit", "2400"},
        {"random_page_cost", "1.1"},
        {"effective_io_concurrency", "64"},
        {"maintenance_io_concurrency", "64"},
        {"log_checkpoints", "on"},
        {"log_lock_waits", "on"},
        {"log_min_duration_statement", "1000"},
        {"log_statement", "ddl"},
        {"log_temp_files", "1024"},
        {"log_autovacuum_min_duration", "1s"},
        {"pg_stat_statements.max", "10000"},
        {"pg_stat_statements.track", "all"},
        {"hot_standby_feedback", "on"},
    };
    y << YAML::Key << "parameters" << YAML::Value << YAML::BeginMap;
    // Quoted: the API takes strings only, and YAML would read on, 1.1 and 64 as others.
    for (const auto& [name, value] : parameters)
        y << YAML::Key << name << YAML::Value << YAML::SingleQuoted << value;
    y << YAML::EndMap;
    y << YAML::Key << "pg_hba" << YAML::Value << YAML::BeginSeq << "host all all all scram-sha-256"
      << YAML::EndSeq;
    y << YAML::EndMap;
}

void backup(YAML::Emitter& y, const Settings& st)
{
    // The in-tree Barman Cloud support: the pinned operator (1.30) still has it (deprecated
    // since 1.26, removed in 1.32); README explains the move to the Barman Cloud plugin.
    const QString destination =
        QStringLiteral("https://%1.blob.core.windows.net/%2")
            .arg(st.value(keys::StorageAccount), st.value(keys::BackupContainer));
    y << YAML::Key << "backup" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "barmanObjectStore" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "destinationPath" << YAML::Value << str(destination);
    y << YAML::Key << "azureCredentials" << YAML::Value << YAML::BeginMap << YAML::Key
      << "inheritFromAzureAD" << YAML::Value << true << YAML::EndMap;
    y << YAML::EndMap;
    y << YAML::Key << "retentionPolicy" << YAML::Value << YAML::SingleQuoted
      << str(st.value(keys::PgBackupRetention));
    y << YAML::EndMap;
}

bool valid(const Settings& st)
{
    for (const QString& key : ClusterManifest::inputs()) {
        const FieldSpec* spec = SettingsSchema::find(key);
        if (!spec || !FieldValidator::validate(*spec, st.value(key)).isEmpty())
            return false;
    }
    return true;
}

} // namespace

QStringList ClusterManifest::inputs()
{
    // The page's own values first, so that the message names the field the user is typing in.
    return {keys::PgInstances, keys::PgImage,        keys::PgStorageSize,     keys::PgStorageClass,
            keys::PgCpu,       keys::PgMemory,       keys::PgBackupRetention, keys::PgClusterName,
            keys::PgNamespace, keys::StorageAccount, keys::BackupContainer,   keys::DnsPrefix};
}

QString ClusterManifest::clientIdVariable()
{
    return QStringLiteral("AKS_UAMI_WORKLOAD_CLIENTID");
}

QString ClusterManifest::appSecretName()
{
    return QStringLiteral("db-user-pass");
}

QString ClusterManifest::appDatabase()
{
    return QStringLiteral("appdb");
}

QString ClusterManifest::appUser()
{
    return QStringLiteral("app");
}

QByteArray ClusterManifest::build(const Settings& st)
{
    if (!valid(st))
        return QByteArray();
    const std::string name = str(st.value(keys::PgClusterName));
    const std::string truth = "true";
    YAML::Emitter y;
    y << YAML::BeginMap;
    y << YAML::Key << "apiVersion" << YAML::Value << "postgresql.cnpg.io/v1";
    y << YAML::Key << "kind" << YAML::Value << "Cluster";
    y << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "name" << YAML::Value << name;
    y << YAML::Key << "namespace" << YAML::Value << str(st.value(keys::PgNamespace));
    y << YAML::Key << "annotations" << YAML::Value << YAML::BeginMap << YAML::Key
      << "alpha.cnpg.io/failoverQuorum" << YAML::Value << YAML::DoubleQuoted << truth
      << YAML::EndMap;
    y << YAML::EndMap;

    y << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "imageName" << YAML::Value << str(st.value(keys::PgImage));
    y << YAML::Key << "inheritedMetadata" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "annotations" << YAML::Value << YAML::BeginMap << YAML::Key
      << "service.beta.kubernetes.io/azure-dns-label-name" << YAML::Value
      << str(st.value(keys::DnsPrefix)) << YAML::EndMap;
    y << YAML::Key << "labels" << YAML::Value << YAML::BeginMap << YAML::Key
      << "azure.workload.identity/use" << YAML::Value << YAML::DoubleQuoted << truth
      << YAML::EndMap;
    y << YAML::EndMap;
    y << YAML::Key << "instances" << YAML::Value << st.intValue(keys::PgInstances);
    y << YAML::Key << "smartShutdownTimeout" << YAML::Value << 30;
    probes(y);
    y << YAML::Key << "topologySpreadConstraints" << YAML::Value << YAML::BeginSeq << YAML::BeginMap
      << YAML::Key << "maxSkew" << YAML::Value << 1 << YAML::Key << "topologyKey" << YAML::Value
      << "topology.kubernetes.io/zone" << YAML::Key << "whenUnsatisfiable" << YAML::Value
      << "DoNotSchedule" << YAML::Key << "labelSelector" << YAML::Value << YAML::BeginMap
      << YAML::Key << "matchLabels" << YAML::Value << YAML::BeginMap << YAML::Key
      << "cnpg.io/cluster" << YAML::Value << name << YAML::EndMap << YAML::EndMap << YAML::EndMap
      << YAML::EndSeq;
    y << YAML::Key << "affinity" << YAML::Value << YAML::BeginMap << YAML::Key << "nodeSelector"
      << YAML::Value << YAML::BeginMap << YAML::Key << "workload" << YAML::Value << "postgres"
      << YAML::EndMap << YAML::EndMap;
    resources(y, st);
    y << YAML::Key << "bootstrap" << YAML::Value << YAML::BeginMap << YAML::Key << "initdb"
      << YAML::Value << YAML::BeginMap << YAML::Key << "database" << YAML::Value
      << str(appDatabase()) << YAML::Key << "owner" << YAML::Value << str(appUser()) << YAML::Key
      << "secret" << YAML::Value << YAML::BeginMap << YAML::Key << "name" << YAML::Value
      << str(appSecretName()) << YAML::EndMap << YAML::Key << "dataChecksums" << YAML::Value << true
      << YAML::EndMap << YAML::EndMap;
    y << YAML::Key << "storage" << YAML::Value << YAML::BeginMap << YAML::Key << "storageClass"
      << YAML::Value << str(st.value(keys::PgStorageClass)) << YAML::Key << "size" << YAML::Value
      << str(st.value(keys::PgStorageSize)) << YAML::EndMap;
    postgresql(y, st);
    y << YAML::Key << "serviceAccountTemplate" << YAML::Value << YAML::BeginMap << YAML::Key
      << "metadata" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "annotations" << YAML::Value << YAML::BeginMap << YAML::Key
      << "azure.workload.identity/client-id" << YAML::Value << YAML::DoubleQuoted
      << str(QStringLiteral("${") + clientIdVariable() + QLatin1Char('}')) << YAML::EndMap;
    y << YAML::Key << "labels" << YAML::Value << YAML::BeginMap << YAML::Key
      << "azure.workload.identity/use" << YAML::Value << YAML::DoubleQuoted << truth
      << YAML::EndMap;
    y << YAML::EndMap << YAML::EndMap;
    backup(y, st);
    y << YAML::EndMap; // spec
    y << YAML::EndMap;
    if (!y.good())
        return QByteArray();
    return QByteArray(y.c_str()) + '\n';
}

} // namespace cnpg
