#include "ApplyCommand.h"

#include "run/Journal.h"
#include "util/Logging.h"
#include "plan/Plan.h"
#include "plan/PlanBuilder.h"
#include "process/ProcessLauncher.h"
#include "settings/SettingsFile.h"
#include "process/ToolEnvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTime>
#include <QUrl>
#include <csignal>
#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>
#include <unistd.h>

namespace cnpg {

namespace {

// The self-pipe: the handler only writes the signal's number; the event loop does the rest.
int signalFds[2] = {-1, -1};

void onUnixSignal(int sig)
{
    const char c = char(sig);
    [[maybe_unused]] const ssize_t n = ::write(signalFds[0], &c, 1);
}

bool installSignalHandlers()
{
    if (signalFds[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalFds) != 0)
        return false;
    ::fcntl(signalFds[0], F_SETFL, ::fcntl(signalFds[0], F_GETFL) | O_NONBLOCK);
    struct sigaction sa = {};
    sa.sa_handler = onUnixSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &sa, nullptr) == 0 && ::sigaction(SIGTERM, &sa, nullptr) == 0;
}

void restoreSignalHandlers()
{
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1) + QStringLiteral(" s");
}

// How long the simulated Azure takes is scaled; so are the pauses that wait for it.
int scaled(int ms, double scale)
{
    return std::max(1, int(ms * scale));
}

} // namespace

