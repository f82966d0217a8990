// A deployment in simulation mode with PostgreSQL's server programs installed: the simulated
// Cluster is a real primary and real streaming standbys on loopback ports. The run's connection
// test goes through them; psql reaches them as the application user with the secret's password;
// the wizard's failover test (DatabaseAccess) promotes a real standby; and deleting the resource
// group leaves no server process behind.

#include "SimWorld.h"
#include "process/ProcessLauncher.h"
#include "run/DatabaseAccess.h"
#include "settings/Settings.h"
#include "settings/SettingsFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace cnpg;

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

// The servers as `cnpg-sim local-postgres list` reports them.
struct Servers
{
    bool enabled = false;
    QString directory;
    QString primary;
    QString database;
    QMap<QString, int> ports;    // instance -> port
    QMap<QString, bool> running; // instance -> running
};

Servers listServers(const SimWorld& world)
{
    const SimWorld::Result r = world.sim({s("local-postgres"), s("list")});
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    Servers out;
    out.enabled = o.value(s("enabled")).toBool();
    out.directory = o.value(s("directory")).toString();
    const QJsonArray clusters = o.value(s("clusters")).toArray();
    if (clusters.size() != 1)
        return out;
    out.primary = clusters.first().toObject().value(s("primary")).toString();
    out.database = clusters.first().toObject().value(s("database")).toString();
    for (const QJsonValue& v : clusters.first().toObject().value(s("instances")).toArray()) {
        const QJsonObject i = v.toObject();
        out.ports.insert(i.value(s("name")).toString(), i.value(s("port")).toInt());
        out.running.insert(i.value(s("name")).toString(), i.value(s("running")).toBool());
    }
    return out;
}

// psql from outside, over TCP as the application user, as a user connects to a service.
QString query(int port, const QString& database, const QString& password, const QString& sql,
              QString* error = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(s("PGPASSWORD"), password);
    env.insert(s("PGCONNECT_TIMEOUT"), s("30"));
    p.setProcessEnvironment(env);
    p.start(s("psql"),
            {s("--no-psqlrc"), s("--quiet"), s("--tuples-only"), s("--no-align"),
             QStringLiteral("host=127.0.0.1 port=%1 user=app dbname=%2").arg(port).arg(database),
             s("--command"), sql});
    p.waitForFinished(-1);
    if (error)
        *error = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    return p.exitCode() == 0 ? QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed()
                             : QString();
}

