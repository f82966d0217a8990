// The whole wizard against the simulator: click through every page with the defaults, deploy,
// wait for every row to succeed (the window stays responsive meanwhile), check the Done page's
// outputs; then cancel and resume, and a failure with Retry failed.
#include "CommandPreview.h"
#include "ConnectionPanel.h"
#include "DeployPage.h"
#include "DonePage.h"
#include "GuiTestUtil.h"
#include "ReviewPage.h"
#include "ScriptSections.h"
#include "SettingsFormPage.h"
#include "WelcomePage.h"
#include "run/Journal.h"
#include "run/StepListModel.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTimer>
#include <QTreeView>
#include <spdlog/spdlog.h>

using namespace cnpg;
using namespace cnpg::test;

namespace {

RunSetup simulated(const QString& dataDir, const QString& timeScale = QStringLiteral("0.002"))
{
    RunSetup o;
    o.simulate = true;
    o.dataDir = dataDir;
    o.timeScale = timeScale;
    return o;
}

// The longest time the event loop went without running a 20 ms timer.
class Watchdog : public QObject
{
public:
    Watchdog()
    {
        m_clock.start();
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, this,
                         [this] { m_maxGap = std::max(m_maxGap, m_clock.restart()); });
        m_timer.start();
    }
    qint64 maxGap() const { return m_maxGap; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_maxGap = 0;
};

QList<StepState> rowStates(QTreeView* view)
{
    QList<StepState> out;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        out << StepState(view->model()->index(r, 0).data(StepListModel::StateRole).toInt());
    return out;
}

// A fresh run creates every resource, except the signed-in user's Grafana Admin, which az
// grafana create already gave its creator: the run finds it and skips the assignment.
StepState expectedState(const QString& id)
{
    return id == QLatin1String("grafana.role.user") ? StepState::Skipped : StepState::Succeeded;
}

} // namespace

class WizardFlowTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { spdlog::set_level(spdlog::level::warn); } // the executor's log is long
    void clickThroughAndDeploy();
    void cancelAndResume();
    void resumeAfterRestart();
    void failureAndRetry();
    void resumeRefusedOffersAFreshRun();

private:
    void checkConnection(DonePage& done, const Settings& s, const QString& dataDir,
                         MainWindow& win);
    void checkConnectionLayout(DonePage& done, MainWindow& win);
};

