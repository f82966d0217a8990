// Every preflight query answered by the simulator through the real launcher and the tools'
// simulation environment (ToolEnvironment), the way the wizard runs them with --simulate.
#include "net/PublicIpDetector.h"
#include "preflight/AzureAccount.h"
#include "preflight/KubernetesVersions.h"
#include "preflight/StorageNameChecker.h"
#include "preflight/ToolCheck.h"
#include "preflight/VersionDefaults.h"
#include "process/ProcessLauncher.h"
#include "process/ToolEnvironment.h"
#include "run/KrewInstaller.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cnpg;

class TestPreflightSim : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_data;
    QProcessEnvironment m_env;
    QProcessLauncher m_launcher;

    ToolStatus tool(Tool t)
    {
        ToolChecker checker(m_launcher);
        checker.setEnvironment(m_env);
        QSignalSpy done(&checker, &ToolChecker::finished);
        checker.start();
        if (!done.wait(20000))
            return {};
        for (const ToolStatus& s : checker.results()) {
            if (s.tool == t)
                return s;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        ToolEnvironment::Options o;
        o.base = QProcessEnvironment::systemEnvironment();
        o.base.insert(QStringLiteral("HOME"), m_data.path());
        o.base.remove(QStringLiteral("KREW_ROOT"));
        o.base.remove(QStringLiteral("CNPG_SIM_STATE"));
        o.base.insert(QStringLiteral("CNPG_SIM_TIME_SCALE"), QStringLiteral("0"));
        o.simulate = true;
        o.dataDir = m_data.path();
        o.simProgram = QStringLiteral(CNPG_BIN_DIR "/cnpg-sim");
        QString error;
        m_env = ToolEnvironment::build(o, &error);
        QVERIFY2(!m_env.isEmpty(), qPrintable(error));
    }

    void toolsAreTheSimulators()
    {
        const ToolStatus az = tool(Tool::Az);
        QCOMPARE(az.state, ToolState::Ok);
        QVERIFY(az.path.startsWith(ToolEnvironment::shimDir(m_data.path())));
        QCOMPARE(tool(Tool::Helm).state, ToolState::Ok);
        QCOMPARE(tool(Tool::Kubectl).state, ToolState::Ok);
        QCOMPARE(tool(Tool::Krew).state, ToolState::Missing); // until installed below
    }

    void signedIn()
    {
        AzureAccount account(m_launcher);
        account.setEnvironment(m_env);
        account.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), AzureAccount::State::SignedIn, 20000);
        QCOMPARE(account.subscriptions().size(), 1);
        QCOMPARE(account.current().name, QStringLiteral("Simulated Subscription"));
    }

    void versionsOfARegion()
    {
        KubernetesVersions k(m_launcher);
        k.setEnvironment(m_env);
        QSignalSpy spy(&k, &KubernetesVersions::finished);
        k.fetch(QStringLiteral("westus3"));
        QVERIFY(spy.wait(20000));
        const auto r = spy.first().first().value<KubernetesVersions::Result>();
        QVERIFY2(r.ok, qPrintable(r.detail));
        QVERIFY(!r.versions.isEmpty());
        QVERIFY(!r.defaultVersion.isEmpty());
        // Whatever the simulator offers, the decision about the guide's 1.29 is consistent.
        const auto c = KubernetesVersions::choose(QStringLiteral("1.29"), r.versions);
        QVERIFY(KubernetesVersions::offerable(r.versions).contains(c.version) ||
                c.status == KubernetesVersionChoice::Status::PreviewOnly);
        // The simulated region, like AKS in late 2026: 1.34-1.36 with standard support, 1.35
        // its default; that becomes the version's default.
        QCOMPARE(
            KubernetesVersions::offerable(r.versions),
            (QStringList{QStringLiteral("1.34"), QStringLiteral("1.35"), QStringLiteral("1.36")}));
        Settings s;
        QCOMPARE(VersionDefaults::apply(s, r), QStringLiteral("1.35"));
        QCOMPARE(s.value(keys::ClusterVersion), QStringLiteral("1.35"));
    }

    // Without az there is nothing to ask: the tested default stays.
    void versionsWithoutAz()
    {
        KubernetesVersions k(m_launcher);
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("PATH"), QStringLiteral("/nonexistent"));
        k.setEnvironment(env);
        QSignalSpy spy(&k, &KubernetesVersions::finished);
        k.fetch(QStringLiteral("westus3"));
        QVERIFY(spy.wait(20000));
        const auto r = spy.first().first().value<KubernetesVersions::Result>();
        QVERIFY(!r.ok);
        Settings s;
        QCOMPARE(VersionDefaults::apply(s, r), QString());
        QCOMPARE(s.value(keys::ClusterVersion), QStringLiteral("1.34"));
    }

    void storageName()
    {
        StorageNameChecker checker(m_launcher);
        checker.setEnvironment(m_env);
        checker.setDebounce(10);
        QSignalSpy spy(&checker, &StorageNameChecker::checked);
        checker.setName(QStringLiteral("hacnpgpsafree0001"));
        QVERIFY(spy.wait(20000));
        QCOMPARE(spy.first().first().value<StorageNameResult>().state,
                 StorageNameResult::State::Available);
    }

    void publicIp()
    {
        QNetworkAccessManager network;
        std::unique_ptr<PublicIpDetector> d(PublicIpDetector::forSimulation(network, m_env));
        QSignalSpy spy(d.get(), &PublicIpDetector::finished);
        d->start();
        QVERIFY(spy.wait(20000));
        QVERIFY(d->result().ok());
    }

    void krewFromTheLocalRelease()
    {
        const QString release = ToolEnvironment::krewReleaseDir(m_data.path());
        QProcess make;
        make.setProcessEnvironment(m_env);
        make.start(QStringLiteral(CNPG_BIN_DIR "/cnpg-sim"),
                   {QStringLiteral("make-krew-release"), release});
        QVERIFY(make.waitForFinished(20000));
        QCOMPARE(make.exitCode(), 0);
        QNetworkAccessManager network;
        KrewInstaller::Options o;
        o.baseUrl = QUrl::fromLocalFile(release).toString();
        o.environment = m_env;
        o.plugins = {QStringLiteral("cnpg")};
        KrewInstaller installer(m_launcher, network, o);
        QSignalSpy done(&installer, &KrewInstaller::finished);
        installer.start();
        QVERIFY(done.wait(30000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(2).toString()));
        const ToolStatus krew = tool(Tool::Krew);
        QCOMPARE(krew.state, ToolState::Ok);
        QCOMPARE(krew.found, QStringLiteral("0.4.4"));
    }
};

QTEST_GUILESS_MAIN(TestPreflightSim)
#include "tst_preflightsim.moc"