// Processes whose command line names the servers' directory.
QList<qint64> serverProcesses(const QString& directory)
{
    QList<qint64> out;
    if (directory.isEmpty())
        return out;
    for (const QString& entry : QDir(s("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (ok && cmdline.open(QIODevice::ReadOnly) &&
            cmdline.readAll().contains(QFile::encodeName(directory)))
            out << pid;
    }
    return out;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Whatever a failing check leaves running is stopped with the test.
struct StopServers
{
    const SimWorld& world;
    ~StopServers() { world.sim({s("local-postgres"), s("stop")}); }
};

} // namespace

class TestLocalPostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(SimWorld::simProgram()).isExecutable(), "cnpg-sim is not built");
        SimWorld probe;
        QString error;
        QVERIFY2(probe.init({}, s("0"), &error, true), qPrintable(error));
        if (!listServers(probe).enabled || QStandardPaths::findExecutable(s("psql")).isEmpty())
            QSKIP("PostgreSQL's server programs are not installed (the README's test command "
                  "installs them)");
    }

    void deployConnectFailOverTearDown()
    {
        SimWorld world;
        QString error;
        QVERIFY2(world.init({}, s("0.002"), &error, true), qPrintable(error));
        const StopServers stop{world};
        Settings settings = Settings::withGeneratedIds();
        settings.setValue(keys::ClientIp, s("203.0.113.10"));
        const QString settingsFile = world.path(s("settings.json"));
        QVERIFY(SettingsFile::save(settingsFile, settings));

        // The run's own connection test asks the real servers through kubectl cnpg psql.
        const SimWorld::Result run =
            world.runApp({s("--apply"), s("--simulate"), s("--settings"), settingsFile});
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err + "\nThe servers' failures:\n" +
                                               readAll(world.statePath() + s(".postgres.log")))
                                        .constData());
        QVERIFY(run.out.contains("verify.sql.primary Succeeded"));
        QVERIFY(run.out.contains("verify.sql.replica Succeeded"));

        const QString pg = settings.value(keys::PgClusterName);
        Servers servers = listServers(world);
        QCOMPARE(servers.ports.keys(), (QStringList{pg + s("-1"), pg + s("-2"), pg + s("-3")}));
        QCOMPARE(servers.primary, pg + s("-1"));
        for (bool up : std::as_const(servers.running))
            QVERIFY(up);

        // The password as the wizard reads it back: from the cluster's secret.
        QProcessLauncher launcher;
        QHash<QString, QString> values;
        for (const QString& key : {keys::PgNamespace, keys::ClusterName, keys::PgClusterName})
            values.insert(key, settings.value(key));
        DatabaseAccess access(launcher, world.environment(), values);
        QSignalSpy read(&access, &DatabaseAccess::passwordRead);
        QSignalSpy failed(&access, &DatabaseAccess::failed);
        access.readPassword();
        QTRY_VERIFY_WITH_TIMEOUT(!read.isEmpty() || !failed.isEmpty(), 120000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
        const QString password = read.first().first().toString();

        // The password reached the servers as a SCRAM verifier only: no log of theirs, nor the
        // simulator's registry or failure log, holds it.
        QStringList files = QDir(servers.directory).entryList({s("*.log")}, QDir::Files);
        for (QString& f : files)
            f = servers.directory + QLatin1Char('/') + f;
        files << world.statePath() + s(".postgres.json") << world.statePath() + s(".postgres.log");
        QVERIFY(files.size() >= 4);
        for (const QString& path : std::as_const(files)) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(password.toUtf8()), qPrintable(path));
        }

        const QString primary = servers.primary;
        const QString standby = pg + s("-2");
        const QString db = servers.database;
        QVERIFY(!db.isEmpty());
        QCOMPARE(query(servers.ports.value(primary), db, password, s("SELECT pg_is_in_recovery()"),
                       &error),
                 s("f"));
        QCOMPARE(query(servers.ports.value(standby), db, password, s("SELECT pg_is_in_recovery()")),
                 s("t"));
        // The application user owns its database on the primary; a standby refuses writes.
        QCOMPARE(query(servers.ports.value(primary), db, password,
                       s("CREATE TABLE t (v int); INSERT INTO t VALUES (42); SELECT v FROM t")),
                 s("42"));
        query(servers.ports.value(standby), db, password, s("CREATE TABLE u (v int)"), &error);
        QVERIFY2(error.contains(s("read-only transaction")), qPrintable(error));
        // A wrong password is refused: the servers check it.
        query(servers.ports.value(primary), db, s("wrong"), s("SELECT 1"), &error);
        QVERIFY2(error.contains(s("password authentication failed")), qPrintable(error));

        // The wizard's failover test: a standby promoted, reported as primary by the cluster.
        access.setPolling(200, 600);
        QSignalSpy finished(&access, &DatabaseAccess::failoverFinished);
        access.testFailover();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 180000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
        const QString promoted = finished.first().at(1).toString();
        QCOMPARE(finished.first().at(0).toString(), primary);
        QVERIFY(promoted != primary);

        servers = listServers(world);
        QCOMPARE(servers.primary, promoted);
        QCOMPARE(query(servers.ports.value(promoted), db, password, s("SELECT pg_is_in_recovery()"),
                       &error),
                 s("f"));
        // The data written before the failover is on the new primary, and the former primary
        // follows it as a standby.
        QCOMPARE(query(servers.ports.value(promoted), db, password, s("SELECT v FROM t")), s("42"));
        QCOMPARE(query(servers.ports.value(primary), db, password, s("SELECT pg_is_in_recovery()")),
                 s("t"));
        const QString directory = servers.directory;
        QVERIFY(!serverProcesses(directory).isEmpty());

        // Deleting the resource group takes the servers with the cluster.
        const SimWorld::Result deleted =
            world.sim({s("az"), s("group"), s("delete"), s("--name"),
                       settings.value(keys::ResourceGroup), s("--yes"), s("--no-wait")});
        QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
        QCOMPARE(serverProcesses(directory), QList<qint64>());
        QVERIFY(!QFileInfo::exists(directory));
        QVERIFY(listServers(world).ports.isEmpty());
    }

    // What the tests' own clean-up and `cnpg-sim reset` do: every server stops, its files go.
    void stopAndResetLeaveNothing_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("local-postgres stop") << QStringList{s("local-postgres"), s("stop")};
        QTest::newRow("reset") << QStringList{s("reset")};
    }

    void stopAndResetLeaveNothing()
    {
        QFETCH(QStringList, command);
        SimWorld world;
        QString error;
        QVERIFY2(world.init({}, s("0.002"), &error, true), qPrintable(error));
        const StopServers stop{world};
        Settings settings = Settings::withGeneratedIds();
        const QString settingsFile = world.path(s("settings.json"));
        QVERIFY(SettingsFile::save(settingsFile, settings));
        const SimWorld::Result run =
            world.runApp({s("--apply"), s("--simulate"), s("--settings"), settingsFile});
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        const Servers servers = listServers(world);
        QCOMPARE(servers.ports.size(), 3);
        QVERIFY(!serverProcesses(servers.directory).isEmpty());

        QCOMPARE(world.sim(command).exitCode, 0);
        QCOMPARE(serverProcesses(servers.directory), QList<qint64>());
        QVERIFY(!QFileInfo::exists(servers.directory));
        QVERIFY(!QFileInfo::exists(world.statePath() + s(".postgres.json")));
    }
};

QTEST_GUILESS_MAIN(TestLocalPostgres)
#include "tst_localpostgres.moc"
