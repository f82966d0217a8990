// The simulated az, kubectl and helm as the app sees them: through the shims, one process per
// command, one state file.
#include "SimHarness.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

namespace {

QStringList words(const QString& s)
{
    return s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private slots:
    void helpListsWhatItCovers()
    {
        SimHarness h;
        QVERIFY(h.isValid());
        const SimResult r = h.run(QStringLiteral("cnpg-sim"), {QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char* needle : {"account show",
                                   "account set",
                                   "ad signed-in-user show",
                                   "extension add",
                                   "group exists",
                                   "identity create",
                                   "storage account check-name",
                                   "storage container exists",
                                   "role assignment list",
                                   "grafana create",
                                   "monitor account show",
                                   "monitor log-analytics workspace create",
                                   "aks get-versions",
                                   "aks enable-addons",
                                   "aks nodepool list",
                                   "network public-ip show",
                                   "resource list",
                                   "krew version",
                                   "cnpg version",
                                   "upgrade [--install]",
                                   "status",
                                   "uninstall",
                                   "CNPG_SIM_STATE",
                                   "CNPG_SIM_TIME_SCALE",
                                   "CNPG_SIM_FAULTS",
                                   "OperationNotAllowed",
                                   "aks create 450"})
            QVERIFY2(r.out.contains(QLatin1String(needle)), needle);
    }

    void versionsLikeTheRealTools()
    {
        SimHarness h;
        const QJsonObject v =
            QJsonDocument::fromJson(h.az({QStringLiteral("version")}).toUtf8()).object();
        QVERIFY(v.value(QStringLiteral("azure-cli")).toString().startsWith(QStringLiteral("2.6")));
        QVERIFY(v.contains(QStringLiteral("extensions")));
        const SimResult k =
            h.run(QStringLiteral("kubectl"), words(QStringLiteral("version --client -o json")));
        QCOMPARE(k.code, 0);
        QVERIFY(QJsonDocument::fromJson(k.out.toUtf8())
                    .object()
                    .value(QStringLiteral("clientVersion"))
                    .toObject()
                    .value(QStringLiteral("gitVersion"))
                    .toString()
                    .startsWith(QStringLiteral("v1.")));
        const SimResult hv =
            h.run(QStringLiteral("helm"), words(QStringLiteral("version --short")));
        QVERIFY(QRegularExpression(QStringLiteral("^v3\\.\\d+\\.\\d+\\+g[0-9a-f]{7}\\n$"))
                    .match(hv.out)
                    .hasMatch());
        QCOMPARE(h.az(words(QStringLiteral("account show --query user.type -o tsv"))),
                 QStringLiteral("user"));
        // The fake account is generated once per state file.
        QCOMPARE(h.az(words(QStringLiteral("account show --query id -o tsv"))),
                 h.az(words(QStringLiteral("account list --query [0].id -o tsv"))));
    }

    void mistakesFailLikeTheRealTools_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown flag") << "az"
                                      << "group create -n x -l westus3 --colour red" << 2
                                      << "ERROR: unrecognized arguments: --colour red";
        QTest::newRow("missing required")
            << "az"
            << "group create -l westus3" << 2
            << "ERROR: the following arguments are required: --name/-n/--resource-group/-g";
        QTest::newRow("unknown command")
            << "az"
            << "aks nodpool add" << 2
            << "ERROR: 'nodpool' is misspelled or not recognized by the system.";
        QTest::newRow("missing value")
            << "az"
            << "group show --name" << 2
            << "ERROR: argument --name/-n/--resource-group/-g: expected one argument";
        QTest::newRow("bad enum")
            << "az"
            << "storage account create -n a1 -g g --sku Gold" << 2
            << "ERROR: az storage account create: 'Gold' is not a valid value for '--sku'.";
        QTest::newRow("bad int") << "az"
                                 << "aks nodepool add -g g --cluster-name c -n p --min-count few"
                                 << 2 << "ERROR: argument --min-count: invalid int value: 'few'";
        QTest::newRow("bad query") << "az"
                                   << "group list --query [" << 2
                                   << "ERROR: argument --query: invalid jmespath_type value: '['";
        QTest::newRow("no extension")
            << "az"
            << "grafana show -n g -g rg" << 2 << "ERROR: The command requires the extension amg.";
        QTest::newRow("kubectl flag") << "kubectl"
                                      << "get ns --colour" << 1 << "error: unknown flag: --colour";
        QTest::newRow("kubectl removed flag")
            << "kubectl"
            << "version --short" << 1 << "error: unknown flag: --short";
        QTest::newRow("kubectl command")
            << "kubectl"
            << "teleport" << 1 << "error: unknown command \"teleport\" for \"kubectl\"";
        QTest::newRow("helm flag")
            << "helm"
            << "upgrade --colour x y" << 1 << "Error: unknown flag: --colour";
        QTest::newRow("helm args")
            << "helm"
            << "upgrade --install cnpg" << 1 << "Error: \"helm upgrade\" requires 2 arguments";
    }

    void mistakesFailLikeTheRealTools()
    {
        QFETCH(QString, tool);
        QFETCH(QString, args);
        QFETCH(int, code);
        QFETCH(QString, text);
        SimHarness h;
        const SimResult r = h.run(tool, words(args));
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.startsWith(text), qPrintable(r.err));
        QCOMPARE(r.out, QString());
    }

