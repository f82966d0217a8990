// The executor against the real simulator (cnpg-sim): a full run, each injected fault, an
// unknown error, cancel, and the headless app killed with SIGKILL and resumed.

#include "ExecutorTestUtil.h"
#include "SimWorld.h"
#include "plan/PlanBuilder.h"
#include "process/ProcessLauncher.h"
#include "run/Executor.h"
#include "run/Journal.h"
#include "run/LivePhase.h"
#include "settings/Settings.h"
#include "settings/SettingsFile.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <algorithm>
#include <csignal>
#include <functional>
#include <spdlog/spdlog.h>
#include <unistd.h>

using namespace cnpg;
using namespace testutil;

namespace {

// Fast enough for CI, slow enough that long operations overlap and can be caught mid-way.
const QString FastScale = QStringLiteral("0.002");

Settings testSettings()
{
    Settings s = Settings::withGeneratedIds();
    s.setValue(keys::ClientIp, QStringLiteral("203.0.113.10"));
    return s;
}

ExecutorOptions simOptions(const SimWorld& world)
{
    ExecutorOptions o;
    o.parallelLimit = 8;
    o.retry.baseDelayMs = 20;
    o.retry.factor = 2.0;
    o.retry.capMs = 200;
    o.retry.maxAttempts = 8;
    o.pollIntervalMs = 40;
    o.graceMs = 2000;
    o.environment = world.environment();
    o.workingDirectory = world.path(QString());
    o.krewBaseUrl = world.krewUrl();
    return o;
}

struct Run
{
    Run(SimWorld& world, const Settings& settings, ExecutorOptions options)
        : plan(PlanBuilder::build(settings))
        , executor(launcher, plan, settings.resolvedValues(), PlanBuilder::listValues(settings),
                   std::move(options))
        , recorder(executor)
    {
        Q_UNUSED(world);
    }
    QProcessLauncher launcher;
    Plan plan;
    Executor executor;
    Recorder recorder;
};

QString failures(const Run& run)
{
    QStringList out;
    for (const Step& s : run.plan.steps()) {
        const StepStatus st = run.executor.status(s.id);
        if (st.state == StepState::Failed)
            out << s.id + QStringLiteral(" (") + st.reason + QStringLiteral("): ") + st.errorText;
    }
    return out.join(QLatin1Char('\n'));
}

// Every resource created once, and at least `atLeast` of them.
void verifyCreatedOnce(const QJsonObject& dump, int atLeast)
{
    const auto counts = SimWorld::createCounts(dump);
    QVERIFY2(counts.size() >= atLeast,
             qPrintable(QStringLiteral("%1 resources").arg(counts.size())));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        QVERIFY2(it.value() == 1,
                 qPrintable(QStringLiteral("%1 created %2 times").arg(it.key()).arg(it.value())));
}

} // namespace

class TestExecutorSim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullRunThenRerunCreatesNothingTwice();
    void faultRecovers_data();
    void faultRecovers();
    void unknownErrorStopsOnlyDependants();
    void cancelLeavesNoChild();
    void killedAndResumedCreatesOnce();
    void interruptExits130();
    void probeFaultsNeverCreateTwice();
    void resumeReinstallsRemovedExtension();
    void outputsListOnlyWhatExists();
};

void TestExecutorSim::initTestCase()
{
    spdlog::set_level(spdlog::level::warn);
    QVERIFY2(QFileInfo(SimWorld::simProgram()).isExecutable(), "cnpg-sim is not built");
}

