// az vm list-usage|list-skus and az provider show|register: what the readiness checks ask, in
// the shapes the Azure CLI prints, from the world model (World.h).
#include "ArmResource.h"
#include "AzCli.h"
#include "SimEnv.h"
#include "SimError.h"
#include "State.h"
#include "StateStore.h"
#include "World.h"

#include <QHash>
#include <QJsonArray>

namespace cnpg::sim {

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

QString displayName(const QString& region)
{
    static const QHash<QString, QString> names = {{s("westus3"), s("West US 3")},
                                                  {s("westus2"), s("West US 2")},
                                                  {s("westus"), s("West US")},
                                                  {s("eastus"), s("East US")},
                                                  {s("eastus2"), s("East US 2")},
                                                  {s("centralus"), s("Central US")},
                                                  {s("northeurope"), s("North Europe")},
                                                  {s("westeurope"), s("West Europe")},
                                                  {s("koreacentral"), s("Korea Central")},
                                                  {s("koreasouth"), s("Korea South")},
                                                  {s("japaneast"), s("Japan East")},
                                                  {s("swedencentral"), s("Sweden Central")},
                                                  {s("uksouth"), s("UK South")},
                                                  {s("southeastasia"), s("Southeast Asia")}};
    return names.value(region, region);
}

// The usage entries az prints, numbers as strings (the CLI's transform_vm_usage_list).
QJsonObject usageEntry(const QString& name, const QString& local, qint64 used, qint64 limit)
{
    return QJsonObject{{s("currentValue"), QString::number(used)},
                       {s("limit"), QString::number(limit)},
                       {s("localName"), local},
                       {s("name"), QJsonObject{{s("localizedValue"), local}, {s("value"), name}}}};
}

void listUsage(AzContext& c)
{
    const QString region = c.value(s("--location")).toLower().remove(QLatin1Char(' '));
    checkLocation(region, s("Microsoft.Compute/locations/usages"));
    c.env.latency();
    QJsonArray list;
    c.store.read([&](State& st) {
        list.append(usageEntry(s("cores"), s("Total Regional vCPUs"),
                               world::quotaUsed(st, region, s("cores")),
                               world::quotaLimit(st, region, s("cores"))));
        QStringList families;
        for (const SimSku& k : world::skus()) {
            if (families.contains(k.family))
                continue;
            families << k.family;
            QString label = k.family;
            label.replace(s("standard"), s("Standard ")).replace(s("Family"), s(" Family vCPUs"));
            list.append(usageEntry(k.family, label, world::quotaUsed(st, region, k.family),
                                   world::quotaLimit(st, region, k.family)));
        }
    });
    c.print(list, [](const QJsonValue& v) {
        QList<TableRow> rows;
        for (const QJsonValue& x : v.toArray()) {
            const QJsonObject o = x.toObject();
            rows << TableRow{{s("Name"), o.value(s("localName")).toString()},
                             {s("CurrentValue"), o.value(s("currentValue")).toString()},
                             {s("Limit"), o.value(s("limit")).toString()}};
        }
        return rows;
    });
}

QJsonObject skuEntry(const State& st, const SimSku& k, const QString& region)
{
    QJsonArray zones;
    for (const QString& z : world::skuZones(st, region, k.name))
        zones.append(z);
    QJsonArray restrictions;
    if (world::restrictedInRegion(st, region, k.name)) {
        restrictions.append(
            QJsonObject{{s("reasonCode"), s("NotAvailableForSubscription")},
                        {s("restrictionInfo"), QJsonObject{{s("locations"), QJsonArray{region}},
                                                           {s("zones"), QJsonValue()}}},
                        {s("type"), s("Location")},
                        {s("values"), QJsonArray{region}}});
    }
    const QStringList limited = world::restrictedZones(st, region, k.name);
    if (!limited.isEmpty()) {
        restrictions.append(QJsonObject{
            {s("reasonCode"), s("NotAvailableForSubscription")},
            {s("restrictionInfo"), QJsonObject{{s("locations"), QJsonArray{region}},
                                               {s("zones"), QJsonArray::fromStringList(limited)}}},
            {s("type"), s("Zone")},
            {s("values"), QJsonArray{region}}});
    }
    return QJsonObject{
        {s("apiVersions"), QJsonValue()},
        {s("capabilities"),
         QJsonArray{
             QJsonObject{{s("name"), s("vCPUs")}, {s("value"), QString::number(k.vcpus)}},
             QJsonObject{{s("name"), s("MemoryGB")}, {s("value"), QString::number(k.vcpus * 4)}}}},
        {s("capacity"), QJsonValue()},
        {s("costs"), QJsonValue()},
        {s("family"), k.family},
        {s("kind"), QJsonValue()},
        {s("locationInfo"),
         QJsonArray{QJsonObject{
             {s("location"), region}, {s("zoneDetails"), QJsonArray()}, {s("zones"), zones}}}},
        {s("locations"), QJsonArray{region}},
        {s("name"), k.name},
        {s("resourceType"), s("virtualMachines")},
        {s("restrictions"), restrictions},
        {s("size"), k.name.section(QLatin1Char('_'), 1)},
        {s("tier"), s("Standard")}};
}

void listSkus(AzContext& c)
{
    const QString region =
        c.value(s("--location"), s("westus3")).toLower().remove(QLatin1Char(' '));
    const QString size = c.value(s("--size")).toLower();
    const QString type = c.value(s("--resource-type"));
    const bool all = c.args.flag(s("--all")), zonal = c.args.flag(s("--zone"));
    c.env.latency(2);
    QJsonArray list;
    c.store.read([&](State& st) {
        for (const SimSku& k : world::skus()) {
            if (!type.isEmpty() && type.compare(s("virtualMachines"), Qt::CaseInsensitive) != 0)
                continue;
            if (!size.isEmpty() && !k.name.toLower().contains(size))
                continue;
            const QStringList zones = world::skuZones(st, region, k.name);
            // Without --all, az hides what the subscription may not use there.
            const bool regionRestricted = world::restrictedInRegion(st, region, k.name);
            const QStringList limited = world::restrictedZones(st, region, k.name);
            bool allZonesRestricted = !zones.isEmpty();
            for (const QString& z : zones)
                allZonesRestricted = allZonesRestricted && limited.contains(z);
            if (!all && (regionRestricted || (zonal && allZonesRestricted)))
                continue;
            if (zonal && zones.isEmpty())
                continue;
            list.append(skuEntry(st, k, region));
        }
    });
    c.print(list, [](const QJsonValue& v) {
        QList<TableRow> rows;
        for (const QJsonValue& x : v.toArray()) {
            const QJsonObject o = x.toObject();
            QStringList zones;
            for (const QJsonValue& z : o.value(s("locationInfo"))
                                           .toArray()
                                           .first()
                                           .toObject()
                                           .value(s("zones"))
                                           .toArray())
                zones << z.toString();
            rows << TableRow{{s("ResourceType"), o.value(s("resourceType")).toString()},
                             {s("Locations"), o.value(s("locations")).toArray().first().toString()},
                             {s("Name"), o.value(s("name")).toString()},
                             {s("Zones"), zones.join(QLatin1Char(','))},
                             {s("Restrictions"), o.value(s("restrictions")).toArray().isEmpty()
                                                     ? s("None")
                                                     : s("NotAvailableForSubscription")}};
        }
        return rows;
    });
}

// The resource types of a namespace the plan uses, and where they are offered.
QJsonArray resourceTypes(const State& st, const QString& ns)
{
    static const QHash<QString, QStringList> types = {
        {s("Microsoft.Dashboard"), {s("grafana")}},
        {s("Microsoft.Monitor"), {s("accounts")}},
        {s("Microsoft.ContainerService"), {s("managedClusters")}},
        {s("Microsoft.OperationalInsights"), {s("workspaces")}},
        {s("Microsoft.ManagedIdentity"), {s("userAssignedIdentities")}},
        {s("Microsoft.Storage"), {s("storageAccounts")}},
        {s("Microsoft.Network"), {s("publicIPAddresses")}},
        {s("Microsoft.OperationsManagement"), {s("solutions")}},
        {s("Microsoft.Insights"), {s("dataCollectionRules")}}};
    QJsonArray out;
    for (const QString& type : types.value(ns)) {
        QStringList where = world::typeLocations(st, ns + QLatin1Char('/') + type);
        if (where.isEmpty())
            where = simRegions();
        QJsonArray locations, zoneMappings;
        for (const QString& r : where) {
            locations.append(displayName(r));
            if (type == QLatin1String("managedClusters"))
                zoneMappings.append(
                    QJsonObject{{s("location"), displayName(r)},
                                {s("zones"), QJsonArray::fromStringList(world::aksZones(st, r))}});
        }
        out.append(QJsonObject{{s("aliases"), QJsonValue()},
                               {s("apiVersions"), QJsonArray{s("2024-05-01")}},
                               {s("capabilities"), s("None")},
                               {s("locations"), locations},
                               {s("resourceType"), type},
                               {s("zoneMappings"), type == QLatin1String("managedClusters")
                                                       ? QJsonValue(zoneMappings)
                                                       : QJsonValue()}});
    }
    return out;
}

QString knownNamespace(const QString& ns)
{
    for (const QString& n : world::providerNamespaces()) {
        if (n.compare(ns, Qt::CaseInsensitive) == 0)
            return n;
    }
    armFail(s("InvalidResourceNamespace"),
            QStringLiteral("The resource namespace '%1' is invalid.").arg(ns));
}

void providerShow(AzContext& c)
{
    const QString ns = knownNamespace(c.value(s("--namespace")));
    c.env.latency();
    QJsonObject result;
    c.store.read([&](State& st) {
        const QString state = world::providerState(st, ns);
        result = QJsonObject{{s("id"), QString(arm::subscriptionPath(st) + s("/providers/") + ns)},
                             {s("namespace"), ns},
                             {s("registrationPolicy"), s("RegistrationRequired")},
                             {s("registrationState"), state},
                             {s("resourceTypes"), resourceTypes(st, ns)}};
    });
    c.print(result);
}

void providerRegister(AzContext& c)
{
    const QString ns = knownNamespace(c.value(s("--namespace")));
    c.env.latency(c.args.flag(s("--wait")) ? 30 : 2);
    c.store.update([&](State& st) { world::setProviderState(st, ns, s("Registered")); });
    if (!c.args.flag(s("--wait")))
        err(QStringLiteral("Registering is still on-going. You can monitor using 'az provider "
                           "show -n %1'\n")
                .arg(ns));
}

} // namespace

