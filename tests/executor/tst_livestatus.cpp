// A step's own live status (Step::liveStatus): the executor asks its query while the step's
// command runs, reports each new answer, and leaves no query behind when the step ends, the
// run ends or the run is cancelled.
#include "ExecutorTestUtil.h"
#include "FakeLauncher.h"
#include "run/Executor.h"
#include "run/LivePhase.h"
#include "run/StepListModel.h"
#include "run/StepWording.h"

#include <QTest>
#include <spdlog/spdlog.h>

using namespace cnpg;
using namespace testutil;

class TestLiveStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { spdlog::set_level(spdlog::level::warn); }
    void answersFollowTheRunningStep();
    void cancelStopsTheQueries();
    void progressViewWordsThePhase();
    void readyInstancesComeWithThePhase();
    void parsesPhaseAndCounts();
};

namespace {
FakeResponse answer(const char* text, int exitCode = 0)
{
    return {5, exitCode, QByteArray(text), {}, false};
}

// A wait that runs until the test releases it, whose status query names the cluster.
Step waitStep()
{
    Step s = step(QStringLiteral("wait"));
    s.kind = StepKind::Verify;
    s.liveStatus =
        Command{QStringLiteral("kubectl"),
                {QStringLiteral("get"), QStringLiteral("cluster"), QStringLiteral("${NAME}")}};
    return s;
}

// Marks what it words, so that the test sees which text went through it.
class MarkingWording : public testutil::PlainWording
{
public:
    QString liveState(const QString& state) const override
    {
        return QLatin1Char('<') + state + QLatin1Char('>');
    }
};

QStringList answersOf(const QSignalSpy& spy, const QString& id)
{
    QStringList out;
    for (const auto& args : spy) {
        if (args.at(0).toString() == id)
            out << args.at(1).toString();
    }
    return out;
}
} // namespace

void TestLiveStatus::answersFollowTheRunningStep()
{
    FakeLauncher fake;
    FakeResponse held{5, 0, "ok", {}, false};
    held.held = true;
    fake.on(QStringLiteral("tool wait"), {held});
    fake.on(QStringLiteral("tool next"), {{150, 0, "ok", {}, false}});
    // Not there yet (empty), a refused query, then the operator's phases; repeats change nothing.
    fake.on(QStringLiteral("kubectl get cluster pg-1"),
            {answer(""), answer("", 1), answer("Setting up primary\n"),
             answer("Setting up primary\n"), answer("Creating a new replica\n"),
             answer("Cluster in healthy state\n")});
    ExecutorOptions o = fastOptions();
    o.pollIntervalMs = 10;
    Executor e(fake, Plan({waitStep(), step(QStringLiteral("next"), {QStringLiteral("wait")})}),
               {{QStringLiteral("NAME"), QStringLiteral("pg-1")}}, {}, o);
    QSignalSpy live(&e, &Executor::provisioningStateChanged);
    QSignalSpy finished(&e, &Executor::finished);
    e.start();
    QTRY_VERIFY(answersOf(live, QStringLiteral("wait"))
                    .contains(QStringLiteral("Cluster in healthy state")));
    QCOMPARE(e.status(QStringLiteral("wait")).provisioningState,
             QStringLiteral("Cluster in healthy state"));
    QCOMPARE(
        answersOf(live, QStringLiteral("wait")),
        (QStringList{QStringLiteral("Setting up primary"), QStringLiteral("Creating a new replica"),
                     QStringLiteral("Cluster in healthy state")}));
    QCOMPARE(fake.release(QStringLiteral("tool wait")), 1);
    QTRY_COMPARE(e.status(QStringLiteral("wait")).state, StepState::Succeeded);
    const int reported = live.size();
    QVERIFY(e.status(QStringLiteral("wait")).provisioningState.isEmpty());
    QVERIFY(finished.wait(10000));
    QCOMPARE(e.outcome(), Executor::Outcome::Succeeded);
    // Nothing after the step ended, although the next step ran for many intervals.
    QCOMPARE(live.size(), reported);
    const qint64 ended = fake.endOf(QStringLiteral("tool wait"));
    for (const auto& ev : fake.events())
        QVERIFY2(!ev.started || !ev.line.startsWith(QLatin1String("kubectl")) || ev.ms <= ended,
                 qPrintable(ev.line));
    QCOMPARE(fake.startedCount(QStringLiteral("kubectl get cluster pg-1")),
             fake.startedCount(QStringLiteral("kubectl")));
    QCOMPARE(fake.running(), 0);
}

void TestLiveStatus::cancelStopsTheQueries()
{
    FakeLauncher fake;
    FakeResponse held{5, 0, "ok", {}, false};
    held.held = true;
    fake.on(QStringLiteral("tool wait"), {held});
    // A slow query, so that one is in flight when the run is cancelled.
    fake.on(QStringLiteral("kubectl get cluster"),
            {answer("Setting up primary\n"), {5000, 0, "Creating a new replica\n", {}, false}});
    ExecutorOptions o = fastOptions();
    o.pollIntervalMs = 10;
    Executor e(fake, Plan({waitStep()}), {{QStringLiteral("NAME"), QStringLiteral("pg-1")}}, {}, o);
    QSignalSpy live(&e, &Executor::provisioningStateChanged);
    QSignalSpy finished(&e, &Executor::finished);
    e.start();
    QVERIFY(live.wait(10000));
    QTRY_COMPARE(fake.startedCount(QStringLiteral("kubectl")), 2); // the slow one is running
    e.cancel();
    QVERIFY(finished.wait(10000));
    QCOMPARE(e.outcome(), Executor::Outcome::Cancelled);
    QCOMPARE(live.size(), 1);
    QCOMPARE(fake.startedCount(QStringLiteral("kubectl")), 2);
    QVERIFY(fake.terminated() >= 2); // the step and its query
    QCOMPARE(fake.running(), 0);
}

