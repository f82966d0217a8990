#include "CommandLine.h"

#include "ApplyCommand.h"
#include "CheckCommand.h"
#include "EstimateCommand.h"
#include "SettingsArguments.h"
#include "export/ScriptExporter.h"
#include "plan/Plan.h"
#include "plan/PlanBuilder.h"
#include "plan/TeardownBuilder.h"
#include "preflight/Readiness.h"
#include "preflight/VersionDefaults.h"
#include "process/ProcessLauncher.h"
#include "process/ToolEnvironment.h"
#include "run/DeploymentIndex.h"
#include "run/Journal.h"
#include "run/RunService.h"
#include "settings/PinnedVersions.h"
#include "settings/Settings.h"
#include "settings/SettingsFile.h"
#include "util/AtomicFile.h"
#include "util/Logging.h"
#include "util/TextWidth.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>
#include <QTextStream>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace cnpg {

namespace {
// An exported script: executable by everyone who may read it.
constexpr QFileDevice::Permissions scriptPermissions =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
    QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;

QString tr(const char* text)
{
    return QCoreApplication::translate("cnpg::CommandLine", text);
}

QString readinessCheckNames()
{
    QStringList names;
    for (CheckId id : Readiness::allChecks())
        names << Readiness::checkName(id);
    return names.join(QStringLiteral(", "));
}

QString generatorName()
{
    return QStringLiteral("cnpg-aks-wizard ") + QStringLiteral(CNPG_VERSION);
}
} // namespace