void TestExecutorSim::fullRunThenRerunCreatesNothingTwice()
{
    SimWorld world;
    QString error;
    QVERIFY2(world.init({}, FastScale, &error), qPrintable(error));
    const Settings settings = testSettings();
    int created = 0;
    {
        Run run(world, settings, simOptions(world));
        QSignalSpy live(&run.executor, &Executor::provisioningStateChanged);
        Recorder recorder(run.executor);
        QCOMPARE(runToEnd(run.executor, 60000), Executor::Outcome::Succeeded);
        // The krew download reports its progress while the step runs, up to the whole archive.
        const auto krew = recorder.statusesOf(QStringLiteral("krew.install"), StepState::Running);
        const auto downloading = std::find_if(krew.rbegin(), krew.rend(),
                                              [](const StepStatus& s) { return s.bytesDone > 0; });
        QVERIFY2(downloading != krew.rend(), "no download progress from the krew step");
        if (downloading->bytesTotal > 0)
            QCOMPARE(downloading->bytesDone, downloading->bytesTotal);
        QCOMPARE(run.executor.status(QStringLiteral("krew.install")).bytesDone, qint64(-1));
        for (const Step& s : run.plan.steps()) {
            const StepState st = run.executor.status(s.id).state;
            if (s.conditional)
                QCOMPARE(st, StepState::Pending);
            else
                QVERIFY2(isDone(st), qPrintable(s.id + QLatin1Char(' ') + stepStateName(st)));
            if (s.kind == StepKind::Create && !s.conditional)
                created += st == StepState::Succeeded ? 1 : 0;
        }
        QVERIFY(created >= 15);
        QVERIFY2(!live.isEmpty(), "no live provisioning state while long operations ran");
        // While the run waits for the database cluster, it shows the operator's own phases
        // (whether a poll falls into this fast cluster's start-up depends on the machine's
        // load: tst_livestatus checks the polling itself on a fake clock of answers).
        const QStringList phases = {QStringLiteral("Setting up primary"),
                                    QStringLiteral("Creating a new replica"),
                                    QStringLiteral("Cluster in healthy state")};
        QStringList clusterStates;
        for (const auto& args : live) {
            if (args.at(0).toString() == QLatin1String("verify.cluster"))
                clusterStates << args.at(1).toString();
        }
        // With how many of the settings' instances are ready, once any is.
        const int desired = settings.resolvedValues().value(keys::PgInstances).toInt();
        QVERIFY(desired > 0);
        for (const QString& state : std::as_const(clusterStates)) {
            const LivePhase live = LivePhase::parse(state);
            QVERIFY2(phases.contains(live.phase), qPrintable(state));
            QCOMPARE(live.desired, desired);
            QVERIFY2(live.ready == -1 || (live.ready >= 1 && live.ready <= desired),
                     qPrintable(state));
            QCOMPARE(live.ready == desired,
                     live.phase == QLatin1String("Cluster in healthy state"));
        }
        QCOMPARE(run.launcher.liveCount(), 0);
        const auto values = run.executor.values();
        for (const char* key : {"AKS_UAMI_WORKLOAD_CLIENTID", "AKS_PRIMARY_CLUSTER_NODERG_NAME",
                                "AKS_PRIMARY_CLUSTER_PUBLICIP_ADDRESS"})
            QVERIFY2(!values.value(QString::fromLatin1(key)).isEmpty(), key);
    }
    verifyCreatedOnce(world.dump(), 10);
    // The same deployment again: everything is found, nothing is created.
    Run again(world, settings, simOptions(world));
    QCOMPARE(runToEnd(again.executor, 60000), Executor::Outcome::Succeeded);
    for (const Step& s : again.plan.steps()) {
        if (s.kind == StepKind::Create && !s.conditional)
            QVERIFY2(again.executor.status(s.id).state == StepState::Skipped, qPrintable(s.id));
    }
    verifyCreatedOnce(world.dump(), 10);
}

void TestExecutorSim::faultRecovers_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addColumn<QString>("stepId");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("retries");
    QTest::newRow("nodepool busy") << "aks nodepool add=OperationNotAllowed*1"
                                   << "aks.nodepool"
                                   << "OperationNotAllowed" << 1;
    QTest::newRow("aks throttled") << "aks create=Throttled*2"
                                   << "aks.create"
                                   << "Throttled" << 2;
    QTest::newRow("grafana 500") << "grafana create=InternalServerError*1"
                                 << "monitoring.grafana"
                                 << "InternalServerError" << 1;
    // Grafana's API, as az prints requests' HTTPError for it.
    QTest::newRow("grafana api 429") << "grafana dashboard import=Throttled*1"
                                     << "grafana.dashboard"
                                     << "GrafanaApi" << 1;
    QTest::newRow("grafana api 503") << "grafana dashboard import=ServiceUnavailable*2"
                                     << "grafana.dashboard"
                                     << "GrafanaApi" << 2;
    QTest::newRow("network rules") << "storage container create=NetworkRules*1"
                                   << "storage.container"
                                   << "NetworkRules" << 1;
    QTest::newRow("principal not found") << "role assignment create=PrincipalNotFound*1"
                                         << ""
                                         << "PrincipalNotFound" << 1;
    // Kubernetes and Helm wait out the API server's transient answers like az's.
    QTest::newRow("kubectl 429") << "kubectl create namespace=Throttled*1"
                                 << ""
                                 << "KubernetesApi" << 1;
    QTest::newRow("kubectl 500") << "kubectl create namespace=InternalServerError*1"
                                 << ""
                                 << "KubernetesApi" << 1;
    QTest::newRow("kubectl etcd") << "kubectl create namespace=EtcdTimeout*1"
                                  << ""
                                  << "KubernetesApi" << 1;
    QTest::newRow("helm 429") << "helm upgrade=Throttled*1"
                              << "helm.install"
                              << "KubernetesApi" << 1;
    QTest::newRow("helm busy") << "helm upgrade=PendingOperation*1"
                               << "helm.install"
                               << "KubernetesApi" << 1;
    QTest::newRow("helm 503") << "helm upgrade=ServiceUnavailable*2"
                              << "helm.install"
                              << "KubernetesApi" << 2;
}

