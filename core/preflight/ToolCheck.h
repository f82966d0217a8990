#pragma once

#include "process/ProcessLauncher.h"
#include "preflight/VersionParser.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace cnpg {

enum class Tool
{
    Az,
    Kubectl,
    Helm,
    Krew,
    Jq,
};

// Why the deployment needs a tool, which decides whether its absence stops it.
enum class ToolNeed
{
    Required,          // the wizard runs it (az, kubectl, helm)
    InstalledByWizard, // the plan installs it when it is missing (krew)
    ScriptOnly,        // only the exported script uses it (jq)
};

enum class ToolState
{
    Pending,
    Ok,
    Missing,    // not on PATH (or, for krew, kubectl does not know the plugin)
    TooOld,     // found, older than the minimum
    Unreadable, // ran fine, but its version output was not recognised
    Failed,     // ran and failed
    TimedOut,   // did not answer in time
};

// The platforms the fix hints are written for.
enum class Platform
{
    Debian, // Debian/Ubuntu (apt); also used for other Linux distributions
    MacOs,  // Homebrew
    Windows // winget
};

struct ToolSpec
{
    Tool tool = Tool::Az;
    QString name;    // "az", "kubectl", "helm", "krew", "jq"
    QString program; // the program to run: krew is `kubectl krew`
    QStringList versionArgs;
    QString minimum; // the oldest version the guide works with
    ToolNeed need = ToolNeed::Required;
    Version (*parse)(const QByteArray&) = nullptr;
    QString documentation; // the tool's installation page
};

struct ToolStatus
{
    Tool tool = Tool::Az;
    ToolState state = ToolState::Pending;
    QString found;   // the version found, when one was read
    QString minimum; // the minimum the guide needs
    QString path;    // where the program is
    QString detail;  // the tool's own error output, for the log and a tooltip

    // True when this result keeps the deployment from running (see ToolCheck::isBlocking).
    bool blocking() const;
};

// The table of tools the guide uses, and the pure logic around it.
class ToolCheck
{
public:
    static const QList<ToolSpec>& tools();
    static const ToolSpec& spec(Tool tool);

    // The state of a tool from the result of running its version command (never blocks).
    static ToolStatus evaluate(const ToolSpec& spec, const ProcessResult& result);
    // A required tool that is not usable, or any tool found too old, blocks the deployment;
    // a missing krew (the plan installs it) or jq (only the exported script uses it) does not.
    static bool isBlocking(const ToolStatus& status);
    static bool allNeededPresent(const QList<ToolStatus>& statuses);

    static Platform currentPlatform();
    // The command that installs or upgrades the tool on a platform. Data, not prose: shown
    // verbatim and copied by the user. Empty when there is nothing to run (a missing krew: the
    // wizard installs it).
    static QString fixCommand(const ToolStatus& status, Platform platform);

    // English source texts, context "cnpg::ToolCheck"; translated() versions for display.
    static QString stateCode(ToolState state); // stable: "ok", "missing", "too-old", ...
    static QString stateText(ToolState state);
    // One translated sentence about the status (what is wrong, and what the wizard will do).
    static QString describe(const ToolStatus& status);
};

// Runs every tool's version command at once, asynchronously, in the tools' environment
// (ToolEnvironment: the krew bin directory, and the simulator's shims in simulation mode).
class ToolChecker : public QObject
{
    Q_OBJECT
public:
    ToolChecker(ProcessLauncher& launcher, QObject* parent = nullptr);
    ~ToolChecker() override;

    void setEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }
    // How long one version command may take (az starts slowly); then it counts as TimedOut.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Starts the checks; a check already running is abandoned (its result ignored).
    void start();
    bool isRunning() const { return m_pending > 0; }
    const QList<ToolStatus>& results() const { return m_results; }

signals:
    void toolChecked(const cnpg::ToolStatus& status);
    void finished(const QList<cnpg::ToolStatus>& statuses);

private:
    void complete(int index, const ToolStatus& status);

    ProcessLauncher& m_launcher;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    int m_timeoutMs = 30000;
    QList<ToolStatus> m_results;
    QList<QPointer<RunningProcess>> m_processes;
    int m_pending = 0;
    int m_generation = 0;
};

} // namespace cnpg

Q_DECLARE_METATYPE(cnpg::ToolStatus)
