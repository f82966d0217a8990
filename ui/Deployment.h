#pragma once

#include "run/Executor.h"
#include "run/Journal.h"
#include "settings/Settings.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

namespace cnpg {

class QProcessLauncher;
class StepListModel;

// The wizard's side of a deployment: prepares the tools' environment (the simulator's shims
// in simulation mode) the way `--apply` does, runs the executor, and keeps one StepListModel
// across retries so that logs and times survive them. Everything is asynchronous.
class Deployment : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool simulate = true;
        QString dataDir;    // the app's data directory (journals, logs, the simulator's state)
        QString simProgram; // empty: cnpg-sim next to the application
        // CNPG_SIM_TIME_SCALE unless the environment sets it: a whole simulated deployment in
        // about half a minute, slow enough to watch.
        QString timeScale = QStringLiteral("0.02");
        int parallel = 8;
    };

    explicit Deployment(QObject* parent = nullptr);
    ~Deployment() override;

    void setOptions(const Options& options) { m_options = options; }
    const Options& options() const { return m_options; }

    // Starts a run of these settings. `resume` continues the deployment's journal (a retry
    // after a failure, a resume after a cancel or a crash). False, with the reason, when
    // nothing could start; otherwise finished() follows.
    bool start(const Settings& settings, bool resume, QString* error = nullptr);
    void cancel();

    // From start() until finished() (the executor's own state ends a little earlier).
    bool isRunning() const { return m_outcome == Executor::Outcome::Running; }
    Executor::Outcome outcome() const { return m_outcome; }
    StepListModel* model() const { return m_model; }
    Executor* executor() const { return m_executor; }
    const Settings& settings() const { return m_settings; }
    // The captured outputs and the settings' values of the last run.
    QHash<QString, QString> values() const;

    // Where --apply and the wizard keep a deployment's journal (the same file for both).
    QString journalPath() const { return Journal::pathFor(m_options.dataDir, m_settings); }
    QString logDirectory() const { return m_options.dataDir + QStringLiteral("/logs"); }
    // An unfinished journal of exactly these settings exists.
    bool canResume(const Settings& settings) const;
    // The settings of the most recent deployment that did not finish (cancelled, failed, or
    // cut short by a crash), from its journal; nothing when every deployment finished.
    static std::optional<Settings> latestUnfinished(const QString& dataDir);

signals:
    // A new model for a new plan (the old one is deleted later).
    void modelChanged(cnpg::StepListModel* model);
    void started();
    void finished(cnpg::Executor::Outcome outcome);
    // Preparation failed after start() returned (the simulator's krew release).
    void failed(const QString& error);

private:
    void startExecutor();

    Options m_options;
    Settings m_settings;
    std::unique_ptr<QProcessLauncher> m_launcher;
    QPointer<Executor> m_executor;
    StepListModel* m_model = nullptr;
    ExecutorOptions m_executorOptions;
    std::optional<Journal> m_previous;
    bool m_preparing = false;
    Executor::Outcome m_outcome = Executor::Outcome::NotStarted;
};

} // namespace cnpg
