#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace cnpg {

// The environment the deployment's tools run in, the same as the exported script's:
// ${KREW_ROOT:-$HOME/.krew}/bin in front of PATH. In simulation mode the simulator's shims
// (az, kubectl, helm -> cnpg-sim) come first, with its state file and time scale.
class ToolEnvironment
{
public:
    struct Options
    {
        QProcessEnvironment base = QProcessEnvironment::systemEnvironment();
        bool simulate = false;
        QString dataDir;    // the app's data directory; simulation files live in <dataDir>/sim
        QString simProgram; // the cnpg-sim binary; empty: next to the application
        QString timeScale;  // CNPG_SIM_TIME_SCALE unless `base` sets it; empty: the sim's own
    };

    // Builds the environment; in simulation mode also creates the shims. Empty on error.
    static QProcessEnvironment build(const Options& options, QString* error = nullptr);

    static QString krewRoot(const QProcessEnvironment& env);
    static QString simDir(const QString& dataDir);
    static QString shimDir(const QString& dataDir);
    static QString krewReleaseDir(const QString& dataDir);
    static QString defaultSimProgram();

    // az, kubectl and helm as symlinks to cnpg-sim (it dispatches on argv[0]); no process.
    static bool installShims(const QString& dir, const QString& simProgram,
                             QString* error = nullptr);

    // A program looked up in the environment's PATH; empty when it is not there.
    static QString findProgram(const QString& name, const QProcessEnvironment& env);
    // The programs of `names` that the environment's PATH does not have.
    static QStringList missingPrograms(const QStringList& names, const QProcessEnvironment& env);

    // "linux_amd64" and the like, as krew names its release files.
    static QString krewPlatform();
};

} // namespace cnpg
