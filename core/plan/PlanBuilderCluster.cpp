// Stages 8 to 14 of the guide: monitoring, the cluster and what runs on it.
#include "plan/PlanBuilderHelpers.h"

namespace cnpg::planbuild {

namespace {
QString s(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

// az starts an autoscaled pool with --node-count, 3 by default, and refuses a range without it.
// The guide's ranges (2-3, 3-6) contain 3 and leave the flag out; other ranges start at min.
void insertNodeCount(const Settings& st, const QString& minKey, const QString& maxKey,
                     QStringList& args)
{
    constexpr int azDefaultNodeCount = 3;
    if (st.intValue(minKey) <= azDefaultNodeCount && azDefaultNodeCount <= st.intValue(maxKey))
        return;
    const int at = int(args.indexOf(s("--min-count")));
    args.insert(at, var(minKey));
    args.insert(at, s("--node-count"));
}
} // namespace

void addClusterStages(const Settings& st, const Common& c, QList<Step>& p)
{
    using K = StepKind;
    const QStringList rgArg = {s("--resource-group"), c.rg};
    const QStringList clusterArgs = {s("--name"), c.cluster, s("--resource-group"), c.rg};
    const QList<TransientError> azureHiccups = {T::Throttled, T::InternalServerError};
    const QList<TransientError> aksBusy = {T::OperationNotAllowed, T::Throttled,
                                           T::InternalServerError};
    const QString nodeRg = var(s("AKS_PRIMARY_CLUSTER_NODERG_NAME"));
    const QList<TransientError> kubeBusy = {T::KubernetesApi};

    // 8. Monitoring: Grafana, Azure Monitor workspace, Log Analytics workspace.
    {
        const QStringList common = rgArg + QStringList{s("--name"), var(keys::Grafana)};
        Step g =
            step(s("monitoring.grafana"),
                 QT_TRANSLATE_NOOP("cnpg::Plan", "Create Azure Managed Grafana"), s("monitoring"),
                 K::Create,
                 az(QStringList{s("grafana"), s("create")} + common +
                    QStringList{s("--location"), c.region, s("--zone-redundancy"), s("Enabled")} +
                    c.tags + c.queryId),
                 {s("group.create"), s("ext.amg")}, 270);
        g.captures = {{s("GRAFANA_RESOURCE_ID"), {}}};
        g.probe = probe(az(QStringList{s("grafana"), s("show")} + common + c.queryId));
        g.retryOn = azureHiccups;
        resource(g, s("Microsoft.Dashboard/grafana"), var(keys::Grafana), c.rg);
        p << g;

        const QStringList amwArgs = {s("--name"), var(keys::Amw), s("--resource-group"), c.rg};
        Step a = step(s("monitoring.amw"),
                      QT_TRANSLATE_NOOP("cnpg::Plan", "Create the Azure Monitor workspace"),
                      s("monitoring"), K::Create,
                      az(QStringList{s("monitor"), s("account"), s("create")} + amwArgs +
                         QStringList{s("--location"), c.region} + c.tags + c.queryId),
                      {s("group.create")}, 30);
        a.captures = {{s("AMW_RESOURCE_ID"), {}}};
        a.probe =
            probe(az(QStringList{s("monitor"), s("account"), s("show")} + amwArgs + c.queryId));
        a.retryOn = azureHiccups;
        resource(a, s("Microsoft.Monitor/accounts"), var(keys::Amw), c.rg);
        p << a;

        const QStringList lawArgs = rgArg + QStringList{s("--workspace-name"), var(keys::Ala)};
        Step l =
            step(s("monitoring.law"),
                 QT_TRANSLATE_NOOP("cnpg::Plan", "Create the Log Analytics workspace"),
                 s("monitoring"), K::Create,
                 az(QStringList{s("monitor"), s("log-analytics"), s("workspace"), s("create")} +
                    lawArgs + QStringList{s("--location"), c.region} + c.queryId),
                 {s("group.create")}, 30);
        l.captures = {{s("ALA_RESOURCE_ID"), {}}};
        l.probe =
            probe(az(QStringList{s("monitor"), s("log-analytics"), s("workspace"), s("show")} +
                     lawArgs + c.queryId));
        l.retryOn = azureHiccups;
        resource(l, s("Microsoft.OperationalInsights/workspaces"), var(keys::Ala), c.rg);
        p << l;
    }

    // 9. The AKS cluster, with exactly the guide's flags.
    {
        QStringList args = {s("aks"), s("create"), s("--name"), c.cluster};
        args << c.tags;
        args << rgArg
             << QStringList{s("--location"),
                            c.region,
                            s("--generate-ssh-keys"),
                            s("--node-resource-group"),
                            var(keys::ManagedRg),
                            s("--enable-managed-identity"),
                            s("--assign-identity"),
                            var(s("AKS_UAMI_WORKLOAD_RESOURCEID")),
                            s("--network-plugin"),
                            s("azure"),
                            s("--network-plugin-mode"),
                            s("overlay"),
                            s("--network-dataplane"),
                            s("cilium"),
                            s("--nodepool-name"),
                            s("systempool"),
                            s("--enable-oidc-issuer"),
                            s("--enable-workload-identity"),
                            s("--enable-cluster-autoscaler"),
                            s("--min-count"),
                            var(keys::SystemMinCount),
                            s("--max-count"),
                            var(keys::SystemMaxCount),
                            s("--node-vm-size"),
                            var(keys::SystemVmSku),
                            s("--enable-azure-monitor-metrics"),
                            s("--azure-monitor-workspace-resource-id"),
                            var(s("AMW_RESOURCE_ID")),
                            s("--grafana-resource-id"),
                            var(s("GRAFANA_RESOURCE_ID")),
                            s("--api-server-authorized-ip-ranges"),
                            var(keys::ClientIp),
                            s("--tier"),
                            var(keys::Tier),
                            s("--kubernetes-version"),
                            var(keys::ClusterVersion)};
        // Long-term support: the tier is premium (validated), and az needs the plan named.
        if (st.value(keys::SupportPlan) == s("AKSLongTermSupport"))
            args << s("--k8s-support-plan") << var(keys::SupportPlan);
        args << c.zones << QStringList{s("--output"), s("table")};
        insertNodeCount(st, keys::SystemMinCount, keys::SystemMaxCount, args);
        Step a = step(s("aks.create"), QT_TRANSLATE_NOOP("cnpg::Plan", "Create the AKS cluster"),
                      s("cluster"), K::Create, az(args),
                      {s("identity.create"), s("monitoring.amw"), s("monitoring.grafana"),
                       s("ext.aks-preview")},
                      450);
        a.probe = probe(az(QStringList{s("aks"), s("show")} + clusterArgs + c.queryId));
        a.retryOn = aksBusy;
        a.lock = c.aksLock;
        resource(a, s("Microsoft.ContainerService/managedClusters"), c.cluster, c.rg);
        p << a;
    }

    // 10. The user node pool for PostgreSQL.
    {
        const QStringList poolArgs = rgArg + QStringList{s("--cluster-name"), c.cluster,
                                                         s("--name"), var(keys::UserPoolName)};
        QStringList poolCommand =
            QStringList{s("aks"), s("nodepool"), s("add")} + poolArgs +
            QStringList{s("--enable-cluster-autoscaler"),
                        s("--min-count"),
                        var(keys::UserMinCount),
                        s("--max-count"),
                        var(keys::UserMaxCount),
                        s("--node-vm-size"),
                        var(keys::UserVmSku)} +
            c.zones + QStringList{s("--labels"), s("workload=postgres"), s("--output"), s("table")};
        insertNodeCount(st, keys::UserMinCount, keys::UserMaxCount, poolCommand);
        Step n = step(s("aks.nodepool"), QT_TRANSLATE_NOOP("cnpg::Plan", "Add the user node pool"),
                      s("user-node-pool"), K::Create, az(poolCommand), {s("aks.create")}, 270);
        n.probe = probe(az(QStringList{s("aks"), s("nodepool"), s("show")} + poolArgs + c.queryId));
        n.retryOn = aksBusy;
        n.lock = c.aksLock;
        resource(n, s("Microsoft.ContainerService/managedClusters/agentPools"),
                 var(keys::UserPoolName), c.rg, c.cluster);
        p << n;
    }

    // 11. Credentials and namespaces.
    {
        p << step(s("aks.credentials"),
                  QT_TRANSLATE_NOOP("cnpg::Plan", "Get the cluster credentials"), s("credentials"),
                  K::Configure,
                  az({s("aks"), s("get-credentials"), s("--resource-group"), c.rg, s("--name"),
                      c.cluster, s("--output"), s("none")}),
                  {s("aks.create")}, 5);
        const struct
        {
            const char* id;
            const QString& key;
        } namespaces[] = {{"k8s.namespace.pg", keys::PgNamespace},
                          {"k8s.namespace.system", keys::PgSystemNamespace}};
        for (const auto& ns : namespaces) {
            Step n =
                step(s(ns.id), QT_TRANSLATE_NOOP("cnpg::Plan", "Create the namespace"),
                     s("credentials"), K::Create,
                     kubectl({s("create"), s("namespace"), var(ns.key), s("--context"), c.cluster}),
                     {s("aks.credentials")}, 2);
            n.probe = probe(kubectl({s("get"), s("namespace"), var(ns.key), s("--context"),
                                     c.cluster, s("--output"), s("name")}));
            n.retryOn = kubeBusy;
            resource(n, s("Namespace"), var(ns.key));
            p << n;
        }
    }

    // 12. Container insights, and the guide's checks that metrics and logs flow.
    {
        Step i =
            step(s("aks.insights"), QT_TRANSLATE_NOOP("cnpg::Plan", "Enable container insights"),
                 s("container-insights"), K::Create,
                 az({s("aks"), s("enable-addons"), s("--addons"), s("monitoring"), s("--name"),
                     c.cluster, s("--resource-group"), c.rg, s("--workspace-resource-id"),
                     var(s("ALA_RESOURCE_ID")), s("--output"), s("table")}),
                 {s("aks.create"), s("monitoring.law")}, 210);
        i.probe =
            probe(az(QStringList{s("aks"), s("show")} + clusterArgs +
                     QStringList{s("--query"), s("addonProfiles.omsagent.enabled")} + c.outTsv),
                  s("true"));
        i.retryOn = aksBusy;
        i.lock = c.aksLock;
        resource(i, s("Microsoft.ContainerService/managedClusters/addons"), s("monitoring"), c.rg,
                 c.cluster);
        p << i;
        const QStringList after = {s("aks.insights"), s("aks.credentials"), s("aks.nodepool")};
        for (const char* ds : {"ama-metrics-node", "ama-logs"}) {
            Step v = step(s("verify.ds.") + s(ds),
                          QT_TRANSLATE_NOOP("cnpg::Plan", "Check the monitoring DaemonSet"),
                          s("container-insights"), K::Verify,
                          kubectl({s("get"), s("ds"), s(ds), s("--context"), c.cluster,
                                   s("--namespace=kube-system")}),
                          after, 2);
            v.retryOn = kubeBusy;
            p << v;
        }
        p << step(s("verify.addons"),
                  QT_TRANSLATE_NOOP("cnpg::Plan", "Check the cluster's add-on profiles"),
                  s("container-insights"), K::Verify,
                  az({s("aks"), s("show"), s("--resource-group"), c.rg, s("--name"), c.cluster,
                      s("--query"), s("addonProfiles")}),
                  {s("aks.insights")}, 3);
    }

    // 13. The public IP for ingress and the identity's Network Contributor role.
    {
        p << reader(s("pip.noderg"),
                    QT_TRANSLATE_NOOP("cnpg::Plan", "Read the node resource group"), s("public-ip"),
                    az(QStringList{s("aks"), s("show")} + clusterArgs +
                       QStringList{s("--query"), s("nodeResourceGroup")} + c.outTsv),
                    {s("aks.create")}, s("AKS_PRIMARY_CLUSTER_NODERG_NAME"));
        const QStringList pipArgs = {s("--resource-group"), nodeRg, s("--name"),
                                     var(keys::PublicIpName)};
        QStringList zones;
        if (!c.zones.isEmpty())
            zones = {s("--zone"), list(keys::Zones)};
        Step ip =
            step(s("pip.create"), QT_TRANSLATE_NOOP("cnpg::Plan", "Create the public IP"),
                 s("public-ip"), K::Create,
                 az(QStringList{s("network"), s("public-ip"), s("create")} + pipArgs +
                    QStringList{s("--location"), c.region, s("--sku"), s("Standard")} + zones +
                    QStringList{s("--allocation-method"), s("static"), s("--output"), s("table")}),
                 {s("pip.noderg")}, 20);
        ip.probe =
            probe(az(QStringList{s("network"), s("public-ip"), s("show")} + pipArgs + c.queryId));
        ip.retryOn = azureHiccups;
        resource(ip, s("Microsoft.Network/publicIPAddresses"), var(keys::PublicIpName), nodeRg);
        p << ip;
        p << reader(s("pip.address"), QT_TRANSLATE_NOOP("cnpg::Plan", "Read the public IP address"),
                    s("public-ip"),
                    az(QStringList{s("network"), s("public-ip"), s("show")} + pipArgs +
                       QStringList{s("--query"), s("ipAddress")} + c.outTsv),
                    {s("pip.create")}, s("AKS_PRIMARY_CLUSTER_PUBLICIP_ADDRESS"));
        p << reader(
            s("pip.scope"), QT_TRANSLATE_NOOP("cnpg::Plan", "Read the node resource group's ID"),
            s("public-ip"), az(QStringList{s("group"), s("show"), s("--name"), nodeRg} + c.queryId),
            {s("pip.noderg")}, s("AKS_PRIMARY_CLUSTER_NODERG_NAME_SCOPE"));
        const QString role = s("Network Contributor");
        const QString scope = var(s("AKS_PRIMARY_CLUSTER_NODERG_NAME_SCOPE"));
        Step r = step(s("pip.role"),
                      QT_TRANSLATE_NOOP("cnpg::Plan", "Grant the identity Network Contributor"),
                      s("public-ip"), K::Create,
                      az({s("role"), s("assignment"), s("create"), s("--assignee-object-id"),
                          c.objectId, s("--assignee-principal-type"), s("ServicePrincipal"),
                          s("--role"), role, s("--scope"), scope}),
                      {s("identity.create"), s("pip.scope")}, 10);
        r.probe = roleProbe(c.objectId, role, scope);
        r.retryOn = {T::PrincipalNotFound, T::Throttled, T::InternalServerError};
        resource(r, s("Microsoft.Authorization/roleAssignments"), role);
        p << r;
    }

    // 14. The CloudNativePG operator.
    {
        const QString repo = var(keys::HelmRepoName);
        p << step(s("helm.repo.add"),
                  QT_TRANSLATE_NOOP("cnpg::Plan", "Add the CNPG Helm repository"), s("operator"),
                  K::Install, helm({s("repo"), s("add"), repo, var(keys::HelmRepoUrl)}), {}, 3);
        p << step(s("helm.repo.update"),
                  QT_TRANSLATE_NOOP("cnpg::Plan", "Update the CNPG Helm repository"), s("operator"),
                  K::Install, helm({s("repo"), s("update"), repo}), {s("helm.repo.add")}, 5);
        const QString release = var(keys::HelmRelease);
        const QString ns = var(keys::PgSystemNamespace);
        QStringList args = {s("upgrade"),
                            s("--install"),
                            release,
                            s("--namespace"),
                            ns,
                            s("--create-namespace"),
                            s("--kube-context=") + c.cluster,
                            repo + s("/") + var(keys::HelmChart),
                            s("--version"),
                            var(keys::HelmChartVersion)};
        // The second guide's operator configuration. It applies a ConfigMap in the database
        // namespace, where the operator never looks; the chart owns the ConfigMap the operator
        // reads (config.data, in its own namespace), so the values go through the chart.
        // --set-string: ConfigMap data are strings, and --set would make these numbers.
        // ENABLE_AZURE_PVC_UPDATES is not passed: the pinned operator (1.30) no longer reads it.
        for (const char* kv :
             {"config.data.CLUSTERS_ROLLOUT_DELAY=120", "config.data.STANDBY_TCP_USER_TIMEOUT=10"})
            args << s("--set-string") << s(kv);
        Step h = step(s("helm.install"),
                      QT_TRANSLATE_NOOP("cnpg::Plan", "Install the CloudNativePG operator"),
                      s("operator"), K::Create, helm(args),
                      {s("helm.repo.update"), s("aks.credentials"), s("k8s.namespace.system")}, 40);
        h.probe = probe(
            helm({s("status"), release, s("--namespace"), ns, s("--kube-context=") + c.cluster}));
        h.retryOn = kubeBusy;
        resource(h, s("HelmRelease"), release);
        p << h;
        // Helm names the deployment <release>-<chart>, or <release> when it contains the chart.
        const QString deployment = st.value(keys::HelmRelease).contains(st.value(keys::HelmChart))
                                       ? release
                                       : release + s("-") + var(keys::HelmChart);
        Step v = step(s("verify.operator"),
                      QT_TRANSLATE_NOOP("cnpg::Plan", "Check the operator deployment"),
                      s("operator"), K::Verify,
                      kubectl({s("get"), s("deployment"), s("--context"), c.cluster,
                               s("--namespace"), ns, deployment}),
                      {s("helm.install")}, 3);
        v.retryOn = kubeBusy;
        p << v;
    }
}

} // namespace cnpg::planbuild
