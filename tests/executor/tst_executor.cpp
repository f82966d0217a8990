// The executor against a scripted launcher: states, order, the parallel limit, locks, priority,
// probes and captures, retries and their cap, the remedy branch, failure isolation, cancel.
#include "ExecutorTestUtil.h"
#include "FakeLauncher.h"
#include "plan/PlanBuilder.h"
#include "run/ErrorClassifier.h"
#include "run/Executor.h"
#include "run/Journal.h"
#include "settings/Settings.h"

#include <QTemporaryDir>
#include <QTest>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <sstream>

using namespace cnpg;
using namespace testutil;

class TestExecutor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { spdlog::set_level(spdlog::level::warn); }
    void dependenciesRunInOrder();
    void parallelLimitHolds();
    void lockedStepsNeverOverlap();
    void longestRemainingPathFirst();
    void probeFindsResourceAndSkips();
    void probeWithWrongValueRunsCommand();
    void probeAnswers_data();
    void probeAnswers();
    void probeThatCannotTellNeverCreates_data();
    void probeThatCannotTellNeverCreates();
    void probeThatFailsOnceIsAskedAgain();
    void kubernetesTransientErrors_data();
    void kubernetesTransientErrors();
    void foundResourceSettlesBeforeSkipped();
    void foundResourceInFailedStateFails();
    void capturesReachDependants();
    void missingValueFailsStep();
    void transientErrorRetriesWithBackoff();
    void retriesStopAtCap();
    void retryDelaysGrowAndCap();
    void remedyBranchRunsThenRetries();
    void remedyStepsStayPendingWithoutTrigger();
    void failedRemedyFailsStep();
    void unknownErrorStopsOnlyDependants();
    void cancelTerminatesThenKills();
    void cancelDuringBackoff();
    void journalFollowsEveryChange();
    void resumeRechecksInstallAndProbesCreates();
    void liveProvisioningState();
    void liveStateOfChildFromParent();
    void elapsedTimeRecorded();
    void defaultPlanRunsToTheEnd();
    void errorClassifier();
    void runLogMasksSecrets();
};

void TestExecutor::dependenciesRunInOrder()
{
    FakeLauncher fake;
    Executor e(fake, Plan({step("a"), step("b", {"a"}), step("c", {"b"})}), {}, {}, fastOptions());
    Recorder rec(e);
    QCOMPARE(runToEnd(e), Executor::Outcome::Succeeded);
    QCOMPARE(fake.startedLines(), (QStringList{"tool a", "tool b", "tool c"}));
    QVERIFY(fake.startOf("tool b") >= fake.endOf("tool a"));
    QVERIFY(fake.startOf("tool c") >= fake.endOf("tool b"));
    QCOMPARE(rec.statesOf("a"), (QList<StepState>{StepState::Running, StepState::Succeeded}));
    QCOMPARE(rec.statesOf("c"),
             (QList<StepState>{StepState::Waiting, StepState::Running, StepState::Succeeded}));
    const auto waiting = rec.statusesOf("c", StepState::Waiting);
    QCOMPARE(waiting.first().reason, reason::Dependency);
    QCOMPARE(waiting.first().waitingFor, QStringLiteral("b"));
}

void TestExecutor::parallelLimitHolds()
{
    FakeLauncher fake;
    fake.setFallback([](const ProcessSpec&) { return FakeResponse{30, 0, "ok", {}, false}; });
    QList<Step> steps;
    for (int i = 0; i < 7; ++i)
        steps << step(QStringLiteral("s%1").arg(i));
    ExecutorOptions o = fastOptions();
    o.parallelLimit = 3;
    Executor e(fake, Plan(steps), {}, {}, o);
    Recorder rec(e);
    QCOMPARE(runToEnd(e), Executor::Outcome::Succeeded);
    QCOMPARE(fake.maxRunning(), 3);
    QCOMPARE(fake.startedLines().size(), 7);
    // The ones that had to wait said why.
    bool sawSlot = false;
    for (const auto& c : rec.changes)
        sawSlot =
            sawSlot || (c.second.state == StepState::Waiting && c.second.reason == reason::Slot);
    QVERIFY(sawSlot);
}

void TestExecutor::lockedStepsNeverOverlap()
{
    FakeLauncher fake;
    fake.setFallback([](const ProcessSpec&) { return FakeResponse{30, 0, "ok", {}, false}; });
    Step a = step("a");
    Step b = step("b");
    Step c = step("c");
    a.lock = b.lock = QStringLiteral("aks:${NAME}");
    Executor e(fake, Plan({a, b, c}), {{"NAME", "x"}}, {}, fastOptions());
    Recorder rec(e);
    QCOMPARE(runToEnd(e), Executor::Outcome::Succeeded);
    QVERIFY(!fake.overlapped("tool a", "tool b"));
    QVERIFY(fake.overlapped("tool a", "tool c")); // the lock holds back only its sharers
    const auto waiting = rec.statusesOf("b", StepState::Waiting);
    QVERIFY(!waiting.isEmpty());
    QCOMPARE(waiting.first().reason, reason::Lock);
    QCOMPARE(waiting.first().waitingFor, QStringLiteral("aks:x"));
}

