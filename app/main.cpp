#include "CommandLine.h"
#include "util/Logging.h"
#ifdef CNPG_WITH_GUI
#include "GuiApp.h"
#endif

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
#ifdef CNPG_WITH_GUI
    // A QApplication only when there is a display to show it on.
    const auto application = cnpg::GuiApp::createApplication(argc, argv);
    QCoreApplication& app = *application;
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("cnpg-aks-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CNPG_VERSION));

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    cnpg::initLogging({dataDir + QStringLiteral("/logs"), true, false});

    QTextStream out(stdout);
    QTextStream err(stderr);
    cnpg::CommandLine cli(out, err);
    QStringList arguments = QCoreApplication::arguments();
#ifdef CNPG_WITH_GUI
    cnpg::GuiApp gui(arguments); // takes --screenshots/--language out, installs the language
#endif
    int code = cli.run(arguments);
    if (code == cnpg::CommandLine::RunEventLoop)
        code = app.exec(); // --apply: the deployment ends the loop with its exit code
    if (code < 0) {
#ifdef CNPG_WITH_GUI
        code = gui.run(cli, err); // the wizard, or without a display --apply --simulate
#else
        err << QCoreApplication::translate("cnpg::CommandLine",
                                           "This build has no wizard window. Try --help, "
                                           "--plan, --export-script or --apply.")
            << '\n';
        code = 0;
#endif
    }
    out.flush();
    err.flush();
    cnpg::shutdownLogging();
    return code;
}
