// The kinds of step beyond a plain program, through the executor (a scripted launcher) and the
// exporter (bash -n, shellcheck): a program fed standard input, a delete that waits until the
// resource is gone, and a check whose answer must be the expected one.
#include "ExecutorTestUtil.h"
#include "FakeLauncher.h"
#include "export/ScriptExporter.h"
#include "plan/Plan.h"
#include "run/Executor.h"
#include "run/StepListModel.h"
#include "run/StepWording.h"
#include "settings/Settings.h"
#include "util/ManifestMask.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cnpg;
using namespace testutil;

namespace {

const QByteArray Manifest = "apiVersion: v1\n"
                            "kind: ConfigMap\n"
                            "metadata:\n"
                            "  name: cnpg-controller-manager-config\n"
                            "  namespace: cnpg-system\n"
                            "data:\n"
                            "  STANDBY_TCP_USER_TIMEOUT: \"10\"\n"
                            "  note: 'it''s $HOME, `not` expanded'\n";

Step deleteGroup(int intervalMs = 5, int timeoutSeconds = 1)
{
    Step s = step(QStringLiteral("group.delete"));
    s.type = steptype::DeleteWait;
    s.kind = StepKind::Delete;
    s.command = {QStringLiteral("az"),
                 {QStringLiteral("group"), QStringLiteral("delete"), QStringLiteral("--name"),
                  QStringLiteral("rg-test"), QStringLiteral("--yes")}};
    s.probe = Probe{{QStringLiteral("az"),
                     {QStringLiteral("group"), QStringLiteral("show"), QStringLiteral("--name"),
                      QStringLiteral("rg-test"), QStringLiteral("--query"), QStringLiteral("id"),
                      QStringLiteral("--output"), QStringLiteral("tsv")}},
                    {}};
    s.retryOn = {TransientError::Throttled};
    s.waitIntervalMs = intervalMs;
    s.waitTimeoutSeconds = timeoutSeconds;
    return s;
}

Step applyManifest()
{
    Step s = step(QStringLiteral("k8s.config"));
    s.type = steptype::Input;
    s.kind = StepKind::Create;
    s.command = {QStringLiteral("kubectl"),
                 {QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}};
    s.input = Manifest;
    s.retryOn = {TransientError::KubernetesApi};
    return s;
}

// The validation guide's question to the primary: is it in recovery? It must say "f".
Step askPrimary()
{
    Step s = step(QStringLiteral("verify.sql.primary"));
    s.type = steptype::Expect;
    s.kind = StepKind::Verify;
    s.command = {QStringLiteral("kubectl"),
                 {QStringLiteral("cnpg"), QStringLiteral("psql"), QStringLiteral("pg"),
                  QStringLiteral("--"), QStringLiteral("--tuples-only"),
                  QStringLiteral("--command"), QStringLiteral("SELECT pg_is_in_recovery()")}};
    s.expectOutput = QStringLiteral("f");
    return s;
}

// Runs bash code with the script's helpers; the exit code, or -1.
int runBash(const QString& helpers, const QString& code)
{
    QProcess bash;
    bash.start(QStringLiteral("bash"),
               {QStringLiteral("-c"), QStringLiteral("set -euo pipefail\n") + helpers + code});
    if (!bash.waitForFinished(60000))
        return -1;
    return bash.exitStatus() == QProcess::NormalExit ? bash.exitCode() : -1;
}

FakeResponse notFound()
{
    FakeResponse r;
    r.exitCode = 3;
    r.err = "ERROR: (ResourceGroupNotFound) Resource group 'rg-test' could not be found.\n";
    return r;
}

FakeResponse found()
{
    return FakeResponse{5, 0, "/subscriptions/0/resourceGroups/rg-test\n", {}, false};
}

// The step's log in the progress view after a run of `plan` (every command succeeds).
QString logOf(const Plan& plan, const QString& id)
{
    FakeLauncher launcher;
    launcher.on(QStringLiteral("kubectl apply"), {FakeResponse{5, 0, {}, {}, false}});
    const PlainWording wording;
    StepListModel model(plan, {}, {}, wording);
    Executor e(launcher, plan, {}, {}, fastOptions());
    model.attach(&e);
    if (runToEnd(e) != Executor::Outcome::Succeeded)
        return QStringLiteral("the run failed");
    return model.stepLog(id);
}

QString exportOf(const Plan& plan)
{
    return ScriptExporter::generate(plan, Settings(), QStringLiteral("test"));
}

// bash -n and shellcheck on a script; empty when both are content.
QString lint(const QString& script)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sh"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write");
    f.write(script.toUtf8());
    f.close();
    QProcess bash;
    bash.start(QStringLiteral("bash"), {QStringLiteral("-n"), path});
    bash.waitForFinished();
    if (bash.exitCode() != 0)
        return QString::fromUtf8(bash.readAllStandardError());
    if (QStandardPaths::findExecutable(QStringLiteral("shellcheck")).isEmpty())
        return QString();
    QProcess sc;
    sc.start(QStringLiteral("shellcheck"), {path});
    sc.waitForFinished();
    return sc.exitCode() == 0 ? QString() : QString::fromUtf8(sc.readAllStandardOutput());
}

} // namespace

