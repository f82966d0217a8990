// The readiness checks from the command line, as the built binary against the simulator:
// `--check --settings F` prints every finding and fails on a blocking one; `--apply` refuses
// to start (exit 2) unless the check is overridden with --ignore-check, which the journal
// records, and then the create fails where Azure would.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestReadinessCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_data;
    QString m_settings;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
        e.insert(QStringLiteral("HOME"), m_data.path());
        e.insert(QStringLiteral("CNPG_SIM_TIME_SCALE"), QStringLiteral("0"));
        e.insert(QStringLiteral("CNPG_SIM_STATE"), statePath());
        e.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
        e.remove(QStringLiteral("KREW_ROOT"));
        return e;
    }
    QString statePath() const
    {
        return QDir(m_data.path()).filePath(QStringLiteral("cnpg-aks-wizard/sim/state.json"));
    }
    Run run(const QString& program, const QStringList& args, int timeoutMs = 120000) const
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(program, args);
        Run r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    Run wizard(const QStringList& args, int timeoutMs = 120000) const
    {
        return run(QStringLiteral(CNPG_BIN_DIR "/cnpg-aks-wizard"),
                   QStringList{QStringLiteral("--language"), QStringLiteral("en")} + args,
                   timeoutMs);
    }
    Run sim(const QStringList& args) const
    {
        return run(QStringLiteral(CNPG_BIN_DIR "/cnpg-sim"), args);
    }
    Run checkSettings(const QStringList& extra = {}) const
    {
        return wizard(QStringList{QStringLiteral("--check"), QStringLiteral("--simulate"),
                                  QStringLiteral("--settings"), m_settings} +
                      extra);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        m_settings = m_data.filePath(QStringLiteral("settings.json"));
        const Run r =
            wizard({QStringLiteral("--set"), QStringLiteral("MY_PUBLIC_CLIENT_IP=203.0.113.7"),
                    QStringLiteral("--set"), QStringLiteral("AKS_CLUSTER_VERSION=1.34"),
                    QStringLiteral("--export-settings"), m_settings});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void init() { sim({QStringLiteral("reset")}); }

    void everyCheckReady()
    {
        const Run r = checkSettings();
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        for (const char* title :
             {"[ready] Kubernetes version: Kubernetes 1.34 is offered in westus3.",
              "[ready] vCPU quota: Total Regional vCPUs (cores) in westus3: 350 of 350 vCPUs free; "
              "the node pools need 18, up to 36 when they scale.",
              "[ready] VM sizes in the zones:", "[ready] Resource providers:",
              "[ready] Permission to assign roles: You hold Owner at /subscriptions/",
              "[ready] Services in the region:", "[ready] Storage account name:"})
            QVERIFY2(r.out.contains(QString::fromUtf8(title)), qPrintable(title + r.out));
    }

    void eachFailingCheck_data()
    {
        QTest::addColumn<QString>("world");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("text");
        QTest::newRow("kubernetes-version")
            << R"({"kubernetesVersions": [{"version": "1.34", "patch": "1.34.2",
                  "plans": ["AKSLongTermSupport"]}, {"version": "1.35", "default": true}]})"
            << "kubernetes-version"
            << "[blocking] Kubernetes version: Kubernetes 1.34 is offered in westus3 only with "
               "long-term support";
        QTest::newRow("vcpu-quota")
            << R"({"quota": {"westus3": {"cores": {"limit": 10, "used": 4}}}})"
            << "vcpu-quota"
            << "[blocking] vCPU quota: Total Regional vCPUs (cores) in "
               "westus3: 6 of 10 vCPUs free; creating the node pools "
               "needs 18.";
        QTest::newRow("vm-sizes")
            << R"({"skuRestrictions": {"Standard_D4s_v3": {"westus3": ["2"]}}})"
            << "vm-sizes"
            << "[blocking] VM sizes in the zones: Restricted for this subscription in westus3: "
               "Standard_D4s_v3 (zones 2).";
        QTest::newRow("providers") << R"({"providers": {"Microsoft.Monitor": "NotRegistered"}})"
                                   << "providers"
                                   << "az provider register --namespace Microsoft.Monitor --wait";
        QTest::newRow("role-assignment")
            << R"({"userRoles": [{"role": "Contributor", "scope": "/subscriptions/<sub>"}]})"
            << "role-assignment"
            << "[blocking] Permission to assign roles: You may not create role assignments "
               "(your roles: Contributor)";
        QTest::newRow("region-services")
            << R"({"locations": {"Microsoft.Monitor/accounts": ["eastus"]}})"
            << "region-services"
            << "[blocking] Services in the region: westus3 does not offer: "
               "Microsoft.Monitor/accounts.";
        QTest::newRow("storage-name") << QString() << "storage-name"
                                      << "[blocking] Storage account name: The storage account "
                                         "name";
    }

    void eachFailingCheck()
    {
        QFETCH(QString, world);
        QFETCH(QString, check);
        QFETCH(QString, text);
        if (world.isEmpty()) {
            // Someone else's account holds the name.
            QFile f(m_settings);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString name = QJsonDocument::fromJson(f.readAll())
                                     .object()
                                     .value(QStringLiteral("variables"))
                                     .toObject()
                                     .value(QStringLiteral("PG_PRIMARY_STORAGE_ACCOUNT_NAME"))
                                     .toString();
            QVERIFY(!name.isEmpty());
            const QString az =
                QDir(m_data.path()).filePath(QStringLiteral("cnpg-aks-wizard/sim/bin/az"));
            QCOMPARE(checkSettings().exitCode, 0); // makes the shims
            QCOMPARE(run(az, {QStringLiteral("group"), QStringLiteral("create"),
                              QStringLiteral("--name"), QStringLiteral("rg-stranger"),
                              QStringLiteral("--location"), QStringLiteral("eastus")})
                         .exitCode,
                     0);
            QCOMPARE(run(az, {QStringLiteral("storage"), QStringLiteral("account"),
                              QStringLiteral("create"), QStringLiteral("--name"), name,
                              QStringLiteral("--resource-group"), QStringLiteral("rg-stranger")})
                         .exitCode,
                     0);
        } else {
            const Run w = sim({QStringLiteral("world"), world});
            QVERIFY2(w.exitCode == 0, qPrintable(w.err));
        }
        Run r = checkSettings();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(text), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Missing or unusable: ") + check) ||
                     r.out.contains(QStringLiteral(", ") + check),
                 qPrintable(r.out));
        // Overridden, it no longer fails the check, but it is still shown.
        r = checkSettings({QStringLiteral("--ignore-check"), check});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("(overridden with --ignore-check)")));
    }

    void unknownCheckNameIsBadInput()
    {
        const Run r = checkSettings({QStringLiteral("--ignore-check"), QStringLiteral("quota")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("Unknown readiness check: quota")));
    }

    void applyRefusesABlockingFinding()
    {
        QVERIFY(sim({QStringLiteral("world"),
                     QStringLiteral(R"({"quota": {"westus3": {"cores": {"limit": 10}}}})")})
                    .exitCode == 0);
        const Run r = wizard({QStringLiteral("--apply"), QStringLiteral("--simulate"),
                              QStringLiteral("--settings"), m_settings});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("[blocking] vCPU quota:")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Nothing was started")));
        QVERIFY(r.err.contains(QStringLiteral("--ignore-check vcpu-quota")));
        // Nothing was created.
        const Run dump = sim({QStringLiteral("dump")});
        QVERIFY(!dump.out.contains(QStringLiteral("Microsoft.Resources/resourceGroups")));
    }

    void overriddenTheCreateFailsWhereAzureWould()
    {
        QVERIFY(sim({QStringLiteral("world"),
                     QStringLiteral(R"({"quota": {"westus3": {"cores": {"limit": 10}}}})")})
                    .exitCode == 0);
        const QString journal = m_data.filePath(QStringLiteral("journal.json"));
        const Run r =
            wizard({QStringLiteral("--apply"), QStringLiteral("--simulate"),
                    QStringLiteral("--settings"), m_settings, QStringLiteral("--ignore-check"),
                    QStringLiteral("vcpu-quota"), QStringLiteral("--journal"), journal},
                   480000); // a deployment up to the user pool, on a busy machine
        QCOMPARE(r.exitCode, 1);
        // The cluster's 6 vCPUs fit; the user pool's 12 more do not.
        QVERIFY2(r.out.contains(QStringLiteral("aks.nodepool failed")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("aks.create Succeeded")));
        QVERIFY(r.out.contains(QStringLiteral("exceeding approved Total Regional Cores quota")));
        QVERIFY(r.out.contains(QStringLiteral("(overridden with --ignore-check)")));
        QFile f(journal);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject readiness = QJsonDocument::fromJson(f.readAll())
                                          .object()
                                          .value(QStringLiteral("readiness"))
                                          .toObject();
        QCOMPARE(readiness.value(QStringLiteral("ignored")).toArray(),
                 QJsonArray{QStringLiteral("vcpu-quota")});
        bool recorded = false;
        for (const QJsonValue& v : readiness.value(QStringLiteral("findings")).toArray())
            recorded =
                recorded ||
                (v.toObject().value(QStringLiteral("check")) == QStringLiteral("vcpu-quota") &&
                 v.toObject().value(QStringLiteral("verdict")) == QStringLiteral("blocking"));
        QVERIFY(recorded);
    }
};

QTEST_GUILESS_MAIN(TestReadinessCli)
#include "tst_readinesscli.moc"
