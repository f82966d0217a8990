// The stages of the second guide (deploy-postgresql-ha.md) that prepare the database cluster:
// workload identity for backups, the application user's secret and the database cluster.
#include "plan/ClusterManifest.h"
#include "plan/PlanBuilderHelpers.h"

namespace cnpg::planbuild {

namespace {
QString s(const char* latin1)
{
    return QString::fromLatin1(latin1);
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
        Step k = step(s("k8s.secret.app"),
                      QT_TRANSLATE_NOOP("cnpg::Plan", "Create the application user's secret"),
                      s("app-secret"), K::Create,
                      kubectl(QStringList{s("create"), s("secret"), s("generic"), secret} + where +
                              QStringList{s("--type"), s("kubernetes.io/basic-auth"),
                                          s("--from-literal=username=app"),
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
        p << w;
    }
}

} // namespace cnpg::planbuild