void TestExecutor::longestRemainingPathFirst()
{
    FakeLauncher fake;
    // With one slot, the order is the priority: remaining path 5, 105, 55.
    Executor e(fake,
               Plan({step("short", {}, 5), step("head", {}, 5), step("tail", {"head"}, 100),
                     step("mid", {}, 55)}),
               {}, {}, [] {
                   ExecutorOptions o = fastOptions();
                   o.parallelLimit = 1;
                   return o;
               }());
    QCOMPARE(runToEnd(e), Executor::Outcome::Succeeded);
    QCOMPARE(fake.startedLines(),
             (QStringList{"tool head", "tool tail", "tool mid", "tool short"}));
}

void TestExecutor::probeFindsResourceAndSkips()
{
    FakeLauncher fake;
    fake.on("probe id", {{5, 0, "{\"principalId\": \"p-1\", \"id\": \"/sub/x\"}\n", {}, false}});
    Step s = step("id");
    s.kind = StepKind::Create;
    s.probe = Probe{{QStringLiteral("probe"), {QStringLiteral("id")}}, {}};
    s.captures = {{"OBJ", "principalId"}, {"RID", "id"}};
    Step user = step("user", {"id"});
    user.command.args = QStringList{"${OBJ}", "${RID}"};
    Executor e(fake, Plan({s, user}), {}, {}, fastOptions());
    QCOMPARE(runToEnd(e), Executor::Outcome::Succeeded);
    QCOMPARE(e.status("id").state, StepState::Skipped);
    QCOMPARE(fake.startedCount("tool id"), 0);
    QVERIFY(fake.startedLines().contains("tool p-1 /sub/x"));
}

void TestExecutor::probeWithWrongValueRunsCommand()
{
    FakeLauncher fake;
    fake.on("probe", {{5, 0, "false\n", {}, false}});
    Step s = step("c");
    s.kind = StepKind::Create;
    s.probe = Probe{{QStringLiteral("probe"), {}}, QStringLiteral("true")};
    Executor e(fake, Plan({s}), {}, {}, fastOptions());
    Recorder rec(e);
    QCOMPARE(runToEnd(e), Executor::Outcome::Succeeded);
    QCOMPARE(e.status("c").state, StepState::Succeeded);
    QCOMPARE(fake.startedLines(), (QStringList{"probe", "tool c"}));
    // Running is reported first for the probe, then for the command.
    const auto running = rec.statusesOf("c", StepState::Running);
    QVERIFY(running.size() >= 2);
    QVERIFY(running.first().probing);
    QVERIFY(!running.last().probing);
}

void TestExecutor::probeAnswers_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");
    QTest::addColumn<QString>("expect");
    QTest::addColumn<int>("answer");
    using A = ErrorClassifier::ProbeAnswer;
    QTest::newRow("az found") << "az" << 0 << "Succeeded\n"
                              << ""
                              << "" << int(A::Found);
    QTest::newRow("az resource") << "az" << 3 << ""
                                 << "ERROR: (ResourceNotFound) The Resource "
                                    "'Microsoft.ManagedIdentity/userAssignedIdentities/mi' under "
                                    "resource group 'rg' was not found.\nCode: ResourceNotFound\n"
                                 << "" << int(A::NotFound);
    QTest::newRow("az group") << "az" << 3 << ""
                              << "ERROR: (ResourceGroupNotFound) Resource group 'rg' could not "
                                 "be found.\nCode: ResourceGroupNotFound\n"
                              << "" << int(A::NotFound);
    QTest::newRow("az pool") << "az" << 3 << ""
                             << "ERROR: (NotFound) The Resource was not found."
                             << "" << int(A::NotFound);
    // The same words with another exit code are not about the resource.
    QTest::newRow("az subscription") << "az" << 1 << ""
                                     << "ERROR: The subscription 'x' could not be found."
                                     << "" << int(A::Unknown);
    QTest::newRow("az throttled") << "az" << 1 << ""
                                  << "ERROR: (TooManyRequests) The request is being throttled."
                                  << "" << int(A::Unknown);
    QTest::newRow("az usage") << "az" << 2 << ""
                              << "ERROR: argument --name/-n: expected one argument"
                              << "" << int(A::Unknown);
    QTest::newRow("az unknown") << "az" << 1 << ""
                                << "ERROR: something else entirely"
                                << "" << int(A::Unknown);
    QTest::newRow("az crash text") << "az" << 1 << ""
                                   << ""
                                   << "" << int(A::Unknown);
    QTest::newRow("role none") << "az" << 0 << ""
                               << ""
                               << "" << int(A::NotFound);
    QTest::newRow("expect false") << "az" << 0 << "false\n"
                                  << ""
                                  << "true" << int(A::NotFound);
    QTest::newRow("expect true") << "az" << 0 << "true\n"
                                 << ""
                                 << "true" << int(A::Found);
    QTest::newRow("kubectl ns") << "kubectl" << 1 << ""
                                << "Error from server (NotFound): namespaces \"cnpg\" not found"
                                << "" << int(A::NotFound);
    QTest::newRow("kubectl 429") << "kubectl" << 1 << ""
                                 << "Error from server (TooManyRequests): the server has "
                                    "received too many requests and has asked us to try again "
                                    "later"
                                 << "" << int(A::Unknown);
    QTest::newRow("kubectl plugin") << "kubectl" << 1 << ""
                                    << "error: unknown command \"cnpg\" for \"kubectl\""
                                    << "" << int(A::NotFound);
    QTest::newRow("kubectl refused") << "kubectl" << 1 << ""
                                     << "The connection to the server localhost:8080 was refused"
                                     << "" << int(A::Unknown);
    QTest::newRow("helm release") << "helm" << 1 << ""
                                  << "Error: release: not found"
                                  << "" << int(A::NotFound);
    QTest::newRow("helm cluster") << "helm" << 1 << ""
                                  << "Error: Kubernetes cluster unreachable: Get "
                                     "\"https://x/version\": dial tcp: i/o timeout"
                                  << "" << int(A::Unknown);
}

