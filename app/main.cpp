#include "CommandLine.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cnpg-aks-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CNPG_VERSION));

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    cnpg::initLogging({dataDir + QStringLiteral("/logs"), true, false});

    QTextStream out(stdout);
    QTextStream err(stderr);
    cnpg::CommandLine cli(out, err);
    int code = cli.run(QCoreApplication::arguments());
    if (code == cnpg::CommandLine::RunEventLoop)
        code = app.exec(); // --apply: the deployment ends the loop with its exit code
    if (code < 0) {
        // The wizard lands with the GUI issue; until then, say what the command line can do.
        err << QCoreApplication::translate("cnpg::CommandLine",
                                           "The wizard's window is not built yet. Try --help, "
                                           "--plan or --export-script.")
            << '\n';
        code = 0;
    }
    out.flush();
    err.flush();
    cnpg::shutdownLogging();
    return code;
}
