#pragma once

#include <QStringList>

class QTextStream;

namespace cnpg {

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

    CommandLine(QTextStream& out, QTextStream& err);

    // Returns the exit code, or -1 when no headless action was asked for (start the GUI).
    int run(const QStringList& arguments);

private:
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace cnpg