void TestExecutorSim::faultRecovers()
{
    QFETCH(QString, faults);
    QFETCH(QString, stepId);
    QFETCH(QString, reason);
    QFETCH(int, retries);
    SimWorld world;
    QString error;
    QVERIFY2(world.init(faults, FastScale, &error), qPrintable(error));
    Run run(world, testSettings(), simOptions(world));
    QCOMPARE(runToEnd(run.executor, 60000), Executor::Outcome::Succeeded);
    QVERIFY2(failures(run).isEmpty(), qPrintable(failures(run)));
    int seen = 0;
    QString where;
    for (const auto& c : run.recorder.changes) {
        if (c.second.state == StepState::Retrying && c.second.reason == reason &&
            (stepId.isEmpty() || c.first == stepId)) {
            ++seen;
            where = c.first;
        }
    }
    QCOMPARE(seen, retries);
    QCOMPARE(run.executor.status(where).state, StepState::Succeeded);
    if (reason == QLatin1String("NetworkRules")) {
        // The guide's remedy ran, in order, and granted the role once.
        for (const QString& id : run.plan.find(where)->remedySteps)
            QVERIFY2(isDone(run.executor.status(id).state), qPrintable(id));
        const auto retry = run.recorder.statusesOf(where, StepState::Retrying);
        QCOMPARE(retry.first().waitingFor, reason::Remedy);
    }
    verifyCreatedOnce(world.dump(), 10);
}

void TestExecutorSim::unknownErrorStopsOnlyDependants()
{
    SimWorld world;
    QString error;
    QVERIFY2(world.init(QStringLiteral("monitor log-analytics workspace create=Error:The "
                                       "workspace quota is exhausted*always"),
                        FastScale, &error),
             qPrintable(error));
    Run run(world, testSettings(), simOptions(world));
    QCOMPARE(runToEnd(run.executor, 60000), Executor::Outcome::Failed);
    const StepStatus law = run.executor.status(QStringLiteral("monitoring.law"));
    QCOMPARE(law.state, StepState::Failed);
    QVERIFY2(law.errorText.contains(QStringLiteral("quota is exhausted")),
             qPrintable(law.errorText));
    QCOMPARE(law.attempt, 1); // not retried: the error is not a known transient one
    for (const char* id :
         {"aks.insights", "verify.ds.ama-metrics-node", "verify.ds.ama-logs", "verify.addons"}) {
        const StepStatus st = run.executor.status(QString::fromLatin1(id));
        QVERIFY2(st.state == StepState::Pending && st.reason == reason::DependencyFailed &&
                     st.attempt == 0,
                 id);
    }
    // Everything that does not need the workspace went on to the end.
    for (const char* id : {"aks.create", "aks.nodepool", "pip.role", "storage.role.identity",
                           "helm.install", "verify.operator", "storage.container"})
        QVERIFY2(isDone(run.executor.status(QString::fromLatin1(id)).state), id);
    QCOMPARE(run.launcher.liveCount(), 0);
}

