// Deletes that wait (steptype::DeleteWait): a resource that is gone already is no error, so a
// teardown that was interrupted runs again to the end and deletes nothing twice.
#include "plan/TeardownBuilder.h"

#include "plan/PlanBuilderHelpers.h"

namespace cnpg {

using namespace planbuild;

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

} // namespace

QString TeardownBuilder::kubeconfigUser(const Settings& settings)
{
    return s("clusterUser_") + settings.value(keys::ResourceGroup) + QLatin1Char('_') +
           settings.value(keys::ClusterName);
}

QString TeardownBuilder::kubeconfigGonePattern()
{
    return s("^error: cannot delete (context|cluster|user) .*, not in ");
}

QList<Stage> TeardownBuilder::stages()
{
    return {
        {s("teardown-workspace"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("cnpg::Plan", "Log Analytics workspace"))},
        {s("teardown-group"), QString::fromUtf8(QT_TRANSLATE_NOOP("cnpg::Plan", "Resource group"))},
        {s("teardown-node-group"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("cnpg::Plan", "AKS node resource group"))},
        {s("teardown-kubeconfig"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("cnpg::Plan", "Local kubeconfig"))}};
}

Plan TeardownBuilder::build(const Settings& st, const Options& options)
{
    const Common c(st);
    QList<Step> p;
    QStringList needs;
    if (options.purgeWorkspace) {
        // --force: deleted for good, and its name free at once (no 14-day soft delete).
        const QStringList ws = {s("--resource-group"), c.rg, s("--workspace-name"), var(keys::Ala)};
        Step w =
            step(s("teardown.workspace"),
                 QT_TRANSLATE_NOOP("cnpg::Plan", "Delete the Log Analytics workspace for good"),
                 s("teardown-workspace"), StepKind::Delete,
                 az(QStringList{s("monitor"), s("log-analytics"), s("workspace"), s("delete")} +
                    ws + QStringList{s("--force"), s("true"), s("--yes")}),
                 {}, 30);
        w.type = steptype::DeleteWait;
        w.probe =
            probe(az(QStringList{s("monitor"), s("log-analytics"), s("workspace"), s("show")} + ws +
                     c.queryId));
        w.retryOn = {T::Throttled, T::InternalServerError};
        resource(w, s("Microsoft.OperationalInsights/workspaces"), var(keys::Ala), c.rg);
        p << w;
        needs << w.id;
    }

    // --no-wait, then the probe: a delete of the whole group takes 10 to 20 minutes, and a
    // cancelled wait leaves Azure deleting, which the next run finds and waits for.
    Step g = step(s("teardown.group"), QT_TRANSLATE_NOOP("cnpg::Plan", "Delete the resource group"),
                  s("teardown-group"), StepKind::Delete,
                  az({s("group"), s("delete"), s("--name"), c.rg, s("--yes"), s("--no-wait")}),
                  needs, 900);
    g.type = steptype::DeleteWait;
    g.probe = probe(az(QStringList{s("group"), s("show"), s("--name"), c.rg} + c.queryId));
    g.waitIntervalMs = 15000;
    g.waitTimeoutSeconds = 3600;
    g.retryOn = {T::Throttled, T::InternalServerError};
    resource(g, s("Microsoft.Resources/resourceGroups"), c.rg);
    p << g;

    // AKS deletes its node resource group with the cluster; deleting it by hand is refused.
    Step n = step(s("teardown.node-group"),
                  QT_TRANSLATE_NOOP("cnpg::Plan", "Wait for the AKS node resource group to go"),
                  s("teardown-node-group"), StepKind::Delete,
                  az({s("group"), s("wait"), s("--name"), var(keys::ManagedRg), s("--deleted"),
                      s("--interval"), s("15"), s("--timeout"), s("3600")}),
                  {g.id}, 300);
    n.retryOn = {T::Throttled, T::InternalServerError};
    resource(n, s("Microsoft.Resources/resourceGroups"), var(keys::ManagedRg));
    p << n;

    // What `az aks get-credentials` merged into this machine's kubeconfig, once the cluster is
    // gone: kubectl says in words of its own (exit 1) that an entry is not there any more.
    const struct
    {
        const char* id;
        const char* title;
        const char* what;
        QString name;
    } local[] = {
        {"teardown.kubeconfig.context",
         QT_TRANSLATE_NOOP("cnpg::Plan", "Remove the cluster's context from the kubeconfig"),
         "delete-context", c.cluster},
        {"teardown.kubeconfig.cluster",
         QT_TRANSLATE_NOOP("cnpg::Plan", "Remove the cluster from the kubeconfig"),
         "delete-cluster", c.cluster},
        {"teardown.kubeconfig.user",
         QT_TRANSLATE_NOOP("cnpg::Plan", "Remove the cluster's user from the kubeconfig"),
         "delete-user", s("clusterUser_") + c.rg + QLatin1Char('_') + c.cluster},
    };
    for (const auto& l : local) {
        Step k = step(s(l.id), l.title, s("teardown-kubeconfig"), StepKind::Delete,
                      kubectl({s("config"), s(l.what), l.name}), {n.id}, 1);
        k.type = steptype::DeleteWait;
        k.goneOn = kubeconfigGonePattern();
        p << k;
    }

    pinSubscription(st, p);
    return Plan(p, stages());
}

} // namespace cnpg
