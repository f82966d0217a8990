// After a deployment: the connection details, the application user's password read back from
// the cluster, and the failover test (promote a standby, wait until it is the primary), against
// a scripted launcher.
#include "FakeLauncher.h"
#include "run/DatabaseAccess.h"
#include "settings/SettingsSchema.h"

#include <QSignalSpy>
#include <QTest>

using namespace cnpg;

Q_DECLARE_METATYPE(FakeResponse)

namespace {

QHash<QString, QString> values()
{
    return {
        {keys::DnsPrefix, QStringLiteral("a0123456789")},
        {keys::Region, QStringLiteral("westus3")},
        {keys::PgNamespace, QStringLiteral("cnpg-database")},
        {keys::PgClusterName, QStringLiteral("pg1")},
        {keys::ClusterName, QStringLiteral("aks1")},
        {QStringLiteral("AKS_PRIMARY_CLUSTER_PUBLICIP_ADDRESS"), QStringLiteral("203.0.113.9")}};
}

FakeResponse ok(const QByteArray& out)
{
    return FakeResponse{5, 0, out, {}, false};
}

FakeResponse error(const QByteArray& err)
{
    return FakeResponse{5, 1, {}, err, false};
}

const QByteArray ThreeInstances =
    R"({"kind": "Cluster", "status": {"currentPrimary": "pg1-1", "targetPrimary": "pg1-1",
        "instanceNames": ["pg1-1", "pg1-2", "pg1-3"]}})";

} // namespace

class TestDatabaseAccess : public QObject
{
    Q_OBJECT

private slots:
    void endpointFromTheRunsValues()
    {
        const auto e = DatabaseAccess::endpoint(values());
        QCOMPARE(e.host, QStringLiteral("a0123456789.westus3.cloudapp.azure.com"));
        QCOMPARE(e.address, QStringLiteral("203.0.113.9"));
        QCOMPARE(e.readWritePort, 5432);
        QCOMPARE(e.readOnlyPort, 5433);
        QCOMPARE(e.database, QStringLiteral("appdb"));
        QCOMPARE(e.user, QStringLiteral("app"));
        QCOMPARE(DatabaseAccess::psqlArguments(e, true),
                 (QStringList{QStringLiteral("psql"),
                              QStringLiteral("host=a0123456789.westus3.cloudapp.azure.com "
                                             "port=5433 dbname=appdb user=app sslmode=require")}));
    }

    void passwordComesFromTheSecret()
    {
        FakeLauncher launcher;
        launcher.on(QStringLiteral("kubectl get secret"), {ok("czNjcjN0LXZhbHVl")});
        DatabaseAccess access(launcher, {}, values());
        QSignalSpy read(&access, &DatabaseAccess::passwordRead);
        access.readPassword();
        QVERIFY(access.isBusy(DatabaseAccess::Operation::ReadPassword));
        QVERIFY(read.wait());
        QCOMPARE(read.first().first().toString(), QStringLiteral("s3cr3t-value"));
        QVERIFY(!access.isBusy(DatabaseAccess::Operation::ReadPassword));
        QCOMPARE(launcher.startedLines(),
                 QStringList{QStringLiteral(
                     "kubectl get secret db-user-pass --namespace cnpg-database --context aks1 "
                     "--output jsonpath={.data.password}")});
    }

    void passwordFailures_data()
    {
        QTest::addColumn<FakeResponse>("response");
        QTest::addColumn<DatabaseAccess::Failure>("failure");
        QTest::addColumn<QString>("detail");
        QTest::newRow("no secret")
            << error("Error from server (NotFound): secrets \"db-user-pass\" not found\n")
            << DatabaseAccess::Failure::Command
            << QStringLiteral("Error from server (NotFound): secrets \"db-user-pass\" not found");
        QTest::newRow("not base64")
            << ok("%%%\n") << DatabaseAccess::Failure::BadOutput << QString();
        QTest::newRow("empty") << ok("") << DatabaseAccess::Failure::BadOutput << QString();
    }

