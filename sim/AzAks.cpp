// az aks create|show|list|get-versions|get-credentials (the pools and add-ons: AzAksPools.cpp).
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

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace cnpg::sim {

void addAksPoolCommands(QList<AzCommand>& t);

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

// A resource id argument: the ARM format, and an existing resource (exit 3 otherwise).
void requireReference(State& st, const QString& option, const QString& id, const QString& type)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^/subscriptions/[^/]+/resourceGroups/([^/]+)/providers/([^/]+/[^/]+)/([^/]+)$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(id);
    if (!m.hasMatch())
        usageFail(QStringLiteral("%1 is not a valid Azure resource ID.").arg(option));
    if (m.captured(2).compare(type, Qt::CaseInsensitive) != 0)
        usageFail(QStringLiteral("%1 must be the resource ID of a %2.").arg(option, type));
    arm::require(st, m.captured(1), type, m.captured(3));
}

QJsonArray authorizedRanges(const QString& arg)
{
    static const QRegularExpression ip(
        QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(/(\\d{1,2}))?$"));
    QJsonArray out;
    for (const QString& raw : arg.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString r = raw.trimmed();
        const auto m = ip.match(r);
        bool ok = m.hasMatch();
        for (int i = 1; ok && i <= 4; ++i)
            ok = m.captured(i).toInt() <= 255;
        if (ok && !m.captured(6).isEmpty())
            ok = m.captured(6).toInt() <= 32;
        if (!ok)
            usageFail(QStringLiteral("--api-server-authorized-ip-ranges should be a list of IPv4 "
                                     "addresses or CIDRs"));
        out.append(m.captured(6).isEmpty() ? r + s("/32") : r);
    }
    return out;
}

QString dnsPrefix(const QString& name, const QString& rg, const QString& sub)
{
    static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9-]"));
    QString n = name.left(10), g = rg.left(16);
    n.remove(bad);
    g.remove(bad);
    return QStringLiteral("%1-%2-%3").arg(n, g, sub.left(6));
}

QString hex8(const QString& text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
}