    void missingResourcesAndParents()
    {
        SimHarness h;
        SimResult r = h.run(QStringLiteral("az"), words(QStringLiteral("group show -n nowhere")));
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.startsWith(QStringLiteral(
            "ERROR: (ResourceGroupNotFound) Resource group 'nowhere' could not be found.")));
        r = h.run(QStringLiteral("az"), words(QStringLiteral("identity create -n id1 -g nowhere")));
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QStringLiteral("(ResourceGroupNotFound)")));
        QVERIFY(h.prepare(false));
        r = h.run(QStringLiteral("az"), words(QStringLiteral("identity show -n id1 -g rg-test")));
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.startsWith(
            QStringLiteral("ERROR: (ResourceNotFound) The Resource "
                           "'Microsoft.ManagedIdentity/userAssignedIdentities/id1' "
                           "under resource group 'rg-test' was not found.")));
        QCOMPARE(
            h.run(QStringLiteral("az"), words(QStringLiteral("aks show -n aks1 -g rg-test"))).code,
            3);
        QCOMPARE(h.az(words(QStringLiteral("group exists -n nowhere"))), QStringLiteral("false"));
        // A probe of a role assignment that does not exist prints nothing and succeeds.
        r = h.run(QStringLiteral("az"),
                  words(QStringLiteral(
                      "role assignment list --scope /subscriptions/x --query [0].id -o tsv")));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QString());
        // kubectl knows no context until az aks get-credentials wrote one.
        r = h.run(QStringLiteral("kubectl"),
                  words(QStringLiteral("get namespace default --context aks1 --output name")));
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, QStringLiteral("error: context \"aks1\" does not exist\n"));
        QCOMPARE(
            h.run(QStringLiteral("helm"), words(QStringLiteral("status cnpg --kube-context=aks1")))
                .code,
            1);
    }

    void outputFormatsAndQueries()
    {
        SimHarness h;
        QVERIFY(h.prepare(false));
        QCOMPARE(h.az(words(QStringLiteral("group create -n rg-test -l westus3 --query "
                                           "properties.provisioningState -o tsv"))),
                 QStringLiteral("Succeeded"));
        QCOMPARE(h.az(words(QStringLiteral("group create -n rg-test -l westus3 -o none"))),
                 QString());
        const QString table = h.az(words(QStringLiteral("group show -n rg-test -o table")));
        // az group show has no table layout of its own: knack's automatic one.
        QCOMPARE(table.split(QLatin1Char('\n')).value(0).simplified(),
                 QStringLiteral("Location Name"));
        QVERIFY(table.contains(QStringLiteral("rg-test")));
        const QJsonObject json =
            QJsonDocument::fromJson(h.az(words(QStringLiteral("group show -n rg-test"))).toUtf8())
                .object();
        QVERIFY(json.value(QStringLiteral("id"))
                    .toString()
                    .endsWith(QStringLiteral("/resourceGroups/rg-test")));
        QCOMPARE(h.az(words(QStringLiteral(
                     "storage account create -n sa1test -g rg-test --sku Standard_ZRS --kind "
                     "StorageV2 --query provisioningState -o tsv"))),
                 QStringLiteral("Succeeded"));
        const QStringList container =
            words(QStringLiteral("--name backups --account-name sa1test --auth-mode login"));
        QCOMPARE(h.az(QStringList{QStringLiteral("storage"), QStringLiteral("container"),
                                  QStringLiteral("exists")} +
                      container + words(QStringLiteral("--query exists -o tsv"))),
                 QStringLiteral("false"));
        QCOMPARE(h.az(QStringList{QStringLiteral("storage"), QStringLiteral("container"),
                                  QStringLiteral("create")} +
                      container),
                 QStringLiteral("{\n  \"created\": true\n}"));
        QCOMPARE(h.az(QStringList{QStringLiteral("storage"), QStringLiteral("container"),
                                  QStringLiteral("create")} +
                      container),
                 QStringLiteral("{\n  \"created\": false\n}"));
        QCOMPARE(h.az(QStringList{QStringLiteral("storage"), QStringLiteral("container"),
                                  QStringLiteral("exists")} +
                      container + words(QStringLiteral("--query exists -o tsv"))),
                 QStringLiteral("true"));
        const QString identity =
            h.az(words(QStringLiteral("identity create -n id1 -g rg-test -o json")));
        const QJsonObject id = QJsonDocument::fromJson(identity.toUtf8()).object();
        for (const char* field : {"principalId", "clientId", "id", "tenantId"})
            QVERIFY2(!id.value(QLatin1String(field)).toString().isEmpty(), field);
        QVERIFY(
            id.value(QStringLiteral("id"))
                .toString()
                .contains(QStringLiteral("/resourcegroups/rg-test/providers/"
                                         "Microsoft.ManagedIdentity/userAssignedIdentities/id1")));
    }

    void faultsOnDemand_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("args");
        QTest::addColumn<int>("failures");
        QTest::addColumn<QString>("text");
        QTest::newRow("OperationNotAllowed")
            << "aks nodepool add=OperationNotAllowed*1"
            << "az"
            << "aks nodepool add -g rg-test --cluster-name aks1 -n p2 -o none" << 1
            << "ERROR: (OperationNotAllowed) Operation is not allowed: Another operation "
               "(Updating) is in progress";
        QTest::newRow("Throttled")
            << "aks create=Throttled*2"
            << "az"
            << "aks create -n aks2 -g rg-test -o none" << 2 << "ERROR: (TooManyRequests) ";
        QTest::newRow("InternalServerError")
            << "az grafana create=InternalServerError*1"
            << "az"
            << "grafana create -n graf1 -g rg-test -o none" << 1
            << "ERROR: (InternalServerError) Encountered internal server error.";
        QTest::newRow("NetworkRules")
            << "storage container create=NetworkRules*1"
            << "az"
            << "storage container create -n backups --account-name safaults --auth-mode login" << 1
            << "ERROR: \nThe request may be blocked by network rules of storage account.";
        QTest::newRow("PermissionMismatch")
            << "storage container create=PermissionMismatch*1"
            << "az"
            << "storage container create -n backups --account-name safaults --auth-mode login" << 1
            << "ERROR: \nYou do not have the required permissions needed to perform this "
               "operation.";
        QTest::newRow("generic") << "resource list=Error:the sky fell*3"
                                 << "az"
                                 << "resource list -o none" << 3 << "ERROR: the sky fell\n";
        QTest::newRow("kubectl") << "kubectl create namespace=InternalServerError*1"
                                 << "kubectl"
                                 << "create namespace app --context aks1" << 1
                                 << "Error from server (InternalError): ";
        QTest::newRow("helm") << "helm repo add=Throttled*1"
                              << "helm"
                              << "repo add cnpg https://cloudnative-pg.github.io/charts" << 1
                              << "Error: the server has received too many requests";
        // The API server's other transient answers, in kubectl's and helm's words.
        QTest::newRow("kubectl 429") << "kubectl create namespace=Throttled*1"
                                     << "kubectl"
                                     << "create namespace app --context aks1" << 1
                                     << "Error from server (TooManyRequests): the server has "
                                        "received too many requests";
        QTest::newRow("kubectl 503") << "kubectl get namespace=ServiceUnavailable*1"
                                     << "kubectl"
                                     << "get namespace default --context aks1" << 1
                                     << "Error from server (ServiceUnavailable): the server is "
                                        "currently unable to handle the request\n";
        QTest::newRow("kubectl 504") << "kubectl create namespace=GatewayTimeout*1"
                                     << "kubectl"
                                     << "create namespace app --context aks1" << 1
                                     << "Error from server (Timeout): the server was unable to "
                                        "return a response in the time allotted";
        QTest::newRow("kubectl etcd") << "kubectl create namespace=EtcdTimeout*1"
                                      << "kubectl"
                                      << "create namespace app --context aks1" << 1
                                      << "Error from server: etcdserver: request timed out\n";
        QTest::newRow("helm busy") << "helm repo add=PendingOperation*1"
                                   << "helm"
                                   << "repo add cnpg https://cloudnative-pg.github.io/charts" << 1
                                   << "Error: UPGRADE FAILED: another operation "
                                      "(install/upgrade/rollback) is in progress\n";
        QTest::newRow("helm 500") << "helm repo add=InternalServerError*1"
                                  << "helm"
                                  << "repo add cnpg https://cloudnative-pg.github.io/charts" << 1
                                  << "Error: an error on the server";
        QTest::newRow("kubectl plugin")
            << "kubectl krew version=Throttled*1"
            << "kubectl"
            << "krew version" << 1 << "Error from server (TooManyRequests)";
    }

    void faultsOnDemand()
    {
        QFETCH(QString, spec);
        QFETCH(QString, tool);
        QFETCH(QString, args);
        QFETCH(int, failures);
        QFETCH(QString, text);
        SimHarness h;
        QVERIFY(h.prepare(true));
        QCOMPARE(h.az(words(QStringLiteral("extension add -n amg -o none"))), QString());
        QCOMPARE(
            h.az(words(QStringLiteral("storage account create -n safaults -g rg-test -o none"))),
            QString());
        h.faults = spec;
        // The count holds across processes: exactly `failures` invocations fail.
        for (int i = 0; i < failures; ++i) {
            const SimResult r = h.run(tool, words(args));
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.startsWith(text), qPrintable(r.err));
        }
        const SimResult ok = h.run(tool, words(args));
        if (args.startsWith(QLatin1String("krew "))) {
            // The fault is spent: the plugin answers as it is, not installed here.
            QCOMPARE(ok.err, QStringLiteral("error: unknown command \"krew\" for \"kubectl\"\n"));
            return;
        }
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
    }

    void storageFaultsEndWithTheDataRole()
    {
        SimHarness h;
        QVERIFY(h.prepare(false));
        QCOMPARE(h.az(words(QStringLiteral("storage account create -n sarole -g rg-test -o none"))),
                 QString());
        h.faults = QStringLiteral("storage container create=NetworkRules*always");
        const QStringList create = words(QStringLiteral(
            "storage container create -n backups --account-name sarole --auth-mode login"));
        QCOMPARE(h.run(QStringLiteral("az"), create).code, 1);
        QCOMPARE(h.run(QStringLiteral("az"), create).code, 1);
        // The guide's remedy.
        const QString user =
            h.az(words(QStringLiteral("ad signed-in-user show --query id -o tsv")));
        const QString scope = h.az(
            words(QStringLiteral("storage account show -n sarole -g rg-test --query id -o tsv")));
        QCOMPARE(h.az({QStringLiteral("role"), QStringLiteral("assignment"),
                       QStringLiteral("create"), QStringLiteral("--assignee-object-id"), user,
                       QStringLiteral("--assignee-principal-type"), QStringLiteral("User"),
                       QStringLiteral("--scope"), scope, QStringLiteral("--role"),
                       QStringLiteral("Storage Blob Data Owner"), QStringLiteral("-o"),
                       QStringLiteral("none")}),
                 QString());
        QCOMPARE(h.run(QStringLiteral("az"), create).code, 0);
    }

    void principalNotFoundHitsNewIdentitiesOnly()
    {
        SimHarness h;
        QVERIFY(h.prepare(false));
        const QString principal = h.az(
            words(QStringLiteral("identity create -n id1 -g rg-test --query principalId -o tsv")));
        const QString user =
            h.az(words(QStringLiteral("ad signed-in-user show --query id -o tsv")));
        const QString scope =
            h.az(words(QStringLiteral("group show -n rg-test --query id -o tsv")));
        h.faults = QStringLiteral("role assignment create=PrincipalNotFound*1");
        auto assign = [&](const QString& who, const QString& type) {
            return h.run(QStringLiteral("az"),
                         {QStringLiteral("role"), QStringLiteral("assignment"),
                          QStringLiteral("create"), QStringLiteral("--assignee-object-id"), who,
                          QStringLiteral("--assignee-principal-type"), type,
                          QStringLiteral("--role"), QStringLiteral("Reader"),
                          QStringLiteral("--scope"), scope, QStringLiteral("-o"),
                          QStringLiteral("none")});
        };
        QCOMPARE(assign(user, QStringLiteral("User")).code, 0);
        const SimResult first = assign(principal, QStringLiteral("ServicePrincipal"));
        QCOMPARE(first.code, 1);
        QVERIFY(first.err.startsWith(QStringLiteral("ERROR: (PrincipalNotFound) Principal ") +
                                     QString(principal).remove(QLatin1Char('-'))));
        QCOMPARE(assign(principal, QStringLiteral("ServicePrincipal")).code, 0);
        // A wrong principal type, and a principal that does not exist at all, fail as Azure does.
        QVERIFY(assign(principal, QStringLiteral("User"))
                    .err.contains(QStringLiteral("(UnmatchedPrincipalType)")));
        QVERIFY(assign(QStringLiteral("00000000-0000-0000-0000-000000000001"),
                       QStringLiteral("ServicePrincipal"))
                    .err.contains(QStringLiteral("(PrincipalNotFound)")));
    }

    void existingResourcesBehaveAsInAzure()
    {
        SimHarness h;
        QVERIFY(h.prepare(true));
        QCOMPARE(h.az(words(QStringLiteral("group create -n rg-test -l westus3 -o none"))),
                 QString());
        QCOMPARE(h.resources(QStringLiteral("Microsoft.Resources/resourceGroups")).size(),
                 2); // + node group
        const QString p1 = h.az(
            words(QStringLiteral("identity create -n id1 -g rg-test --query principalId -o tsv")));
        QCOMPARE(h.az(words(QStringLiteral(
                     "identity create -n id1 -g rg-test --query principalId -o tsv"))),
                 p1);
        // The second create changed nothing, but it was received: it counts.
        for (const QJsonObject& r :
             h.resources(QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities"))) {
            if (r.value(QStringLiteral("name")).toString() == QLatin1String("id1"))
                QCOMPARE(r.value(QStringLiteral("createCount")).toInt(), 2);
        }
        const QString scope =
            h.az(words(QStringLiteral("group show -n rg-test --query id -o tsv")));
        const QStringList assign = {QStringLiteral("role"),
                                    QStringLiteral("assignment"),
                                    QStringLiteral("create"),
                                    QStringLiteral("--assignee-object-id"),
                                    p1,
                                    QStringLiteral("--assignee-principal-type"),
                                    QStringLiteral("ServicePrincipal"),
                                    QStringLiteral("--role"),
                                    QStringLiteral("Network Contributor"),
                                    QStringLiteral("--scope"),
                                    scope,
                                    QStringLiteral("--query"),
                                    QStringLiteral("id"),
                                    QStringLiteral("-o"),
                                    QStringLiteral("tsv")};
        QCOMPARE(h.az(assign), h.az(assign));
        QCOMPARE(h.resources(QStringLiteral("Microsoft.Authorization/roleAssignments")).size(), 1);

        SimResult r = h.run(QStringLiteral("kubectl"),
                            words(QStringLiteral("create namespace cnpg-system --context aks1")));
        QCOMPARE(r.out, QStringLiteral("namespace/cnpg-system created\n"));
        r = h.run(QStringLiteral("kubectl"),
                  words(QStringLiteral("create namespace cnpg-system --context aks1")));
        QCOMPARE(r.code, 1);
        QCOMPARE(
            r.err,
            QStringLiteral(
                "Error from server (AlreadyExists): namespaces \"cnpg-system\" already exists\n"));
        r = h.run(
            QStringLiteral("kubectl"),
            words(QStringLiteral("get namespace cnpg-database --context aks1 --output name")));
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err,
                 QStringLiteral(
                     "Error from server (NotFound): namespaces \"cnpg-database\" not found\n"));

        const QStringList pool = words(
            QStringLiteral("aks nodepool add -g rg-test --cluster-name aks1 -n postgres -o none"));
        QCOMPARE(h.az(pool), QString());
        r = h.run(QStringLiteral("az"), pool);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith(QStringLiteral("ERROR: Node pool postgres already exists")));
        const QStringList addons =
            words(QStringLiteral("aks enable-addons -a monitoring -n aks1 -g rg-test -o none"));
        QCOMPARE(h.az(addons), QString());
        QVERIFY(h.run(QStringLiteral("az"), addons)
                    .err.contains(QStringLiteral("The monitoring addon is already enabled")));

        QCOMPARE(h.run(QStringLiteral("helm"),
                       words(QStringLiteral("status cnpg -n cnpg-system --kube-context=aks1")))
                     .err,
                 QStringLiteral("Error: release: not found\n"));
        QCOMPARE(
            h.run(QStringLiteral("helm"),
                  words(QStringLiteral("repo add cnpg https://cloudnative-pg.github.io/charts")))
                .code,
            0);
        const QStringList install =
            words(QStringLiteral("upgrade --install cnpg --namespace cnpg-system "
                                 "--create-namespace --kube-context=aks1 cnpg/cloudnative-pg"));
        QVERIFY(h.run(QStringLiteral("helm"), install).out.contains(QStringLiteral("REVISION: 1")));
        QVERIFY(h.run(QStringLiteral("helm"), install).out.contains(QStringLiteral("REVISION: 2")));
        r = h.run(QStringLiteral("kubectl"),
                  words(QStringLiteral("get deployment --context aks1 --namespace cnpg-system "
                                       "cnpg-cloudnative-pg -o name")));
        QCOMPARE(r.out, QStringLiteral("deployment.apps/cnpg-cloudnative-pg\n"));

        // Every create and change the simulator received counts, refused or not, so that a
        // duplicate always shows in the dump.
        const auto count = [&](const QString& type, const QString& name, const char* field) {
            for (const QJsonObject& o : h.resources(type)) {
                if (o.value(QStringLiteral("name")).toString() == name)
                    return o.value(QLatin1String(field)).toInt();
            }
            return -1;
        };
        QCOMPARE(
            count(QStringLiteral("Microsoft.Resources/resourceGroups"), "rg-test", "createCount"),
            2);
        QCOMPARE(count(QStringLiteral("Microsoft.ContainerService/managedClusters/agentPools"),
                       "postgres", "createCount"),
                 2);
        QCOMPARE(count(QStringLiteral("Microsoft.Authorization/roleAssignments"),
                       h.resources(QStringLiteral("Microsoft.Authorization/roleAssignments"))
                           .value(0)
                           .value(QStringLiteral("name"))
                           .toString(),
                       "createCount"),
                 2);
        QCOMPARE(count(QStringLiteral("Microsoft.ContainerService/managedClusters"), "aks1",
                       "updateCount"),
                 2);
        const QJsonObject kube =
            h.resources(QStringLiteral("Microsoft.ContainerService/managedClusters"))
                .value(0)
                .value(QStringLiteral("kube"))
                .toObject();
        QCOMPARE(kube.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("namespace/cnpg-system"))
                     .toObject()
                     .value(QStringLiteral("createCount"))
                     .toInt(),
                 2);
        const QJsonObject release = kube.value(QStringLiteral("releases"))
                                        .toObject()
                                        .value(QStringLiteral("cnpg-system/cnpg"))
                                        .toObject();
        QCOMPARE(release.value(QStringLiteral("createCount")).toInt(), 1);
        QCOMPARE(release.value(QStringLiteral("updateCount")).toInt(), 1);
    }

    void clusterRulesOfTheRealCli()
    {
        SimHarness h;
        QVERIFY(h.prepare(false));
        // az's autoscaler check: the default node count (3) must lie within min..max.
        SimResult r =
            h.run(QStringLiteral("az"),
                  words(QStringLiteral("aks create -n c1 -g rg-test --enable-cluster-autoscaler "
                                       "--min-count 4 --max-count 5 -o none")));
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, QStringLiteral(
                            "ERROR: node-count is not in the range of min-count and max-count\n"));
        r = h.run(QStringLiteral("az"),
                  words(QStringLiteral("aks create -n c1 -g rg-test --min-count 2 -o none")));
        QVERIFY(r.err.startsWith(QStringLiteral("ERROR: min-count and max-count are required")));
        r = h.run(QStringLiteral("az"),
                  words(QStringLiteral(
                      "aks create -n c1 -g rg-test --enable-workload-identity -o none")));
        QCOMPARE(r.err, QStringLiteral(
                            "ERROR: --enable-workload-identity requires --enable-oidc-issuer\n"));
        r = h.run(QStringLiteral("az"),
                  words(QStringLiteral(
                      "aks create -n c1 -g rg-test --assign-identity nonsense -o none")));
        QCOMPARE(r.code, 2);
        QCOMPARE(
            h.az(words(QStringLiteral("aks create -n c1 -g rg-test --enable-cluster-autoscaler "
                                      "--min-count 4 --max-count 5 "
                                      "--node-count 4 --api-server-authorized-ip-ranges "
                                      "203.0.113.7 --query agentPoolProfiles[0].count -o tsv"))),
            QStringLiteral("4"));
        QCOMPARE(h.az(words(QStringLiteral("aks get-credentials -n c1 -g rg-test -o none"))),
                 QString());
        // The API server only answers the authorized client addresses.
        h.clientIp = QStringLiteral("198.51.100.20");
        r = h.run(QStringLiteral("kubectl"), words(QStringLiteral("get ns default --context c1")));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("Unable to connect to the server: dial tcp ")) &&
                     r.err.contains(QStringLiteral("i/o timeout")),
                 qPrintable(r.err));
        QVERIFY(h.run(QStringLiteral("helm"), words(QStringLiteral("list --kube-context c1")))
                    .err.startsWith(QStringLiteral("Error: Kubernetes cluster unreachable: ")));
        h.clientIp = QStringLiteral("203.0.113.7");
        QCOMPARE(h.run(QStringLiteral("kubectl"),
                       words(QStringLiteral("get ns default --context c1 -o name")))
                     .out,
                 QStringLiteral("namespace/default\n"));

        // What get-credentials merged into the kubeconfig, listed and deleted with kubectl's
        // texts and exit codes (checked against kubectl 1.32).
        const auto kubectl = [&h](const char* args) {
            return h.run(QStringLiteral("kubectl"), words(QLatin1String(args)));
        };
        QCOMPARE(kubectl("config get-clusters").out, QStringLiteral("NAME\nc1\n"));
        QCOMPARE(kubectl("config get-users").out, QStringLiteral("NAME\nclusterUser_rg-test_c1\n"));
        QCOMPARE(kubectl("config get-contexts c1 -o name").out, QStringLiteral("c1\n"));
        r = kubectl("config delete-context c1");
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("deleted context c1 from ")), qPrintable(r.out));
        QVERIFY2(r.err.startsWith(QStringLiteral("warning: this removed your active context")),
                 qPrintable(r.err));
        r = kubectl("config get-contexts c1 -o name");
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, QStringLiteral("error: context c1 not found\n"));
        const QRegularExpression notIn(
            QStringLiteral("^error: cannot delete (context|cluster|user) "
                           "[^ ]+, not in /.+\n$"));
        for (const char* args : {"config delete-context c1", "config delete-cluster nope"}) {
            r = kubectl(args);
            QCOMPARE(r.code, 1);
            QVERIFY2(notIn.match(r.err).hasMatch(), qPrintable(r.err));
        }
        QCOMPARE(kubectl("config delete-cluster c1").code, 0);
        QCOMPARE(kubectl("config delete-user clusterUser_rg-test_c1").code, 0);
        QCOMPARE(kubectl("config get-users").out, QStringLiteral("NAME\n"));
        QVERIFY(notIn.match(kubectl("config delete-user clusterUser_rg-test_c1").err).hasMatch());
    }

    void krewAndThePluginAreInstalledFirst()
    {
        SimHarness h;
        SimResult r = h.run(QStringLiteral("kubectl"), words(QStringLiteral("krew version")));
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, QStringLiteral("error: unknown command \"krew\" for \"kubectl\"\n"));
        // The release tarball: a valid archive whose checksum matches and whose binary
        // installs krew.
        const QString release = h.dir() + QStringLiteral("/release");
        QCOMPARE(
            h.run(QStringLiteral("cnpg-sim"), {QStringLiteral("make-krew-release"), release}).code,
            0);
        const QStringList tarballs = QDir(release).entryList({QStringLiteral("krew-*.tar.gz")});
        QCOMPARE(tarballs.size(), 1);
        QFile sum(release + QLatin1Char('/') + tarballs.first() + QStringLiteral(".sha256"));
        QVERIFY(sum.open(QIODevice::ReadOnly));
        QFile tarball(release + QLatin1Char('/') + tarballs.first());
        QVERIFY(tarball.open(QIODevice::ReadOnly));
        QCOMPARE(sum.readAll().trimmed(),
                 QCryptographicHash::hash(tarball.readAll(), QCryptographicHash::Sha256).toHex());
        QProcess tar;
        tar.setWorkingDirectory(release);
        tar.start(QStringLiteral("tar"), {QStringLiteral("xzf"), tarballs.first()});
        QVERIFY(tar.waitForFinished(30000) && tar.exitCode() == 0);
        QProcess krew;
        krew.setProcessEnvironment(h.environment());
        krew.start(release + QLatin1Char('/') +
                       QString(tarballs.first()).remove(QStringLiteral(".tar.gz")),
                   words(QStringLiteral("install krew")));
        QVERIFY(krew.waitForFinished(30000));
        QCOMPARE(krew.exitCode(), 0);
        r = h.run(QStringLiteral("kubectl"), words(QStringLiteral("krew version")));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("GitTag             v0.4.4")));
        QCOMPARE(h.run(QStringLiteral("kubectl"), words(QStringLiteral("cnpg version"))).err,
                 QStringLiteral("error: unknown command \"cnpg\" for \"kubectl\"\n"));
        QCOMPARE(h.run(QStringLiteral("kubectl"), words(QStringLiteral("krew install cnpg"))).code,
                 0);
        r = h.run(QStringLiteral("kubectl"), words(QStringLiteral("cnpg version")));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Build: {Version:")));
        QVERIFY(
            h.run(QStringLiteral("kubectl"), words(QStringLiteral("krew install cnpg")))
                .err.contains(QStringLiteral("Skipping plugin \"cnpg\", it is already installed")));
    }

    // The state's lock is the kernel's: a holder killed at any moment, even between creating
    // the lock file and writing into it (the executor kills the pollers it stops), leaves
    // nothing that holds the next command up until some stale time has passed.
    void aKilledLockHolderHoldsNobodyUp()
    {
        SimHarness h;
        QVERIFY(h.isValid());
        QVERIFY(h.prepare(false));
        const QString lockPath = h.statePath() + QStringLiteral(".lock");
        QFile leftover(lockPath);
        QVERIFY(leftover.open(QIODevice::WriteOnly | QIODevice::Truncate)); // empty, fresh
        leftover.close();
        QProcess holder;
        holder.start(QStringLiteral("python3"), {QStringLiteral("-c"),
                                                 QStringLiteral("import fcntl, sys, time\n"
                                                                "f = open(sys.argv[1], 'a')\n"
                                                                "fcntl.flock(f, fcntl.LOCK_EX)\n"
                                                                "print('locked', flush=True)\n"
                                                                "time.sleep(600)\n"),
                                                 lockPath});
        while (!holder.canReadLine())
            QVERIFY2(holder.waitForReadyRead(60000), "python3 did not take the lock");
        QCOMPARE(holder.readLine(), QByteArray("locked\n"));
        holder.kill();
        QVERIFY(holder.waitForFinished(60000));
        const SimResult r = h.run(QStringLiteral("az"),
                                  words(QStringLiteral("group show --name rg-test --query name "
                                                       "--output tsv")),
                                  -1);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("rg-test\n"));
        QVERIFY(QFile::exists(lockPath)); // kept: removing it would race a waiting contender
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
