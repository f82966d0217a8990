#pragma once

#include "preflight/KubernetesVersions.h"
#include "preflight/Readiness.h"
#include "preflight/StorageNameChecker.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cnpg {

class Settings;

// One line of `az vm list-usage --location L --output json`. The Azure CLI prints currentValue
// and limit as strings ("4", "10"); numbers are read too.
struct UsageEntry
{
    QString name;      // name.value: "cores", "standardDSv3Family"
    QString localName; // "Total Regional vCPUs", "Standard DSv3 Family vCPUs"
    qint64 current = 0;
    qint64 limit = 0;
};

// One size of `az vm list-skus --location L --size S --resource-type virtualMachines`.
struct SkuInfo
{
    QString name; // "Standard_D2s_v3"
    bool found = false;
    QString family; // "standardDSv3Family"
    int vcpus = 0;
    QStringList zones; // locationInfo[].zones of the region
    bool restrictedInRegion = false;
    QStringList restrictedZones; // restrictions[type=Zone].restrictionInfo.zones
    QString reasonCode;          // "NotAvailableForSubscription", "QuotaId"
};

// `az provider show --namespace X --output json`: the registration and, per resource type,
// the regions (lower case, no spaces: "westus3") and the zones of our region.
struct ProviderInfo
{
    QString nameSpace;
    QString registrationState;             // "Registered", "NotRegistered", "Registering", ...
    QHash<QString, QStringList> locations; // resource type (lower case) -> regions
    QHash<QString, QStringList> zones;     // resource type (lower case) -> zones in `region`
};

struct RoleAssignmentInfo
{
    QString role;  // roleDefinitionName
    QString scope; // "/subscriptions/<id>", ".../resourceGroups/<rg>", "/", a management group
};

// A node pool as the creates allocate it and as the autoscaler may grow it.
struct PoolDemand
{
    QString pool;
    QString size;
    int initialNodes = 0; // what `az aks create`/`nodepool add` start with
    int peakNodes = 0;    // the autoscaler's maximum plus one surge node for upgrades
};

class ReadinessRules
{
public:
    // "West US 3" and "westus3" alike.
    static QString normalizeRegion(const QString& region);

    static std::optional<QList<UsageEntry>> parseUsage(const QByteArray& json);
    static std::optional<SkuInfo> parseSku(const QByteArray& json, const QString& size,
                                           const QString& region);
    static std::optional<ProviderInfo> parseProvider(const QByteArray& json, const QString& region);
    static std::optional<QList<RoleAssignmentInfo>> parseRoleAssignments(const QByteArray& json);

    static QList<PoolDemand> poolDemands(const Settings& settings);
    // The distinct sizes of the pools, as Azure spells them ("Standard_D2s_v3").
    static QStringList poolSizes(const Settings& settings);

    static Finding version(const Settings& settings, const QList<KubernetesVersionInfo>& versions);
    static Findings quota(const Settings& settings, const QList<UsageEntry>& usage,
                          const QList<SkuInfo>& skus);
    static Findings sizes(const Settings& settings, const QList<SkuInfo>& skus);
    static Finding providers(const QList<ProviderInfo>& providers);
    static Finding roles(const Settings& settings, const QList<RoleAssignmentInfo>& assignments);
    static Finding services(const Settings& settings, const QList<ProviderInfo>& providers);
    static Finding storage(const StorageNameResult& result);

    // A check that could not run: az's error, a time-out, or output that was not understood.
    static Finding couldNotRun(CheckId check, const QString& code, const QString& detail);
};

} // namespace cnpg
