#pragma once

#include "preflight/AzureAccount.h"
#include "preflight/Readiness.h"
#include "preflight/ToolCheck.h"
#include "settings/Settings.h"

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

class QTextStream;

namespace cnpg {

class QProcessLauncher;
class ReadinessChecker;

// `cnpg-aks-wizard --check [--simulate] [--settings F]`, a doctor: the tools the guide needs
// with the versions found, the minimums and a fix per platform, then the Azure sign-in; with
// settings, the readiness checks of that deployment too. Exit code 0 only when everything the
// deployment needs is there; 1 otherwise (a blocking finding, or a check that could not run),
// naming what is missing.
class CheckCommand : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool simulate = false;
        QString dataDir;    // the simulation's shims and state live below it
        QString simProgram; // empty: cnpg-sim next to the application
        int timeoutMs = 30000;
        std::optional<Settings> settings; // set: run the readiness checks of these settings
        QList<CheckId> ignored;           // --ignore-check: reported, but not counted
    };

    CheckCommand(QTextStream& out, QTextStream& err, QObject* parent = nullptr);
    ~CheckCommand() override;

    // Returns -1 when the checks run (finished() follows from the event loop), else the exit
    // code of a problem found before anything ran.
    int start(const Options& options);

signals:
    void finished(int exitCode);

private:
    void toolsChecked(const QList<ToolStatus>& statuses);
    void accountChecked();
    void report();
    void reportReadiness(QStringList& blocking);

    QTextStream& m_out;
    QTextStream& m_err;
    Options m_options;
    std::unique_ptr<QProcessLauncher> m_launcher;
    ToolChecker* m_tools = nullptr;
    AzureAccount* m_account = nullptr;
    ReadinessChecker* m_readiness = nullptr;
    Findings m_findings;
    bool m_readinessRan = false;
    QList<ToolStatus> m_statuses;
    bool m_accountChecked = false;
};

} // namespace cnpg