ApplyCommand::ApplyCommand(QTextStream& out, QTextStream& err, QObject* parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{}

ApplyCommand::~ApplyCommand()
{
    if (m_signals)
        restoreSignalHandlers();
    // The executor's process handles talk to the launcher: they go first.
    delete m_executor;
    delete m_prepare;
}

std::optional<Settings> ApplyCommand::journalSettings(const QString& journalPath)
{
    if (journalPath.isEmpty())
        return std::nullopt;
    const auto journal = Journal::load(journalPath);
    return journal ? journal->deployedSettings() : std::nullopt;
}

int ApplyCommand::start(const Settings& settings, const Options& options)
{
    m_settings = settings;
    m_options = options;
    const QHash<QString, QString> values = settings.resolvedValues();
    if (m_options.journalPath.isEmpty())
        m_options.journalPath = Journal::pathFor(m_options.dataDir, settings);

    // The tools' environment, as the exported script sets it up.
    ToolEnvironment::Options envOptions;
    envOptions.simulate = m_options.simulate;
    envOptions.dataDir = m_options.dataDir;
    envOptions.simProgram = m_options.simProgram;
    envOptions.timeScale = QStringLiteral("0.01"); // tens of seconds for a whole deployment
    QString error;
    const QProcessEnvironment env = ToolEnvironment::build(envOptions, &error);
    if (env.isEmpty()) {
        m_err << tr("Cannot prepare the tools: %1").arg(error) << Qt::endl;
        return 2;
    }
    if (!m_options.simulate) {
        const QStringList missing =
            ToolEnvironment::missingPrograms({QStringLiteral("az"), QStringLiteral("kubectl"),
                                              QStringLiteral("helm"), QStringLiteral("tar")},
                                             env);
        if (!missing.isEmpty()) {
            m_err << tr("Not found on PATH: %1. Install them, or try the deployment against "
                        "the simulator with --simulate.")
                         .arg(missing.join(QStringLiteral(", ")))
                  << Qt::endl;
            return 2;
        }
    }

    // The journal: a fresh run starts one; --resume continues the deployment's own.
    if (m_options.resume) {
        QString loadError;
        m_previous = Journal::load(m_options.journalPath, &loadError);
        if (!m_previous) {
            m_err << tr("Nothing to resume: cannot read %1 (%2).")
                         .arg(m_options.journalPath, loadError)
                  << Qt::endl;
            return 2;
        }
        if (m_previous->settingsHash != Journal::hashValues(values)) {
            m_err << tr("The settings differ from those of the journal %1; resume with the same "
                        "settings, or start a new deployment without --resume.")
                         .arg(m_options.journalPath)
                  << Qt::endl;
            return 2;
        }
    }

    double scale = 1.0;
    if (m_options.simulate) {
        bool ok = false;
        scale = env.value(QStringLiteral("CNPG_SIM_TIME_SCALE")).toDouble(&ok);
        if (!ok || scale <= 0)
            scale = 0.01;
    }
    ExecutorOptions& o = m_executorOptions;
    o.parallelLimit = m_options.parallel;
    o.retry.baseDelayMs = scaled(o.retry.baseDelayMs, scale);
    o.retry.capMs = scaled(o.retry.capMs, scale);
    o.pollIntervalMs = scaled(o.pollIntervalMs, scale);
    o.journalPath = m_options.journalPath;
    o.journal.deployment = settings.value(keys::ResourceGroup);
    o.journal.settings = QJsonDocument::fromJson(SettingsFile::toJson(settings)).object();
    o.journal.settingsHash = Journal::hashValues(values);
    o.environment = env;
    o.workingDirectory = QDir::homePath();

    m_launcher = std::make_unique<QProcessLauncher>();
    if (!installSignalHandlers()) {
        m_err << tr("Cannot install the signal handlers.") << Qt::endl;
        return 1;
    }
    m_signals = new QSocketNotifier(signalFds[1], QSocketNotifier::Read, this);
    connect(m_signals, &QSocketNotifier::activated, this, &ApplyCommand::onSignal);

    spdlog::info("apply: deployment {}{}{}", o.journal.deployment,
                 m_options.simulate ? " (simulated)" : "", m_options.resume ? ", resumed" : "");
    if (!m_options.simulate) {
        QMetaObject::invokeMethod(this, &ApplyCommand::startExecutor, Qt::QueuedConnection);
        return -1;
    }
    // The simulator publishes a fake krew release for the krew step to download.
    const QString releaseDir = ToolEnvironment::krewReleaseDir(m_options.dataDir);
    o.krewBaseUrl = QUrl::fromLocalFile(releaseDir).toString();
    ProcessSpec spec;
    spec.program = m_options.simProgram.isEmpty() ? ToolEnvironment::defaultSimProgram()
                                                  : m_options.simProgram;
    spec.arguments = {QStringLiteral("make-krew-release"), releaseDir};
    spec.environment = env;
    m_prepare = m_launcher->start(spec, this);
    connect(m_prepare, &RunningProcess::finished, this, [this](const ProcessResult& r) {
        m_prepare->deleteLater();
        m_prepare = nullptr;
        if (m_signal) {
            finish(128 + m_signal);
        } else if (!r.ok()) {
            m_err << tr("The simulator could not prepare the krew release: %1")
                         .arg(r.failedToStart ? r.errorString
                                              : QString::fromUtf8(r.standardError).trimmed())
                  << Qt::endl;
            finish(1);
        } else {
            startExecutor();
        }
    });
    return -1;
}

void ApplyCommand::startExecutor()
{
    if (m_signal) {
        finish(128 + m_signal);
        return;
    }
    const Plan plan = PlanBuilder::build(m_settings);
    m_executor = new Executor(*m_launcher, plan, m_settings.resolvedValues(),
                              PlanBuilder::listValues(m_settings), m_executorOptions, this);
    if (m_previous)
        m_executor->resumeFrom(*m_previous);
    connect(m_executor, &Executor::stepChanged, this, &ApplyCommand::printChange);
    connect(m_executor, &Executor::finished, this, [this](Executor::Outcome outcome) {
        printSummary(outcome);
        if (outcome == Executor::Outcome::Cancelled && m_signal)
            finish(128 + m_signal);
        else
            finish(outcome == Executor::Outcome::Succeeded ? 0 : 1);
    });
    m_out << timestamp() << ' '
          << (m_options.simulate ? tr("Deploying %1 (simulated), %2 steps, up to %3 at once")
                                 : tr("Deploying %1, %2 steps, up to %3 at once"))
                 .arg(m_settings.value(keys::ResourceGroup))
                 .arg(plan.steps().size())
                 .arg(m_executorOptions.parallelLimit)
          << Qt::endl;
    m_executor->start();
}

QString ApplyCommand::timestamp() const
{
    return QLatin1Char('[') + QTime::currentTime().toString(QStringLiteral("HH:mm:ss")) +
           QLatin1Char(']');
}

void ApplyCommand::printChange(const QString& id, const StepStatus& s)
{
    // One line per change of state, attempt or live provisioning state.
    const auto it = m_printed.constFind(id);
    if (it != m_printed.cend() && it->state == s.state && it->attempt == s.attempt &&
        it->provisioningState == s.provisioningState)
        return;
    m_printed.insert(id, s);
    QString line = timestamp() + QLatin1Char(' ') + id + QLatin1Char(' ') + stepStateName(s.state);
    switch (s.state) {
    case StepState::Waiting:
        if (s.reason == reason::Dependency)
            line += QLatin1Char(' ') + tr("for %1").arg(s.waitingFor);
        else if (s.reason == reason::Lock)
            line += QLatin1Char(' ') + tr("for the lock %1").arg(s.waitingFor);
        else if (s.reason == reason::Slot)
            line += QLatin1Char(' ') + tr("for a free slot");
        break;
    case StepState::Running:
        if (s.attempt > 1)
            line += QLatin1Char(' ') + tr("(attempt %1)").arg(s.attempt);
        if (!s.provisioningState.isEmpty())
            line += QStringLiteral(": ") + s.provisioningState;
        break;
    case StepState::Retrying:
        if (s.waitingFor == reason::Remedy)
            line += QStringLiteral(": ") +
                    tr("%1 after attempt %2; running the remedy").arg(s.reason).arg(s.attempt);
        else
            line += QStringLiteral(": ") + tr("%1 after attempt %2; again in %3")
                                               .arg(s.reason)
                                               .arg(s.attempt)
                                               .arg(seconds(s.retryDelayMs));
        break;
    case StepState::Succeeded:
        line += QStringLiteral(" (") + seconds(s.elapsedMs) + QLatin1Char(')');
        break;
    case StepState::Skipped:
        line += QStringLiteral(" (") +
                (s.reason == reason::Journal ? tr("done in an earlier run") : tr("already there")) +
                QLatin1Char(')');
        break;
    case StepState::Failed: {
        const QStringList lines = s.errorText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        line += QStringLiteral(": ") + s.reason;
        if (!lines.isEmpty())
            line += QStringLiteral(": ") + lines.first().trimmed();
        break;
    }
    case StepState::Pending:
        if (s.reason == reason::DependencyFailed)
            line += QLatin1Char(' ') + tr("(not started: %1 failed)").arg(s.waitingFor);
        break;
    case StepState::Cancelled:
        break;
    }
    m_out << line << Qt::endl;
}

void ApplyCommand::printSummary(Executor::Outcome outcome)
{
    const auto values = m_executor->values();
    m_out << Qt::endl;
    switch (outcome) {
    case Executor::Outcome::Succeeded:
        m_out << tr("The deployment succeeded.") << Qt::endl;
        break;
    case Executor::Outcome::Cancelled:
        m_out << tr("The deployment was cancelled; interrupted: %1. Continue it with --resume.")
                     .arg(m_executor->journal().inFlight.join(QStringLiteral(", ")))
              << Qt::endl;
        break;
    default:
        m_out << tr("The deployment failed.") << Qt::endl;
        break;
    }
    for (const Step& s : m_executor->plan().steps()) {
        const StepStatus st = m_executor->status(s.id);
        if (st.state == StepState::Failed)
            m_out << "  " << tr("%1 failed (%2):").arg(s.id, st.reason) << Qt::endl
                  << "    "
                  << QString(st.errorText).replace(QLatin1Char('\n'), QStringLiteral("\n    "))
                  << Qt::endl;
    }
    const struct
    {
        const char* label;
        QString key;
    } outputs[] = {
        {QT_TRANSLATE_NOOP("cnpg::ApplyCommand", "AKS cluster"), keys::ClusterName},
        {QT_TRANSLATE_NOOP("cnpg::ApplyCommand", "Node resource group"),
         QStringLiteral("AKS_PRIMARY_CLUSTER_NODERG_NAME")},
        {QT_TRANSLATE_NOOP("cnpg::ApplyCommand", "Identity client ID"),
         QStringLiteral("AKS_UAMI_WORKLOAD_CLIENTID")},
        {QT_TRANSLATE_NOOP("cnpg::ApplyCommand", "Storage account"), keys::StorageAccount},
        {QT_TRANSLATE_NOOP("cnpg::ApplyCommand", "Public IP"),
         QStringLiteral("AKS_PRIMARY_CLUSTER_PUBLICIP_ADDRESS")},
    };
    m_out << tr("Outputs:") << Qt::endl;
    for (const auto& o : outputs) {
        const QString v = values.value(o.key);
        m_out << "  " << tr(o.label) << ": " << (v.isEmpty() ? QStringLiteral("-") : v) << Qt::endl;
    }
    m_out << tr("Journal: %1").arg(m_options.journalPath) << Qt::endl;
}

void ApplyCommand::onSignal()
{
    char c = 0;
    if (::read(signalFds[1], &c, 1) != 1)
        return;
    const bool again = m_signal != 0;
    if (!again)
        m_signal = int(c);
    spdlog::info("apply: signal {}{}", int(c), again ? " again: killing" : ": cancelling");
    m_err << (again ? tr("Interrupted again: stopping the running tools now.")
                    : tr("Interrupted: cancelling; the running tools get %1 to stop.")
                          .arg(seconds(m_executorOptions.graceMs)))
          << Qt::endl;
    if (m_executor) {
        m_executor->cancel();
    } else if (m_prepare) {
        m_prepare->terminate();
        if (again)
            m_prepare->kill();
    }
}

void ApplyCommand::finish(int code)
{
    if (m_done)
        return;
    m_done = true;
    m_out.flush();
    m_err.flush();
    emit finished(code);
}

} // namespace cnpg