void TestExecutor::probeAnswers()
{
    QFETCH(QString, program);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, err);
    QFETCH(QString, expect);
    QFETCH(int, answer);
    QCOMPARE(int(ErrorClassifier::probeAnswer(program, exitCode, exitCode == 0, out, err, expect)),
             answer);
}

void TestExecutor::probeThatCannotTellNeverCreates_data()
{
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("err");
    QTest::newRow("transient") << 1
                               << QByteArray("ERROR: (InternalServerError) Encountered internal "
                                             "server error.\n");
    QTest::newRow("unknown") << 1 << QByteArray("ERROR: an error nobody expected\n");
    QTest::newRow("usage") << 2 << QByteArray("ERROR: the following arguments are required\n");
    QTest::newRow("silent") << 1 << QByteArray();
}

void TestExecutor::probeThatCannotTellNeverCreates()
{
    QFETCH(int, exitCode);
    QFETCH(QByteArray, err);
    FakeLauncher fake;
    fake.on("az show", {{5, exitCode, {}, err, false}});
    Step s = step("c");
    s.kind = StepKind::Create;
    s.command = {QStringLiteral("az"), {QStringLiteral("create")}};
    s.probe = Probe{{QStringLiteral("az"), {QStringLiteral("show")}}, {}};
    Step after = step("after", {"c"});
    const ExecutorOptions o = fastOptions();
    Executor e(fake, Plan({s, after}), {}, {}, o);
    QCOMPARE(runToEnd(e), Executor::Outcome::Failed);
    QCOMPARE(fake.startedCount("az create"), 0);
    QCOMPARE(fake.startedCount("tool after"), 0);
    // Asked again like any transient error, then the step fails with the probe's own error.
    QCOMPARE(fake.startedCount("az show"), o.retry.maxAttempts);
    QCOMPARE(e.status("c").state, StepState::Failed);
    QCOMPARE(e.status("c").reason, reason::ProbeFailed);
    QCOMPARE(e.status("c").errorText, QString::fromUtf8(err).trimmed());
}

void TestExecutor::probeThatFailsOnceIsAskedAgain()
{
    FakeLauncher fake;
    fake.on("az show", {{5, 1, {}, "ERROR: (TooManyRequests) throttled\n", false},
                        {5, 0, "Succeeded\n", {}, false}});
    Step s = step("c");
    s.kind = StepKind::Create;
    s.command = {QStringLiteral("az"), {QStringLiteral("create")}};
    s.probe = Probe{{QStringLiteral("az"), {QStringLiteral("show")}}, {}};
    Executor e(fake, Plan({s}), {}, {}, fastOptions());
    Recorder rec(e);
    QCOMPARE(runToEnd(e), Executor::Outcome::Succeeded);
    QCOMPARE(e.status("c").state, StepState::Skipped);
    QCOMPARE(fake.startedCount("az show"), 2);
    QCOMPARE(fake.startedCount("az create"), 0);
    QVERIFY(rec.statesOf("c").contains(StepState::Retrying));
}

void TestExecutor::kubernetesTransientErrors_data()
{
    // kubectl's and helm's own texts for the API server's 429/500/503/504, etcd's timeout and
    // helm's lock on a release.
    QTest::addColumn<QString>("text");
    QTest::newRow("429") << "Error from server (TooManyRequests): the server has received too "
                            "many requests and has asked us to try again later";
    QTest::newRow("500") << "Error from server (InternalError): an error on the server (\"\") "
                            "has prevented the request from succeeding";
    QTest::newRow("503") << "Error from server (ServiceUnavailable): the server is currently "
                            "unable to handle the request";
    QTest::newRow("504") << "Error from server (Timeout): the server was unable to return a "
                            "response in the time allotted, but may still be processing the "
                            "request";
    QTest::newRow("etcd") << "Error from server: etcdserver: request timed out";
    QTest::newRow("helm 429") << "Error: UPGRADE FAILED: the server has received too many "
                                 "requests and has asked us to try again later";
    QTest::newRow("helm busy") << "Error: UPGRADE FAILED: another operation "
                                  "(install/upgrade/rollback) is in progress";
}

void TestExecutor::kubernetesTransientErrors()
{
    QFETCH(QString, text);
    QVERIFY(ErrorClassifier::matches(text, TransientError::KubernetesApi));
    FakeLauncher fake;
    fake.on("kubectl create", {{5, 1, {}, text.toUtf8(), false}, {5, 0, "created\n", {}, false}});
    Step s = step("ns");
    s.command = {QStringLiteral("kubectl"), {QStringLiteral("create")}};
    s.retryOn = {TransientError::KubernetesApi};
    Executor e(fake, Plan({s}), {}, {}, fastOptions());
    QCOMPARE(runToEnd(e), Executor::Outcome::Succeeded);
    QCOMPARE(fake.startedCount("kubectl create"), 2);
}

