// The wizard's deployments view against the simulator: the list from the journals, the
// resources a deployment made, a live check of what exists, its scripts again (the command
// line's bytes), and a teardown with the typed confirmation, the second one for a resource the
// deployment did not make, a stopped wait that Azure's deletion survives, and a resume to the
// end.
#include "DeploymentsDialog.h"
#include "GuiTestUtil.h"
#include "TeardownDialog.h"
#include "run/Journal.h"
#include "run/StepListModel.h"
#include "settings/SettingsFile.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTreeView>

using namespace cnpg;
using namespace cnpg::test;

namespace {

QString s(const char* t)
{
    return QString::fromUtf8(t);
}

bool setClock(const QString& path, qint64 ms)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           f.write(QByteArray::number(ms)) > 0;
}

// The simulated az of this world, to its end.
int az(const RunService& run, const QStringList& args, QByteArray* out = nullptr)
{
    QProcess p;
    p.setProcessEnvironment(run.environment(RunService::Mode::Simulate));
    p.start(s(CNPG_BIN_DIR "/cnpg-sim"), QStringList{s("az")} + args);
    if (!p.waitForFinished(60000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitCode();
}

QTreeWidgetItem* rowNamed(QTreeWidget* tree, int column, const QString& text)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(column) == text)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class DeploymentsViewTest : public QObject
{
    Q_OBJECT
private slots:
    void listCheckExportAndTearDown();
    void resumeContinuesTheJournalInTheWizard();
    void aDeploymentOfTheOtherModeIsOnlyListed();
};

void DeploymentsViewTest::listCheckExportAndTearDown()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Settings settings = fixedSettings();
    const QString rg = settings.value(keys::ResourceGroup);
    QProcessLauncher launcher;
    RunService::Context context =
        simulatedContext(launcher, dir.filePath(s("data")), dir.filePath(s("home")));
    RunService run(context);
    Deployment deployment(run);
    deployment.setOptions({true, 8});
    QSignalSpy deployed(&deployment, &Deployment::finished);
    QVERIFY(deployment.start(settings, false).ok());
    QVERIFY(deployed.wait(180000));
    QCOMPARE(deployment.outcome(), Executor::Outcome::Succeeded);
    QCOMPARE(az(run, {s("identity"), s("create"), s("--name"), s("intruder"), s("--resource-group"),
                      rg}),
             0);

    // From here the simulator's time moves only when the test moves it: the resource group
    // stays "deleting" for as long as the test needs.
    const QString clock = dir.filePath(s("clock"));
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(setClock(clock, now));
    RunService::Context frozen = context;
    frozen.baseEnvironment.insert(s("CNPG_SIM_CLOCK"), clock);
    const RunService frozenRun(frozen); // the test's own az calls, on the same clock

    DeploymentsDialog view(frozen, RunService::Mode::Simulate);
    view.show();
    QCOMPARE(view.entries().size(), 1);
    QCOMPARE(view.entries().first().outcome, s("succeeded"));
    QCOMPARE(view.deploymentList()->topLevelItem(0)->text(0), rg);
    QCOMPARE(view.deploymentList()->topLevelItem(0)->text(3), s("succeeded"));
    QVERIFY(!view.resumeButton()->isEnabled()); // nothing left to resume
    const QString cluster = settings.value(keys::ClusterName);
    QTreeWidgetItem* clusterRow = rowNamed(view.resourceList(), 1, cluster);
    QVERIFY2(clusterRow, "the journal's resources name the cluster");
    QCOMPARE(clusterRow->text(3), s("Microsoft.ContainerService/managedClusters"));
    QCOMPARE(clusterRow->text(0), QString()); // not checked yet

    // The live check: what the journal names exists; the intruder shows as someone else's.
    QSignalSpy checked(&view, &DeploymentsDialog::checked);
    view.checkButton()->click();
    QVERIFY(checked.wait(60000));
    QCOMPARE(rowNamed(view.resourceList(), 1, cluster)->text(0), s("exists"));
    QTreeWidgetItem* intruder = rowNamed(view.resourceList(), 1, s("intruder"));
    QVERIFY(intruder);
    QCOMPARE(intruder->text(0), s("exists (not made by this deployment)"));

    // Its scripts again: the command line's bytes for the journal's settings.
    const QString settingsFile = dir.filePath(s("settings.json"));
    QVERIFY(SettingsFile::save(settingsFile, *view.selectedSettings()));
    QProcess cli;
    cli.setProcessEnvironment(context.baseEnvironment);
    cli.start(s(CNPG_BIN_DIR "/cnpg-aks-wizard"),
              {s("--language"), s("en"), s("--settings"), settingsFile, s("--export-script"),
               dir.filePath(s("cli.sh")), s("--export-teardown"),
               dir.filePath(s("cli-teardown.sh"))});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QVERIFY(view.exportScriptTo(dir.filePath(s("view.sh"))));
    QVERIFY(view.exportTeardownTo(dir.filePath(s("view-teardown.sh"))));
    QCOMPARE(readAll(dir.filePath(s("view.sh"))), readAll(dir.filePath(s("cli.sh"))));
    QCOMPARE(readAll(dir.filePath(s("view-teardown.sh"))),
             readAll(dir.filePath(s("cli-teardown.sh"))));

    // The teardown: nothing goes before the name is typed and the intruder confirmed.
    TeardownDialog* teardown = view.tearDownSelected();
    QVERIFY(teardown);
    QVERIFY(!view.teardownButton()->isEnabled()); // one at a time
    QTRY_COMPARE_WITH_TIMEOUT(teardown->phase(), TeardownDialog::Phase::Confirm, 60000);
    QTreeWidgetItem* marked = rowNamed(teardown->inventoryView(), 2, s("intruder"));
    QVERIFY(marked);
    QCOMPARE(marked->text(1), s("not made by this deployment"));
    QCOMPARE(rowNamed(teardown->inventoryView(), 2, cluster)->text(1), s("this deployment's"));
    // The kubeconfig entries get-credentials made on this machine go too.
    QTreeWidgetItem* kubeContext = rowNamed(teardown->inventoryView(), 3, s("kubeconfig context"));
    QVERIFY(kubeContext);
    QCOMPARE(kubeContext->text(2), cluster);
    QVERIFY(teardown->foreignBox()->isVisibleTo(teardown));
    QVERIFY(!teardown->deleteButton()->isEnabled());
    teardown->confirmEdit()->setText(rg + s("x"));
    QVERIFY(!teardown->deleteButton()->isEnabled());
    teardown->confirmEdit()->setText(rg);
    QVERIFY(!teardown->deleteButton()->isEnabled()); // the intruder is not confirmed yet
    teardown->foreignBox()->setChecked(true);
    QVERIFY(teardown->deleteButton()->isEnabled());
    QCOMPARE(az(frozenRun, {s("group"), s("show"), s("--name"), rg}), 0); // nothing deleted yet

    teardown->deleteButton()->click();
    QCOMPARE(teardown->phase(), TeardownDialog::Phase::Running);
    QVERIFY(teardown->progressView()->isVisibleTo(teardown));
    // The group is deleting once its step waits for it; stopping leaves Azure deleting.
    QTRY_VERIFY_WITH_TIMEOUT(teardown->statusLabel()->text().contains(s("Elapsed")), 30000);
    QVERIFY(QTest::qWaitFor(
        [&] {
            QByteArray out;
            az(frozenRun,
               {s("group"), s("show"), s("--name"), rg, s("--query"),
                s("properties.provisioningState"), s("--output"), s("tsv")},
               &out);
            return out.trimmed() == "Deleting";
        },
        60000));
    // Each resource's state, from the watch: nothing has gone while the clock stands still.
    QCOMPARE(rowNamed(teardown->inventoryView(), 2, cluster)->text(0), s("deleting…"));
    teardown->stopButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(teardown->phase(), TeardownDialog::Phase::Stopped, 30000);
    QVERIFY(teardown->statusLabel()->text().contains(s("goes on deleting")));
    QVERIFY(teardown->resumeButton()->isVisibleTo(teardown));

    // Azure finishes meanwhile; Resume follows it to the end.
    now += 24 * 3600 * 1000LL;
    QVERIFY(setClock(clock, now));
    teardown->resumeButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(teardown->phase(), TeardownDialog::Phase::Finished, 60000);
    for (int i = 0; i < teardown->inventoryView()->topLevelItemCount(); ++i)
        QCOMPARE(teardown->inventoryView()->topLevelItem(i)->text(0), s("deleted"));
    QVERIFY(az(frozenRun, {s("group"), s("show"), s("--name"), rg}) != 0);
    QVERIFY(az(frozenRun, {s("group"), s("show"), s("--name"), settings.value(keys::ManagedRg)}) !=
            0);
    QCOMPARE(view.entries().first().teardownOutcome, s("succeeded"));
    QCOMPARE(view.deploymentList()->topLevelItem(0)->text(5), s("torn down"));

    // Both dialogs follow a language switch at run time.
    LanguageManager languages;
    languages.setLanguage(s("ko"), false);
    QTRY_COMPARE(view.deploymentList()->headerItem()->text(0), s("리소스 그룹"));
    QCOMPARE(view.deploymentList()->topLevelItem(0)->text(5), s("해체됨"));
    QVERIFY(teardown->statusLabel()->text().startsWith(s("해체가 끝났습니다")));
    languages.setLanguage(s("en"), false);
    QTRY_COMPARE(view.deploymentList()->headerItem()->text(0), s("Resource group"));
    teardown->close();
}