void TestExecutorSim::cancelLeavesNoChild()
{
    SimWorld world;
    QString error;
    QVERIFY2(world.init({}, QStringLiteral("0.01"), &error), qPrintable(error));
    ExecutorOptions o = simOptions(world);
    o.journalPath = world.path(QStringLiteral("journal.json"));
    Run run(world, testSettings(), o);
    QSignalSpy finished(&run.executor, &Executor::finished);
    run.executor.start();
    // Cancel while Grafana (minutes on Azure) and a few others are being created.
    QTRY_VERIFY_WITH_TIMEOUT(run.executor.status(QStringLiteral("monitoring.grafana")).state ==
                                     StepState::Running &&
                                 !run.executor.status(QStringLiteral("monitoring.grafana")).probing,
                             20000);
    QVERIFY(run.launcher.liveCount() > 0);
    const QStringList inFlight = run.executor.inFlight();
    run.executor.cancel();
    QVERIFY(finished.wait(10000));
    QCOMPARE(run.executor.outcome(), Executor::Outcome::Cancelled);
    QCOMPARE(run.launcher.liveCount(), 0);
    QCOMPARE(SimWorld::childrenOf(::getpid()), QList<qint64>());
    QCOMPARE(world.strayProcesses(), QList<qint64>());
    QCOMPARE(run.executor.status(QStringLiteral("monitoring.grafana")).state, StepState::Cancelled);
    const auto journal = Journal::load(o.journalPath);
    QVERIFY(journal);
    QCOMPARE(journal->outcome, QStringLiteral("cancelled"));
    QCOMPARE(journal->inFlight, inFlight);
    QVERIFY(journal->inFlight.contains(QStringLiteral("monitoring.grafana")));
}

namespace {

struct AppRun
{
    int exitCode = -1;
    QStringList lines;
    QString err;
};

// Runs the headless app; with killAfter > 0, SIGKILLs it once that many steps have ended.
// `faults`, when not null, replaces the world's CNPG_SIM_FAULTS for this run.
AppRun runApp(const SimWorld& world, const QStringList& args, int killAfter, int signal = SIGKILL,
              const QString& faults = QString())
{
    AppRun result;
    QProcess app;
    QProcessEnvironment env = world.environment();
    if (!faults.isNull())
        env.insert(QStringLiteral("CNPG_SIM_FAULTS"), faults);
    // The app builds the tools' environment itself, from its own data directory.
    env.insert(QStringLiteral("XDG_DATA_HOME"), world.path(QStringLiteral("xdg")));
    env.insert(QStringLiteral("PATH"), QProcessEnvironment::systemEnvironment().value("PATH"));
    env.remove(QStringLiteral("KREW_ROOT"));
    app.setProcessEnvironment(env);
    static const QRegularExpression ended(
        QStringLiteral("^\\[[0-9:]+\\] \\S+ (Succeeded|Skipped)"));
    int endedSteps = 0;
    bool sent = false;
    QObject::connect(&app, &QProcess::readyReadStandardOutput, [&] {
        while (app.canReadLine()) {
            const QString line = QString::fromUtf8(app.readLine()).trimmed();
            result.lines << line;
            if (ended.match(line).hasMatch())
                ++endedSteps;
            if (killAfter > 0 && endedSteps >= killAfter && !sent) {
                sent = true;
                ::kill(pid_t(app.processId()), signal);
            }
        }
    });
    app.start(SimWorld::wizardProgram(), args);
    if (!app.waitForStarted(10000))
        return result;
    QSignalSpy done(&app, &QProcess::finished);
    done.wait(120000);
    result.lines << QString::fromUtf8(app.readAllStandardOutput()).split(QLatin1Char('\n'));
    result.err = QString::fromUtf8(app.readAllStandardError());
    result.exitCode = app.exitStatus() == QProcess::CrashExit ? -9 : app.exitCode();
    return result;
}

} // namespace

void TestExecutorSim::killedAndResumedCreatesOnce()
{
    SimWorld world;
    QString error;
    QVERIFY2(world.init({}, QStringLiteral("0.004"), &error), qPrintable(error));
    const Settings settings = testSettings();
    const QString settingsFile = world.path(QStringLiteral("settings.json"));
    QVERIFY(SettingsFile::save(settingsFile, settings));
    const Plan plan = PlanBuilder::build(settings);
    int steps = 0;
    for (const Step& s : plan.steps())
        steps += s.conditional ? 0 : 1;
    const QStringList base = {QStringLiteral("--apply"), QStringLiteral("--simulate"),
                              QStringLiteral("--settings"), settingsFile};
    // Killed at 20%, 50% and 80% of the steps (a resumed run counts its re-found ones again).
    for (const double at : {0.2, 0.5, 0.8}) {
        QStringList args = base;
        if (at > 0.2)
            args << QStringLiteral("--resume");
        const AppRun r = runApp(world, args, int(steps * at));
        QVERIFY2(r.exitCode == -9, qPrintable(r.lines.join('\n') + r.err));
        QTRY_COMPARE_WITH_TIMEOUT(world.strayProcesses().size(), 0, 20000);
    }
    const AppRun last = runApp(world, base + QStringList{QStringLiteral("--resume")}, 0);
    QVERIFY2(last.exitCode == 0, qPrintable(last.lines.join('\n') + last.err));
    QVERIFY(last.lines.contains(QStringLiteral("The deployment succeeded.")));
    // The summary lists the outputs.
    const QString all = last.lines.join('\n');
    QVERIFY(all.contains(settings.value(keys::ClusterName)));
    QVERIFY(all.contains(settings.value(keys::StorageAccount)));
    // The app inherited the world's CNPG_SIM_STATE, so the world's dump is the app's.
    verifyCreatedOnce(world.dump(), 10);
}

