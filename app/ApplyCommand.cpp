#include "ApplyCommand.h"

#include "TerminalView.h"
#include "plan/Plan.h"
#include "preflight/ReadinessGate.h"
#include "preflight/ReadinessText.h"
#include "process/ProcessLauncher.h"
#include "run/Journal.h"
#include "run/RunEvents.h"
#include "run/TeardownWatch.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTime>
#include <csignal>
#include <fcntl.h>
#include <memory>
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
    // The run's process handles talk to the launcher: they go first.
    delete m_gate;
    m_run.reset();
}

int ApplyCommand::start(const Settings& settings, const Options& options)
{
    m_settings = settings;
    m_options = options;
    m_launcher = std::make_unique<QProcessLauncher>();
    RunService::Context context;
    context.launcher = m_launcher.get();
    context.dataDir = m_options.dataDir;
    context.simProgram = m_options.simProgram;
    m_run = std::make_unique<RunService>(context);
    connect(m_run.get(), &RunService::executorCreated, this, &ApplyCommand::onExecutorCreated);
    connect(m_run.get(), &RunService::preparationFailed, this, [this](const QString& detail) {
        m_err << tr("The simulator could not prepare the krew release: %1").arg(detail) << Qt::endl;
    });
    connect(m_run.get(), &RunService::finished, this, [this](Executor::Outcome outcome) {
        if (m_events && m_executor)
            *m_events << QString::fromUtf8(RunEvents::finished(outcome, m_runClock.elapsed()))
                      << Qt::flush;
        if (m_view)
            m_view->finish();
        if (m_watch) {
            m_watch->stop();
            // Both resource groups are gone: so is everything the watch had not seen go yet.
            if (outcome == Executor::Outcome::Succeeded)
                printGone();
        }
        if (m_executor)
            printSummary(outcome);
        if (outcome == Executor::Outcome::Cancelled && m_signal)
            finish(128 + m_signal);
        else
            finish(outcome == Executor::Outcome::Succeeded ? 0 : 1);
    });

    if (!installSignalHandlers()) {
        m_err << tr("Cannot install the signal handlers.") << Qt::endl;
        return 1;
    }
    m_signals = new QSocketNotifier(signalFds[1], QSocketNotifier::Read, this);
    connect(m_signals, &QSocketNotifier::activated, this, &ApplyCommand::onSignal);

    m_request.settings = settings;
    m_request.mode = m_options.simulate ? RunService::Mode::Simulate : RunService::Mode::Azure;
    m_request.parallel = m_options.parallel;
    m_request.resume = m_options.resume;
    m_request.journalPath = m_options.journalPath;
    if (m_options.teardown) {
        m_request.action = RunService::Action::Teardown;
        m_request.purgeWorkspace = m_options.purgeWorkspace;
    }
    QProcessEnvironment env;
    const RunService::StartResult refused = m_run->check(m_request, &env);
    if (!refused.ok()) {
        m_err << refusalText(refused) << Qt::endl;
        return 2;
    }
    if (m_options.teardown) {
        listTeardown(env);
        return -1;
    }
    // A resumed run has its own resources counted in the quota and the names: only a fresh
    // one is held to the readiness checks.
    if (m_options.resume)
        return startRun();
    checkReadiness(env);
    return -1;
}

int ApplyCommand::startRun()
{
    const RunService::StartResult started = m_run->start(m_request);
    if (!started.ok()) {
        m_err << refusalText(started) << Qt::endl;
        return 2;
    }
    m_options.journalPath = m_run->journalPath();
    return -1;
}

void ApplyCommand::say(const QString& line)
{
    if (m_view)
        m_view->print(line); // above the live block
    else
        m_out << line << Qt::endl;
}

void ApplyCommand::checkReadiness(const QProcessEnvironment& environment)
{
    m_gate = new ReadinessGate(*m_launcher, this);
    m_gate->setEnvironment(environment);
    m_out << timestamp() << ' ' << tr("Checking that Azure is ready for the deployment…")
          << Qt::endl;
    connect(m_gate, &ReadinessGate::decided, this, &ApplyCommand::onReadinessDecided);
    m_gate->start(m_settings, m_options.ignoredChecks);
}