namespace {
Step clusterStep()
{
    Step s = step("aks");
    s.kind = StepKind::Create;
    s.command.args = QStringList{"create", "--resource-group", "rg-1"};
    s.probe = Probe{{QStringLiteral("probe"), {}}, {}};
    s.resourceType = "Microsoft.ContainerService/managedClusters";
    s.resourceName = "aks-1";
    s.resourceGroup = "rg-1";
    return s;
}
FakeResponse listing(const char* state)
{
    return {5,
            0,
            QByteArray(R"([{"name": "aks-1", "type": "Microsoft.ContainerService/managedClusters",
                            "provisioningState": ")") +
                state + "\"}]",
            {},
            false};
}
} // namespace

void TestExecutor::foundResourceSettlesBeforeSkipped()
{
    // An interrupted run left the cluster being created: wait for it, do not create it again.
    FakeLauncher fake;
    fake.on("probe", {{5, 0, "/subscriptions/s/aks-1\n", {}, false}});
    fake.on("az resource list --resource-group rg-1",
            {listing("Creating"), listing("Creating"), listing("Succeeded")});
    ExecutorOptions o = fastOptions();
    o.pollIntervalMs = 20;
    Executor e(fake, Plan({clusterStep(), step("pool", {"aks"})}), {}, {}, o);
    QSignalSpy live(&e, &Executor::provisioningStateChanged);
    QCOMPARE(runToEnd(e), Executor::Outcome::Succeeded);
    QCOMPARE(e.status("aks").state, StepState::Skipped);
    QCOMPARE(fake.startedCount("tool create"), 0);
    QCOMPARE(fake.startedCount("az resource list"), 3);
    qint64 lastCheck = -1;
    for (const auto& ev : fake.events()) {
        if (!ev.started && ev.line.startsWith("az resource list"))
            lastCheck = ev.ms;
    }
    QVERIFY(fake.startOf("tool pool") >= lastCheck); // the dependant waited for Succeeded
    QCOMPARE(live.size(), 1);
    QCOMPARE(live.first().at(1).toString(), QStringLiteral("Creating"));
}

void TestExecutor::foundResourceInFailedStateFails()
{
    FakeLauncher fake;
    fake.on("probe", {{5, 0, "/subscriptions/s/aks-1\n", {}, false}});
    fake.on("az resource list", {listing("Failed")});
    Executor e(fake, Plan({clusterStep(), step("pool", {"aks"})}), {}, {}, fastOptions());
    QCOMPARE(runToEnd(e), Executor::Outcome::Failed);
    QCOMPARE(e.status("aks").state, StepState::Failed);
    QCOMPARE(e.status("aks").reason, reason::ProvisioningFailed);
    QCOMPARE(fake.startedCount("tool pool"), 0);
}

void TestExecutor::capturesReachDependants()
{
    FakeLauncher fake;
    fake.on("tool read", {{5, 0, "  rg-node-1 \n", {}, false}});
    Step read = step("read");
    read.kind = StepKind::Read;
    read.captures = {{"NODE_RG", {}}};
    Step use = step("use", {"read"});
    use.command.args = QStringList{"--resource-group", "${NODE_RG}", "@{ZONES}"};
    Executor e(fake, Plan({read, use}), {}, {{"ZONES", {"1", "2", "3"}}}, fastOptions());
    QCOMPARE(runToEnd(e), Executor::Outcome::Succeeded);
    QCOMPARE(fake.startedLines().last(), QStringLiteral("tool --resource-group rg-node-1 1 2 3"));
    QCOMPARE(e.values().value("NODE_RG"), QStringLiteral("rg-node-1"));
}

void TestExecutor::missingValueFailsStep()
{
    FakeLauncher fake;
    Step s = step("s");
    s.command.args = QStringList{"${NOPE}"};
    Executor e(fake, Plan({s, step("other")}), {}, {}, fastOptions());
    QCOMPARE(runToEnd(e), Executor::Outcome::Failed);
    QCOMPARE(e.status("s").state, StepState::Failed);
    QCOMPARE(e.status("s").reason, reason::MissingValue);
    QCOMPARE(e.status("other").state, StepState::Succeeded);
    QCOMPARE(fake.startedLines(), QStringList{"tool other"});
}

void TestExecutor::transientErrorRetriesWithBackoff()
{
    FakeLauncher fake;
    const QByteArray busy = "ERROR: (OperationNotAllowed) Operation is not allowed: Another "
                            "operation (Updating) is in progress\n";
    fake.on("tool pool",
            {{5, 1, {}, busy, false}, {5, 1, {}, busy, false}, {5, 0, "ok", {}, false}});
    Step s = step("pool");
    s.retryOn = {TransientError::OperationNotAllowed};
    Executor e(fake, Plan({s}), {}, {}, fastOptions());
    Recorder rec(e);
    QCOMPARE(runToEnd(e), Executor::Outcome::Succeeded);
    QCOMPARE(fake.startedCount("tool pool"), 3);
    const auto retries = rec.statusesOf("pool", StepState::Retrying);
    QCOMPARE(retries.size(), 2);
    QCOMPARE(retries.at(0).attempt, 1);
    QCOMPARE(retries.at(0).reason, QStringLiteral("OperationNotAllowed"));
    QCOMPARE(retries.at(0).retryDelayMs, 10);
    QCOMPARE(retries.at(1).attempt, 2);
    QCOMPARE(retries.at(1).retryDelayMs, 20);
    QVERIFY(retries.at(0).errorText.contains("OperationNotAllowed"));
    QCOMPARE(e.status("pool").attempt, 3);
    // The pauses really happened: attempts are at least the backoff apart.
    QList<qint64> starts;
    QList<qint64> ends;
    for (const auto& ev : fake.events())
        (ev.started ? starts : ends) << ev.ms;
    QVERIFY(starts.at(1) - ends.at(0) >= 10);
    QVERIFY(starts.at(2) - ends.at(1) >= 20);
}

