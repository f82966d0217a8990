#include "CommandLine.h"

#include "ApplyCommand.h"
#include "util/AtomicFile.h"
#include "CheckCommand.h"
#include "run/Journal.h"
#include "util/Logging.h"
#include "plan/Plan.h"
#include "plan/PlanBuilder.h"
#include "export/ScriptExporter.h"
#include "SettingErrorText.h"
#include "settings/Settings.h"
#include "settings/SettingsFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>
#include <QTextStream>
#include <spdlog/spdlog.h>

namespace cnpg {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("cnpg::CommandLine", text);
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

int CommandLine::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sets up an AKS cluster ready for a highly available PostgreSQL with the "
           "CloudNativePG operator, following Microsoft's guide.\n"
           "Without an action it opens the wizard."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption settingsOpt(QStringLiteral("settings"),
                                         tr("Read the settings from <file> (JSON)."),
                                         QStringLiteral("file"));
    const QCommandLineOption setOpt(QStringLiteral("set"),
                                    tr("Set one value, e.g. --set LOCAL_NAME=demo (repeatable; "
                                       "applied after --settings)."),
                                    QStringLiteral("KEY=VALUE"));
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
                                         "sign-in; exit 0 only when everything is there."));
    parser.addOptions({settingsOpt, setOpt, exportScript, exportSettings, planOpt, applyOpt,
                       simulateOpt, resumeOpt, parallelOpt, journalOpt, checkOpt});
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
    if (parser.isSet(checkOpt)) {
        // The doctor needs no settings; it lives until the application ends.
        CheckCommand::Options o;
        o.simulate = parser.isSet(simulateOpt);
        o.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        auto* check = new CheckCommand(m_out, m_err, QCoreApplication::instance());
        QObject::connect(check, &CheckCommand::finished, QCoreApplication::instance(),
                         &QCoreApplication::exit, Qt::QueuedConnection);
        const int code = check->start(o);
        return code < 0 ? RunEventLoop : code;
    }
    const bool apply = parser.isSet(applyOpt);
    const bool headless = parser.isSet(exportScript) || parser.isSet(exportSettings) ||
                          parser.isSet(planOpt) || apply;
    if (!headless)
        return -1;
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
    }

    // Settings: the file (if any) over the guide's defaults, then --set values.
    Settings settings = Settings::withGeneratedIds();
    if (apply && applyOptions.resume && !parser.isSet(settingsOpt)) {
        // Resuming without a settings file: the deployment's own settings, from its journal.
        if (applyOptions.journalPath.isEmpty())
            applyOptions.journalPath = Journal::latestPath(applyOptions.dataDir);
        if (const auto own = ApplyCommand::journalSettings(applyOptions.journalPath))
            settings = *own;
    }
    SettingErrors errors;
    if (parser.isSet(settingsOpt)) {
        auto loaded = SettingsFile::load(parser.value(settingsOpt), settings);
        settings = loaded.settings;
        errors = loaded.errors;
    }
    for (const QString& assignment : parser.values(setOpt)) {
        const int eq = assignment.indexOf(QLatin1Char('='));
        const QString key = assignment.left(eq);
        if (eq <= 0 || !SettingsSchema::find(key)) {
            errors.append({eq <= 0 ? assignment : key, SettingErrorCode::UnknownKey, 0, 0, {}});
            continue;
        }
        settings.setValue(key, assignment.mid(eq + 1));
    }
    bool revalidate = !parser.values(setOpt).isEmpty() || !parser.isSet(settingsOpt);
    if (apply && applyOptions.simulate && settings.value(keys::ClientIp).isEmpty()) {
        // The simulator does not care which address; a documentation one says so.
        settings.setValue(keys::ClientIp, ApplyCommand::simulatedClientIp());
        m_err << tr("Simulation: MY_PUBLIC_CLIENT_IP is not set; using %1.")
                     .arg(ApplyCommand::simulatedClientIp())
              << '\n';
        revalidate = true;
    }
    if (revalidate) {
        // Structural errors of the file stay; value errors are re-checked with the --set values.
        SettingErrors structural;
        for (const SettingError& e : errors) {
            if (e.field.isEmpty() || !SettingsSchema::find(e.field) ||
                e.code == SettingErrorCode::WrongType)
                structural.append(e);
        }
        errors = structural + settings.validate();
    }
    if (!errors.isEmpty()) {
        m_err << tr("The settings are not valid; nothing was written:") << '\n';
        for (const SettingError& e : errors)
            m_err << "  " << SettingErrorText::withField(e) << '\n';
        spdlog::warn("invalid settings: {} error(s)", errors.size());
        return BadInput;
    }

    if (apply) {
        m_apply = std::make_unique<ApplyCommand>(m_out, m_err);
        QObject::connect(m_apply.get(), &ApplyCommand::finished, QCoreApplication::instance(),
                         &QCoreApplication::exit, Qt::QueuedConnection);
        const int code = m_apply->start(settings, applyOptions);
        return code < 0 ? RunEventLoop : code;
    }

    const Plan plan = PlanBuilder::build(settings);
    if (parser.isSet(planOpt)) {
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
    if (parser.isSet(exportSettings)) {
        if (!SettingsFile::save(parser.value(exportSettings), settings, &error)) {
            m_err << tr("Cannot write %1: %2").arg(parser.value(exportSettings), error) << '\n';
            return Failed;
        }
        spdlog::info("settings exported to {}", parser.value(exportSettings));
    }
    if (parser.isSet(exportScript)) {
        const QString script = ScriptExporter::generate(plan, settings, generatorName());
        if (!AtomicFile::write(parser.value(exportScript), script.toUtf8(), &error,
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                   QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                   QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                   QFileDevice::ExeOther)) {
            m_err << tr("Cannot write %1: %2").arg(parser.value(exportScript), error) << '\n';
            return Failed;
        }
        spdlog::info("script exported to {}", parser.value(exportScript));
    }
    return Ok;
}

} // namespace cnpg
