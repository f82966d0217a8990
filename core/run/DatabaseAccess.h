#pragma once

#include <QHash>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <functional>

class QTimer;

namespace cnpg {

class ProcessLauncher;
struct ProcessResult;

// The database a deployment made, once it stands: how to reach it from outside, the
// application user's password read back from the cluster (only when asked, never stored or
// logged), and the validation guide's failover test (`kubectl cnpg promote` of a standby, then
// waiting until the cluster reports it as its primary). Returns codes and data; the front end
// words them.
class DatabaseAccess : public QObject
{
    Q_OBJECT
public:
    // Where the public services answer, from a run's values (settings and captures).
    struct Endpoint
    {
        QString host;    // the DNS label's name, <label>.<region>.cloudapp.azure.com
        QString address; // the static public IP, when the run captured it
        int readWritePort = 5432;
        int readOnlyPort = 5433;
        QString database; // the one the Cluster's bootstrap creates
        QString user;     // its owner, whose password is the secret's
    };
    enum class Operation
    {
        ReadPassword,
        Failover,
    };
    Q_ENUM(Operation)
    enum class Failure
    {
        Command,   // a tool failed (detail: its error output)
        BadOutput, // its output is not what the step expects (detail: the output)
        NoStandby, // nothing to promote: the cluster has no ready standby
        Timeout,   // the cluster did not report the new primary in time
        Busy,      // the same operation is still running
    };
    Q_ENUM(Failure)

    static Endpoint endpoint(const QHash<QString, QString>& values);
    // `psql` with a connection string for the read-write or the read-only service (no
    // password: psql asks for it, or reads PGPASSWORD).
    static QStringList psqlArguments(const Endpoint& endpoint, bool readOnly);

    DatabaseAccess(ProcessLauncher& launcher, QProcessEnvironment environment,
                   QHash<QString, QString> values, QObject* parent = nullptr);
    ~DatabaseAccess() override;

    // How often the failover test asks for the current primary, and how many times before it
    // gives up (by default every 2 s for 10 minutes).
    void setPolling(int intervalMs, int attempts);

    const QHash<QString, QString>& values() const { return m_values; }
    void readPassword();
    void testFailover();
    bool isBusy(Operation operation) const;

signals:
    void passwordRead(const QString& password);
    // The failover has begun (the standby chosen), then the cluster reports it as primary.
    void failoverStarted(const QString& formerPrimary, const QString& newPrimary);
    void failoverFinished(const QString& formerPrimary, const QString& newPrimary);
    void failed(cnpg::DatabaseAccess::Operation operation, cnpg::DatabaseAccess::Failure failure,
                const QString& detail);

private:
    using Handler = std::function<void(const ProcessResult&)>;
    void kubectl(const QStringList& args, Handler handler);
    QStringList where() const;
    void onClusterRead(const ProcessResult& result);
    void poll();
    void fail(Operation operation, Failure failure, const QString& detail);

    ProcessLauncher& m_launcher;
    QProcessEnvironment m_environment;
    QHash<QString, QString> m_values;
    QTimer* m_pollTimer;
    int m_pollAttempts = 300;
    int m_pollsLeft = 0;
    bool m_readingPassword = false;
    bool m_failingOver = false;
    QString m_formerPrimary;
    QString m_newPrimary;
};

} // namespace cnpg