namespace {

// Every create and update count of the dump, by record.
QMap<QString, int> changeCounts(const QJsonObject& dump)
{
    QMap<QString, int> out;
    const auto creates = SimWorld::createCounts(dump);
    for (auto it = creates.cbegin(); it != creates.cend(); ++it)
        out.insert(QStringLiteral("create ") + it.key(), it.value());
    // updateCount sits beside createCount on the records that received a change.
    std::function<void(const QJsonValue&, const QString&)> walk = [&](const QJsonValue& v,
                                                                      const QString& path) {
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("updateCount")))
            out.insert(QStringLiteral("update ") + path,
                       o.value(QStringLiteral("updateCount")).toInt());
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it.value().isObject())
                walk(it.value(), path + QLatin1Char('/') + it.key());
        }
    };
    walk(dump, QString());
    return out;
}

QString differences(const QMap<QString, int>& before, const QMap<QString, int>& after)
{
    QStringList out;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key(), 0) != it.value())
            out << QStringLiteral("%1: %2 -> %3")
                       .arg(it.key())
                       .arg(before.value(it.key(), 0))
                       .arg(it.value());
    }
    return out.join(QLatin1Char('\n'));
}

// The command words of every probe of the plan, as CNPG_SIM_FAULTS names them.
QStringList probeCommands(const Plan& plan)
{
    QStringList out;
    for (const Step& s : plan.steps()) {
        if (!s.probe)
            continue;
        QStringList words{s.probe->command.program};
        for (const QString& a : s.probe->command.args) {
            if (a.startsWith(QLatin1Char('-')) || a.contains(QLatin1Char('$')))
                break;
            words << a;
        }
        // kubectl's fault words are its first two positionals.
        if (words.first() == QLatin1String("kubectl"))
            words = words.mid(0, 3);
        if (words.first() == QLatin1String("helm"))
            words = words.mid(0, 2);
        const QString line = words.join(QLatin1Char(' '));
        if (!out.contains(line))
            out << line;
    }
    return out;
}

} // namespace

// After a completed deployment, a resume whose probes fail in every way (transient, unknown,
// usage; once or for good) never creates or changes anything: a probe that cannot tell is not
// an absence.
void TestExecutorSim::probeFaultsNeverCreateTwice()
{
    SimWorld world;
    QString error;
    QVERIFY2(world.init({}, FastScale, &error), qPrintable(error));
    const Settings settings = testSettings();
    const QString settingsFile = world.path(QStringLiteral("settings.json"));
    QVERIFY(SettingsFile::save(settingsFile, settings));
    const QStringList base = {QStringLiteral("--apply"), QStringLiteral("--simulate"),
                              QStringLiteral("--settings"), settingsFile};
    const AppRun first = runApp(world, base, 0);
    QVERIFY2(first.exitCode == 0, qPrintable(first.lines.join('\n') + first.err));
    const auto before = changeCounts(world.dump());
    QVERIFY(before.size() >= 15);

    const QStringList probes = probeCommands(PlanBuilder::build(settings));
    QVERIFY2(probes.size() >= 12, qPrintable(probes.join(", ")));
    // Transient, unknown, usage (az: exit 2).
    const QStringList kinds = {QStringLiteral("InternalServerError"),
                               QStringLiteral("Error:an answer nobody expected"),
                               QStringLiteral("Usage")};
    for (const QString& kind : kinds) {
        for (const QString& count : {QStringLiteral("1"), QStringLiteral("always")}) {
            QStringList spec;
            for (const QString& probe : probes)
                spec << probe + QLatin1Char('=') + kind + QLatin1Char('*') + count;
            const AppRun r = runApp(world, base + QStringList{QStringLiteral("--resume")}, 0,
                                    SIGKILL, spec.join(QStringLiteral("; ")));
            const QString what = kind + QLatin1Char('*') + count;
            QVERIFY2(r.exitCode == 0 || r.exitCode == 1,
                     qPrintable(what + QLatin1Char('\n') + r.lines.join('\n') + r.err));
            const auto after = changeCounts(world.dump());
            QVERIFY2(after == before,
                     qPrintable(what + QLatin1Char('\n') + differences(before, after)));
            if (count == QLatin1String("always")) {
                // The probes could not tell: their steps failed with the probe's own error.
                QVERIFY2(r.exitCode == 1, qPrintable(what));
                QVERIFY2(r.lines.join('\n').contains(QStringLiteral("Failed: ProbeFailed")),
                         qPrintable(what + QLatin1Char('\n') + r.lines.join('\n')));
            }
        }
    }
    QCOMPARE(world.strayProcesses(), QList<qint64>());
}

