// az aks nodepool add|show|list and az aks enable-addons: the changes of an existing cluster.
#include "AksCommands.h"
#include "AksModel.h"
#include "ArmResource.h"
#include "AzCli.h"
#include "Durations.h"
#include "SimEnv.h"
#include "SimError.h"
#include "State.h"
#include "StateStore.h"
#include "World.h"

#include <QJsonArray>

namespace cnpg::sim {

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

QString poolId(const QJsonObject& cluster, const QString& name)
{
    return cluster.value(s("id")).toString() + s("/agentPools/") + name;
}

void nodepoolAdd(AzContext& c)
{
    const QString rg = c.value(s("--resource-group"));
    const QString clusterName = c.value(s("--cluster-name"));
    const QString name = c.value(s("--name"));
    aks::checkPoolName(s("--name"), name);
    const int count = aks::nodeCount(c.args, s("--node-count"));
    QString id;
    qint64 until = 0;
    bool exists = false;
    c.store.update([&](State& st) {
        QJsonObject& cluster = aks::requireCluster(st, rg, clusterName);
        const qint64 now = SimEnv::now();
        id = poolId(cluster, name);
        if (QJsonObject* pool = st.resource(id)) {
            arm::countCreate(*pool); // refused, but received: the dump shows the duplicate
            exists = true;
            return;
        }
        aks::requireIdle(cluster, now);
        const QString location = cluster.value(s("body")).toObject().value(s("location")).toString();
        const QString size = c.value(s("--node-vm-size"), s("Standard_D2s_v3"));
        world::requireSize(st, location, size, c.args.list(s("--zones")));
        world::requireQuota(st, location, size, count);
        until = now + c.env.scaled(Durations::seconds(s("aks nodepool add")));
        aks::setUpdating(cluster, until);
        const QJsonObject body = cluster.value(s("body")).toObject();
        const QString version =
            c.value(s("--kubernetes-version"), body.value(s("kubernetesVersion")).toString());
        QJsonObject& pool = st.insert(
            arm::newRecord(id, arm::AgentPool, name, rg,
                           aks::poolBody(id, rg, name, c.value(s("--mode"), s("User")), count,
                                         c.args, version, s("--labels"), s("Standard_D2s_v3")),
                           now));
        arm::setBusy(pool, until, s("Creating"));
        aks::addScaleSet(st, cluster, name, now);
    });
    if (exists) {
        azFail(QStringLiteral("Node pool %1 already exists, please try a different name, use "
                              "'aks nodepool list' to get current list of node pool")
                   .arg(name));
    }
    if (!c.args.flag(s("--no-wait")))
        SimEnv::sleepUntil(until);
    c.env.latency(0.5);
    QJsonObject v;
    c.store.read([&](State& st) {
        const QJsonObject* pool = st.resource(id);
        if (!pool)
            resourceNotFound(arm::AgentPool, name, rg);
        v = AksModel::poolView(*pool, SimEnv::now(), false);
    });
    c.print(v);
}

QJsonObject requirePool(State& st, const QString& rg, const QString& clusterName,
                        const QString& name)
{
    const QJsonObject& cluster = aks::requireCluster(st, rg, clusterName);
    const QJsonObject* pool = st.resource(poolId(cluster, name));
    if (!pool) {
        armFail(s("NotFound"),
                QStringLiteral("The Resource 'Microsoft.ContainerService/managedClusters/%1/"
                               "agentPools/%2' under resource group '%3' was not found.")
                    .arg(clusterName, name, rg),
                3);
    }
    return *pool;
}

void nodepoolShow(AzContext& c)
{
    c.env.latency();
    QJsonObject v;
    c.store.read([&](State& st) {
        v = AksModel::poolView(requirePool(st, c.value(s("--resource-group")),
                                           c.value(s("--cluster-name")), c.value(s("--name"))),
                               SimEnv::now(), false);
    });
    c.print(v);
}

void nodepoolList(AzContext& c)
{
    c.env.latency();
    QJsonArray list;
    c.store.read([&](State& st) {
        const QJsonObject& cluster =
            aks::requireCluster(st, c.value(s("--resource-group")), c.value(s("--cluster-name")));
        for (const QJsonObject& p : AksModel::pools(st, cluster.value(s("id")).toString()))
            list.append(AksModel::poolView(p, SimEnv::now(), false));
    });
    c.print(list, [](const QJsonValue& v) {
        QList<TableRow> rows;
        for (const QJsonValue& x : v.toArray()) {
            const QJsonObject o = x.toObject();
            rows << TableRow{{s("Name"), o.value(s("name")).toString()},
                             {s("OsType"), o.value(s("osType")).toString()},
                             {s("KubernetesVersion"), o.value(s("orchestratorVersion")).toString()},
                             {s("VmSize"), o.value(s("vmSize")).toString()},
                             {s("Count"), OutputFormat::pythonStr(o.value(s("count")))},
                             {s("MaxPods"), OutputFormat::pythonStr(o.value(s("maxPods")))},
                             {s("ProvisioningState"), o.value(s("provisioningState")).toString()},
                             {s("Mode"), o.value(s("mode")).toString()}};
        }
        return rows;
    });
}

const QStringList& knownAddons()
{
    static const QStringList a = {s("http_application_routing"),
                                  s("monitoring"),
                                  s("virtual-node"),
                                  s("azure-policy"),
                                  s("ingress-appgw"),
                                  s("confcom"),
                                  s("open-service-mesh"),
                                  s("azure-keyvault-secrets-provider"),
                                  s("gitops"),
                                  s("web_application_routing")};
    return a;
}

QString addonKey(const QString& addon)
{
    if (addon == QLatin1String("monitoring"))
        return s("omsagent");
    if (addon == QLatin1String("virtual-node"))
        return s("aciConnectorLinux");
    if (addon == QLatin1String("azure-policy"))
        return s("azurepolicy");
    if (addon == QLatin1String("ingress-appgw"))
        return s("ingressApplicationGateway");
    if (addon == QLatin1String("confcom"))
        return s("ACCSGXDevicePlugin");
    if (addon == QLatin1String("open-service-mesh"))
        return s("openServiceMesh");
    if (addon == QLatin1String("azure-keyvault-secrets-provider"))
        return s("azureKeyvaultSecretsProvider");
    return addon;
}

// Without --workspace-resource-id, az makes (or reuses) a default workspace.
QString defaultWorkspace(State& st, const QString& location, qint64 now)
{
    const QString code = location.toUpper();
    const QString rg = s("DefaultResourceGroup-") + code;
    const QString name = QStringLiteral("DefaultWorkspace-%1-%2").arg(st.subscriptionId(), code);
    const QString gid = arm::groupId(st, rg);
    if (!st.resource(gid)) {
        st.insert(arm::newRecord(gid, arm::Group, rg, rg,
                                 QJsonObject{{s("id"), gid},
                                             {s("location"), location},
                                             {s("managedBy"), QJsonValue()},
                                             {s("name"), rg},
                                             {s("properties"), QJsonObject()},
                                             {s("tags"), QJsonValue()},
                                             {s("type"), arm::Group}},
                                 now));
    }
    const QString id = arm::resourceId(st, rg, arm::Workspace, name);
    if (!st.resource(id)) {
        st.insert(arm::newRecord(id, arm::Workspace, name, rg,
                                 QJsonObject{{s("customerId"), arm::guid()},
                                             {s("id"), id},
                                             {s("location"), location},
                                             {s("name"), name},
                                             {s("resourceGroup"), rg},
                                             {s("sku"), QJsonObject{{s("name"), s("PerGB2018")}}},
                                             {s("type"), arm::Workspace}},
                                 now));
    }
    return id;
}

void enableAddons(AzContext& c)
{
    const QString rg = c.value(s("--resource-group"));
    const QString name = c.value(s("--name"));
    const QStringList addons = c.value(s("--addons")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& a : addons) {
        if (!knownAddons().contains(a.trimmed()))
            azFail(QStringLiteral("The addon \"%1\" is not a recognized addon option. Possible "
                                  "options: %2")
                       .arg(a, knownAddons().join(QStringLiteral(", "))));
    }
    qint64 until = 0;
    bool alreadyEnabled = false;
    c.store.update([&](State& st) {
        QJsonObject& cluster = aks::requireCluster(st, rg, name);
        arm::countUpdate(cluster); // refused or not, the dump shows every change asked for
        const qint64 now = SimEnv::now();
        QJsonObject body = cluster.value(s("body")).toObject();
        QJsonObject profiles = body.value(s("addonProfiles")).toObject();
        for (const QString& raw : addons) {
            const QString addon = raw.trimmed();
            const QString key = addonKey(addon);
            if (addon == QLatin1String("monitoring") &&
                profiles.value(key).toObject().value(s("enabled")).toBool())
                alreadyEnabled = true;
        }
        if (alreadyEnabled)
            return;
        aks::requireIdle(cluster, now);
        until = now + c.env.scaled(Durations::seconds(s("aks enable-addons")));
        for (const QString& raw : addons) {
            const QString addon = raw.trimmed();
            QJsonObject profile{
                {s("config"), QJsonValue()}, {s("enabled"), true}, {s("identity"), QJsonValue()}};
            if (addon == QLatin1String("monitoring")) {
                QString ws = c.value(s("--workspace-resource-id"));
                if (ws.isEmpty()) {
                    ws = defaultWorkspace(st, body.value(s("location")).toString(), now);
                } else {
                    const QString wsRg = ws.section(QLatin1Char('/'), 4, 4);
                    const QString wsName = ws.section(QLatin1Char('/'), -1);
                    if (!ws.startsWith(s("/subscriptions/"), Qt::CaseInsensitive) ||
                        ws.count(QLatin1Char('/')) != 8)
                        usageFail(s("--workspace-resource-id is not a valid Azure resource ID."));
                    arm::require(st, wsRg, arm::Workspace, wsName);
                }
                const bool msi = !c.args.has(s("--enable-msi-auth-for-monitoring")) ||
                                 c.args.flag(s("--enable-msi-auth-for-monitoring"));
                profile.insert(s("config"),
                               QJsonObject{{s("logAnalyticsWorkspaceResourceID"), ws},
                                           {s("useAADAuth"), msi ? s("true") : s("false")}});
                cluster.insert(s("omsagentSince"), double(until));
            }
            profiles.insert(addonKey(addon), profile);
        }
        body.insert(s("addonProfiles"), profiles);
        cluster.insert(s("body"), body);
        aks::setUpdating(cluster, until);
    });
    if (alreadyEnabled) {
        azFail(s("The monitoring addon is already enabled for this managed cluster.\nTo "
                 "change monitoring configuration, run \"az aks disable-addons -a "
                 "monitoring\" before enabling it again."));
    }
    if (c.args.flag(s("--no-wait")))
        return;
    SimEnv::sleepUntil(until);
    c.env.latency(0.5);
    QJsonObject v;
    c.store.read([&](State& st) {
        v = AksModel::clusterView(st, aks::requireCluster(st, rg, name), SimEnv::now());
    });
    c.print(v);
}

} // namespace

