#include "GuiApp.h"

#include "ApplyCommand.h"
#include "CostModel.h"
#include "Deployment.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Preflight.h"
#include "ScreenshotTour.h"
#include "SettingsModel.h"
#include "process/ProcessLauncher.h"
#include "run/RunService.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <spdlog/spdlog.h>

namespace cnpg {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cnpg::GuiApp", text);
}

// Removes "--name value" or "--name=value" from the arguments; returns the value.
QString takeOption(QStringList& args, const QString& name, bool* found = nullptr)
{
    const QString flag = QStringLiteral("--") + name;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == flag && i + 1 < args.size()) {
            const QString v = args.at(i + 1);
            args.remove(i, 2);
            if (found)
                *found = true;
            return v;
        }
        if (args.at(i).startsWith(flag + QLatin1Char('='))) {
            const QString v = args.at(i).mid(flag.size() + 1);
            args.removeAt(i);
            if (found)
                *found = true;
            return v;
        }
    }
    return QString();
}

} // namespace

std::unique_ptr<QCoreApplication> GuiApp::createApplication(int& argc, char** argv)
{
    // The command line's actions need no window: no display connection for them (a stale
    // DISPLAY would otherwise abort an export). The command line still parses everything.
    static const char* const headless[] = {
        "--export-script", "--export-settings", "--plan", "--apply", "--estimate", "--help", "-h",
        "--help-all",      "--version",         "-v"};
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        for (const char* h : headless) {
            if (arg == h || arg.startsWith(QByteArray(QByteArray(h) + '=')))
                return std::make_unique<QCoreApplication>(argc, argv);
        }
    }
    if (hasDisplay()) {
        auto app = std::make_unique<QApplication>(argc, argv);
        // The desktop entry's name (Wayland matches windows to it) and the package's icon.
        QGuiApplication::setDesktopFileName(
            QStringLiteral("io.github.cnpg_aks_wizard.CnpgAksWizard"));
        QIcon icon;
        for (int size : {16, 32, 48, 64, 128, 256})
            icon.addFile(QStringLiteral(":/icons/cnpg-aks-wizard-%1.png").arg(size));
        QApplication::setWindowIcon(icon);
        return app;
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

bool GuiApp::hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

GuiApp::GuiApp(QStringList& arguments)
    : m_languages(std::make_unique<LanguageManager>())
{
    m_screenshots = takeOption(arguments, QStringLiteral("screenshots"));
    m_language = takeOption(arguments, QStringLiteral("language"));
    m_arguments = arguments;
    const QString language = LanguageManager::languages().contains(m_language)
                                 ? m_language
                                 : LanguageManager::initialLanguage();
    // Remembered only when the user picks it in the window.
    m_languages->setLanguage(language, false);
}

GuiApp::~GuiApp() = default;

int GuiApp::run(CommandLine& cli, QTextStream& err)
{
    if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        err << tr("No display found (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are unset), "
                  "so the wizard's window cannot open. Running the simulated deployment in the "
                  "terminal instead (--apply --simulate).")
            << Qt::endl;
        int code = cli.run(m_arguments +
                           QStringList{QStringLiteral("--apply"), QStringLiteral("--simulate")});
        if (code == CommandLine::RunEventLoop)
            code = QCoreApplication::exec();
        return code;
    }
    return runWizard(cli.wizardStart());
}

int GuiApp::runWizard(const CommandLine::WizardStart& start)
{
    const bool screenshots = !m_screenshots.isEmpty();
    // Screenshots run a simulated deployment of their own, away from the user's data.
    std::unique_ptr<QTemporaryDir> scratch;
    QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (screenshots) {
        scratch = std::make_unique<QTemporaryDir>();
        dataDir = scratch->path();
    }

    const bool azFound = !QStandardPaths::findExecutable(QStringLiteral("az")).isEmpty();
    const bool simulate = screenshots || !azFound || start.simulate;

    // The command line read and checked --settings and --set.
    SettingsModel model(start.settings.value_or(Settings::withGeneratedIds()));
    // The processes and requests of the run and of the preflight checks; they outlive both
    // (declared first).
    QProcessLauncher launcher;
    QNetworkAccessManager network;
    RunService::Context context;
    context.launcher = &launcher;
    context.network = &network;
    context.dataDir = dataDir;
    // The tour shoots the wait for the database cluster while instances are still coming:
    // slower instances make that window seconds long, even on a loaded machine.
    if (screenshots && !context.baseEnvironment.contains(QStringLiteral("CNPG_SIM_DURATIONS")))
        context.baseEnvironment.insert(QStringLiteral("CNPG_SIM_DURATIONS"),
                                       QStringLiteral("cnpg instance=300"));
    // The tour's simulated world is thrown away with its temporary directory: real database
    // servers behind it would outlive it.
    if (screenshots)
        context.baseEnvironment.insert(QStringLiteral("CNPG_SIM_POSTGRES"), QStringLiteral("off"));
    RunService run(context);
    Deployment deployment(run);
    Deployment::Options deployOptions;
    deployOptions.simulate = simulate;
    deployment.setOptions(deployOptions);

    MainWindow::Options windowOptions;
    windowOptions.simulate = simulate;
    windowOptions.realAzureAvailable = azFound && !screenshots;
    windowOptions.simulatedClientIp = ApplyCommand::simulatedClientIp();
    // The cost estimate: live prices when the network answers; the screenshots use the shipped
    // table, so that they show the same figures on every machine.
    CostService::Options costOptions;
    costOptions.online = !screenshots;
    costOptions.cacheDirectory =
        screenshots ? QString() : QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    CostService costService(&network, costOptions);
    CostModel cost(model, costService);
    QObject::connect(m_languages.get(), &LanguageManager::languageChanged, &cost,
                     &CostModel::followLanguage);
    MainWindow window(model, *m_languages, deployment, windowOptions);
    Preflight preflight(window, model, deployment, launcher, network);
    window.setCostModel(&cost);
    preflight.start();

    if (screenshots) {
        ScreenshotTour tour(window, *m_languages, m_screenshots);
        QObject::connect(&tour, &ScreenshotTour::finished, qApp, &QCoreApplication::exit);
        window.show();
        tour.start();
        return QApplication::exec();
    }
    window.show();
    return QApplication::exec();
}

} // namespace cnpg
