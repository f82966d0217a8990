#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cnpg {

enum class FieldKind
{
    Text,
    Integer,
    Boolean
};

// The naming or shape rule a field is validated with (FieldValidator implements them).
enum class FieldRule
{
    Suffix,
    LocalName,
    Tags,
    ResourceGroup,
    Region,
    AksCluster,
    FederatedCredential,
    DnsPrefix,
    ManagedIdentity,
    KubernetesVersion,
    Namespace,
    PostgresClusterName,
    StorageAccount,
    BlobContainer,
    Boolean,
    ClientIp,
    VmSize,
    NodePool,
    Grafana,
    MonitorWorkspace,
    LogAnalyticsWorkspace,
    PublicIpName,
    NodeCount,
    Zones,
    AksTier,
    StorageSku,
    StorageKind,
    HelmRepoName,
    HttpsUrl,
    HelmChartName,
    HelmReleaseName,
    HelmChartVersion,
    SubscriptionId,
    AksSupportPlan,
    KrewVersion,
    KrewChecksums,
    ContainerImage,  // registry/repository:tag, as the operator pulls it
    StorageSize,     // a Kubernetes quantity with a binary unit: 64Gi
    CpuQuantity,     // 2, 0.5 or 500m
    MemoryQuantity,  // 8Gi, 512Mi
    StorageClass,    // a DNS subdomain name
    RetentionPolicy, // CloudNativePG's form: 7d, 4w, 1m
    BackupSchedule,  // a six-field cron schedule, seconds first (CronSchedule)
};

// Which wizard page a field belongs to.
enum class FieldGroup
{
    Basics,
    IdentityStorage,
    Monitoring,
    Cluster,
    PublicIp,
    Operator,
    Postgres // the database cluster of the second guide
};

struct FieldSpec
{
    QString key; // the guide's variable name, or an UPPER_SNAKE name for an extra value
    FieldKind kind = FieldKind::Text;
    FieldRule rule = FieldRule::LocalName;
    FieldGroup group = FieldGroup::Basics;
    QString defaultValue;  // may reference other fields as ${NAME}: then the field is derived
    // What the guide itself writes, when our default differs from it (a version the guide names
    // that AKS has since retired); empty: the guide's value is the default.
    QString guideValue;
    bool fromGuide = true; // false for values the guide hard-codes that we made settable
    bool optional = false; // an empty value is allowed
    bool isList = false;   // space-separated, expanded to one argument per item

    bool isDerived() const { return defaultValue.contains(QLatin1String("${")); }
    QString guideOrDefault() const { return guideValue.isEmpty() ? defaultValue : guideValue; }
};

// The table of every setting, in the guide's order, then the extra values.
class SettingsSchema
{
public:
    static const QList<FieldSpec>& fields();
    static const FieldSpec* find(const QString& key);
    static QStringList keys();

    // The fields that a field's default refers to (direct references only).
    static QStringList references(const FieldSpec& spec);
};