void TestLiveStatus::progressViewWordsThePhase()
{
    FakeLauncher fake;
    FakeResponse held{5, 0, "ok", {}, false};
    held.held = true;
    fake.on(QStringLiteral("tool wait"), {held});
    fake.on(QStringLiteral("kubectl get cluster"), {answer("Setting up primary\n")});
    ExecutorOptions o = fastOptions();
    o.pollIntervalMs = 10;
    const Plan plan({waitStep()});
    const QHash<QString, QString> values{{QStringLiteral("NAME"), QStringLiteral("pg-1")}};
    const MarkingWording wording;
    StepListModel model(plan, values, {}, wording);
    Executor e(fake, plan, values, {}, o);
    model.attach(&e);
    QSignalSpy finished(&e, &Executor::finished);
    e.start();
    QTRY_COMPARE(model.provisioningState(QStringLiteral("wait")),
                 QStringLiteral("<Setting up primary>"));
    // The log names the field the state comes from, and words it when shown.
    QVERIFY2(model.stepLog(QStringLiteral("wait"))
                 .contains(QStringLiteral("phase: <Setting up primary>\n")),
             qPrintable(model.stepLog(QStringLiteral("wait"))));
    QCOMPARE(fake.release(QStringLiteral("tool wait")), 1);
    QVERIFY(finished.wait(10000));
    QCOMPARE(e.outcome(), Executor::Outcome::Succeeded);
    QCOMPARE(fake.running(), 0);
}

void TestLiveStatus::readyInstancesComeWithThePhase()
{
    FakeLauncher fake;
    FakeResponse held{5, 0, "ok", {}, false};
    held.held = true;
    fake.on(QStringLiteral("tool wait"), {held});
    // What kubectl prints for the phase, a tab and ready/desired: before the operator sets
    // a phase, only the literals and the spec's count (no news); readyInstances is left out
    // while it is 0; the counts change while the phase stays.
    fake.on(QStringLiteral("kubectl get cluster pg-1"),
            {answer("\t/3"), answer("Setting up primary\t/3"),
             answer("Creating a new replica\t1/3"), answer("Creating a new replica\t1/3"),
             answer("Creating a new replica\t2/3"), answer("Cluster in healthy state\t3/3\n")});
    ExecutorOptions o = fastOptions();
    o.pollIntervalMs = 10;
    const Plan plan({waitStep()});
    const QHash<QString, QString> values{{QStringLiteral("NAME"), QStringLiteral("pg-1")}};
    const MarkingWording wording;
    StepListModel model(plan, values, {}, wording);
    Executor e(fake, plan, values, {}, o);
    model.attach(&e);
    QSignalSpy live(&e, &Executor::provisioningStateChanged);
    QSignalSpy finished(&e, &Executor::finished);
    e.start();
    QTRY_COMPARE(model.provisioningState(QStringLiteral("wait")),
                 QStringLiteral("<Cluster in healthy state\t3/3>"));
    QCOMPARE(answersOf(live, QStringLiteral("wait")),
             (QStringList{QStringLiteral("Setting up primary\t/3"),
                          QStringLiteral("Creating a new replica\t1/3"),
                          QStringLiteral("Creating a new replica\t2/3"),
                          QStringLiteral("Cluster in healthy state\t3/3")}));
    // Each new count is a line of the log, worded when shown.
    const QString log = model.stepLog(QStringLiteral("wait"));
    QVERIFY2(log.contains(QStringLiteral("phase: <Creating a new replica\t1/3>\n")) &&
                 log.contains(QStringLiteral("phase: <Creating a new replica\t2/3>\n")),
             qPrintable(log));
    QCOMPARE(fake.release(QStringLiteral("tool wait")), 1);
    QVERIFY(finished.wait(10000));
    QCOMPARE(e.outcome(), Executor::Outcome::Succeeded);
    QCOMPARE(fake.running(), 0);
}

void TestLiveStatus::parsesPhaseAndCounts()
{
    const LivePhase both = LivePhase::parse(QStringLiteral("Creating a new replica\t2/3"));
    QCOMPARE(both.phase, QStringLiteral("Creating a new replica"));
    QCOMPARE(both.ready, 2);
    QCOMPARE(both.desired, 3);
    QVERIFY(both.hasCounts());
    // No ready instance yet: the operator leaves the field out.
    const LivePhase early = LivePhase::parse(QStringLiteral("Setting up primary\t/3"));
    QCOMPARE(early.phase, QStringLiteral("Setting up primary"));
    QCOMPARE(early.ready, -1);
    QCOMPARE(early.desired, 3);
    QVERIFY(!early.hasCounts());
    // A phase alone (a backup's, Azure's provisioningState) stays as it is.
    const LivePhase plain = LivePhase::parse(QStringLiteral("Switchover in progress"));
    QCOMPARE(plain.phase, QStringLiteral("Switchover in progress"));
    QVERIFY(!plain.hasCounts() && !plain.isEmpty());
    QVERIFY(LivePhase::parse(QStringLiteral("\t2/3")).isEmpty());
    QVERIFY(LivePhase::parse(QString()).isEmpty());
    // Not counts: kept as the phase, without counts.
    const LivePhase odd = LivePhase::parse(QStringLiteral("Failing over\tx/y"));
    QCOMPARE(odd.phase, QStringLiteral("Failing over"));
    QVERIFY(!odd.hasCounts());
    QVERIFY(!LivePhase::parse(QStringLiteral("Failing over\t2/0")).hasCounts());
}

QTEST_GUILESS_MAIN(TestLiveStatus)
#include "tst_livestatus.moc"