void TestExecutor::retriesStopAtCap()
{
    FakeLauncher fake;
    fake.on("tool t", {{2, 1, {}, "ERROR: (Throttled) slow down\n", false}});
    Step s = step("t");
    s.retryOn = {TransientError::Throttled};
    ExecutorOptions o = fastOptions();
    o.retry.maxAttempts = 3;
    Executor e(fake, Plan({s}), {}, {}, o);
    QCOMPARE(runToEnd(e), Executor::Outcome::Failed);
    QCOMPARE(fake.startedCount("tool t"), 3);
    QCOMPARE(e.status("t").state, StepState::Failed);
    QCOMPARE(e.status("t").reason, QStringLiteral("Throttled"));
    QVERIFY(e.status("t").errorText.contains("slow down"));
}

void TestExecutor::retryDelaysGrowAndCap()
{
    RetryPolicy p;
    p.baseDelayMs = 1000;
    p.factor = 3.0;
    p.capMs = 5000;
    QCOMPARE(p.delayAfter(1), 1000);
    QCOMPARE(p.delayAfter(2), 3000);
    QCOMPARE(p.delayAfter(3), 5000);
    QCOMPARE(p.delayAfter(10), 5000);
}

namespace {
QList<Step> remedyPlan()
{
    Step account = step("account");
    Step container = step("container", {"account"});
    container.kind = StepKind::Create;
    container.retryOn = {TransientError::NetworkRules, TransientError::Throttled};
    container.remedyOn = TransientError::NetworkRules;
    container.remedySteps = {"r.user", "r.assign"};
    Step user = step("r.user");
    user.kind = StepKind::Read;
    user.captures = {{"USER_ID", {}}};
    user.conditional = true;
    Step assign = step("r.assign", {"r.user"});
    assign.command.args = QStringList{"assign", "${USER_ID}"};
    assign.conditional = true;
    return {account, container, user, assign, step("after", {"container"})};
}
const QByteArray blocked = "ERROR: This request is not authorized to perform this operation. "
                           "The request may be blocked by network rules of storage account.\n";
} // namespace

void TestExecutor::remedyBranchRunsThenRetries()
{
    FakeLauncher fake;
    fake.on("tool container",
            {{5, 1, {}, blocked, false}, {5, 0, "{\"created\": true}", {}, false}});
    fake.on("tool r.user", {{5, 0, "user-1\n", {}, false}});
    Executor e(fake, Plan(remedyPlan()), {}, {}, fastOptions());
    Recorder rec(e);
    QCOMPARE(runToEnd(e), Executor::Outcome::Succeeded);
    QCOMPARE(fake.startedLines(),
             (QStringList{"tool account", "tool container", "tool r.user", "tool assign user-1",
                          "tool container", "tool after"}));
    const auto retry = rec.statusesOf("container", StepState::Retrying);
    QCOMPARE(retry.size(), 1);
    QCOMPARE(retry.first().reason, QStringLiteral("NetworkRules"));
    QCOMPARE(retry.first().waitingFor, reason::Remedy);
    QCOMPARE(e.status("r.assign").state, StepState::Succeeded);
    QCOMPARE(e.status("container").state, StepState::Succeeded);
}

void TestExecutor::remedyStepsStayPendingWithoutTrigger()
{
    FakeLauncher fake;
    Executor e(fake, Plan(remedyPlan()), {}, {}, fastOptions());
    QCOMPARE(runToEnd(e), Executor::Outcome::Succeeded);
    QCOMPARE(e.status("r.user").state, StepState::Pending);
    QCOMPARE(fake.startedCount("tool r.user"), 0);
}

void TestExecutor::failedRemedyFailsStep()
{
    FakeLauncher fake;
    fake.on("tool container", {{5, 1, {}, blocked, false}});
    fake.on("tool r.user", {{5, 1, {}, "ERROR: (AuthorizationFailed) no\n", false}});
    Executor e(fake, Plan(remedyPlan()), {}, {}, fastOptions());
    QCOMPARE(runToEnd(e), Executor::Outcome::Failed);
    QCOMPARE(e.status("container").state, StepState::Failed);
    QCOMPARE(e.status("container").reason, reason::RemedyFailed);
    QVERIFY(e.status("container").errorText.contains("AuthorizationFailed"));
    QCOMPARE(e.status("r.assign").state, StepState::Pending);
    QCOMPARE(e.status("after").state, StepState::Pending);
    QCOMPARE(fake.startedCount("tool after"), 0);
}

