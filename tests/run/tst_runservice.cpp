// The run service's set-up and policy: refusals come back as codes before anything runs, a
// resume never silently becomes a fresh run, and a simulated run gets the one time scale, the
// simulator's krew release and its journal where both front ends look for it.
#include "process/ProcessLauncher.h"
#include "process/ToolEnvironment.h"
#include "run/Journal.h"
#include "run/RunService.h"
#include "settings/Settings.h"
#include "settings/SettingsFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace cnpg;

namespace {

Settings testSettings()
{
    Settings s = Settings::withGeneratedIds();
    s.setValue(keys::ClientIp, QStringLiteral("203.0.113.10"));
    return s;
}

// The environment without the caller's simulator settings; HOME (krew's root) in `home`.
QProcessEnvironment cleanEnvironment(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : env.keys()) {
        if (key.startsWith(QLatin1String("CNPG_SIM_")) || key == QLatin1String("KREW_ROOT"))
            env.remove(key);
    }
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("CNPG_SIM_POSTGRES"), QStringLiteral("off"));
    return env;
}

} // namespace

class TestRunService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcessLauncher m_launcher;

    RunService::Context context(const QString& name) const
    {
        RunService::Context c;
        c.launcher = const_cast<QProcessLauncher*>(&m_launcher);
        c.dataDir = m_dir.filePath(name);
        c.simProgram = QStringLiteral(CNPG_BIN_DIR "/cnpg-sim");
        c.baseEnvironment = cleanEnvironment(m_dir.filePath(name + QStringLiteral("-home")));
        return c;
    }

    // A journal of `settings` where a run of them keeps it.
    static void writeJournal(const QString& dataDir, const Settings& settings,
                             const QString& mode = QString())
    {
        Journal j;
        j.deployment = settings.value(keys::ResourceGroup);
        j.mode = mode;
        j.settings = QJsonDocument::fromJson(SettingsFile::toJson(settings)).object();
        j.settingsHash = Journal::hashValues(settings.resolvedValues());
        j.outcome = QStringLiteral("cancelled");
        QString error;
        QVERIFY2(j.save(Journal::pathFor(dataDir, settings), &error), qPrintable(error));
    }