void aksCreate(AzContext& c)
{
    const QString rg = c.value(s("--resource-group"));
    const QString name = c.value(s("--name"));
    const QString poolName = c.value(s("--nodepool-name"), s("nodepool1"));
    aks::checkPoolName(s("--nodepool-name"), poolName);
    const int count = aks::nodeCount(c.args, s("--node-count"));
    if (c.args.flag(s("--enable-workload-identity")) && !c.args.flag(s("--enable-oidc-issuer")))
        azFail(s("--enable-workload-identity requires --enable-oidc-issuer"));
    const QString minor = c.value(s("--kubernetes-version"), s("1.35"));
    QString patch;
    c.store.read([&](State& st) {
        // Offered in the region, and under the cluster's support plan.
        world::requireVersion(st, name, minor, c.value(s("--tier"), s("free")),
                              c.value(s("--k8s-support-plan"), s("KubernetesOfficial")));
        patch = world::patchVersion(st, minor);
    });
    checkLocation(c.value(s("--location")), arm::Cluster);
    const QJsonArray ranges = authorizedRanges(c.value(s("--api-server-authorized-ip-ranges")));
    const QString assigned = c.value(s("--assign-identity"));
    const QString amw = c.value(s("--azure-monitor-workspace-resource-id"));
    const QString grafana = c.value(s("--grafana-resource-id"));

    QString id;
    c.store.update([&](State& st) {
        arm::requireGroup(st, rg);
        id = arm::resourceId(st, rg, arm::Cluster, name);
        if (QJsonObject* existing = st.resource(id)) {
            aks::requireIdle(*existing, SimEnv::now());
        } else {
            // What real Azure checks before it allocates the system pool's nodes.
            const QString location =
                c.value(s("--location"), arm::requireGroup(st, rg)
                                             .value(s("body"))
                                             .toObject()
                                             .value(s("location"))
                                             .toString());
            const QString size = c.value(s("--node-vm-size"), s("Standard_DS2_v2"));
            world::requireSize(st, location, size, c.args.list(s("--zones")));
            world::requireQuota(st, location, size, count);
        }
        if (!assigned.isEmpty())
            requireReference(st, s("--assign-identity"), assigned, arm::Identity);
        if (!amw.isEmpty())
            requireReference(st, s("--azure-monitor-workspace-resource-id"), amw,
                             arm::MonitorAccount);
        if (!grafana.isEmpty())
            requireReference(st, s("--grafana-resource-id"), grafana, arm::Grafana);
    });

    CreateSpec spec;
    spec.id = id;
    spec.type = arm::Cluster;
    spec.name = name;
    spec.resourceGroup = rg;
    const QString nodeRg = c.value(s("--node-resource-group"));
    spec.body = [&](State& st, qint64) {
        const QString location = c.value(s("--location"), arm::requireGroup(st, rg)
                                                              .value(s("body"))
                                                              .toObject()
                                                              .value(s("location"))
                                                              .toString())
                                     .toLower();
        const QString mcRg =
            nodeRg.isEmpty() ? QStringLiteral("MC_%1_%2_%3").arg(rg, name, location) : nodeRg;
        const QString prefix =
            c.value(s("--dns-name-prefix"), dnsPrefix(name, rg, st.subscriptionId()));
        const QString fqdnHost = QStringLiteral("%1-%2").arg(prefix.toLower(), hex8(id));
        QJsonObject identity{{s("type"), s("SystemAssigned")}};
        if (!assigned.isEmpty()) {
            const QJsonObject* uami = st.resource(assigned);
            const QJsonObject ub = uami ? uami->value(s("body")).toObject() : QJsonObject();
            identity = QJsonObject{
                {s("principalId"), QJsonValue()},
                {s("tenantId"), QJsonValue()},
                {s("type"), s("UserAssigned")},
                {s("userAssignedIdentities"),
                 QJsonObject{
                     {assigned, QJsonObject{{s("clientId"), ub.value(s("clientId"))},
                                            {s("principalId"), ub.value(s("principalId"))}}}}}};
        } else {
            identity.insert(s("principalId"), arm::guid());
            identity.insert(s("tenantId"), st.tenantId());
        }
        const bool metrics = c.args.flag(s("--enable-azure-monitor-metrics"));
        const QString plugin = c.value(s("--network-plugin"), s("kubenet"));
        const QString dataplane = c.value(s("--network-dataplane"), s("azure"));
        return QJsonObject{
            {s("aadProfile"), QJsonValue()},
            {s("addonProfiles"), QJsonValue()},
            {s("apiServerAccessProfile"),
             QJsonObject{
                 {s("authorizedIpRanges"), ranges.isEmpty() ? QJsonValue() : QJsonValue(ranges)},
                 {s("disableRunCommand"), QJsonValue()},
                 {s("enablePrivateCluster"), false}}},
            {s("azureMonitorProfile"),
             metrics ? QJsonValue(QJsonObject{
                           {s("metrics"),
                            QJsonObject{{s("enabled"), true},
                                        {s("kubeStateMetrics"),
                                         QJsonObject{{s("metricAnnotationsAllowList"), s("")},
                                                     {s("metricLabelsAllowlist"), s("")}}}}}})
                     : QJsonValue()},
            {s("azurePortalFqdn"),
             QStringLiteral("%1.portal.hcp.%2.azmk8s.io").arg(fqdnHost, location)},
            {s("currentKubernetesVersion"), patch},
            {s("disableLocalAccounts"), c.args.flag(s("--disable-local-accounts"))},
            {s("dnsPrefix"), prefix},
            {s("enableRbac"), true},
            {s("fqdn"), QStringLiteral("%1.hcp.%2.azmk8s.io").arg(fqdnHost, location)},
            {s("id"), id},
            {s("identity"), identity},
            {s("identityProfile"),
             QJsonObject{
                 {s("kubeletidentity"),
                  QJsonObject{
                      {s("clientId"), QJsonValue()},
                      {s("objectId"), QJsonValue()},
                      {s("resourceId"),
                       QString(arm::subscriptionPath(st) + s("/resourcegroups/") + mcRg +
                               s("/providers/Microsoft.ManagedIdentity/userAssignedIdentities/") +
                               name + s("-agentpool"))}}}}},
            {s("kubernetesVersion"), minor},
            {s("location"), location},
            {s("maxAgentPools"), 100},
            {s("name"), name},
            {s("networkProfile"),
             QJsonObject{
                 {s("dnsServiceIp"), s("10.0.0.10")},
                 {s("loadBalancerSku"), s("standard")},
                 {s("networkDataplane"), dataplane},
                 {s("networkPlugin"), plugin},
                 {s("networkPluginMode"), c.args.has(s("--network-plugin-mode"))
                                              ? QJsonValue(c.value(s("--network-plugin-mode")))
                                              : QJsonValue()},
                 {s("networkPolicy"), dataplane == QLatin1String("cilium")
                                          ? s("cilium")
                                          : c.value(s("--network-policy"), s("none"))},
                 {s("outboundType"), s("loadBalancer")},
                 {s("podCidr"), c.value(s("--pod-cidr"), s("10.244.0.0/16"))},
                 {s("serviceCidr"), c.value(s("--service-cidr"), s("10.0.0.0/16"))}}},
            {s("nodeResourceGroup"), mcRg},
            {s("oidcIssuerProfile"),
             QJsonObject{
                 {s("enabled"), c.args.flag(s("--enable-oidc-issuer"))},
                 {s("issuerUrl"),
                  c.args.flag(s("--enable-oidc-issuer"))
                      ? QJsonValue(QStringLiteral("https://%1.oic.prod-aks.azure.com/%2/%3/")
                                       .arg(location, st.tenantId(), arm::guid()))
                      : QJsonValue()}}},
            {s("powerState"), QJsonObject{{s("code"), s("Running")}}},
            {s("resourceGroup"), rg},
            {s("securityProfile"),
             QJsonObject{{s("workloadIdentity"), c.args.flag(s("--enable-workload-identity"))
                                                     ? QJsonValue(QJsonObject{{s("enabled"), true}})
                                                     : QJsonValue()}}},
            {s("sku"),
             QJsonObject{{s("name"), s("Base")},
                         {s("tier"), c.value(s("--tier"), s("free")) == QLatin1String("standard")
                                         ? s("Standard")
                                     : c.value(s("--tier"), s("free")) == QLatin1String("premium")
                                         ? s("Premium")
                                         : s("Free")}}},
            {s("supportPlan"), s("KubernetesOfficial")},
            {s("tags"), c.args.has(s("--tags")) ? QJsonValue(tagsObject(c.args)) : QJsonValue()},
            {s("type"), s("Microsoft.ContainerService/ManagedClusters")},
            {s("workloadAutoScalerProfile"), QJsonObject()}};
    };
    spec.created = [&](State& st, QJsonObject& cluster, qint64 until) {
        const qint64 now = SimEnv::now();
        const QJsonObject body = cluster.value(s("body")).toObject();
        const QString location = body.value(s("location")).toString();
        // The node resource group, managed by the cluster, with the kubelet identity in it.
        const QString mcRg = body.value(s("nodeResourceGroup")).toString();
        const QString gid = arm::groupId(st, mcRg);
        if (!st.resource(gid)) {
            st.insert(arm::newRecord(
                gid, arm::Group, mcRg, mcRg,
                QJsonObject{{s("id"), gid},
                            {s("location"), location},
                            {s("managedBy"), id},
                            {s("name"), mcRg},
                            {s("properties"), QJsonObject()},
                            {s("tags"), QJsonObject{{s("aks-managed-cluster-name"), name},
                                                    {s("aks-managed-cluster-rg"), rg}}},
                            {s("type"), arm::Group}},
                now));
        }
        const QString kubeletId = body.value(s("identityProfile"))
                                      .toObject()
                                      .value(s("kubeletidentity"))
                                      .toObject()
                                      .value(s("resourceId"))
                                      .toString();
        const QString kubeletName = name + s("-agentpool");
        QJsonObject kubelet{{s("clientId"), arm::guid()},    {s("id"), kubeletId},
                            {s("location"), location},       {s("name"), kubeletName},
                            {s("principalId"), arm::guid()}, {s("resourceGroup"), mcRg},
                            {s("systemData"), QJsonValue()}, {s("tags"), QJsonObject()},
                            {s("tenantId"), st.tenantId()},  {s("type"), arm::Identity}};
        st.insert(arm::newRecord(kubeletId, arm::Identity, kubeletName, mcRg, kubelet, now));
        QJsonObject b = body;
        QJsonObject profile = b.value(s("identityProfile")).toObject();
        QJsonObject ki = profile.value(s("kubeletidentity")).toObject();
        ki.insert(s("clientId"), kubelet.value(s("clientId")));
        ki.insert(s("objectId"), kubelet.value(s("principalId")));
        profile.insert(s("kubeletidentity"), ki);
        b.insert(s("identityProfile"), profile);
        cluster.insert(s("body"), b);
        // The system pool.
        const QString poolId = id + s("/agentPools/") + poolName;
        QJsonObject& pool = st.insert(
            arm::newRecord(poolId, arm::AgentPool, poolName, rg,
                           aks::poolBody(poolId, rg, poolName, s("System"), count, c.args, minor,
                                         s("--nodepool-labels"), s("Standard_DS2_v2")),
                           now));
        arm::setBusy(pool, until, s("Creating"));
        aks::addNodeNetwork(st, cluster, now);
        aks::addScaleSet(st, cluster, poolName, now);
        // What a new cluster holds.
        QJsonObject ns;
        for (const char* n : {"default", "kube-node-lease", "kube-public", "kube-system"})
            ns.insert(QLatin1String(n), double(until));
        cluster.insert(s("kube"),
                       QJsonObject{{s("namespaces"), ns}, {s("releases"), QJsonObject()}});
    };
    spec.wait = !c.args.flag(s("--no-wait"));
    const QJsonObject v = c.createOrGet(spec);
    if (spec.wait)
        c.print(v);
}

