#pragma once

#include "ApplyCommand.h"
#include "CheckCommand.h"
#include "EstimateCommand.h"
#include "preflight/KubernetesVersions.h"
#include "preflight/Readiness.h"
#include "settings/Settings.h"

#include <QStringList>
#include <memory>
#include <optional>

class QCommandLineParser;
class QTextStream;

namespace cnpg {

class ProcessLauncher;

// The headless side of cnpg-aks-wizard: parses the options and runs the actions that need no
// display (export, plan listing). Exit codes: 0 done, 1 an action failed, 2 bad input.
class CommandLine
{
public:
    enum ExitCode
    {
        Ok = 0,
        Failed = 1,
        BadInput = 2
    };
    // run() found no headless action: open the wizard (with wizardStart()).
    static constexpr int OpenWizard = -1;
    // run() started --apply: run the event loop; the deployment ends it with its exit code.
    static constexpr int RunEventLoop = -2;

    // What the command line asks of the wizard: the settings of --settings and --set (read and
    // checked as for the other actions), and --simulate.
    struct WizardStart
    {
        std::optional<Settings> settings; // nothing: none given
        bool simulate = false;
    };

    CommandLine(QTextStream& out, QTextStream& err);
    ~CommandLine();

    // Returns the exit code, or OpenWizard when no headless action was asked for.
    int run(const QStringList& arguments);
    const WizardStart& wizardStart() const { return m_wizard; }

private:
    int readWizardSettings(const QCommandLineParser& parser);
    int estimate(const QCommandLineParser& parser, const EstimateCommand::Options& options);
    int listDeployments();

    // What to do once the settings are complete.
    struct Actions
    {
        bool check = false; // --check with settings
        bool simulate = false;
        QList<CheckId> ignored;
        bool apply = false;
        ApplyCommand::Options applyOptions;
        bool plan = false;
        QString exportSettings; // empty: not asked for
        QString exportScript;
        QString exportTeardown;
        bool purgeWorkspace = false;
    };
    // Asks az for the region's default Kubernetes version, then acts; false when az is not
    // there to ask (then act at once with the tested default).
    bool resolveVersion(const Settings& settings, const Actions& actions);
    int act(const Settings& settings, const Actions& actions);
    int startCheck(const CheckCommand::Options& options);

    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<ApplyCommand> m_apply;
    std::unique_ptr<CheckCommand> m_check;
    std::unique_ptr<EstimateCommand> m_estimate;
    WizardStart m_wizard;
    std::unique_ptr<ProcessLauncher> m_launcher;
    std::unique_ptr<KubernetesVersions> m_versions;
};

} // namespace cnpg
