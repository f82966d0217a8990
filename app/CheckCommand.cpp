#include "CheckCommand.h"

#include "util/Logging.h"
#include "preflight/ReadinessChecker.h"
#include "preflight/ReadinessText.h"
#include "process/ProcessLauncher.h"
#include "process/ToolEnvironment.h"

#include <QCoreApplication>
#include <QTextStream>
#include <spdlog/spdlog.h>

namespace cnpg {

namespace {
QString cell(const QString& text, int width)
{
    return text.leftJustified(width) + QStringLiteral("  ");
}
} // namespace

CheckCommand::CheckCommand(QTextStream& out, QTextStream& err, QObject* parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{}

CheckCommand::~CheckCommand()
{
    // The checks' processes belong to the launcher: end them while it is still there.
    delete m_tools;
    delete m_account;
    delete m_readiness;
}

int CheckCommand::start(const Options& options)
{
    m_options = options;
    ToolEnvironment::Options envOptions;
    envOptions.simulate = options.simulate;
    envOptions.dataDir = options.dataDir;
    envOptions.simProgram = options.simProgram;
    QString error;
    const QProcessEnvironment env = ToolEnvironment::build(envOptions, &error);
    if (env.isEmpty()) {
        m_err << tr("Cannot prepare the tools: %1").arg(error) << Qt::endl;
        return 2;
    }
    m_launcher = std::make_unique<QProcessLauncher>();
    m_tools = new ToolChecker(*m_launcher, this);
    m_tools->setEnvironment(env);
    m_tools->setTimeout(options.timeoutMs);
    m_account = new AzureAccount(*m_launcher, this);
    m_account->setEnvironment(env);
    m_account->setTimeout(options.timeoutMs);
    if (options.settings) {
        m_readiness = new ReadinessChecker(*m_launcher, this);
        m_readiness->setEnvironment(env);
        m_readiness->setTimeout(options.timeoutMs);
        connect(m_readiness, &ReadinessChecker::finished, this, [this](const Findings& f) {
            m_findings = f;
            m_readinessRan = true;
            report();
        });
    }
    connect(m_tools, &ToolChecker::finished, this, &CheckCommand::toolsChecked);
    connect(m_account, &AzureAccount::stateChanged, this, [this](AzureAccount::State s) {
        if (s != AzureAccount::State::Checking)
            accountChecked();
    });
    spdlog::info("check: tools{}", options.simulate ? " (simulated)" : "");
    m_tools->start();
    return -1;
}

void CheckCommand::toolsChecked(const QList<ToolStatus>& statuses)
{
    m_statuses = statuses;
    for (const ToolStatus& s : statuses) {
        if (s.tool == Tool::Az && !s.blocking()) {
            m_account->refresh(); // az works: is someone signed in?
            return;
        }
    }
    report();
}

void CheckCommand::accountChecked()
{
    if (m_accountChecked)
        return;
    m_accountChecked = true;
    if (m_readiness && m_account->state() == AzureAccount::State::SignedIn) {
        spdlog::info("check: readiness");
        m_readiness->start(*m_options.settings);
        return;
    }
    report();
}

void CheckCommand::report()
{
    const Platform platform = ToolCheck::currentPlatform();
    if (m_options.simulate)
        m_out << tr("Simulation: az, kubectl and helm are the simulator's.") << '\n';
    m_out << cell(tr("Tool"), 8) << cell(tr("Found"), 9) << cell(tr("Minimum"), 8) << tr("Status")
          << '\n';
    QStringList blocking;
    QStringList notes;
    for (const ToolStatus& s : std::as_const(m_statuses)) {
        const ToolSpec& spec = ToolCheck::spec(s.tool);
        m_out << cell(spec.name, 8) << cell(s.found.isEmpty() ? QStringLiteral("-") : s.found, 9)
              << cell(spec.minimum, 8) << ToolCheck::stateText(s.state) << '\n';
        if (s.state == ToolState::Ok)
            continue;
        if (s.blocking())
            blocking << spec.name;
        QString note = QStringLiteral("%1: %2\n").arg(spec.name, ToolCheck::describe(s));
        const QString fix = ToolCheck::fixCommand(s, platform);
        if (!fix.isEmpty())
            note += QStringLiteral("    ") + tr("Fix: %1").arg(fix) + QLatin1Char('\n');
        note += QStringLiteral("    ") + tr("See: %1").arg(spec.documentation) + QLatin1Char('\n');
        notes << note;
    }
    if (!notes.isEmpty())
        m_out << '\n' << notes.join(QString());

    m_out << '\n';
    if (!m_accountChecked) {
        m_out << tr("Azure sign-in: not checked (az is not usable).") << '\n';
    } else if (m_account->state() == AzureAccount::State::SignedIn) {
        const AzureSubscription& c = m_account->current();
        m_out << QCoreApplication::translate(
                     "cnpg::CheckCommand",
                     "Azure sign-in: %1, subscription \"%2\" (%3); %n subscription(s) available.",
                     nullptr, int(m_account->subscriptions().size()))
                     .arg(c.user, c.name, c.id)
              << '\n';
    } else {
        blocking << QStringLiteral("az login");
        m_out << tr("Azure sign-in: %1").arg(AzureAccount::stateText(m_account->state())) << '\n';
        if (m_account->state() == AzureAccount::State::NotSignedIn)
            m_out << QStringLiteral("    ") << tr("Fix: %1").arg(QStringLiteral("az login"))
                  << '\n';
        else if (!m_account->errorDetail().isEmpty())
            m_out << QStringLiteral("    ") << m_account->errorDetail() << '\n';
    }

    if (m_options.settings)
        reportReadiness(blocking);

    if (blocking.isEmpty()) {
        m_out << tr("Ready: everything the deployment needs is there.") << '\n';
        spdlog::info("check: ready");
    } else {
        m_out << tr("Not ready. Missing or unusable: %1").arg(blocking.join(QStringLiteral(", ")))
              << '\n';
        spdlog::warn("check: missing {}", blocking.join(QStringLiteral(", ")));
    }
    m_out.flush();
    emit finished(blocking.isEmpty() ? 0 : 1);
}

void CheckCommand::reportReadiness(QStringList& blocking)
{
    m_out << '\n';
    if (!m_readinessRan) {
        m_out << tr("Readiness of the deployment: not checked (az is not usable or nobody is "
                    "signed in).")
              << '\n';
        blocking << tr("readiness checks");
        return;
    }
    m_out << tr("Readiness of the deployment (%1 in %2):")
                 .arg(m_options.settings->value(keys::ResourceGroup),
                      m_options.settings->value(keys::Region))
          << '\n';
    for (const Finding& f : std::as_const(m_findings)) {
        QString line = ReadinessText::line(f);
        const bool ignored = m_options.ignored.contains(f.check);
        if (ignored && f.verdict != Verdict::Ready)
            line += QLatin1Char(' ') + tr("(overridden with --ignore-check)");
        m_out << line << '\n';
        const QString name = Readiness::checkName(f.check);
        if ((f.blocking() || f.verdict == Verdict::CouldNotRun) && !ignored &&
            !blocking.contains(name))
            blocking << name;
    }
}

} // namespace cnpg
