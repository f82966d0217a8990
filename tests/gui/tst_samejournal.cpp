// The wizard and --apply set a run up through the same RunService: the same settings give the
// same journal (steps, their states and attempts, the settings snapshot, the deployment), apart
// from times and the ids the simulated Azure draws.
#include "Deployment.h"
#include "GuiTestUtil.h"
#include "run/Journal.h"
#include "settings/SettingsFile.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>

using namespace cnpg;
using namespace cnpg::test;

namespace {

const QString TimeScale = QStringLiteral("0.002");

QString describe(const Journal& j)
{
    QStringList out;
    for (auto it = j.steps.cbegin(); it != j.steps.cend(); ++it)
        out << it.key() + QLatin1Char(' ') + stepStateName(it->state) + QLatin1Char(' ') +
                   QString::number(it->attempts) + QLatin1Char(' ') + it->reason;
    return out.join(QLatin1Char('\n'));
}

} // namespace

class SameJournalTest : public QObject
{
    Q_OBJECT
private slots:
    void wizardAndApplyWriteTheSameJournal();
};

void SameJournalTest::wizardAndApplyWriteTheSameJournal()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Settings settings = fixedSettings();

    // The wizard's path: Deployment through the RunService, as GuiApp wires it.
    const QString wizardData = dir.filePath(QStringLiteral("wizard"));
    {
        QProcessLauncher launcher;
        RunService::Context c;
        c.launcher = &launcher;
        c.dataDir = wizardData;
        c.simProgram = QStringLiteral(CNPG_BIN_DIR "/cnpg-sim");
        c.baseEnvironment =
            worldEnvironment(dir.filePath(QStringLiteral("wizard-home")), TimeScale);
        RunService run(c);
        Deployment deployment(run);
        deployment.setOptions({true, 8});
        QSignalSpy finished(&deployment, &Deployment::finished);
        QVERIFY(deployment.start(settings, false).ok());
        QVERIFY(finished.wait(120000));
        QCOMPARE(deployment.outcome(), Executor::Outcome::Succeeded);
        QCOMPARE(run.journalPath(), Journal::pathFor(wizardData, settings));
    }

    // The command line's: --apply --simulate with the same settings, in a data directory of
    // its own.
    const QString settingsFile = dir.filePath(QStringLiteral("settings.json"));
    QVERIFY(SettingsFile::save(settingsFile, settings));
    QProcessEnvironment env = worldEnvironment(dir.filePath(QStringLiteral("cli-home")), TimeScale);
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("cli")));
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(CNPG_BIN_DIR "/cnpg-aks-wizard"),
              {QStringLiteral("--apply"), QStringLiteral("--simulate"),
               QStringLiteral("--settings"), settingsFile});
    QVERIFY(app.waitForFinished(120000));
    const QString output = QString::fromUtf8(app.readAllStandardOutput()).right(2000) +
                           QString::fromUtf8(app.readAllStandardError());
    QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0, qPrintable(output));
    const QString cliData = dir.filePath(QStringLiteral("cli/cnpg-aks-wizard"));

    QString error;
    const auto fromWizard = Journal::load(Journal::pathFor(wizardData, settings), &error);
    QVERIFY2(fromWizard, qPrintable(error));
    const auto fromCli = Journal::load(Journal::pathFor(cliData, settings), &error);
    QVERIFY2(fromCli, qPrintable(error));

    QCOMPARE(fromCli->deployment, fromWizard->deployment);
    QCOMPARE(fromCli->settings, fromWizard->settings);
    QCOMPARE(fromCli->settingsHash, fromWizard->settingsHash);
    QCOMPARE(fromCli->outcome, QStringLiteral("succeeded"));
    QCOMPARE(fromWizard->outcome, QStringLiteral("succeeded"));
    QVERIFY(!fromWizard->steps.isEmpty());
    QCOMPARE(describe(*fromCli), describe(*fromWizard));
    QCOMPARE(fromCli->captures.keys(), fromWizard->captures.keys());
    QCOMPARE(fromCli->inFlight, fromWizard->inFlight);
    QCOMPARE(fromCli->history.size(), fromWizard->history.size());
}

QTEST_MAIN(SameJournalTest)
#include "tst_samejournal.moc"
