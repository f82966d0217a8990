// The run as a picture: the journal's phases, the Timeline built from them (spans, the critical
// path, wall time against the steps' sum), and a simulated run with a retry and a remedy whose
// drawn bars sit where the journal's own start and finish times put them, live and exported.
#include "GuiTestUtil.h"
#include "TimelineChart.h"
#include "TimelineView.h"
#include "run/Journal.h"
#include "run/Timeline.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QXmlStreamReader>

using namespace cnpg;
using namespace cnpg::test;

namespace {

QString s(const char* t)
{
    return QString::fromUtf8(t);
}

Step step(const char* id, QStringList needs = {}, bool conditional = false)
{
    Step st;
    st.id = s(id);
    st.title = s(id);
    st.stage = s("stage");
    st.command.program = s("true");
    st.needs = needs;
    st.conditional = conditional;
    return st;
}

Journal::StepRecord record(StepState final, int attempts, QList<Journal::Phase> phases)
{
    Journal::StepRecord r;
    r.state = final;
    r.attempts = attempts;
    r.phases = phases;
    return r;
}

// Where a wall-clock time of the journal falls on the chart's axis.
qreal xAt(const TimelineChart& chart, const Journal& j, const QDateTime& t)
{
    return chart.xOf(j.startedAt.msecsTo(t));
}

} // namespace

class TimelineTest : public QObject
{
    Q_OBJECT
private slots:
    void phasesRoundTripThroughTheJournal();
    void spansCriticalPathAndTotals();
    void liveSpansEndNow();
    void simulatedRunDrawsTheJournalsTimes();
};

void TimelineTest::phasesRoundTripThroughTheJournal()
{
    Journal j;
    j.deployment = s("rg");
    j.startedAt = QDateTime::currentDateTimeUtc();
    j.updatedAt = j.startedAt;
    j.steps.insert(s("a"), record(StepState::Succeeded, 2,
                                  {{StepState::Waiting, 0, 0, {}},
                                   {StepState::Running, 10, 1, {}},
                                   {StepState::Retrying, 20, 1, reason::Remedy},
                                   {StepState::Running, 30, 2, {}},
                                   {StepState::Succeeded, 45, 2, {}}}));
    const auto back = Journal::fromJson(j.toJson());
    QVERIFY(back);
    const QList<Journal::Phase> phases = back->steps.value(s("a")).phases;
    QCOMPARE(phases.size(), 5);
    QCOMPARE(phases.at(2).state, StepState::Retrying);
    QCOMPARE(phases.at(2).reason, reason::Remedy);
    QCOMPARE(phases.at(3).atMs, 30);
    QCOMPARE(phases.at(3).attempt, 2);

    // A phase of a state nobody knows, or one that goes back in time, is dropped alone.
    QByteArray json = j.toJson();
    json.replace("\"Retrying\"", "\"Sleeping\"");
    json.replace("\"atMs\": 45", "\"atMs\": 5");
    const auto damaged = Journal::fromJson(json);
    QVERIFY(damaged);
    QCOMPARE(damaged->steps.value(s("a")).phases.size(), 3);
    QCOMPARE(damaged->steps.value(s("a")).state, StepState::Succeeded);
}