void checkWorld(const AzCommand& cmd, const Args& args, StateStore& store)
{
    struct Rule
    {
        const char* path;
        const char* nameSpace;
        const char* type; // checked against --location
    };
    static const Rule rules[] = {
        {"aks create", "Microsoft.ContainerService", "Microsoft.ContainerService/managedClusters"},
        {"aks nodepool add", "Microsoft.ContainerService", nullptr},
        {"aks enable-addons", "Microsoft.OperationsManagement", nullptr},
        {"grafana create", "Microsoft.Dashboard", "Microsoft.Dashboard/grafana"},
        {"monitor account create", "Microsoft.Monitor", "Microsoft.Monitor/accounts"},
        {"monitor log-analytics workspace create", "Microsoft.OperationalInsights",
         "Microsoft.OperationalInsights/workspaces"},
        {"identity create", "Microsoft.ManagedIdentity", nullptr},
        {"storage account create", "Microsoft.Storage", nullptr},
        {"network public-ip create", "Microsoft.Network", nullptr},
    };
    for (const Rule& r : rules) {
        if (cmd.path != QLatin1String(r.path))
            continue;
        store.read([&](State& st) {
            world::requireRegistered(st, s(r.nameSpace));
            if (r.type)
                world::requireLocation(st, s(r.type), args.value(s("--location")));
        });
    }
}

void addReadinessCommands(QList<AzCommand>& t)
{
    t << AzCommand{s("vm list-usage"),
                   s("List available usage resources for VMs."),
                   {locationOpt().req()},
                   listUsage};
    t << AzCommand{s("vm list-skus"),
                   s("Get details for compute-related resource SKUs."),
                   {locationOpt(), Opt::value(s("--size -s")), Opt::flag(s("--zone -z")),
                    Opt::flag(s("--all")), Opt::value(s("--resource-type -r"))},
                   listSkus};
    t << AzCommand{s("provider show"),
                   s("Gets the specified resource provider."),
                   {Opt::value(s("--namespace -n")).req(), Opt::value(s("--expand"))},
                   providerShow};
    t << AzCommand{s("provider register"),
                   s("Register a provider."),
                   {Opt::value(s("--namespace -n")).req(), Opt::flag(s("--wait")),
                    Opt::flag(s("--consent-to-permissions")),
                    Opt::value(s("--management-group-id -m")), Opt::flag(s("--accept-terms"))},
                   providerRegister};
}

} // namespace cnpg::sim