void WizardFlowTest::clickThroughAndDeploy()
{
    QTemporaryDir data;
    // The guide's defaults: SUFFIX and the DNS prefix drawn, the client IP the simulation's.
    // At 0.01 the cluster is Creating for 4.5 s, so that the live status is polled during it
    // even when starting a process takes a second on a loaded machine.
    Wizard w(Settings::withGeneratedIds(), QStringLiteral("en"),
             simulated(data.path(), QStringLiteral("0.01")));
    MainWindow& win = *w.window;
    QVERIFY(win.simulationBanner()->isVisible());
    QCOMPARE(w.model.value(keys::ClientIp), QStringLiteral("203.0.113.10"));

    for (int p = 0; p < int(PageId::Review); ++p) {
        QCOMPARE(win.currentPage(), PageId(p));
        QVERIFY2(win.nextButton()->isEnabled(), qPrintable(pageSlug(PageId(p))));
        // Every stage page shows its commands: lines of the exported script, nothing else.
        if (SettingsFormPage* page = win.settingsPage(PageId(p))) {
            const QString preview = page->preview()->toPlainText();
            QVERIFY2(!preview.isEmpty(), qPrintable(pageSlug(PageId(p))));
            for (const QString& line : preview.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                QVERIFY2(w.model.script().contains(line), qPrintable(line));
            for (const QString& st : stagesOf(PageId(p))) {
                const int number = w.model.plan().stageNumber(st);
                QVERIFY2(number > 0, qPrintable(st));
                QVERIFY(preview.contains(ScriptSections(w.model.script()).stage(number)));
            }
        }
        QTest::mouseClick(win.nextButton(), Qt::LeftButton);
    }
    QCOMPARE(win.currentPage(), PageId::Review);
    QCOMPARE(win.reviewPage()->preview()->toPlainText(), w.model.script());

    Watchdog watchdog;
    QTest::mouseClick(win.nextButton(), Qt::LeftButton); // Deploy
    QCOMPARE(win.currentPage(), PageId::Deploy);
    DeployPage* deploy = win.deployPage();
    QVERIFY(w.deployment.isRunning());
    QVERIFY(deploy->cancelButton()->isEnabled());
    QVERIFY(!win.backButton()->isEnabled());
    QVERIFY(!win.nextButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!w.deployment.isRunning(), 90000);
    QCOMPARE(w.deployment.outcome(), Executor::Outcome::Succeeded);
    // A figure, not a timed test (a loaded machine or a sanitizer stretches any window); only a
    // stall long enough to be a hang fails.
    qInfo("longest event loop stall: %lld ms", static_cast<long long>(watchdog.maxGap()));
    // Generous, and more so in sanitizer builds: this catches work that blocks the window
    // outright, not a slow frame.
    QVERIFY2(watchdog.maxGap() < 20000 * CNPG_TEST_TIMEOUT_FACTOR,
             qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(watchdog.maxGap())));

    // One row per resource, every one Succeeded, each with a time and a log.
    QTreeView* view = deploy->view();
    const QStringList ids = w.deployment.model()->groupIds();
    for (const char* id :
         {"group.create", "identity.create", "storage.account", "storage.container",
          "storage.role.identity", "monitoring.grafana", "monitoring.amw", "monitoring.law",
          "aks.create", "aks.nodepool", "k8s.namespace.pg", "k8s.namespace.system", "aks.insights",
          "pip.create", "pip.role", "helm.install"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    const QList<StepState> states = rowStates(view);
    for (int r = 0; r < states.size(); ++r)
        QVERIFY2(states.at(r) == expectedState(ids.at(r)), qPrintable(ids.at(r)));
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex row = view->model()->index(r, 0);
        QVERIFY(!row.siblingAtColumn(StepListModel::ElapsedColumn).data().toString().isEmpty());
        QVERIFY(!row.data(StepListModel::LogRole).toString().isEmpty());
    }
    // The selected row's log is shown.
    view->setCurrentIndex(view->model()->index(ids.indexOf(QStringLiteral("aks.create")), 0));
    QVERIFY(deploy->log()->toPlainText().contains(QStringLiteral("az aks create")));
    QCOMPARE(deploy->progressBar()->value(), deploy->progressBar()->maximum());
    // The live provisioning state was polled while the cluster was being created.
    const QModelIndex aks = view->model()->index(ids.indexOf(QStringLiteral("aks.create")),
                                                 StepListModel::ProvisioningColumn);
    QCOMPARE(aks.data().toString(), QStringLiteral("Succeeded"));
    QVERIFY(aks.siblingAtColumn(0)
                .data(StepListModel::LogRole)
                .toString()
                .contains(QStringLiteral("provisioningState: Creating")));
    QVERIFY(!deploy->retryButton()->isEnabled());
    QVERIFY(!deploy->resumeButton()->isEnabled());

    QVERIFY(win.nextButton()->isEnabled());
    QTest::mouseClick(win.nextButton(), Qt::LeftButton);
    QCOMPARE(win.currentPage(), PageId::Done);
    DonePage* done = win.donePage();
    const Settings& s = w.model.settings();
    QCOMPARE(done->output(keys::ClusterName), s.value(keys::ClusterName));
    QCOMPARE(done->output(QStringLiteral("KUBE_CONTEXT")), s.value(keys::ClusterName));
    QCOMPARE(done->output(QStringLiteral("AKS_PRIMARY_CLUSTER_NODERG_NAME")),
             s.value(keys::ManagedRg));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$"))
                .match(done->output(QStringLiteral("AKS_UAMI_WORKLOAD_CLIENTID")))
                .hasMatch());
    QCOMPARE(done->output(keys::StorageAccount), s.value(keys::StorageAccount));
    QCOMPARE(done->output(keys::BackupContainer), s.value(keys::BackupContainer));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{1,3}){3}$"))
                .match(done->output(QStringLiteral("AKS_PRIMARY_CLUSTER_PUBLICIP_ADDRESS")))
                .hasMatch());
    QTemporaryDir out;
    // The run report (tst_runreport reads it in detail).
    const QString reportFile = out.filePath(QStringLiteral("report.html"));
    QVERIFY(win.exportReportTo(reportFile));
    QFile f(reportFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString report = QString::fromUtf8(f.readAll());
    QVERIFY(report.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">")));
    QVERIFY(
        report.contains(QStringLiteral("<span class=\"badge state-succeeded\">Succeeded</span>")));
    QVERIFY(report.contains(
        QStringLiteral("<tbody id=\"step-aks.create\" class=\"step state-succeeded\">")));
    QVERIFY(report.contains(done->output(QStringLiteral("AKS_UAMI_WORKLOAD_CLIENTID"))));
    QVERIFY(!win.welcomePage()->resumeButton()->isVisible()); // nothing left to resume
    checkConnection(*done, s, data.path(), win);
}