void TimelineTest::spansCriticalPathAndTotals()
{
    // a -> b -> d and a -> c (c retried once, with a remedy step r in between); e was done by
    // an earlier run.
    const Plan plan({step("a"), step("b", {s("a")}), step("c", {s("a")}), step("r", {}, true),
                     step("d", {s("b"), s("c")}), step("e")});
    Journal j;
    j.startedAt = QDateTime::currentDateTimeUtc();
    j.updatedAt = j.startedAt.addMSecs(100);
    j.steps.insert(s("a"),
                   record(StepState::Succeeded, 1,
                          {{StepState::Running, 0, 1, {}}, {StepState::Succeeded, 10, 1, {}}}));
    j.steps.insert(s("b"), record(StepState::Succeeded, 1,
                                  {{StepState::Waiting, 0, 0, {}},
                                   {StepState::Running, 10, 1, {}},
                                   {StepState::Succeeded, 30, 1, {}}}));
    j.steps.insert(s("c"), record(StepState::Succeeded, 2,
                                  {{StepState::Waiting, 0, 0, {}},
                                   {StepState::Running, 11, 1, {}},
                                   {StepState::Retrying, 20, 1, reason::Remedy},
                                   {StepState::Running, 40, 2, {}},
                                   {StepState::Succeeded, 60, 2, {}}}));
    j.steps.insert(s("r"),
                   record(StepState::Succeeded, 1,
                          {{StepState::Running, 20, 1, {}}, {StepState::Succeeded, 38, 1, {}}}));
    j.steps.insert(s("d"), record(StepState::Succeeded, 1,
                                  {{StepState::Waiting, 0, 0, {}},
                                   {StepState::Running, 61, 1, {}},
                                   {StepState::Succeeded, 90, 1, {}}}));
    j.steps.insert(s("e"), record(StepState::Succeeded, 0, {{StepState::Succeeded, 0, 0, {}}}));

    const Timeline t = Timeline::build(plan, j);
    QCOMPARE(t.rows().size(), 5);
    QCOMPARE(t.earlierRunSteps(), 1);
    QVERIFY(!t.isLive());
    const Timeline::Row* c = t.row(s("c"));
    QVERIFY(c);
    QCOMPARE(c->spans.size(), 4);
    QCOMPARE(c->spans.at(0).kind, Timeline::SpanKind::Waiting);
    QCOMPARE(c->spans.at(0).toMs, 11);
    QCOMPARE(c->spans.at(1).kind, Timeline::SpanKind::Running);
    QCOMPARE(c->spans.at(2).kind, Timeline::SpanKind::Pause);
    QVERIFY(c->spans.at(2).remedy);
    QCOMPARE(c->spans.at(2).fromMs, 20);
    QCOMPARE(c->spans.at(2).toMs, 40);
    QCOMPARE(c->spans.at(3).attempt, 2);
    QCOMPARE(c->startMs, 11);
    QCOMPARE(c->endMs, 60);
    QVERIFY(t.row(s("r"))->remedyStep);
    QVERIFY(!t.row(s("e")));

    // Run one after another, the steps take 10 + 20 + 49 + 18 + 29; the run took 90.
    QCOMPARE(t.wallMs(), 90);
    QCOMPARE(t.sumMs(), 10 + 20 + 49 + 18 + 29);
    QCOMPARE(t.extentMs(), 90);
    // d waited for c (which ended last of its needs), c for a.
    QCOMPARE(t.criticalPath(), QStringList({s("a"), s("c"), s("d")}));
    QVERIFY(t.row(s("c"))->critical);
    QVERIFY(!t.row(s("b"))->critical);

    QVERIFY(Timeline::tickInterval(90000, 10) >= 9000);
    QCOMPARE(Timeline::tickInterval(59000, 60), 1000);
    QCOMPARE(Timeline::tickInterval(3600000, 6), 600000);
}

void TimelineTest::liveSpansEndNow()
{
    const Plan plan({step("a"), step("b", {s("a")})});
    Journal j;
    j.startedAt = QDateTime::currentDateTimeUtc();
    j.updatedAt = j.startedAt.addMSecs(20);
    j.steps.insert(s("a"), record(StepState::Running, 1, {{StepState::Running, 0, 1, {}}}));
    j.steps.insert(s("b"), record(StepState::Waiting, 0, {{StepState::Waiting, 0, 0, {}}}));
    const Timeline t = Timeline::build(plan, j, 500);
    QVERIFY(t.isLive());
    QCOMPARE(t.row(s("a"))->endMs, 500);
    QCOMPARE(t.row(s("a"))->spans.constLast().toMs, 500);
    QVERIFY(!t.row(s("b"))->ran());
    QCOMPARE(t.row(s("b"))->spans.constLast().toMs, 500);
    QCOMPARE(t.extentMs(), 500);
    QCOMPARE(t.wallMs(), 500);
    // Without a time for now, the journal's last write is now.
    QCOMPARE(Timeline::build(plan, j).row(s("a"))->endMs, 20);
}

