// The tool table run for real (QProcessLauncher) against stand-in tools on a private PATH.
#include "process/ProcessLauncher.h"
#include "preflight/ToolCheck.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cnpg;

namespace {

void writeTool(const QString& dir, const QString& name, const QByteArray& script)
{
    QFile f(dir + QLatin1Char('/') + name);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("#!/bin/sh\n" + script);
    f.close();
    f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
}

// Only shell builtins: the private PATH has nothing else.
const QByteArray azOk = "printf '{\"azure-cli\": \"2.61.0\", \"azure-cli-core\": \"2.61.0\"}\\n'\n";
const QByteArray kubectlWithKrew =
    "if [ \"$1\" = krew ]; then printf 'OPTION  VALUE\\nGitTag  v0.4.4\\n'; exit 0; fi\n"
    "printf '{\"clientVersion\": {\"major\": \"1\", \"minor\": \"30\", \"gitVersion\": "
    "\"v1.30.2\"}}\\n'\n";
const QByteArray kubectlNoKrew =
    "if [ \"$1\" = krew ]; then echo 'error: unknown command \"krew\" for \"kubectl\"' >&2; "
    "exit 1; fi\n"
    "printf '{\"clientVersion\": {\"gitVersion\": \"v1.30.2\"}}\\n'\n";
const QByteArray helmOk = "echo v3.14.4+g81c902a\n";
const QByteArray jqOk = "echo jq-1.6\n";

} // namespace

class TestToolCheck : public QObject
{
    Q_OBJECT
private:
    QList<ToolStatus> run(const QString& path, int timeoutMs = 10000)
    {
        QProcessLauncher launcher;
        ToolChecker checker(launcher);
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), path);
        checker.setEnvironment(env);
        checker.setTimeout(timeoutMs);
        QSignalSpy done(&checker, &ToolChecker::finished);
        QSignalSpy each(&checker, &ToolChecker::toolChecked);
        checker.start();
        if (!done.wait(15000))
            return {};
        [&] { QCOMPARE(each.size(), ToolCheck::tools().size()); }();
        return checker.results();
    }
    static ToolStatus of(const QList<ToolStatus>& all, Tool t)
    {
        for (const ToolStatus& s : all) {
            if (s.tool == t)
                return s;
        }
        return {};
    }

