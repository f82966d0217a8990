#pragma once
// Runs the simulated tools the way the app and the exported script do: through az, kubectl and
// helm shims in a private directory, with a private state file.

#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

struct SimResult
{
    int code = -1;
    QString out;
    QString err;
};

class SimHarness
{
public:
    SimHarness();

    bool isValid() const { return m_valid; }
    QString dir() const { return m_dir.path(); }
    QString shims() const { return m_dir.filePath(QStringLiteral("shims")); }
    QString statePath() const { return m_dir.filePath(QStringLiteral("state.json")); }
    static QString simBinary();

    double timeScale = 0;
    QString faults;
    QString clientIp;  // CNPG_SIM_CLIENT_IP
    QString durations; // CNPG_SIM_DURATIONS
    QProcessEnvironment environment() const;

    // The simulator's clock (CNPG_SIM_CLOCK): from the first call on, simulated time is what the
    // test sets, in epoch milliseconds, and stands still in between.
    void setClock(qint64 epochMs);
    qint64 clock() const { return m_clockMs; }

    // Runs tool ("az", "kubectl", "helm" or "cnpg-sim") and waits for it.
    SimResult run(const QString& tool, const QStringList& args, int timeoutMs = 60000) const;
    // Starts it without waiting; the caller owns the process.
    QProcess* start(const QString& tool, const QStringList& args) const;
    static SimResult finish(QProcess* p, int timeoutMs = 60000);
    // Runs an az command that must succeed; returns its stdout, trimmed, or "<exit N>".
    QString az(const QStringList& args) const;
    // A resource group rg-test and, when asked, a cluster aks1 (autoscaler 2-3, so 3 nodes,
    // Azure Monitor metrics) with its credentials.
    bool prepare(bool cluster) const;
    QJsonObject dump() const;
    // The dump's resources of one type.
    QList<QJsonObject> resources(const QString& type) const;

private:
    QTemporaryDir m_dir;
    bool m_valid = false;
    qint64 m_clockMs = -1; // -1: the wall clock
};
