// The exported script, end to end against the simulator: it must build everything, find
// everything on a second run, and get through Azure's transient errors with its retries and
// the guide's remedy.
#include "SimHarness.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtTest>

namespace {

const QString suffix = QStringLiteral("t3stsu1x");

QString resourcesKey(const QJsonObject& dump)
{
    // Every resource with its create count: equal keys mean nothing was created or re-created.
    QStringList parts;
    const QJsonObject res = dump.value(QStringLiteral("resources")).toObject();
    for (auto it = res.begin(); it != res.end(); ++it)
        parts << it.key() + QLatin1Char('=') +
                     QString::number(
                         it.value().toObject().value(QStringLiteral("createCount")).toInt());
    return parts.join(QLatin1Char('\n'));
}

} // namespace

class TestSimScript : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_script;
    QString m_krew;
    QString m_simSha256;

    SimResult runScript(const SimHarness& h, const QStringList& extraEnv = {})
    {
        QProcess bash;
        QProcessEnvironment env = h.environment();
        for (const QString& kv : extraEnv)
            env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        env.insert(QStringLiteral("KREW_DOWNLOAD_URL"), QStringLiteral("file://") + m_krew);
        env.insert(QStringLiteral("CNPG_RETRY_DELAY"), QStringLiteral("0"));
        bash.setProcessEnvironment(env);
        bash.setWorkingDirectory(h.dir());
        bash.start(QStringLiteral("bash"), {m_script});
        SimResult r;
        if (bash.waitForFinished(90000) && bash.exitStatus() == QProcess::NormalExit)
            r.code = bash.exitCode();
        r.out = QString::fromUtf8(bash.readAllStandardOutput());
        r.err = QString::fromUtf8(bash.readAllStandardError());
        return r;
    }

    static int countType(const QJsonObject& dump, const QString& type)
    {
        int n = 0;
        for (const QJsonValue& r : dump.value(QStringLiteral("resources")).toObject())
            n += r.toObject().value(QStringLiteral("type")).toString() == type;
        return n;
    }

    // The script for the test's fixed values; `extra` are more --set assignments.
    static QString exportScript(const QString& path, const QStringList& extra)
    {
        QStringList args{QStringLiteral("--export-script"),
                         path,
                         QStringLiteral("--set"),
                         QStringLiteral("SUFFIX=") + suffix,
                         QStringLiteral("--set"),
                         QStringLiteral("AKS_PRIMARY_CLUSTER_PG_DNSPREFIX=a0123456789"),
                         QStringLiteral("--set"),
                         QStringLiteral("MY_PUBLIC_CLIENT_IP=203.0.113.7")};
        for (const QString& e : extra)
            args << QStringLiteral("--set") << e;
        QProcess wizard;
        wizard.start(QStringLiteral(CNPG_BIN_DIR "/cnpg-aks-wizard"), args);
        if (!wizard.waitForFinished(30000) || wizard.exitCode() != 0)
            return QString::fromUtf8(wizard.readAllStandardError());
        return QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_krew = m_dir.filePath(QStringLiteral("krew"));
        QProcess release;
        release.start(SimHarness::simBinary(), {QStringLiteral("make-krew-release"), m_krew});
        QVERIFY(release.waitForFinished(30000) && release.exitCode() == 0);
        // The simulator's krew is not krew's release: pin its own digest, as a mirror's user
        // would pin the release they mirror.
        const QStringList sums =
            QDir(m_krew).entryList({QStringLiteral("krew-*.tar.gz.sha256")}, QDir::Files);
        QCOMPARE(sums.size(), 1);
        QFile sum(m_krew + QLatin1Char('/') + sums.first());
        QVERIFY(sum.open(QIODevice::ReadOnly));
        const QString platform = sums.first().mid(5).section(QLatin1Char('.'), 0, 0);
        m_simSha256 = QString::fromLatin1(sum.readAll().trimmed().left(64));
        QCOMPARE(m_simSha256.size(), 64);
        m_script = m_dir.filePath(QStringLiteral("deploy.sh"));
        const QString error = exportScript(
            m_script, {QStringLiteral("KREW_SHA256=") + platform + QLatin1Char('=') + m_simSha256});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(QFile::exists(m_script));
    }

    void stopsBeforeTheFirstCreateOnABlockingFinding()
    {
        SimHarness h;
        QVERIFY(h.isValid());
        h.timeScale = 0.001;
        // A subscription with 10 regional vCPUs: the pools need 18.
        QProcess world;
        world.setProcessEnvironment(h.environment());
        world.start(SimHarness::simBinary(),
                    {QStringLiteral("world"),
                     QStringLiteral(R"({"quota": {"westus3": {"cores": {"limit": 10}}}})")});
        QVERIFY(world.waitForFinished(30000) && world.exitCode() == 0);
        const SimResult r = runScript(h);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("[blocking] vCPU quota: Total Regional vCPUs (cores) "
                                               "in westus3: 10 of 10 vCPUs free; creating the "
                                               "node pools needs 18.")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Stopped before creating anything")));
        const QJsonObject dump = h.dump();
        QVERIFY(dump.value(QStringLiteral("resources")).toObject().isEmpty());
        QVERIFY(dump.value(QStringLiteral("extensions")).toObject().isEmpty());

        // Overridden, the run goes on until Azure refuses the user pool, as it would.
        const SimResult anyway = runScript(h, {QStringLiteral("PREFLIGHT_IGNORE=vcpu-quota")});
        QVERIFY(anyway.code != 0);
        QVERIFY2(anyway.err.contains(QStringLiteral("(QuotaExceeded) Operation could not be "
                                                    "completed as it results in exceeding approved "
                                                    "Total Regional Cores quota")),
                 qPrintable(anyway.err.right(3000)));
        QCOMPARE(countType(h.dump(), QStringLiteral("Microsoft.ContainerService/managedClusters")),
                 1);
        QCOMPARE(
            countType(h.dump(), QStringLiteral("Microsoft.ContainerService/managedClusters/agentPools")),
            1); // the system pool only
    }

    void buildsEverythingThenFindsEverything()
    {
        SimHarness h;
        QVERIFY(h.isValid());
        h.timeScale = 0.001;
        const SimResult first = runScript(h);
        QVERIFY2(first.code == 0, qPrintable(first.err.right(3000)));
        const QJsonObject dump = h.dump();
        const QJsonObject resources = dump.value(QStringLiteral("resources")).toObject();
        for (const QJsonValue& r : resources) {
            QCOMPARE(r.toObject().value(QStringLiteral("provisioningState")).toString(),
                     QStringLiteral("Succeeded"));
            QCOMPARE(r.toObject().value(QStringLiteral("createCount")).toInt(), 1);
        }
        const QList<QPair<const char*, int>> expected = {
            {"Microsoft.Resources/resourceGroups", 2}, // the group and the AKS node group
            {"Microsoft.ManagedIdentity/userAssignedIdentities", 2}, // ours and the kubelet's
            {"Microsoft.Storage/storageAccounts", 1},
            {"Microsoft.Storage/storageAccounts/blobServices/containers", 1},
            // the identity's two, and the Grafana Admin that az grafana create gives its creator
            {"Microsoft.Authorization/roleAssignments", 3},
            {"Microsoft.Dashboard/grafana", 1},
            {"Microsoft.Monitor/accounts", 1},
            {"Microsoft.OperationalInsights/workspaces", 1},
            {"Microsoft.ContainerService/managedClusters", 1},
            {"Microsoft.ContainerService/managedClusters/agentPools", 2},
            {"Microsoft.Network/publicIPAddresses", 1},
            {"Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials", 1},
            // what AKS makes in its node resource group: a scale set per pool, the network
            {"Microsoft.Compute/virtualMachineScaleSets", 2},
            {"Microsoft.Network/virtualNetworks", 1},
            {"Microsoft.Network/networkSecurityGroups", 1},
            {"Microsoft.Network/loadBalancers", 1}};
        int total = 0;
        for (const auto& [type, n] : expected) {
            QCOMPARE(countType(dump, QString::fromLatin1(type)), n);
            total += n;
        }
        QCOMPARE(resources.size(), total);
        QCOMPARE(dump.value(QStringLiteral("extensions")).toObject().keys(),
                 (QStringList{QStringLiteral("aks-preview"), QStringLiteral("amg"),
                              QStringLiteral("k8s-extension")}));
        QCOMPARE(dump.value(QStringLiteral("krew"))
                     .toObject()
                     .value(QStringLiteral("plugins"))
                     .toObject()
                     .keys(),
                 (QStringList{QStringLiteral("cnpg"), QStringLiteral("krew")}));
        QJsonObject cluster;
        for (const QJsonValue& r : resources) {
            if (r.toObject().value(QStringLiteral("type")).toString() ==
                QLatin1String("Microsoft.ContainerService/managedClusters"))
                cluster = r.toObject();
        }
        const QJsonObject kube = cluster.value(QStringLiteral("kube")).toObject();
        QVERIFY(kube.value(QStringLiteral("namespaces"))
                    .toObject()
                    .contains(QStringLiteral("cnpg-database")));
        QVERIFY(kube.value(QStringLiteral("namespaces"))
                    .toObject()
                    .contains(QStringLiteral("cnpg-system")));
        const QJsonObject release = kube.value(QStringLiteral("releases"))
                                        .toObject()
                                        .value(QStringLiteral("cnpg-system/cnpg"))
                                        .toObject();
        QCOMPARE(release.value(QStringLiteral("revision")).toInt(), 1);
        // The second guide's objects: the secret the script's pipe filled (48 hex digits) and
        // the Cluster with the client ID the script captured, healthy once the wait returned.
        const QJsonObject objects = kube.value(QStringLiteral("objects")).toObject();
        const QJsonObject secret =
            objects.value(QStringLiteral("Secret/cnpg-database/db-user-pass"))
                .toObject()
                .value(QStringLiteral("object"))
                .toObject();
        QCOMPARE(QByteArray::fromBase64(secret.value(QStringLiteral("data"))
                                            .toObject()
                                            .value(QStringLiteral("password"))
                                            .toString()
                                            .toLatin1())
                     .size(),
                 48);
        const QString pgName = QStringLiteral("pg-primary-cnpg-") + suffix;
        const QJsonObject pg = objects.value(QStringLiteral("Cluster/cnpg-database/") + pgName)
                                   .toObject()
                                   .value(QStringLiteral("object"))
                                   .toObject();
        QVERIFY(!pg.isEmpty());
        const QString clientId = pg.value(QStringLiteral("spec"))
                                     .toObject()
                                     .value(QStringLiteral("serviceAccountTemplate"))
                                     .toObject()
                                     .value(QStringLiteral("metadata"))
                                     .toObject()
                                     .value(QStringLiteral("annotations"))
                                     .toObject()
                                     .value(QStringLiteral("azure.workload.identity/client-id"))
                                     .toString();
        QCOMPARE(clientId.size(), 36); // a GUID from the identity, not the ${...} reference
        const SimResult status =
            h.run(QStringLiteral("kubectl"),
                  {QStringLiteral("get"), QStringLiteral("clusters.postgresql.cnpg.io"), pgName,
                   QStringLiteral("--namespace"), QStringLiteral("cnpg-database"),
                   QStringLiteral("--output"), QStringLiteral("jsonpath={.status.phase}")});
        QCOMPARE(status.out, QStringLiteral("Cluster in healthy state"));
        // The pinned versions: the tested Kubernetes (no az to ask for the region's when the
        // script was exported) and the pinned chart.
        QCOMPARE(release.value(QStringLiteral("chartVersion")).toString(),
                 QStringLiteral("0.29.0"));
        QCOMPARE(cluster.value(QStringLiteral("body"))
                     .toObject()
                     .value(QStringLiteral("kubernetesVersion"))
                     .toString(),
                 QStringLiteral("1.34"));
        QCOMPARE(cluster.value(QStringLiteral("body"))
                     .toObject()
                     .value(QStringLiteral("addonProfiles"))
                     .toObject()
                     .value(QStringLiteral("omsagent"))
                     .toObject()
                     .value(QStringLiteral("enabled"))
                     .toBool(),
                 true);
        // The script's outputs are the simulated resources' values.
        QVERIFY(first.out.contains(
            QStringLiteral("AKS_PRIMARY_CLUSTER_NODERG_NAME=rg-cnpg-primary-aksmanaged-") +
            suffix));
        QVERIFY(first.out.contains(QStringLiteral("AKS_PRIMARY_CLUSTER_PUBLICIP_ADDRESS=20.")));

        // CloudNativePG's dashboard, imported once into the Grafana.
        const auto dashboardImports = [](const QJsonObject& d) {
            for (const QJsonValue& r : d.value(QStringLiteral("resources")).toObject()) {
                if (r.toObject().value(QStringLiteral("type")).toString() ==
                    QLatin1String("Microsoft.Dashboard/grafana"))
                    return r.toObject()
                        .value(QStringLiteral("dashboards"))
                        .toObject()
                        .value(QStringLiteral("cloudnative-pg"))
                        .toObject()
                        .value(QStringLiteral("importCount"))
                        .toInt();
            }
            return -1;
        };
        QCOMPARE(dashboardImports(dump), 1);

        const SimResult second = runScript(h);
        QVERIFY2(second.code == 0, qPrintable(second.err.right(3000)));
        const QJsonObject again = h.dump();
        QCOMPARE(resourcesKey(again), resourcesKey(dump));
        QCOMPARE(dashboardImports(again), 1);
        QCOMPARE(again.value(QStringLiteral("resources"))
                     .toObject()
                     .value(cluster.value(QStringLiteral("id")).toString().toLower())
                     .toObject()
                     .value(QStringLiteral("kube"))
                     .toObject()
                     .value(QStringLiteral("releases"))
                     .toObject()
                     .value(QStringLiteral("cnpg-system/cnpg"))
                     .toObject()
                     .value(QStringLiteral("revision"))
                     .toInt(),
                 1);
        QVERIFY(!second.err.contains(QStringLiteral("Installing plugin")));
    }

    // --export-settings/--export-script ask az for the region's default Kubernetes version and
    // pin it; a version the user chose stays; without az the tested default is pinned.
    void exportPinsTheRegionsVersion()
    {
        SimHarness h;
        QVERIFY(h.isValid());
        h.timeScale = 0.001;
        const auto exportWith = [&](const QProcessEnvironment& env, const QStringList& extra,
                                    QString* err) -> QString {
            const QString json = m_dir.filePath(QStringLiteral("resolved.json"));
            const QString script = m_dir.filePath(QStringLiteral("resolved.sh"));
            QFile::remove(json);
            QProcess wizard;
            wizard.setProcessEnvironment(env);
            wizard.start(QStringLiteral(CNPG_BIN_DIR "/cnpg-aks-wizard"),
                         QStringList{QStringLiteral("--export-settings"), json,
                                     QStringLiteral("--export-script"), script,
                                     QStringLiteral("--set"),
                                     QStringLiteral("MY_PUBLIC_CLIENT_IP=203.0.113.7")} +
                             extra);
            if (!wizard.waitForFinished(30000) || wizard.exitCode() != 0)
                return QStringLiteral("failed: ") +
                       QString::fromUtf8(wizard.readAllStandardError());
            *err = QString::fromUtf8(wizard.readAllStandardError());
            QFile f(json);
            if (!f.open(QIODevice::ReadOnly))
                return QStringLiteral("no settings file");
            const QString version = QJsonDocument::fromJson(f.readAll())
                                        .object()
                                        .value(QStringLiteral("variables"))
                                        .toObject()
                                        .value(QStringLiteral("AKS_CLUSTER_VERSION"))
                                        .toString();
            QFile sh(script);
            if (!sh.open(QIODevice::ReadOnly) ||
                !sh.readAll().contains(
                    QByteArray("\nexport AKS_CLUSTER_VERSION='" + version.toUtf8() + "'\n")))
                return QStringLiteral("the script pins another version");
            return version;
        };
        QString err;
        QCOMPARE(exportWith(h.environment(), {}, &err), QStringLiteral("1.35"));
        QCOMPARE(exportWith(h.environment(),
                            {QStringLiteral("--set"), QStringLiteral("AKS_CLUSTER_VERSION=1.36")},
                            &err),
                 QStringLiteral("1.36"));
        QProcessEnvironment noAz = h.environment();
        noAz.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        QVERIFY(QStandardPaths::findExecutable(QStringLiteral("az"),
                                               {QStringLiteral("/usr/bin"), QStringLiteral("/bin")})
                    .isEmpty());
        QCOMPARE(exportWith(noAz, {}, &err), QStringLiteral("1.34"));
        QVERIFY2(err.contains(QStringLiteral("1.34")), qPrintable(err));
    }

    // A krew archive that is not the pinned one installs nothing, and the script stops before
    // it creates anything in Azure.
    void aKrewArchiveThatDiffersFromThePinInstallsNothing()
    {
        const QString script = m_dir.filePath(QStringLiteral("pinned.sh"));
        const QString error = exportScript(script, {}); // krew's real digests
        QVERIFY2(error.isEmpty(), qPrintable(error));
        SimHarness h;
        QVERIFY(h.isValid());
        h.timeScale = 0.001;
        const QString saved = m_script;
        m_script = script;
        const SimResult r = runScript(h);
        m_script = saved;
        QVERIFY(r.code != 0);
        QVERIFY2(QString(r.out + r.err).contains(QStringLiteral("FAILED")),
                 qPrintable(r.err.right(2000)));
        const QJsonObject dump = h.dump();
        QVERIFY(dump.value(QStringLiteral("krew"))
                    .toObject()
                    .value(QStringLiteral("plugins"))
                    .toObject()
                    .isEmpty());
        QVERIFY(dump.value(QStringLiteral("resources")).toObject().isEmpty());
    }

    void getsThroughTransientErrors()
    {
        SimHarness h;
        h.timeScale = 0.001;
        h.faults = QStringLiteral(
            "aks nodepool add=OperationNotAllowed*1; storage container create=NetworkRules*1; "
            "grafana create=InternalServerError*1; aks create=Throttled*2; "
            "role assignment create=PrincipalNotFound*1; aks enable-addons=OperationNotAllowed*2");
        const SimResult r = runScript(h);
        QVERIFY2(r.code == 0, qPrintable(r.err.right(3000)));
        const QJsonObject dump = h.dump();
        const QJsonObject faults = dump.value(QStringLiteral("faults")).toObject();
        QCOMPARE(faults.size(), 6);
        for (const QJsonValue& left : faults)
            QCOMPARE(left.toInt(), 0);
        QCOMPARE(r.err.count(QStringLiteral("Transient error; retrying")), 7);
        // The network-rules error took the guide's remedy: the user now owns the blob data
        // (beside the identity's two and the creator's Grafana Admin).
        QCOMPARE(countType(dump, QStringLiteral("Microsoft.Authorization/roleAssignments")), 4);
        for (const QJsonValue& res : dump.value(QStringLiteral("resources")).toObject())
            QCOMPARE(res.toObject().value(QStringLiteral("createCount")).toInt(), 1);
    }

    // The script's probe tells "not found" from "could not tell": a check that keeps failing
    // otherwise stops the script before any create; one that fails once is asked again.
    void aProbeThatCannotTellStopsTheScript_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("unknown, always") << "group show=Error:something odd*always" << false;
        QTest::newRow("throttled, always") << "identity show=Throttled*always" << false;
        QTest::newRow("kubectl 500, always")
            << "kubectl get namespace=InternalServerError*always" << false;
        QTest::newRow("helm 503, always") << "helm status=ServiceUnavailable*always" << false;
        QTest::newRow("every probe once")
            << "group show=InternalServerError*1; identity show=Throttled*1; "
               "storage account show=Error:odd*1; storage container exists=Throttled*1; "
               "grafana show=Error:odd*1; monitor account show=Throttled*1; "
               "aks nodepool show=Error:odd*1; role assignment list=InternalServerError*1; "
               "network public-ip show=Throttled*1; kubectl get namespace=EtcdTimeout*1; "
               "helm status=InternalServerError*1; kubectl cnpg version=Throttled*1"
            << true;
    }

    void aProbeThatCannotTellStopsTheScript()
    {
        QFETCH(QString, faults);
        QFETCH(bool, succeeds);
        SimHarness h;
        h.timeScale = 0.001;
        const SimResult first = runScript(h);
        QVERIFY2(first.code == 0, qPrintable(first.err.right(3000)));
        const QString before = resourcesKey(h.dump());
        h.faults = faults;
        const SimResult again = runScript(h);
        QCOMPARE(resourcesKey(h.dump()), before); // nothing created (or re-created)
        if (succeeds) {
            QVERIFY2(again.code == 0, qPrintable(again.err.right(3000)));
            QVERIFY(again.err.contains(QStringLiteral("The check failed; trying again")));
        } else {
            QVERIFY(again.code != 0);
            QVERIFY2(again.err.contains(QStringLiteral("Cannot tell whether it exists")),
                     qPrintable(again.err.right(3000)));
        }
    }

    void resumesAfterAFailure()
    {
        SimHarness h;
        h.timeScale = 0.001;
        // An error that is not transient stops the run there, and the next run goes on.
        h.faults = QStringLiteral("kubectl create namespace=Error:admission webhook denied*1");
        const SimResult failed = runScript(h);
        QVERIFY(failed.code != 0);
        QVERIFY(failed.err.contains(QStringLiteral("admission webhook denied")));
        QCOMPARE(countType(h.dump(), QStringLiteral("Microsoft.Network/publicIPAddresses")), 0);
        const SimResult resumed = runScript(h);
        QVERIFY2(resumed.code == 0, qPrintable(resumed.err.right(3000)));
        const QJsonObject dump = h.dump();
        QCOMPARE(countType(dump, QStringLiteral("Microsoft.Network/publicIPAddresses")), 1);
        for (const QJsonValue& res : dump.value(QStringLiteral("resources")).toObject())
            QCOMPARE(res.toObject().value(QStringLiteral("createCount")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSimScript)
#include "tst_simscript.moc"
