#include "LocalPostgres.h"

#include "FileLock.h"
#include "KubeStatus.h"
#include "OutputFormat.h"
#include "PgServer.h"
#include "SimEnv.h"
#include "SimError.h"
#include "State.h"
#include "StateStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSaveFile>
#include <csignal>
#include <cstdlib>
#include <pwd.h>
#include <unistd.h>

namespace cnpg::sim::localpg {

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

// What the simulated operator reports for one Cluster now.
struct Desired
{
    QString id; // a short hash of the AKS cluster, namespace and name: the servers' file prefix
    QString aks, ns, name;
    QString primary;
    QStringList ready;
    bool switching = false;
    QString database, owner;
    QByteArray password;
};

QString registryPath(const SimEnv& env)
{
    return env.statePath + s(".postgres.json");
}

QString clusterId(const QString& aks, const QString& ns, const QString& name)
{
    const QByteArray key =
        (aks.toLower() + QLatin1Char('|') + ns + QLatin1Char('/') + name).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(10));
}

QJsonObject loadRegistry(const SimEnv& env)
{
    QFile f(registryPath(env));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void saveRegistry(const SimEnv& env, const QJsonObject& registry)
{
    QSaveFile f(registryPath(env));
    if (!f.open(QIODevice::WriteOnly))
        throw SimError{
            1,
            QStringLiteral("cnpg-sim: cannot write %1: %2\n").arg(f.fileName(), f.errorString())};
    f.write(QJsonDocument(registry).toJson(QJsonDocument::Indented));
    if (!f.commit())
        throw SimError{
            1,
            QStringLiteral("cnpg-sim: cannot write %1: %2\n").arg(f.fileName(), f.errorString())};
}

QByteArray secretPassword(const QJsonObject& objects, const QString& ns, const QString& name)
{
    const QJsonObject secret = objects.value(s("Secret/") + ns + QLatin1Char('/') + name)
                                   .toObject()
                                   .value(s("object"))
                                   .toObject();
    return QByteArray::fromBase64(
        secret.value(s("data")).toObject().value(s("password")).toString().toLatin1());
}

Desired desiredOf(const State& st, const QJsonObject& aks, const QJsonObject& objects,
                  const QJsonObject& rec, qint64 now)
{
    const QJsonObject o = kubestatus::withStatus(st, aks, rec, now);
    const QJsonObject meta = o.value(s("metadata")).toObject();
    const QJsonObject status = o.value(s("status")).toObject();
    const QJsonObject initdb = o.value(s("spec"))
                                   .toObject()
                                   .value(s("bootstrap"))
                                   .toObject()
                                   .value(s("initdb"))
                                   .toObject();
    Desired d;
    d.aks = aks.value(s("id")).toString();
    d.ns = meta.value(s("namespace")).toString(s("default"));
    d.name = meta.value(s("name")).toString();
    d.id = clusterId(d.aks, d.ns, d.name);
    d.primary = status.value(s("currentPrimary")).toString();
    for (const QJsonValue& n : status.value(s("instanceNames")).toArray())
        d.ready << n.toString();
    d.switching = status.value(s("currentPrimary")) != status.value(s("targetPrimary"));
    d.database = initdb.value(s("database")).toString(s("app"));
    d.owner = initdb.value(s("owner")).toString(d.database);
    const QString secret = initdb.value(s("secret")).toObject().value(s("name")).toString();
    if (!secret.isEmpty())
        d.password = secretPassword(objects, d.ns, secret);
    return d;
}

// Every Cluster of every AKS cluster that is not being deleted.
QList<Desired> desiredState(StateStore& store)
{
    QList<Desired> out;
    store.read([&](State& st) {
        const qint64 now = SimEnv::now();
        for (const QJsonObject& aks : st.resources()) {
            if (!aks.contains(s("kube")) || aks.contains(s("goneAt")))
                continue;
            const QJsonObject objects =
                aks.value(s("kube")).toObject().value(s("objects")).toObject();
            for (auto it = objects.begin(); it != objects.end(); ++it) {
                if (it.key().startsWith(QLatin1String("Cluster/")))
                    out << desiredOf(st, aks, objects, it.value().toObject(), now);
            }
        }
    });
    return out;
}

QString quoteIdent(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), s("\"\"")) + QLatin1Char('"');
}