// Local set-up (a CLI extension) removed after a run is put back by a resume: the journal is
// not trusted for what the machine holds.
void TestExecutorSim::resumeReinstallsRemovedExtension()
{
    SimWorld world;
    QString error;
    QVERIFY2(world.init({}, FastScale, &error), qPrintable(error));
    const QString settingsFile = world.path(QStringLiteral("settings.json"));
    QVERIFY(SettingsFile::save(settingsFile, testSettings()));
    const QStringList base = {QStringLiteral("--apply"), QStringLiteral("--simulate"),
                              QStringLiteral("--settings"), settingsFile};
    const AppRun first = runApp(world, base, 0);
    QVERIFY2(first.exitCode == 0, qPrintable(first.lines.join('\n') + first.err));
    QProcess az;
    az.setProcessEnvironment(world.environment());
    az.start(SimWorld::simProgram(),
             {QStringLiteral("az"), QStringLiteral("extension"), QStringLiteral("remove"),
              QStringLiteral("--name"), QStringLiteral("amg")});
    QVERIFY(az.waitForFinished(30000));
    QCOMPARE(az.exitCode(), 0);
    QVERIFY(!world.dump()
                 .value(QStringLiteral("extensions"))
                 .toObject()
                 .contains(QStringLiteral("amg")));
    const AppRun resumed = runApp(world, base + QStringList{QStringLiteral("--resume")}, 0);
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.lines.join('\n') + resumed.err));
    const QString all = resumed.lines.join('\n');
    QVERIFY2(!all.contains(QStringLiteral("ext.amg Skipped")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("ext.amg Succeeded")), qPrintable(all));
    QVERIFY(world.dump()
                .value(QStringLiteral("extensions"))
                .toObject()
                .contains(QStringLiteral("amg")));
}

// After a failed run the summary lists only what exists: not a cluster that was never made.
void TestExecutorSim::outputsListOnlyWhatExists()
{
    SimWorld world;
    QString error;
    QVERIFY2(world.init(QStringLiteral("aks create=Error:the quota is exhausted*always"), FastScale,
                        &error),
             qPrintable(error));
    const Settings settings = testSettings();
    const QString settingsFile = world.path(QStringLiteral("settings.json"));
    QVERIFY(SettingsFile::save(settingsFile, settings));
    const AppRun r = runApp(world,
                            {QStringLiteral("--apply"), QStringLiteral("--simulate"),
                             QStringLiteral("--settings"), settingsFile},
                            0);
    QCOMPARE(r.exitCode, 1);
    const int at = int(r.lines.indexOf(QStringLiteral("Outputs:")));
    QVERIFY2(at >= 0, qPrintable(r.lines.join('\n')));
    const QString outputs = r.lines.mid(at).join('\n');
    QVERIFY2(!outputs.contains(settings.value(keys::ClusterName)), qPrintable(outputs));
    QVERIFY2(outputs.contains(QStringLiteral("AKS cluster: -")), qPrintable(outputs));
    // The storage account does not need the cluster: it was made, and is listed.
    QVERIFY2(outputs.contains(settings.value(keys::StorageAccount)), qPrintable(outputs));
}

void TestExecutorSim::interruptExits130()
{
    SimWorld world;
    QString error;
    QVERIFY2(world.init({}, QStringLiteral("0.01"), &error), qPrintable(error));
    const AppRun r =
        runApp(world, {QStringLiteral("--apply"), QStringLiteral("--simulate")}, 4, SIGINT);
    QVERIFY2(r.exitCode == 130, qPrintable(r.lines.join('\n') + r.err));
    QVERIFY(r.lines.join('\n').contains(QStringLiteral("Cancelled")));
    QVERIFY(r.err.contains(QStringLiteral("Interrupted")));
    QCOMPARE(world.strayProcesses(), QList<qint64>());
}

QTEST_GUILESS_MAIN(TestExecutorSim)
#include "tst_executor_sim.moc"