// The Done page's connection details, the password behind Show (and nowhere else), and the
// failover test, against the simulated cluster the run made.
void WizardFlowTest::checkConnection(DonePage& done, const Settings& s, const QString& dataDir,
                                     MainWindow& win)
{
    ConnectionPanel* c = done.connectionPanel();
    QCOMPARE(c->field(QStringLiteral("host")), s.value(keys::DnsPrefix) + QLatin1Char('.') +
                                                   s.value(keys::Region) +
                                                   QStringLiteral(".cloudapp.azure.com"));
    QCOMPARE(c->field(QStringLiteral("readWritePort")), QStringLiteral("5432"));
    QCOMPARE(c->field(QStringLiteral("readOnlyPort")), QStringLiteral("5433"));
    QCOMPARE(c->field(QStringLiteral("database")), QStringLiteral("appdb"));
    QCOMPARE(c->field(QStringLiteral("user")), QStringLiteral("app"));
    QVERIFY2(c->commands().contains(QStringLiteral("port=5433 dbname=appdb user=app")),
             qPrintable(c->commands()));
    QVERIFY(c->field(QStringLiteral("password")).isEmpty()); // not read until asked for
    QTest::mouseClick(done.findChild<QPushButton*>(QStringLiteral("showPassword")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!c->field(QStringLiteral("password")).isEmpty(), 30000);
    QVERIFY(c->passwordShown());
    const QString password = c->field(QStringLiteral("password"));
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{48}$")).match(password).hasMatch(),
             qPrintable(password));
    checkConnectionLayout(done, win);
    if (QTest::currentTestFailed())
        return;
    QTemporaryDir out;
    QVERIFY(win.exportReportTo(out.filePath(QStringLiteral("report.html"))));
    QDirIterator files(dataDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList paths = {out.filePath(QStringLiteral("report.html"))};
    while (files.hasNext())
        paths << files.next();
    for (const QString& path : paths) {
        if (path.endsWith(QLatin1String("state.json")))
            continue; // the simulated cluster itself, where the secret lives
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(password.toLatin1()), qPrintable(path));
    }

    QTest::mouseClick(done.findChild<QPushButton*>(QStringLiteral("testFailover")), Qt::LeftButton);
    const QString promoted = s.value(keys::PgClusterName) + QStringLiteral("-2");
    QTRY_VERIFY_WITH_TIMEOUT(
        c->failoverText().startsWith(QStringLiteral("The new primary is ") + promoted), 60000);
}

// At the size the wizard is designed for, the connection box shows every value whole: the
// page fits the window, every psql line is in view without scrolling, the revealed password
// fits its field.
void WizardFlowTest::checkConnectionLayout(DonePage& done, MainWindow& win)
{
    win.resize(1280, 800);
    QTRY_COMPARE(win.size(), QSize(1280, 800));
    auto* commands = done.findChild<CommandPreview*>(QStringLiteral("connectionCommands"));
    QVERIFY(commands);
    const QTextBlock last = commands->document()->findBlockByNumber(
        commands->document()->blockCount() -
        (commands->document()->lastBlock().text().isEmpty() ? 2 : 1));
    QVERIFY(last.text().startsWith(QLatin1String("psql ")));
    QTextCursor end(last);
    end.movePosition(QTextCursor::EndOfBlock);
    QTRY_VERIFY2(commands->cursorRect(end).bottom() <= commands->viewport()->height() &&
                     commands->cursorRect(end).right() <= commands->viewport()->width(),
                 qPrintable(commands->script()));
    QCOMPARE(commands->verticalScrollBar()->value(), 0);
    const auto* password = done.findChild<QLineEdit*>(QStringLiteral("connection_password"));
    QVERIFY(password && password->echoMode() == QLineEdit::Normal);
    // The text and the frame's and text margins' few pixels.
    QVERIFY2(password->fontMetrics().horizontalAdvance(password->text()) + 8 <= password->width(),
             qPrintable(QString::number(password->width())));
}

