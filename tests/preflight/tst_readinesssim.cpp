// The readiness checks through the real launcher against the simulator, whose world a test sets
// with `cnpg-sim world`: for every check a ready case and a failing one; then, with a check
// overridden, the create fails with the error real Azure prints, at the step where Azure would.
#include "preflight/ReadinessChecker.h"
#include "process/ProcessLauncher.h"
#include "process/ToolEnvironment.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cnpg;

class TestReadinessSim : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_data;
    QProcessEnvironment m_env;
    QProcessLauncher m_launcher;

    QByteArray run(const QString& program, const QStringList& args, int* exitCode = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(program, args);
        p.waitForFinished(60000);
        if (exitCode)
            *exitCode = p.exitCode();
        return p.readAllStandardOutput() + p.readAllStandardError();
    }
    QByteArray az(const QStringList& args, int* exitCode = nullptr)
    {
        return run(ToolEnvironment::shimDir(m_data.path()) + QStringLiteral("/az"), args, exitCode);
    }
    void world(const QByteArray& json)
    {
        int code = -1;
        const QByteArray out =
            run(QStringLiteral(CNPG_BIN_DIR "/cnpg-sim"), {QStringLiteral("world"), json}, &code);
        QVERIFY2(code == 0, out.constData());
    }
    Settings settings()
    {
        Settings s = Settings::withGeneratedIds();
        s.setValue(keys::ClientIp, QStringLiteral("203.0.113.10"));
        return s;
    }
    Findings check(const Settings& s)
    {
        ReadinessChecker checker(m_launcher);
        checker.setEnvironment(m_env);
        checker.setTimeout(30000);
        QSignalSpy done(&checker, &ReadinessChecker::finished);
        checker.start(s);
        if (!done.wait(60000))
            return {};
        return done.first().first().value<Findings>();
    }
    static QList<const Finding*> of(const Findings& f, CheckId id)
    {
        QList<const Finding*> out;
        for (const Finding& x : f) {
            if (x.check == id)
                out << &x;
        }
        return out;
    }
    static bool blocking(const Findings& f, CheckId id, const QString& code)
    {
        for (const Finding* x : of(f, id)) {
            if (x->blocking() && x->code == code)
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        ToolEnvironment::Options o;
        o.base = QProcessEnvironment::systemEnvironment();
        o.base.insert(QStringLiteral("HOME"), m_data.path());
        o.base.insert(QStringLiteral("CNPG_SIM_STATE"),
                      m_data.filePath(QStringLiteral("state.json")));
        o.base.insert(QStringLiteral("CNPG_SIM_TIME_SCALE"), QStringLiteral("0"));
        o.simulate = true;
        o.dataDir = m_data.path();
        o.simProgram = QStringLiteral(CNPG_BIN_DIR "/cnpg-sim");
        QString error;
        m_env = ToolEnvironment::build(o, &error);
        QVERIFY2(!m_env.isEmpty(), qPrintable(error));
        m_env.insert(QStringLiteral("CNPG_SIM_STATE"),
                     m_data.filePath(QStringLiteral("state.json")));
    }

    void init() { run(QStringLiteral(CNPG_BIN_DIR "/cnpg-sim"), {QStringLiteral("reset")}); }

    void theDefaultWorldIsReady()
    {
        const Findings f = check(settings());
        QVERIFY(!f.isEmpty());
        for (const Finding& x : f)
            QVERIFY2(x.verdict == Verdict::Ready,
                     qPrintable(Readiness::checkName(x.check) + QLatin1Char(' ') + x.code +
                                QLatin1Char(' ') + x.detail));
        for (CheckId id : Readiness::allChecks())
            QVERIFY2(!of(f, id).isEmpty(), qPrintable(Readiness::checkName(id)));
    }

    void versionOfferedOnlyUnderLts()
    {
        world(R"({"kubernetesVersions": [
            {"version": "1.29", "patch": "1.29.15", "plans": ["AKSLongTermSupport"]},
            {"version": "1.34", "patch": "1.34.2", "default": true}]})");
        Settings s = settings();
        s.setValue(keys::ClusterVersion, QStringLiteral("1.29"));
        QVERIFY(blocking(check(s), CheckId::KubernetesVersion, finding::VersionLtsOnly));
        s.setValue(keys::ClusterVersion, QStringLiteral("1.34"));
        QCOMPARE(of(check(s), CheckId::KubernetesVersion).first()->verdict, Verdict::Ready);
        // Overridden anyway: AKS refuses with its own words.
        int code = 0;
        az({QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("--name"),
            QStringLiteral("rg"), QStringLiteral("--location"), QStringLiteral("westus3")});
        const QByteArray out =
            az({QStringLiteral("aks"), QStringLiteral("create"), QStringLiteral("--name"),
                QStringLiteral("aks"), QStringLiteral("--resource-group"), QStringLiteral("rg"),
                QStringLiteral("--tier"), QStringLiteral("standard"),
                QStringLiteral("--kubernetes-version"), QStringLiteral("1.29")},
               &code);
        QCOMPARE(code, 1);
        QVERIFY2(out.contains("(K8sVersionNotSupported) Managed cluster aks is on version 1.29.15, "
                              "which is only available for Long-Term Support (LTS)"),
                 out.constData());
    }

    void quotaTooSmall()
    {
        world(R"({"quota": {"westus3": {"cores": {"limit": 10, "used": 4}}}})");
        const Findings f = check(settings());
        QVERIFY(blocking(f, CheckId::VcpuQuota, finding::QuotaShort));
        // The family's quota is still plenty.
        bool familyReady = false;
        for (const Finding* x : of(f, CheckId::VcpuQuota))
            familyReady = familyReady || (x->numbers.value(QStringLiteral("name")) ==
                                              QStringLiteral("standardDSv3Family") &&
                                          x->verdict == Verdict::Ready);
        QVERIFY(familyReady);

        world(R"({"quota": {"westus3": {"cores": {"limit": 30, "used": 0}}}})");
        const Findings g = check(settings());
        bool warned = false;
        for (const Finding* x : of(g, CheckId::VcpuQuota))
            warned = warned ||
                     (x->verdict == Verdict::Warning && x->code == finding::QuotaShortForScaling);
        QVERIFY(warned);
    }

    void familyQuotaFailsTheCreateLikeAzure()
    {
        world(R"({"quota": {"*": {"standardDSv3Family": {"limit": 8}}}})");
        QVERIFY(blocking(check(settings()), CheckId::VcpuQuota, finding::QuotaShort));
        az({QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("--name"),
            QStringLiteral("rg"), QStringLiteral("--location"), QStringLiteral("westus3")});
        int code = 0;
        const QByteArray out =
            az({QStringLiteral("aks"), QStringLiteral("create"), QStringLiteral("--name"),
                QStringLiteral("aks"), QStringLiteral("--resource-group"), QStringLiteral("rg"),
                QStringLiteral("--node-vm-size"), QStringLiteral("standard_d2s_v3"),
                QStringLiteral("--node-count"), QStringLiteral("5"),
                QStringLiteral("--kubernetes-version"), QStringLiteral("1.35")},
               &code);
        QCOMPARE(code, 1);
        QVERIFY2(out.contains("(QuotaExceeded) Operation could not be completed as it results in "
                              "exceeding approved standardDSv3Family Cores quota"),
                 out.constData());
    }

    void sizeMissingInAZoneOrRestricted()
    {
        world(R"({"skuZones": {"Standard_D4s_v3": {"westus3": ["1", "2"]}},
                  "skuRestrictions": {"Standard_D2s_v3": {"westus3": ["3"]}}})");
        const Findings f = check(settings());
        QVERIFY(blocking(f, CheckId::VmSizes, finding::SizeMissingZones));
        QVERIFY(blocking(f, CheckId::VmSizes, finding::SizeRestricted));
        az({QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("--name"),
            QStringLiteral("rg"), QStringLiteral("--location"), QStringLiteral("westus3")});
        int code = 0;
        const QByteArray out =
            az({QStringLiteral("aks"), QStringLiteral("create"), QStringLiteral("--name"),
                QStringLiteral("aks"), QStringLiteral("--resource-group"), QStringLiteral("rg"),
                QStringLiteral("--node-vm-size"), QStringLiteral("standard_d2s_v3"),
                QStringLiteral("--zones"), QStringLiteral("1"), QStringLiteral("2"),
                QStringLiteral("3")},
               &code);
        QCOMPARE(code, 1);
        QVERIFY2(out.contains("(SkuNotAvailable)"), out.constData());

        world(R"({"skuRestrictions": {"Standard_D4s_v3": {"westus3": "region"}}})");
        QVERIFY(blocking(check(settings()), CheckId::VmSizes, finding::SizeRestricted));
    }

    void providerNotRegisteredThenRegistered()
    {
        world(R"({"providers": {"Microsoft.Dashboard": "NotRegistered"}})");
        const Findings f = check(settings());
        QVERIFY(blocking(f, CheckId::Providers, finding::ProvidersUnregistered));
        QCOMPARE(of(f, CheckId::Providers).first()->items,
                 QStringList{QStringLiteral("Microsoft.Dashboard")});
        // The create fails as on a fresh subscription.
        az({QStringLiteral("extension"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("amg")});
        az({QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("--name"),
            QStringLiteral("rg"), QStringLiteral("--location"), QStringLiteral("westus3")});
        int code = 0;
        const QByteArray out =
            az({QStringLiteral("grafana"), QStringLiteral("create"), QStringLiteral("--name"),
                QStringLiteral("g"), QStringLiteral("--resource-group"), QStringLiteral("rg")},
               &code);
        QCOMPARE(code, 1);
        QVERIFY2(out.contains("(MissingSubscriptionRegistration) The subscription is not "
                              "registered to use namespace 'Microsoft.Dashboard'"),
                 out.constData());

        // The fix the wizard offers.
        ReadinessChecker checker(m_launcher);
        checker.setEnvironment(m_env);
        QSignalSpy registered(&checker, &ReadinessChecker::registered);
        checker.registerProviders({QStringLiteral("Microsoft.Dashboard")});
        QVERIFY(registered.wait(60000));
        QVERIFY(registered.first().first().toBool());
        QCOMPARE(of(check(settings()), CheckId::Providers).first()->verdict, Verdict::Ready);
    }

    void contributorMayNotAssignRoles()
    {
        world(R"({"userRoles": [{"role": "Contributor", "scope": "/subscriptions/<sub>"}]})");
        const Findings f = check(settings());
        QVERIFY(blocking(f, CheckId::RoleAssignment, finding::NoRoleAssignmentRight));
        QVERIFY(of(f, CheckId::RoleAssignment)
                    .first()
                    ->numbers.value(QStringLiteral("roles"))
                    .toString()
                    .contains(QStringLiteral("Contributor")));
        int code = 0;
        const QByteArray id =
            az({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("--query"),
                QStringLiteral("id"), QStringLiteral("--output"), QStringLiteral("tsv")})
                .trimmed();
        const QByteArray out =
            az({QStringLiteral("role"), QStringLiteral("assignment"), QStringLiteral("create"),
                QStringLiteral("--role"), QStringLiteral("Reader"), QStringLiteral("--assignee"),
                QStringLiteral("sim.user@contoso.onmicrosoft.com"), QStringLiteral("--scope"),
                QStringLiteral("/subscriptions/") + QString::fromUtf8(id)},
               &code);
        QCOMPARE(code, 1);
        QVERIFY2(out.contains("(AuthorizationFailed)") &&
                     out.contains("Microsoft.Authorization/roleAssignments/write"),
                 out.constData());

        world(R"({"userRoles": [{"role": "Role Based Access Control Administrator",
                                 "scope": "/subscriptions/<sub>"}]})");
        QCOMPARE(of(check(settings()), CheckId::RoleAssignment).first()->verdict, Verdict::Ready);
    }

    void regionWithoutGrafana()
    {
        world(R"({"locations": {"Microsoft.Dashboard/grafana": ["eastus", "westeurope"]}})");
        QVERIFY(blocking(check(settings()), CheckId::RegionServices, finding::ServicesMissing));
        world(R"({"locations": {"Microsoft.Dashboard/grafana": ["eastus", "westus3"]},
                  "aksZones": {"westus3": ["1", "2"]}})");
        QVERIFY(blocking(check(settings()), CheckId::RegionServices, finding::ZonesMissing));
    }

    void storageNameTaken()
    {
        // Another resource group holds the name: it is someone else's.
        Settings s = settings();
        az({QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("--name"),
            QStringLiteral("rg-elsewhere"), QStringLiteral("--location"),
            QStringLiteral("westus3")});
        az({QStringLiteral("storage"), QStringLiteral("account"), QStringLiteral("create"),
            QStringLiteral("--name"), s.value(keys::StorageAccount),
            QStringLiteral("--resource-group"), QStringLiteral("rg-elsewhere")});
        QVERIFY(blocking(check(s), CheckId::StorageName, finding::StorageTaken));
    }

    // Azure throttles reads too: a throttled or failing query is asked again, and only a query
    // that keeps failing makes its check "could not run".
    void transientErrorsAreRetried()
    {
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("CNPG_SIM_FAULTS"),
                   QStringLiteral("vm list-usage=Throttled*2;provider show=InternalServerError*1"));
        ReadinessChecker checker(m_launcher);
        checker.setEnvironment(env);
        checker.setRetries(3, 1);
        QSignalSpy done(&checker, &ReadinessChecker::finished);
        checker.start(settings());
        QVERIFY(done.wait(60000));
        Findings f = done.first().first().value<Findings>();
        QCOMPARE(of(f, CheckId::VcpuQuota).first()->verdict, Verdict::Ready);
        QCOMPARE(of(f, CheckId::Providers).first()->verdict, Verdict::Ready);

        // One more throttle than attempts: the check says it could not run, with Azure's words.
        env.insert(QStringLiteral("CNPG_SIM_FAULTS"), QStringLiteral("vm list-usage=Throttled*3"));
        checker.setEnvironment(env);
        done.clear();
        checker.start(settings());
        QVERIFY(done.wait(60000));
        f = done.first().first().value<Findings>();
        const auto quota = of(f, CheckId::VcpuQuota);
        QCOMPARE(quota.first()->verdict, Verdict::CouldNotRun);
        QVERIFY2(quota.first()->detail.contains(QStringLiteral("TooManyRequests")),
                 qPrintable(quota.first()->detail));
    }

    void offlineSaysItCouldNotRun()
    {
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("CNPG_SIM_FAULTS"),
                   QStringLiteral("vm list-usage=Error:connection reset*always"));
        ReadinessChecker checker(m_launcher);
        checker.setEnvironment(env);
        QSignalSpy done(&checker, &ReadinessChecker::finished);
        checker.start(settings());
        QVERIFY(done.wait(60000));
        const Findings f = done.first().first().value<Findings>();
        const auto quota = of(f, CheckId::VcpuQuota);
        QCOMPARE(quota.size(), 1);
        QCOMPARE(quota.first()->verdict, Verdict::CouldNotRun);
        QVERIFY(quota.first()->detail.contains(QStringLiteral("connection reset")));
    }
};

QTEST_GUILESS_MAIN(TestReadinessSim)
#include "tst_readinesssim.moc"