private slots:
    void allPresent()
    {
        QTemporaryDir dir;
        writeTool(dir.path(), QStringLiteral("az"), azOk);
        writeTool(dir.path(), QStringLiteral("kubectl"), kubectlWithKrew);
        writeTool(dir.path(), QStringLiteral("helm"), helmOk);
        writeTool(dir.path(), QStringLiteral("jq"), jqOk);
        const auto all = run(dir.path());
        QCOMPARE(all.size(), ToolCheck::tools().size());
        for (const ToolStatus& s : all)
            QVERIFY2(s.state == ToolState::Ok, qPrintable(ToolCheck::describe(s)));
        QCOMPARE(of(all, Tool::Az).found, QStringLiteral("2.61.0"));
        QCOMPARE(of(all, Tool::Kubectl).found, QStringLiteral("1.30.2"));
        QCOMPARE(of(all, Tool::Helm).found, QStringLiteral("3.14.4"));
        QCOMPARE(of(all, Tool::Krew).found, QStringLiteral("0.4.4"));
        QCOMPARE(of(all, Tool::Jq).found, QStringLiteral("1.6"));
        QCOMPARE(of(all, Tool::Az).path, dir.filePath(QStringLiteral("az")));
        QVERIFY(ToolCheck::allNeededPresent(all));
    }

    void missingRequiredToolsBlock()
    {
        QTemporaryDir dir;
        writeTool(dir.path(), QStringLiteral("kubectl"), kubectlNoKrew);
        const auto all = run(dir.path());
        QCOMPARE(of(all, Tool::Az).state, ToolState::Missing);
        QCOMPARE(of(all, Tool::Helm).state, ToolState::Missing);
        QCOMPARE(of(all, Tool::Kubectl).state, ToolState::Ok);
        // kubectl without the plugin: krew is missing, but the plan installs it.
        QCOMPARE(of(all, Tool::Krew).state, ToolState::Missing);
        QCOMPARE(of(all, Tool::Jq).state, ToolState::Missing);
        QVERIFY(of(all, Tool::Az).blocking());
        QVERIFY(of(all, Tool::Helm).blocking());
        QVERIFY(!of(all, Tool::Krew).blocking());
        QVERIFY(!of(all, Tool::Jq).blocking());
        QVERIFY(!ToolCheck::allNeededPresent(all));
    }

    void onlyOptionalMissingPasses()
    {
        QTemporaryDir dir;
        writeTool(dir.path(), QStringLiteral("az"), azOk);
        writeTool(dir.path(), QStringLiteral("kubectl"), kubectlNoKrew);
        writeTool(dir.path(), QStringLiteral("helm"), helmOk);
        const auto all = run(dir.path());
        QVERIFY(ToolCheck::allNeededPresent(all));
    }

    void tooOldAndFailing()
    {
        QTemporaryDir dir;
        writeTool(dir.path(), QStringLiteral("az"), "echo '{\"azure-cli\": \"2.50.0\"}'\n");
        writeTool(dir.path(), QStringLiteral("kubectl"), kubectlWithKrew);
        writeTool(dir.path(), QStringLiteral("helm"), "echo 'helm: broken install' >&2; exit 3\n");
        writeTool(dir.path(), QStringLiteral("jq"), "echo jq-1.3\n");
        const auto all = run(dir.path());
        QCOMPARE(of(all, Tool::Az).state, ToolState::TooOld);
        QCOMPARE(of(all, Tool::Az).found, QStringLiteral("2.50.0"));
        QVERIFY(of(all, Tool::Az).blocking());
        QCOMPARE(of(all, Tool::Helm).state, ToolState::Failed);
        QVERIFY(of(all, Tool::Helm).detail.contains(QStringLiteral("broken install")));
        QCOMPARE(of(all, Tool::Jq).state, ToolState::TooOld);
        QVERIFY(!of(all, Tool::Jq).blocking()); // only the exported script needs jq
        QVERIFY(!ToolCheck::allNeededPresent(all));
        QCOMPARE(ToolCheck::fixCommand(of(all, Tool::Az), Platform::Debian),
                 QStringLiteral("az upgrade"));
    }

    void hangingToolTimesOut()
    {
        QTemporaryDir dir;
        writeTool(dir.path(), QStringLiteral("az"), "exec /bin/sleep 30\n");
        writeTool(dir.path(), QStringLiteral("kubectl"), kubectlWithKrew);
        writeTool(dir.path(), QStringLiteral("helm"), helmOk);
        // The stand-in sleeps 30 s, longer than run() waits: an answer at all is the limit's.
        const auto all = run(dir.path(), 300);
        QCOMPARE(of(all, Tool::Az).state, ToolState::TimedOut);
        QVERIFY(of(all, Tool::Az).blocking());
    }

    void fixHintsForEveryPlatform()
    {
        for (Platform p : {Platform::Debian, Platform::MacOs, Platform::Windows}) {
            for (const ToolSpec& s : ToolCheck::tools()) {
                ToolStatus missing;
                missing.tool = s.tool;
                missing.state = ToolState::Missing;
                const QString fix = ToolCheck::fixCommand(missing, p);
                if (s.need == ToolNeed::InstalledByWizard && p != Platform::MacOs)
                    QVERIFY(fix.isEmpty()); // the plan installs it
                else
                    QVERIFY2(!fix.isEmpty(), qPrintable(s.name));
                QVERIFY(!ToolCheck::describe(missing).isEmpty());
            }
        }
        ToolStatus az;
        az.tool = Tool::Az;
        az.state = ToolState::Missing;
        QVERIFY(ToolCheck::fixCommand(az, Platform::MacOs).contains(QStringLiteral("brew")));
        QVERIFY(ToolCheck::fixCommand(az, Platform::Windows).contains(QStringLiteral("winget")));
        QVERIFY(ToolCheck::fixCommand(az, Platform::Debian).contains(QStringLiteral("Deb")));
    }

    void restartDropsEarlierRun()
    {
        QTemporaryDir dir;
        writeTool(dir.path(), QStringLiteral("az"), azOk);
        writeTool(dir.path(), QStringLiteral("kubectl"), kubectlWithKrew);
        writeTool(dir.path(), QStringLiteral("helm"), helmOk);
        writeTool(dir.path(), QStringLiteral("jq"), jqOk);
        QProcessLauncher launcher;
        ToolChecker checker(launcher);
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), dir.path());
        checker.setEnvironment(env);
        QSignalSpy done(&checker, &ToolChecker::finished);
        QSignalSpy each(&checker, &ToolChecker::toolChecked);
        checker.start();
        checker.start();
        QVERIFY(done.wait(15000));
        QTest::qWait(200); // nothing of the first run may arrive late
        QCOMPARE(done.size(), 1);
        QCOMPARE(each.size(), ToolCheck::tools().size());
        QTRY_COMPARE(launcher.liveCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestToolCheck)
#include "tst_toolcheck.moc"
