#pragma once

#include "CommandLine.h"

#include <QString>
#include <QStringList>
#include <memory>

class QCoreApplication;
class QTextStream;

namespace cnpg {

class LanguageManager;

// The wizard's start-up, called from main(): the application object (a QApplication only when
// there is a display), the UI language, the options only the window knows (--screenshots,
// --language), and what to do when there is no display at all.
class GuiApp
{
public:
    // A QApplication when the window may open and a display is available, else a
    // QCoreApplication (creating a QApplication without a display would abort).
    static std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv);
    // Linux without DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM has no display.
    static bool hasDisplay();

    // Takes the window's own options out of `arguments` (so that the command line does not
    // reject them) and installs the UI language, so that the command line's messages follow it.
    explicit GuiApp(QStringList& arguments);
    ~GuiApp();

    // The wizard; without a display, the simulated deployment in the terminal (through `cli`,
    // as `--apply --simulate`). Returns the exit code.
    int run(CommandLine& cli, QTextStream& err);

private:
    int runWizard(const CommandLine::WizardStart& start);

    QStringList m_arguments;
    QString m_screenshots;
    QString m_language;
    std::unique_ptr<LanguageManager> m_languages;
};

} // namespace cnpg
