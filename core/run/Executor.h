#pragma once

#include "plan/Plan.h"
#include "process/ProcessLauncher.h"
#include "run/Journal.h"
#include "run/KrewInstaller.h"
#include "run/LiveStatusPoller.h"
#include "run/StatusPoller.h"
#include "run/StepState.h"
#include "steps/StepAdapter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <vector>

class QNetworkAccessManager;
class QTimer;

namespace cnpg {

class JournalWriter;

// Exponential backoff: base, base*factor, ... capped; a step runs at most maxAttempts times.
struct RetryPolicy
{
    int baseDelayMs = 15000;
    double factor = 2.0;
    int capMs = 120000;
    int maxAttempts = 8; // with the cap: about 12 minutes, as long as AKS may stay busy

    // The pause after the `attempt`-th attempt failed (attempt >= 1).
    int delayAfter(int attempt) const;
};

struct ExecutorOptions
{
    int parallelLimit = 8;
    RetryPolicy retry;
    int pollIntervalMs = 15000; // live provisioning state; 0: off
    // Multiplies the pauses of deletes that wait (the simulator's time scale in simulation).
    double waitScale = 1.0;
    int graceMs = 5000;         // cancel: from SIGTERM to SIGKILL
    QString journalPath;        // empty: no journal; written by a JournalWriter off the loop
    Journal journal;            // deployment, settings snapshot (the executor fills the rest)
    QProcessEnvironment environment;
    QString workingDirectory;
    // Empty: the krew release the settings pin (KREW_VERSION, KREW_SHA256). Set: a mirror or the
    // simulator's local release, checked against the .sha256 file it publishes.
    QString krewBaseUrl;
    QString krewPlatform;                     // empty: this machine's
    QNetworkAccessManager* network = nullptr; // for krew; null: the executor makes its own
};

// Runs a plan's graph on the event loop: every step whose needs are met and whose lock is free
// starts, up to the parallel limit, longest remaining path first. Each Create step first probes
// whether its resource exists (a resume or re-run creates nothing twice). What a step does is
// its type's StepAdapter's task (a program, a program with input, krew, a delete that waits).
// Known transient errors
// are retried with backoff; the remedy trigger runs the remedy branch, then the step again. Any
// other error fails the step; the steps that need it never start, independent ones finish.
// No threads, no blocking waits: processes via ProcessLauncher, pauses via QTimer.
class Executor : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        NotStarted,
        Running,
        Succeeded,
        Failed,
        Cancelled
    };
    Q_ENUM(Outcome)

    Executor(ProcessLauncher& launcher, Plan plan, QHash<QString, QString> values,
             QHash<QString, QStringList> lists, ExecutorOptions options, QObject* parent = nullptr);
    ~Executor() override;

    // Continue a deployment from its journal: its history goes on. The journal is a hint, not
    // the truth: no step is skipped because of it; probes decide what exists.
    void resumeFrom(const Journal& previous);
    void start();
    // Terminates the running children, kills them after the grace period; a second call kills
    // at once. finished(Cancelled) follows once every child has been reaped.
    void cancel();

    const Plan& plan() const { return m_plan; }
    StepStatus status(const QString& id) const;
    qint64 elapsedMs(const QString& id) const; // live while the step runs
    QHash<QString, QString> values() const { return m_values; }
    Outcome outcome() const { return m_outcome; }
    bool isRunning() const { return m_outcome == Outcome::Running; }
    const Journal& journal() const { return m_journal; }
    QStringList inFlight() const;
    int activeCount() const;

    static QString outcomeName(Outcome o);

signals:
    // Every change of a step's state, reason, attempt or live provisioning state.
    void stepChanged(const QString& id, const cnpg::StepStatus& status);
    void provisioningStateChanged(const QString& id, const QString& state);
    void stepOutput(const QString& id, int channel, const QByteArray& data);
    // The run is over: every child reaped, the final journal on disk.
    void finished(cnpg::Executor::Outcome outcome);

