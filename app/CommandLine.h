#pragma once

#include <QStringList>
#include <memory>

class QTextStream;

namespace cnpg {

class ApplyCommand;

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
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<ApplyCommand> m_apply;
};

} // namespace cnpg
