#pragma once
// One real PostgreSQL server standing behind a simulated CloudNativePG instance, made with the
// server programs installed here (initdb, pg_ctl, pg_basebackup). It listens on a loopback port
// and on a socket in the private directory of its deployment's servers. When the simulator runs
// as root the programs run as an unprivileged user, since initdb and the server refuse root.
//
// The simulator is a one-shot command-line tool with no event loop to keep responsive, so these
// operations wait for the programs they start, each with a deadline.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cnpg::sim {

struct PgTools
{
    QString binDir; // where initdb, pg_ctl, pg_basebackup and psql are; empty: none here
    QString runAs;  // the user the server programs run as when we are root, else empty

    enum class Switch
    {
        Honour, // CNPG_SIM_POSTGRES=off finds nothing
        Ignore, // to stop servers started while it was on
    };
    // CNPG_SIM_POSTGRES=off turns the real servers off; CNPG_SIM_PG_BIN names the programs'
    // directory; otherwise initdb on PATH, then the newest /usr/lib/postgresql/<major>/bin.
    static PgTools find(Switch onOff = Switch::Honour);
    bool isValid() const { return !binDir.isEmpty(); }
    QString program(const char* name) const;
};

class PgServer
{
public:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        bool ok() const { return exitCode == 0; }
    };

    PgServer(PgTools tools, QString dataDir, QString socketDir, int port);

    const QString& dataDir() const { return m_dataDir; }
    int port() const { return m_port; }
    bool exists() const;
    bool isRunning() const;

    // A new primary: initdb with trust on its private socket and SCRAM on loopback.
    Result initPrimary();
    // A streaming standby of `primary`, copied with pg_basebackup.
    Result cloneFrom(const PgServer& primary);
    Result start();
    Result stop(bool immediate = false);
    Result promote();
    // Runs SQL (on standard input, so that no password is on a command line) as the superuser.
    Result runSql(const QByteArray& sql) const;
    // Stops the server, whatever its state, and removes its files.
    void wipe();

    // A loopback TCP port that nothing listens on now.
    static int freePort();
    // Runs a program of the tools with the server user's rights when `asServerUser`.
    static Result run(const PgTools& tools, const QString& program, const QStringList& args,
                      const QByteArray& input = {}, bool asServerUser = true);

private:
    Result configure();
    QString logFile() const { return m_dataDir + QStringLiteral(".log"); }

    PgTools m_tools;
    QString m_dataDir;
    QString m_socketDir;
    int m_port;
};

} // namespace cnpg::sim