// The role and database of the Cluster's initdb bootstrap, as the operator creates them. The
// statement that carries the password is never logged, even when it fails.
QByteArray bootstrapSql(const Desired& d)
{
    QString sql = s("SET log_min_error_statement = panic;\nSET log_statement = 'none';\n");
    sql += s("CREATE ROLE ") + quoteIdent(d.owner) + s(" LOGIN");
    if (!d.password.isEmpty())
        sql += s(" PASSWORD '") +
               QString::fromUtf8(d.password).replace(QLatin1Char('\''), s("''")) +
               QLatin1Char('\'');
    sql += s(";\nCREATE DATABASE ") + quoteIdent(d.database) + s(" OWNER ") + quoteIdent(d.owner) +
           s(";\n");
    return sql.toUtf8();
}

// psql's error output may quote the statement, password and all: only its exit code is kept.
PgServer::Result bootstrap(const PgServer& pg, const Desired& d)
{
    PgServer::Result r = pg.runSql(bootstrapSql(d));
    r.out.clear();
    if (!r.ok())
        r.err = QStringLiteral("psql exited with %1").arg(r.exitCode).toUtf8();
    return r;
}

// One reconciliation: the registry, the servers' directory and the failures met.
class Reconciler
{
public:
    // `budget`: how many servers this reconciliation may make (-1: all it needs).
    Reconciler(const SimEnv& env, PgTools tools, int budget = -1)
        : m_env(env)
        , m_tools(std::move(tools))
        , m_registry(loadRegistry(env))
        , m_root(m_registry.value(QStringLiteral("root")).toString())
        , m_budget(budget)
    {}

    void run(const QList<Desired>& desired);
    void stopAll();
    const QStringList& failures() const { return m_failures; }
    const QJsonObject& registry() const { return m_registry; }

private:
    QString root();
    PgServer server(const QString& id, const QString& instance, int port) const
    {
        return PgServer(m_tools, m_root + QLatin1Char('/') + id + QLatin1Char('-') + instance,
                        m_root, port);
    }
    bool check(const PgServer::Result& r, const QString& what);
    void converge(const Desired& d, QJsonObject& entry);
    // `port` 0: a free one.
    bool create(const Desired& d, QJsonObject& entry, const QString& instance, bool primary,
                int port = 0);
    void switchover(const Desired& d, QJsonObject& entry);
    void remove(const QString& id, const QJsonObject& entry);
    void save(const QString& id, const QJsonObject& entry);

    const SimEnv& m_env;
    PgTools m_tools;
    QJsonObject m_registry;
    QString m_root;
    int m_budget = -1;
    QStringList m_failures;
};

QString Reconciler::root()
{
    if (!m_root.isEmpty() && QDir(m_root).exists())
        return m_root;
    QByteArray templ = QFile::encodeName(QDir::tempPath() + s("/cnpg-sim-pg-XXXXXX"));
    if (!::mkdtemp(templ.data()))
        throw SimError{1, s("cnpg-sim: cannot create a directory for the database servers\n")};
    m_root = QFile::decodeName(templ);
    if (!m_tools.runAs.isEmpty()) {
        const passwd* pw = ::getpwnam(m_tools.runAs.toLocal8Bit().constData());
        if (!pw || ::chown(templ.constData(), pw->pw_uid, pw->pw_gid) != 0)
            throw SimError{
                1, QStringLiteral("cnpg-sim: cannot give %1 to %2\n").arg(m_root, m_tools.runAs)};
    }
    m_registry.insert(s("root"), m_root);
    saveRegistry(m_env, m_registry);
    return m_root;
}

bool Reconciler::check(const PgServer::Result& r, const QString& what)
{
    if (!r.ok())
        m_failures << what + s(": ") + QString::fromLocal8Bit(r.err + r.out).trimmed();
    return r.ok();
}