QList<TableRow> clusterTable(const QJsonValue& v)
{
    QList<TableRow> rows;
    for (const QJsonValue& x : v.isArray() ? v.toArray() : QJsonArray{v})
        rows << aks::clusterTableRow(x.toObject());
    return rows;
}

void aksShow(AzContext& c)
{
    c.env.latency();
    QJsonObject v;
    c.store.read([&](State& st) {
        v = AksModel::clusterView(
            st, aks::requireCluster(st, c.value(s("--resource-group")), c.value(s("--name"))),
            SimEnv::now());
    });
    c.print(v, clusterTable);
}

void aksList(AzContext& c)
{
    const QString rg = c.value(s("--resource-group"));
    c.env.latency();
    QJsonArray list;
    c.store.read([&](State& st) {
        for (const QJsonObject& r : arm::ofType(st, arm::Cluster, rg))
            list.append(AksModel::clusterView(st, r, SimEnv::now()));
    });
    c.print(list, clusterTable);
}

void getVersions(AzContext& c)
{
    checkLocation(c.value(s("--location")), arm::Cluster);
    c.env.latency();
    QJsonArray values;
    QList<SimVersion> v;
    c.store.read([&](State& st) { v = world::versions(st); });
    for (qsizetype i = 0; i < v.size(); ++i) {
        QJsonArray upgrades;
        if (i + 1 < v.size())
            upgrades.append(v.at(i + 1).patch);
        values.append(QJsonObject{
            {s("capabilities"),
             QJsonObject{{s("supportPlan"), QJsonArray::fromStringList(v.at(i).plans)}}},
            {s("isDefault"), v.at(i).isDefault ? QJsonValue(true) : QJsonValue()},
            {s("isPreview"), v.at(i).isPreview ? QJsonValue(true) : QJsonValue()},
            {s("patchVersions"),
             QJsonObject{{v.at(i).patch, QJsonObject{{s("upgrades"), upgrades}}}}},
            {s("version"), v.at(i).version}});
    }
    QString sub;
    c.store.read([&](State& st) { sub = arm::subscriptionPath(st); });
    c.print(
        QJsonObject{{s("id"), QString(sub + s("/providers/Microsoft.ContainerService/locations/") +
                                      c.value(s("--location")) + s("/kubernetesVersions/default"))},
                    {s("name"), s("default")},
                    {s("type"), s("Microsoft.ContainerService/locations/kubernetesVersions")},
                    {s("values"), values}},
        [](const QJsonValue& r) {
            QList<TableRow> rows;
            for (const QJsonValue& x : r.toObject().value(s("values")).toArray()) {
                const QJsonObject o = x.toObject();
                const QJsonObject patches = o.value(s("patchVersions")).toObject();
                QStringList ups;
                for (const QJsonValue& u :
                     patches.begin().value().toObject().value(s("upgrades")).toArray())
                    ups << u.toString();
                rows << TableRow{
                    {s("KubernetesVersion"), patches.keys().value(0)},
                    {s("Upgrades"), ups.isEmpty() ? s("None available") : ups.join(s(", "))},
                    {s("SupportPlan"), o.value(s("capabilities"))
                                           .toObject()
                                           .value(s("supportPlan"))
                                           .toVariant()
                                           .toStringList()
                                           .join(s(", "))}};
            }
            return rows;
        });
}