void WizardFlowTest::cancelAndResume()
{
    QTemporaryDir data;
    Wizard w(fixedSettings(), QStringLiteral("en"), simulated(data.path()));
    MainWindow& win = *w.window;
    win.showPage(PageId::Review);
    QTest::mouseClick(win.nextButton(), Qt::LeftButton);
    DeployPage* deploy = win.deployPage();
    QTRY_VERIFY_WITH_TIMEOUT(w.deployment.model() && w.deployment.model()->progress() > 0.25,
                             60000);
    // The language switches while the run goes on: headers and states follow at once.
    w.languages.setLanguage(QStringLiteral("ko"), false);
    QCoreApplication::processEvents();
    const QString header =
        deploy->view()->model()->headerData(StepListModel::StateColumn, Qt::Horizontal).toString();
    QCOMPARE(header, QStringLiteral("상태"));
    QCOMPARE(deploy->cancelButton()->text(), QStringLiteral("취소(&C)"));
    // The log, too: the states in it are worded when shown.
    deploy->view()->setCurrentIndex(deploy->view()->model()->index(0, 0));
    QVERIFY2(deploy->log()->toPlainText().contains(QStringLiteral("] 성공")),
             qPrintable(deploy->log()->toPlainText()));
    QTest::mouseClick(deploy->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!w.deployment.isRunning(), 30000);
    QCOMPARE(w.deployment.outcome(), Executor::Outcome::Cancelled);
    QVERIFY(deploy->resumeButton()->isEnabled());
    QVERIFY(!deploy->retryButton()->isEnabled());
    QVERIFY(win.backButton()->isEnabled());
    QVERIFY(!win.nextButton()->isEnabled());

    QTest::mouseClick(deploy->resumeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!w.deployment.isRunning(), 90000);
    QCOMPARE(w.deployment.outcome(), Executor::Outcome::Succeeded);
    // What this session created stays Succeeded; what the cancel cut short may be found there.
    for (StepState st : rowStates(deploy->view()))
        QVERIFY(isDone(st));
}

void WizardFlowTest::resumeAfterRestart()
{
    QTemporaryDir data;
    Settings first = fixedSettings();
    first.setValue(keys::LocalName, QStringLiteral("resume"));
    {
        Wizard w(first, QStringLiteral("en"), simulated(data.path()));
        w.window->showPage(PageId::Review);
        QTest::mouseClick(w.window->nextButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.deployment.model()->progress() > 0.2, 60000);
        // The window closes mid-run: the wizard cancels (the test's Wizard does what the
        // window's close question does on Yes).
    }
    // A new start with new settings offers the interrupted deployment on the Welcome page.
    Wizard w(fixedSettings(), QStringLiteral("en"), simulated(data.path()));
    MainWindow& win = *w.window;
    QPushButton* resume = win.welcomePage()->resumeButton();
    QVERIFY(resume->isVisible());
    QTest::mouseClick(resume, Qt::LeftButton);
    QCOMPARE(w.model.value(keys::LocalName), QStringLiteral("resume"));
    QCOMPARE(win.currentPage(), PageId::Deploy);
    QVERIFY(w.deployment.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!w.deployment.isRunning(), 90000);
    QCOMPARE(w.deployment.outcome(), Executor::Outcome::Succeeded);
    // The journal kept the earlier run.
    QVERIFY(!w.deployment.executor()->journal().history.isEmpty());
    QVERIFY(!resume->isVisible());
}