void Reconciler::save(const QString& id, const QJsonObject& entry)
{
    QJsonObject clusters = m_registry.value(s("clusters")).toObject();
    clusters.insert(id, entry);
    m_registry.insert(s("clusters"), clusters);
    saveRegistry(m_env, m_registry);
}

bool Reconciler::create(const Desired& d, QJsonObject& entry, const QString& instance, bool primary,
                        int port)
{
    if (m_budget == 0)
        return false; // left to the next call
    if (m_budget > 0)
        --m_budget;
    QJsonObject instances = entry.value(s("instances")).toObject();
    const int primaryPort =
        instances.value(entry.value(s("primary")).toString()).toObject().value(s("port")).toInt();
    PgServer pg = server(d.id, instance, port > 0 ? port : PgServer::freePort());
    pg.wipe(); // what a killed reconciliation may have left
    const bool made = primary ? check(pg.initPrimary(), instance + s(": initdb"))
                              : check(pg.cloneFrom(server(d.id, {}, primaryPort)),
                                      instance + s(": pg_basebackup"));
    if (!made || !check(pg.start(), instance + s(": start")) ||
        (primary && !check(bootstrap(pg, d), instance + s(": bootstrap")))) {
        pg.wipe();
        return false;
    }
    instances.insert(instance, QJsonObject{{s("port"), pg.port()}});
    entry.insert(s("instances"), instances);
    if (primary)
        entry.insert(s("primary"), instance);
    save(d.id, entry);
    return true;
}

// The former primary shuts down cleanly (its last WAL reaches the standbys), the chosen
// standby is promoted, and every other instance is copied again from it (simpler than
// pg_rewind, and the simulated databases are small), on the port it had, as a pod keeps its
// address.
void Reconciler::switchover(const Desired& d, QJsonObject& entry)
{
    const QJsonObject instances = entry.value(s("instances")).toObject();
    const QString former = entry.value(s("primary")).toString();
    check(server(d.id, former, instances.value(former).toObject().value(s("port")).toInt()).stop(),
          former + s(": stop"));
    PgServer target =
        server(d.id, d.primary, instances.value(d.primary).toObject().value(s("port")).toInt());
    if (!check(target.promote(), d.primary + s(": promote")))
        return;
    entry.insert(s("primary"), d.primary);
    QJsonObject left{{d.primary, instances.value(d.primary)}};
    entry.insert(s("instances"), left);
    save(d.id, entry);
    for (auto it = instances.begin(); it != instances.end(); ++it) {
        if (it.key() != d.primary) {
            const int port = it.value().toObject().value(s("port")).toInt();
            server(d.id, it.key(), port).wipe();
            if (d.ready.contains(it.key()))
                create(d, entry, it.key(), false, port);
        }
    }
}

void Reconciler::converge(const Desired& d, QJsonObject& entry)
{
    if (d.ready.isEmpty() || d.switching)
        return; // nothing runs yet, or the operator is between two primaries
    root();
    // Servers whose files are gone (a cleaned temporary directory) are forgotten; standbys
    // without their primary are of no use, and the cluster starts again from initdb.
    QJsonObject instances = entry.value(s("instances")).toObject();
    const QString primary = entry.value(s("primary")).toString();
    if (!primary.isEmpty() && !server(d.id, primary, 0).exists()) {
        for (auto it = instances.begin(); it != instances.end(); ++it)
            server(d.id, it.key(), 0).wipe();
        instances = {};
        entry.remove(s("primary"));
    }
    for (auto it = instances.begin(); it != instances.end();) {
        PgServer pg = server(d.id, it.key(), it.value().toObject().value(s("port")).toInt());
        const bool keep = pg.exists() && d.ready.contains(it.key());
        if (!keep)
            pg.wipe();
        else if (!pg.isRunning()) // a reboot, or a server someone stopped
            check(pg.start(), it.key() + s(": start"));
        it = keep ? std::next(it) : instances.erase(it);
    }
    entry.insert(s("instances"), instances);
    // Written only when something changed: every simulated call ends here.
    if (m_registry.value(s("clusters")).toObject().value(d.id).toObject() != entry)
        save(d.id, entry);
    if (!entry.contains(s("primary")) && !create(d, entry, d.primary, true))
        return;
    if (entry.value(s("primary")).toString() != d.primary && instances.contains(d.primary))
        switchover(d, entry);
    for (const QString& instance : d.ready) {
        if (!entry.value(s("instances")).toObject().contains(instance))
            create(d, entry, instance, false);
    }
}

