// The plan's graph: its structure, its dependencies and locks, and how settings shape it.
#include "plan/Plan.h"
#include "plan/PlanBuilder.h"
#include "plan/TeardownBuilder.h"
#include "settings/Settings.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace cnpg;

namespace {
Settings fixedSettings()
{
    Settings s;
    s.setValue(keys::Suffix, QStringLiteral("abc12345"));
    s.setValue(keys::DnsPrefix, QStringLiteral("a0123456789"));
    s.setValue(keys::ClientIp, QStringLiteral("203.0.113.7"));
    return s;
}

QStringList expanded(const Step& step, const Settings& s)
{
    return Plan::expandArgs(step.command.args, s.resolvedValues(), PlanBuilder::listValues(s));
}
} // namespace

class TestPlan : public QObject
{
    Q_OBJECT

private slots:
    void defaultPlanIsWellFormed()
    {
        const Plan plan = PlanBuilder::build(fixedSettings());
        QCOMPARE(plan.problems(SettingsSchema::keys()), QStringList());
    }

    void problemsAreFound()
    {
        Step a;
        a.id = QStringLiteral("a");
        a.command = {QStringLiteral("az"), {QStringLiteral("${CAPTURED}")}};
        a.needs = {QStringLiteral("b")};
        Step b;
        b.id = QStringLiteral("b");
        b.captures = {{QStringLiteral("CAPTURED"), {}}};
        Step c;
        c.id = QStringLiteral("c");
        c.needs = {QStringLiteral("nope")};
        const QStringList problems = Plan({a, b, c}).problems({});
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.at(0).contains(QLatin1String("comes later")));
        QVERIFY(problems.at(1).contains(QLatin1String("before it is captured")));
        QVERIFY(problems.at(2).contains(QLatin1String("unknown step")));
    }

    void stagesAreTheGuidesInOrder()
    {
        const Plan plan = PlanBuilder::build(fixedSettings());
        QCOMPARE(plan.stages().size(), 21);
        QSet<QString> used;
        int last = 0;
        for (const Step& s : plan.steps()) {
            const int n = plan.stageNumber(s.stage);
            QVERIFY2(n > 0, qPrintable(s.id));
            if (!s.conditional) {
                QVERIFY2(n >= last, qPrintable(s.id)); // the script's sections follow the list
                last = n;
            }
            used.insert(s.stage);
        }
        for (const Stage& st : plan.stages()) {
            QVERIFY(used.contains(st.id));
            QVERIFY(!st.title.isEmpty());
        }
        QCOMPARE(plan.stages().first().id, QStringLiteral("extensions"));
        QCOMPARE(plan.stages().last().id, QStringLiteral("pg-verify"));
    }

    void resourcesNameTheirGroupAndParent()
    {
        // The live status reads where a resource lives from the step, never from its argv;
        // it is the group the command itself names.
        const Plan plan = PlanBuilder::build(fixedSettings());
        int withGroup = 0;
        for (const Step& s : plan.steps()) {
            const int i = int(s.command.args.indexOf(QStringLiteral("--resource-group")));
            if (!s.resourceGroup.isEmpty()) {
                QVERIFY2(i >= 0, qPrintable(s.id));
                QCOMPARE(s.resourceGroup, s.command.args.at(i + 1));
                ++withGroup;
            } else if (s.kind == StepKind::Create &&
                       s.resourceType.startsWith(QLatin1String("Microsoft."))) {
                QVERIFY2(i < 0, qPrintable(s.id));
            }
        }
        QCOMPARE(withGroup, 10);
        QCOMPARE(plan.find(QStringLiteral("aks.nodepool"))->resourceParent,
                 QStringLiteral("${AKS_PRIMARY_CLUSTER_NAME}"));
        QCOMPARE(plan.find(QStringLiteral("aks.insights"))->resourceParent,
                 QStringLiteral("${AKS_PRIMARY_CLUSTER_NAME}"));
        QCOMPARE(plan.find(QStringLiteral("krew.install"))->type, steptype::Krew);
        QVERIFY(!plan.find(QStringLiteral("storage.container"))->remedyText.isEmpty());
    }

    void inputStepsEndWithANewline()
    {
        Step a;
        a.id = QStringLiteral("apply");
        a.type = steptype::Input;
        a.command = {QStringLiteral("kubectl"),
                     {QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}};
        a.input = "kind: ConfigMap";
        QCOMPARE(Plan({a}).problems({}).size(), 1);
        a.input += '\n';
        QCOMPARE(Plan({a}).problems({}), QStringList());
        a.stage = QStringLiteral("nowhere");
        QCOMPARE(Plan({a}, {{QStringLiteral("here"), QStringLiteral("Here")}}).problems({}).size(),
                 1);
    }

    void dependenciesFollowTheGuidesGraph_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QStringList>("needs");
        auto row = [](const char* s, QStringList n) {
            QTest::newRow(s) << QString::fromLatin1(s) << n;
        };
        row("identity.create", {QStringLiteral("group.create")});
        row("storage.account", {QStringLiteral("group.create")});
        row("monitoring.amw", {QStringLiteral("group.create")});
        row("monitoring.law", {QStringLiteral("group.create")});
        row("aks.create",
            {QStringLiteral("identity.create"), QStringLiteral("monitoring.amw"),
             QStringLiteral("monitoring.grafana"), QStringLiteral("ext.aks-preview")});
        row("aks.nodepool", {QStringLiteral("aks.create")});
        row("pip.noderg", {QStringLiteral("aks.create")});
        row("pip.create", {QStringLiteral("pip.noderg")});
        row("helm.install", {QStringLiteral("helm.repo.update"), QStringLiteral("aks.credentials"),
                             QStringLiteral("k8s.namespace.system")});
    }
    void dependenciesFollowTheGuidesGraph()
    {
        QFETCH(QString, step);
        QFETCH(QStringList, needs);
        const Plan plan = PlanBuilder::build(fixedSettings());
        QVERIFY(plan.find(step));
        QCOMPARE(plan.find(step)->needs, needs);
    }

    void clusterChangesShareOneLock()
    {
        const Plan plan = PlanBuilder::build(fixedSettings());
        QStringList locked;
        for (const Step& s : plan.steps()) {
            if (!s.lock.isEmpty()) {
                locked << s.id;
                QCOMPARE(s.lock, QStringLiteral("aks:${AKS_PRIMARY_CLUSTER_NAME}"));
                QVERIFY(s.retryOn.contains(TransientError::OperationNotAllowed));
            }
        }
        QCOMPARE(locked, QStringList({QStringLiteral("aks.create"), QStringLiteral("aks.nodepool"),
                                      QStringLiteral("aks.insights")}));
    }

    void everyCreateHasAProbeWithTheSameOutputShape()
    {
        for (const Step& s : PlanBuilder::build(fixedSettings()).steps()) {
            if (s.kind != StepKind::Create)
                continue;
            QVERIFY2(s.probe.has_value(), qPrintable(s.id));
            QVERIFY2(!s.resourceName.isEmpty(), qPrintable(s.id));
            // A capturing create and its probe print the same --output, so captures work from
            // either (the script and the executor both rely on it).
            if (!s.captures.isEmpty()) {
                const QStringList& a = s.command.args;
                const QStringList& p = s.probe->command.args;
                QCOMPARE(p.mid(p.indexOf(QStringLiteral("--output"))),
                         a.mid(a.indexOf(QStringLiteral("--output"))));
            }
        }
    }

    void remedyBranchIsConditional()
    {
        const Plan plan = PlanBuilder::build(fixedSettings());
        const Step* container = plan.find(QStringLiteral("storage.container"));
        QVERIFY(container);
        QCOMPARE(container->remedyOn, std::optional<TransientError>(TransientError::NetworkRules));
        QCOMPARE(container->remedySteps.size(), 4);
        for (const QString& id : container->remedySteps)
            QVERIFY(plan.find(id)->conditional);
        const Step* assign = plan.find(QStringLiteral("storage.remedy.assign"));
        QVERIFY(
            expanded(*assign, fixedSettings()).contains(QStringLiteral("Storage Blob Data Owner")));
    }

    void capturesFeedLaterSteps()
    {
        const Plan plan = PlanBuilder::build(fixedSettings());
        const Step* identity = plan.find(QStringLiteral("identity.create"));
        QCOMPARE(identity->captures.size(), 3);
        QCOMPARE(identity->captures.at(0).jsonField, QStringLiteral("principalId"));
        QCOMPARE(identity->captures.at(1).jsonField, QStringLiteral("id"));
        QCOMPARE(identity->captures.at(2).jsonField, QStringLiteral("clientId"));
        QHash<QString, QString> values = fixedSettings().resolvedValues();
        values.insert(QStringLiteral("AKS_UAMI_WORKLOAD_RESOURCEID"), QStringLiteral("/x/id"));
        QStringList missing;
        const QStringList args =
            Plan::expandArgs(plan.find(QStringLiteral("aks.create"))->command.args, values,
                             PlanBuilder::listValues(fixedSettings()), &missing);
        QCOMPARE(args.at(args.indexOf(QStringLiteral("--assign-identity")) + 1),
                 QStringLiteral("/x/id"));
        QCOMPARE(missing, QStringList({QStringLiteral("AMW_RESOURCE_ID"),
                                       QStringLiteral("GRAFANA_RESOURCE_ID")}));
    }

    void settingsShapeTheCommands()
    {
        Settings s = fixedSettings();
        s.setValue(keys::Tags, QStringLiteral("a=1 b=2"));
        s.setValue(keys::Zones, QStringLiteral("1 3"));
        s.setValue(keys::UserMinCount, QStringLiteral("4"));
        const Plan plan = PlanBuilder::build(s);
        const QStringList group = expanded(*plan.find(QStringLiteral("group.create")), s);
        QCOMPARE(group.mid(group.indexOf(QStringLiteral("--tags")) + 1, 2),
                 QStringList({QStringLiteral("a=1"), QStringLiteral("b=2")}));
        const QStringList pool = expanded(*plan.find(QStringLiteral("aks.nodepool")), s);
        QCOMPARE(
            pool.mid(pool.indexOf(QStringLiteral("--zones")) + 1, 3),
            QStringList({QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("--labels")}));
        QCOMPARE(pool.at(pool.indexOf(QStringLiteral("--min-count")) + 1), QStringLiteral("4"));
    }

    void nodeCountOnlyWhenAzsDefaultIsOutOfRange()
    {
        // The guide's ranges contain az's default of 3 nodes: no --node-count, as in the guide.
        Settings s = fixedSettings();
        QVERIFY(!expanded(*PlanBuilder::build(s).find(QStringLiteral("aks.create")), s)
                     .contains(QStringLiteral("--node-count")));
        s.setValue(keys::SystemMinCount, QStringLiteral("4"));
        s.setValue(keys::SystemMaxCount, QStringLiteral("5"));
        s.setValue(keys::UserMinCount, QStringLiteral("1"));
        s.setValue(keys::UserMaxCount, QStringLiteral("2"));
        const Plan plan = PlanBuilder::build(s);
        const QStringList aks = expanded(*plan.find(QStringLiteral("aks.create")), s);
        QCOMPARE(aks.mid(aks.indexOf(QStringLiteral("--node-count")), 4),
                 QStringList({QStringLiteral("--node-count"), QStringLiteral("4"),
                              QStringLiteral("--min-count"), QStringLiteral("4")}));
        const QStringList pool = expanded(*plan.find(QStringLiteral("aks.nodepool")), s);
        QCOMPARE(pool.at(pool.indexOf(QStringLiteral("--node-count")) + 1), QStringLiteral("1"));
    }

    // Every az option by the full name the Azure CLI defines (az takes prefixes such as --addon
    // only through argparse's abbreviation matching, which a new option can break).
    void azOptionsAreTheCliFullNames()
    {
        // From Azure/azure-cli's _params.py of each command group (and the amg extension's).
        const QSet<QString> known = {"--name",
                                     "--resource-group",
                                     "--location",
                                     "--tags",
                                     "--query",
                                     "--output",
                                     "--subscription",
                                     "--upgrade",
                                     "--yes",
                                     "--allow-preview",
                                     "--sku",
                                     "--kind",
                                     "--account-name",
                                     "--auth-mode",
                                     "--role",
                                     "--assignee",
                                     "--assignee-object-id",
                                     "--assignee-principal-type",
                                     "--scope",
                                     "--zone-redundancy",
                                     "--workspace-name",
                                     "--generate-ssh-keys",
                                     "--node-resource-group",
                                     "--enable-managed-identity",
                                     "--assign-identity",
                                     "--network-plugin",
                                     "--network-plugin-mode",
                                     "--network-dataplane",
                                     "--nodepool-name",
                                     "--enable-oidc-issuer",
                                     "--enable-workload-identity",
                                     "--enable-cluster-autoscaler",
                                     "--min-count",
                                     "--max-count",
                                     "--node-count",
                                     "--node-vm-size",
                                     "--enable-azure-monitor-metrics",
                                     "--azure-monitor-workspace-resource-id",
                                     "--grafana-resource-id",
                                     "--api-server-authorized-ip-ranges",
                                     "--tier",
                                     "--kubernetes-version",
                                     "--k8s-support-plan",
                                     "--zones",
                                     "--zone",
                                     "--cluster-name",
                                     "--container-name",
                                     "--prefix",
                                     "--labels",
                                     "--addons",
                                     "--workspace-resource-id",
                                     "--allocation-method",
                                     "--identity-name",
                                     "--issuer",
                                     "--subject",
                                     "--audiences",
                                     "--definition",
                                     "--force",
                                     "--no-wait",
                                     "--deleted",
                                     "--interval",
                                     "--timeout"};
        Settings s = fixedSettings();
        s.setValue(keys::Tier, QStringLiteral("premium"));
        s.setValue(keys::SupportPlan, QStringLiteral("AKSLongTermSupport"));
        s.setValue(keys::SystemMinCount, QStringLiteral("4")); // --node-count too
        s.setValue(keys::SystemMaxCount, QStringLiteral("5"));
        int seen = 0;
        const QList<Step> steps =
            PlanBuilder::build(s).steps() + TeardownBuilder::build(s, {true}).steps();
        for (const Step& step : steps) {
            QList<Command> commands{step.command};
            if (step.probe)
                commands << step.probe->command;
            for (const Command& c : commands) {
                if (c.program != QLatin1String("az"))
                    continue;
                for (const QString& a : c.args) {
                    if (!a.startsWith(QLatin1String("--")))
                        continue;
                    QVERIFY2(known.contains(a), qPrintable(step.id + QLatin1Char(' ') + a));
                    ++seen;
                }
            }
        }
        QVERIFY(seen > 100);
        const QStringList insights =
            expanded(*PlanBuilder::build(s).find(QStringLiteral("aks.insights")), s);
        QCOMPARE(insights.mid(2, 2),
                 (QStringList{QStringLiteral("--addons"), QStringLiteral("monitoring")}));
    }

    // The teardown deletes the deployment's resource group (after the workspace, purged when
    // asked) and waits for the node resource group: nothing else, in the chosen subscription.
    void teardownDeletesOnlyTheDeploymentsGroups()
    {
        Settings s = fixedSettings();
        s.setValue(keys::SubscriptionId, QStringLiteral("00000000-0000-0000-0000-000000000001"));
        const Plan kept = TeardownBuilder::build(s, {false});
        QCOMPARE(kept.problems(SettingsSchema::keys()), QStringList());
        QVERIFY(!kept.find(QStringLiteral("teardown.workspace")));
        const Plan purged = TeardownBuilder::build(s, {true});
        QCOMPARE(purged.problems(SettingsSchema::keys()), QStringList());
        QStringList ids;
        for (const Step& step : purged.steps()) {
            ids << step.id;
            QCOMPARE(step.kind, StepKind::Delete);
            // az in the chosen subscription; kubectl changes this machine's kubeconfig only.
            QCOMPARE(step.command.args.contains(QStringLiteral("--subscription")),
                     step.command.program == QLatin1String("az"));
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("teardown.workspace"),
                                   QStringLiteral("teardown.group"),
                                   QStringLiteral("teardown.node-group"),
                                   QStringLiteral("teardown.kubeconfig.context"),
                                   QStringLiteral("teardown.kubeconfig.cluster"),
                                   QStringLiteral("teardown.kubeconfig.user")}));
        const Step* ws = purged.find(QStringLiteral("teardown.workspace"));
        const Step* group = purged.find(QStringLiteral("teardown.group"));
        const Step* node = purged.find(QStringLiteral("teardown.node-group"));
        QCOMPARE(ws->type, steptype::DeleteWait);
        QVERIFY(ws->command.args.contains(QStringLiteral("--force")));
        QCOMPARE(group->type, steptype::DeleteWait);
        QCOMPARE(group->needs, QStringList{ws->id});
        QCOMPARE(node->needs, QStringList{group->id});
        QCOMPARE(expanded(*group, s).mid(0, 4),
                 (QStringList{QStringLiteral("group"), QStringLiteral("delete"),
                              QStringLiteral("--name"), s.value(keys::ResourceGroup)}));
        QVERIFY(expanded(*node, s).contains(s.value(keys::ManagedRg)));
        QVERIFY(expanded(*node, s).contains(QStringLiteral("--deleted")));

        // Once the groups are gone, what `az aks get-credentials` merged into the kubeconfig:
        // its context and cluster named after the AKS cluster, its user clusterUser_RG_CLUSTER.
        const QString cluster = s.value(keys::ClusterName);
        const QString user = QStringLiteral("clusterUser_") + s.value(keys::ResourceGroup) +
                             QLatin1Char('_') + cluster;
        const QList<QPair<const char*, QString>> local = {
            {"context", cluster}, {"cluster", cluster}, {"user", user}};
        for (const auto& [what, name] : local) {
            const Step* k =
                purged.find(QStringLiteral("teardown.kubeconfig.") + QLatin1String(what));
            QVERIFY(k);
            QCOMPARE(k->command.program, QStringLiteral("kubectl"));
            QCOMPARE(expanded(*k, s),
                     (QStringList{QStringLiteral("config"),
                                  QStringLiteral("delete-") + QLatin1String(what), name}));
            QCOMPARE(k->needs, QStringList{node->id});
            QCOMPARE(k->type, steptype::DeleteWait);
            // What kubectl says for an entry that is not there (exit 1) counts as done.
            const QRegularExpression gone(k->goneOn, QRegularExpression::MultilineOption);
            QVERIFY(gone.match(QStringLiteral("error: cannot delete %1 %2, not in "
                                              "/root/.kube/config\n")
                                   .arg(QLatin1String(what), name))
                        .hasMatch());
            QVERIFY(!gone.match(QStringLiteral("error: open /root/.kube/config: permission "
                                               "denied\n"))
                         .hasMatch());
        }
        QCOMPARE(TeardownBuilder::kubeconfigUser(s), user);
    }

    // Long-term support: az needs the premium tier and the plan named; the standard plan is
    // az's default and is not passed, as in the guide.
    void longTermSupportPassesThePlan()
    {
        Settings s = fixedSettings();
        QStringList aks = expanded(*PlanBuilder::build(s).find(QStringLiteral("aks.create")), s);
        QVERIFY(!aks.contains(QStringLiteral("--k8s-support-plan")));
        QCOMPARE(aks.at(aks.indexOf(QStringLiteral("--tier")) + 1), QStringLiteral("standard"));
        QCOMPARE(aks.at(aks.indexOf(QStringLiteral("--kubernetes-version")) + 1),
                 QStringLiteral("1.34"));

        s.setValue(keys::Tier, QStringLiteral("premium"));
        s.setValue(keys::SupportPlan, QStringLiteral("AKSLongTermSupport"));
        s.setValue(keys::ClusterVersion, QStringLiteral("1.32"));
        aks = expanded(*PlanBuilder::build(s).find(QStringLiteral("aks.create")), s);
        QCOMPARE(aks.at(aks.indexOf(QStringLiteral("--tier")) + 1), QStringLiteral("premium"));
        QCOMPARE(aks.at(aks.indexOf(QStringLiteral("--k8s-support-plan")) + 1),
                 QStringLiteral("AKSLongTermSupport"));
        QCOMPARE(aks.at(aks.indexOf(QStringLiteral("--kubernetes-version")) + 1),
                 QStringLiteral("1.32"));
    }

    // The region's version, once known, is what the cluster is created with.
    void clusterVersionFollowsTheResolvedDefault()
    {
        Settings s = fixedSettings();
        s.setResolvedDefault(keys::ClusterVersion, QStringLiteral("1.35"));
        const QStringList aks =
            expanded(*PlanBuilder::build(s).find(QStringLiteral("aks.create")), s);
        QCOMPARE(aks.at(aks.indexOf(QStringLiteral("--kubernetes-version")) + 1),
                 QStringLiteral("1.35"));
    }

    // The chart version is always passed: the same settings install the same operator.
    void chartVersionIsAlwaysPassed()
    {
        Settings s = fixedSettings();
        QStringList helm = expanded(*PlanBuilder::build(s).find(QStringLiteral("helm.install")), s);
        QCOMPARE(helm.at(helm.indexOf(QStringLiteral("--version")) + 1), QStringLiteral("0.29.0"));
        s.setValue(keys::HelmChartVersion, QStringLiteral("0.28.3"));
        helm = expanded(*PlanBuilder::build(s).find(QStringLiteral("helm.install")), s);
        QCOMPARE(helm.at(helm.indexOf(QStringLiteral("--version")) + 1), QStringLiteral("0.28.3"));
    }

    void emptyValuesCountAsMissing()
    {
        // An empty captured scope must not become `--scope ""` (a subscription-wide role).
        QStringList missing;
        const QStringList args = Plan::expandArgs(
            {QStringLiteral("--scope"), QStringLiteral("${SCOPE}"), QStringLiteral("@{TAGS}")},
            {{QStringLiteral("SCOPE"), QString()}}, {{QStringLiteral("TAGS"), {}}}, &missing);
        QCOMPARE(args, QStringList({QStringLiteral("--scope"), QString()}));
        QCOMPARE(missing, QStringList{QStringLiteral("SCOPE")});
    }

    void kubernetesStepsWaitOutAnUnreachableApiServer()
    {
        const Plan plan = PlanBuilder::build(fixedSettings());
        for (const char* id : {"k8s.namespace.pg", "k8s.namespace.system", "helm.install",
                               "verify.operator", "verify.ds.ama-logs"})
            QVERIFY2(plan.find(QLatin1String(id))->retryOn.contains(TransientError::KubernetesApi),
                     id);
    }

    void operatorDeploymentNameFollowsHelm()
    {
        Settings s = fixedSettings();
        QCOMPARE(expanded(*PlanBuilder::build(s).find(QStringLiteral("verify.operator")), s).last(),
                 QStringLiteral("cnpg-cloudnative-pg"));
        s.setValue(keys::HelmRelease, QStringLiteral("my-cloudnative-pg"));
        QCOMPARE(expanded(*PlanBuilder::build(s).find(QStringLiteral("verify.operator")), s).last(),
                 QStringLiteral("my-cloudnative-pg"));
    }

    // CloudNativePG's dashboard: imported into the first guide's Grafana after the pod monitor,
    // from the pinned release, found again by its uid, with Grafana's own transient errors.
    void dashboardIsImportedOnceFromThePinnedRelease()
    {
        const Settings s = fixedSettings();
        const Plan plan = PlanBuilder::build(s);
        const Step* d = plan.find(QStringLiteral("grafana.dashboard"));
        QVERIFY(d);
        QCOMPARE(d->stage, QStringLiteral("pg-monitoring"));
        QCOMPARE(d->kind, StepKind::Create);
        QVERIFY(plan.indexOf(QStringLiteral("pg.podmonitor")) < plan.indexOf(d->id));
        QVERIFY(d->needs.contains(QStringLiteral("pg.podmonitor")));
        QVERIFY(d->needs.contains(QStringLiteral("grafana.role.user")));
        // After the signed-in user holds Grafana Admin on the instance, assigned unless found.
        const Step* role = plan.find(QStringLiteral("grafana.role.user"));
        QVERIFY(role);
        QVERIFY(role->probe);
        QCOMPARE(role->command.args.mid(0, 9),
                 (QStringList{"role", "assignment", "create", "--role", "Grafana Admin",
                              "--assignee-object-id", "${GRAFANA_USER_ID}",
                              "--assignee-principal-type", "User"}));
        QVERIFY(role->command.args.contains(QStringLiteral("${GRAFANA_RESOURCE_ID}")));
        QVERIFY(role->probe->command.args.contains(QStringLiteral("Grafana Admin")));
        const QString url = QStringLiteral(
            "https://raw.githubusercontent.com/cloudnative-pg/grafana-dashboards/cluster-v0.0.5/"
            "charts/cluster/grafana-dashboard.json");
        QCOMPARE(s.value(keys::GrafanaDashboardUrl), url);
        QCOMPARE(expanded(*d, s),
                 (QStringList{"grafana", "dashboard", "import", "--name", "grafana-cnpg-abc12345",
                              "--resource-group", "rg-cnpg-abc12345", "--definition", url,
                              "--query", "uid", "--output", "tsv"}));
        QVERIFY(!d->command.args.contains(QStringLiteral("--overwrite")));
        QVERIFY(d->probe);
        QCOMPARE(Plan::expandArgs(d->probe->command.args, s.resolvedValues(),
                                  PlanBuilder::listValues(s)),
                 (QStringList{"grafana", "dashboard", "list", "--name", "grafana-cnpg-abc12345",
                              "--resource-group", "rg-cnpg-abc12345", "--query",
                              "[?uid=='cloudnative-pg'].uid | [0]", "--output", "tsv"}));
        QCOMPARE(d->probe->expect, QStringLiteral("cloudnative-pg"));
        QVERIFY(d->retryOn.contains(TransientError::GrafanaApi));
        QVERIFY(d->retryOn.contains(TransientError::Throttled));
        // A 403 is not waited out: the step says what to do about it.
        QVERIFY(!d->remedyOn);
        QVERIFY(d->remedyText.contains(QStringLiteral("Grafana Admin")));
        // How az prints Grafana's 429 and 5xx, and what it must not take for them.
        for (const char* text :
             {"ERROR: 429 Client Error: Too Many Requests for url: https://g.grafana.azure.com/x",
              "ERROR: 503 Server Error: Service Unavailable for url: https://g/api/datasources"})
            QVERIFY2(QRegularExpression(transientErrorPattern(TransientError::GrafanaApi))
                         .match(QLatin1String(text))
                         .hasMatch(),
                     text);
        QVERIFY(!QRegularExpression(transientErrorPattern(TransientError::GrafanaApi))
                     .match(QStringLiteral("ERROR: 403 Client Error: Forbidden for url: x"))
                     .hasMatch());
    }

    void postgresWaitsQueryTheirPhase()
    {
        // The long CloudNativePG waits show the operator's phase, the cluster's with how many
        // of its instances are ready (one query, tab-separated); nothing else polls.
        const Settings s = fixedSettings();
        const Plan plan = PlanBuilder::build(s);
        const auto live = [&](const char* id) {
            const Step* step = plan.find(QString::fromLatin1(id));
            return step && step->liveStatus
                       ? QStringList{step->liveStatus->program} +
                             Plan::expandArgs(step->liveStatus->args, s.resolvedValues(),
                                              PlanBuilder::listValues(s))
                       : QStringList();
        };
        const QString ns = s.resolvedValues().value(keys::PgNamespace);
        const QString context = s.resolvedValues().value(keys::ClusterName);
        const QString cluster = s.resolvedValues().value(keys::PgClusterName);
        QVERIFY(!ns.isEmpty() && !context.isEmpty() && !cluster.isEmpty());
        QCOMPARE(live("verify.cluster"),
                 (QStringList{"kubectl", "get", "clusters.postgresql.cnpg.io", cluster,
                              "--namespace", ns, "--context", context, "--output",
                              "jsonpath={.status.phase}{\"\\t\"}{.status.readyInstances}{\"/\"}"
                              "{.spec.instances}"}));
        const QStringList backup = live("verify.backup");
        QCOMPARE(backup.mid(0, 3), (QStringList{"kubectl", "get", "backups.postgresql.cnpg.io"}));
        // The query names the backup that the step waits for.
        const Step* wait = plan.find(QStringLiteral("verify.backup"));
        QVERIFY(wait);
        QCOMPARE(QStringLiteral("backups.postgresql.cnpg.io/") + backup.value(3),
                 expanded(*wait, s).value(1));
        QCOMPARE(backup.mid(4), (QStringList{"--namespace", ns, "--context", context, "--output",
                                             "jsonpath={.status.phase}"}));
        int queried = 0;
        for (const Step& step : plan.steps())
            queried += step.liveStatus ? 1 : 0;
        QCOMPARE(queried, 2);
    }

    void criticalPathIsShorterThanTheGuidesOrder()
    {
        const Plan plan = PlanBuilder::build(fixedSettings());
        // extension 20 + grafana 270 + aks 450 + nodepool 270, then the PostgreSQL cluster on
        // the pool's nodes: apply 5 + the wait for its instances 300 (the operator, the
        // insights and the public IP fit under the pool), then WAL archiving 60 and the first
        // backup: apply 3 + its wait 120 + reading its id 3 + finding it in the container 5 (the
        // services, the pod monitor and the connection test fit under it).
        QCOMPARE(plan.criticalPathSeconds(), 20 + 270 + 450 + 270 + 5 + 300 + 60 + 3 + 120 + 3 + 5);
        QVERIFY(plan.sequentialSeconds() > plan.criticalPathSeconds());
        const auto remaining = plan.remainingPathSeconds();
        QVERIFY(remaining.value(QStringLiteral("monitoring.grafana")) >
                remaining.value(QStringLiteral("monitoring.law")));
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
