#pragma once

#include "run/Executor.h"
#include "run/TeardownInventory.h"
#include "settings/Settings.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>
#include <optional>

class QNetworkAccessManager;

namespace cnpg {

class DatabaseAccess;
class TeardownWatch;
class ProcessLauncher;
class RunningProcess;

// One deployment run, set up the same way for every front end (the wizard, `--apply`): the
// plan, the tools' environment, the simulator's time scale and krew release, the executor's
// options, the journal and the resume policy. It owns the executor. It returns codes and data;
// each front end words them itself.
class RunService : public QObject
{
    Q_OBJECT
public:
    // What the service is given once, by whoever creates it.
    struct Context
    {
        ProcessLauncher* launcher = nullptr;      // runs the tools; must outlive the service
        QNetworkAccessManager* network = nullptr; // the krew download; null: the executor's own
        QString dataDir;    // journals, logs and the simulator's state; never empty for a run
        QString simProgram; // the cnpg-sim binary; empty: next to the application
        // The tools' environment starts from this one (CNPG_SIM_TIME_SCALE set here wins).
        QProcessEnvironment baseEnvironment = QProcessEnvironment::systemEnvironment();
    };

    enum class Mode
    {
        Simulate, // the simulated az, kubectl and helm
        Azure,    // the real tools on PATH
    };

    enum class Action
    {
        Deploy,   // the guides' plan (PlanBuilder)
        Teardown, // the deployment's deletion (TeardownBuilder), with its own journal
    };

    struct Request
    {
        Settings settings;
        Mode mode = Mode::Azure;
        Action action = Action::Deploy;
        bool purgeWorkspace = false; // Teardown: the Log Analytics workspace deleted for good
        int parallel = 8;
        // Continue the deployment's journal. Refused when there is none (NothingToResume) or
        // when it was written with other settings (SettingsChanged): a resume never silently
        // becomes a fresh run.
        bool resume = false;
        // Empty: Journal::pathFor(dataDir, settings), or teardownPathFor for a teardown.
        QString journalPath;
        // The readiness findings and the checks overridden for this run (for the journal).
        QJsonObject readiness;
    };

    // Why start() did not start anything.
    enum class Refusal
    {
        None,
        Busy,            // a run is still going
        NoDataDirectory, // the context has no data directory
        NoEnvironment,   // the tools' environment could not be built (detail: why)
        ToolsMissing,    // Azure mode: programs not on PATH (detail: their names, ", ")
        NothingToResume, // resume: no readable journal (detail: the reader's message)
        SettingsChanged, // resume: the journal belongs to other settings
        OtherMode,       // resume: the journal is of a run in the other mode (detail: its modeName)
        // Simulate: the resource group's deployment journal is of a run against Azure; a
        // simulated run would overwrite what it records (detail: the journal's path).
        AzureJournal,
    };
    Q_ENUM(Refusal)

    struct StartResult
    {
        Refusal refusal = Refusal::None;
        QString detail;
        bool ok() const { return refusal == Refusal::None; }
    };

    // Every simulated duration and the pauses that wait for them are multiplied by this
    // (unless the environment sets CNPG_SIM_TIME_SCALE): a whole simulated deployment in about
    // half a minute, slow enough to watch.
    static constexpr double SimTimeScale = 0.02;
    // The journal's word for a mode: "simulation" or "azure".
    static QString modeName(Mode mode);
    // A journal's recorded mode is this one; a journal that records none (written before
    // modes were) counts as either.
    static bool isOfMode(const QString& journalMode, Mode mode);
    // The programs a run against Azure needs on PATH.
    static QStringList requiredPrograms();
    // The plan a request runs (and the exporter writes for it).
    static Plan plan(const Request& request);

    explicit RunService(Context context, QObject* parent = nullptr);
    ~RunService() override;

    // Starts a run. Refusals come back at once; otherwise executorCreated() and finished()
    // follow from the event loop (or preparationFailed() and finished(Failed)).
    StartResult start(const Request& request);
    // What start() would refuse, without starting anything (a front end checks this before
    // its readiness checks, which need the same environment: returned in `env`).
    StartResult check(const Request& request, QProcessEnvironment* env = nullptr,
                      std::optional<Journal>* previous = nullptr,
                      QString* journalPath = nullptr) const;
    // Stops the run: the executor's cancel (SIGTERM, then SIGKILL after its grace period), or,
    // while the simulator still prepares, that preparation. A second call kills at once.
    void cancel();

    const Context& context() const { return m_context; }
    // The environment the tools of a run in `mode` see (also what preflight should look at).
    QProcessEnvironment environment(Mode mode, QString* error = nullptr) const;

    bool isRunning() const { return m_outcome == Executor::Outcome::Running; }
    Executor::Outcome outcome() const { return m_outcome; }
    const Request& request() const { return m_request; }
    // Valid from a successful start() on; the executor from executorCreated() on.
    const ExecutorOptions& executorOptions() const { return m_options; }
    Executor* executor() const { return m_executor; }
    QString journalPath() const { return m_options.journalPath; }
    QString logDirectory() const { return m_context.dataDir + QStringLiteral("/logs"); }
    // The captured outputs and the settings' values of the last run.
    QHash<QString, QString> values() const;
    // The database of the last run, reached with this run's tools and values (connection
    // details, the password, the failover test). The caller owns it.
    DatabaseAccess* createDatabaseAccess(QObject* parent) const;
    // Follows the running teardown's resources (`initial`: what was listed before it started)
    // with this run's tools, at Azure's pace (the simulator's, scaled). The caller owns it.
    TeardownWatch* watchTeardown(const QList<TeardownInventory::Item>& initial,
                                 QObject* parent) const;

    // An unfinished journal of exactly these settings exists where a run of them keeps it.
    bool canResume(const Settings& settings, Mode mode) const;
    // The settings of the most recent deployment that did not finish (cancelled, failed, or
    // cut short by a crash), from its journal; nothing when every deployment finished.
    std::optional<Settings> latestUnfinished(Mode mode) const;
    // The settings a journal recorded (nothing when it cannot be read or holds none).
    static std::optional<Settings> journalSettings(const QString& journalPath);

signals:
    // The executor of this run, before it starts: connect to its signals here.
    void executorCreated(cnpg::Executor* executor);
    // The preparation failed after start() returned (the simulator's krew release; detail: the
    // simulator's message). finished(Failed) follows.
    void preparationFailed(const QString& detail);
    void finished(cnpg::Executor::Outcome outcome);

private:
    StartResult prepare(const Request& request, QProcessEnvironment* env);
    void startExecutor();
    void end(Executor::Outcome outcome);

    Context m_context;
    Request m_request;
    ExecutorOptions m_options;
    std::optional<Journal> m_previous;
    QPointer<Executor> m_executor;
    QPointer<RunningProcess> m_preparation; // cnpg-sim make-krew-release
    Executor::Outcome m_outcome = Executor::Outcome::NotStarted;
    bool m_cancelled = false;
};

} // namespace cnpg