namespace keys {
inline const QString Suffix = QStringLiteral("SUFFIX");
inline const QString LocalName = QStringLiteral("LOCAL_NAME");
inline const QString Tags = QStringLiteral("TAGS");
inline const QString ResourceGroup = QStringLiteral("RESOURCE_GROUP_NAME");
inline const QString Region = QStringLiteral("PRIMARY_CLUSTER_REGION");
inline const QString ClusterName = QStringLiteral("AKS_PRIMARY_CLUSTER_NAME");
inline const QString ManagedRg = QStringLiteral("AKS_PRIMARY_MANAGED_RG_NAME");
inline const QString FedCredential = QStringLiteral("AKS_PRIMARY_CLUSTER_FED_CREDENTIAL_NAME");
inline const QString DnsPrefix = QStringLiteral("AKS_PRIMARY_CLUSTER_PG_DNSPREFIX");
inline const QString IdentityName = QStringLiteral("AKS_UAMI_CLUSTER_IDENTITY_NAME");
inline const QString ClusterVersion = QStringLiteral("AKS_CLUSTER_VERSION");
inline const QString PgNamespace = QStringLiteral("PG_NAMESPACE");
inline const QString PgSystemNamespace = QStringLiteral("PG_SYSTEM_NAMESPACE");
inline const QString PgClusterName = QStringLiteral("PG_PRIMARY_CLUSTER_NAME");
inline const QString StorageAccount = QStringLiteral("PG_PRIMARY_STORAGE_ACCOUNT_NAME");
inline const QString BackupContainer = QStringLiteral("PG_STORAGE_BACKUP_CONTAINER_NAME");
inline const QString PvcUpdates = QStringLiteral("ENABLE_AZURE_PVC_UPDATES");
inline const QString ClientIp = QStringLiteral("MY_PUBLIC_CLIENT_IP");
inline const QString SystemVmSku = QStringLiteral("SYSTEM_NODE_POOL_VMSKU");
inline const QString UserPoolName = QStringLiteral("USER_NODE_POOL_NAME");
inline const QString UserVmSku = QStringLiteral("USER_NODE_POOL_VMSKU");
inline const QString Grafana = QStringLiteral("GRAFANA_PRIMARY");
inline const QString Amw = QStringLiteral("AMW_PRIMARY");
inline const QString Ala = QStringLiteral("ALA_PRIMARY");
inline const QString PublicIpName = QStringLiteral("AKS_PRIMARY_CLUSTER_PUBLICIP_NAME");
// Values the guide hard-codes that a user may change.
inline const QString SystemMinCount = QStringLiteral("SYSTEM_NODE_POOL_MIN_COUNT");
inline const QString SystemMaxCount = QStringLiteral("SYSTEM_NODE_POOL_MAX_COUNT");
inline const QString UserMinCount = QStringLiteral("USER_NODE_POOL_MIN_COUNT");
inline const QString UserMaxCount = QStringLiteral("USER_NODE_POOL_MAX_COUNT");
inline const QString Zones = QStringLiteral("AKS_AVAILABILITY_ZONES");
inline const QString Tier = QStringLiteral("AKS_TIER");
inline const QString StorageSku = QStringLiteral("PG_STORAGE_SKU");
inline const QString StorageKind = QStringLiteral("PG_STORAGE_KIND");
inline const QString HelmRepoName = QStringLiteral("CNPG_HELM_REPO_NAME");
inline const QString HelmRepoUrl = QStringLiteral("CNPG_HELM_REPO_URL");
inline const QString HelmChart = QStringLiteral("CNPG_HELM_CHART_NAME");
inline const QString HelmRelease = QStringLiteral("CNPG_HELM_RELEASE_NAME");
inline const QString HelmChartVersion = QStringLiteral("CNPG_HELM_CHART_VERSION");
// The subscription every az command is pinned to; empty: the Azure CLI's default subscription,
// as in the guide (which pins nothing).
inline const QString SubscriptionId = QStringLiteral("AZURE_SUBSCRIPTION_ID");
// `az aks create --k8s-support-plan`: KubernetesOfficial (the guide's, passed as nothing) or
// AKSLongTermSupport (needs the premium tier).
inline const QString SupportPlan = QStringLiteral("AKS_SUPPORT_PLAN");
// The krew release the deployment installs, and the SHA-256 of its archives, per platform.
inline const QString KrewVersion = QStringLiteral("KREW_VERSION");
inline const QString KrewSha256 = QStringLiteral("KREW_SHA256");
// The PostgreSQL cluster of the second guide (deploy-postgresql-ha.md).
inline const QString PgInstances = QStringLiteral("PG_INSTANCES");
inline const QString PgImage = QStringLiteral("PG_IMAGE_NAME");
inline const QString PgStorageSize = QStringLiteral("PG_STORAGE_SIZE");
inline const QString PgStorageClass = QStringLiteral("POSTGRES_STORAGE_CLASS");
inline const QString PgCpu = QStringLiteral("PG_CPU");
inline const QString PgMemory = QStringLiteral("PG_MEMORY");
inline const QString PgBackupRetention = QStringLiteral("PG_BACKUP_RETENTION");
// The ScheduledBackup's schedule: CloudNativePG's six-field cron, seconds first.
inline const QString PgBackupSchedule = QStringLiteral("PG_BACKUP_SCHEDULE");
// The CloudNativePG dashboard imported into the Managed Grafana: a pinned release's JSON.
inline const QString GrafanaDashboardUrl = QStringLiteral("CNPG_GRAFANA_DASHBOARD_URL");
} // namespace keys

} // namespace cnpg