CommandLine::CommandLine(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{}

CommandLine::~CommandLine() = default;

int CommandLine::readWizardSettings(const QCommandLineParser& parser)
{
    m_wizard = WizardStart();
    m_wizard.simulate = parser.isSet(QStringLiteral("simulate"));
    const bool given = parser.isSet(SettingsArguments::fileOption().names().constFirst()) ||
                       parser.isSet(SettingsArguments::setOption().names().constFirst());
    if (!given)
        return OpenWizard;
    const SettingsArguments input(parser, Settings::withGeneratedIds());
    const SettingErrors errors = input.errors(SettingsArguments::Purpose::Wizard);
    if (!errors.isEmpty()) {
        SettingsArguments::print(m_err, tr("The settings are not valid; the wizard did not open:"),
                                 errors);
        spdlog::warn("invalid settings for the wizard: {} error(s)", errors.size());
        return BadInput;
    }
    m_wizard.settings = input.settings();
    return OpenWizard;
}

int CommandLine::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sets up an AKS cluster ready for a highly available PostgreSQL with the "
           "CloudNativePG operator, following Microsoft's guide.\n"
           "Without an action it opens the wizard."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption settingsOpt = SettingsArguments::fileOption();
    const QCommandLineOption setOpt = SettingsArguments::setOption();
    const QCommandLineOption exportScript(QStringLiteral("export-script"),
                                          tr("Write the deployment as a bash script to <file>."),
                                          QStringLiteral("file"));
    const QCommandLineOption exportSettings(QStringLiteral("export-settings"),
                                            tr("Write the settings as JSON to <file>."),
                                            QStringLiteral("file"));
    const QCommandLineOption planOpt(QStringLiteral("plan"),
                                     tr("Print the deployment's steps, their order and the "
                                        "commands they run, then exit."));
    const QCommandLineOption applyOpt(QStringLiteral("apply"),
                                      tr("Run the deployment now, without the wizard's window."));
    const QCommandLineOption simulateOpt(QStringLiteral("simulate"),
                                         tr("With --apply or --check: run against the simulated "
                                            "az, kubectl and helm instead of Azure."));
    const QCommandLineOption resumeOpt(QStringLiteral("resume"),
                                       tr("With --apply: continue the deployment from its journal "
                                          "(the most recent one without --settings)."));
    const QCommandLineOption parallelOpt(QStringLiteral("parallel"),
                                         tr("With --apply: run at most <n> steps at once "
                                            "(default 8)."),
                                         QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption journalOpt(QStringLiteral("journal"),
                                        tr("With --apply: the deployment's journal file."),
                                        QStringLiteral("file"));
    const QCommandLineOption checkOpt(QStringLiteral("check"),
                                      tr("Check the tools the deployment needs and the Azure "
                                         "sign-in, and with --settings or --set the deployment's "
                                         "readiness in Azure; exit 0 only when everything is "
                                         "there."));
    const QCommandLineOption ignoreCheckOpt(
        QStringLiteral("ignore-check"),
        tr("With --apply or --check: do not let the readiness check <name> stop the deployment "
           "(repeatable; for experts; recorded in the journal). Names: %1.")
            .arg(readinessCheckNames()),
        QStringLiteral("name"));
    const QCommandLineOption estimateOpt(
        QStringLiteral("estimate"),
        tr("Print what the deployment of --settings or --set costs per hour and per month, at "
           "the node pools' minimum and maximum node counts, with the prices of the Azure "
           "Retail Prices API (else the cached or shipped ones), then exit."));
    const QCommandLineOption currencyOpt(
        QStringLiteral("currency"),
        tr("With --estimate: the currency, e.g. USD or KRW (default: the language's)."),
        QStringLiteral("code"));
    const QCommandLineOption usageOpt(
        QStringLiteral("usage"),
        tr("With --estimate: a monthly usage to assume, NAME=NUMBER (repeatable). Names: %1.")
            .arg(EstimateCommand::usageNames()),
        QStringLiteral("name=number"));
    const QCommandLineOption offlineOpt(
        QStringLiteral("offline"),
        tr("With --estimate: do not ask the Retail Prices API; use the cached or shipped "
           "prices."));
    const QCommandLineOption destroyOpt(
        QStringLiteral("destroy"),
        tr("Tear the deployment of --settings down: delete its resource group (and with the AKS "
           "cluster its node resource group) and wait until both are gone. Asks for the resource "
           "group's name on a terminal; takes --confirm, --purge-workspace, --simulate, "
           "--resume."));
    const QCommandLineOption confirmOpt(
        QStringLiteral("confirm"),
        tr("With --destroy: the resource group's name, as the confirmation; any other name "
           "deletes nothing."),
        QStringLiteral("name"));
    const QCommandLineOption purgeOpt(
        QStringLiteral("purge-workspace"),
        tr("With --destroy or --export-teardown: delete the Log Analytics workspace for good "
           "first, instead of leaving it soft-deleted for 14 days."));
    const QCommandLineOption foreignOpt(
        QStringLiteral("delete-foreign"),
        tr("With --destroy: delete the resource group also when it holds resources that the "
           "deployment did not create (listed first)."));
    const QCommandLineOption listOpt(
        QStringLiteral("list"),
        tr("Print the deployments this machine knows (from their journals): resource group, "
           "region, last run, outcome, steps done, teardown; then exit."));
    const QCommandLineOption exportTeardown(
        QStringLiteral("export-teardown"),
        tr("Write the teardown of the deployment as a bash script to <file>."),
        QStringLiteral("file"));
    const QCommandLineOption eventsOpt(
        QStringLiteral("events"),
        tr("With --apply or --destroy: print the run on standard output as JSON lines, one "
           "object per change of a step (the README documents the fields); the other messages "
           "go to standard error. <format>: json."),
        QStringLiteral("format"));
    parser.addOption(eventsOpt);
    parser.addOptions({settingsOpt, setOpt,         exportScript, exportSettings, planOpt,
                       applyOpt,    simulateOpt,    resumeOpt,    parallelOpt,    journalOpt,
                       checkOpt,    ignoreCheckOpt, estimateOpt,  currencyOpt,    usageOpt,
                       offlineOpt,  destroyOpt,     confirmOpt,   purgeOpt,       exportTeardown,
                       foreignOpt,  listOpt});
    // Handled by the wizard's start-up (app/GuiApp.cpp) before this parser runs; listed here
    // for --help.
    parser.addOption({QStringLiteral("language"),
                      tr("The language of the wizard, of these messages and of the exported "
                         "script's comments: ko or en (default: the last choice, else the "
                         "system's)."),
                      QStringLiteral("ko|en")});
    parser.addOption({QStringLiteral("screenshots"),
                      tr("Write a PNG of every page of the wizard, in Korean and in English, "
                         "to <dir>, then exit."),
                      QStringLiteral("dir")});

    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << '\n';
        return BadInput;
    }
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        return Ok;
    }
    if (parser.isSet(version)) {
        m_out << generatorName() << '\n';
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        m_err << tr("Unexpected argument: %1").arg(parser.positionalArguments().first()) << '\n';
        return BadInput;
    }
    if (parser.isSet(listOpt))
        return listDeployments();
    if (parser.isSet(estimateOpt)) {
        EstimateCommand::Options o;
        o.currency = parser.value(currencyOpt);
        o.offline = parser.isSet(offlineOpt);
        o.cacheDirectory = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        if (!EstimateCommand::applyUsage(parser.values(usageOpt), o.assumptions, m_err))
            return BadInput;
        return estimate(parser, o);
    }
    QList<CheckId> ignored;
    for (const QString& name : parser.values(ignoreCheckOpt)) {
        const auto id = Readiness::checkFromName(name);
        if (!id) {
            m_err << tr("Unknown readiness check: %1 (known: %2).")
                         .arg(name, readinessCheckNames())
                  << '\n';
            return BadInput;
        }
        ignored << *id;
    }
    const bool check = parser.isSet(checkOpt);
    const bool checkSettings =
        check && (parser.isSet(settingsOpt) || !parser.values(setOpt).isEmpty());
    if (check && !checkSettings) {
        // The doctor needs no settings; it lives until the application ends.
        CheckCommand::Options o;
        o.simulate = parser.isSet(simulateOpt);
        o.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        return startCheck(o);
    }
    const bool destroy = parser.isSet(destroyOpt);
    if (destroy && (parser.isSet(applyOpt) || check)) {
        m_err << tr("--destroy cannot be combined with --apply or --check.") << '\n';
        return BadInput;
    }
    const bool apply = parser.isSet(applyOpt) || destroy;
    if (parser.isSet(eventsOpt) && !apply) {
        m_err << tr("--events needs --apply or --destroy.") << '\n';
        return BadInput;
    }
    const bool headless = parser.isSet(exportScript) || parser.isSet(exportSettings) ||
                          parser.isSet(exportTeardown) || parser.isSet(planOpt) || apply ||
                          checkSettings;
    if (!headless)
        return readWizardSettings(parser);
    ApplyCommand::Options applyOptions;
    if (apply) {
        bool ok = false;
        applyOptions.parallel = parser.value(parallelOpt).toInt(&ok);
        if (!ok || applyOptions.parallel < 1) {
            m_err << tr("--parallel needs a number of at least 1.") << '\n';
            return BadInput;
        }
        applyOptions.simulate = parser.isSet(simulateOpt);
        applyOptions.resume = parser.isSet(resumeOpt);
        applyOptions.journalPath = parser.value(journalOpt);
        applyOptions.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        applyOptions.ignoredChecks = ignored;
        applyOptions.teardown = destroy;
        applyOptions.purgeWorkspace = parser.isSet(purgeOpt);
        applyOptions.deleteForeign = parser.isSet(foreignOpt);
        if (parser.isSet(eventsOpt)) {
            if (parser.value(eventsOpt) != QLatin1String("json")) {
                m_err << tr("--events takes json, not %1.").arg(parser.value(eventsOpt)) << '\n';
                return BadInput;
            }
            applyOptions.events = true;
        }
        if (parser.isSet(confirmOpt))
            applyOptions.confirm = parser.value(confirmOpt);
        // The names to delete come from the deployment's settings, never from defaults.
        if (destroy && !parser.isSet(settingsOpt) && parser.values(setOpt).isEmpty()) {
            m_err << tr("--destroy needs the deployment's settings (--settings).") << '\n';
            return BadInput;
        }
    }

    // Settings: the file (if any) over the guide's defaults, then --set values.
    Settings settings = Settings::withGeneratedIds();
    if (apply && applyOptions.resume && !parser.isSet(settingsOpt)) {
        // Resuming without a settings file: the deployment's own settings, from its journal.
        if (applyOptions.journalPath.isEmpty())
            applyOptions.journalPath = Journal::latestPath(applyOptions.dataDir);
        if (const auto own = RunService::journalSettings(applyOptions.journalPath))
            settings = *own;
    }
    SettingsArguments input(parser, settings);
    const bool simulated =
        (apply && applyOptions.simulate) || (checkSettings && parser.isSet(simulateOpt));
    if (simulated && input.settings().value(keys::ClientIp).isEmpty()) {
        // The simulator does not care which address; a documentation one says so.
        input.setValue(keys::ClientIp, ApplyCommand::simulatedClientIp());
        m_err << tr("Simulation: MY_PUBLIC_CLIENT_IP is not set; using %1.")
                     .arg(ApplyCommand::simulatedClientIp())
              << '\n';
    }
    const SettingErrors errors = input.errors(SettingsArguments::Purpose::Run);
    if (!errors.isEmpty()) {
        SettingsArguments::print(m_err, tr("The settings are not valid; nothing was written:"),
                                 errors);
        spdlog::warn("invalid settings: {} error(s)", errors.size());
        return BadInput;
    }
    settings = input.settings();

    Actions actions;
    actions.check = checkSettings;
    actions.simulate = parser.isSet(simulateOpt);
    actions.ignored = ignored;
    actions.apply = apply;
    actions.applyOptions = applyOptions;
    actions.plan = parser.isSet(planOpt);
    if (parser.isSet(exportSettings))
        actions.exportSettings = parser.value(exportSettings);
    if (parser.isSet(exportScript))
        actions.exportScript = parser.value(exportScript);
    if (parser.isSet(exportTeardown))
        actions.exportTeardown = parser.value(exportTeardown);
    actions.purgeWorkspace = parser.isSet(purgeOpt);
    // A teardown deletes by name: the Kubernetes version does not matter to it.
    if (!destroy && VersionDefaults::needsRegion(settings) && resolveVersion(settings, actions))
        return RunEventLoop;
    return act(settings, actions);
}