void TestExecutor::unknownErrorStopsOnlyDependants()
{
    FakeLauncher fake;
    fake.setFallback([](const ProcessSpec&) { return FakeResponse{10, 0, "ok", {}, false}; });
    fake.on("tool bad", {{5, 3, {}, "ERROR: (QuotaExceeded) no cores left\n", false}});
    Step bad = step("bad");
    bad.retryOn = {TransientError::Throttled}; // not this error
    Executor e(fake,
               Plan({step("root"), bad, step("child", {"bad"}), step("grandchild", {"child"}),
                     step("other", {"root"}), step("other2", {"other"})}),
               {}, {}, fastOptions());
    QCOMPARE(runToEnd(e), Executor::Outcome::Failed);
    QCOMPARE(e.status("bad").state, StepState::Failed);
    QCOMPARE(e.status("bad").reason, reason::ExitCode);
    QVERIFY(e.status("bad").errorText.contains("QuotaExceeded"));
    QCOMPARE(fake.startedCount("tool bad"), 1);
    for (const char* id : {"child", "grandchild"}) {
        QCOMPARE(e.status(id).state, StepState::Pending);
        QCOMPARE(e.status(id).reason, reason::DependencyFailed);
        QCOMPARE(e.status(id).waitingFor, QStringLiteral("bad"));
        QCOMPARE(fake.startedCount(QStringLiteral("tool ") + id), 0);
    }
    QCOMPARE(e.status("other2").state, StepState::Succeeded);
}

void TestExecutor::cancelTerminatesThenKills()
{
    FakeLauncher fake;
    fake.on("tool polite", {{10000, 0, {}, {}, false}});
    fake.on("tool stubborn", {{10000, 0, {}, {}, true}});
    QTemporaryDir dir;
    ExecutorOptions o = fastOptions();
    o.graceMs = 150;
    o.journalPath = dir.filePath("journal.json");
    Executor e(fake, Plan({step("polite"), step("stubborn"), step("later", {"polite"})}), {}, {},
               o);
    QSignalSpy finished(&e, &Executor::finished);
    e.start();
    QTRY_COMPARE(fake.running(), 2);
    QElapsedTimer t;
    t.start();
    e.cancel();
    QVERIFY(finished.wait(10000));
    QVERIFY(t.elapsed() >= 140); // the stubborn one had its grace period (coarse timer: 5%)
    QCOMPARE(e.outcome(), Executor::Outcome::Cancelled);
    QCOMPARE(fake.terminated(), 2);
    QCOMPARE(fake.killed(), 1);
    QCOMPARE(fake.running(), 0);
    QCOMPARE(e.status("polite").state, StepState::Cancelled);
    QCOMPARE(e.status("stubborn").state, StepState::Cancelled);
    QCOMPARE(e.status("later").state, StepState::Pending);
    const auto j = Journal::load(o.journalPath);
    QVERIFY(j);
    QCOMPARE(j->outcome, QStringLiteral("cancelled"));
    QStringList inFlight = j->inFlight;
    inFlight.sort();
    QCOMPARE(inFlight, (QStringList{"polite", "stubborn"}));
}

void TestExecutor::cancelDuringBackoff()
{
    FakeLauncher fake;
    fake.on("tool t", {{2, 1, {}, "(Throttled)\n", false}});
    Step s = step("t");
    s.retryOn = {TransientError::Throttled};
    ExecutorOptions o = fastOptions();
    o.retry.baseDelayMs = 5000;
    o.retry.capMs = 5000;
    Executor e(fake, Plan({s}), {}, {}, o);
    QSignalSpy finished(&e, &Executor::finished);
    e.start();
    QTRY_COMPARE(e.status("t").state, StepState::Retrying);
    e.cancel();
    QVERIFY(finished.wait(10000));
    QCOMPARE(e.status("t").state, StepState::Cancelled);
    QCOMPARE(fake.startedCount("tool t"), 1);
}

void TestExecutor::journalFollowsEveryChange()
{
    FakeLauncher fake;
    // "slow" runs until the test has looked at the journal in the middle of the run.
    FakeResponse slow{5, 0, "v\n", {}, false};
    slow.held = true;
    fake.on("tool slow", {slow});
    fake.on("tool fast", {{5, 0, "captured-value\n", {}, false}});
    QTemporaryDir dir;
    ExecutorOptions o = fastOptions();
    o.journalPath = dir.filePath("d/journal.json");
    o.journal.deployment = "rg-test";
    Step fast = step("fast");
    fast.captures = {{"FAST", {}}};
    Executor e(fake, Plan({fast, step("slow")}), {}, {}, o);
    QSignalSpy finished(&e, &Executor::finished);
    e.start();
    // While "slow" still runs, the journal already holds what "fast" did.
    QTRY_COMPARE(e.status("fast").state, StepState::Succeeded);
    // Written off the event loop: it lands a moment after the change.
    std::optional<Journal> mid;
    QTRY_VERIFY((mid = Journal::load(o.journalPath)) &&
                mid->steps.value("fast").state == StepState::Succeeded);
    QCOMPARE(mid->deployment, QStringLiteral("rg-test"));
    QCOMPARE(mid->steps.value("fast").state, StepState::Succeeded);
    QCOMPARE(mid->steps.value("slow").state, StepState::Running);
    QCOMPARE(mid->captures.value("FAST"), QStringLiteral("captured-value"));
    QCOMPARE(mid->inFlight, QStringList{"slow"});
    QCOMPARE(mid->outcome, QStringLiteral("running"));
    QCOMPARE(fake.release("tool slow"), 1);
    QVERIFY(finished.wait(10000));
    auto end = Journal::load(o.journalPath);
    QVERIFY(end);
    QCOMPARE(end->outcome, QStringLiteral("succeeded"));
    QCOMPARE(end->steps.value("slow").state, StepState::Succeeded);
    QVERIFY(end->inFlight.isEmpty());
}

