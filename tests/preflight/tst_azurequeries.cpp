// The az-backed preflight queries with a scripted launcher: sign-in and subscriptions,
// Kubernetes versions of a region, storage account name availability (debounced).
#include "PreflightTestUtil.h"
#include "preflight/AzureAccount.h"
#include "preflight/KubernetesVersions.h"
#include "preflight/StorageNameChecker.h"
#include "preflight/VersionDefaults.h"

#include <QSignalSpy>
#include <QTest>

using namespace cnpg;
using cnpg::test::FakeLauncher;
using cnpg::test::FakeProcess;

namespace {

// The shape `az aks get-versions --location westus3 --output json` has today: 1.29 is gone
// from standard support (LTS only), 1.33 is a preview.
const QByteArray versionsJson = R"({
  "values": [
    {"capabilities": {"supportPlan": ["AKSLongTermSupport"]}, "isDefault": false,
     "isPreview": null, "patchVersions": {"1.29.9": {"upgrades": ["1.30.5"]},
     "1.29.14": {"upgrades": []}}, "version": "1.29"},
    {"capabilities": {"supportPlan": ["KubernetesOfficial", "AKSLongTermSupport"]},
     "isDefault": false, "isPreview": null,
     "patchVersions": {"1.30.10": {"upgrades": []}, "1.30.9": {"upgrades": ["1.30.10"]}},
     "version": "1.30"},
    {"capabilities": {"supportPlan": ["KubernetesOfficial", "AKSLongTermSupport"]},
     "isDefault": true, "isPreview": null, "patchVersions": {"1.31.6": {"upgrades": []}},
     "version": "1.31"},
    {"capabilities": {"supportPlan": ["KubernetesOfficial"]}, "isDefault": false,
     "isPreview": true, "patchVersions": {"1.33.0": {"upgrades": []}}, "version": "1.33"},
    {"capabilities": {"supportPlan": ["KubernetesOfficial"]}, "isDefault": false,
     "isPreview": null, "patchVersions": {"1.32.2": {"upgrades": []}}, "version": "1.32"}
  ]
})";

const QByteArray accountJson = R"({
  "environmentName": "AzureCloud",
  "homeTenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
  "id": "11111111-2222-3333-4444-555555555555",
  "isDefault": true,
  "managedByTenants": [],
  "name": "Visual Studio Enterprise",
  "state": "Enabled",
  "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
  "user": {"name": "someone@example.com", "type": "user"}
})";

const QByteArray listJson = R"([
  {"cloudName": "AzureCloud", "id": "11111111-2222-3333-4444-555555555555",
   "isDefault": true, "name": "Visual Studio Enterprise", "state": "Enabled",
   "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
   "user": {"name": "someone@example.com", "type": "user"}},
  {"cloudName": "AzureCloud", "id": "66666666-7777-8888-9999-000000000000",
   "isDefault": false, "name": "Production", "state": "Enabled",
   "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
   "user": {"name": "someone@example.com", "type": "user"}}
])";

QString joined(const FakeProcess* p)
{
    return p->spec.program + QLatin1Char(' ') + p->spec.arguments.join(QLatin1Char(' '));
}

} // namespace

class TestAzureQueries : public QObject
{
    Q_OBJECT
private slots:
    // ---- Kubernetes versions ----
    void parseCurrentShape()
    {
        const auto list = KubernetesVersions::parse(versionsJson);
        QVERIFY(list.has_value());
        QCOMPARE(list->size(), 5);
        QCOMPARE(list->first().version, QStringLiteral("1.29")); // sorted
        QCOMPARE(list->last().version, QStringLiteral("1.33"));
        QCOMPARE(list->at(1).patchVersions,
                 (QStringList{QStringLiteral("1.30.9"), QStringLiteral("1.30.10")}));
        QVERIFY(!list->first().hasStandardSupport());
        QCOMPARE(KubernetesVersions::defaultVersion(*list), QStringLiteral("1.31"));
        QCOMPARE(
            KubernetesVersions::offerable(*list),
            (QStringList{QStringLiteral("1.30"), QStringLiteral("1.31"), QStringLiteral("1.32")}));
        QVERIFY(!KubernetesVersions::parse("not json").has_value());
        QVERIFY(!KubernetesVersions::parse("{\"something\": []}").has_value());
    }