class TestStepTypes : public QObject
{
    Q_OBJECT

private slots:
    void deleteWaitsUntilTheProbeNoLongerFinds()
    {
        FakeLauncher launcher;
        launcher.on(QStringLiteral("az group delete"), {FakeResponse{5, 0, {}, {}, false}});
        launcher.on(QStringLiteral("az group show"), {found(), found(), notFound()});
        Executor e(launcher, Plan({deleteGroup()}), {}, {}, fastOptions());
        QCOMPARE(runToEnd(e), Executor::Outcome::Succeeded);
        QCOMPARE(e.status(QStringLiteral("group.delete")).state, StepState::Succeeded);
        const QStringList lines = launcher.startedLines();
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(QLatin1String("az group delete")));
        for (int i = 1; i < 4; ++i)
            QVERIFY(lines.at(i).startsWith(QLatin1String("az group show")));
    }

    void deleteOfWhatIsGoneSucceeds()
    {
        // A resumed teardown: the group went in the earlier run; nothing is deleted twice and
        // nothing fails.
        FakeLauncher launcher;
        launcher.on(QStringLiteral("az group delete"), {notFound()});
        launcher.on(QStringLiteral("az group show"), {notFound()});
        Executor e(launcher, Plan({deleteGroup()}), {}, {}, fastOptions());
        QCOMPARE(runToEnd(e), Executor::Outcome::Succeeded);
        QCOMPARE(launcher.startedCount(QStringLiteral("az group delete")), 1);
        QCOMPARE(launcher.startedCount(QStringLiteral("az group show")), 1);
    }

    void deleteRetriesTransientErrors()
    {
        FakeLauncher launcher;
        FakeResponse throttled;
        throttled.exitCode = 1;
        throttled.err = "ERROR: (TooManyRequests) Throttled\n";
        launcher.on(QStringLiteral("az group delete"),
                    {throttled, FakeResponse{5, 0, {}, {}, false}});
        launcher.on(QStringLiteral("az group show"), {notFound()});
        Executor e(launcher, Plan({deleteGroup()}), {}, {}, fastOptions());
        QCOMPARE(runToEnd(e), Executor::Outcome::Succeeded);
        QCOMPARE(launcher.startedCount(QStringLiteral("az group delete")), 2);
    }

    void deleteGivesUpWhenTheResourceStays()
    {
        FakeLauncher launcher;
        launcher.on(QStringLiteral("az group delete"), {FakeResponse{5, 0, {}, {}, false}});
        launcher.on(QStringLiteral("az group show"), {found()});
        // 1 s of waiting at 250 ms a probe: four probes, then the step fails.
        Executor e(launcher, Plan({deleteGroup(250, 1)}), {}, {}, fastOptions());
        QCOMPARE(runToEnd(e), Executor::Outcome::Failed);
        QCOMPARE(e.status(QStringLiteral("group.delete")).reason, reason::StillExists);
        QCOMPARE(launcher.startedCount(QStringLiteral("az group show")), 4);
    }

    void aProbeThatCannotTellKeepsWaiting()
    {
        FakeLauncher launcher;
        FakeResponse unreachable;
        unreachable.exitCode = 1;
        unreachable.err = "ERROR: HTTPSConnectionPool: Max retries exceeded\n";
        launcher.on(QStringLiteral("az group delete"), {FakeResponse{5, 0, {}, {}, false}});
        launcher.on(QStringLiteral("az group show"), {unreachable, notFound()});
        Executor e(launcher, Plan({deleteGroup()}), {}, {}, fastOptions());
        QCOMPARE(runToEnd(e), Executor::Outcome::Succeeded);
        QCOMPARE(launcher.startedCount(QStringLiteral("az group show")), 2);
    }

    void cancelStopsTheWait()
    {
        FakeLauncher launcher;
        launcher.on(QStringLiteral("az group delete"), {FakeResponse{5, 0, {}, {}, false}});
        launcher.on(QStringLiteral("az group show"), {found()});
        Executor e(launcher, Plan({deleteGroup(60000, 3600)}), {}, {}, fastOptions());
        QSignalSpy finished(&e, &Executor::finished);
        e.start();
        QTRY_COMPARE(launcher.startedCount(QStringLiteral("az group show")), 1);
        QTRY_COMPARE(launcher.running(), 0); // now between two probes
        e.cancel();
        QVERIFY(finished.wait());
        QCOMPARE(e.outcome(), Executor::Outcome::Cancelled);
        QCOMPARE(e.status(QStringLiteral("group.delete")).state, StepState::Cancelled);
    }

    void deleteWaitExportIsValidBash()
    {
        const QString script = exportOf(Plan({deleteGroup(10000, 600)}));
        QVERIFY(script.contains(QStringLiteral(
            "with_retry 'Throttled|TooManyRequests' ignore_not_found az group delete --name "
            "rg-test --yes\n")));
        QVERIFY(script.contains(QStringLiteral("wait_until_gone 10 60 az group show --name "
                                               "rg-test --query id --output tsv\n")));
        QVERIFY(script.contains(QStringLiteral("\nwait_until_gone() {\n")));
        QVERIFY(script.contains(QStringLiteral("\nignore_not_found() {\n")));
        const QString problems = lint(script);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void inputReachesTheProgramsStandardInput()
    {
        FakeLauncher launcher;
        FakeResponse cat;
        cat.echoInput = true;
        launcher.on(QStringLiteral("kubectl apply"), {cat});
        Executor e(launcher, Plan({applyManifest()}), {}, {}, fastOptions());
        QSignalSpy output(&e, &Executor::stepOutput);
        QCOMPARE(runToEnd(e), Executor::Outcome::Succeeded);
        QCOMPARE(launcher.specs.size(), 1);
        QCOMPARE(launcher.specs.first().standardInput, Manifest);
        QByteArray seen;
        for (const auto& args : output)
            seen += args.at(2).toByteArray();
        QCOMPARE(seen, Manifest);
    }

    void inputExportsAsAQuotedHeredoc()
    {
        const QString script = exportOf(Plan({applyManifest()}));
        const QString expected = QStringLiteral("with_retry_input ") + QStringLiteral("'") +
                                 transientErrorPattern(TransientError::KubernetesApi) +
                                 QStringLiteral("' kubectl apply -f - <<'EOF'\n") +
                                 QString::fromUtf8(Manifest) + QStringLiteral("EOF\n");
        QVERIFY2(script.contains(expected), qPrintable(script));
        QVERIFY(script.contains(QStringLiteral("\nwith_retry_input() {\n")));
        const QString problems = lint(script);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void theLogShowsTheInputAsTheScriptDoes()
    {
        Step s = applyManifest();
        s.retryOn.clear(); // the script's line without with_retry_input is the log's line
        const Plan plan({s});
        const QString heredoc =
            QStringLiteral("kubectl apply -f - <<'EOF'\n") + QString::fromUtf8(Manifest) + "EOF\n";
        QVERIFY(exportOf(plan).contains(QLatin1Char('\n') + heredoc));
        const QString log = logOf(plan, s.id);
        QVERIFY2(log.contains(QStringLiteral("$ ") + heredoc), qPrintable(log));
    }

    void theLogShowsNoSecretOfAManifest()
    {
        Step s = applyManifest();
        s.input = "apiVersion: v1\n"
                  "kind: ConfigMap\n"
                  "metadata:\n"
                  "  name: settings\n"
                  "data:\n"
                  "  mode: replica\n"
                  "---\n"
                  "apiVersion: v1\n"
                  "kind: Secret\n"
                  "metadata:\n"
                  "  name: app-user\n"
                  "type: kubernetes.io/basic-auth\n"
                  "stringData:\n"
                  "  username: app\n"
                  "  \"pgpass\": hunter2-plain\n"
                  "  cert: |\n"
                  "    -----BEGIN PRIVATE-----\n"
                  "    c2VjcmV0LWJsb2Nr\n"
                  "data:\n"
                  "  password: aHVudGVyMi1iYXNlNjQ=\n"
                  "---\n"
                  "kind: Secret\n"
                  "data: {token: ZmxvdwXX}\n";
        const QString log = logOf(Plan({s}), s.id);
        for (const char* secret : {"hunter2-plain", "c2VjcmV0LWJsb2Nr", "BEGIN PRIVATE",
                                   "aHVudGVyMi1iYXNlNjQ=", "ZmxvdwXX", "username: app"})
            QVERIFY2(!log.contains(QLatin1String(secret)), qPrintable(log));
        // What is not secret stays as written, keys included.
        for (const char* shown :
             {"  mode: replica\n", "  username: ***\n", "  \"pgpass\": ***\n", "  cert: ***\n",
              "  password: ***\n", "data: ***\n", "  name: app-user\n", "kind: Secret\n"})
            QVERIFY2(log.contains(QLatin1String(shown)), qPrintable(log));
        // A manifest yaml-cpp cannot read is treated as a Secret: nothing of its data shows.
        QVERIFY(!ManifestMask::masked("kind: [Secret\ndata:\n  a: b1\n")
                     .contains(QStringLiteral("b1")));
    }

    void anExpectedAnswerPasses_data()
    {
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("plain") << QByteArray("f\n");
        QTest::newRow("aligned, through a TTY") << QByteArray(" f\r\n");
    }

    void anExpectedAnswerPasses()
    {
        QFETCH(QByteArray, out);
        FakeLauncher launcher;
        launcher.on(QStringLiteral("kubectl cnpg"), {FakeResponse{5, 0, out, {}, false}});
        Executor e(launcher, Plan({askPrimary()}), {}, {}, fastOptions());
        QCOMPARE(runToEnd(e), Executor::Outcome::Succeeded);
        QCOMPARE(e.status(QStringLiteral("verify.sql.primary")).state, StepState::Succeeded);
    }

    void anotherAnswerFailsTheStep()
    {
        // A standby answered where the primary should have: the step fails, without retries,
        // and says what it heard.
        FakeLauncher launcher;
        launcher.on(QStringLiteral("kubectl cnpg"), {FakeResponse{5, 0, "t\n", {}, false}});
        Executor e(launcher, Plan({askPrimary()}), {}, {}, fastOptions());
        QCOMPARE(runToEnd(e), Executor::Outcome::Failed);
        const StepStatus st = e.status(QStringLiteral("verify.sql.primary"));
        QCOMPARE(st.state, StepState::Failed);
        QCOMPARE(st.reason, reason::UnexpectedOutput);
        QCOMPARE(st.errorText, QStringLiteral("t"));
        QCOMPARE(launcher.startedCount(QStringLiteral("kubectl cnpg")), 1);
    }

    void aFailedCheckIsAFailedCommand()
    {
        FakeLauncher launcher;
        FakeResponse missing;
        missing.exitCode = 1;
        missing.err = "Error: cannot find Pod with role \"primary\"\n";
        launcher.on(QStringLiteral("kubectl cnpg"), {missing});
        Executor e(launcher, Plan({askPrimary()}), {}, {}, fastOptions());
        QCOMPARE(runToEnd(e), Executor::Outcome::Failed);
        QCOMPARE(e.status(QStringLiteral("verify.sql.primary")).reason, reason::ExitCode);
    }

    void theScriptChecksTheAnswerToo()
    {
        const QString script = exportOf(Plan({askPrimary()}));
        QVERIFY2(script.contains(QStringLiteral("\nexpect_output f kubectl cnpg psql pg -- "
                                                "--tuples-only --command 'SELECT "
                                                "pg_is_in_recovery()'\n")),
                 qPrintable(script));
        const QString problems = lint(script);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        // The helper as the script has it, against answers given by printf.
        const qsizetype from = script.indexOf(QStringLiteral("expect_output() {"));
        QVERIFY(from > 0);
        const QString helper =
            script.mid(from, script.indexOf(QStringLiteral("\n}\n"), from) + 3 - from);
        QCOMPARE(runBash(helper, QStringLiteral("expect_output f printf ' f\\r\\n'")), 0);
        QCOMPARE(runBash(helper, QStringLiteral("expect_output f printf 't\\n'")), 1);
        QCOMPARE(runBash(helper, QStringLiteral("expect_output f false")), 1);
        QVERIFY(!exportOf(Plan({applyManifest()})).contains(QStringLiteral("expect_output")));
    }

    void heredocDelimiterNeverEndsTheInputEarly()
    {
        Step s = applyManifest();
        s.retryOn.clear();
        s.input = "a: 1\nEOF\nb: 2\n";
        const QString script = exportOf(Plan({s}));
        QVERIFY2(script.contains(QStringLiteral("kubectl apply -f - <<'EOF_1'\na: 1\nEOF\nb: "
                                                "2\nEOF_1\n")),
                 qPrintable(script));
        QVERIFY(!script.contains(QStringLiteral("with_retry_input() {")));
        const QString problems = lint(script);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
};

QTEST_GUILESS_MAIN(TestStepTypes)
#include "tst_steptypes.moc"