void Reconciler::remove(const QString& id, const QJsonObject& entry)
{
    const QJsonObject instances = entry.value(s("instances")).toObject();
    for (auto it = instances.begin(); it != instances.end(); ++it)
        server(id, it.key(), 0).wipe();
}

void Reconciler::run(const QList<Desired>& desired)
{
    QJsonObject clusters = m_registry.value(s("clusters")).toObject();
    QStringList wanted;
    for (const Desired& d : desired) {
        wanted << d.id;
        QJsonObject entry = clusters.value(d.id).toObject();
        if (entry.isEmpty())
            entry = {{s("aks"), d.aks},
                     {s("namespace"), d.ns},
                     {s("name"), d.name},
                     {s("database"), d.database},
                     {s("owner"), d.owner}};
        converge(d, entry);
    }
    clusters = m_registry.value(s("clusters")).toObject();
    for (const QString& id : clusters.keys()) {
        if (!wanted.contains(id)) {
            remove(id, clusters.value(id).toObject());
            clusters.remove(id);
            m_registry.insert(s("clusters"), clusters);
            saveRegistry(m_env, m_registry);
        }
    }
    if (clusters.isEmpty() && !m_root.isEmpty())
        stopAll();
}

void Reconciler::stopAll()
{
    const QJsonObject clusters = m_registry.value(s("clusters")).toObject();
    for (auto it = clusters.begin(); it != clusters.end(); ++it)
        remove(it.key(), it.value().toObject());
    if (!m_root.isEmpty())
        QDir(m_root).removeRecursively();
    m_registry = {};
    QFile::remove(registryPath(m_env));
}

QString lockPath(const SimEnv& env)
{
    return env.statePath + s(".postgres.lock");
}

void report(const SimEnv& env, const QStringList& failures, bool print)
{
    if (failures.isEmpty())
        return;
    QFile log(env.statePath + s(".postgres.log"));
    if (log.open(QIODevice::Append))
        log.write((QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + QLatin1Char(' ') +
                   failures.join(s("\n  ")) + QLatin1Char('\n'))
                      .toUtf8());
    if (print)
        err(s("cnpg-sim: the local PostgreSQL servers: ") + failures.join(s("\n  ")) +
            QLatin1Char('\n'));
}

} // namespace

// The executor stops the pollers it no longer needs (SIGTERM, then SIGKILL after a grace
// period). A reconciliation stopped half-way would leave an initdb, a copy or a server running
// that the registry does not know: the termination waits until it is done, and a call that
// only passes by makes one server at most, well within the grace period.
class TerminationDeferred
{
public:
    TerminationDeferred()
    {
        sigset_t set;
        sigemptyset(&set);
        for (const int signal : {SIGTERM, SIGINT, SIGHUP})
            sigaddset(&set, signal);
        sigprocmask(SIG_BLOCK, &set, &m_previous);
    }
    ~TerminationDeferred() { sigprocmask(SIG_SETMASK, &m_previous, nullptr); }
    TerminationDeferred(const TerminationDeferred&) = delete;
    TerminationDeferred& operator=(const TerminationDeferred&) = delete;

private:
    sigset_t m_previous;
};

void reconcile(const SimEnv& env, StateStore& store, Wait wait)
{
    const PgTools tools = PgTools::find();
    if (!tools.isValid())
        return;
    FileLock lock(lockPath(env), wait == Wait::Block ? FileLock::Mode::Wait : FileLock::Mode::Try);
    if (!lock.isHeld())
        return;
    const TerminationDeferred deferred;
    const QList<Desired> desired = desiredState(store);
    if (desired.isEmpty() && !QFile::exists(registryPath(env)))
        return;
    Reconciler r(env, tools, wait == Wait::Block ? -1 : 1);
    r.run(desired);
    report(env, r.failures(), wait == Wait::Block);
}