    void passwordFailures()
    {
        QFETCH(FakeResponse, response);
        QFETCH(DatabaseAccess::Failure, failure);
        QFETCH(QString, detail);
        FakeLauncher launcher;
        launcher.on(QStringLiteral("kubectl get secret"), {response});
        DatabaseAccess access(launcher, {}, values());
        QSignalSpy failed(&access, &DatabaseAccess::failed);
        access.readPassword();
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(0).value<DatabaseAccess::Operation>(),
                 DatabaseAccess::Operation::ReadPassword);
        QCOMPARE(failed.first().at(1).value<DatabaseAccess::Failure>(), failure);
        QCOMPARE(failed.first().at(2).toString(), detail);
        QVERIFY(!access.isBusy(DatabaseAccess::Operation::ReadPassword));
    }

    void failoverPromotesAStandbyAndWaitsForIt()
    {
        FakeLauncher launcher;
        // The switchover: the former primary for two reads, a failed read, then the new one.
        // (The first matching prefix answers: the polls' before the whole object's.)
        launcher.on(QStringLiteral("kubectl get clusters.postgresql.cnpg.io pg1 --namespace "
                                   "cnpg-database --context aks1 --output jsonpath"),
                    {ok("pg1-1"), ok("pg1-1"), error("Unable to connect to the server: EOF\n"),
                     ok("pg1-2")});
        launcher.on(QStringLiteral("kubectl get clusters.postgresql.cnpg.io pg1 --namespace "
                                   "cnpg-database --context aks1 --output json"),
                    {ok(ThreeInstances)});
        launcher.on(QStringLiteral("kubectl cnpg promote"),
                    {ok("Node pg1-2 in cluster pg1 will be promoted\n")});
        DatabaseAccess access(launcher, {}, values());
        access.setPolling(1, 10);
        QSignalSpy started(&access, &DatabaseAccess::failoverStarted);
        QSignalSpy finished(&access, &DatabaseAccess::failoverFinished);
        QSignalSpy failed(&access, &DatabaseAccess::failed);
        access.testFailover();
        QVERIFY(finished.wait());
        QCOMPARE(failed.size(), 0);
        QCOMPARE(started.size(), 1);
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("pg1-1"));
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("pg1-2"));
        QVERIFY(launcher.startedLines().contains(QStringLiteral(
            "kubectl cnpg promote pg1 pg1-2 --namespace cnpg-database --context aks1")));
        QCOMPARE(launcher.startedCount(QStringLiteral("kubectl get clusters.postgresql.cnpg.io pg1 "
                                                      "--namespace cnpg-database --context aks1 "
                                                      "--output jsonpath")),
                 4);
        QVERIFY(!access.isBusy(DatabaseAccess::Operation::Failover));
    }

    void failoverFailures_data()
    {
        QTest::addColumn<QByteArray>("cluster");
        QTest::addColumn<QByteArray>("primaryAfter");
        QTest::addColumn<DatabaseAccess::Failure>("failure");
        QTest::newRow("one instance")
            << QByteArray(R"({"status": {"currentPrimary": "pg1-1", "instanceNames": ["pg1-1"]}})")
            << QByteArray("pg1-1") << DatabaseAccess::Failure::NoStandby;
        QTest::newRow("no primary yet") << QByteArray(R"({"status": {}})") << QByteArray()
                                        << DatabaseAccess::Failure::BadOutput;
        QTest::newRow("never switches")
            << ThreeInstances << QByteArray("pg1-1") << DatabaseAccess::Failure::Timeout;
    }

    void failoverFailures()
    {
        QFETCH(QByteArray, cluster);
        QFETCH(QByteArray, primaryAfter);
        QFETCH(DatabaseAccess::Failure, failure);
        FakeLauncher launcher;
        launcher.on(QStringLiteral("kubectl get clusters.postgresql.cnpg.io pg1 --namespace "
                                   "cnpg-database --context aks1 --output jsonpath"),
                    {ok(primaryAfter)});
        launcher.on(QStringLiteral("kubectl get clusters.postgresql.cnpg.io pg1 --namespace "
                                   "cnpg-database --context aks1 --output json"),
                    {ok(cluster)});
        launcher.on(QStringLiteral("kubectl cnpg promote"), {ok({})});
        DatabaseAccess access(launcher, {}, values());
        access.setPolling(1, 3);
        QSignalSpy failed(&access, &DatabaseAccess::failed);
        access.testFailover();
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(1).value<DatabaseAccess::Failure>(), failure);
        const int promoted = launcher.startedCount(QStringLiteral("kubectl cnpg promote"));
        QCOMPARE(promoted, failure == DatabaseAccess::Failure::Timeout ? 1 : 0);
        if (failure == DatabaseAccess::Failure::Timeout) {
            QCOMPARE(failed.first().at(2).toString(), QStringLiteral("pg1-2"));
            QCOMPARE(launcher.startedCount(QStringLiteral(
                         "kubectl get clusters.postgresql.cnpg.io pg1 --namespace cnpg-database "
                         "--context aks1 --output jsonpath")),
                     3);
        }
        QVERIFY(!access.isBusy(DatabaseAccess::Operation::Failover));
    }

    void aSecondRequestWhileBusyIsRefused()
    {
        FakeLauncher launcher;
        launcher.on(QStringLiteral("kubectl get secret"), {ok("YQ==")});
        DatabaseAccess access(launcher, {}, values());
        QSignalSpy failed(&access, &DatabaseAccess::failed);
        QSignalSpy read(&access, &DatabaseAccess::passwordRead);
        access.readPassword();
        access.readPassword();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(1).value<DatabaseAccess::Failure>(),
                 DatabaseAccess::Failure::Busy);
        QVERIFY(read.wait());
        QCOMPARE(launcher.startedCount(QStringLiteral("kubectl get secret")), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseAccess)
#include "tst_databaseaccess.moc"
