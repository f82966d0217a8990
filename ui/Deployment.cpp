#include "Deployment.h"

#include "util/Logging.h"
#include "plan/Plan.h"
#include "plan/PlanBuilder.h"
#include "settings/SettingsFile.h"
#include "run/StepListModel.h"
#include "process/ToolEnvironment.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUrl>
#include <spdlog/spdlog.h>

namespace cnpg {

namespace {
int scaled(int ms, double scale)
{
    return std::max(1, int(ms * scale));
}
} // namespace

Deployment::Deployment(QObject* parent)
    : QObject(parent)
    , m_launcher(std::make_unique<QProcessLauncher>())
{}

Deployment::~Deployment()
{
    // Children (the executor, its processes) go before the launcher they were started with.
    delete m_executor;
}

bool Deployment::canResume(const Settings& settings) const
{
    const auto journal = Journal::load(Journal::pathFor(m_options.dataDir, settings));
    return journal && journal->outcome != QLatin1String("succeeded") &&
           journal->settingsHash == Journal::hashValues(settings.resolvedValues());
}

std::optional<Settings> Deployment::latestUnfinished(const QString& dataDir)
{
    const auto journal = Journal::load(Journal::latestPath(dataDir));
    if (!journal || journal->outcome == QLatin1String("succeeded"))
        return std::nullopt;
    const auto settings = journal->deployedSettings();
    // The journal's settings are the deployment's: resume only when they still hash the same.
    if (!settings || Journal::hashValues(settings->resolvedValues()) != journal->settingsHash)
        return std::nullopt;
    return settings;
}

QHash<QString, QString> Deployment::values() const
{
    return m_executor ? m_executor->values() : m_settings.resolvedValues();
}

bool Deployment::start(const Settings& settings, bool resume, QString* error)
{
    if (isRunning())
        return false;
    if (m_options.dataDir.isEmpty()) {
        // Never relative to the working directory or the file system's root.
        if (error)
            *error = tr("Cannot prepare the tools: %1").arg(QStringLiteral("no data directory"));
        return false;
    }
    const bool samePlan = m_model && settings == m_settings;
    m_settings = settings;
    const QHash<QString, QString> values = settings.resolvedValues();

    ToolEnvironment::Options envOptions;
    envOptions.simulate = m_options.simulate;
    envOptions.dataDir = m_options.dataDir;
    envOptions.simProgram = m_options.simProgram;
    envOptions.timeScale = m_options.timeScale;
    QString envError;
    const QProcessEnvironment env = ToolEnvironment::build(envOptions, &envError);
    if (env.isEmpty()) {
        if (error)
            *error = tr("Cannot prepare the tools: %1").arg(envError);
        return false;
    }

    m_previous.reset();
    if (resume) {
        m_previous = Journal::load(journalPath());
        if (m_previous && m_previous->settingsHash != Journal::hashValues(values))
            m_previous.reset(); // other settings: a fresh run (it probes everything anyway)
    }

    double scale = 1.0;
    if (m_options.simulate) {
        bool ok = false;
        scale = env.value(QStringLiteral("CNPG_SIM_TIME_SCALE")).toDouble(&ok);
        if (!ok || scale <= 0)
            scale = 0.02;
    }
    ExecutorOptions o;
    o.parallelLimit = m_options.parallel;
    o.retry.baseDelayMs = scaled(o.retry.baseDelayMs, scale);
    o.retry.capMs = scaled(o.retry.capMs, scale);
    o.pollIntervalMs = scaled(o.pollIntervalMs, scale);
    o.journalPath = journalPath();
    o.journal.deployment = settings.value(keys::ResourceGroup);
    o.journal.settings = QJsonDocument::fromJson(SettingsFile::toJson(settings)).object();
    o.journal.settingsHash = Journal::hashValues(values);
    o.environment = env;
    o.workingDirectory = QDir::homePath();
    m_executorOptions = o;

    if (!samePlan) {
        StepListModel* old = m_model;
        m_model = new StepListModel(PlanBuilder::build(settings), values,
                                    PlanBuilder::listValues(settings), this);
        emit modelChanged(m_model);
        if (old)
            old->deleteLater();
    }
    m_outcome = Executor::Outcome::Running;
    m_preparing = true; // until the executor runs
    spdlog::info("wizard: deployment {}{}{}", o.journal.deployment,
                 m_options.simulate ? " (simulated)" : "", m_previous ? ", resumed" : "");
    if (!m_options.simulate) {
        QMetaObject::invokeMethod(this, &Deployment::startExecutor, Qt::QueuedConnection);
        emit started();
        return true;
    }
    // The simulator publishes a fake krew release for the krew step to download.
    const QString releaseDir = ToolEnvironment::krewReleaseDir(m_options.dataDir);
    m_executorOptions.krewBaseUrl = QUrl::fromLocalFile(releaseDir).toString();
    ProcessSpec spec;
    spec.program = m_options.simProgram.isEmpty() ? ToolEnvironment::defaultSimProgram()
                                                  : m_options.simProgram;
    spec.arguments = {QStringLiteral("make-krew-release"), releaseDir};
    spec.environment = env;
    RunningProcess* prepare = m_launcher->start(spec, this);
    connect(prepare, &RunningProcess::finished, this, [this, prepare](const ProcessResult& r) {
        prepare->deleteLater();
        if (m_outcome == Executor::Outcome::Cancelled) {
            m_preparing = false;
            emit finished(m_outcome);
        } else if (!r.ok()) {
            m_preparing = false;
            m_outcome = Executor::Outcome::Failed;
            emit failed(tr("The simulator could not prepare the krew release: %1")
                            .arg(r.failedToStart ? r.errorString
                                                 : QString::fromUtf8(r.standardError).trimmed()));
            emit finished(m_outcome);
        } else {
            startExecutor();
        }
    });
    emit started();
    return true;
}

void Deployment::startExecutor()
{
    m_preparing = false;
    if (m_outcome == Executor::Outcome::Cancelled) {
        emit finished(m_outcome);
        return;
    }
    if (m_executor)
        m_executor->deleteLater();
    m_executor =
        new Executor(*m_launcher, PlanBuilder::build(m_settings), m_settings.resolvedValues(),
                     PlanBuilder::listValues(m_settings), m_executorOptions, this);
    if (m_previous)
        m_executor->resumeFrom(*m_previous);
    m_model->attach(m_executor);
    connect(m_executor, &Executor::finished, this, [this](Executor::Outcome outcome) {
        m_outcome = outcome;
        spdlog::info("wizard: deployment {}", Executor::outcomeName(outcome));
        emit finished(outcome);
    });
    m_executor->start();
}

void Deployment::cancel()
{
    if (m_executor && m_executor->isRunning()) {
        m_executor->cancel();
    } else if (m_preparing) {
        // Nothing runs yet; the end of the preparation reports the cancel.
        m_outcome = Executor::Outcome::Cancelled;
    }
}

} // namespace cnpg
