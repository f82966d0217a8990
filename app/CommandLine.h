#pragma once

#include "ApplyCommand.h"

#include <QStringList>
#include <memory>

class QTextStream;

namespace cnpg {

class KubernetesVersions;
class ProcessLauncher;
class Settings;

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
    // run() started --apply: run the event loop; the deployment ends it with its exit code.
    static constexpr int RunEventLoop = -2;

    CommandLine(QTextStream& out, QTextStream& err);
    ~CommandLine();

    // Returns the exit code, or -1 when no headless action was asked for (start the GUI).
    int run(const QStringList& arguments);

private:
    // What to do once the settings are complete.
    struct Actions
    {
        bool apply = false;
        ApplyCommand::Options applyOptions;
        bool plan = false;
        QString exportSettings; // empty: not asked for
        QString exportScript;
    };
    // Asks az for the region's default Kubernetes version, then acts; false when az is not
    // there to ask (then act at once with the tested default).
    bool resolveVersion(const Settings& settings, const Actions& actions);
    int act(const Settings& settings, const Actions& actions);

    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<ApplyCommand> m_apply;
    std::unique_ptr<ProcessLauncher> m_launcher;
    std::unique_ptr<KubernetesVersions> m_versions;
};

} // namespace cnpg
