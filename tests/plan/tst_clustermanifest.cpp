// The Cluster manifest from the settings: the guide's fields with the settings' values, valid
// YAML that the API server would take, nothing for invalid settings; and the plan step that
// applies it.

#include "ManifestTestUtil.h"
#include "plan/ClusterManifest.h"
#include "plan/PlanBuilder.h"
#include "settings/Settings.h"

#include <QTest>
#include <yaml-cpp/yaml.h>

using namespace cnpg;

namespace {

Settings settings()
{
    return test::manifestSettings();
}

using test::str;

} // namespace

class TestClusterManifest : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreTheGuides()
    {
        const Settings s = settings();
        const QByteArray text = ClusterManifest::build(s);
        QVERIFY(text.endsWith('\n'));
        const YAML::Node m = YAML::Load(text.toStdString());
        QCOMPARE(str(m["apiVersion"]), std::string("postgresql.cnpg.io/v1"));
        QCOMPARE(str(m["kind"]), std::string("Cluster"));
        const std::string name = s.value(keys::PgClusterName).toStdString();
        QCOMPARE(str(m["metadata"]["name"]), name);
        QCOMPARE(str(m["metadata"]["namespace"]), std::string("cnpg-database"));
        const YAML::Node spec = m["spec"];
        QCOMPARE(spec["instances"].as<int>(), 3);
        QCOMPARE(str(spec["imageName"]),
                 std::string("ghcr.io/cloudnative-pg/postgresql:18-system-trixie"));
        QCOMPARE(str(spec["storage"]["size"]), std::string("64Gi"));
        QCOMPARE(str(spec["storage"]["storageClass"]), std::string("managed-csi-premium"));
        for (const char* side : {"requests", "limits"}) {
            QCOMPARE(str(spec["resources"][side]["memory"]), std::string("8Gi"));
            QCOMPARE(str(spec["resources"][side]["cpu"]), std::string("2"));
        }
        QCOMPARE(str(spec["affinity"]["nodeSelector"]["workload"]), std::string("postgres"));
        const YAML::Node spread = spec["topologySpreadConstraints"][0];
        QCOMPARE(str(spread["topologyKey"]), std::string("topology.kubernetes.io/zone"));
        QCOMPARE(str(spread["whenUnsatisfiable"]), std::string("DoNotSchedule"));
        QCOMPARE(str(spread["labelSelector"]["matchLabels"]["cnpg.io/cluster"]), name);
        QCOMPARE(str(spec["postgresql"]["synchronous"]["method"]), std::string("any"));
        QCOMPARE(spec["postgresql"]["synchronous"]["number"].as<int>(), 1);
        // Every parameter is a string to the API (quoted in the YAML), sized by the memory.
        const YAML::Node params = spec["postgresql"]["parameters"];
        QCOMPARE(str(params["shared_buffers"]), std::string("2048MB"));
        QCOMPARE(str(params["effective_cache_size"]), std::string("6144MB"));
        QCOMPARE(params["hot_standby_feedback"].Tag(), std::string("!"));
        QCOMPARE(str(spec["bootstrap"]["initdb"]["secret"]["name"]), std::string("db-user-pass"));
        QCOMPARE(str(spec["bootstrap"]["initdb"]["owner"]), std::string("app"));
        QCOMPARE(str(spec["serviceAccountTemplate"]["metadata"]["annotations"]
                         ["azure.workload.identity/client-id"]),
                 std::string("${AKS_UAMI_WORKLOAD_CLIENTID}"));
        QCOMPARE(str(spec["inheritedMetadata"]["labels"]["azure.workload.identity/use"]),
                 std::string("true"));
        const YAML::Node store = spec["backup"]["barmanObjectStore"];
        QCOMPARE(QString::fromStdString(str(store["destinationPath"])),
                 QStringLiteral("https://%1.blob.core.windows.net/backups")
                     .arg(s.value(keys::StorageAccount)));
        QCOMPARE(store["azureCredentials"]["inheritFromAzureAD"].as<bool>(), true);
        QCOMPARE(str(spec["backup"]["retentionPolicy"]), std::string("7d"));
    }

    void settingsChangeTheirFields()
    {
        Settings s = settings();
        s.setValue(keys::PgInstances, QStringLiteral("5"));
        s.setValue(keys::PgMemory, QStringLiteral("512Mi"));
        s.setValue(keys::PgCpu, QStringLiteral("500m"));
        s.setValue(keys::PgStorageSize, QStringLiteral("1Ti"));
        s.setValue(keys::PgBackupRetention, QStringLiteral("4w"));
        s.setValue(keys::BackupContainer, QStringLiteral("pg-backups"));
        const YAML::Node spec = YAML::Load(ClusterManifest::build(s).toStdString())["spec"];
        QCOMPARE(spec["instances"].as<int>(), 5);
        QCOMPARE(str(spec["resources"]["limits"]["cpu"]), std::string("500m"));
        QCOMPARE(str(spec["postgresql"]["parameters"]["shared_buffers"]), std::string("128MB"));
        QCOMPARE(str(spec["storage"]["size"]), std::string("1Ti"));
        QCOMPARE(str(spec["backup"]["retentionPolicy"]), std::string("4w"));
        QVERIFY(str(spec["backup"]["barmanObjectStore"]["destinationPath"]).find("/pg-backups") !=
                std::string::npos);
    }

    void invalidSettingsGiveFieldErrorsAndNoManifest_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("code");
        const int format = int(SettingErrorCode::InvalidFormat);
        QTest::newRow("size without unit") << keys::PgStorageSize << "64" << format;
        QTest::newRow("size in bytes") << keys::PgStorageSize << "64G" << format;
        QTest::newRow("no instances")
            << keys::PgInstances << "0" << int(SettingErrorCode::OutOfRange);
        QTest::newRow("too many instances")
            << keys::PgInstances << "1001" << int(SettingErrorCode::OutOfRange);
        QTest::newRow("memory without unit") << keys::PgMemory << "8" << format;
        QTest::newRow("cpu words") << keys::PgCpu << "two" << format;
        QTest::newRow("retention in hours") << keys::PgBackupRetention << "12h" << format;
        QTest::newRow("image with spaces") << keys::PgImage << "postgres 18" << format;
        QTest::newRow("image upper case") << keys::PgImage << "GHCR.io/x:1" << format;
        QTest::newRow("storage class")
            << keys::PgStorageClass << "Managed_CSI" << int(SettingErrorCode::InvalidCharacters);
    }

    void invalidSettingsGiveFieldErrorsAndNoManifest()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(int, code);
        Settings s = settings();
        s.setValue(key, value);
        const SettingErrors errors = s.validateField(key);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(int(errors.first().code), code);
        QCOMPARE(errors.first().field, key);
        QVERIFY(ClusterManifest::build(s).isEmpty());
        // Nor does the plan carry one: the run and the script would apply nothing of it (and
        // both refuse to start on a field error).
        const Plan plan = PlanBuilder::build(s);
        const Step* apply = plan.find(QStringLiteral("pg.cluster"));
        QVERIFY(apply);
        QVERIFY(apply->input.isEmpty());
        QVERIFY(!s.validate().isEmpty());
    }

    void validValuesPass()
    {
        Settings s = settings();
        for (const auto& [key, value] :
             {std::pair{keys::PgCpu, QStringLiteral("0.5")},
              {keys::PgCpu, QStringLiteral("16")},
              {keys::PgMemory, QStringLiteral("32Gi")},
              {keys::PgImage,
               QStringLiteral("ghcr.io/cloudnative-pg/postgresql:17.5-system-bookworm")},
              {keys::PgImage, QStringLiteral("registry.example.com:5000/pg/postgresql:18")},
              {keys::PgStorageClass, QStringLiteral("managed-csi-premium-v2")}}) {
            s.setValue(key, value);
            QVERIFY2(s.validateField(key).isEmpty(), qPrintable(key + QLatin1Char('=') + value));
        }
        QVERIFY(!ClusterManifest::build(s).isEmpty());
    }

    void planAppliesItWithTheClientIdFromTheRun()
    {
        const Settings s = settings();
        const Plan plan = PlanBuilder::build(s);
        const Step* step = plan.find(QStringLiteral("pg.cluster"));
        QVERIFY(step);
        QCOMPARE(step->type, steptype::Input);
        QVERIFY(step->expandInput);
        QCOMPARE(step->input, ClusterManifest::build(s));
        QVERIFY(Plan::referencedVariables(*step).contains(
            QStringLiteral("AKS_UAMI_WORKLOAD_CLIENTID")));
        QCOMPARE(plan.problems(SettingsSchema::keys()), QStringList());
        // Only after everything the cluster uses: operator, secret, credential, role, nodes.
        for (const char* need : {"helm.install", "k8s.secret.app", "identity.federated",
                                 "storage.role.identity", "aks.nodepool"})
            QVERIFY2(step->needs.contains(QString::fromLatin1(need)), need);
    }
};

QTEST_GUILESS_MAIN(TestClusterManifest)
#include "tst_clustermanifest.moc"
