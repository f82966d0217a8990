// The manifests around the Cluster: the backups, the public endpoints and the Managed
// Prometheus pod monitor, with the guides' fields and the settings' values, nothing for invalid
// settings; and the plan steps that apply them, once.

#include "ManifestTestUtil.h"
#include "plan/DatabaseManifests.h"
#include "plan/PlanBuilder.h"
#include "settings/Settings.h"

#include <QTest>
#include <yaml-cpp/yaml.h>

using namespace cnpg;
using D = DatabaseManifests;

namespace {

Settings settings()
{
    return test::manifestSettings();
}

using test::str;

YAML::Node load(const QByteArray& text)
{
    return YAML::Load(text.toStdString());
}

} // namespace

class TestDatabaseManifests : public QObject
{
    Q_OBJECT

private slots:
    void backups()
    {
        const Settings s = settings();
        const std::string cluster = s.value(keys::PgClusterName).toStdString();
        const YAML::Node sb = load(D::scheduledBackup(s));
        QCOMPARE(str(sb["apiVersion"]), std::string("postgresql.cnpg.io/v1"));
        QCOMPARE(str(sb["kind"]), std::string("ScheduledBackup"));
        QCOMPARE(str(sb["metadata"]["name"]), cluster + "-scheduled-backup");
        QCOMPARE(str(sb["metadata"]["namespace"]), std::string("cnpg-database"));
        QCOMPARE(str(sb["spec"]["schedule"]), std::string("0 15 * ? * *"));
        QCOMPARE(str(sb["spec"]["backupOwnerReference"]), std::string("self"));
        QCOMPARE(str(sb["spec"]["method"]), std::string("barmanObjectStore"));
        QCOMPARE(str(sb["spec"]["cluster"]["name"]), cluster);
        // The schedule is a quoted string: "@daily" or "*" unquoted are not YAML scalars.
        Settings daily = s;
        daily.setValue(keys::PgBackupSchedule, QStringLiteral("@daily"));
        QVERIFY(D::scheduledBackup(daily).contains("schedule: \"@daily\""));

        const YAML::Node b = load(D::onDemandBackup(s));
        QCOMPARE(str(b["kind"]), std::string("Backup"));
        QCOMPARE(str(b["metadata"]["name"]), cluster + "-on-demand-backup-1");
        QCOMPARE(str(b["spec"]["method"]), std::string("barmanObjectStore"));
        QCOMPARE(str(b["spec"]["cluster"]["name"]), cluster);
    }

    void invalidScheduleGivesFieldErrorAndNoManifest()
    {
        Settings s = settings();
        s.setValue(keys::PgBackupSchedule, QStringLiteral("15 * * * *"));
        QCOMPARE(s.validateField(keys::PgBackupSchedule).size(), 1);
        QCOMPARE(s.validateField(keys::PgBackupSchedule).first().code,
                 SettingErrorCode::InvalidSchedule);
        QVERIFY(D::scheduledBackup(s).isEmpty());
        QVERIFY(!D::onDemandBackup(s).isEmpty());
    }

    void loadBalancers()
    {
        Settings s = settings();
        const std::string cluster = s.value(keys::PgClusterName).toStdString();
        for (const D::Endpoint e : {D::Endpoint::ReadWrite, D::Endpoint::ReadOnly}) {
            const bool rw = e == D::Endpoint::ReadWrite;
            const YAML::Node m = load(D::loadBalancer(s, e));
            QCOMPARE(str(m["apiVersion"]), std::string("v1"));
            QCOMPARE(str(m["kind"]), std::string("Service"));
            QCOMPARE(str(m["metadata"]["name"]), std::string(rw ? "cnpg-cluster-load-balancer-rw"
                                                                : "cnpg-cluster-load-balancer-ro"));
            QCOMPARE(str(m["metadata"]["namespace"]), std::string("cnpg-database"));
            const YAML::Node notes = m["metadata"]["annotations"];
            QCOMPARE(str(notes["service.beta.kubernetes.io/azure-load-balancer-resource-group"]),
                     std::string("${AKS_PRIMARY_CLUSTER_NODERG_NAME}"));
            QCOMPARE(str(notes["service.beta.kubernetes.io/azure-pip-name"]),
                     s.value(keys::PublicIpName).toStdString());
            QCOMPARE(str(notes["service.beta.kubernetes.io/azure-dns-label-name"]),
                     s.value(keys::DnsPrefix).toStdString());
            const YAML::Node spec = m["spec"];
            QCOMPARE(str(spec["type"]), std::string("LoadBalancer"));
            QCOMPARE(spec["ports"][0]["port"].as<int>(), rw ? 5432 : 5433);
            QCOMPARE(spec["ports"][0]["targetPort"].as<int>(), 5432);
            QCOMPARE(str(spec["ports"][0]["protocol"]), std::string("TCP"));
            // By role and by cluster: another cluster's pods in the namespace are not picked.
            QCOMPARE(spec["selector"].size(), std::size_t(3));
            QCOMPARE(str(spec["selector"]["cnpg.io/cluster"]), cluster);
            QCOMPARE(str(spec["selector"]["cnpg.io/instanceRole"]),
                     std::string(rw ? "primary" : "replica"));
            QCOMPARE(str(spec["selector"]["cnpg.io/podRole"]), std::string("instance"));
            QCOMPARE(spec["loadBalancerSourceRanges"].size(), std::size_t(1));
            QCOMPARE(str(spec["loadBalancerSourceRanges"][0]), std::string("203.0.113.10/32"));
        }
        // Several client addresses and ranges: each a range.
        s.setValue(keys::ClientIp, QStringLiteral("203.0.113.10, 198.51.100.0/24"));
        const YAML::Node m = load(D::loadBalancer(s, D::Endpoint::ReadOnly));
        QCOMPARE(m["spec"]["loadBalancerSourceRanges"].size(), std::size_t(2));
        QCOMPARE(str(m["spec"]["loadBalancerSourceRanges"][1]), std::string("198.51.100.0/24"));
        // Without a valid client address there is no service open to the world.
        s.setValue(keys::ClientIp, QStringLiteral("0.0.0.0/0x"));
        QVERIFY(D::loadBalancer(s, D::Endpoint::ReadWrite).isEmpty());
    }

