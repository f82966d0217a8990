#include "SimEnv.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QThread>
#include <cstdio>

namespace cnpg::sim {

SimEnv SimEnv::fromEnvironment()
{
    SimEnv e;
    e.statePath = qEnvironmentVariable("CNPG_SIM_STATE");
    if (e.statePath.isEmpty())
        e.statePath = defaultStatePath();
    const QString scale = qEnvironmentVariable("CNPG_SIM_TIME_SCALE");
    if (!scale.isEmpty()) {
        bool ok = false;
        const double v = scale.toDouble(&ok);
        if (ok && v >= 0)
            e.timeScale = v;
        else
            e.warnings << QStringLiteral("cnpg-sim: ignoring CNPG_SIM_TIME_SCALE='%1' (expected "
                                         "a number >= 0)")
                              .arg(scale);
    }
    e.faults = qEnvironmentVariable("CNPG_SIM_FAULTS");
    e.clientIp = qEnvironmentVariable("CNPG_SIM_CLIENT_IP");
    e.home = QDir::homePath();
    return e;
}

QString SimEnv::defaultStatePath()
{
    // Not the app's own data directory name (the simulator runs as "az", "kubectl", ...), so
    // the generic location plus a fixed folder.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/cnpg-aks-wizard/sim/state.json");
}

qint64 SimEnv::now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 SimEnv::scaled(double seconds) const
{
    return qint64(seconds * timeScale * 1000.0 + 0.5);
}

void SimEnv::sleepUntil(qint64 epochMs)
{
    for (qint64 left = epochMs - now(); left > 0; left = epochMs - now())
        QThread::msleep(quint64(qMin<qint64>(left, 200)));
}

void SimEnv::latency(double seconds) const
{
    sleepUntil(now() + scaled(seconds));
}

void out(const QString& text)
{
    const QByteArray b = text.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    std::fflush(stdout);
}

void err(const QString& text)
{
    const QByteArray b = text.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
    std::fflush(stderr);
}

} // namespace cnpg::sim