void stopAll(const SimEnv& env)
{
    if (!QFile::exists(registryPath(env)))
        return;
    // Whatever CNPG_SIM_POSTGRES says now: servers that were started are stopped.
    FileLock lock(lockPath(env), FileLock::Mode::Wait);
    Reconciler r(env, PgTools::find(PgTools::Switch::Ignore));
    r.stopAll();
}

namespace {

QJsonObject listing(const QJsonObject& registry, const PgTools& tools)
{
    const QString root = registry.value(s("root")).toString();
    QJsonArray clusters;
    const QJsonObject entries = registry.value(s("clusters")).toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        QJsonObject c = it.value().toObject();
        const QString primary = c.value(s("primary")).toString();
        QJsonArray instances;
        const QJsonObject servers = c.value(s("instances")).toObject();
        for (auto i = servers.begin(); i != servers.end(); ++i) {
            const int port = i.value().toObject().value(s("port")).toInt();
            const PgServer pg(
                tools, root + QLatin1Char('/') + it.key() + QLatin1Char('-') + i.key(), root, port);
            instances.append(
                QJsonObject{{s("name"), i.key()},
                            {s("host"), s("127.0.0.1")},
                            {s("port"), port},
                            {s("role"), i.key() == primary ? s("primary") : s("replica")},
                            {s("running"), pg.isRunning()}});
        }
        c.insert(s("instances"), instances);
        clusters.append(c);
    }
    return {{s("enabled"), tools.isValid()}, {s("directory"), root}, {s("clusters"), clusters}};
}

} // namespace

int command(const SimEnv& env, StateStore& store, const QStringList& args)
{
    const QString sub = args.value(0, s("list"));
    if (sub == QLatin1String("stop") && args.size() <= 1) {
        stopAll(env);
        return 0;
    }
    if (sub != QLatin1String("list") || args.size() > 1)
        throw SimError{2, s("usage: cnpg-sim local-postgres [list|stop]\n")};
    reconcile(env, store, Wait::Block);
    out(OutputFormat::json(listing(loadRegistry(env), PgTools::find())));
    return 0;
}

int psql(const SimEnv& env, StateStore& store, const QString& aksId, const QString& ns,
         const QString& name, bool replica, const QStringList& psqlArgs)
{
    const PgTools tools = PgTools::find();
    if (!tools.isValid())
        return -1;
    reconcile(env, store, Wait::Block);
    const QJsonObject registry = loadRegistry(env);
    const QJsonObject entry =
        registry.value(s("clusters")).toObject().value(clusterId(aksId, ns, name)).toObject();
    const QString primary = entry.value(s("primary")).toString();
    const QJsonObject servers = entry.value(s("instances")).toObject();
    QString instance = replica ? QString() : primary;
    for (const QString& n : servers.keys()) {
        if (replica && n != primary && instance.isEmpty())
            instance = n;
    }
    if (instance.isEmpty() || !servers.contains(instance))
        throw SimError{1, QStringLiteral("cnpg-sim: no local PostgreSQL server stands behind "
                                         "%1/%2 (see %3)\n")
                              .arg(ns, name, env.statePath + s(".postgres.log"))};
    QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
    for (const QString& key : pe.keys()) {
        if (key.startsWith(QLatin1String("PG")))
            pe.remove(key);
    }
    // As in the pod: the superuser over the local socket, to its own database.
    pe.insert(s("PGHOST"), registry.value(s("root")).toString());
    pe.insert(s("PGPORT"),
              QString::number(servers.value(instance).toObject().value(s("port")).toInt()));
    pe.insert(s("PGUSER"), s("postgres"));
    pe.insert(s("PGDATABASE"), s("postgres"));
    QProcess p;
    p.setProcessEnvironment(pe);
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(tools.program("psql"), psqlArgs);
    p.closeWriteChannel();
    // A one-shot tool: it waits for its psql, as kubectl exec waits for the pod's.
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit)
        throw SimError{1, s("command terminated with exit code 137\n")};
    if (p.exitCode() != 0)
        err(QStringLiteral("command terminated with exit code %1\n").arg(p.exitCode()));
    return p.exitCode();
}

} // namespace cnpg::sim::localpg
