#include "PgServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QVersionNumber>
#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

namespace cnpg::sim {

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

// initdb, a backup copy and a start each take seconds; these bound a tool that hangs.
constexpr int ToolDeadlineMs = 120000;

QString newestLibPostgresql()
{
    const QDir dir(s("/usr/lib/postgresql"));
    QVersionNumber best;
    QString found;
    for (const QString& major : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber v = QVersionNumber::fromString(major);
        const QString bin = dir.filePath(major + s("/bin"));
        if (!v.isNull() && v > best && QFileInfo(bin + s("/initdb")).isExecutable()) {
            best = v;
            found = bin;
        }
    }
    return found;
}

} // namespace

PgTools PgTools::find(Switch onOff)
{
    PgTools t;
    const QString mode = qEnvironmentVariable("CNPG_SIM_POSTGRES").toLower();
    const bool off =
        mode == QLatin1String("off") || mode == QLatin1String("0") || mode == QLatin1String("no");
    if (off && onOff == Switch::Honour)
        return t;
    QString bin = qEnvironmentVariable("CNPG_SIM_PG_BIN");
    if (bin.isEmpty()) {
        const QString initdb = QStandardPaths::findExecutable(s("initdb"));
        bin = initdb.isEmpty() ? newestLibPostgresql()
                               : QFileInfo(QFileInfo(initdb).canonicalFilePath()).absolutePath();
    }
    for (const char* needed : {"initdb", "pg_ctl", "pg_basebackup", "psql"}) {
        if (bin.isEmpty() ||
            !QFileInfo(bin + QLatin1Char('/') + QLatin1String(needed)).isExecutable())
            return t;
    }
    if (::geteuid() == 0) {
        // initdb and postgres refuse root: the packaged server's own user when there is one.
        for (const char* user : {"postgres", "nobody"}) {
            if (::getpwnam(user)) {
                t.runAs = QLatin1String(user);
                break;
            }
        }
        if (t.runAs.isEmpty() || QStandardPaths::findExecutable(s("runuser")).isEmpty())
            return t;
    }
    t.binDir = bin;
    return t;
}

QString PgTools::program(const char* name) const
{
    return binDir + QLatin1Char('/') + QLatin1String(name);
}

PgServer::PgServer(PgTools tools, QString dataDir, QString socketDir, int port)
    : m_tools(std::move(tools))
    , m_dataDir(std::move(dataDir))
    , m_socketDir(std::move(socketDir))
    , m_port(port)
{}

PgServer::Result PgServer::run(const PgTools& tools, const QString& program,
                               const QStringList& args, const QByteArray& input, bool asServerUser)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The servers outlive this invocation: they get none of the simulator's settings, and no
    // libpq defaults of the caller's.
    for (const QString& key : env.keys()) {
        if (key.startsWith(QLatin1String("CNPG_SIM_")) || key.startsWith(QLatin1String("PG")))
            env.remove(key);
    }
    env.insert(s("LC_ALL"), s("C"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(QDir::tempPath());
    if (asServerUser && !tools.runAs.isEmpty())
        p.start(s("runuser"), QStringList{s("-u"), tools.runAs, s("--"), program} + args);
    else
        p.start(program, args);
    Result r;
    if (!p.waitForStarted(ToolDeadlineMs)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(ToolDeadlineMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = QStringLiteral("%1 did not finish in time\n").arg(program).toUtf8();
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

bool PgServer::exists() const
{
    return QFileInfo::exists(m_dataDir + s("/PG_VERSION"));
}

bool PgServer::isRunning() const
{
    QFile pidFile(m_dataDir + s("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return false;
    const qint64 pid = pidFile.readLine().trimmed().toLongLong();
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

PgServer::Result PgServer::initPrimary()
{
    const Result r = run(m_tools, m_tools.program("initdb"),
                         {s("--pgdata"), m_dataDir, s("--username"), s("postgres"),
                          s("--auth-local"), s("trust"), s("--auth-host"), s("scram-sha-256"),
                          s("--encoding"), s("UTF8"), s("--locale"), s("C"), s("--no-sync")});
    return r.ok() ? configure() : r;
}

PgServer::Result PgServer::cloneFrom(const PgServer& primary)
{
    // A fast checkpoint: the default spreads it over minutes. -R writes standby.signal and the
    // primary's connection, over its private socket.
    const Result r = run(m_tools, m_tools.program("pg_basebackup"),
                         {s("--pgdata"), m_dataDir, s("--host"), m_socketDir, s("--port"),
                          QString::number(primary.port()), s("--username"), s("postgres"),
                          s("--write-recovery-conf"), s("--checkpoint"), s("fast"),
                          s("--wal-method"), s("stream"), s("--no-sync")});
    return r.ok() ? configure() : r;
}

// This instance's own settings, after the copied ones (the last one read wins).
PgServer::Result PgServer::configure()
{
    QFile conf(m_dataDir + s("/postgresql.conf"));
    Result r;
    if (!conf.open(QIODevice::Append)) {
        r.err = conf.errorString().toUtf8();
        return r;
    }
    conf.write(QStringLiteral("\n# cnpg-sim: a simulated CloudNativePG instance\n"
                              "listen_addresses = '127.0.0.1'\n"
                              "port = %1\n"
                              "unix_socket_directories = '%2'\n"
                              "fsync = off\n"
                              "shared_buffers = 16MB\n"
                              "max_connections = 20\n")
                   .arg(m_port)
                   .arg(m_socketDir)
                   .toUtf8());
    r.exitCode = conf.error() == QFile::NoError ? 0 : 1;
    return r;
}

PgServer::Result PgServer::start()
{
    return run(m_tools, m_tools.program("pg_ctl"),
               {s("start"), s("--pgdata"), m_dataDir, s("--log"), logFile(), s("--wait"),
                s("--timeout"), s("60"), s("--silent")});
}

PgServer::Result PgServer::stop(bool immediate)
{
    return run(m_tools, m_tools.program("pg_ctl"),
               {s("stop"), s("--pgdata"), m_dataDir, s("--mode"),
                immediate ? s("immediate") : s("fast"), s("--wait"), s("--timeout"), s("60"),
                s("--silent")});
}

PgServer::Result PgServer::promote()
{
    return run(m_tools, m_tools.program("pg_ctl"),
               {s("promote"), s("--pgdata"), m_dataDir, s("--wait"), s("--timeout"), s("60"),
                s("--silent")});
}

PgServer::Result PgServer::runSql(const QByteArray& sql) const
{
    return run(m_tools, m_tools.program("psql"),
               {s("--no-psqlrc"), s("--quiet"), s("--set"), s("ON_ERROR_STOP=1"), s("--host"),
                m_socketDir, s("--port"), QString::number(m_port), s("--username"), s("postgres"),
                s("--dbname"), s("postgres"), s("--file"), s("-")},
               sql, false);
}

void PgServer::wipe()
{
    if (isRunning())
        stop(true);
    QDir(m_dataDir).removeRecursively();
    QFile::remove(logFile());
}

int PgServer::freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return 0;
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    socklen_t len = sizeof a;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    ::close(fd);
    return port;
}

} // namespace cnpg::sim
