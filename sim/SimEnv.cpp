#include "SimEnv.h"

#include "SimError.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QThread>
#include <cstdio>
#include <optional>

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

namespace {
// A test's clock: a file holding the simulated time in epoch milliseconds, moved on by the test
// alone, so that "while the cluster is updating" lasts exactly as long as the test needs.
std::optional<qint64> injectedNow()
{
    static const QString path = qEnvironmentVariable("CNPG_SIM_CLOCK");
    if (path.isEmpty())
        return std::nullopt;
    QFile f(path);
    bool ok = false;
    const qint64 ms = f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong(&ok) : 0;
    if (!ok)
        throw SimError{1, QStringLiteral("cnpg-sim: cannot read the clock in %1\n").arg(path)};
    return ms;
}
} // namespace

qint64 SimEnv::now()
{
    return injectedNow().value_or(QDateTime::currentMSecsSinceEpoch());
}

qint64 SimEnv::scaled(double seconds) const
{
    return qint64(seconds * timeScale * 1000.0 + 0.5);
}

void SimEnv::sleepUntil(qint64 epochMs)
{
    // An injected clock moves in steps: look at it often.
    const qint64 step = qEnvironmentVariableIsEmpty("CNPG_SIM_CLOCK") ? 200 : 10;
    for (qint64 left = epochMs - now(); left > 0; left = epochMs - now())
        QThread::msleep(quint64(qMin<qint64>(left, step)));
}

void SimEnv::latency(double seconds) const
{
    // Real time even under an injected clock: a read must not wait for the test to move it.
    if (const qint64 ms = scaled(seconds); ms > 0)
        QThread::msleep(quint64(ms));
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
