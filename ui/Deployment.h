#pragma once

#include "StepText.h"
#include "run/Executor.h"
#include "run/RunService.h"
#include "settings/Settings.h"

#include <QObject>
#include <optional>

namespace cnpg {

class StepListModel;

// The wizard's side of a deployment: runs it through the core's RunService (the same set-up
// as `--apply`), keeps one StepListModel across retries so that logs and times survive them,
// and words the service's refusals for the window. Everything is asynchronous.
class Deployment : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool simulate = true;
        int parallel = 8;
    };

    // `service` outlives the deployment.
    explicit Deployment(RunService& service, QObject* parent = nullptr);
    ~Deployment() override;

    void setOptions(const Options& options) { m_options = options; }
    const Options& options() const { return m_options; }
    RunService& service() const { return m_service; }

    // Starts a run of these settings. `resume` continues the deployment's journal (a retry
    // after a failure, a resume after a cancel or a crash); with no journal to continue, the
    // run starts afresh. On a refusal nothing started: the result says why (errorText() words
    // it); otherwise finished() follows.
    RunService::StartResult start(const Settings& settings, bool resume);
    void cancel();
    // The refusal in the window's words.
    static QString errorText(const RunService::StartResult& result);

    // From start() until finished().
    bool isRunning() const { return m_service.isRunning(); }
    Executor::Outcome outcome() const { return m_service.outcome(); }
    StepListModel* model() const { return m_model; }
    Executor* executor() const { return m_service.executor(); }
    const Settings& settings() const { return m_settings; }
    // The captured outputs and the settings' values of the last run.
    QHash<QString, QString> values() const;

    QString dataDirectory() const { return m_service.context().dataDir; }
    QString logDirectory() const { return m_service.logDirectory(); }
    // An unfinished journal of exactly these settings exists.
    bool canResume(const Settings& settings) const { return m_service.canResume(settings, mode()); }
    // The settings of the most recent deployment that did not finish, from its journal.
    std::optional<Settings> latestUnfinished() const { return m_service.latestUnfinished(mode()); }
    // Where this deployment's tools answer (the simulator or Azure).
    RunService::Mode mode() const
    {
        return m_options.simulate ? RunService::Mode::Simulate : RunService::Mode::Azure;
    }

signals:
    // A new model for a new plan (the old one is deleted later).
    void modelChanged(cnpg::StepListModel* model);
    void started();
    void finished(cnpg::Executor::Outcome outcome);
    // Preparation failed after start() returned (the simulator's krew release).
    void failed(const QString& error);

private:
    RunService& m_service;
    Options m_options;
    Settings m_settings;
    StepText m_wording; // the model's words
    StepListModel* m_model = nullptr;
};

} // namespace cnpg
