// The real launcher (QProcess in a spawner thread): the lifetime of its handles.
#include "process/AsyncProcess.h"
#include "process/ProcessLauncher.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <csignal>
#include <memory>
#include <optional>

using namespace cnpg;

namespace {

ProcessSpec sleeper()
{
    return {QStringLiteral("sleep"), {QStringLiteral("30")}, {}, {}};
}

bool alive(qint64 pid)
{
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == 0;
}

} // namespace

class ProcessLauncherTest : public QObject
{
    Q_OBJECT
private slots:
    void runsAndReportsOutput()
    {
        QProcessLauncher launcher;
        QObject owner;
        RunningProcess* p = launcher.start(
            {QStringLiteral("sh"),
             {QStringLiteral("-c"), QStringLiteral("echo out; echo err >&2; exit 3")},
             {},
             {}},
            &owner);
        QSignalSpy finished(p, &RunningProcess::finished);
        QVERIFY(finished.wait(20000));
        const auto r = finished.first().first().value<ProcessResult>();
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.crashed);
        QCOMPARE(r.standardOutput, QByteArray("out\n"));
        QCOMPARE(r.standardError, QByteArray("err\n"));
        QVERIFY(!p->isRunning());
        QCOMPARE(launcher.liveCount(), 0);
    }

    // A self-owned preflight process outlives the launcher, and is cancelled afterwards (a page
    // torn down after the launcher): nothing may reach the launcher's deleted worker.
    void cancelAfterTheLauncherIsGone()
    {
        auto launcher = std::make_unique<QProcessLauncher>();
        QObject context;
        std::optional<ProcessResult> result;
        QPointer<RunningProcess> p =
            AsyncProcess::start(*launcher, sleeper(), &context, 0,
                                [&result](const ProcessResult& r, bool) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(p && p->processId() > 0, 20000);
        const qint64 pid = p->processId();
        QVERIFY(alive(pid));

        launcher.reset();
        QVERIFY(!alive(pid)); // killed and reaped, not left running
        QVERIFY(p);
        QVERIFY(!p->isRunning());
        AsyncProcess::cancel(p);
        p->terminate();
        p->kill();
        // The callback still comes, once, from the event loop; then the handle deletes itself.
        QVERIFY(!result);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY(result->crashed);
        QVERIFY(!result->ok());
        QTRY_VERIFY_WITH_TIMEOUT(p.isNull(), 20000);
    }

    // Cancelled while the launcher lives, which arms the kill timer; the launcher then goes
    // before the child has answered the polite request.
    void cancelThenDestroyTheLauncher()
    {
        auto launcher = std::make_unique<QProcessLauncher>();
        QObject context;
        int calls = 0;
        // Ignores SIGTERM so that only the kill timer or the launcher can end it.
        const ProcessSpec stubborn{
            QStringLiteral("sh"),
            {QStringLiteral("-c"), QStringLiteral("trap '' TERM; echo ready; exec sleep 30")},
            {},
            {}};
        QPointer<RunningProcess> p = AsyncProcess::start(
            *launcher, stubborn, &context, 0, [&calls](const ProcessResult&, bool) { ++calls; });
        QSignalSpy ready(p.data(), &RunningProcess::output);
        QVERIFY(ready.wait(20000));
        AsyncProcess::cancel(p);
        launcher.reset();
        QTRY_VERIFY_WITH_TIMEOUT(p.isNull(), 20000); // finished, and the timer went with it
        QCOMPARE(calls, 1);
    }

    // A handle owned by a parent: finished() exactly once, never from inside the destructor.
    void ownedHandleFinishesOnceAfterTheLauncher()
    {
        auto launcher = std::make_unique<QProcessLauncher>();
        QObject owner;
        RunningProcess* p = launcher->start(sleeper(), &owner);
        QSignalSpy finished(p, &RunningProcess::finished);
        QTRY_VERIFY_WITH_TIMEOUT(p->processId() > 0, 20000);
        launcher.reset();
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished.first().first().value<ProcessResult>().crashed);
        QTest::qWait(0);
        QCOMPARE(finished.count(), 1);
    }

    // Started but not yet spawned when the launcher goes.
    void handleStartedJustBeforeTheLauncherGoes()
    {
        auto launcher = std::make_unique<QProcessLauncher>();
        QObject owner;
        RunningProcess* p = launcher->start(sleeper(), &owner);
        QSignalSpy finished(p, &RunningProcess::finished);
        launcher.reset();
        QVERIFY(!p->isRunning());
        QVERIFY(finished.wait(20000));
        delete p; // deleting an inert handle touches nothing
    }
};

QTEST_GUILESS_MAIN(ProcessLauncherTest)
#include "tst_processlauncher.moc"