void TimelineTest::simulatedRunDrawsTheJournalsTimes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessLauncher launcher;
    RunService::Context context =
        simulatedContext(launcher, dir.filePath(s("data")), dir.filePath(s("home")));
    context.baseEnvironment.insert(
        s("CNPG_SIM_FAULTS"),
        s("aks nodepool add=OperationNotAllowed*1; storage container create=NetworkRules*1"));
    RunService run(context);
    Deployment deployment(run);
    deployment.setOptions({true, 8});
    TimelineView view;
    view.resize(1100, 700);
    view.show();
    connect(&run, &RunService::executorCreated, &view, &TimelineView::follow);
    QVERIFY(!view.exportPngButton()->isEnabled());

    QSignalSpy finished(&deployment, &Deployment::finished);
    QVERIFY(deployment.start(fixedSettings(), false).ok());
    // Live: bars appear (and grow) while the run goes on.
    QTRY_VERIFY_WITH_TIMEOUT(view.chart() && view.chart()->timeline().isLive() &&
                                 !view.chart()->timeline().rows().isEmpty(),
                             60000);
    QVERIFY(view.exportPngButton()->isEnabled());
    QVERIFY(finished.wait(180000));
    QCOMPARE(deployment.outcome(), Executor::Outcome::Succeeded);
    QTRY_VERIFY(view.chart() && !view.chart()->timeline().isLive());

    const auto journal = Journal::load(run.journalPath());
    QVERIFY(journal);
    const TimelineChart& chart = *view.chart();
    const Timeline& t = chart.timeline();
    // The phases' clock and the journal's wall-clock times are read a moment apart: a few
    // pixels, or what 25 ms are on this axis on a loaded machine.
    const qreal tolerance = std::max<qreal>(3.0, chart.xOf(25) - chart.xOf(0));
    QDateTime first, last;
    qint64 sum = 0;
    int drawn = 0;
    for (int i = 0; i < t.rows().size(); ++i) {
        const Timeline::Row& row = t.rows().at(i);
        const Journal::StepRecord rec = journal->steps.value(row.stepId);
        if (!row.ran())
            continue;
        ++drawn;
        QVERIFY2(rec.startedAt.isValid() && rec.finishedAt.isValid(), qPrintable(row.stepId));
        // The first running span starts where the journal says the step started; the last one
        // ends where it says it finished.
        int firstRun = -1, lastRun = -1;
        for (int sp = 0; sp < row.spans.size(); ++sp) {
            if (row.spans.at(sp).kind == Timeline::SpanKind::Running) {
                firstRun = firstRun < 0 ? sp : firstRun;
                lastRun = sp;
            }
        }
        const QRectF startBar = chart.spanRect(i, firstRun);
        const QRectF endBar = chart.spanRect(i, lastRun);
        QVERIFY2(qAbs(startBar.left() - xAt(chart, *journal, rec.startedAt)) <= tolerance,
                 qPrintable(row.stepId));
        QVERIFY2(qAbs(endBar.right() - xAt(chart, *journal, rec.finishedAt)) <= tolerance + 1,
                 qPrintable(row.stepId));
        QVERIFY(chart.rowRect(i).contains(startBar.center()));
        QCOMPARE(row.attempts, rec.attempts);
        first = !first.isValid() || rec.startedAt < first ? rec.startedAt : first;
        last = !last.isValid() || rec.finishedAt > last ? rec.finishedAt : last;
        sum += rec.startedAt.msecsTo(rec.finishedAt);
    }
    QVERIFY(drawn > 30);
    QVERIFY(qAbs(t.wallMs() - first.msecsTo(last)) <= 50);
    QVERIFY(qAbs(t.sumMs() - sum) <= 10 * drawn);
    QVERIFY(t.sumMs() > t.wallMs()); // steps ran side by side

    // The retry: two attempts with a pause between; the remedy: a pause marked as such, and
    // the remedy branch's steps drawn as its own.
    const Timeline::Row* pool = t.row(s("aks.nodepool"));
    QVERIFY(pool);
    QCOMPARE(pool->attempts, 2);
    const auto pause = std::find_if(pool->spans.cbegin(), pool->spans.cend(), [](const auto& sp) {
        return sp.kind == Timeline::SpanKind::Pause && !sp.remedy;
    });
    QVERIFY(pause != pool->spans.cend());
    const Timeline::Row* container = t.row(s("storage.container"));
    QVERIFY(container);
    QVERIFY(std::any_of(container->spans.cbegin(), container->spans.cend(),
                        [](const auto& sp) { return sp.remedy; }));
    QVERIFY(std::any_of(t.rows().cbegin(), t.rows().cend(),
                        [](const Timeline::Row& r) { return r.remedyStep && r.ran(); }));

    // The critical path: it ends with the step that finished last, and each of its steps
    // starts after the one before it ended.
    QVERIFY(!t.criticalPath().isEmpty());
    QCOMPARE(journal->steps.value(t.criticalPath().constLast()).finishedAt, last);
    for (int i = 1; i < t.criticalPath().size(); ++i) {
        const Timeline::Row* before = t.row(t.criticalPath().at(i - 1));
        const Timeline::Row* after = t.row(t.criticalPath().at(i));
        QVERIFY(before->endMs <= after->startMs + 1000);
    }

    // What is drawn: in the exported image, the widest bar of a step that ran once and off
    // the critical path is the colour of success, and its row left of its first phase is
    // background; a pause before a retry is not.
    QString error;
    const QString png = dir.filePath(s("timeline.png"));
    QVERIFY2(view.savePng(png, &error), qPrintable(error));
    QImage image(png);
    QVERIFY(!image.isNull());
    const qreal scale = qreal(image.width()) / chart.width();
    QCOMPARE(scale, 2.0); // twice the screen's resolution
    QRectF widest;
    int widestRow = -1;
    for (int i = 0; i < t.rows().size(); ++i) {
        const Timeline::Row& row = t.rows().at(i);
        if (row.critical || row.attempts != 1 || row.state != StepState::Succeeded)
            continue;
        const QRectF bar = chart.spanRect(i, int(row.spans.size()) - 1);
        if (bar.width() > widest.width()) {
            widest = bar;
            widestRow = i;
        }
    }
    QVERIFY(widestRow >= 0 && widest.width() >= 4);
    const QColor done = image.pixelColor((widest.center() * scale).toPoint());
    QCOMPARE(done, QColor(0x2e, 0x7d, 0x32));
    const QPointF beforeQueued(chart.xOf(t.rows().at(widestRow).queuedMs) - 4,
                               chart.rowRect(widestRow).center().y());
    QVERIFY(image.pixelColor((beforeQueued * scale).toPoint()).lightness() > 240);
    int poolRow = 0;
    while (t.rows().at(poolRow).stepId != s("aks.nodepool"))
        ++poolRow;
    const QRectF pauseBar =
        chart.spanRect(poolRow, int(std::distance(pool->spans.cbegin(), pause)));
    if (pauseBar.width() >= 4)
        QVERIFY(image.pixelColor((pauseBar.center() * scale).toPoint()) != done);

    // SVG: a drawing that Qt reads back at the chart's size, with the steps' titles as text.
    const QString svg = dir.filePath(s("timeline.svg"));
    QVERIFY2(view.saveSvg(svg, &error), qPrintable(error));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QString svgText = QString::fromUtf8(svgFile.readAll());
    QVERIFY(svgText.contains(chart.title(s("aks.nodepool")).toHtmlEscaped()));
    QXmlStreamReader xml(svgText);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
}

QTEST_MAIN(TimelineTest)
#include "tst_timeline.moc"
