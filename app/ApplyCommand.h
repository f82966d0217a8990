#pragma once

#include "preflight/Readiness.h"
#include "run/Executor.h"
#include "run/KubeconfigLeftovers.h"
#include "run/RunService.h"
#include "run/TeardownInventory.h"
#include "settings/Settings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

class QTextStream;
class QSocketNotifier;

namespace cnpg {

class QProcessLauncher;
class ReadinessGate;
class TeardownWatch;
class TerminalView;

// `cnpg-aks-wizard --apply`: runs the deployment headless, one line per state change, then a
// summary of the outputs. Exit codes: 0 done, 1 the deployment failed, 2 bad input or a
// blocking readiness finding (nothing was started), 130 when interrupted (SIGINT cancels cleanly; a second SIGINT kills the children at once).
class ApplyCommand : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool simulate = false;
        bool resume = false;
        int parallel = 8;
        QString journalPath; // empty: <data dir>/deployments/<resource group>/journal.json
        QString dataDir;
        QString simProgram; // empty: cnpg-sim next to the application
        QList<CheckId> ignoredChecks; // --ignore-check: these do not stop the deployment
        // --destroy: the teardown instead of the deployment, once the resource group's name
        // is confirmed (`confirm`, else typed on a terminal).
        bool teardown = false;
        bool purgeWorkspace = false;
        std::optional<QString> confirm;
        // --delete-foreign: also when the resource group holds resources that are not the
        // deployment's (a terminal asks instead).
        bool deleteForeign = false;
        // --events json: every change as a JSON line on the event stream (RunEvents).
        bool events = false;
    };

    ApplyCommand(QTextStream& out, QTextStream& err, QObject* parent = nullptr);
    ~ApplyCommand() override;

    // Starts the deployment. Returns -1 when it runs (finished() follows from the event loop),
    // else the exit code of a problem found before anything ran.
    int start(const Settings& settings, const Options& options);
    // Where --events writes (standard output; the messages then go to `out`, standard error).
    void setEventStream(QTextStream* events) { m_events = events; }

    // The address --simulate uses when MY_PUBLIC_CLIENT_IP is not set (RFC 5737).
    static QString simulatedClientIp() { return QStringLiteral("203.0.113.10"); }

signals:
    void finished(int exitCode);

private:
    void onExecutorCreated(Executor* executor);
    // The service's refusal in the terminal's words.
    QString refusalText(const RunService::StartResult& result) const;
    int startRun(); // -1: started; 2: refused (printed)
    // --destroy: what goes, read from Azure, then the confirmations; false: nothing is deleted.
    void listTeardown(const QProcessEnvironment& environment);
    void onTeardownListed(const QList<TeardownInventory::Item>& items, const QString& error);
    void printLocalLeftovers();
    // While the teardown runs: a line per resource as it goes, and after each look how many
    // are left, how long it has taken and about how long it still takes.
    void watchTeardown();
    void printGone();
    void printProgress();
    bool confirmTeardown();
    bool confirmForeign(const QList<TeardownInventory::Item>& foreign);
    // Nothing starts against a blocking readiness finding (a fresh run only).
    void checkReadiness(const QProcessEnvironment& environment);
    void onReadinessDecided(bool proceed);
    void printChange(const QString& id, const StepStatus& status);
    void printSummary(Executor::Outcome outcome);
    // An output's value once what it names exists (empty otherwise).
    QString existingOutput(const QString& key) const;
    void onSignal();
    void finish(int code);
    QString timestamp() const;
    // A line of its own during the run (above the terminal's live view when there is one).
    void say(const QString& line);

    QTextStream& m_out;
    QTextStream& m_err;
    QTextStream* m_events = nullptr;
    TerminalView* m_view = nullptr; // on a terminal: the live view instead of plain lines
    QElapsedTimer m_runClock; // for the events' run times
    Options m_options;
    Settings m_settings;
    // The launcher outlives the run that starts processes with it (declared first).
    std::unique_ptr<QProcessLauncher> m_launcher;
    std::unique_ptr<RunService> m_run;
    Executor* m_executor = nullptr;
    RunService::Request m_request;
    ReadinessGate* m_gate = nullptr;
    QSocketNotifier* m_signals = nullptr;
    QHash<QString, StepStatus> m_printed;
    QHash<QString, StepStatus> m_emitted; // --events: the last status written per step
    QList<TeardownInventory::Item> m_listed;       // --destroy: what the groups held
    QList<KubeconfigLeftovers::Entry> m_leftovers; // --destroy: this machine's kubeconfig
    TeardownWatch* m_watch = nullptr;
    QList<int> m_goneShown; // the watch's entries already printed as gone
    QString m_lastProgress;
    int m_signal = 0;
    bool m_done = false;
};

} // namespace cnpg