int CommandLine::listDeployments()
{
    const QList<DeploymentIndex::Entry> entries =
        DeploymentIndex::scan(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (entries.isEmpty()) {
        m_out << tr("No deployments yet.") << '\n';
        return Ok;
    }
    const auto word = [](const QString& outcome) {
        if (outcome == QLatin1String("succeeded"))
            return tr("succeeded");
        if (outcome == QLatin1String("failed"))
            return tr("failed");
        if (outcome == QLatin1String("cancelled"))
            return tr("cancelled");
        if (outcome == QLatin1String("running"))
            return tr("running or interrupted");
        return outcome;
    };
    QList<QStringList> rows = {{tr("RESOURCE GROUP"), tr("REGION"), tr("LAST RUN (UTC)"),
                                tr("OUTCOME"), tr("STEPS"), tr("TEARDOWN")}};
    for (const DeploymentIndex::Entry& e : entries) {
        if (!e.problem.isEmpty()) {
            rows << QStringList{e.resourceGroup, QString(),
                                QString(),       tr("unreadable journal: %1").arg(e.problem),
                                QString(),       QString()};
            continue;
        }
        rows << QStringList{e.resourceGroup,
                            e.region,
                            e.updatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            word(e.outcome),
                            QStringLiteral("%1/%2").arg(e.stepsDone).arg(e.stepsTotal),
                            e.teardownOutcome.isEmpty() ? QStringLiteral("-")
                            : e.teardownOutcome == QLatin1String("succeeded")
                                ? tr("torn down")
                                : word(e.teardownOutcome)};
    }
    // Aligned by terminal columns: a Hangul syllable takes two.
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList& r : rows) {
        for (int i = 0; i < r.size(); ++i)
            widths[i] = std::max(widths[i], TextWidth::of(r.at(i)));
    }
    for (const QStringList& r : rows) {
        QString line;
        for (int i = 0; i < r.size(); ++i)
            line += i + 1 < r.size() ? TextWidth::padded(r.at(i), widths.at(i) + 2) : r.at(i);
        m_out << line.trimmed() << '\n';
    }
    return Ok;
}