    void parseOlderShape()
    {
        const QByteArray old = R"({"id": "x", "name": "default", "orchestrators": [
            {"default": null, "isPreview": null, "orchestratorType": "Kubernetes",
             "orchestratorVersion": "1.26.6", "upgrades": null},
            {"default": true, "isPreview": null, "orchestratorType": "Kubernetes",
             "orchestratorVersion": "1.27.3", "upgrades": null},
            {"default": null, "isPreview": null, "orchestratorType": "Kubernetes",
             "orchestratorVersion": "1.27.1", "upgrades": null}]})";
        const auto list = KubernetesVersions::parse(old);
        QVERIFY(list.has_value());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(1).patchVersions,
                 (QStringList{QStringLiteral("1.27.1"), QStringLiteral("1.27.3")}));
        QCOMPARE(KubernetesVersions::defaultVersion(*list), QStringLiteral("1.27"));
    }

    // AKS_CLUSTER_VERSION's default becomes the region's default, unless the user chose.
    void regionDefaultBecomesTheDefault()
    {
        KubernetesVersions::Result r;
        r.ok = true;
        r.region = QStringLiteral("westus3");
        r.versions = *KubernetesVersions::parse(versionsJson);
        Settings s;
        QCOMPARE(s.value(keys::ClusterVersion), QStringLiteral("1.34")); // the tested one
        QCOMPARE(VersionDefaults::apply(s, r), QStringLiteral("1.31"));
        QCOMPARE(s.value(keys::ClusterVersion), QStringLiteral("1.31"));
        QVERIFY(!s.isOverridden(keys::ClusterVersion));

        // Another region's answer, or a failed one, changes nothing.
        Settings other;
        other.setValue(keys::Region, QStringLiteral("northeurope"));
        QCOMPARE(VersionDefaults::apply(other, r), QString());
        QCOMPARE(other.value(keys::ClusterVersion), QStringLiteral("1.34"));
        KubernetesVersions::Result failed;
        failed.region = QStringLiteral("westus3");
        Settings untouched;
        QCOMPARE(VersionDefaults::apply(untouched, failed), QString());
        QCOMPARE(untouched.value(keys::ClusterVersion), QStringLiteral("1.34"));

        // The user's choice stays, even one the region does not offer.
        Settings chosen;
        chosen.setValue(keys::ClusterVersion, QStringLiteral("1.30"));
        QVERIFY(!VersionDefaults::needsRegion(chosen));
        QCOMPARE(VersionDefaults::apply(chosen, r), QString());
        QCOMPARE(chosen.value(keys::ClusterVersion), QStringLiteral("1.30"));

        // A default without standard support (long-term support only) is not taken: the
        // newest with standard support is.
        KubernetesVersions::Result lts = r;
        lts.versions = *KubernetesVersions::parse(R"({"values": [
            {"capabilities": {"supportPlan": ["AKSLongTermSupport"]}, "isDefault": true,
             "isPreview": null, "patchVersions": {"1.33.5": {"upgrades": []}}, "version": "1.33"},
            {"capabilities": {"supportPlan": ["KubernetesOfficial", "AKSLongTermSupport"]},
             "isDefault": null, "isPreview": null, "patchVersions": {"1.34.2": {"upgrades": []}},
             "version": "1.34"},
            {"capabilities": {"supportPlan": ["KubernetesOfficial", "AKSLongTermSupport"]},
             "isDefault": null, "isPreview": true, "patchVersions": {"1.36.0": {"upgrades": []}},
             "version": "1.36"}]})");
        Settings fresh;
        QCOMPARE(VersionDefaults::apply(fresh, lts), QStringLiteral("1.34"));
    }

    void chooseGuideVersion()
    {
        using S = KubernetesVersionChoice::Status;
        const auto list = *KubernetesVersions::parse(versionsJson);
        // The guide's 1.29 is LTS-only here: warn and take the default.
        auto c = KubernetesVersions::choose(QStringLiteral("1.29"), list);
        QCOMPARE(c.status, S::LtsOnly);
        QCOMPARE(c.version, QStringLiteral("1.31"));
        QVERIFY(c.changed());
        QVERIFY(KubernetesVersions::choiceText(c).contains(QStringLiteral("1.31")));
        // Gone entirely.
        c = KubernetesVersions::choose(QStringLiteral("1.28"), list);
        QCOMPARE(c.status, S::NotOffered);
        QCOMPARE(c.version, QStringLiteral("1.31"));
        // Offered: kept, no warning.
        c = KubernetesVersions::choose(QStringLiteral("1.30"), list);
        QCOMPARE(c.status, S::Offered);
        QVERIFY(!c.changed());
        QVERIFY(KubernetesVersions::choiceText(c).isEmpty());
        c = KubernetesVersions::choose(QStringLiteral("1.30.10"), list);
        QCOMPARE(c.status, S::Offered);
        c = KubernetesVersions::choose(QStringLiteral("1.30.3"), list);
        QCOMPARE(c.status, S::NotOffered);
        c = KubernetesVersions::choose(QStringLiteral("1.33"), list);
        QCOMPARE(c.status, S::PreviewOnly);
        QCOMPARE(c.version, QStringLiteral("1.33"));
        // Where 1.29 still has standard support (an older answer), it stays.
        const auto older = *KubernetesVersions::parse(
            R"({"values": [{"version": "1.29", "isDefault": true, "patchVersions": {}}]})");
        QCOMPARE(KubernetesVersions::choose(QStringLiteral("1.29"), older).status, S::Offered);
        QCOMPARE(KubernetesVersions::choose(QStringLiteral("1.29"), {}).status, S::NoVersions);
    }

    void fetchRunsAz()
    {
        FakeLauncher launcher;
        launcher.responder = [](FakeProcess* p) { p->finishWith(0, versionsJson); };
        KubernetesVersions k(launcher);
        k.setSubscription(QStringLiteral("66666666-7777-8888-9999-000000000000"));
        QSignalSpy spy(&k, &KubernetesVersions::finished);
        k.fetch(QStringLiteral("westus3"));
        QVERIFY(spy.wait(10000));
        const auto r = spy.first().first().value<KubernetesVersions::Result>();
        QVERIFY(r.ok);
        QCOMPARE(r.region, QStringLiteral("westus3"));
        QCOMPARE(r.defaultVersion, QStringLiteral("1.31"));
        QCOMPARE(joined(launcher.started.first()),
                 QStringLiteral("az aks get-versions --location westus3 --output json "
                                "--subscription 66666666-7777-8888-9999-000000000000"));
    }

    void fetchFailureAndStaleAnswers()
    {
        FakeLauncher launcher; // leaves the processes running
        KubernetesVersions k(launcher);
        QSignalSpy spy(&k, &KubernetesVersions::finished);
        k.fetch(QStringLiteral("westus3"));
        k.fetch(QStringLiteral("eastus"));
        QCOMPARE(launcher.started.size(), 2);
        QTRY_VERIFY(launcher.started.first()->terminated); // the first region is dropped
        launcher.started.at(1)->finishWith(1, {}, "ERROR: (NoRegisteredProviderFound) x");
        QVERIFY(spy.wait(10000));
        QTest::qWait(20);
        QCOMPARE(spy.size(), 1);
        const auto r = spy.first().first().value<KubernetesVersions::Result>();
        QVERIFY(!r.ok);
        QCOMPARE(r.region, QStringLiteral("eastus"));
        QVERIFY(r.detail.contains(QStringLiteral("NoRegisteredProviderFound")));
    }

    // ---- storage account names ----
    void storageNameDebounced()
    {
        FakeLauncher launcher;
        launcher.responder = [](FakeProcess* p) {
            p->finishWith(
                0,
                R"({"message": "The storage account named hacnpgpsataken is already taken.", "nameAvailable": false, "reason": "AlreadyExists"})");
        };
        StorageNameChecker checker(launcher);
        checker.setDebounce(80);
        QSignalSpy checked(&checker, &StorageNameChecker::checked);
        // Typing, one character at a time, faster than the debounce.
        const QString name = QStringLiteral("hacnpgpsataken");
        // No event loop in between, so the debounce cannot run out early however loaded the
        // machine is.
        for (int i = 3; i <= name.size(); ++i)
            checker.setName(name.left(i));
        QVERIFY(launcher.started.isEmpty());
        QVERIFY(checked.wait(10000));
        QCOMPARE(launcher.started.size(), 1); // only the last name went to Azure
        QCOMPARE(
            joined(launcher.started.first()),
            QStringLiteral("az storage account check-name --name hacnpgpsataken --output json"));
        const auto r = checked.first().first().value<StorageNameResult>();
        QCOMPARE(r.name, name);
        QCOMPARE(r.state, StorageNameResult::State::Taken);
        QCOMPARE(r.reason, QStringLiteral("AlreadyExists"));
        QVERIFY(!StorageNameChecker::describe(r).isEmpty());
    }

    void storageNameStaleAnswerDropped()
    {
        FakeLauncher launcher; // answers only when told
        StorageNameChecker checker(launcher);
        checker.setDebounce(20);
        checker.setSubscription(QStringLiteral("sub-1"));
        QSignalSpy checking(&checker, &StorageNameChecker::checking);
        QSignalSpy checked(&checker, &StorageNameChecker::checked);
        checker.setName(QStringLiteral("firstname1"));
        QVERIFY(checking.wait(10000));
        QCOMPARE(launcher.started.size(), 1);
        QVERIFY(launcher.started.first()->spec.arguments.contains(QStringLiteral("sub-1")));
        checker.setName(QStringLiteral("secondname2")); // the user typed on
        QTRY_VERIFY(launcher.started.first()->terminated);
        QTRY_COMPARE(launcher.started.size(), 2);
        launcher.started.at(1)->finishWith(
            0, R"({"message": null, "nameAvailable": true, "reason": null})");
        QVERIFY(checked.wait(10000));
        QTest::qWait(30);
        QCOMPARE(checked.size(), 1);
        const auto r = checked.first().first().value<StorageNameResult>();
        QCOMPARE(r.name, QStringLiteral("secondname2"));
        QCOMPARE(r.state, StorageNameResult::State::Available);
    }

    void storageNameInvalidNeverAsksAzure()
    {
        FakeLauncher launcher;
        StorageNameChecker checker(launcher);
        checker.setDebounce(10);
        QSignalSpy checked(&checker, &StorageNameChecker::checked);
        checker.setName(QStringLiteral("Has-Upper_AndSymbols"));
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.first().first().value<StorageNameResult>().state,
                 StorageNameResult::State::Invalid);
        QVERIFY(launcher.started.isEmpty());
    }

    void storageNameErrors()
    {
        FakeLauncher launcher;
        launcher.responder = [](FakeProcess* p) {
            p->finishWith(1, {}, "ERROR: Please run 'az login' to setup account.");
        };
        StorageNameChecker checker(launcher);
        QSignalSpy checked(&checker, &StorageNameChecker::checked);
        checker.setName(QStringLiteral("validname1"));
        checker.checkNow();
        QVERIFY(checked.wait(10000));
        const auto r = checked.first().first().value<StorageNameResult>();
        QCOMPARE(r.state, StorageNameResult::State::Error);
        QVERIFY(r.message.contains(QStringLiteral("az login")));
        QCOMPARE(StorageNameChecker::parse(QStringLiteral("x"), "garbage").state,
                 StorageNameResult::State::Error);
        QCOMPARE(
            StorageNameChecker::parse(
                QStringLiteral("x"),
                R"({"nameAvailable": false, "reason": "AccountNameInvalid", "message": "x is not a valid storage account name."})")
                .state,
            StorageNameResult::State::Invalid);
    }

    // ---- sign-in ----
    void signedInWithSubscriptions()
    {
        FakeLauncher launcher;
        launcher.responder = [](FakeProcess* p) {
            if (p->spec.arguments.mid(0, 2) == QStringList{"account", "show"})
                p->finishWith(0, accountJson);
            else if (p->spec.arguments.mid(0, 2) == QStringList{"account", "list"})
                p->finishWith(0, listJson);
        };
        AzureAccount account(launcher);
        QSignalSpy state(&account, &AzureAccount::stateChanged);
        QSignalSpy subs(&account, &AzureAccount::subscriptionsChanged);
        account.refresh();
        QTRY_COMPARE(account.state(), AzureAccount::State::SignedIn);
        QCOMPARE(account.current().name, QStringLiteral("Visual Studio Enterprise"));
        QCOMPARE(account.current().user, QStringLiteral("someone@example.com"));
        QCOMPARE(account.subscriptions().size(), 2);
        QCOMPARE(account.subscriptions().at(1).name, QStringLiteral("Production"));
        QCOMPARE(subs.size(), 1);
        QCOMPARE(state.first().first().value<AzureAccount::State>(), AzureAccount::State::Checking);
    }

    void notSignedIn()
    {
        FakeLauncher launcher;
        launcher.responder = [](FakeProcess* p) {
            p->finishWith(1, {}, "ERROR: Please run 'az login' to setup account.\n");
        };
        AzureAccount account(launcher);
        account.refresh();
        QTRY_COMPARE(account.state(), AzureAccount::State::NotSignedIn);
        QVERIFY(account.subscriptions().isEmpty());
        QCOMPARE(launcher.started.size(), 1); // no list without a sign-in
    }

    void azMissing()
    {
        FakeLauncher launcher;
        launcher.responder = [](FakeProcess* p) {
            ProcessResult r;
            r.failedToStart = true;
            r.errorString = QStringLiteral("execvp: No such file or directory");
            p->finish(r);
        };
        AzureAccount account(launcher);
        account.refresh();
        QTRY_COMPARE(account.state(), AzureAccount::State::AzMissing);
    }

    void deviceCodeLogin()
    {
        FakeLauncher launcher;
        bool signedIn = false;
        FakeProcess* loginProcess = nullptr;
        launcher.responder = [&](FakeProcess* p) {
            if (p->spec.arguments.first() == QLatin1String("login")) {
                loginProcess = p;
                return; // waits for the user
            }
            if (!signedIn)
                p->finishWith(1, {}, "ERROR: Please run 'az login' to setup account.");
            else if (p->spec.arguments.at(1) == QLatin1String("show"))
                p->finishWith(0, accountJson);
            else
                p->finishWith(0, listJson);
        };
        AzureAccount account(launcher);
        QProcessEnvironment headless; // no DISPLAY: no browser
        headless.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin"));
        account.setEnvironment(headless);
        account.refresh();
        QTRY_COMPARE(account.state(), AzureAccount::State::NotSignedIn);

        QSignalSpy code(&account, &AzureAccount::deviceCodeReceived);
        QSignalSpy done(&account, &AzureAccount::loginFinished);
        account.login();
        QVERIFY(loginProcess);
        QVERIFY(loginProcess->spec.arguments.contains(QStringLiteral("--use-device-code")));
        QCOMPARE(account.state(), AzureAccount::State::SigningIn);
        // az prints the prompt in pieces on stderr.
        loginProcess->say(2, "WARNING: To sign in, use a web browser to open the page https://");
        loginProcess->say(2, "microsoft.com/devicelogin and enter the code F3KX9QZ2B to "
                             "authenticate.\n");
        QCOMPARE(code.size(), 1);
        const auto dc = code.first().first().value<AzureAccount::DeviceCode>();
        QCOMPARE(dc.url, QStringLiteral("https://microsoft.com/devicelogin"));
        QCOMPARE(dc.code, QStringLiteral("F3KX9QZ2B"));
        QVERIFY(dc.message.startsWith(QStringLiteral("To sign in")));
        signedIn = true;
        loginProcess->finishWith(0, {});
        QVERIFY(done.wait(10000));
        QVERIFY(done.first().first().toBool());
        QTRY_COMPARE(account.state(), AzureAccount::State::SignedIn);
        QCOMPARE(account.subscriptions().size(), 2);
    }

    void loginArgumentsFollowTheDesktop()
    {
        QProcessEnvironment desktop;
        desktop.insert(QStringLiteral("DISPLAY"), QStringLiteral(":0"));
        QProcessEnvironment ssh = desktop;
        ssh.insert(QStringLiteral("SSH_CONNECTION"), QStringLiteral("10.0.0.1 22 10.0.0.2 22"));
#if defined(Q_OS_LINUX)
        QVERIFY(!AzureAccount::loginArguments(AzureAccount::LoginMode::Auto, desktop)
                     .contains(QStringLiteral("--use-device-code")));
        QVERIFY(AzureAccount::loginArguments(AzureAccount::LoginMode::Auto, QProcessEnvironment())
                    .contains(QStringLiteral("--use-device-code")));
#endif
        QVERIFY(AzureAccount::loginArguments(AzureAccount::LoginMode::Auto, ssh)
                    .contains(QStringLiteral("--use-device-code")));
        QVERIFY(AzureAccount::loginArguments(AzureAccount::LoginMode::DeviceCode, desktop)
                    .contains(QStringLiteral("--use-device-code")));
        QVERIFY(!AzureAccount::parseDeviceCode(QStringLiteral("nothing here")).isValid());
        QVERIFY(AzureAccount::isNotSignedIn(
            "ERROR: AADSTS700082: The refresh token has expired due to inactivity.\n"
            "Interactive authentication is needed. Please run:\naz login\n"));
        QVERIFY(!AzureAccount::isNotSignedIn("ERROR: (AuthorizationFailed) no access"));
    }
};

QTEST_GUILESS_MAIN(TestAzureQueries)
#include "tst_azurequeries.moc"
