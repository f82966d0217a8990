// The stages of the second guide (deploy-postgresql-ha.md) and its companion
// (validate-postgresql-ha.md): workload identity for backups, the application user's secret,
// the database cluster, its backups, its public endpoints and its monitoring.
#include "plan/ClusterManifest.h"
#include "plan/DatabaseManifests.h"
#include "plan/PlanBuilderHelpers.h"
#include "settings/PinnedVersions.h"

namespace cnpg::planbuild {

namespace {
QString s(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

// `kubectl apply -f -` of one manifest in the database namespace, created once: the probe
// looks the object up by `type` (kubectl's plural.group) and name.
Step applyStep(const QString& id, const char* title, const QString& stage, const QStringList& where,
               const QByteArray& manifest, const QString& type, const QString& kind,
               const QString& name, QStringList needs)
{
    Step a = step(id, title, stage, StepKind::Create,
                  kubectl(QStringList{s("apply")} + where + QStringList{s("-f"), s("-")}),
                  std::move(needs), 3);
    a.type = steptype::Input;
    a.input = manifest;
    a.expandInput = manifest.contains("${");
    a.probe = probe(
        kubectl(QStringList{s("get"), type, name} + where + QStringList{s("--output"), s("name")}));
    a.retryOn = {T::KubernetesApi};
    resource(a, kind, name);
    return a;
}

// Stages 18 to 20: what validate-postgresql-ha.md adds around the running cluster.
void addBackups(const Settings& st, const Common& c, const QStringList& where, QList<Step>& p)
{
    using D = DatabaseManifests;
    const QString cluster = var(keys::PgClusterName);
    p << applyStep(s("pg.backup.schedule"), QT_TRANSLATE_NOOP("cnpg::Plan", "Schedule the backups"),
                   s("pg-backups"), where, D::scheduledBackup(st),
                   s("scheduledbackups.postgresql.cnpg.io"), s("ScheduledBackup"),
                   D::scheduledBackupName(cluster), {s("verify.cluster")});
    // The validation guide checks "Working WAL archiving: OK" (kubectl cnpg status) before the
    // first backup; that line is the Cluster's ContinuousArchiving condition.
    Step a = step(
        s("verify.archiving"), QT_TRANSLATE_NOOP("cnpg::Plan", "Wait until WAL archiving works"),
        s("pg-backups"), StepKind::Verify,
        kubectl(QStringList{s("wait"), s("clusters.postgresql.cnpg.io/") + cluster,
                            s("--for=condition=ContinuousArchiving"), s("--timeout=900s")} +
                where),
        {s("verify.cluster")}, 60);
    a.retryOn = {T::KubernetesApi};
    p << a;
    const QString backup = D::onDemandBackupName(cluster);
    p << applyStep(s("pg.backup.now"), QT_TRANSLATE_NOOP("cnpg::Plan", "Start a first backup"),
                   s("pg-backups"), where, D::onDemandBackup(st), s("backups.postgresql.cnpg.io"),
                   s("Backup"), backup, {s("verify.archiving")});
    // CloudNativePG's phases are lower case; a failed backup stays "failed" and the wait
    // ends at its timeout.
    Step w = step(
        s("verify.backup"), QT_TRANSLATE_NOOP("cnpg::Plan", "Wait until the backup has completed"),
        s("pg-backups"), StepKind::Verify,
        kubectl(QStringList{s("wait"), s("backups.postgresql.cnpg.io/") + backup,
                            s("--for=jsonpath={.status.phase}=completed"), s("--timeout=3600s")} +
                where),
        {s("pg.backup.now")}, 120);
    w.retryOn = {T::KubernetesApi};
    w.liveStatus = kubectl(QStringList{s("get"), s("backups.postgresql.cnpg.io"), backup} + where +
                           QStringList{s("--output"), s("jsonpath={.status.phase}")});
    p << w;
    // The validation guide's proof that the backup reached the container: barman names a base
    // backup by its id and puts it under <serverName>/base/<backupId>/, backup.info last.
    p << reader(s("pg.backup.id"), QT_TRANSLATE_NOOP("cnpg::Plan", "Read the backup's ID"),
                s("pg-backups"),
                kubectl(QStringList{s("get"), s("backups.postgresql.cnpg.io"), backup} + where +
                        QStringList{s("--output"), s("jsonpath={.status.backupId}")}),
                {s("verify.backup")}, s("PG_BACKUP_ID"));
    Step blob = step(
        s("verify.backup.blob"),
        QT_TRANSLATE_NOOP("cnpg::Plan", "Check that the backup is in the storage container"),
        s("pg-backups"), StepKind::Verify,
        az({s("storage"), s("blob"), s("list"), s("--account-name"), c.account,
            s("--container-name"), var(keys::BackupContainer), s("--auth-mode"), s("login"),
            s("--prefix"), cluster + s("/base/") + var(s("PG_BACKUP_ID")) + s("/"), s("--query"),
            s("[?ends_with(name, '/backup.info')] | length(@)"), s("--output"), s("tsv")}),
        {s("pg.backup.id"), s("storage.container")}, 5);
    blob.type = steptype::Expect;
    blob.expectOutput = s("1");
    blob.retryOn = {T::Throttled, T::InternalServerError};
    p << blob;
}

void addAccess(const Settings& st, const QStringList& where, QList<Step>& p)
{
    using D = DatabaseManifests;
    for (const D::Endpoint e : {D::Endpoint::ReadWrite, D::Endpoint::ReadOnly}) {
        const bool rw = e == D::Endpoint::ReadWrite;
        const QString name = D::loadBalancerName(e);
        const QString id = rw ? s("pg.service.rw") : s("pg.service.ro");
        p << applyStep(id,
                       rw ? QT_TRANSLATE_NOOP("cnpg::Plan", "Expose the read-write endpoint")
                          : QT_TRANSLATE_NOOP("cnpg::Plan", "Expose the read-only endpoint"),
                       s("pg-access"), where, D::loadBalancer(st, e), s("services"), s("Service"),
                       name, {s("pip.create"), s("pip.noderg"), s("pg.cluster")});
        // Azure's load balancer is in place once the service reports the static address.
        Step w = step(
            rw ? s("verify.service.rw") : s("verify.service.ro"),
            rw ? QT_TRANSLATE_NOOP("cnpg::Plan", "Wait for the read-write endpoint's public IP")
               : QT_TRANSLATE_NOOP("cnpg::Plan", "Wait for the read-only endpoint's public IP"),
            s("pg-access"), StepKind::Verify,
            kubectl(QStringList{s("wait"), s("services/") + name,
                                s("--for=jsonpath={.status.loadBalancer.ingress[0].ip}=") +
                                    var(s("AKS_PRIMARY_CLUSTER_PUBLICIP_ADDRESS")),
                                s("--timeout=600s")} +
                    where),
            {id, s("pip.address")}, 30);
        w.retryOn = {T::KubernetesApi};
        p << w;
    }
}

void addMonitoring(const Settings& st, const QStringList& where, QList<Step>& p)
{
    using D = DatabaseManifests;
    p << applyStep(s("pg.podmonitor"),
                   QT_TRANSLATE_NOOP("cnpg::Plan", "Create the pod monitor for Managed Prometheus"),
                   s("pg-monitoring"), where, D::podMonitor(st),
                   s("podmonitors.azmonitoring.coreos.com"), s("PodMonitor"), D::podMonitorName(),
                   {s("pg.cluster")});

    // Grafana answers by the caller's Grafana role. az grafana create makes its creator Grafana
    // Admin after the instance exists, so a create that was interrupted (or a Grafana someone
    // else made) leaves none: assign it unless the probe finds it, as the other roles are.
    const QString user = s("GRAFANA_USER_ID");
    const QString admin = s("Grafana Admin");
    const QString grafanaId = var(s("GRAFANA_RESOURCE_ID"));
    p << reader(s("grafana.user"), QT_TRANSLATE_NOOP("cnpg::Plan", "Look up the signed-in user"),
                s("pg-monitoring"),
                az({s("ad"), s("signed-in-user"), s("show"), s("--query"), s("id"), s("--output"),
                    s("tsv")}),
                {s("monitoring.grafana")}, user);
    Step r =
        step(s("grafana.role.user"),
             QT_TRANSLATE_NOOP("cnpg::Plan", "Make the signed-in user Grafana Admin"),
             s("pg-monitoring"), StepKind::Create,
             az({s("role"), s("assignment"), s("create"), s("--role"), admin,
                 s("--assignee-object-id"), var(user), s("--assignee-principal-type"), s("User"),
                 s("--scope"), grafanaId, s("--query"), s("id"), s("--output"), s("tsv")}),
             {s("grafana.user"), s("monitoring.grafana")}, 10);
    r.probe = roleProbe(var(user), admin, grafanaId);
    r.retryOn = {T::Throttled, T::InternalServerError};
    resource(r, s("Microsoft.Authorization/roleAssignments"), admin);
    p << r;

    // CloudNativePG's dashboard in the Managed Grafana of the first guide, from a pinned
    // release. The amg extension fills its Prometheus input (DS_PROMETHEUS) with the data
    // source that linking the Azure Monitor workspace made. No --overwrite: the probe finds the
    // dashboard by its uid, and a copy someone has changed since is kept.
    const QStringList grafana = {s("--name"), var(keys::Grafana), s("--resource-group"),
                                 var(keys::ResourceGroup)};
    const QString uid = pinned::cnpgDashboardUid();
    Step d =
        step(s("grafana.dashboard"),
             QT_TRANSLATE_NOOP("cnpg::Plan", "Import the CloudNativePG dashboard into Grafana"),
             s("pg-monitoring"), StepKind::Create,
             az(QStringList{s("grafana"), s("dashboard"), s("import")} + grafana +
                QStringList{s("--definition"), var(keys::GrafanaDashboardUrl), s("--query"),
                            s("uid"), s("--output"), s("tsv")}),
             {s("pg.podmonitor"), s("grafana.role.user")}, 10);
    d.probe = probe(az(QStringList{s("grafana"), s("dashboard"), s("list")} + grafana +
                       QStringList{s("--query"), s("[?uid=='") + uid + s("'].uid | [0]"),
                                   s("--output"), s("tsv")}),
                    uid);
    d.retryOn = {T::Throttled, T::InternalServerError, T::GrafanaApi};
    // A role granted a moment ago may take minutes to reach Grafana, and one the user may not
    // grant is for an Owner to give: the run cannot fix a 403 by itself.
    d.remedyText = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "cnpg::Plan",
        "A 403 (Access denied) means Grafana does not see a Grafana role of yours on this "
        "Grafana yet: a role assigned a moment ago takes a few minutes to arrive, so wait, then "
        "run again. If it stays, ask an Owner or User Access Administrator to run az role "
        "assignment create --role \"Grafana Admin\" --assignee <your sign-in name> --scope "
        "<the Grafana's resource ID>."));
    resource(d, s("Dashboard"), uid);
    p << d;
}

// Stage 21: the validation guide's connection test. `kubectl cnpg psql` runs psql in the
// primary's pod, or with --replica in a standby's; each must answer pg_is_in_recovery() as its
// role says. No TTY and no stdin: the answer is read, not typed.
void addVerification(const Settings& st, const QStringList& where, QList<Step>& p)
{
    const bool standbys = st.value(keys::PgInstances).toInt() > 1;
    for (const bool replica : {false, true}) {
        if (replica && !standbys)
            continue; // a single instance has no standby to ask
        QStringList args = {s("cnpg"), s("psql"), var(keys::PgClusterName)};
        if (replica)
            args << s("--replica");
        args << s("--tty=false") << s("--stdin=false");
        args += where;
        args << s("--") << s("--tuples-only") << s("--no-align") << s("--command")
             << s("SELECT pg_is_in_recovery()");
        Step v = step(replica ? s("verify.sql.replica") : s("verify.sql.primary"),
                      replica ? QT_TRANSLATE_NOOP("cnpg::Plan", "Check that a standby is read-only")
                              : QT_TRANSLATE_NOOP("cnpg::Plan", "Check that the primary accepts "
                                                                "writes"),
                      s("pg-verify"), StepKind::Verify, kubectl(args),
                      {s("krew.cnpg"), s("verify.cluster")}, 5);
        v.type = steptype::Expect;
        v.expectOutput = replica ? s("t") : s("f");
        v.retryOn = {T::KubernetesApi};
        p << v;
    }
}

} // namespace