void ApplyCommand::onReadinessDecided(bool proceed)
{
    for (const Finding& f : m_gate->findings()) {
        if (f.verdict == Verdict::Ready)
            continue;
        QString line = ReadinessText::line(f);
        const bool overridden = m_options.ignoredChecks.contains(f.check);
        if (f.blocking() && overridden)
            line += QLatin1Char(' ') + tr("(overridden with --ignore-check)");
        (f.blocking() && !overridden ? m_err : m_out) << line << Qt::endl;
    }
    m_request.readiness = m_gate->journalRecord();
    if (m_signal) {
        finish(128 + m_signal);
        return;
    }
    if (!proceed) {
        QStringList names;
        for (const Finding& f : m_gate->blocking()) {
            if (!names.contains(Readiness::checkName(f.check)))
                names << Readiness::checkName(f.check);
        }
        m_err << tr("Nothing was started: the readiness checks above are blocking. Fix them "
                    "and run again, or override one deliberately with --ignore-check %1.")
                     .arg(names.join(QStringLiteral(" --ignore-check ")))
              << Qt::endl;
        spdlog::warn("apply: refused, blocking: {}", names.join(QStringLiteral(", ")));
        finish(2);
        return;
    }
    if (startRun() == 2)
        finish(2);
}

QString ApplyCommand::refusalText(const RunService::StartResult& result) const
{
    const QString journal = !m_options.journalPath.isEmpty() ? m_options.journalPath
                            : m_options.teardown
                                ? Journal::teardownPathFor(m_options.dataDir, m_settings)
                                : Journal::pathFor(m_options.dataDir, m_settings);
    using R = RunService::Refusal;
    switch (result.refusal) {
    case R::None:
    case R::Busy:
        break;
    case R::NoDataDirectory:
        return tr("Cannot prepare the tools: %1").arg(QStringLiteral("no data directory"));
    case R::NoEnvironment:
        return tr("Cannot prepare the tools: %1").arg(result.detail);
    case R::ToolsMissing:
        return tr("Not found on PATH: %1. Install them, or try the deployment against "
                  "the simulator with --simulate.")
            .arg(result.detail);
    case R::NothingToResume:
        return tr("Nothing to resume: cannot read %1 (%2).").arg(journal, result.detail);
    case R::SettingsChanged:
        return tr("The settings differ from those of the journal %1; resume with the same "
                  "settings, or start a new deployment without --resume.")
            .arg(journal);
    case R::OtherMode:
        return result.detail == RunService::modeName(RunService::Mode::Simulate)
                   ? tr("The journal %1 is of a simulated run; resume it with --simulate, or "
                        "start a new deployment without --resume.")
                         .arg(journal)
                   : tr("The journal %1 is of a run against Azure; resume it without "
                        "--simulate, or start a new deployment without --resume.")
                         .arg(journal);
    case R::AzureJournal:
        return tr("A deployment of this resource group in Azure is recorded in %1; a simulated "
                  "run would replace that record. Give the simulation another resource group "
                  "name (--set RESOURCE_GROUP_NAME=...).")
            .arg(result.detail);
    }
    return QString();
}