private slots:
    void noDataDirectoryIsRefused()
    {
        RunService::Context c = context(QStringLiteral("none"));
        c.dataDir.clear();
        RunService run(c);
        RunService::Request r;
        r.settings = testSettings();
        r.mode = RunService::Mode::Simulate;
        QCOMPARE(run.start(r).refusal, RunService::Refusal::NoDataDirectory);
        QCOMPARE(run.outcome(), Executor::Outcome::NotStarted);
    }

    void azureNeedsItsTools()
    {
        RunService::Context c = context(QStringLiteral("azure"));
        c.baseEnvironment.insert(QStringLiteral("PATH"), m_dir.filePath(QStringLiteral("empty")));
        RunService run(c);
        RunService::Request r;
        r.settings = testSettings();
        r.mode = RunService::Mode::Azure;
        const RunService::StartResult result = run.start(r);
        QCOMPARE(result.refusal, RunService::Refusal::ToolsMissing);
        QCOMPARE(result.detail, QStringLiteral("az, kubectl, helm, tar"));
        QVERIFY(!run.isRunning());
    }

    void resumeWithoutJournalIsRefused()
    {
        RunService run(context(QStringLiteral("nojournal")));
        RunService::Request r;
        r.settings = testSettings();
        r.mode = RunService::Mode::Simulate;
        r.resume = true;
        const RunService::StartResult result = run.start(r);
        QCOMPARE(result.refusal, RunService::Refusal::NothingToResume);
        QVERIFY(!result.detail.isEmpty());
        QVERIFY(!run.isRunning());
    }

    void resumeWithChangedSettingsIsRefused()
    {
        const RunService::Context c = context(QStringLiteral("changed"));
        const Settings first = testSettings();
        writeJournal(c.dataDir, first);
        RunService run(c);
        QVERIFY(run.canResume(first, RunService::Mode::Simulate));
        const auto unfinished = run.latestUnfinished(RunService::Mode::Simulate);
        QVERIFY(unfinished);
        QCOMPARE(unfinished->resolvedValues(), first.resolvedValues());

        // The same resource group (so the same journal), another client address.
        Settings changed = first;
        changed.setValue(keys::ClientIp, QStringLiteral("203.0.113.11"));
        QCOMPARE(Journal::pathFor(c.dataDir, changed), Journal::pathFor(c.dataDir, first));
        QVERIFY(!run.canResume(changed, RunService::Mode::Simulate));
        RunService::Request r;
        r.settings = changed;
        r.mode = RunService::Mode::Simulate;
        r.resume = true;
        QCOMPARE(run.start(r).refusal, RunService::Refusal::SettingsChanged);
        QVERIFY(!run.isRunning());
        QVERIFY(!run.executor());
    }

    void simulatedRunIsSetUpOnce()
    {
        const RunService::Context c = context(QStringLiteral("sim"));
        RunService run(c);
        QSignalSpy created(&run, &RunService::executorCreated);
        QSignalSpy finished(&run, &RunService::finished);
        RunService::Request r;
        r.settings = testSettings();
        r.mode = RunService::Mode::Simulate;
        r.parallel = 3;
        QVERIFY(run.start(r).ok());
        QVERIFY(run.isRunning());
        QCOMPARE(run.start(r).refusal, RunService::Refusal::Busy);

        const ExecutorOptions& o = run.executorOptions();
        QCOMPARE(o.parallelLimit, 3);
        // The one simulation time scale: the pauses shrink with Azure's durations.
        QCOMPARE(o.retry.baseDelayMs,
                 int(ExecutorOptions().retry.baseDelayMs * RunService::SimTimeScale));
        QCOMPARE(o.pollIntervalMs,
                 int(ExecutorOptions().pollIntervalMs * RunService::SimTimeScale));
        QCOMPARE(o.environment.value(QStringLiteral("CNPG_SIM_TIME_SCALE")).toDouble(),
                 RunService::SimTimeScale);
        QCOMPARE(o.krewBaseUrl,
                 QUrl::fromLocalFile(ToolEnvironment::krewReleaseDir(c.dataDir)).toString());
        QCOMPARE(o.journalPath, Journal::pathFor(c.dataDir, r.settings));
        QCOMPARE(o.journal.settingsHash, Journal::hashValues(r.settings.resolvedValues()));
        QCOMPARE(o.journal.deployment, r.settings.value(keys::ResourceGroup));
        QCOMPARE(o.journal.mode, QStringLiteral("simulation"));

        // The executor arrives once the simulator published its krew release; then stop it.
        QVERIFY(created.wait(30000));
        QVERIFY(run.executor());
        QCOMPARE(run.executor()->plan().steps().size() > 0, true);
        run.cancel();
        QVERIFY(finished.count() == 1 || finished.wait(30000));
        QCOMPARE(finished.first().first().value<Executor::Outcome>(), Executor::Outcome::Cancelled);
        QCOMPARE(run.outcome(), Executor::Outcome::Cancelled);
        QVERIFY(run.canResume(r.settings, RunService::Mode::Simulate));
        QVERIFY(!run.canResume(r.settings, RunService::Mode::Azure));
        const auto written = Journal::load(Journal::pathFor(c.dataDir, r.settings));
        QVERIFY(written);
        QCOMPARE(written->mode, QStringLiteral("simulation"));

        // Resuming the same settings is allowed and continues the same journal.
        r.resume = true;
        QVERIFY(run.start(r).ok());
        run.cancel();
        QVERIFY(finished.wait(30000));
        QCOMPARE(run.outcome(), Executor::Outcome::Cancelled);
    }

    // A real deployment's record is never replaced by a simulated run of the same resource
    // group (deployment or teardown, fresh or resumed), nor is a simulated one resumed in
    // Azure; a journal from before modes were recorded resumes in either.
    void journalsKeepTheirMode()
    {
        RunService::Context c = context(QStringLiteral("modes"));
        const Settings st = testSettings();
        const QString path = Journal::pathFor(c.dataDir, st);
        writeJournal(c.dataDir, st, QStringLiteral("azure"));
        {
            const RunService run(c);
            RunService::Request r;
            r.settings = st;
            r.mode = RunService::Mode::Simulate;
            for (bool resume : {false, true}) {
                for (auto action : {RunService::Action::Deploy, RunService::Action::Teardown}) {
                    r.resume = resume;
                    r.action = action;
                    const RunService::StartResult result = run.check(r);
                    QCOMPARE(result.refusal, RunService::Refusal::AzureJournal);
                    QCOMPARE(result.detail, path);
                }
            }
            QVERIFY(!run.canResume(st, RunService::Mode::Simulate));
            QVERIFY(run.canResume(st, RunService::Mode::Azure));
            QVERIFY(!run.latestUnfinished(RunService::Mode::Simulate));
            QVERIFY(run.latestUnfinished(RunService::Mode::Azure));
        }
        // Against Azure (stand-ins on PATH answer for the tools).
        const QString bin = m_dir.filePath(QStringLiteral("modes-bin"));
        QVERIFY(QDir().mkpath(bin));
        for (const QString& tool : RunService::requiredPrograms()) {
            QFile f(bin + QLatin1Char('/') + tool);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\nexit 0\n");
            f.close();
            f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
        }
        c.baseEnvironment.insert(QStringLiteral("PATH"), bin);
        writeJournal(c.dataDir, st, QStringLiteral("simulation"));
        const RunService run(c);
        RunService::Request r;
        r.settings = st;
        r.mode = RunService::Mode::Azure;
        r.resume = true;
        const RunService::StartResult result = run.check(r);
        QCOMPARE(result.refusal, RunService::Refusal::OtherMode);
        QCOMPARE(result.detail, QStringLiteral("simulation"));
        r.resume = false; // a real run may replace a simulated one's record
        QVERIFY(run.check(r).ok());
        writeJournal(c.dataDir, st);
        r.resume = true;
        QVERIFY(run.check(r).ok());
        r.mode = RunService::Mode::Simulate;
        QVERIFY(run.check(r).ok());
    }

    void cancelWhilePreparing()
    {
        RunService run(context(QStringLiteral("early")));
        QSignalSpy created(&run, &RunService::executorCreated);
        QSignalSpy finished(&run, &RunService::finished);
        RunService::Request r;
        r.settings = testSettings();
        r.mode = RunService::Mode::Simulate;
        QVERIFY(run.start(r).ok());
        run.cancel(); // the simulator's krew release is still being made
        QVERIFY(finished.wait(30000));
        QCOMPARE(run.outcome(), Executor::Outcome::Cancelled);
        QCOMPARE(created.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRunService)
#include "tst_runservice.moc"
