// The readiness findings in the wizard, against the simulator: shown on the Welcome and Review
// pages in English and Korean; Deploy stays disabled while one is blocking; the providers'
// fix runs from the page.
#include "GuiTestUtil.h"
#include "Preflight.h"
#include "ReadinessPanel.h"
#include "ReviewPage.h"
#include "WelcomePage.h"
#include "process/ProcessLauncher.h"
#include "process/ToolEnvironment.h"

#include <QNetworkAccessManager>
#include <QProcess>

using namespace cnpg;
using namespace cnpg::test;

namespace {

struct ReadinessWizard
{
    QProcessLauncher launcher;
    QNetworkAccessManager network;
    Wizard wizard;
    std::unique_ptr<Preflight> preflight;

    explicit ReadinessWizard(const QString& language = QStringLiteral("en"))
        : wizard(fixedSettings(), language, options())
    {
        preflight = std::make_unique<Preflight>(*wizard.window, wizard.model, wizard.deployment,
                                                launcher, network);
        preflight->setStorageDebounce(10);
        preflight->setReadinessDebounce(10);
        preflight->start();
    }
    ~ReadinessWizard() { preflight.reset(); }

    static RunSetup options()
    {
        RunSetup o;
        o.simulate = true;
        o.timeScale = QStringLiteral("0");
        return o;
    }
    MainWindow& window() { return *wizard.window; }
    ReadinessPanel* review() { return window().reviewPage()->readinessPanel(); }
    ReadinessPanel* welcome() { return preflight->welcomeReadiness(); }

    // `cnpg-sim world JSON` on the wizard's own simulated subscription.
    bool setWorld(const QByteArray& json)
    {
        QProcess p;
        p.setProcessEnvironment(preflight->environment());
        p.start(QStringLiteral(CNPG_BIN_DIR "/cnpg-sim"),
                {QStringLiteral("world"), QString::fromUtf8(json)});
        return p.waitForFinished(30000) && p.exitCode() == 0;
    }
    // Waits for a round of checks to end (after a Check again click when asked).
    bool checked(bool recheck)
    {
        if (!QTest::qWaitFor([this] { return review()->state() == ReadinessPanel::State::Checked; },
                             60000))
            return false;
        if (!recheck)
            return true;
        welcome()->recheckButton()->click();
        return QTest::qWaitFor(
            [this] {
                return review()->state() == ReadinessPanel::State::Checked &&
                       !preflight->isCheckingReadiness();
            },
            60000);
    }
    bool deployEnabled()
    {
        window().showPage(PageId::Review);
        return window().nextButton()->isEnabled();
    }
};

QString column(QTreeWidget* list, int column)
{
    QStringList out;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        out << list->topLevelItem(i)->text(column);
    return out.join(QLatin1Char('\n'));
}

} // namespace

class ReadinessUiTest : public QObject
{
    Q_OBJECT
private slots:
    void readyAllowsDeploy()
    {
        ReadinessWizard w;
        QVERIFY(w.checked(false));
        QVERIFY(!w.review()->hasBlocking());
        QCOMPARE(w.review()->list()->topLevelItemCount(), w.welcome()->list()->topLevelItemCount());
        QVERIFY(w.review()->list()->topLevelItemCount() >= 7);
        QVERIFY(
            column(w.review()->list(), 1).split(QLatin1Char('\n')).count(QStringLiteral("Ready")) >=
            7);
        QVERIFY(w.deployEnabled());
        QCOMPARE(w.window().nextButton()->text(), QStringLiteral("&Deploy"));
    }