int CommandLine::estimate(const QCommandLineParser& parser, const EstimateCommand::Options& o)
{
    // An estimate needs the sizes and counts, not a complete deployment: empty values are fine.
    const SettingsArguments input(parser, Settings::withGeneratedIds());
    const SettingErrors errors = input.errors(SettingsArguments::Purpose::Wizard);
    if (!errors.isEmpty()) {
        SettingsArguments::print(m_err, tr("The settings are not valid; nothing was estimated:"),
                                 errors);
        return BadInput;
    }
    m_estimate = std::make_unique<EstimateCommand>(m_out, m_err);
    QObject::connect(m_estimate.get(), &EstimateCommand::finished, QCoreApplication::instance(),
                     &QCoreApplication::exit, Qt::QueuedConnection);
    const int code = m_estimate->start(input.settings(), o);
    return code < 0 ? RunEventLoop : code;
}

bool CommandLine::resolveVersion(const Settings& settings, const Actions& actions)
{
    // The region's default Kubernetes version, when az can tell; the tested default otherwise.
    ToolEnvironment::Options o;
    o.simulate = (actions.apply || actions.check) && actions.simulate;
    o.dataDir = actions.applyOptions.dataDir.isEmpty()
                    ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                    : actions.applyOptions.dataDir;
    o.simProgram = actions.applyOptions.simProgram;
    o.timeScale = QStringLiteral("0.01");
    QString error;
    const QProcessEnvironment env = ToolEnvironment::build(o, &error);
    if (env.isEmpty() || !ToolEnvironment::missingPrograms({QStringLiteral("az")}, env).isEmpty()) {
        m_err << tr("az is not available to ask for the region's default Kubernetes version; "
                    "AKS_CLUSTER_VERSION is the tested default, %1.")
                     .arg(pinned::kubernetesVersion())
              << '\n';
        return false;
    }
    m_launcher = std::make_unique<QProcessLauncher>();
    m_versions = std::make_unique<KubernetesVersions>(*m_launcher);
    m_versions->setEnvironment(env);
    m_versions->setSubscription(settings.value(keys::SubscriptionId));
    m_versions->setTimeout(30000);
    QObject::connect(
        m_versions.get(), &KubernetesVersions::finished, QCoreApplication::instance(),
        [this, settings, actions](const KubernetesVersions::Result& result) {
            Settings resolved = settings;
            const QString version = VersionDefaults::apply(resolved, result);
            if (version.isEmpty()) {
                spdlog::warn("az aks get-versions: {}", result.detail);
                m_err << tr("Could not ask AKS for the default Kubernetes version of %1; "
                            "AKS_CLUSTER_VERSION is the tested default, %2.")
                             .arg(settings.value(keys::Region), pinned::kubernetesVersion())
                      << '\n';
            } else {
                spdlog::info("AKS_CLUSTER_VERSION: {}, the default of {}", version, result.region);
            }
            const int code = act(resolved, actions);
            if (code != RunEventLoop)
                QCoreApplication::exit(code);
        },
        Qt::QueuedConnection);
    m_versions->fetch(settings.value(keys::Region));
    return true;
}

