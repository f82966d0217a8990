// The preflight checks in the wizard, against the simulator: the Welcome page's tools table
// and subscription picker, the Settings page's Detect button and Kubernetes versions, and the
// storage account name's availability on the identity and storage page.
#include "FieldEditor.h"
#include "GuiTestUtil.h"
#include "Preflight.h"
#include "process/ProcessLauncher.h"
#include "SettingsFormPage.h"
#include "process/ToolEnvironment.h"
#include "WelcomePage.h"

#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>

using namespace cnpg;
using namespace cnpg::test;

namespace {

RunSetup simulated()
{
    RunSetup o;
    o.simulate = true;
    o.timeScale = QStringLiteral("0");
    return o;
}

// The wizard with its preflight, as GuiApp wires them.
struct PreflightWizard
{
    QProcessLauncher launcher;
    QNetworkAccessManager network;
    Wizard wizard;
    std::unique_ptr<Preflight> preflight;

    explicit PreflightWizard(const Settings& settings = fixedSettings())
        : wizard(settings, QStringLiteral("en"), simulated())
    {
        preflight = std::make_unique<Preflight>(*wizard.window, wizard.model, wizard.deployment,
                                                launcher, network);
        preflight->setStorageDebounce(10);
        preflight->start();
    }
    ~PreflightWizard() { preflight.reset(); }

