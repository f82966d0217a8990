#include "SimWorld.h"

#include "process/ToolEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QUrl>
#include <unistd.h>

using namespace cnpg;

QString SimWorld::simProgram()
{
    return QStringLiteral(CNPG_BIN_DIR "/cnpg-sim");
}

QString SimWorld::wizardProgram()
{
    return QStringLiteral(CNPG_BIN_DIR "/cnpg-aks-wizard");
}

QString SimWorld::statePath() const
{
    return m_env.value(QStringLiteral("CNPG_SIM_STATE"));
}

bool SimWorld::init(const QString& faults, const QString& timeScale, QString* error,
                    bool localPostgres)
{
    if (!m_dir.isValid()) {
        *error = m_dir.errorString();
        return false;
    }
    ToolEnvironment::Options o;
    for (const QString& key : o.base.keys()) {
        if (key.startsWith(QLatin1String("CNPG_SIM_")) || key == QLatin1String("KREW_ROOT"))
            o.base.remove(key);
    }
    o.base.insert(QStringLiteral("HOME"), m_dir.path());
    if (!faults.isEmpty())
        o.base.insert(QStringLiteral("CNPG_SIM_FAULTS"), faults);
    o.base.insert(QStringLiteral("CNPG_SIM_TIME_SCALE"), timeScale);
    o.base.insert(QStringLiteral("CNPG_SIM_POSTGRES"),
                  localPostgres ? QStringLiteral("on") : QStringLiteral("off"));
    o.simulate = true;
    o.dataDir = dataDir();
    o.simProgram = simProgram();
    m_env = ToolEnvironment::build(o, error);
    if (m_env.isEmpty())
        return false;
    const QString release = ToolEnvironment::krewReleaseDir(dataDir());
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(simProgram(), {QStringLiteral("make-krew-release"), release});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error =
            QStringLiteral("make-krew-release: ") + QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    m_krewUrl = QUrl::fromLocalFile(release).toString();
    return true;
}

QJsonObject SimWorld::dump() const
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(simProgram(), {QStringLiteral("dump")});
    // No deadline of its own: on a loaded machine a late answer is still the answer, and a
    // dump that never comes is the test's timeout to report.
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        qWarning("cnpg-sim dump failed: %s", p.readAllStandardError().constData());
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QProcessEnvironment SimWorld::appEnvironment() const
{
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("xdg-cache")));
    env.insert(QStringLiteral("PATH"), QProcessEnvironment::systemEnvironment().value("PATH"));
    env.remove(QStringLiteral("KREW_ROOT"));
    return env;
}

SimWorld::Result SimWorld::runApp(const QStringList& args) const
{
    return run(wizardProgram(), args, appEnvironment());
}

SimWorld::Result SimWorld::sim(const QStringList& args) const
{
    return run(simProgram(), args, m_env);
}

SimWorld::Result SimWorld::run(const QString& program, const QStringList& args,
                               const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.closeWriteChannel();
    Result r;
    // The test's own timeout bounds a run that never ends.
    if (!p.waitForStarted(-1) || !p.waitForFinished(-1))
        return r;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::CrashExit ? -9 : p.exitCode();
    return r;
}

namespace {
void collect(const QJsonValue& v, const QString& path, QMap<QString, int>& out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("createCount"))) {
            const QString id = o.value(QStringLiteral("id")).toString();
            out.insert(id.isEmpty() ? path : id, o.value(QStringLiteral("createCount")).toInt());
        }
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            collect(it.value(), path + QLatin1Char('/') + it.key(), out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i)
            collect(a.at(i), path + QLatin1Char('/') + QString::number(i), out);
    }
}
} // namespace

QMap<QString, int> SimWorld::createCounts(const QJsonObject& dump)
{
    QMap<QString, int> out;
    collect(dump, QString(), out);
    return out;
}

QList<qint64> SimWorld::strayProcesses() const
{
    QList<qint64> out;
    const QByteArray needle = "CNPG_SIM_STATE=" + statePath().toUtf8();
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok || pid == ::getpid())
            continue;
        QFile env(QStringLiteral("/proc/%1/environ").arg(pid));
        if (!env.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray& var : env.readAll().split('\0')) {
            if (var == needle) {
                out << pid;
                break;
            }
        }
    }
    return out;
}

QList<qint64> SimWorld::childrenOf(qint64 parent)
{
    QList<qint64> out;
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid ...": the name may hold spaces, so split after the ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> rest = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (rest.size() > 1 && rest.at(1).toLongLong() == parent)
            out << pid;
    }
    return out;
}