void getCredentials(AzContext& c)
{
    const QString rg = c.value(s("--resource-group"));
    const QString name = c.value(s("--name"));
    const bool admin = c.args.flag(s("--admin"));
    QString context = c.value(s("--context"), admin ? name + s("-admin") : name);
    QString server;
    c.env.latency(Durations::seconds(s("aks get-credentials")));
    c.store.update([&](State& st) {
        QJsonObject& cluster = aks::requireCluster(st, rg, name);
        const QJsonObject body = cluster.value(s("body")).toObject();
        if (admin && body.value(s("disableLocalAccounts")).toBool())
            armFail(s("BadRequest"), s("Getting static credential is not allowed because this "
                                       "cluster is set to disable local accounts."));
        server = s("https://") + body.value(s("fqdn")).toString() + s(":443");
        if (c.value(s("--file")) == QLatin1String("-"))
            return;
        // What the merge adds: a context, a cluster named after the AKS cluster and a user
        // clusterUser_<group>_<cluster> (clusterAdmin_... with --admin).
        const QString user = s(admin ? "clusterAdmin_%1_%2" : "clusterUser_%1_%2").arg(rg, name);
        QJsonObject& kube = st.section(s("kubeconfig"));
        const auto add = [&kube](const QString& section, const QString& key,
                                 const QJsonObject& entry) {
            QJsonObject entries = kube.value(section).toObject();
            entries.insert(key, entry);
            kube.insert(section, entries);
        };
        add(s("contexts"), context,
            QJsonObject{{s("clusterId"), cluster.value(s("id"))},
                        {s("cluster"), name},
                        {s("user"), user},
                        {s("server"), server}});
        add(s("clusters"), name,
            QJsonObject{{s("clusterId"), cluster.value(s("id"))}, {s("server"), server}});
        add(s("users"), user, QJsonObject());
        kube.insert(s("currentContext"), context);
    });
    const QString file = c.value(s("--file"), c.env.home + s("/.kube/config"));
    if (file == QLatin1String("-")) {
        // The simulator keeps no secret, so the token is a placeholder.
        out(QStringLiteral("apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: "
                           "U0lNVUxBVEVE\n    server: %1\n  name: %2\ncontexts:\n- context:\n    "
                           "cluster: %2\n    user: %5_%3_%2\n  name: %4\ncurrent-context: "
                           "%4\nkind: Config\npreferences: {}\nusers:\n- name: %5_%3_%2\n  "
                           "user:\n    token: simulated\n")
                .arg(server, name, rg, context, admin ? s("clusterAdmin") : s("clusterUser")));
        return;
    }
    err(QStringLiteral("Merged \"%1\" as current context in %2\n").arg(context, file));
}

} // namespace