void TestExecutor::resumeRechecksInstallAndProbesCreates()
{
    FakeLauncher fake;
    // Gone since: must be created again.
    fake.on("probe",
            {{5, 3, {}, "ERROR: (ResourceNotFound) The Resource was not found.\n", false}});
    Step ext = step("ext");
    ext.kind = StepKind::Install;
    Step create = step("create");
    create.kind = StepKind::Create;
    create.probe = Probe{{QStringLiteral("probe"), {}}, {}};
    Journal previous;
    previous.outcome = "running";
    previous.inFlight = {"create"};
    previous.steps.insert("ext", {StepState::Succeeded, 1, {}, {}, {}, {}, 10, {}});
    previous.steps.insert("create", {StepState::Succeeded, 1, {}, {}, {}, {}, 10, {}});
    Executor e(fake, Plan({ext, create}), {}, {}, fastOptions());
    e.resumeFrom(previous);
    QCOMPARE(runToEnd(e), Executor::Outcome::Succeeded);
    // Local set-up may have been undone since (an extension removed): it runs again.
    QCOMPARE(fake.startedCount("tool ext"), 1);
    QCOMPARE(e.status("ext").state, StepState::Succeeded);
    QCOMPARE(fake.startedCount("probe"), 1);
    QCOMPARE(fake.startedCount("tool create"), 1);
    QCOMPARE(e.journal().history.size(), 1);
    QCOMPARE(e.journal().history.first().inFlight, QStringList{"create"});
}

void TestExecutor::liveProvisioningState()
{
    FakeLauncher fake;
    fake.on("tool aks", {{400, 0, "done", {}, false}});
    fake.on("az resource list",
            {{5,
              0,
              R"([{"name": "aks-1", "type": "Microsoft.ContainerService/managedClusters",
                   "provisioningState": "Creating"},
                  {"name": "other", "type": "Microsoft.Storage/storageAccounts",
                   "provisioningState": "Succeeded"}])",
              {},
              false}});
    Step s = step("aks");
    s.kind = StepKind::Create;
    s.command.args = QStringList{"aks", "--resource-group", "${RG}"};
    s.resourceType = "Microsoft.ContainerService/managedClusters";
    s.resourceName = "${NAME}";
    s.resourceGroup = "${RG}";
    ExecutorOptions o = fastOptions();
    o.pollIntervalMs = 50;
    Executor e(fake, Plan({s}), {{"RG", "rg-1"}, {"NAME", "aks-1"}}, {}, o);
    QSignalSpy live(&e, &Executor::provisioningStateChanged);
    QCOMPARE(runToEnd(e), Executor::Outcome::Succeeded);
    QVERIFY(!live.isEmpty());
    QCOMPARE(live.first().at(0).toString(), QStringLiteral("aks"));
    QCOMPARE(live.first().at(1).toString(), QStringLiteral("Creating"));
    // One list per group and interval, never one per resource, and none once nothing runs.
    const int polls = fake.startedCount("az resource list --resource-group rg-1 --query");
    QVERIFY(polls >= 2 && polls <= 9);
    QCOMPARE(fake.running(), 0);
}

void TestExecutor::liveStateOfChildFromParent()
{
    // Node pools are not in `az resource list`; the cluster they change is, Updating meanwhile.
    FakeLauncher fake;
    fake.on("az aks nodepool add", {{300, 0, "done", {}, false}});
    fake.on("az resource list",
            {{5,
              0,
              R"([{"name": "aks-1", "type": "Microsoft.ContainerService/managedClusters",
                                       "provisioningState": "Updating"}])",
              {},
              false}});
    Step s = step("pool");
    s.kind = StepKind::Create;
    s.command = {"az",
                 {"aks", "nodepool", "add", "--resource-group", "rg-1", "--cluster-name", "aks-1",
                  "--name", "postgres"}};
    s.resourceType = "Microsoft.ContainerService/managedClusters/agentPools";
    s.resourceName = "postgres";
    s.resourceGroup = "rg-1";
    s.resourceParent = "aks-1";
    ExecutorOptions o = fastOptions();
    o.pollIntervalMs = 40;
    Executor e(fake, Plan({s}), {}, {}, o);
    QSignalSpy live(&e, &Executor::provisioningStateChanged);
    QCOMPARE(runToEnd(e), Executor::Outcome::Succeeded);
    QVERIFY(!live.isEmpty());
    QCOMPARE(live.first().at(1).toString(), QStringLiteral("Updating"));
}

void TestExecutor::elapsedTimeRecorded()
{
    FakeLauncher fake;
    fake.on("tool a", {{120, 0, "ok", {}, false}});
    Executor e(fake, Plan({step("a")}), {}, {}, fastOptions());
    QElapsedTimer run;
    run.start();
    QCOMPARE(runToEnd(e), Executor::Outcome::Succeeded);
    const qint64 runMs = run.elapsed();
    QVERIFY(e.status("a").elapsedMs >= 120);
    // Within the run however long a loaded machine made it (not a fixed window).
    QVERIFY2(e.status("a").elapsedMs <= runMs,
             qPrintable(QStringLiteral("%1 > %2").arg(e.status("a").elapsedMs).arg(runMs)));
    QVERIFY(e.status("a").startedAt.isValid());
    QVERIFY(e.status("a").finishedAt >= e.status("a").startedAt);
}