void WizardFlowTest::failureAndRetry()
{
    QTemporaryDir data;
    // The public IP fails once with an error nobody retries; the storage container first hits
    // the guide's network-rules error (the remedy branch handles it).
    qputenv("CNPG_SIM_FAULTS", "network public-ip create=Error:quota exceeded*1;"
                               "storage container create=NetworkRules*1");
    Wizard w(fixedSettings(), QStringLiteral("en"), simulated(data.path()));
    MainWindow& win = *w.window;
    win.showPage(PageId::Review);
    QTest::mouseClick(win.nextButton(), Qt::LeftButton);
    DeployPage* deploy = win.deployPage();
    QTRY_VERIFY_WITH_TIMEOUT(!w.deployment.isRunning(), 90000);
    qunsetenv("CNPG_SIM_FAULTS");
    QCOMPARE(w.deployment.outcome(), Executor::Outcome::Failed);
    QVERIFY(deploy->retryButton()->isEnabled());
    QVERIFY(!win.nextButton()->isEnabled());
    const QStringList ids = w.deployment.model()->groupIds();
    const int pip = int(ids.indexOf(QStringLiteral("pip.create")));
    QCOMPARE(w.deployment.model()->groupState(pip), StepState::Failed);
    QVERIFY(w.deployment.model()
                ->index(pip, 0)
                .data(StepListModel::ErrorRole)
                .toString()
                .contains(QStringLiteral("quota exceeded")));
    // The remedy ran under the container's row.
    const int container = int(ids.indexOf(QStringLiteral("storage.container")));
    QCOMPARE(w.deployment.model()->groupState(container), StepState::Succeeded);
    QVERIFY(
        isDone(w.deployment.model()->stepStatus(QStringLiteral("storage.remedy.assign")).state));

    QTest::mouseClick(deploy->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!w.deployment.isRunning(), 90000);
    QCOMPARE(w.deployment.outcome(), Executor::Outcome::Succeeded);
    const QList<StepState> states = rowStates(deploy->view());
    for (int r = 0; r < states.size(); ++r)
        QVERIFY2(states.at(r) == expectedState(ids.at(r)),
                 qPrintable(ids.at(r) + QLatin1Char(' ') + stepStateName(states.at(r))));
    QVERIFY(win.nextButton()->isEnabled());
}

void WizardFlowTest::resumeRefusedOffersAFreshRun()
{
    QTemporaryDir data;
    Wizard w(fixedSettings(), QStringLiteral("en"), simulated(data.path()));
    MainWindow& win = *w.window;
    win.showPage(PageId::Review);
    QTest::mouseClick(win.nextButton(), Qt::LeftButton);
    DeployPage* deploy = win.deployPage();
    QVERIFY(!deploy->freshRunButton()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(w.deployment.model()->progress() > 0.1, 60000);
    QTest::mouseClick(deploy->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!w.deployment.isRunning(), 30000);
    QCOMPARE(w.deployment.outcome(), Executor::Outcome::Cancelled);

    // Meanwhile the journal was rewritten by a run of other settings (same resource group).
    const QString path = w.run.journalPath();
    auto journal = Journal::load(path);
    QVERIFY(journal);
    journal->settingsHash = Journal::hashValues({{QStringLiteral("OTHER"), QStringLiteral("1")}});
    QVERIFY(journal->save(path));

    // Resume is refused in words, nothing runs, and a fresh run is offered instead.
    QTest::mouseClick(deploy->resumeButton(), Qt::LeftButton);
    QVERIFY(!w.deployment.isRunning());
    QCOMPARE(w.deployment.outcome(), Executor::Outcome::Cancelled);
    const QLabel* status = deploy->findChild<QLabel*>(QStringLiteral("runStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral("other settings")), qPrintable(status->text()));
    QVERIFY(deploy->freshRunButton()->isVisible());
    QVERIFY(deploy->freshRunButton()->isEnabled());
    QVERIFY(!deploy->resumeButton()->isVisible());
    QVERIFY(!deploy->retryButton()->isVisible());
    // In Korean, too (the message is worded when the language switches).
    w.languages.setLanguage(QStringLiteral("ko"), false);
    QCoreApplication::processEvents();
    QCOMPARE(deploy->freshRunButton()->text(), QStringLiteral("새로 실행(&F)"));
    QVERIFY2(status->text().contains(QStringLiteral("다른 설정으로")), qPrintable(status->text()));
    w.languages.setLanguage(QStringLiteral("en"), false);
    QCoreApplication::processEvents();

    QTest::mouseClick(deploy->freshRunButton(), Qt::LeftButton);
    QVERIFY(w.deployment.isRunning());
    QVERIFY(!deploy->freshRunButton()->isVisible());
    QVERIFY(deploy->resumeButton()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!w.deployment.isRunning(), 90000);
    QCOMPARE(w.deployment.outcome(), Executor::Outcome::Succeeded);
    journal = Journal::load(path);
    QVERIFY(journal);
    QCOMPARE(journal->settingsHash, Journal::hashValues(w.model.settings().resolvedValues()));
}

QTEST_MAIN(WizardFlowTest)
#include "tst_wizardflow.moc"