void DeploymentsViewTest::resumeContinuesTheJournalInTheWizard()
{
    Wizard w(fixedSettings(), s("en"), {true, QString(), s("0.002")});
    // A deployment cancelled once it is under way leaves a journal to resume.
    QSignalSpy finished(&w.deployment, &Deployment::finished);
    QVERIFY(w.deployment.start(fixedSettings(), false).ok());
    QTRY_VERIFY_WITH_TIMEOUT(w.deployment.model()->progress() > 0.1, 60000);
    w.deployment.cancel();
    QVERIFY(finished.wait(60000));
    QCOMPARE(w.deployment.outcome(), Executor::Outcome::Cancelled);

    // Another value in the window: Resume brings the journal's settings back.
    w.model.setValue(keys::LocalName, s("other"));
    DeploymentsDialog* view = w.window->openDeployments();
    QCOMPARE(view->entries().size(), 1);
    QCOMPARE(view->deploymentList()->topLevelItem(0)->text(3), s("cancelled"));
    QVERIFY(view->resumeButton()->isEnabled());
    view->resumeButton()->click();
    QCOMPARE(w.window->currentPage(), PageId::Deploy);
    QCOMPARE(w.model.settings(), fixedSettings());
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2, 120000);
    QCOMPARE(w.deployment.outcome(), Executor::Outcome::Succeeded);
    const auto journal = Journal::load(Journal::pathFor(w.data.path(), fixedSettings()));
    QVERIFY(journal);
    QCOMPARE(journal->history.size(), 1); // the cancelled run, continued
}

