// The exported script: its exact text (golden file), its syntax, and what it does when run
// under bash with stand-in az/kubectl/helm that record their argv (tests/export/standins).
#include "plan/Plan.h"
#include "plan/PlanBuilder.h"
#include "export/ScriptExporter.h"
#include "settings/Settings.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cnpg;

namespace {

const QString kGenerator = QStringLiteral("cnpg-aks-wizard test");

Settings fixedSettings()
{
    Settings s;
    s.setValue(keys::Suffix, QStringLiteral("abc12345"));
    s.setValue(keys::DnsPrefix, QStringLiteral("a0123456789"));
    s.setValue(keys::ClientIp, QStringLiteral("203.0.113.7"));
    return s;
}

QString scriptFor(const Settings& s)
{
    return ScriptExporter::generate(PlanBuilder::build(s), s, kGenerator);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QStringList> calls; // argv of every az/kubectl/helm call, tool first
};

} // namespace

class TestScriptExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_bin; // stand-in az, kubectl and helm

    Run runScript(const QString& script, const QString& stateDir,
                  const QStringList& extraEnv = {}) const
    {
        const QString dir = QFileInfo(stateDir).absolutePath();
        const QString scriptPath = stateDir + QStringLiteral(".sh");
        const QString log = stateDir + QStringLiteral(".log");
        QFile::remove(log);
        QFile f(scriptPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(script.toUtf8()) < 0)
            return {};
        f.close();
        QProcess p;
        p.setWorkingDirectory(dir);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"),
                   m_bin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("STANDIN_LOG"), log);
        env.insert(QStringLiteral("STANDIN_STATE"), stateDir);
        env.insert(QStringLiteral("CNPG_RETRY_DELAY"), QStringLiteral("0"));
        env.insert(QStringLiteral("HOME"), dir);
        for (const QString& kv : extraEnv)
            env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("bash"), {scriptPath});
        p.waitForFinished(60000);
        Run r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        for (const QByteArray& line : readAll(log).split('\n')) {
            if (line.isEmpty())
                continue;
            QStringList argv;
            for (const QJsonValue& v : QJsonDocument::fromJson(line).array())
                argv << v.toString();
            r.calls << argv;
        }
        return r;
    }

    static bool matches(const QStringList& expected, const QStringList& actual)
    {
        if (expected.size() != actual.size())
            return false;
        for (int i = 0; i < expected.size(); ++i) {
            if (expected.at(i) != QLatin1String("<any>") && expected.at(i) != actual.at(i))
                return false;
        }
        return true;
    }

    // Calls that create or change something (probes and reads excluded).
    static QList<QStringList> changes(const QList<QStringList>& calls)
    {
        QList<QStringList> out;
        for (const QStringList& c : calls) {
            const QString line = c.join(QLatin1Char(' '));
            if (line.contains(QLatin1String(" create ")) ||
                line.endsWith(QLatin1String(" create")) ||
                line.contains(QLatin1String("nodepool add")) ||
                line.contains(QLatin1String("enable-addons")) ||
                line.startsWith(QLatin1String("helm upgrade")) ||
                line.contains(QLatin1String("krew install")))
                out << c;
        }
        return out;
    }

    static QStringList argAfter(const QList<QStringList>& calls, const QString& prefix,
                                const QString& flag)
    {
        for (const QStringList& c : calls) {
            if (!c.join(QLatin1Char(' ')).startsWith(prefix))
                continue;
            const int i = c.indexOf(flag);
            if (i < 0)
                return {};
            QStringList values;
            for (int j = i + 1; j < c.size() && !c.at(j).startsWith(QLatin1String("--")); ++j)
                values << c.at(j);
            return values;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_bin = m_tmp.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(m_bin));
        const QString standin = QStringLiteral(CNPG_TESTS_DIR "/export/standins/standin.sh");
        for (const char* tool : {"az", "kubectl", "helm"})
            QVERIFY(QFile::link(standin, m_bin + QLatin1Char('/') + QLatin1String(tool)));
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("jq")).isEmpty(), "jq is needed");
    }

    void goldenFile()
    {
        const QString golden = QStringLiteral(CNPG_TESTS_DIR "/export/golden/default.sh");
        const QString script = scriptFor(fixedSettings());
        if (qEnvironmentVariableIsSet("CNPG_UPDATE_GOLDEN")) {
            QFile f(golden);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(script.toUtf8());
            QSKIP("golden file rewritten");
        }
        QCOMPARE(script, QString::fromUtf8(readAll(golden)));
    }

    void sameSettingsSameBytes()
    {
        QCOMPARE(scriptFor(fixedSettings()), scriptFor(fixedSettings()));
    }

    void passesBashAndShellcheck()
    {
        const QString path = m_tmp.filePath(QStringLiteral("check.sh"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(scriptFor(fixedSettings()).toUtf8());
        f.close();
        QProcess bash;
        bash.start(QStringLiteral("bash"), {QStringLiteral("-n"), path});
        QVERIFY(bash.waitForFinished());
        QCOMPARE(bash.exitCode(), 0);
        if (QStandardPaths::findExecutable(QStringLiteral("shellcheck")).isEmpty())
            QSKIP("shellcheck is not installed");
        QProcess sc;
        sc.start(QStringLiteral("shellcheck"), {path});
        QVERIFY(sc.waitForFinished());
        QVERIFY2(sc.exitCode() == 0, sc.readAllStandardOutput().constData());
    }

    void runsEveryGuideCommandAndASecondRunCreatesNothing()
    {
        const QString state = m_tmp.filePath(QStringLiteral("guide"));
        const Run first = runScript(scriptFor(fixedSettings()), state);
        QVERIFY2(first.exitCode == 0, first.err.constData());

        const QByteArray guide =
            readAll(QStringLiteral(CNPG_TESTS_DIR "/export/guide-commands.txt"));
        int checked = 0;
        for (const QByteArray& line : guide.split('\n')) {
            if (line.trimmed().isEmpty() || line.startsWith('#'))
                continue;
            const QStringList expected = QProcess::splitCommand(QString::fromUtf8(line));
            bool found = false;
            for (const QStringList& call : first.calls)
                found = found || matches(expected, call);
            QVERIFY2(found, qPrintable(QStringLiteral("not run: ") + QString::fromUtf8(line)));
            ++checked;
        }
        QCOMPARE(checked, 30);
        // Every creating step ran exactly once.
        const auto created = changes(first.calls);
        for (const QStringList& c : created)
            QCOMPARE(created.count(c), 1);

        const Run second = runScript(scriptFor(fixedSettings()), state);
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QVERIFY2(changes(second.calls).isEmpty(),
                 qPrintable(changes(second.calls).value(0).join(QLatin1Char(' '))));
        // The outputs are printed again from what the probes found.
        QVERIFY(second.out.contains("AKS_UAMI_WORKLOAD_CLIENTID=c-mi-aks-cnpg-abc12345"));
        QVERIFY(second.out.contains(
            "AKS_PRIMARY_CLUSTER_NODERG_NAME=rg-cnpg-primary-aksmanaged-abc12345"));
    }

    void networkRulesErrorRunsTheGuidesRemedy()
    {
        const QString state = m_tmp.filePath(QStringLiteral("remedy"));
        const Run r = runScript(
            scriptFor(fixedSettings()), state,
            {QStringLiteral("STANDIN_FAIL_ONCE=az storage container create=The request may be "
                            "blocked by network rules of storage account.")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        int containerCreates = 0;
        bool owner = false;
        bool user = false;
        for (const QStringList& c : r.calls) {
            const QString line = c.join(QLatin1Char(' '));
            containerCreates +=
                line.startsWith(QLatin1String("az storage container create")) ? 1 : 0;
            user = user || line.startsWith(
                               QLatin1String("az ad signed-in-user show --query id --output tsv"));
            owner =
                owner ||
                (line.startsWith(QLatin1String("az role assignment create --assignee-object-id "
                                               "user-object-id --assignee-principal-type User")) &&
                 c.contains(QStringLiteral("Storage Blob Data Owner")));
        }
        QCOMPARE(containerCreates, 2);
        QVERIFY(user);
        QVERIFY(owner);
    }

    void otherContainerErrorsStopTheScript()
    {
        const QString state = m_tmp.filePath(QStringLiteral("fatal"));
        const Run r = runScript(scriptFor(fixedSettings()), state,
                                {QStringLiteral("STANDIN_FAIL_ONCE=az storage container create="
                                                "(AuthorizationFailed) no access")});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains("AuthorizationFailed"));
        for (const QStringList& c : r.calls)
            QVERIFY(!c.join(QLatin1Char(' ')).startsWith(QLatin1String("az aks create")));
    }

    void hostileValuesReachTheToolsVerbatim()
    {
        Settings s = fixedSettings();
        const QString tag1 =
            QStringLiteral("note=it's\"$(touch${IFS}pwned)\"`touch${IFS}pwned`;rm");
        const QString tag2 = QStringLiteral("팀=데이터베이스*?[x]\\$HOME");
        const QString rg = QStringLiteral("rg-한글(x).y_z");
        const QString url = QStringLiteral("https://example.com/c/$(touch%20pwned);a'b&c=d*");
        const QString ip = QStringLiteral("203.0.113.7,198.51.100.0/24");
        s.setValue(keys::Tags, tag1 + QLatin1Char(' ') + tag2);
        s.setValue(keys::ResourceGroup, rg);
        s.setValue(keys::HelmRepoUrl, url);
        s.setValue(keys::ClientIp, ip);
        QVERIFY2(s.validate().isEmpty(), "the hostile values must be ones validation allows");

        const QString script = scriptFor(s);
        const QString state = m_tmp.filePath(QStringLiteral("hostile"));
        const Run r = runScript(script, state);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(argAfter(r.calls, QStringLiteral("az group create"), QStringLiteral("--tags")),
                 QStringList({tag1, tag2}));
        QCOMPARE(argAfter(r.calls, QStringLiteral("az group create"), QStringLiteral("--name")),
                 QStringList{rg});
        QCOMPARE(argAfter(r.calls, QStringLiteral("az aks create"),
                          QStringLiteral("--api-server-authorized-ip-ranges")),
                 QStringList{ip});
        bool urlSeen = false;
        for (const QStringList& c : r.calls)
            urlSeen =
                urlSeen || c == QStringList{QStringLiteral("helm"), QStringLiteral("repo"),
                                            QStringLiteral("add"), QStringLiteral("cnpg"), url};
        QVERIFY(urlSeen);
        QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("pwned"))));
    }

    void emptyListsDropTheirFlags()
    {
        Settings s = fixedSettings();
        s.setValue(keys::Tags, QString());
        s.setValue(keys::Zones, QString());
        const Run r = runScript(scriptFor(s), m_tmp.filePath(QStringLiteral("empty")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const QStringList& c : r.calls) {
            QVERIFY(!c.contains(QStringLiteral("--tags")));
            QVERIFY(!c.contains(QStringLiteral("--zones")));
            QVERIFY(!c.contains(QStringLiteral("--zone")));
        }
    }

    void chartVersionIsPinned()
    {
        Settings s = fixedSettings();
        s.setValue(keys::HelmChartVersion, QStringLiteral("0.23.0"));
        const Run r = runScript(scriptFor(s), m_tmp.filePath(QStringLiteral("version")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(argAfter(r.calls, QStringLiteral("helm upgrade"), QStringLiteral("--version")),
                 QStringList{QStringLiteral("0.23.0")});
    }
};

QTEST_GUILESS_MAIN(TestScriptExport)
#include "tst_scriptexport.moc"
