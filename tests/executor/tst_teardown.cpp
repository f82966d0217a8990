// The teardown against the simulator through the headless app and the exported script: nothing
// is deleted without the resource group's name, someone else's resource group survives, a
// killed teardown resumes to the end, the Log Analytics workspace stays soft-deleted (recovered
// by a deployment into the same group, its name refused elsewhere) unless purged, and the
// wizard and the script delete the same things.

#include "SimWorld.h"
#include "process/ProcessLauncher.h"
#include "run/TeardownInventory.h"
#include "run/TeardownWatch.h"
#include "settings/Settings.h"
#include "settings/SettingsFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>
#include <csignal>

using namespace cnpg;

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

// The names of the resources (and groups) that exist, by "type/name", lowercased.
QStringList existing(const QJsonObject& dump)
{
    QStringList out;
    const QJsonObject resources = dump.value(s("resources")).toObject();
    for (const QJsonValue& v : resources) {
        const QJsonObject r = v.toObject();
        if (r.value(s("provisioningState")).toString() != QLatin1String("Deleting"))
            out << (r.value(s("type")).toString() + QLatin1Char('/') +
                    r.value(s("name")).toString())
                       .toLower();
    }
    out.sort();
    return out;
}

// The kubeconfig entries of the simulated machine, as "context/NAME", "cluster/NAME", "user/NAME".
QStringList kubeconfig(const QJsonObject& dump)
{
    QStringList out;
    const QJsonObject kc = dump.value(s("kubeconfig")).toObject();
    for (const char* kind : {"context", "cluster", "user"}) {
        for (const QString& name :
             kc.value(QLatin1String(kind) + QLatin1Char('s')).toObject().keys())
            out << QLatin1String(kind) + QLatin1Char('/') + name;
    }
    return out;
}

QStringList kubeconfigOf(const Settings& st)
{
    const QString cluster = st.value(keys::ClusterName);
    return {s("context/") + cluster, s("cluster/") + cluster,
            s("user/clusterUser_") + st.value(keys::ResourceGroup) + QLatin1Char('_') + cluster};
}

bool hasGroup(const QJsonObject& dump, const QString& name)
{
    return existing(dump).contains(s("microsoft.resources/resourcegroups/") + name.toLower());
}

struct World
{
    SimWorld sim;
    Settings settings = Settings::withGeneratedIds();
    QString settingsFile;
    QString other = s("rg-someone-else");

    bool init(QString* error)
    {
        if (!sim.init({}, s("0.002"), error))
            return false;
        settings.setValue(keys::ClientIp, s("203.0.113.10"));
        settingsFile = sim.path(s("settings.json"));
        if (!SettingsFile::save(settingsFile, settings)) {
            *error = s("cannot save the settings");
            return false;
        }
        return true;
    }
    SimWorld::Result app(const QStringList& args) const
    {
        return sim.runApp(args + QStringList{s("--simulate"), s("--settings"), settingsFile});
    }
    QString group() const { return settings.value(keys::ResourceGroup); }
};

// Deploys, and makes a resource group of someone else's with something in it.
bool deploy(const World& w, QString* error)
{
    const SimWorld::Result r = w.app({s("--apply")});
    if (r.exitCode != 0) {
        *error = QString::fromUtf8(r.out + r.err);
        return false;
    }
    for (const QStringList& cmd :
         {QStringList{s("az"), s("group"), s("create"), s("--name"), w.other, s("--location"),
                      s("westus3"), s("--output"), s("none")},
          QStringList{s("az"), s("identity"), s("create"), s("--name"), s("theirs"),
                      s("--resource-group"), w.other, s("--output"), s("none")}}) {
        const SimWorld::Result c = w.sim.sim(cmd);
        if (c.exitCode != 0) {
            *error = QString::fromUtf8(c.err);
            return false;
        }
    }
    return true;
}

// Runs the exported teardown script with CONFIRM_RESOURCE_GROUP = `confirm` (and
// DELETE_FOREIGN=yes when `foreign`), stdin closed.
SimWorld::Result runScript(const World& w, const QString& script, const QString& confirm,
                           bool foreign = false)
{
    QProcessEnvironment env = w.sim.environment();
    env.insert(s("CONFIRM_RESOURCE_GROUP"), confirm);
    if (foreign)
        env.insert(s("DELETE_FOREIGN"), s("yes"));
    return SimWorld::run(s("bash"), {script}, env);
}

