#include "FieldText.h"

#include "settings/SettingsSchema.h"

#include <QCoreApplication>
#include <QHash>

namespace cnpg {

namespace {

struct Text
{
    const char* name;
    const char* hint;
};

const QHash<QString, Text>& table()
{
    // The English source text; lupdate reads the QT_TRANSLATE_NOOP markers.
    static const QHash<QString, Text> t = {
        {keys::Suffix,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Suffix"),
          QT_TRANSLATE_NOOP("cnpg::FieldText",
                            "Random characters that make the resource names unique. Drawn once "
                            "and kept, so that the same deployment always has the same names.")}},
        {keys::LocalName,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Local name"),
          QT_TRANSLATE_NOOP("cnpg::FieldText",
                            "A short name that every derived resource name contains.")}},
        {keys::Tags,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Tags"),
          QT_TRANSLATE_NOOP("cnpg::FieldText",
                            "Space-separated key=value pairs attached to the resources.")}},
        {keys::ResourceGroup,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Resource group"),
          QT_TRANSLATE_NOOP("cnpg::FieldText", "Holds every resource this guide creates.")}},
        {keys::Region,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Region"),
          QT_TRANSLATE_NOOP("cnpg::FieldText",
                            "The Azure region of every resource; it needs availability zones "
                            "1, 2 and 3.")}},
        {keys::ClusterName,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "AKS cluster name"),
          QT_TRANSLATE_NOOP("cnpg::FieldText", "Also the kubectl and Helm context name.")}},
        {keys::ManagedRg,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Node resource group"),
          QT_TRANSLATE_NOOP("cnpg::FieldText",
                            "The resource group AKS creates for the cluster's nodes.")}},
        {keys::FedCredential,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Federated credential name"),
          QT_TRANSLATE_NOOP("cnpg::FieldText",
                            "CloudNativePG 1.26 removed this option: the pinned operator (1.30) "
                            "does not read it, so it is not passed.")}},
        {keys::DnsPrefix,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "DNS prefix"),
          QT_TRANSLATE_NOOP("cnpg::FieldText", "Drawn once, like the suffix.")}},
        {keys::IdentityName,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "User-assigned managed identity"),
          QT_TRANSLATE_NOOP("cnpg::FieldText",
                            "Lets PostgreSQL reach Azure Blob Storage through workload identity, "
                            "without secrets.")}},
        {keys::ClusterVersion,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Kubernetes version"),
          QT_TRANSLATE_NOOP("cnpg::FieldText", "The AKS cluster's Kubernetes version.")}},
        {keys::PgNamespace,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "PostgreSQL namespace"),
          QT_TRANSLATE_NOOP("cnpg::FieldText",
                            "The namespace for the PostgreSQL cluster and its services.")}},
        {keys::PgSystemNamespace,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Operator namespace"),
          QT_TRANSLATE_NOOP("cnpg::FieldText", "The namespace for the CNPG controller manager.")}},
        {keys::PgClusterName,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "PostgreSQL cluster name"),
          QT_TRANSLATE_NOOP("cnpg::FieldText",
                            "CloudNativePG 1.26 removed this option: the pinned operator (1.30) "
                            "does not read it, so it is not passed.")}},
        {keys::StorageAccount,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Storage account"),
          QT_TRANSLATE_NOOP("cnpg::FieldText",
                            "Holds the PostgreSQL backups. 3 to 24 lowercase letters and digits, "
                            "unique across Azure.")}},
        {keys::BackupContainer,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Backup container"),
          QT_TRANSLATE_NOOP("cnpg::FieldText",
                            "The blob container for the write-ahead logs and the backups.")}},
        {keys::PvcUpdates,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Azure PVC updates"),
          QT_TRANSLATE_NOOP("cnpg::FieldText",
                            "CloudNativePG 1.26 removed this option: the pinned operator (1.30) "
                            "does not read it, so it is not passed.")}},
        {keys::ClientIp,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Public client IP"),
          QT_TRANSLATE_NOOP("cnpg::FieldText",
                            "Only this address (or CIDR range) may reach the cluster's API "
                            "server.")}},
        {keys::SystemVmSku,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "System node pool VM size"), nullptr}},
        {keys::UserPoolName,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "User node pool name"),
          QT_TRANSLATE_NOOP("cnpg::FieldText", "The node pool that runs PostgreSQL.")}},
        {keys::UserVmSku,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "User node pool VM size"), nullptr}},
        {keys::Grafana,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Azure Managed Grafana instance"),
          QT_TRANSLATE_NOOP("cnpg::FieldText", "2 to 23 characters.")}},
        {keys::Amw, {QT_TRANSLATE_NOOP("cnpg::FieldText", "Azure Monitor workspace"), nullptr}},
        {keys::Ala, {QT_TRANSLATE_NOOP("cnpg::FieldText", "Log Analytics workspace"), nullptr}},
        {keys::PublicIpName,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Public IP name"),
          QT_TRANSLATE_NOOP("cnpg::FieldText",
                            "The static public IP that later exposes PostgreSQL to clients.")}},
        {keys::SystemMinCount,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "System node pool: minimum nodes"), nullptr}},
        {keys::SystemMaxCount,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "System node pool: maximum nodes"), nullptr}},
        {keys::UserMinCount,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "User node pool: minimum nodes"), nullptr}},
        {keys::UserMaxCount,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "User node pool: maximum nodes"), nullptr}},
        {keys::Zones,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Availability zones"),
          QT_TRANSLATE_NOOP("cnpg::FieldText",
                            "Space-separated; the guide spreads the nodes over 1 2 3.")}},
        {keys::Tier, {QT_TRANSLATE_NOOP("cnpg::FieldText", "AKS pricing tier"), nullptr}},
        {keys::SupportPlan,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Kubernetes support plan"),
          QT_TRANSLATE_NOOP("cnpg::FieldText",
                            "KubernetesOfficial: the community's support of the newest versions. "
                            "AKSLongTermSupport: older versions for two years; needs the premium "
                            "tier.")}},
        {keys::StorageSku,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Storage account SKU"),
          QT_TRANSLATE_NOOP("cnpg::FieldText", "The guide uses zone-redundant storage.")}},
        {keys::StorageKind,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Storage account kind"), nullptr}},
        {keys::HelmRepoName,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Helm repository name"), nullptr}},
        {keys::HelmRepoUrl, {QT_TRANSLATE_NOOP("cnpg::FieldText", "Helm repository URL"), nullptr}},
        {keys::HelmChart, {QT_TRANSLATE_NOOP("cnpg::FieldText", "Helm chart"), nullptr}},
        {keys::HelmRelease, {QT_TRANSLATE_NOOP("cnpg::FieldText", "Helm release name"), nullptr}},
        {keys::HelmChartVersion,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Chart version"),
          QT_TRANSLATE_NOOP("cnpg::FieldText",
                            "Pinned, so that these settings install the same operator next "
                            "month. A newer chart is a deliberate change.")}},
        {keys::KrewVersion,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "krew release"),
          QT_TRANSLATE_NOOP("cnpg::FieldText",
                            "The tagged krew release to install (for example v0.5.0).")}},
        {keys::KrewSha256,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "krew SHA-256 checksums"),
          QT_TRANSLATE_NOOP("cnpg::FieldText",
                            "platform=SHA-256 of each krew archive of that release, from its "
                            ".sha256 files; a download that differs installs nothing.")}},
        {keys::PgInstances,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "PostgreSQL instances"),
          QT_TRANSLATE_NOOP("cnpg::FieldText",
                            "A primary and its standbys, spread across the zones.")}},
        {keys::PgImage,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "PostgreSQL image"),
          QT_TRANSLATE_NOOP("cnpg::FieldText",
                            "Its tag sets the PostgreSQL major version. A system image carries "
                            "the Barman Cloud tools the backups need.")}},
        {keys::PgStorageSize,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Storage size per instance"),
          QT_TRANSLATE_NOOP("cnpg::FieldText", "With its unit, for example 64Gi.")}},
        {keys::PgStorageClass, {QT_TRANSLATE_NOOP("cnpg::FieldText", "Storage class"), nullptr}},
        {keys::PgCpu,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "CPU per instance"),
          QT_TRANSLATE_NOOP("cnpg::FieldText", "Cores (2, 0.5) or millicores (500m).")}},
        {keys::PgMemory,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Memory per instance"),
          QT_TRANSLATE_NOOP("cnpg::FieldText", "With its unit, for example 8Gi.")}},
        {keys::PgBackupRetention,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Backup retention"),
          QT_TRANSLATE_NOOP("cnpg::FieldText", "Days, weeks or months: 7d, 4w, 1m.")}},
        {keys::PgBackupSchedule,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Backup schedule"),
          QT_TRANSLATE_NOOP("cnpg::FieldText",
                            "Cron with seconds first, as CloudNativePG reads it: 0 15 * ? * * "
                            "is every hour at a quarter past.")}},
        {keys::GrafanaDashboardUrl,
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "CloudNativePG dashboard"),
          QT_TRANSLATE_NOOP("cnpg::FieldText",
                            "The dashboard's JSON at a tagged release of "
                            "cloudnative-pg/grafana-dashboards, imported into Grafana once.")}},
        // Chosen on the Welcome page from the signed-in account's subscriptions.
        {QStringLiteral("AZURE_SUBSCRIPTION_ID"),
         {QT_TRANSLATE_NOOP("cnpg::FieldText", "Azure subscription"),
          QT_TRANSLATE_NOOP("cnpg::FieldText",
                            "The subscription every az command uses; empty: the Azure CLI's "
                            "default subscription.")}},
    };
    return t;
}

QString tr(const char* text)
{
    return text ? QCoreApplication::translate("cnpg::FieldText", text) : QString();
}

} // namespace

QString FieldText::name(const QString& key)
{
    const auto it = table().constFind(key);
    return it == table().constEnd() ? key : tr(it->name);
}

QString FieldText::label(const QString& key)
{
    //: %1 is the setting's name, %2 the guide's environment variable (never translated)
    return QCoreApplication::translate("cnpg::FieldText", "%1 (%2)").arg(name(key), key);
}

QString FieldText::hint(const QString& key)
{
    const auto it = table().constFind(key);
    return it == table().constEnd() ? QString() : tr(it->hint);
}

} // namespace cnpg
