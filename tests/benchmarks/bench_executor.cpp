// Benchmark (not a test): the default plan against cnpg-sim with its realistic profile, time-
// scaled. Prints the sum of all step durations (the guide's top-to-bottom order), the critical
// path (the lower bound, with the AKS lock taken into account), the measured makespan, their
// ratios, and the longest event-loop stall (a 5 ms timer's lateness).
//
//   cnpg-bench-executor [--scale 0.01] [--parallel 8] [--sim <cnpg-sim>] [--runs 1]
#include "plan/Plan.h"
#include "plan/PlanBuilder.h"
#include "process/ProcessLauncher.h"
#include "process/ToolEnvironment.h"
#include "run/Executor.h"
#include "settings/Settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <spdlog/sinks/null_sink.h>
#include <spdlog/spdlog.h>

using namespace cnpg;

namespace {

struct Bound
{
    double ms = 0;
    QStringList chain; // the dependency chain or the lock group that sets it
};

// The longest chain of needs, and for every lock the earliest any of its steps can start plus
// all of them back to back plus the shortest tail after one of them: the larger is a lower
// bound for any schedule (the AKS lock serialises create, nodepool add and enable-addons).
Bound lowerBound(const Plan& plan, const QHash<QString, double>& d,
                 const QHash<QString, QString>& values, const QHash<QString, QStringList>& lists)
{
    QHash<QString, double> es; // earliest start
    QHash<QString, QString> via;
    for (const Step& s : plan.steps()) {
        if (s.conditional)
            continue;
        double start = 0;
        for (const QString& n : s.needs) {
            const double end = es.value(n) + d.value(n);
            if (end > start) {
                start = end;
                via.insert(s.id, n);
            }
        }
        es.insert(s.id, start);
    }
    QHash<QString, double> tail; // longest path after the step ends
    for (int i = plan.steps().size() - 1; i >= 0; --i) {
        const Step& s = plan.steps().at(i);
        if (s.conditional)
            continue;
        double t = 0;
        for (const Step& o : plan.steps()) {
            if (!o.conditional && o.needs.contains(s.id))
                t = std::max(t, d.value(o.id) + tail.value(o.id));
        }
        tail.insert(s.id, t);
    }
    Bound best;
    QString last;
    for (const Step& s : plan.steps()) {
        if (s.conditional)
            continue;
        const double end = es.value(s.id) + d.value(s.id);
        if (end > best.ms) {
            best.ms = end;
            last = s.id;
        }
    }
    for (QString id = last; !id.isEmpty(); id = via.value(id))
        best.chain.prepend(id);
    QHash<QString, QStringList> groups;
    for (const Step& s : plan.steps()) {
        if (!s.conditional && !s.lock.isEmpty())
            groups[Plan::expandArgs({s.lock}, values, lists).value(0)] << s.id;
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        double minStart = 1e300;
        double sum = 0;
        double minTail = 1e300;
        for (const QString& id : it.value()) {
            minStart = std::min(minStart, es.value(id));
            sum += d.value(id);
            minTail = std::min(minTail, tail.value(id));
        }
        const double bound = minStart + sum + minTail;
        if (bound > best.ms) {
            best.ms = bound;
            best.chain =
                QStringList{QStringLiteral("lock ") + it.key() + QStringLiteral(":")} + it.value();
        }
    }
    return best;
}

qint64 threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

// Measures the longest single event the loop handled, in wall time and in the thread's own CPU
// time: a late timer while no event used much CPU means the process was waiting for a CPU
// (other processes on the machine), not busy with its own work.
class BenchApp : public QCoreApplication
{
public:
    using QCoreApplication::QCoreApplication;
    bool notify(QObject* receiver, QEvent* event) override
    {
        if (m_depth++ > 0) {
            const bool r = QCoreApplication::notify(receiver, event);
            --m_depth;
            return r;
        }
        QElapsedTimer t;
        t.start();
        const qint64 cpu0 = threadCpuUs();
        const bool r = QCoreApplication::notify(receiver, event);
        const qint64 cpu = threadCpuUs() - cpu0;
        longestUs = std::max(longestUs, t.nsecsElapsed() / 1000);
        longestCpuUs = std::max(longestCpuUs, cpu);
        --m_depth;
        return r;
    }
    qint64 longestUs = 0;
    qint64 longestCpuUs = 0;

private:
    int m_depth = 0;
};

// Measures how long starting a child blocks the event loop.
class TimingLauncher : public ProcessLauncher
{
public:
    RunningProcess* start(const ProcessSpec& spec, QObject* parent) override
    {
        QElapsedTimer t;
        t.start();
        RunningProcess* p = m_inner.start(spec, parent);
        const qint64 us = t.nsecsElapsed() / 1000;
        maxStartUs = std::max(maxStartUs, us);
        totalStartUs += us;
        ++starts;
        return p;
    }
    QProcessLauncher m_inner;
    qint64 maxStartUs = 0;
    qint64 totalStartUs = 0;
    int starts = 0;
};

QString secs(double ms)
{
    return QString::number(ms / 1000.0, 'f', 2) + QStringLiteral(" s");
}

} // namespace

