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
    static QString simProgram();
    static QString wizardProgram();

    // Builds the tools' environment as the app does (ToolEnvironment) and a krew release.
    bool init(const QString& faults, const QString& timeScale, QString* error);

    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString statePath() const;
    const QProcessEnvironment& environment() const { return m_env; }
    QString krewUrl() const { return m_krewUrl; }

    QJsonObject dump() const;
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