void addAksPoolCommands(QList<AzCommand>& t)
{
    const Opt cluster = Opt::value(s("--cluster-name")).req();
    const Opt poolName = Opt::value(s("--name -n --nodepool-name")).req();
    t << AzCommand{s("aks nodepool add"),
                   s("Add a node pool to the managed Kubernetes cluster."),
                   {groupOpt(),
                    cluster,
                    poolName,
                    Opt::value(s("--node-count -c")).num(),
                    Opt::flag(s("--enable-cluster-autoscaler -e")),
                    Opt::value(s("--min-count")).num(),
                    Opt::value(s("--max-count")).num(),
                    Opt::value(s("--node-vm-size -s")),
                    Opt::list(s("--zones -z")),
                    Opt::anyList(s("--labels")),
                    Opt::anyList(s("--node-taints")),
                    Opt::value(s("--mode")).oneOf({s("System"), s("User"), s("Gateway")}),
                    Opt::value(s("--max-pods -m")).num(),
                    Opt::value(s("--os-sku")),
                    Opt::value(s("--os-type")).oneOf({s("Linux"), s("Windows")}),
                    Opt::value(s("--kubernetes-version -k")),
                    Opt::value(s("--node-osdisk-size")).num(),
                    Opt::value(s("--priority")).oneOf({s("Regular"), s("Spot")}),
                    tagsOpt(),
                    Opt::flag(s("--no-wait"))},
                   nodepoolAdd};
    t << AzCommand{s("aks nodepool show"),
                   s("Show the details for a node pool in the managed Kubernetes cluster."),
                   {groupOpt(), cluster, poolName},
                   nodepoolShow};
    t << AzCommand{s("aks nodepool list"),
                   s("List node pools in the managed Kubernetes cluster."),
                   {groupOpt(), cluster},
                   nodepoolList};
    t << AzCommand{s("aks enable-addons"),
                   s("Enable Kubernetes addons."),
                   {Opt::value(s("--addons -a")).req(), nameOpt(), groupOpt(),
                    Opt::value(s("--workspace-resource-id")),
                    Opt::boolean(s("--enable-msi-auth-for-monitoring")),
                    Opt::value(s("--data-collection-settings")), Opt::flag(s("--enable-syslog")),
                    Opt::value(s("--ampls-resource-id")), Opt::value(s("--subnet-name -s")),
                    Opt::flag(s("--no-wait"))},
                   enableAddons};
}

} // namespace cnpg::sim