    void blockingFindingDisablesDeploy_data()
    {
        QTest::addColumn<QByteArray>("world");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("text");
        QTest::newRow("kubernetes-version")
            << QByteArray(
                   R"({"kubernetesVersions": [{"version": "1.35", "plans": ["AKSLongTermSupport"]},
                           {"version": "1.36", "default": true}]})")
            << "Kubernetes version"
            << "only with long-term support";
        QTest::newRow("vcpu-quota")
            << QByteArray(R"({"quota": {"westus3": {"cores": {"limit": 10}}}})") << "vCPU quota"
            << "creating the node pools needs 18";
        QTest::newRow("vm-sizes") << QByteArray(
                                         R"({"skuZones": {"Standard_D2s_v3": {"westus3": ["1"]}}})")
                                  << "VM sizes in the zones"
                                  << "Standard_D2s_v3 (zones 2, 3)";
        QTest::newRow("providers")
            << QByteArray(R"({"providers": {"Microsoft.ContainerService": "NotRegistered"}})")
            << "Resource providers"
            << "Microsoft.ContainerService";
        QTest::newRow("role-assignment")
            << QByteArray(R"({"userRoles": [{"role": "Reader", "scope": "/subscriptions/<sub>"}]})")
            << "Permission to assign roles"
            << "your roles: Reader";
        QTest::newRow("region-services")
            << QByteArray(R"({"locations": {"Microsoft.Dashboard/grafana": ["eastus"]}})")
            << "Services in the region"
            << "Microsoft.Dashboard/grafana";
    }

    void blockingFindingDisablesDeploy()
    {
        QFETCH(QByteArray, world);
        QFETCH(QString, title);
        QFETCH(QString, text);
        ReadinessWizard w;
        QVERIFY(w.checked(false));
        QVERIFY(w.setWorld(world));
        QVERIFY(w.checked(true));
        QVERIFY(w.review()->hasBlocking());
        QVERIFY2(column(w.review()->list(), 0).contains(title),
                 qPrintable(column(w.review()->list(), 0)));
        QVERIFY2(column(w.review()->list(), 2).contains(text),
                 qPrintable(column(w.review()->list(), 2)));
        QVERIFY(column(w.welcome()->list(), 2).contains(text));
        QVERIFY(w.review()->summaryLabel()->text().contains(QStringLiteral("blocking finding")));
        QVERIFY(!w.deployEnabled());
    }

    void storageNameTakenDisablesDeploy()
    {
        ReadinessWizard w;
        QVERIFY(w.checked(false));
        // Another subscription's account with the deployment's name.
        QProcess az;
        az.setProcessEnvironment(w.preflight->environment());
        const QString bin = ToolEnvironment::shimDir(w.wizard.data.path());
        for (const QStringList& args :
             {QStringList{QStringLiteral("group"), QStringLiteral("create"),
                          QStringLiteral("--name"), QStringLiteral("rg-stranger"),
                          QStringLiteral("--location"), QStringLiteral("eastus")},
              QStringList{QStringLiteral("storage"), QStringLiteral("account"),
                          QStringLiteral("create"), QStringLiteral("--name"),
                          w.wizard.model.value(keys::StorageAccount),
                          QStringLiteral("--resource-group"), QStringLiteral("rg-stranger")}}) {
            az.start(bin + QStringLiteral("/az"), args);
            QVERIFY(az.waitForFinished(30000));
            QVERIFY2(az.exitCode() == 0, az.readAllStandardError().constData());
        }
        QVERIFY(w.checked(true));
        QVERIFY(
            column(w.review()->list(), 2).contains(QStringLiteral("is taken by another account")));
        QVERIFY(!w.deployEnabled());
    }

    void koreanFindingsAndTheProvidersFix()
    {
        ReadinessWizard w(QStringLiteral("ko"));
        QVERIFY(w.checked(false));
        QVERIFY(w.setWorld(R"({"providers": {"Microsoft.Dashboard": "NotRegistered"}})"));
        QVERIFY(w.checked(true));
        QVERIFY(w.review()->hasBlocking());
        QVERIFY(!w.deployEnabled());
        const QString titles = column(w.review()->list(), 0);
        const QString texts = column(w.review()->list(), 2);
        QVERIFY2(titles.contains(QStringLiteral("리소스 공급자")), qPrintable(titles));
        QVERIFY2(texts.contains(QStringLiteral("구독에 등록되지 않음: Microsoft.Dashboard.")),
                 qPrintable(texts));
        QVERIFY(texts.contains(QStringLiteral("해결 방법: az provider register --namespace "
                                              "Microsoft.Dashboard --wait")));
        QCOMPARE(w.review()->title(), QStringLiteral("Azure 준비 상태"));
        QVERIFY(w.review()->summaryLabel()->text().contains(QStringLiteral("차단 항목 1개")));

        // The fix from the page: register, check again, Deploy comes back.
        QPushButton* fix = w.review()->registerButton();
        QVERIFY(fix->isVisible());
        fix->click();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !w.review()->hasBlocking() &&
                       w.review()->state() == ReadinessPanel::State::Checked &&
                       !w.preflight->isCheckingReadiness();
            },
            90000));
        QVERIFY(w.deployEnabled());

        // Switched to English at run time, the words follow.
        w.wizard.languages.setLanguage(QStringLiteral("en"), false);
        QCoreApplication::processEvents();
        QVERIFY(column(w.review()->list(), 0).contains(QStringLiteral("Resource providers")));
    }
};

QTEST_MAIN(ReadinessUiTest)
#include "tst_readinessui.moc"
