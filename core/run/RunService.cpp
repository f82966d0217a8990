#include "run/RunService.h"

#include "plan/Plan.h"
#include "plan/PlanBuilder.h"
#include "plan/TeardownBuilder.h"
#include "process/ProcessLauncher.h"
#include "process/ToolEnvironment.h"
#include "run/DatabaseAccess.h"
#include "run/Journal.h"
#include "run/TeardownWatch.h"
#include "settings/SettingsFile.h"
#include "util/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUrl>
#include <spdlog/spdlog.h>

namespace cnpg {

namespace {

// The simulated Azure's durations are scaled; so are the pauses that wait for it.
int scaled(int ms, double scale)
{
    return std::max(1, int(ms * scale));
}

} // namespace

QStringList RunService::requiredPrograms()
{
    return {QStringLiteral("az"), QStringLiteral("kubectl"), QStringLiteral("helm"),
            QStringLiteral("tar")};
}

RunService::RunService(Context context, QObject* parent)
    : QObject(parent)
    , m_context(std::move(context))
{
    Q_ASSERT(m_context.launcher);
}

RunService::~RunService()
{
    // The executor's and the preparation's process handles go before the launcher they came
    // from (the launcher outlives the service).
    delete m_executor;
    delete m_preparation;
}

QProcessEnvironment RunService::environment(Mode mode, QString* error) const
{
    ToolEnvironment::Options o;
    o.base = m_context.baseEnvironment;
    o.simulate = mode == Mode::Simulate;
    o.dataDir = m_context.dataDir;
    o.simProgram = m_context.simProgram;
    o.timeScale = QString::number(SimTimeScale);
    return ToolEnvironment::build(o, error);
}

QHash<QString, QString> RunService::values() const
{
    return m_executor ? m_executor->values() : m_request.settings.resolvedValues();
}

TeardownWatch* RunService::watchTeardown(const QList<TeardownInventory::Item>& initial,
                                         QObject* parent) const
{
    auto* watch = new TeardownWatch(*m_context.launcher, m_options.environment, parent);
    watch->setTimeScale(m_options.waitScale);
    // Azure's pace: the group's deletion step looks every 15 s too.
    watch->start(m_request.settings, initial, int(15000 * m_options.waitScale));
    return watch;
}

DatabaseAccess* RunService::createDatabaseAccess(QObject* parent) const
{
    return new DatabaseAccess(*m_context.launcher, environment(m_request.mode), values(), parent);
}

QString RunService::modeName(Mode mode)
{
    return mode == Mode::Simulate ? QStringLiteral("simulation") : QStringLiteral("azure");
}

bool RunService::isOfMode(const QString& journalMode, Mode mode)
{
    return journalMode.isEmpty() || journalMode == modeName(mode);
}

bool RunService::canResume(const Settings& settings, Mode mode) const
{
    const auto journal = Journal::load(Journal::pathFor(m_context.dataDir, settings));
    return journal && journal->outcome != QLatin1String("succeeded") &&
           journal->settingsHash == Journal::hashValues(settings.resolvedValues()) &&
           isOfMode(journal->mode, mode);
}

std::optional<Settings> RunService::latestUnfinished(Mode mode) const
{
    const auto journal = Journal::load(Journal::latestPath(m_context.dataDir));
    if (!journal || journal->outcome == QLatin1String("succeeded") ||
        !isOfMode(journal->mode, mode))
        return std::nullopt;
    const auto settings = journal->deployedSettings();
    // The journal's settings are the deployment's: resume only when they still hash the same.
    if (!settings || Journal::hashValues(settings->resolvedValues()) != journal->settingsHash)
        return std::nullopt;
    return settings;
}

std::optional<Settings> RunService::journalSettings(const QString& journalPath)
{
    if (journalPath.isEmpty())
        return std::nullopt;
    const auto journal = Journal::load(journalPath);
    return journal ? journal->deployedSettings() : std::nullopt;
}

RunService::StartResult RunService::check(const Request& request, QProcessEnvironment* env,
                                          std::optional<Journal>* previous,
                                          QString* journalPath) const
{
    if (isRunning())
        return {Refusal::Busy, {}};
    // Never relative to the working directory or the file system's root.
    if (m_context.dataDir.isEmpty())
        return {Refusal::NoDataDirectory, {}};
    QString error;
    QProcessEnvironment local;
    QProcessEnvironment& e = env ? *env : local;
    e = environment(request.mode, &error);
    if (e.isEmpty())
        return {Refusal::NoEnvironment, error};
    if (request.mode == Mode::Azure) {
        const QStringList missing = ToolEnvironment::missingPrograms(requiredPrograms(), e);
        if (!missing.isEmpty())
            return {Refusal::ToolsMissing, missing.join(QStringLiteral(", "))};
    }
    const QString path = !request.journalPath.isEmpty() ? request.journalPath
                         : request.action == Action::Teardown
                             ? Journal::teardownPathFor(m_context.dataDir, request.settings)
                             : Journal::pathFor(m_context.dataDir, request.settings);
    if (journalPath)
        *journalPath = path;
    // The record of a real deployment is never replaced by a simulated run's (deployment or
    // teardown) of the same resource group: it is what lists it and tears it down later.
    if (request.mode == Mode::Simulate) {
        const QString deployment = Journal::pathFor(m_context.dataDir, request.settings);
        const auto existing = Journal::load(deployment);
        if (existing && existing->mode == modeName(Mode::Azure))
            return {Refusal::AzureJournal, deployment};
    }
    // A teardown killed before its journal was first written starts over: deleting again
    // what is gone already is no error.
    const bool fresh = request.action == Action::Teardown && !QFileInfo::exists(path);
    if (request.resume && !fresh) {
        auto loaded = Journal::load(path, &error);
        if (!loaded)
            return {Refusal::NothingToResume, error};
        if (loaded->settingsHash != Journal::hashValues(request.settings.resolvedValues()))
            return {Refusal::SettingsChanged, {}};
        // A simulated deployment is not continued in Azure, nor the reverse.
        if (!isOfMode(loaded->mode, request.mode))
            return {Refusal::OtherMode, loaded->mode};
        if (previous)
            *previous = std::move(loaded);
    }
    return {};
}

RunService::StartResult RunService::prepare(const Request& request, QProcessEnvironment* env)
{
    std::optional<Journal> previous;
    QString journalPath;
    const StartResult refused = check(request, env, &previous, &journalPath);
    if (!refused.ok())
        return refused;
    m_previous = std::move(previous);
    m_options.journalPath = journalPath;
    return {};
}

RunService::StartResult RunService::start(const Request& request)
{
    QProcessEnvironment env;
    const StartResult refused = prepare(request, &env);
    if (!refused.ok())
        return refused;
    m_request = request;
    const Settings& settings = request.settings;
    const QHash<QString, QString> values = settings.resolvedValues();
    const bool simulate = request.mode == Mode::Simulate;

    double scale = 1.0;
    if (simulate) {
        bool ok = false;
        scale = env.value(QStringLiteral("CNPG_SIM_TIME_SCALE")).toDouble(&ok);
        if (!ok || scale <= 0)
            scale = SimTimeScale;
    }
    ExecutorOptions o;
    o.parallelLimit = request.parallel;
    o.retry.baseDelayMs = scaled(o.retry.baseDelayMs, scale);
    o.retry.capMs = scaled(o.retry.capMs, scale);
    o.pollIntervalMs = scaled(o.pollIntervalMs, scale);
    o.waitScale = scale;
    o.journalPath = m_options.journalPath;
    o.journal.deployment = settings.value(keys::ResourceGroup);
    o.journal.mode = modeName(request.mode);
    o.journal.settings = QJsonDocument::fromJson(SettingsFile::toJson(settings)).object();
    o.journal.settingsHash = Journal::hashValues(values);
    o.journal.readiness = request.readiness;
    o.environment = env;
    o.workingDirectory = QDir::homePath();
    o.network = m_context.network;
    const QString releaseDir = ToolEnvironment::krewReleaseDir(m_context.dataDir);
    if (simulate) // the simulator publishes a fake krew release for the krew step
        o.krewBaseUrl = QUrl::fromLocalFile(releaseDir).toString();
    m_options = o;

    m_outcome = Executor::Outcome::Running;
    m_cancelled = false;
    spdlog::info("run: deployment {}{}{}", o.journal.deployment, simulate ? " (simulated)" : "",
                 m_previous ? ", resumed" : "");
    if (!simulate) {
        QMetaObject::invokeMethod(this, &RunService::startExecutor, Qt::QueuedConnection);
        return {};
    }
    ProcessSpec spec;
    spec.program = m_context.simProgram.isEmpty() ? ToolEnvironment::defaultSimProgram()
                                                  : m_context.simProgram;
    spec.arguments = {QStringLiteral("make-krew-release"), releaseDir};
    spec.environment = env;
    RunningProcess* preparation = m_context.launcher->start(spec, this);
    m_preparation = preparation;
    connect(
        preparation, &RunningProcess::finished, this, [this, preparation](const ProcessResult& r) {
            preparation->deleteLater();
            if (m_cancelled) {
                end(Executor::Outcome::Cancelled);
            } else if (!r.ok()) {
                emit preparationFailed(
                    r.failedToStart ? r.errorString : QString::fromUtf8(r.standardError).trimmed());
                end(Executor::Outcome::Failed);
            } else {
                startExecutor();
            }
        });
    return {};
}

Plan RunService::plan(const Request& request)
{
    if (request.action == Action::Teardown)
        return TeardownBuilder::build(request.settings, {request.purgeWorkspace});
    return PlanBuilder::build(request.settings);
}

void RunService::startExecutor()
{
    if (m_cancelled) {
        end(Executor::Outcome::Cancelled);
        return;
    }
    if (m_executor)
        m_executor->deleteLater();
    const Settings& settings = m_request.settings;
    m_executor = new Executor(*m_context.launcher, plan(m_request), settings.resolvedValues(),
                              PlanBuilder::listValues(settings), m_options, this);
    if (m_previous)
        m_executor->resumeFrom(*m_previous);
    connect(m_executor, &Executor::finished, this, &RunService::end);
    emit executorCreated(m_executor);
    m_executor->start();
}

void RunService::end(Executor::Outcome outcome)
{
    if (m_outcome != Executor::Outcome::Running)
        return;
    m_outcome = outcome;
    spdlog::info("run: deployment {}", Executor::outcomeName(outcome));
    emit finished(outcome);
}

void RunService::cancel()
{
    if (m_executor && m_executor->isRunning()) {
        m_executor->cancel();
        return;
    }
    if (!isRunning())
        return;
    // Nothing runs yet: stop the preparation; its end (or the queued start) reports the cancel.
    const bool again = m_cancelled;
    m_cancelled = true;
    if (m_preparation) {
        if (again)
            m_preparation->kill();
        else
            m_preparation->terminate();
    }
}

} // namespace cnpg
