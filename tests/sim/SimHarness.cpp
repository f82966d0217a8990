#include "SimHarness.h"

#include <QDebug>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

SimHarness::SimHarness()
{
    if (!m_dir.isValid())
        return;
    QDir().mkpath(m_dir.filePath(QStringLiteral("home")));
    QProcess p;
    p.start(simBinary(), {QStringLiteral("install-shims"), shims()});
    m_valid = p.waitForFinished(30000) && p.exitCode() == 0;
}

QString SimHarness::simBinary()
{
    return QStringLiteral(CNPG_BIN_DIR "/cnpg-sim");
}

QProcessEnvironment SimHarness::environment() const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("PATH"), shims() + QLatin1Char(':') + e.value(QStringLiteral("PATH")));
    e.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    e.insert(QStringLiteral("CNPG_SIM_STATE"), statePath());
    e.insert(QStringLiteral("CNPG_SIM_TIME_SCALE"), QString::number(timeScale));
    // Real database servers behind the Clusters are tst_localpostgres's subject, not these.
    e.insert(QStringLiteral("CNPG_SIM_POSTGRES"), QStringLiteral("off"));
    if (clientIp.isEmpty())
        e.remove(QStringLiteral("CNPG_SIM_CLIENT_IP"));
    else
        e.insert(QStringLiteral("CNPG_SIM_CLIENT_IP"), clientIp);
    if (m_clockMs < 0)
        e.remove(QStringLiteral("CNPG_SIM_CLOCK"));
    else
        e.insert(QStringLiteral("CNPG_SIM_CLOCK"), m_dir.filePath(QStringLiteral("clock")));
    if (durations.isEmpty())
        e.remove(QStringLiteral("CNPG_SIM_DURATIONS"));
    else
        e.insert(QStringLiteral("CNPG_SIM_DURATIONS"), durations);
    if (faults.isEmpty())
        e.remove(QStringLiteral("CNPG_SIM_FAULTS"));
    else
        e.insert(QStringLiteral("CNPG_SIM_FAULTS"), faults);
    return e;
}

void SimHarness::setClock(qint64 epochMs)
{
    // Atomic: a simulator reading the clock never sees half a number.
    QSaveFile f(m_dir.filePath(QStringLiteral("clock")));
    if (f.open(QIODevice::WriteOnly) && f.write(QByteArray::number(epochMs)) > 0 && f.commit())
        m_clockMs = epochMs;
    else
        qWarning() << "cannot set the simulator's clock in" << f.fileName();
}

QProcess* SimHarness::start(const QString& tool, const QStringList& args) const
{
    auto* p = new QProcess;
    p->setProcessEnvironment(environment());
    p->setWorkingDirectory(dir());
    const QString program =
        tool == QLatin1String("cnpg-sim") ? simBinary() : QDir(shims()).filePath(tool);
    p->start(program, args);
    return p;
}

SimResult SimHarness::finish(QProcess* p, int timeoutMs)
{
    SimResult r;
    // waitForFinished() is false for a process that has already finished.
    if (p->state() != QProcess::NotRunning)
        p->waitForFinished(timeoutMs);
    if (p->state() == QProcess::NotRunning && p->exitStatus() == QProcess::NormalExit)
        r.code = p->exitCode();
    r.out = QString::fromUtf8(p->readAllStandardOutput());
    r.err = QString::fromUtf8(p->readAllStandardError());
    delete p;
    return r;
}

SimResult SimHarness::run(const QString& tool, const QStringList& args, int timeoutMs) const
{
    return finish(start(tool, args), timeoutMs);
}

QJsonObject SimHarness::dump() const
{
    const SimResult r = run(QStringLiteral("cnpg-sim"), {QStringLiteral("dump")});
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QList<QJsonObject> SimHarness::resources(const QString& type) const
{
    QList<QJsonObject> out;
    const QJsonObject res = dump().value(QStringLiteral("resources")).toObject();
    for (auto it = res.begin(); it != res.end(); ++it) {
        if (it.value().toObject().value(QStringLiteral("type")).toString() == type)
            out << it.value().toObject();
    }
    return out;
}

QString SimHarness::az(const QStringList& args) const
{
    const SimResult r = run(QStringLiteral("az"), args);
    if (r.code != 0)
        qWarning().noquote() << "az" << args.join(QLatin1Char(' ')) << "->" << r.code << r.err;
    return r.code == 0 ? r.out.trimmed() : QStringLiteral("<exit %1>").arg(r.code);
}

bool SimHarness::prepare(bool cluster) const
{
    auto words = [](const char* s) {
        return QString::fromLatin1(s).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    if (az(words("group create -n rg-test -l westus3 -o none")) != QString())
        return false;
    if (!cluster)
        return true;
    return az(words("aks create -n aks1 -g rg-test --enable-cluster-autoscaler --min-count 2 "
                    "--max-count 3 --enable-azure-monitor-metrics -o none")) == QString() &&
           az(words("aks get-credentials -n aks1 -g rg-test -o none")) == QString();
}