int CommandLine::startCheck(const CheckCommand::Options& options)
{
    // Owned here, not by the application object: it ends (and joins its process thread)
    // before the application does.
    m_check = std::make_unique<CheckCommand>(m_out, m_err);
    QObject::connect(m_check.get(), &CheckCommand::finished, QCoreApplication::instance(),
                     &QCoreApplication::exit, Qt::QueuedConnection);
    const int code = m_check->start(options);
    return code < 0 ? RunEventLoop : code;
}

int CommandLine::act(const Settings& settings, const Actions& actions)
{
    if (actions.check) {
        CheckCommand::Options o;
        o.simulate = actions.simulate;
        o.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        o.settings = settings;
        o.ignored = actions.ignored;
        return startCheck(o);
    }
    if (actions.apply) {
        // With --events, standard output carries the events alone.
        const bool events = actions.applyOptions.events;
        m_apply = std::make_unique<ApplyCommand>(events ? m_err : m_out, m_err);
        if (events)
            m_apply->setEventStream(&m_out);
        QObject::connect(m_apply.get(), &ApplyCommand::finished, QCoreApplication::instance(),
                         &QCoreApplication::exit, Qt::QueuedConnection);
        const int code = m_apply->start(settings, actions.applyOptions);
        return code < 0 ? RunEventLoop : code;
    }

    const Plan plan = PlanBuilder::build(settings);
    if (actions.plan) {
        auto values = settings.resolvedValues();
        // Values captured at run time are shown by name.
        for (const Step& s : plan.steps()) {
            for (const Capture& c : s.captures)
                values.insert(c.variable, QLatin1Char('$') + c.variable);
        }
        const auto lists = PlanBuilder::listValues(settings);
        for (const Step& s : plan.steps()) {
            m_out << s.id << (s.conditional ? QStringLiteral(" (remedy)") : QString())
                  << QStringLiteral(" [") << s.expectedSeconds << QStringLiteral(" s]");
            if (!s.needs.isEmpty())
                m_out << QStringLiteral(" <- ") << s.needs.join(QStringLiteral(", "));
            m_out << "\n    " << s.command.program << ' '
                  << Plan::expandArgs(s.command.args, values, lists).join(QLatin1Char(' ')) << '\n';
        }
        m_out << tr("Sequential: %1 s; critical path: %2 s")
                     .arg(plan.sequentialSeconds())
                     .arg(plan.criticalPathSeconds())
              << '\n';
    }
    QString error;
    if (!actions.exportSettings.isEmpty()) {
        if (!SettingsFile::save(actions.exportSettings, settings, &error)) {
            m_err << tr("Cannot write %1: %2").arg(actions.exportSettings, error) << '\n';
            return Failed;
        }
        spdlog::info("settings exported to {}", actions.exportSettings);
    }
    if (!actions.exportScript.isEmpty()) {
        const QString script = ScriptExporter::generate(plan, settings, generatorName());
        if (!AtomicFile::write(actions.exportScript, script.toUtf8(), &error, scriptPermissions)) {
            m_err << tr("Cannot write %1: %2").arg(actions.exportScript, error) << '\n';
            return Failed;
        }
        spdlog::info("script exported to {}", actions.exportScript);
    }
    if (!actions.exportTeardown.isEmpty()) {
        const Plan teardown = TeardownBuilder::build(settings, {actions.purgeWorkspace});
        const QString script =
            ScriptExporter::generateTeardown(teardown, settings, generatorName());
        if (!AtomicFile::write(actions.exportTeardown, script.toUtf8(), &error,
                               scriptPermissions)) {
            m_err << tr("Cannot write %1: %2").arg(actions.exportTeardown, error) << '\n';
            return Failed;
        }
        spdlog::info("teardown script exported to {}", actions.exportTeardown);
    }
    return Ok;
}

} // namespace cnpg
