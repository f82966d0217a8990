#include "settings/SettingsSchema.h"

#include "settings/PinnedVersions.h"

#include <QRegularExpression>

namespace cnpg {

namespace {

FieldSpec text(const QString& key, FieldRule rule, FieldGroup group, const QString& def)
{
    FieldSpec f;
    f.key = key;
    f.rule = rule;
    f.group = group;
    f.defaultValue = def;
    return f;
}

FieldSpec extra(FieldSpec f)
{
    f.fromGuide = false;
    return f;
}

FieldSpec integer(const QString& key, FieldGroup group, int def)
{
    FieldSpec f = text(key, FieldRule::NodeCount, group, QString::number(def));
    f.kind = FieldKind::Integer;
    f.fromGuide = false;
    return f;
}

QList<FieldSpec> buildFields()
{
    using G = FieldGroup;
    using R = FieldRule;
    QList<FieldSpec> f;
    // The guide's environment variables, in its order (steps.md, "Settings").
    f << text(keys::Suffix, R::Suffix, G::Basics, QString()); // generated once, see Settings
    f << text(keys::LocalName, R::LocalName, G::Basics, QStringLiteral("cnpg"));
    FieldSpec tags = text(keys::Tags, R::Tags, G::Basics, QStringLiteral("owner=user"));
    tags.optional = true;
    tags.isList = true;
    f << tags;
    f << text(keys::ResourceGroup, R::ResourceGroup, G::Basics,
              QStringLiteral("rg-${LOCAL_NAME}-${SUFFIX}"));
    f << text(keys::Region, R::Region, G::Basics, QStringLiteral("westus3"));
    f << text(keys::ClusterName, R::AksCluster, G::Cluster,
              QStringLiteral("aks-primary-${LOCAL_NAME}-${SUFFIX}"));
    f << text(keys::ManagedRg, R::ResourceGroup, G::Cluster,
              QStringLiteral("rg-${LOCAL_NAME}-primary-aksmanaged-${SUFFIX}"));
    f << text(keys::FedCredential, R::FederatedCredential, G::IdentityStorage,
              QStringLiteral("pg-primary-fedcred1-${LOCAL_NAME}-${SUFFIX}"));
    f << text(keys::DnsPrefix, R::DnsPrefix, G::Cluster, QString()); // generated once
    f << text(keys::IdentityName, R::ManagedIdentity, G::IdentityStorage,
              QStringLiteral("mi-aks-${LOCAL_NAME}-${SUFFIX}"));
    // The guide's 1.29 is out of support; the default is the region's default version once it
    // is known (Settings::setResolvedDefault), this tested one until then.
    FieldSpec k8s =
        text(keys::ClusterVersion, R::KubernetesVersion, G::Basics, pinned::kubernetesVersion());
    k8s.guideValue = QStringLiteral("1.29");
    f << k8s;
    f << text(keys::PgNamespace, R::Namespace, G::Basics, QStringLiteral("cnpg-database"));
    f << text(keys::PgSystemNamespace, R::Namespace, G::Basics, QStringLiteral("cnpg-system"));
    f << text(keys::PgClusterName, R::PostgresClusterName, G::Operator,
              QStringLiteral("pg-primary-${LOCAL_NAME}-${SUFFIX}"));
    f << text(keys::StorageAccount, R::StorageAccount, G::IdentityStorage,
              QStringLiteral("hacnpgpsa${SUFFIX}"));
    f << text(keys::BackupContainer, R::BlobContainer, G::IdentityStorage,
              QStringLiteral("backups"));
    FieldSpec pvc = text(keys::PvcUpdates, R::Boolean, G::Operator, QStringLiteral("true"));
    pvc.kind = FieldKind::Boolean;
    f << pvc;
    // Detected at run time (preflight); there is no sensible static default.
    f << text(keys::ClientIp, R::ClientIp, G::Basics, QString());
    f << text(keys::SystemVmSku, R::VmSize, G::Cluster, QStringLiteral("standard_d2s_v3"));
    f << text(keys::UserPoolName, R::NodePool, G::Cluster, QStringLiteral("postgres"));
    f << text(keys::UserVmSku, R::VmSize, G::Cluster, QStringLiteral("standard_d4s_v3"));
    f << text(keys::Grafana, R::Grafana, G::Monitoring,
              QStringLiteral("grafana-${LOCAL_NAME}-${SUFFIX}"));
    f << text(keys::Amw, R::MonitorWorkspace, G::Monitoring,
              QStringLiteral("amw-${LOCAL_NAME}-${SUFFIX}"));
    f << text(keys::Ala, R::LogAnalyticsWorkspace, G::Monitoring,
              QStringLiteral("ala-${LOCAL_NAME}-${SUFFIX}"));
    f << text(keys::PublicIpName, R::PublicIpName, G::PublicIp,
              QStringLiteral("${AKS_PRIMARY_CLUSTER_NAME}-pip"));

    // Values the guide hard-codes in its commands.
    f << integer(keys::SystemMinCount, G::Cluster, 2);
    f << integer(keys::SystemMaxCount, G::Cluster, 3);
    f << integer(keys::UserMinCount, G::Cluster, 3);
    f << integer(keys::UserMaxCount, G::Cluster, 6);
    FieldSpec zones = extra(text(keys::Zones, R::Zones, G::Cluster, QStringLiteral("1 2 3")));
    zones.optional = true;
    zones.isList = true;
    f << zones;
    f << extra(text(keys::Tier, R::AksTier, G::Cluster, QStringLiteral("standard")));
    f << extra(text(keys::SupportPlan, R::AksSupportPlan, G::Cluster,
                    QStringLiteral("KubernetesOfficial")));
    f << extra(
        text(keys::StorageSku, R::StorageSku, G::IdentityStorage, QStringLiteral("Standard_ZRS")));
    f << extra(
        text(keys::StorageKind, R::StorageKind, G::IdentityStorage, QStringLiteral("StorageV2")));
    f << extra(text(keys::HelmRepoName, R::HelmRepoName, G::Operator, QStringLiteral("cnpg")));
    f << extra(text(keys::HelmRepoUrl, R::HttpsUrl, G::Operator,
                    QStringLiteral("https://cloudnative-pg.github.io/charts")));
    f << extra(
        text(keys::HelmChart, R::HelmChartName, G::Operator, QStringLiteral("cloudnative-pg")));
    f << extra(text(keys::HelmRelease, R::HelmReleaseName, G::Operator, QStringLiteral("cnpg")));
    // Pinned, so that the same settings install the same operator next month.
    f << extra(
        text(keys::HelmChartVersion, R::HelmChartVersion, G::Operator, pinned::cnpgChartVersion()));
    f << extra(text(keys::KrewVersion, R::KrewVersion, G::Operator, pinned::krewVersion()));
    FieldSpec krewSums =
        extra(text(keys::KrewSha256, R::KrewChecksums, G::Operator, pinned::krewChecksums()));
    krewSums.isList = true;
    f << krewSums;
    // The database cluster: the guide's manifest (its Azure Disk tab) hard-codes these.
    f << integer(keys::PgInstances, G::Postgres, 3);
    f << extra(text(keys::PgImage, R::ContainerImage, G::Postgres,
                    QStringLiteral("ghcr.io/cloudnative-pg/postgresql:18-system-trixie")));
    f << extra(text(keys::PgStorageSize, R::StorageSize, G::Postgres, QStringLiteral("64Gi")));
    f << extra(text(keys::PgStorageClass, R::StorageClass, G::Postgres,
                    QStringLiteral("managed-csi-premium")));
    f << extra(text(keys::PgCpu, R::CpuQuantity, G::Postgres, QStringLiteral("2")));
    f << extra(text(keys::PgMemory, R::MemoryQuantity, G::Postgres, QStringLiteral("8Gi")));
    f << extra(
        text(keys::PgBackupRetention, R::RetentionPolicy, G::Postgres, QStringLiteral("7d")));
    // The validation guide's: every hour at a quarter past.
    f << extra(text(keys::PgBackupSchedule, R::BackupSchedule, G::Postgres,
                    QStringLiteral("0 15 * ? * *")));
    // Pinned like the chart: the same dashboard next month.
    f << extra(
        text(keys::GrafanaDashboardUrl, R::HttpsUrl, G::Monitoring, pinned::cnpgDashboardUrl()));
    FieldSpec subscription =
        extra(text(keys::SubscriptionId, R::SubscriptionId, G::Basics, QString()));
    subscription.optional = true; // chosen on the Welcome page from `az account list`
    f << subscription;
    return f;
}

} // namespace

const QList<FieldSpec>& SettingsSchema::fields()
{
    static const QList<FieldSpec> all = buildFields();
    return all;
}

const FieldSpec* SettingsSchema::find(const QString& key)
{
    for (const FieldSpec& f : fields()) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

QStringList SettingsSchema::keys()
{
    QStringList out;
    for (const FieldSpec& f : fields())
        out << f.key;
    return out;
}

QStringList SettingsSchema::references(const FieldSpec& spec)
{
    static const QRegularExpression ref(QStringLiteral("\\$\\{([A-Z0-9_]+)\\}"));
    QStringList out;
    auto it = ref.globalMatch(spec.defaultValue);
    while (it.hasNext())
        out << it.next().captured(1);
    return out;
}

} // namespace cnpg