void TestExecutor::defaultPlanRunsToTheEnd()
{
    Settings settings = Settings::withGeneratedIds();
    settings.setValue(keys::ClientIp, "203.0.113.10");
    const Plan plan = PlanBuilder::build(settings);
    const auto values = settings.resolvedValues();
    const auto lists = PlanBuilder::listValues(settings);
    // Every probe finds nothing (krew aside), every command prints what its captures need.
    Executor* executor = nullptr;
    FakeLauncher fake;
    const auto lineOfCommand = [&](const Command& c) {
        ProcessSpec spec;
        spec.program = c.program;
        spec.arguments = Plan::expandArgs(c.args, executor->values(), lists);
        return FakeLauncher::lineOf(spec);
    };
    fake.setFallback([&](const ProcessSpec& spec) {
        const QString line = FakeLauncher::lineOf(spec);
        if (line.startsWith("kubectl krew version"))
            return FakeResponse{2, 0, "GitVersion v0.4.4\n", {}, false};
        for (const Step& s : plan.steps()) {
            if (s.probe && line == lineOfCommand(s.probe->command))
                return FakeResponse{2, 3, {}, "ERROR: (ResourceNotFound) not found\n", false};
        }
        if (line.startsWith("az identity create"))
            return FakeResponse{
                2, 0, R"({"principalId":"p","id":"/id","clientId":"c"})", {}, false};
        // The checks (the connection test, the backup's blob) get the answer they expect.
        for (const Step& s : plan.steps()) {
            if (s.type == steptype::Expect && line == lineOfCommand(s.command))
                return FakeResponse{2, 0, (s.expectOutput + QLatin1Char('\n')).toUtf8(), {}, false};
        }
        return FakeResponse{2, 0, "value\n", {}, false};
    });
    Executor e(fake, plan, values, lists, fastOptions());
    executor = &e;
    QCOMPARE(runToEnd(e), Executor::Outcome::Succeeded);
    for (const Step& s : plan.steps()) {
        const StepState st = e.status(s.id).state;
        if (s.conditional)
            QCOMPARE(st, StepState::Pending);
        else
            QVERIFY2(isDone(st), qPrintable(s.id + " " + stepStateName(st)));
    }
    QCOMPARE(e.status("krew.install").state, StepState::Skipped);
    QVERIFY(!fake.overlapped("az aks create", "az aks nodepool add"));
    QVERIFY(!fake.overlapped("az aks nodepool add", "az aks enable-addons"));
    QCOMPARE(e.values().value("AKS_UAMI_WORKLOAD_CLIENTID"), QStringLiteral("c"));
}

void TestExecutor::errorClassifier()
{
    const QString busy = "ERROR: (OperationNotAllowed) Operation is not allowed: Another "
                         "operation (Updating) is in progress";
    QCOMPARE(ErrorClassifier::match(busy, {TransientError::Throttled}), std::nullopt);
    QCOMPARE(ErrorClassifier::match(
                 busy, {TransientError::Throttled, TransientError::OperationNotAllowed}),
             std::optional<TransientError>(TransientError::OperationNotAllowed));
    QVERIFY(ErrorClassifier::matches("(TooManyRequests) slow", TransientError::Throttled));
    QVERIFY(ErrorClassifier::matches(QString::fromUtf8(blocked), TransientError::NetworkRules));
    QCOMPARE(ErrorClassifier::azureCode(busy), QStringLiteral("OperationNotAllowed"));
    QCOMPARE(ErrorClassifier::summary("Traceback\n  line\nERROR: (X) boom\nmore\n"),
             QStringLiteral("ERROR: (X) boom"));
    QCOMPARE(ErrorClassifier::summary("a\nlast line \n\n"), QStringLiteral("last line"));
}

void TestExecutor::runLogMasksSecrets()
{
    std::ostringstream log;
    auto previous = spdlog::default_logger();
    spdlog::set_default_logger(std::make_shared<spdlog::logger>(
        "test", std::make_shared<spdlog::sinks::ostream_sink_mt>(log)));
    FakeLauncher fake;
    // Output arrives in pieces of 7 bytes: every secret is split across reads.
    fake.on("tool keys",
            {{5, 0,
              "{\"accessToken\": \"eyJhbGciOiJIUzI1NiJ9.payload\"}\n"
              "DefaultEndpointsProtocol=https;AccountName=sa;AccountKey=c2VjcmV0a2V5;\n",
              "warning: Bearer abcdef.ghijk\n", false, 7}});
    Executor e(fake, Plan({step("keys")}), {}, {}, fastOptions());
    const auto outcome = runToEnd(e);
    spdlog::set_default_logger(previous);
    QCOMPARE(outcome, Executor::Outcome::Succeeded);
    const QString text = QString::fromStdString(log.str());
    QVERIFY2(text.contains("[keys] stdout: {\"accessToken\": \"***\"}"), qPrintable(text));
    QVERIFY(text.contains("AccountKey=***"));
    QVERIFY(text.contains("[keys] stderr: warning: Bearer ***"));
    for (const char* secret : {"eyJhbGciOiJIUzI1NiJ9", "c2VjcmV0a2V5", "abcdef.ghijk"})
        QVERIFY2(!text.contains(secret), secret);
}

QTEST_GUILESS_MAIN(TestExecutor)
#include "tst_executor.moc"