void DeploymentsViewTest::aDeploymentOfTheOtherModeIsOnlyListed()
{
    // A cancelled deployment in Azure, seen from the wizard in simulation: listed and exported,
    // but neither checked, resumed nor torn down against the simulator.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Settings settings = fixedSettings();
    Journal j;
    j.deployment = settings.value(keys::ResourceGroup);
    j.mode = s("azure");
    j.settings = QJsonDocument::fromJson(SettingsFile::toJson(settings)).object();
    j.settingsHash = Journal::hashValues(settings.resolvedValues());
    j.startedAt = QDateTime::currentDateTimeUtc();
    j.updatedAt = j.startedAt;
    j.outcome = s("cancelled");
    QString error;
    QVERIFY2(j.save(Journal::pathFor(dir.path(), settings), &error), qPrintable(error));
    QProcessLauncher launcher;
    const RunService::Context context =
        simulatedContext(launcher, dir.path(), dir.filePath(s("home")));

    DeploymentsDialog view(context, RunService::Mode::Simulate);
    view.show();
    QCOMPARE(view.entries().size(), 1);
    QCOMPARE(view.entries().first().mode, s("azure"));
    QVERIFY(view.exportButton()->isEnabled());
    QVERIFY(!view.resumeButton()->isEnabled());
    QVERIFY(!view.checkButton()->isEnabled());
    QVERIFY(!view.teardownButton()->isEnabled());
    QVERIFY2(view.statusLabel()->text().contains(s("in Azure")),
             qPrintable(view.statusLabel()->text()));

    // The same journal from a wizard against Azure is its own again.
    DeploymentsDialog azure(context, RunService::Mode::Azure);
    azure.show();
    QVERIFY(azure.resumeButton()->isEnabled());
    QVERIFY(azure.checkButton()->isEnabled());
    QVERIFY(!azure.statusLabel()->text().contains(s("in Azure")));
}

QTEST_MAIN(DeploymentsViewTest)
#include "tst_deploymentsview.moc"