// The teardown, SIGKILLed once its resource group step runs.
int killedTeardown(const World& w)
{
    QProcess app;
    QProcessEnvironment env = w.sim.environment();
    env.insert(s("XDG_DATA_HOME"), w.sim.path(s("xdg")));
    env.insert(s("XDG_CACHE_HOME"), w.sim.path(s("xdg-cache")));
    env.insert(s("PATH"), QProcessEnvironment::systemEnvironment().value(s("PATH")));
    env.remove(s("KREW_ROOT"));
    app.setProcessEnvironment(env);
    QObject::connect(&app, &QProcess::readyReadStandardOutput, [&] {
        while (app.canReadLine()) {
            if (app.readLine().contains("teardown.group Running"))
                ::kill(pid_t(app.processId()), SIGKILL);
        }
    });
    app.start(SimWorld::wizardProgram(),
              {s("--destroy"), s("--confirm"), w.group(), s("--delete-foreign"), s("--simulate"),
               s("--settings"), w.settingsFile});
    // waitForFinished() delivers readyRead on the way.
    if (app.waitForStarted(-1))
        app.waitForFinished(-1);
    return app.exitStatus() == QProcess::CrashExit ? -9 : app.exitCode();
}

} // namespace

class TestTeardown : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(SimWorld::simProgram()).isExecutable(), "cnpg-sim is not built");
    }

    // What the plan creates, what AKS keeps in its node resource group and what the monitoring
    // add-ons make beside the cluster is the deployment's; anything else is not.
    void inventoryKnowsWhatIsOurs()
    {
        const Settings st = Settings::withGeneratedIds();
        const QString rg = st.value(keys::ResourceGroup);
        const QString cluster = st.value(keys::ClusterName);
        using I = TeardownInventory::Item;
        const auto ours = [&st](const QString& group, const char* type, const QString& name) {
            return TeardownInventory::isOurs(st, I{group, s(type), name, false});
        };
        QVERIFY(ours(rg, "Microsoft.ContainerService/managedClusters", cluster));
        QVERIFY(ours(rg, "microsoft.storage/storageaccounts", st.value(keys::StorageAccount)));
        QVERIFY(ours(rg, "Microsoft.Insights/dataCollectionRules", s("MSCI-westus3-") + cluster));
        QVERIFY(
            ours(rg, "Microsoft.Insights/dataCollectionEndpoints", s("MSProm-westus3-") + cluster));
        QVERIFY(ours(rg, "Microsoft.AlertsManagement/prometheusRuleGroups",
                     s("NodeRecordingRulesRuleGroup-") + cluster));
        QVERIFY(ours(st.value(keys::ManagedRg), "Microsoft.Compute/virtualMachineScaleSets",
                     s("aks-systempool-12345678-vmss")));
        QVERIFY(!ours(rg, "Microsoft.ManagedIdentity/userAssignedIdentities", s("intruder")));
        QVERIFY(!ours(rg, "Microsoft.Insights/dataCollectionRules", s("MSCI-westus3-another")));
        QVERIFY(!ours(rg, "Microsoft.Storage/storageAccounts", s("someoneelses")));
    }

    void confirmedKilledResumedAndDeployedAgain()
    {
        World w;
        QString error;
        QVERIFY2(w.init(&error), qPrintable(error));
        QVERIFY2(deploy(w, &error), qPrintable(error));
        const QStringList before = existing(w.sim.dump());
        QVERIFY(hasGroup(w.sim.dump(), w.group()));

        // Without the resource group's name, nothing goes.
        SimWorld::Result r = w.app({s("--destroy"), s("--confirm"), w.group() + s("x")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("nothing was deleted"));
        // What get-credentials merged into this machine's kubeconfig is listed too.
        const QString cluster = w.settings.value(keys::ClusterName);
        const QByteArray local =
            QStringLiteral("On this machine: kubeconfig context %1, cluster %1, user "
                           "clusterUser_%2_%1")
                .arg(cluster, w.group())
                .toUtf8();
        QVERIFY2(r.out.contains(local), r.out.constData());
        r = w.app({s("--destroy")}); // no terminal to ask on
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--confirm"));
        QCOMPARE(existing(w.sim.dump()), before);
        QCOMPARE(kubeconfig(w.sim.dump()), kubeconfigOf(w.settings));

        // Something in the group that the deployment did not make: listed, and a second
        // confirmation needed.
        QCOMPARE(w.sim
                     .sim({s("az"), s("identity"), s("create"), s("--name"), s("intruder"),
                           s("--resource-group"), w.group(), s("--output"), s("none")})
                     .exitCode,
                 0);
        r = w.app({s("--destroy"), s("--confirm"), w.group()});
        QCOMPARE(r.exitCode, 2);
        const QByteArray listed = "! " + w.group().toUtf8() +
                                  " / Microsoft.ManagedIdentity/userAssignedIdentities / intruder";
        QVERIFY2(r.out.contains(listed), r.out.constData());
        QVERIFY(r.err.contains("--delete-foreign"));
        QVERIFY(hasGroup(w.sim.dump(), w.group()));

        // Killed while the group is being deleted, then resumed to the end.
        const int killed = killedTeardown(w);
        QVERIFY(killed == -9 || killed == 0);
        QTRY_COMPARE_WITH_TIMEOUT(w.sim.strayProcesses().size(), 0, 60000);
        r = w.app(
            {s("--destroy"), s("--resume"), s("--confirm"), w.group(), s("--delete-foreign")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY(r.out.contains("The teardown finished"));

        // Both groups of the deployment are gone; someone else's is untouched. So are the
        // kubeconfig's entries for the cluster, whichever run removed them.
        QJsonObject dump = w.sim.dump();
        QCOMPARE(kubeconfig(dump), QStringList());
        QVERIFY(!hasGroup(dump, w.group()));
        QVERIFY(!hasGroup(dump, w.settings.value(keys::ManagedRg)));
        QVERIFY(hasGroup(dump, w.other));
        QVERIFY(
            existing(dump).contains(s("microsoft.managedidentity/userassignedidentities/theirs")));

        // The workspace was soft-deleted: its name is refused to another resource group...
        const QString workspace = w.settings.value(keys::Ala);
        r = w.sim.sim({s("az"), s("monitor"), s("log-analytics"), s("workspace"), s("create"),
                       s("--resource-group"), w.other, s("--workspace-name"), workspace});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("is not unique"), r.err.constData());
        // ...and a deployment with the same settings recovers it.
        r = w.app({s("--apply")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        dump = w.sim.dump();
        QVERIFY(hasGroup(dump, w.group()));
        QVERIFY(existing(dump).contains(s("microsoft.operationalinsights/workspaces/") +
                                        workspace.toLower()));
        QVERIFY(dump.value(s("softDeleted")).toObject().isEmpty());
    }

    // The estimate, on a clock of the test's own: the cluster's typical time less the time gone
    // by, then the slowest of the rest, which Resource Manager deletes after it; nothing listed,
    // nothing to wait for.
    void watchEstimatesFromTypicalTimes()
    {
        QProcessLauncher launcher;
        TeardownWatch watch(launcher, QProcessEnvironment());
        QCOMPARE(watch.estimatedRemainingMs(), -1);
        qint64 now = 1000;
        watch.setClock([&now] { return now; });
        watch.setTimeScale(0.5);
        const QString rg = s("rg");
        const QList<TeardownInventory::Item> items = {
            {rg, s("Microsoft.ManagedIdentity/userAssignedIdentities"), s("id"), true},
            {rg, s("microsoft.containerservice/managedclusters"), s("aks"), true}};
        watch.start(Settings::withGeneratedIds(), items, 3600000);
        QVERIFY(watch.isRunning());
        const qint64 cluster = TeardownWatch::typicalDeleteMs(items.at(1).type) / 2;
        const qint64 identity = TeardownWatch::typicalDeleteMs(items.at(0).type) / 2;
        QVERIFY(cluster > 60000 && identity > 0);
        QCOMPARE(watch.estimatedRemainingMs(), cluster + identity);
        now += 60000;
        QCOMPARE(watch.elapsedMs(), 60000);
        QCOMPARE(watch.estimatedRemainingMs(), cluster - 60000 + identity);
        now += 3600000; // longer than usual: the cluster is about to go
        QCOMPARE(watch.estimatedRemainingMs(), identity);
        QCOMPARE(watch.remaining(), 2);
        watch.stop();
        QVERIFY(!watch.isRunning());

        QSignalSpy gone(&watch, &TeardownWatch::allGone);
        watch.start(Settings::withGeneratedIds(), {}, 10);
        QVERIFY(gone.wait(10000));
        QCOMPARE(watch.estimatedRemainingMs(), 0);
    }

    // While `--destroy` deletes the groups (stretched to seconds), a watch of the test's own
    // sees the resources go one by one in Resource Manager's order, the estimate falls to 0,
    // and the app prints each resource as it goes and how many are left.
    void watchFollowsTheDeletion()
    {
        World w;
        QString error;
        QVERIFY2(w.init(&error), qPrintable(error));
        QVERIFY2(deploy(w, &error), qPrintable(error));

        QProcessLauncher launcher;
        TeardownInventory inventory(launcher, w.sim.environment());
        QList<TeardownInventory::Item> items;
        QString listError = s("not listed");
        QObject::connect(&inventory, &TeardownInventory::finished, &inventory,
                         [&](const QList<TeardownInventory::Item>& i, const QString& e) {
                             items = i;
                             listError = e;
                         });
        inventory.start(w.settings);
        QTRY_VERIFY_WITH_TIMEOUT(listError != s("not listed"), 60000);
        QCOMPARE(listError, QString());
        QVERIFY(items.size() > 10);

        QProcess app;
        QProcessEnvironment env = w.sim.environment();
        env.insert(s("XDG_DATA_HOME"), w.sim.path(s("xdg")));
        env.insert(s("XDG_CACHE_HOME"), w.sim.path(s("xdg-cache")));
        env.insert(s("PATH"), QProcessEnvironment::systemEnvironment().value(s("PATH")));
        env.insert(s("CNPG_SIM_DURATIONS"),
                   s("group delete=3000")); // 6 s here, within the wait's hour
        env.remove(s("KREW_ROOT"));
        app.setProcessEnvironment(env);
        app.start(SimWorld::wizardProgram(),
                  {s("--destroy"), s("--confirm"), w.group(), s("--delete-foreign"),
                   s("--simulate"), s("--settings"), w.settingsFile});

        TeardownWatch watch(launcher, w.sim.environment());
        watch.setTimeScale(0.01);
        QList<qint64> estimates;
        QObject::connect(&watch, &TeardownWatch::polled, &watch,
                         [&] { estimates << watch.estimatedRemainingMs(); });
        QSignalSpy changed(&watch, &TeardownWatch::changed);
        QSignalSpy allGone(&watch, &TeardownWatch::allGone);
        watch.start(w.settings, items, 100);
        QVERIFY(allGone.wait(120000));
        QVERIFY(!watch.isRunning());
        QVERIFY2(changed.size() >= 3, "the resources went in one go");
        QCOMPARE(watch.remaining(), 0);
        QCOMPARE(watch.estimatedRemainingMs(), 0);
        QVERIFY(!estimates.isEmpty());
        QVERIFY(std::is_sorted(estimates.crbegin(), estimates.crend()));

        // Resource Manager's order: the cluster (which manages the node resource group, whose
        // scale sets go first) before the remaining resources such as the storage account.
        const auto after = [&watch](const QString& type) {
            for (const TeardownWatch::Entry& e : watch.entries()) {
                if (e.item.type.compare(type, Qt::CaseInsensitive) == 0) {
                    return e.gone ? e.goneAfterMs : qint64(-1);
                }
            }
            return qint64(-2);
        };
        const qint64 vmss = after(s("Microsoft.Compute/virtualMachineScaleSets"));
        const qint64 cluster = after(s("Microsoft.ContainerService/managedClusters"));
        const qint64 storage = after(s("Microsoft.Storage/storageAccounts"));
        QVERIFY2(vmss >= 0 && cluster >= 0 && storage >= 0,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(vmss).arg(cluster).arg(storage)));
        QVERIFY(vmss <= cluster);
        QVERIFY(cluster < storage);

        QVERIFY(app.waitForFinished(120000));
        const QString out = QString::fromUtf8(app.readAllStandardOutput());
        QVERIFY2(app.exitCode() == 0,
                 qPrintable(out + QString::fromUtf8(app.readAllStandardError())));
        const QRegularExpression line(
            QStringLiteral(
                "deleted after [0-9]+s: Microsoft.ContainerService/managedClusters %1\\n")
                .arg(QRegularExpression::escape(w.settings.value(keys::ClusterName))));
        QVERIFY2(line.match(out).hasMatch(), qPrintable(out));
        QVERIFY2(
            QRegularExpression(QStringLiteral("[0-9]+ resource(s|\\(s\\))? left after [0-9]+s, "))
                .match(out)
                .hasMatch(),
            qPrintable(out));
        QCOMPARE(out.count(QStringLiteral("deleted after ")), items.size());
    }

    // The same deployment torn down by the wizard in one world and by the exported script in
    // another, both purging the workspace: the same things are left, and no name is held.
    void scriptDeletesWhatTheWizardDeletes()
    {
        World wizard;
        World script;
        QString error;
        QVERIFY2(wizard.init(&error), qPrintable(error));
        script.settings = wizard.settings;
        QVERIFY2(script.init(&error), qPrintable(error));
        QVERIFY2(deploy(wizard, &error), qPrintable(error));
        QVERIFY2(deploy(script, &error), qPrintable(error));

        // Both groups hold something the deployment did not make.
        for (const World* w : {&wizard, &script}) {
            QCOMPARE(w->sim
                         .sim({s("az"), s("identity"), s("create"), s("--name"), s("intruder"),
                               s("--resource-group"), w->group(), s("--output"), s("none")})
                         .exitCode,
                     0);
        }
        SimWorld::Result r = wizard.app({s("--destroy"), s("--purge-workspace"), s("--confirm"),
                                         wizard.group(), s("--delete-foreign")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        // Again: nothing is left, in Azure or in the kubeconfig, and that is no error.
        r = wizard.app({s("--destroy"), s("--confirm"), wizard.group()});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY(!r.out.contains("On this machine"));
        QVERIFY2(r.out.contains("teardown.kubeconfig.user Succeeded"), r.out.constData());

        const QString file = script.sim.path(s("teardown.sh"));
        r = script.app({s("--export-teardown"), file, s("--purge-workspace")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray text = exported.readAll();
        for (const char* what : {"delete-context", "delete-cluster", "delete-user"})
            QVERIFY2(text.contains(QByteArray("ignore_gone ")) &&
                         text.contains(QByteArray(QByteArray("kubectl config ") + what)),
                     what);
        if (!QStandardPaths::findExecutable(s("shellcheck")).isEmpty()) {
            r = SimWorld::run(s("shellcheck"), {file}, QProcessEnvironment::systemEnvironment());
            QVERIFY2(r.exitCode == 0, r.out.constData());
        }
        const QStringList before = existing(script.sim.dump());
        r = runScript(script, file, s("not-the-name"));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(existing(script.sim.dump()), before);
        // The right name, but the intruder needs DELETE_FOREIGN=yes.
        r = runScript(script, file, script.group());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("  ! Microsoft.ManagedIdentity/userAssignedIdentities / intruder"),
                 r.err.constData());
        QCOMPARE(existing(script.sim.dump()), before);
        r = runScript(script, file, script.group(), true);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // A second run finds nothing left to delete, and that is no error.
        r = runScript(script, file, script.group(), true);
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const QJsonObject a = wizard.sim.dump();
        const QJsonObject b = script.sim.dump();
        QCOMPARE(existing(a), existing(b));
        QCOMPARE(kubeconfig(a), QStringList());
        QCOMPARE(kubeconfig(b), QStringList());
        QCOMPARE(a.value(s("kubeconfig")), b.value(s("kubeconfig")));
        QVERIFY(hasGroup(a, wizard.other));
        QVERIFY(!hasGroup(a, wizard.group()));
        QVERIFY(a.value(s("softDeleted")).toObject().isEmpty());
        QVERIFY(b.value(s("softDeleted")).toObject().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTeardown)
#include "tst_teardown.moc"