void ApplyCommand::onExecutorCreated(Executor* executor)
{
    m_executor = executor;
    if (m_events) {
        m_runClock.start();
        *m_events << QString::fromUtf8(RunEvents::started(
                         m_options.teardown ? QStringLiteral("teardown") : QStringLiteral("deploy"),
                         m_settings.value(keys::ResourceGroup), m_options.simulate,
                         int(m_executor->plan().steps().size())))
                  << Qt::flush;
        connect(m_executor, &Executor::stepChanged, this,
                [this](const QString& id, const StepStatus& status) {
                    // A change worth a line: not every byte of a download.
                    const auto last = m_emitted.constFind(id);
                    if (last != m_emitted.cend() && last->state == status.state &&
                        last->attempt == status.attempt && last->reason == status.reason &&
                        last->waitingFor == status.waitingFor &&
                        last->provisioningState == status.provisioningState)
                        return;
                    m_emitted.insert(id, status);
                    *m_events << QString::fromUtf8(
                                     RunEvents::step(id, status, m_executor->elapsedMs(id)))
                              << Qt::flush;
                });
    }
    const QString group = m_settings.value(keys::ResourceGroup);
    const auto steps = m_executor->plan().steps().size();
    const QString header =
        m_options.teardown
            ? (m_options.simulate ? tr("Tearing down %1 (simulated), %2 steps")
                                  : tr("Tearing down %1, %2 steps"))
                  .arg(group)
                  .arg(steps)
            : (m_options.simulate ? tr("Deploying %1 (simulated), %2 steps, up to %3 at once")
                                  : tr("Deploying %1, %2 steps, up to %3 at once"))
                  .arg(group)
                  .arg(steps)
                  .arg(m_run->executorOptions().parallelLimit);
    m_out << timestamp() << ' ' << header << Qt::endl;
    // A terminal gets the live view; a pipe or a file the plain lines.
    if (!m_events && TerminalView::wanted()) {
        m_view = new TerminalView(m_out, TerminalView::colourWanted(), this);
        m_view->attach(m_executor);
    } else {
        connect(m_executor, &Executor::stepChanged, this, &ApplyCommand::printChange);
    }
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
    m_out << Qt::endl;
    const bool teardown = m_options.teardown;
    switch (outcome) {
    case Executor::Outcome::Succeeded:
        m_out << (teardown ? tr("The teardown finished: the resource groups are gone.")
                           : tr("The deployment succeeded."))
              << Qt::endl;
        break;
    case Executor::Outcome::Cancelled:
        m_out << (teardown ? tr("The wait was cancelled; Azure goes on deleting what it was "
                                "asked to. Interrupted: %1. Follow it with --destroy --resume.")
                           : tr("The deployment was cancelled; interrupted: %1. Continue it with "
                                "--resume."))
                     .arg(m_executor->journal().inFlight.join(QStringLiteral(", ")))
              << Qt::endl;
        break;
    default:
        m_out << (teardown ? tr("The teardown failed.") : tr("The deployment failed.")) << Qt::endl;
        break;
    }
    for (const Step& s : m_executor->plan().steps()) {
        const StepStatus st = m_executor->status(s.id);
        if (st.state != StepState::Failed)
            continue;
        m_out << "  " << tr("%1 failed (%2):").arg(s.id, st.reason) << Qt::endl
              << "    "
              << QString(st.errorText).replace(QLatin1Char('\n'), QStringLiteral("\n    "))
              << Qt::endl;
        // What to do about a failure the run cannot remedy by itself (a missing role).
        if (!s.remedyOn && !s.remedyText.isEmpty())
            m_out << "    " << QCoreApplication::translate("cnpg::Plan", qPrintable(s.remedyText))
                  << Qt::endl;
    }
    if (teardown)
        return; // nothing of the deployment is left to show
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
        const QString v = existingOutput(o.key);
        m_out << "  " << tr(o.label) << ": " << (v.isEmpty() ? QStringLiteral("-") : v) << Qt::endl;
    }
    m_out << tr("Journal: %1").arg(m_options.journalPath) << Qt::endl;
}

QString ApplyCommand::existingOutput(const QString& key) const
{
    // Captured values exist only once their step ran; the names the settings give exist only
    // once the step that creates them is done (a failed or cancelled run may not have got there).
    static const QHash<QString, QString> createdBy = {
        {keys::ClusterName, QStringLiteral("aks.create")},
        {keys::StorageAccount, QStringLiteral("storage.account")}};
    const QString step = createdBy.value(key);
    if (!step.isEmpty() && !isDone(m_executor->status(step).state))
        return QString();
    return m_executor->values().value(key);
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
    if (m_view)
        m_view->clearBlock();
    m_err << (again ? tr("Interrupted again: stopping the running tools now.")
                    : tr("Interrupted: cancelling; the running tools get %1 to stop.")
                          .arg(seconds(m_run->executorOptions().graceMs)))
          << Qt::endl;
    if (m_watch)
        m_watch->stop(); // only the wait ends: Azure goes on deleting
    if (m_run->isRunning()) {
        m_run->cancel();
    } else if (m_gate) {
        m_gate->cancel(); // read-only queries: nothing to wait for
        finish(128 + m_signal);
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
