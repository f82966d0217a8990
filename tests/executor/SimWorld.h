#pragma once
// A private simulated Azure for one test: its own state file, shims, krew release, faults and
// time scale, and the simulator's view of what was created how often.

#include <QJsonObject>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

class SimWorld
{
public:
    struct Result
    {
        int exitCode = -1; // -9: crashed or never started
        QByteArray out;
        QByteArray err;
    };

    static QString simProgram();
    static QString wizardProgram();

    // Builds the tools' environment as the app does (ToolEnvironment) and a krew release.
    // The real PostgreSQL servers behind simulated Clusters are off unless `localPostgres`.
    bool init(const QString& faults, const QString& timeScale, QString* error,
              bool localPostgres = false);

    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString statePath() const;
    const QProcessEnvironment& environment() const { return m_env; }
    QString krewUrl() const { return m_krewUrl; }

    QJsonObject dump() const;
    // The environment the app runs in here (its data and cache under this world).
    QProcessEnvironment appEnvironment() const;
    // The headless app (e.g. --apply --simulate) in this world, to its end.
    Result runApp(const QStringList& args) const;
    // cnpg-sim ARGS (e.g. "kubectl ...", "local-postgres list") in this world.
    Result sim(const QStringList& args) const;
    // Any program in `env`, stdin closed, to its end.
    static Result run(const QString& program, const QStringList& args,
                      const QProcessEnvironment& env);
    // Every record of the dump with a createCount, by its id (or path in the dump).
    static QMap<QString, int> createCounts(const QJsonObject& dump);

    // Processes (other than ours) whose environment names this world's state file: children
    // left behind.
    QList<qint64> strayProcesses() const;
    // Direct children of this test process, reaped or not.
    static QList<qint64> childrenOf(qint64 pid);

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_krewUrl;
};