private:
    struct Runtime
    {
        const Step* step = nullptr;
        int index = 0;
        int priority = 0;
        StepStatus status;
        QElapsedTimer clock;
        RunningProcess* process = nullptr; // the probe or the provisioning check
        StepTask* task = nullptr;          // the step's action
        QTimer* backoff = nullptr;
        QTimer* settle = nullptr; // the probe found it still being provisioned: look again
        bool retryReady = false;
        bool activated = false; // conditional steps: the remedy branch wants it
        QString remedyParent;
        QString remedyPrevious; // the remedy step before this one in its branch
        bool remedyDone = false;
        QString lock;          // expanded lock name while held
        QByteArray partial[3]; // per channel: output not yet logged (no newline yet)
        QList<Journal::Phase> phases; // this run's changes of state, for the timeline
    };
    // Every entry point from the event loop opens a batch; the journal is written once when the
    // outermost batch closes, after all the changes that event caused.
    class Batch
    {
    public:
        explicit Batch(Executor* e)
            : m_e(e)
        {
            ++m_e->m_batchDepth;
        }
        ~Batch()
        {
            if (--m_e->m_batchDepth == 0 && m_e->m_dirty)
                m_e->writeJournal();
        }
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;

    private:
        Executor* m_e;
    };

    Runtime* rt(const QString& id);
    // The step whose child just ended, the child released (and with `flushLog`, the last
    // partial lines of its output logged); nullptr when the step no longer waits for one.
    Runtime* releaseProcess(const QString& id, bool flushLog);
    const Runtime* rt(const QString& id) const;
    bool isActive(const Runtime& r) const { return r.process || r.task; }

    // Scheduling (Executor.cpp).
    void schedule();
    QString blockingFailure(const Runtime& r) const;
    QString unmetNeed(const Runtime& r) const;
    void launch(Runtime& r);
    void setState(Runtime& r, StepState state, const QString& reason = QString(),
                  const QString& waitingFor = QString());
    void finishStep(Runtime& r, StepState state, const QString& reason = QString(),
                    const QString& errorText = QString());
    void notePhase(Runtime& r);
    void checkFinished();
    void emitFinished();
    void updatePoller();
    void onPolled(const QString& group, const QList<ResourceStatus>& resources);
    void updateLiveStatus();
    void onLiveStatus(const QString& id, const QString& text);
    void killAll();
    void markDirty() { m_dirty = true; }
    void writeJournal();

    // Running one step (ExecutorRun.cpp).
    void runProbe(Runtime& r);
    void runCommand(Runtime& r);
    StepTask* startTask(Runtime& r, const StepAdapter& adapter, const QStringList& args,
                        const QByteArray& input);
    void onTaskProgress(const QString& id, qint64 received, qint64 total);
    void onTaskFinished(const QString& id, const StepResult& result);
    RunningProcess* startProcess(Runtime& r, const Command& command, const QStringList& args);
    bool expand(Runtime& r, const QStringList& args, QStringList* out);
    void onProbeFinished(const QString& id, const ProcessResult& result);
    void probeFailed(Runtime& r, const ProcessResult& result);
    void onCommandFinished(Runtime& r, const ProcessResult& result);
    bool mustSettle(const Runtime& r) const;
    void checkProvisioning(Runtime& r);
    void onProvisioningChecked(const QString& id, const ProcessResult& result);
    void handleFailure(Runtime& r, const QString& reasonCode, const QString& text);
    void retryLater(Runtime& r, const QString& reasonCode);
    void activateRemedy(Runtime& r);
    void remedyStepEnded(Runtime& remedy);
    bool takeCaptures(Runtime& r, const QByteArray& stdoutData, QString* problem);
    void logOutput(Runtime& r, int channel, const QByteArray& data, bool flush = false);
    QString expandedResourceGroup(const Runtime& r) const;

    ProcessLauncher& m_launcher;
    StepAdapters m_adapters;
    Plan m_plan;
    QHash<QString, QString> m_values;
    QHash<QString, QStringList> m_lists;
    ExecutorOptions m_options;
    std::vector<Runtime> m_steps;
    QHash<QString, int> m_index;
    QHash<QString, QString> m_locks; // lock -> holder
    Journal m_journal;
    QElapsedTimer m_runClock; // from start(): the phases' times
    JournalWriter* m_writer = nullptr;
    StatusPoller* m_poller = nullptr;
    LiveStatusPoller* m_live = nullptr; // the steps' own status queries (Step::liveStatus)
    QNetworkAccessManager* m_network = nullptr;
    QTimer* m_graceTimer = nullptr;
    Outcome m_outcome = Outcome::NotStarted;
    bool m_cancelling = false;
    bool m_finishQueued = false;
    bool m_schedulePosted = false; // a deferred schedule() pass is on its way
    bool m_dirty = false;
    int m_batchDepth = 0;
};

} // namespace cnpg

Q_DECLARE_METATYPE(cnpg::Executor::Outcome)
