#include "process/ToolEnvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSysInfo>

namespace cnpg {

namespace {
void prependPath(QProcessEnvironment& env, const QString& dir)
{
    const QString path = env.value(QStringLiteral("PATH"));
    env.insert(QStringLiteral("PATH"), path.isEmpty() ? dir : dir + QLatin1Char(':') + path);
}
} // namespace

QString ToolEnvironment::krewRoot(const QProcessEnvironment& env)
{
    const QString root = env.value(QStringLiteral("KREW_ROOT"));
    if (!root.isEmpty())
        return root;
    return env.value(QStringLiteral("HOME"), QDir::homePath()) + QStringLiteral("/.krew");
}

QString ToolEnvironment::simDir(const QString& dataDir)
{
    return dataDir + QStringLiteral("/sim");
}

QString ToolEnvironment::shimDir(const QString& dataDir)
{
    return simDir(dataDir) + QStringLiteral("/bin");
}

QString ToolEnvironment::krewReleaseDir(const QString& dataDir)
{
    return simDir(dataDir) + QStringLiteral("/krew-release");
}

QString ToolEnvironment::defaultSimProgram()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/cnpg-sim");
}

bool ToolEnvironment::installShims(const QString& dir, const QString& simProgram, QString* error)
{
    if (!QFileInfo(simProgram).isExecutable()) {
        if (error)
            *error = QStringLiteral("simulator not found: %1").arg(simProgram);
        return false;
    }
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    const QString target = QFileInfo(simProgram).absoluteFilePath();
    for (const char* tool : {"az", "kubectl", "helm"}) {
        const QString link = dir + QLatin1Char('/') + QLatin1String(tool);
        const QFileInfo existing(link);
        if (existing.isSymLink() && existing.symLinkTarget() == target)
            continue;
        if (existing.exists() || existing.isSymLink())
            QFile::remove(link);
        if (!QFile::link(target, link)) {
            if (error)
                *error = QStringLiteral("cannot create %1").arg(link);
            return false;
        }
    }
    return true;
}

QProcessEnvironment ToolEnvironment::build(const Options& options, QString* error)
{
    QProcessEnvironment env = options.base;
    if (options.simulate) {
        const QString sim = simDir(options.dataDir);
        // The simulated krew goes to the simulation's directory, not the user's ~/.krew.
        env.insert(QStringLiteral("KREW_ROOT"), sim + QStringLiteral("/krew"));
        if (!env.contains(QStringLiteral("CNPG_SIM_STATE")))
            env.insert(QStringLiteral("CNPG_SIM_STATE"), sim + QStringLiteral("/state.json"));
        if (!env.contains(QStringLiteral("CNPG_SIM_TIME_SCALE")) && !options.timeScale.isEmpty())
            env.insert(QStringLiteral("CNPG_SIM_TIME_SCALE"), options.timeScale);
    }
    prependPath(env, krewRoot(env) + QStringLiteral("/bin"));
    if (options.simulate) {
        const QString program =
            options.simProgram.isEmpty() ? defaultSimProgram() : options.simProgram;
        if (!installShims(shimDir(options.dataDir), program, error))
            return QProcessEnvironment();
        prependPath(env, shimDir(options.dataDir));
    }
    return env;
}

QString ToolEnvironment::findProgram(const QString& name, const QProcessEnvironment& env)
{
    const QStringList dirs =
        env.value(QStringLiteral("PATH")).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    return QStandardPaths::findExecutable(name, dirs);
}

QStringList ToolEnvironment::missingPrograms(const QStringList& names,
                                             const QProcessEnvironment& env)
{
    QStringList out;
    for (const QString& n : names) {
        if (findProgram(n, env).isEmpty())
            out << n;
    }
    return out;
}

QString ToolEnvironment::krewPlatform()
{
    QString os = QSysInfo::kernelType(); // "linux", "darwin", "winnt"
    if (os == QLatin1String("winnt"))
        os = QStringLiteral("windows");
    const QString cpu = QSysInfo::currentCpuArchitecture();
    QString arch = cpu;
    if (cpu == QLatin1String("x86_64"))
        arch = QStringLiteral("amd64");
    else if (cpu == QLatin1String("i386"))
        arch = QStringLiteral("386");
    else if (cpu.startsWith(QLatin1String("arm64")))
        arch = QStringLiteral("arm64");
    else if (cpu.startsWith(QLatin1String("arm")))
        arch = QStringLiteral("arm");
    return os + QLatin1Char('_') + arch;
}

} // namespace cnpg