    MainWindow& window() { return *wizard.window; }
    FieldEditor* editor(PageId page, const QString& key)
    {
        return window().settingsPage(page)->editor(key);
    }
    bool signedIn() { return window().welcomePage()->subscriptionPicker()->count() > 0; }
};

QTreeWidgetItem* toolRow(QTreeWidget* list, const QString& name)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == name)
            return list->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class PreflightUiTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The simulator's client address, which Detect must find (not the wizard's default).
        qputenv("CNPG_SIM_CLIENT_IP", "198.51.100.23");
    }

    void toolsTableShowsTheSimulatedTools()
    {
        PreflightWizard w;
        QTreeWidget* list = w.window().welcomePage()->toolList();
        for (const char* name : {"az", "kubectl", "helm"}) {
            QTRY_VERIFY_WITH_TIMEOUT(
                toolRow(list, QString::fromLatin1(name)) &&
                    !toolRow(list, QString::fromLatin1(name))->text(2).isEmpty(),
                120000);
            QTreeWidgetItem* row = toolRow(list, QString::fromLatin1(name));
            QCOMPARE(row->text(1), ToolCheck::stateText(ToolState::Ok));
            QVERIFY(!row->text(3).isEmpty()); // the minimum
            QVERIFY(row->text(4).isEmpty());  // nothing to fix
        }
        // The simulator's kubectl says v1.29.4.
        QCOMPARE(toolRow(list, QStringLiteral("kubectl"))->text(2), QStringLiteral("1.29.4"));
        // Krew is missing until the deployment installs it: not blocking, and no command.
        QTRY_COMPARE_WITH_TIMEOUT(toolRow(list, QStringLiteral("krew"))->text(1),
                                  ToolCheck::stateText(ToolState::Missing), 120000);
        QVERIFY(w.window().nextButton()->isEnabled()); // simulation never blocks Welcome
    }

    void subscriptionPickerPinsTheSubscription()
    {
        PreflightWizard w;
        QComboBox* picker = w.window().welcomePage()->subscriptionPicker();
        QTRY_VERIFY_WITH_TIMEOUT(picker->count() > 0, 120000);
        QVERIFY(picker->itemText(0).contains(QStringLiteral("Simulated Subscription")));
        const QString id = picker->itemData(0).toString();
        QVERIFY(!id.isEmpty());
        // Pinned at once when nothing was chosen before.
        QCOMPARE(w.wizard.model.value(keys::SubscriptionId), id);
        w.wizard.model.setValue(keys::SubscriptionId, QString());
        QVERIFY(!w.wizard.model.script().contains(QStringLiteral("--subscription")));
        emit picker->activated(0);
        QCOMPARE(w.wizard.model.value(keys::SubscriptionId), id);
        QVERIFY(w.wizard.model.script().contains(QStringLiteral("--subscription")));
        QVERIFY(w.wizard.model.script().contains(id));
    }

    void detectFillsTheClientIp()
    {
        PreflightWizard w;
        QPushButton* detect = w.window().settingsPage(PageId::Settings)->detectIpButton();
        QVERIFY(detect->isEnabled());
        QCOMPARE(w.wizard.model.value(keys::ClientIp), QStringLiteral("203.0.113.7"));
        w.window().showPage(PageId::Settings);
        QTest::mouseClick(detect, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(w.wizard.model.value(keys::ClientIp),
                                  QStringLiteral("198.51.100.23"), 5000);
        FieldEditor* ip = w.editor(PageId::Settings, keys::ClientIp);
        QVERIFY(ip->note().contains(QStringLiteral("198.51.100.23")));
        QVERIFY(detect->isEnabled());
        // Still editable.
        auto* line = qobject_cast<QLineEdit*>(ip->editor());
        QVERIFY(line && !line->isReadOnly());
    }

    void detectsAtStartWhenEmpty()
    {
        Settings s = fixedSettings();
        s.setValue(keys::ClientIp, QString());
        Wizard wizard(s, QStringLiteral("en"), simulated());
        // Simulation mode fills in its default address; a real start finds it empty.
        wizard.model.setValue(keys::ClientIp, QString());
        QProcessLauncher launcher;
        QNetworkAccessManager network;
        Preflight preflight(*wizard.window, wizard.model, wizard.deployment, launcher, network);
        preflight.start();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.model.value(keys::ClientIp),
                                  QStringLiteral("198.51.100.23"), 5000);
    }

    void versionPickerListsTheRegionsVersions()
    {
        PreflightWizard w;
        FieldEditor* version = w.editor(PageId::Settings, keys::ClusterVersion);
        QVERIFY(qobject_cast<QComboBox*>(version->editor()));
        QTRY_VERIFY_WITH_TIMEOUT(!version->choices().isEmpty(), 120000);
        // The simulator's versions with standard support (1.31-1.33 are long-term only).
        QCOMPARE(version->choices(), (QStringList{QStringLiteral("1.34"), QStringLiteral("1.35"),
                                                  QStringLiteral("1.36")}));
        // The region's default became the default; the guide's 1.29 stays in view.
        QTRY_COMPARE(w.wizard.model.value(keys::ClusterVersion), QStringLiteral("1.35"));
        QVERIFY(!w.wizard.model.settings().isOverridden(keys::ClusterVersion));
        QTRY_VERIFY(version->note().contains(QStringLiteral("westus3")));
        QVERIFY(version->statusText().contains(QStringLiteral("1.29")));
        QVERIFY(!version->resetButton()->isVisibleTo(version));
        // Another region: asked again.
        w.wizard.model.setValue(keys::Region, QStringLiteral("eastus2"));
        QTRY_VERIFY_WITH_TIMEOUT(version->note().contains(QStringLiteral("eastus2")), 120000);
        QTRY_VERIFY_WITH_TIMEOUT(version->note().startsWith(QStringLiteral("Offered")), 120000);
        // A version typed by the user is kept, with a warning.
        w.wizard.model.setValue(keys::ClusterVersion, QStringLiteral("1.25"));
        QVERIFY(version->note().contains(QStringLiteral("1.25")));
        QCOMPARE(w.wizard.model.value(keys::ClusterVersion), QStringLiteral("1.25"));
        // Reset goes back to the region's default, not to the guide's retired version.
        QVERIFY(version->resetButton()->isVisibleTo(version));
        QVERIFY(version->resetButton()->toolTip().contains(QStringLiteral("1.35")));
        version->resetButton()->click();
        QCOMPARE(w.wizard.model.value(keys::ClusterVersion), QStringLiteral("1.35"));
    }

    void takenStorageNameBlocksNext()
    {
        PreflightWizard w;
        QTRY_VERIFY_WITH_TIMEOUT(w.signedIn(), 120000);
        // An account that exists in the simulated Azure makes its name taken.
        const QString taken = QStringLiteral("takenbysomeone42");
        const QProcessEnvironment env = w.preflight->environment();
        for (const QStringList& args :
             {QStringList{QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("-n"),
                          QStringLiteral("rg-other"), QStringLiteral("-l"),
                          QStringLiteral("westus3")},
              QStringList{QStringLiteral("storage"), QStringLiteral("account"),
                          QStringLiteral("create"), QStringLiteral("-n"), taken,
                          QStringLiteral("-g"), QStringLiteral("rg-other"), QStringLiteral("-l"),
                          QStringLiteral("westus3"), QStringLiteral("--sku"),
                          QStringLiteral("Standard_ZRS"), QStringLiteral("--kind"),
                          QStringLiteral("StorageV2")}}) {
            QProcess az;
            az.setProcessEnvironment(env);
            az.start(ToolEnvironment::findProgram(QStringLiteral("az"), env), args);
            QVERIFY(az.waitForFinished(120000));
            QVERIFY2(az.exitCode() == 0, az.readAllStandardError().constData());
        }
        w.window().showPage(PageId::IdentityStorage);
        SettingsFormPage* page = w.window().settingsPage(PageId::IdentityStorage);
        FieldEditor* storage = page->editor(keys::StorageAccount);
        QTRY_VERIFY_WITH_TIMEOUT(storage->note() == QStringLiteral("Available"), 120000);
        QVERIFY(w.window().nextButton()->isEnabled());

        w.wizard.model.setValue(keys::StorageAccount, taken);
        QTRY_VERIFY_WITH_TIMEOUT(!storage->isValid(), 120000);
        QVERIFY(storage->errorText().startsWith(QStringLiteral("Taken:")));
        QVERIFY(!page->isComplete());
        QVERIFY(!w.window().nextButton()->isEnabled());
        auto* status =
            storage->findChild<QLabel*>(QStringLiteral("status_") + keys::StorageAccount);
        QVERIFY(status && status->isVisible() &&
                status->text().startsWith(QStringLiteral("Taken")));

        // Another name clears it.
        w.wizard.model.setValue(keys::StorageAccount, QStringLiteral("freename0042"));
        QTRY_VERIFY_WITH_TIMEOUT(storage->note() == QStringLiteral("Available"), 120000);
        QVERIFY(storage->isValid());
        QVERIFY(w.window().nextButton()->isEnabled());

        // The same account seen from its own resource group is the deployment's: reused, fine.
        w.wizard.model.setValue(keys::ResourceGroup, QStringLiteral("rg-other"));
        w.wizard.model.setValue(keys::StorageAccount, taken);
        QTRY_VERIFY_WITH_TIMEOUT(storage->note().contains(QLatin1String("reuse")), 120000);
        QVERIFY(storage->isValid());
        QVERIFY(w.window().nextButton()->isEnabled());
    }
};

QTEST_MAIN(PreflightUiTest)
#include "tst_preflightui.moc"