void addPostgresStages(const Settings& st, const Common& c, QList<Step>& p)
{
    using K = StepKind;
    const QStringList clusterArgs = {s("--name"), c.cluster, s("--resource-group"), c.rg};
    const QString issuer = s("AKS_PRIMARY_CLUSTER_OIDC_ISSUER");

    // 15. Workload identity for backups: the operator names the service account of the
    // database pods after the cluster, so the subject is fixed before the cluster exists.
    {
        p << reader(s("aks.oidc"),
                    QT_TRANSLATE_NOOP("cnpg::Plan", "Read the cluster's OIDC issuer"),
                    s("backup-identity"),
                    az(QStringList{s("aks"), s("show")} + clusterArgs +
                       QStringList{s("--query"), s("oidcIssuerProfile.issuerUrl")} + c.outTsv),
                    {s("aks.create")}, issuer);
        const QStringList credentialArgs = {s("--name"),           var(keys::FedCredential),
                                            s("--identity-name"),  var(keys::IdentityName),
                                            s("--resource-group"), c.rg};
        Step f = step(
            s("identity.federated"),
            QT_TRANSLATE_NOOP("cnpg::Plan", "Create the federated credential for backups"),
            s("backup-identity"), K::Create,
            az(QStringList{s("identity"), s("federated-credential"), s("create")} + credentialArgs +
               QStringList{s("--issuer"), var(issuer), s("--subject"),
                           s("system:serviceaccount:") + var(keys::PgNamespace) + s(":") +
                               var(keys::PgClusterName),
                           s("--audiences"), s("api://AzureADTokenExchange")} +
               c.queryId),
            {s("identity.create"), s("aks.oidc")}, 5);
        f.probe = probe(az(QStringList{s("identity"), s("federated-credential"), s("show")} +
                           credentialArgs + c.queryId));
        f.retryOn = {T::Throttled, T::InternalServerError};
        resource(f,
                 s("Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials"),
                 var(keys::FedCredential), c.rg, var(keys::IdentityName));
        p << f;
    }

    // 16. The application user's secret. The password is drawn when the step runs and reaches
    // kubectl through a pipe only (steptype::GeneratedSecret); a secret that exists is kept, so
    // that a second run does not change the password under a running database.
    {
        const QString secret = ClusterManifest::appSecretName();
        const QStringList where = {s("--namespace"), var(keys::PgNamespace), s("--context"),
                                   c.cluster};
        Step k =
            step(s("k8s.secret.app"),
                 QT_TRANSLATE_NOOP("cnpg::Plan", "Create the application user's secret"),
                 s("app-secret"), K::Create,
                 kubectl(QStringList{s("create"), s("secret"), s("generic"), secret} + where +
                         QStringList{s("--type"), s("kubernetes.io/basic-auth"),
                                     s("--from-literal=username=") + ClusterManifest::appUser(),
                                     s("--from-file=password=/dev/stdin")}),
                 {s("k8s.namespace.pg")}, 2);
        k.type = steptype::GeneratedSecret;
        k.probe = probe(kubectl(QStringList{s("get"), s("secret"), secret} + where +
                                QStringList{s("--output"), s("name")}));
        resource(k, s("Secret"), secret);
        p << k;
    }

    // 17. The Cluster, then the wait until every instance is ready (the operator creates the
    // primary, then the standbys one by one).
    {
        const QString name = var(keys::PgClusterName);
        const QStringList where = {s("--namespace"), var(keys::PgNamespace), s("--context"),
                                   c.cluster};
        Step a =
            step(s("pg.cluster"), QT_TRANSLATE_NOOP("cnpg::Plan", "Create the PostgreSQL cluster"),
                 s("pg-cluster"), K::Create,
                 kubectl(QStringList{s("apply")} + where + QStringList{s("-f"), s("-")}),
                 {s("helm.install"), s("k8s.secret.app"), s("identity.federated"),
                  s("storage.role.identity"), s("aks.nodepool")},
                 5);
        a.type = steptype::Input;
        a.input = ClusterManifest::build(st);
        a.expandInput = true;
        a.probe = probe(kubectl(QStringList{s("get"), s("clusters.postgresql.cnpg.io"), name} +
                                where + QStringList{s("--output"), s("name")}));
        a.retryOn = {T::KubernetesApi};
        resource(a, s("Cluster"), name);
        p << a;
        Step w = step(s("verify.cluster"),
                      QT_TRANSLATE_NOOP("cnpg::Plan", "Wait until every instance is ready"),
                      s("pg-cluster"), K::Verify,
                      kubectl(QStringList{s("wait"), s("clusters.postgresql.cnpg.io/") + name,
                                          s("--for=condition=Ready"), s("--timeout=1800s")} +
                              where),
                      {s("pg.cluster")}, 300);
        w.retryOn = {T::KubernetesApi};
        // The operator's phase (the primary being set up, replicas being created, healthy)
        // and how many of the instances asked for are ready. The desired count is the spec's:
        // status.instances counts the PVC groups created so far.
        w.liveStatus = kubectl(
            QStringList{s("get"), s("clusters.postgresql.cnpg.io"), name} + where +
            QStringList{s("--output"), s("jsonpath={.status.phase}{\"\\t\"}"
                                         "{.status.readyInstances}{\"/\"}{.spec.instances}")});
        p << w;
    }

    const QStringList where = {s("--namespace"), var(keys::PgNamespace), s("--context"), c.cluster};
    // 18. Backups: the schedule, and one backup now, which the run waits for.
    addBackups(st, c, where, p);
    // 19. Access from outside through the static public IP of stage 13.
    addAccess(st, where, p);
    // 20. Monitoring in Azure Managed Prometheus, and CloudNativePG's dashboard in Grafana.
    addMonitoring(st, where, p);
    // 21. The connection test: the primary writes, a standby only reads.
    addVerification(st, where, p);
}

} // namespace cnpg::planbuild