    void podMonitorIsTheGuides()
    {
        const Settings s = settings();
        const std::string cluster = s.value(keys::PgClusterName).toStdString();
        const YAML::Node m = load(D::podMonitor(s));
        QCOMPARE(str(m["apiVersion"]), std::string("azmonitoring.coreos.com/v1"));
        QCOMPARE(str(m["kind"]), std::string("PodMonitor"));
        QCOMPARE(str(m["metadata"]["name"]),
                 std::string("cnpg-cluster-metrics-managed-prometheus"));
        QCOMPARE(str(m["metadata"]["labels"]["cnpg.io/cluster"]), cluster);
        const YAML::Node match = m["spec"]["selector"]["matchLabels"];
        QCOMPARE(str(match["cnpg.io/cluster"]), cluster);
        QCOMPARE(str(match["azure.workload.identity/use"]), std::string("true"));
        QVERIFY(D::podMonitor(s).contains("azure.workload.identity/use: \"true\""));
        QCOMPARE(str(m["spec"]["podMetricsEndpoints"][0]["port"]), std::string("metrics"));
    }

    void planAppliesThemOnceInOrder()
    {
        const Settings s = settings();
        const Plan plan = PlanBuilder::build(s);
        QCOMPARE(plan.problems(SettingsSchema::keys()), QStringList());
        const struct
        {
            const char* id;
            const char* getType;
            QByteArray manifest;
            const char* need;
        } applied[] = {
            {"pg.backup.schedule", "scheduledbackups.postgresql.cnpg.io", D::scheduledBackup(s),
             "verify.cluster"},
            {"pg.backup.now", "backups.postgresql.cnpg.io", D::onDemandBackup(s),
             "verify.archiving"},
            {"pg.service.rw", "services", D::loadBalancer(s, D::Endpoint::ReadWrite), "pip.noderg"},
            {"pg.service.ro", "services", D::loadBalancer(s, D::Endpoint::ReadOnly), "pip.create"},
            {"pg.podmonitor", "podmonitors.azmonitoring.coreos.com", D::podMonitor(s),
             "pg.cluster"},
        };
        for (const auto& a : applied) {
            const Step* step = plan.find(QString::fromLatin1(a.id));
            QVERIFY2(step, a.id);
            QCOMPARE(step->type, steptype::Input);
            QCOMPARE(step->input, a.manifest);
            QCOMPARE(step->command.args.mid(0, 1), QStringList{QStringLiteral("apply")});
            QCOMPARE(step->command.args.mid(step->command.args.size() - 2),
                     (QStringList{QStringLiteral("-f"), QStringLiteral("-")}));
            QVERIFY2(step->probe, a.id);
            QCOMPARE(step->probe->command.args.value(1), QString::fromLatin1(a.getType));
            QVERIFY2(step->needs.contains(QString::fromLatin1(a.need)), a.id);
        }
        // The services name the node resource group that the run reads.
        QVERIFY(plan.find(QStringLiteral("pg.service.rw"))->expandInput);
        QVERIFY(Plan::referencedVariables(*plan.find(QStringLiteral("pg.service.rw")))
                    .contains(QStringLiteral("AKS_PRIMARY_CLUSTER_NODERG_NAME")));
        // The run waits for the backup's completion and for each service's public address.
        const Step* wait = plan.find(QStringLiteral("verify.backup"));
        QVERIFY(wait);
        QVERIFY(wait->command.args.contains(
            QStringLiteral("--for=jsonpath={.status.phase}=completed")));
        for (const char* id : {"verify.service.rw", "verify.service.ro"}) {
            const Step* w = plan.find(QString::fromLatin1(id));
            QVERIFY2(w, id);
            QVERIFY(w->command.args.contains(
                QStringLiteral("--for=jsonpath={.status.loadBalancer.ingress[0].ip}="
                               "${AKS_PRIMARY_CLUSTER_PUBLICIP_ADDRESS}")));
        }
    }
};

QTEST_GUILESS_MAIN(TestDatabaseManifests)
#include "tst_databasemanifests.moc"