void addAksCommands(QList<AzCommand>& t)
{
    t << AzCommand{
        s("aks create"),
        s("Create a new managed Kubernetes cluster."),
        {nameOpt(),
         groupOpt(),
         locationOpt(),
         tagsOpt(),
         Opt::flag(s("--generate-ssh-keys")),
         Opt::value(s("--ssh-key-value")),
         Opt::flag(s("--no-ssh-key -x")),
         Opt::value(s("--node-resource-group")),
         Opt::flag(s("--enable-managed-identity")),
         Opt::value(s("--assign-identity")),
         Opt::value(s("--assign-kubelet-identity")),
         Opt::value(s("--network-plugin")).oneOf({s("azure"), s("kubenet"), s("none")}),
         Opt::value(s("--network-plugin-mode")).oneOf({s("overlay")}),
         Opt::value(s("--network-dataplane")).oneOf({s("azure"), s("cilium")}),
         Opt::value(s("--network-policy")).oneOf({s("azure"), s("calico"), s("cilium"), s("none")}),
         Opt::value(s("--pod-cidr")),
         Opt::value(s("--service-cidr")),
         Opt::value(s("--dns-service-ip")),
         Opt::value(s("--nodepool-name")),
         Opt::value(s("--node-count -c")).num(),
         Opt::flag(s("--enable-oidc-issuer")),
         Opt::flag(s("--enable-workload-identity")),
         Opt::flag(s("--enable-cluster-autoscaler")),
         Opt::value(s("--min-count")).num(),
         Opt::value(s("--max-count")).num(),
         Opt::value(s("--node-vm-size -s")),
         Opt::flag(s("--enable-azure-monitor-metrics")),
         Opt::value(s("--azure-monitor-workspace-resource-id")),
         Opt::value(s("--grafana-resource-id")),
         Opt::value(s("--api-server-authorized-ip-ranges")),
         Opt::value(s("--tier")).oneOf({s("free"), s("standard"), s("premium")}),
         Opt::value(s("--k8s-support-plan")).oneOf({s("KubernetesOfficial"), s("AKSLongTermSupport")}),
         Opt::value(s("--kubernetes-version -k")),
         Opt::list(s("--zones -z")),
         Opt::value(s("--dns-name-prefix -p")),
         Opt::anyList(s("--nodepool-labels")),
         Opt::anyList(s("--nodepool-taints")),
         Opt::value(s("--max-pods -m")).num(),
         Opt::value(s("--os-sku")),
         Opt::flag(s("--enable-aad")),
         Opt::flag(s("--enable-azure-rbac")),
         Opt::flag(s("--disable-local-accounts")),
         Opt::value(s("--load-balancer-sku")),
         Opt::value(s("--outbound-type")),
         Opt::value(s("--vm-set-type")),
         Opt::value(s("--attach-acr")),
         Opt::flag(s("--no-wait")),
         Opt::flag(s("--yes -y"))},
        aksCreate};
    t << AzCommand{s("aks show"),
                   s("Show the details for a managed Kubernetes cluster."),
                   {nameOpt(), groupOpt()},
                   aksShow};
    t << AzCommand{
        s("aks list"), s("List managed Kubernetes clusters."), {groupOpt(false)}, aksList};
    t << AzCommand{s("aks get-versions"),
                   s("Get the versions available for creating a managed Kubernetes cluster."),
                   {locationOpt().req()},
                   getVersions};
    t << AzCommand{s("aks get-credentials"),
                   s("Get access credentials for a managed Kubernetes cluster."),
                   {nameOpt(), groupOpt(), Opt::flag(s("--admin -a")), Opt::value(s("--context")),
                    Opt::value(s("--file -f")), Opt::flag(s("--overwrite-existing")),
                    Opt::boolean(s("--public-fqdn")), Opt::value(s("--format"))},
                   getCredentials};
    addAksPoolCommands(t);
}

} // namespace cnpg::sim