int main(int argc, char* argv[])
{
    BenchApp app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption scaleOpt("scale", "CNPG_SIM_TIME_SCALE (default 0.01).", "x", "0.01");
    const QCommandLineOption parallelOpt("parallel", "Parallel limit (default 8).", "n", "8");
    const QCommandLineOption simOpt("sim", "The cnpg-sim binary.", "path",
                                    QCoreApplication::applicationDirPath() + "/cnpg-sim");
    const QCommandLineOption noJournalOpt("no-journal", "Do not write the journal.");
    const QCommandLineOption stepsOpt("steps", "Print each step's measured and expected time.");
    parser.addOptions({scaleOpt, parallelOpt, simOpt, noJournalOpt, stepsOpt});
    parser.process(app);
    QTextStream out(stdout);
    const double scale = parser.value(scaleOpt).toDouble();

    // The tools' output would only cost time on the terminal; the executor still formats it.
    spdlog::set_default_logger(
        std::make_shared<spdlog::logger>("bench", std::make_shared<spdlog::sinks::null_sink_mt>()));

    QTemporaryDir dir;
    ToolEnvironment::Options envOptions;
    envOptions.base.remove("CNPG_SIM_FAULTS");
    envOptions.base.remove("CNPG_SIM_STATE");
    envOptions.base.insert("CNPG_SIM_TIME_SCALE", parser.value(scaleOpt));
    envOptions.simulate = true;
    envOptions.dataDir = dir.path();
    envOptions.simProgram = parser.value(simOpt);
    QString error;
    const QProcessEnvironment env = ToolEnvironment::build(envOptions, &error);
    if (env.isEmpty()) {
        out << "cannot set up the simulator: " << error << Qt::endl;
        return 1;
    }
    // Set-up, not measured: the fake krew release the krew step downloads.
    const QString release = ToolEnvironment::krewReleaseDir(dir.path());
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(parser.value(simOpt), {"make-krew-release", release});
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            out << "cnpg-sim make-krew-release failed: " << p.readAllStandardError() << Qt::endl;
            return 1;
        }
    }

    Settings settings = Settings::withGeneratedIds();
    settings.setValue(keys::ClientIp, "203.0.113.10");
    const Plan plan = PlanBuilder::build(settings);
    const auto values = settings.resolvedValues();
    const auto lists = PlanBuilder::listValues(settings);

    ExecutorOptions o;
    o.parallelLimit = parser.value(parallelOpt).toInt();
    o.retry.baseDelayMs = std::max(1, int(o.retry.baseDelayMs * scale));
    o.retry.capMs = std::max(1, int(o.retry.capMs * scale));
    o.pollIntervalMs = std::max(1, int(o.pollIntervalMs * scale));
    o.environment = env;
    o.workingDirectory = dir.path();
    if (!parser.isSet(noJournalOpt))
        o.journalPath = dir.filePath("journal.json");
    o.journal.deployment = settings.value(keys::ResourceGroup);
    o.krewBaseUrl = QUrl::fromLocalFile(release).toString();
    TimingLauncher launcher;
    Executor executor(launcher, plan, values, lists, o);

    // The stall meter: how late a 5 ms timer fires while the deployment runs.
    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 maxStall = 0;
    qint64 maxStallAt = 0;
    int ticks = 0;
    QTimer meter;
    meter.setTimerType(Qt::PreciseTimer);
    meter.setInterval(5);
    QObject::connect(&meter, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed() / 1000;
        if (ticks++ > 0 && now - lastTick - 5000 > maxStall) {
            maxStall = now - lastTick - 5000;
            maxStallAt = now / 1000;
        }
        lastTick = now;
    });
    QHash<QString, qint64> startMs;
    QObject::connect(&executor, &Executor::stepChanged,
                     [&](const QString& id, const StepStatus& st) {
                         if (st.state == StepState::Running && !startMs.contains(id))
                             startMs.insert(id, clock.elapsed());
                     });
    int polls = 0;
    QObject::connect(&executor, &Executor::provisioningStateChanged, [&] { ++polls; });
    qint64 makespan = 0;
    QObject::connect(&executor, &Executor::finished, [&](Executor::Outcome) {
        makespan = clock.elapsed();
        meter.stop();
        app.quit();
    });
    // The baseline: the same timer with nothing else to do, for as long as the machine's own
    // load (other processes) makes it late. Then the deployment.
    clock.start();
    meter.start();
    QTimer::singleShot(2000, &app, &QCoreApplication::quit);
    app.exec();
    const qint64 baselineStall = maxStall;
    const int baselineTicks = ticks;
    ticks = 0;
    maxStall = 0;
    app.longestUs = 0;
    app.longestCpuUs = 0;
    clock.restart();
    executor.start();
    app.exec();

    if (executor.outcome() != Executor::Outcome::Succeeded) {
        out << "the deployment did not succeed: " << Executor::outcomeName(executor.outcome())
            << Qt::endl;
        for (const Step& s : plan.steps()) {
            const StepStatus st = executor.status(s.id);
            if (st.state == StepState::Failed)
                out << "  " << s.id << ": " << st.reason << ": " << st.errorText << Qt::endl;
        }
        return 1;
    }

    QHash<QString, double> measured;
    QHash<QString, double> expected;
    double sumMeasured = 0;
    for (const Step& s : plan.steps()) {
        if (s.conditional)
            continue;
        measured.insert(s.id, double(executor.status(s.id).elapsedMs));
        expected.insert(s.id, s.expectedSeconds * 1000.0 * scale);
        sumMeasured += measured.value(s.id);
    }
    const Bound cpExpected = lowerBound(plan, expected, values, lists);
    const Bound cpMeasured = lowerBound(plan, measured, values, lists);
    const double planSequential = plan.sequentialSeconds() * 1000.0 * scale;
    const double planCritical = plan.criticalPathSeconds() * 1000.0 * scale;

    out << "cnpg-bench-executor: default plan, " << plan.steps().size() << " steps, scale " << scale
        << ", parallel " << o.parallelLimit << Qt::endl;
    out << "  sequential sum, plan's expected durations   " << secs(planSequential) << Qt::endl;
    out << "  sequential sum, measured step durations     " << secs(sumMeasured) << Qt::endl;
    out << "  critical path, plan (needs only)            " << secs(planCritical) << Qt::endl;
    out << "  critical path, plan (needs + AKS lock)      " << secs(cpExpected.ms) << "  "
        << cpExpected.chain.join(" ") << Qt::endl;
    out << "  critical path, measured durations (+ lock)  " << secs(cpMeasured.ms) << "  "
        << cpMeasured.chain.join(" ") << Qt::endl;
    out << "  makespan (measured)                         " << secs(double(makespan)) << Qt::endl;
    out << "  makespan / critical path (plan + lock)      "
        << QString::number(makespan / cpExpected.ms, 'f', 3) << Qt::endl;
    out << "  makespan / critical path (measured)         "
        << QString::number(makespan / cpMeasured.ms, 'f', 3) << Qt::endl;
    out << "  sequential (measured) / makespan            "
        << QString::number(sumMeasured / makespan, 'f', 2) << "x" << Qt::endl;
    out << "  longest event-loop stall                    "
        << QString::number(maxStall / 1000.0, 'f', 1) << " ms over " << ticks << " ticks (at "
        << secs(double(maxStallAt)) << ")" << Qt::endl;
    out << "  longest stall of the idle loop (baseline)   "
        << QString::number(baselineStall / 1000.0, 'f', 1) << " ms over " << baselineTicks
        << " ticks in 2 s before the run" << Qt::endl;
    out << "  longest single event handled in the run     "
        << QString::number(app.longestUs / 1000.0, 'f', 1) << " ms wall, "
        << QString::number(app.longestCpuUs / 1000.0, 'f', 1) << " ms of its own CPU" << Qt::endl;
    out << "  processes started                           " << launcher.starts << ", start() took "
        << QString::number(launcher.totalStartUs / 1000.0 / launcher.starts, 'f', 2)
        << " ms on average, " << QString::number(launcher.maxStartUs / 1000.0, 'f', 1)
        << " ms at most" << Qt::endl;
    out << "  live provisioning updates                   " << polls << Qt::endl;
    if (parser.isSet(stepsOpt)) {
        out << "  step                          start      measured   expected" << Qt::endl;
        for (const Step& s : plan.steps()) {
            if (s.conditional)
                continue;
            const StepStatus st = executor.status(s.id);
            out << "  " << s.id.leftJustified(28) << "  "
                << secs(double(startMs.value(s.id))).rightJustified(8) << "  "
                << secs(measured.value(s.id)).rightJustified(8) << "  "
                << secs(expected.value(s.id)).rightJustified(8) << "  " << stepStateName(st.state)
                << Qt::endl;
        }
    }
    const bool makespanOk = makespan <= 1.05 * cpMeasured.ms;
    const bool stallOk = maxStall <= 20000;
    out << "  targets: makespan within 5% of the critical path: " << (makespanOk ? "yes" : "NO")
        << "; no stall over 20 ms: " << (stallOk ? "yes" : "NO") << Qt::endl;
    return 0;
}
