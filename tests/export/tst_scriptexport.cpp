// The exported script: its exact text (golden file), its syntax, and what it does when run
// under bash with stand-in az/kubectl/helm that record their argv (tests/export/standins).
#include "export/ScriptExporter.h"
#include "export/ScriptWriter.h"
#include "plan/ClusterManifest.h"
#include "plan/DatabaseManifests.h"
#include "plan/Plan.h"
#include "plan/PlanBuilder.h"
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
        // No wall-clock window: on a loaded machine a whole run of the guide takes minutes. A
        // script that hangs is caught by the test's own timeout (CMakeLists.txt).
        p.waitForFinished(-1);
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
                line.contains(QLatin1String("dashboard import")) ||
                line.startsWith(QLatin1String("helm upgrade")) ||
                line.startsWith(QLatin1String("kubectl apply")) ||
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
        QCOMPARE(checked, 45);
        // The password reached kubectl on a pipe (48 hex digits), and the manifest the
        // identity's client ID captured in the run, with the rest as written.
        QCOMPARE(readAll(state + QStringLiteral("/secret-db-user-pass.size")).trimmed(),
                 QByteArray("48"));
        const QByteArray manifest = readAll(state + QStringLiteral("/applied-0.yaml"));
        QVERIFY(
            manifest.contains("azure.workload.identity/client-id: \"c-mi-aks-cnpg-abc12345\"\n"));
        QByteArray expected = ClusterManifest::build(fixedSettings());
        expected.replace("${AKS_UAMI_WORKLOAD_CLIENTID}", "c-mi-aks-cnpg-abc12345");
        QCOMPARE(manifest, expected);
        // Then the backups, the services with the node resource group the run read, and the
        // pod monitor, in the plan's order.
        using D = DatabaseManifests;
        const Settings fixed = fixedSettings();
        QByteArray rw = D::loadBalancer(fixed, D::Endpoint::ReadWrite);
        QByteArray ro = D::loadBalancer(fixed, D::Endpoint::ReadOnly);
        for (QByteArray* m : {&rw, &ro})
            m->replace("${AKS_PRIMARY_CLUSTER_NODERG_NAME}", "rg-cnpg-primary-aksmanaged-abc12345");
        const QList<QByteArray> others = {D::scheduledBackup(fixed), D::onDemandBackup(fixed), rw,
                                          ro, D::podMonitor(fixed)};
        for (int n = 0; n < others.size(); ++n)
            QCOMPARE(readAll(state + QStringLiteral("/applied-%1.yaml").arg(n + 1)), others.at(n));
        // Every creating step ran exactly once: the applies share their argv and differ in
        // their manifests, one file each, checked above and none beyond them.
        QVERIFY(
            !QFileInfo::exists(state + QStringLiteral("/applied-%1.yaml").arg(others.size() + 1)));
        const auto created = changes(first.calls);
        for (const QStringList& c : created)
            QCOMPARE(created.count(c),
                     c.join(QLatin1Char(' ')).startsWith(QLatin1String("kubectl apply"))
                         ? int(others.size()) + 1
                         : 1);

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
            // After the failed create: the preflight asks who is signed in too.
            user = user || (containerCreates > 0 &&
                            line.startsWith(QLatin1String(
                                "az ad signed-in-user show --query id --output tsv")));
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

    // The script's probe tells "not found" from "could not tell": a check that fails otherwise
    // is asked again, and when it keeps failing the script stops before anything is created.
    void aFailedProbeIsNotAnAbsence_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("message");
        QTest::newRow("az 500") << "az aks show"
                                << "ERROR: (InternalServerError) try later";
        QTest::newRow("az odd") << "az group show"
                                << "ERROR: The subscription could not be found.";
        QTest::newRow("helm") << "helm status"
                              << "Error: Kubernetes cluster unreachable";
    }

    void aFailedProbeIsNotAnAbsence()
    {
        QFETCH(QString, words);
        QFETCH(QString, message);
        // One deployment for every row: the runs below must leave it as it is.
        const QString state = m_tmp.filePath(QStringLiteral("probe-failures"));
        if (!QFileInfo::exists(state)) {
            const Run first = runScript(scriptFor(fixedSettings()), state);
            QVERIFY2(first.exitCode == 0, first.err.constData());
        }
        // Once: asked again, found, nothing created. (The stand-in marks a spent failure.)
        QFile::remove(state + QStringLiteral("/failed-once"));
        const Run once =
            runScript(scriptFor(fixedSettings()), state,
                      {QStringLiteral("STANDIN_FAIL_ONCE=") + words + QLatin1Char('=') + message});
        QVERIFY2(once.exitCode == 0, once.err.constData());
        QVERIFY(once.err.contains("The check failed; trying again"));
        QVERIFY2(changes(once.calls).isEmpty(),
                 qPrintable(changes(once.calls).value(0).join(QLatin1Char(' '))));
        // For good: the script stops with the probe's own error, still creating nothing.
        const Run always =
            runScript(scriptFor(fixedSettings()), state,
                      {QStringLiteral("STANDIN_FAIL_ALWAYS=") + words + QLatin1Char('=') + message,
                       QStringLiteral("CNPG_RETRY_ATTEMPTS=3")});
        QVERIFY(always.exitCode != 0);
        QVERIFY(always.err.contains(message.toUtf8()));
        QVERIFY(always.err.contains("Cannot tell whether it exists; stopping"));
        QVERIFY2(changes(always.calls).isEmpty(),
                 qPrintable(changes(always.calls).value(0).join(QLatin1Char(' '))));
        int probes = 0;
        for (const QStringList& c : always.calls)
            probes += c.join(QLatin1Char(' ')).startsWith(words) ? 1 : 0;
        QCOMPARE(probes, 3);
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

    // A step's command as a report shows it: the script's rendering with the run's values in
    // place of its references. Read back by bash, it gives exactly the arguments the run passes.
    void aStepsCommandWithItsValues()
    {
        Settings s = fixedSettings();
        s.setValue(keys::Tags,
                   QStringLiteral("note=it's\"$(touch${IFS}pwned)\"`x`;rm 팀=데이터*?[x]"));
        s.setValue(keys::ResourceGroup, QStringLiteral("rg-한글(x).y_z"));
        QVERIFY(s.validate().isEmpty());
        const Plan plan = PlanBuilder::build(s);
        const QHash<QString, QString> values = s.resolvedValues();
        const QHash<QString, QStringList> lists = PlanBuilder::listValues(s);
        for (const char* id : {"group.create", "aks.create"}) {
            const Step* step = plan.find(QLatin1String(id));
            QVERIFY(step);
            const QString text = ScriptWriter::expandedCommandText(*step, values, lists);
            // No reference is left ("${NAME}" in the script); the tag's own text stays quoted.
            QVERIFY2(!text.contains(QLatin1String("\"${")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("--resource-group 'rg-한글(x).y_z'")) ||
                         text.contains(QStringLiteral("--name 'rg-한글(x).y_z'")),
                     qPrintable(text));
            QProcess bash;
            bash.start(
                QStringLiteral("bash"),
                {QStringLiteral("-c"), QStringLiteral("az() { printf '%s\\0' \"$@\"; }\n") + text});
            QVERIFY(bash.waitForFinished(10000));
            QCOMPARE(bash.exitCode(), 0);
            QStringList got = QString::fromUtf8(bash.readAllStandardOutput()).split(QChar(0));
            got.removeLast();
            QCOMPARE(QStringList{step->command.program} + got,
                     QStringList{step->command.program} +
                         Plan::expandArgs(step->command.args, values, lists));
        }
        QVERIFY(!QFile::exists(QStringLiteral("pwned")));
        // A built-in has no command of its own.
        QVERIFY(ScriptWriter::expandedCommandText(*plan.find(QStringLiteral("krew.install")),
                                                  values, lists)
                    .isEmpty());
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

    void preflightStopsBeforeTheFirstCreate_data()
    {
        QTest::addColumn<QString>("knob");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("text");
        QTest::newRow("kubernetes-version")
            << R"(STANDIN_K8S_PLANS=["AKSLongTermSupport"])"
            << "kubernetes-version"
            << "[blocking] Kubernetes version: Kubernetes 1.34 is offered in westus3 only with "
               "long-term support";
        QTest::newRow("vcpu-quota")
            << "STANDIN_CORES_LIMIT=10"
            << "vcpu-quota"
            << "[blocking] vCPU quota: Total Regional vCPUs (cores) in westus3: 10 of 10 vCPUs "
               "free; creating the node pools needs 18.";
        QTest::newRow("vm-sizes") << R"(STANDIN_ZONES=["1","2"])"
                                  << "vm-sizes"
                                  << "[blocking] VM sizes in the zones: Not offered in every "
                                     "chosen zone of westus3: Standard_D2s_v3 (zones 3).";
        QTest::newRow("providers")
            << "STANDIN_UNREGISTERED=Microsoft.Dashboard"
            << "providers"
            << "Fix: az provider register --namespace Microsoft.Dashboard --wait";
        QTest::newRow("role-assignment")
            << "STANDIN_ROLE=Contributor"
            << "role-assignment"
            << "[blocking] Permission to assign roles: You may not create role assignments "
               "(your roles: Contributor)";
        QTest::newRow("region-services")
            << "STANDIN_GRAFANA_REGIONS=East US,West Europe"
            << "region-services"
            << "[blocking] Services in the region: westus3 does not offer: "
               "Microsoft.Dashboard/grafana.";
        QTest::newRow("storage-name") << "STANDIN_NAME_TAKEN=1"
                                      << "storage-name"
                                      << "[blocking] Storage account name: The storage account "
                                         "name hacnpgpsaabc12345 is taken by another account.";
    }

    void preflightStopsBeforeTheFirstCreate()
    {
        QFETCH(QString, knob);
        QFETCH(QString, check);
        QFETCH(QString, text);
        const QString state = m_tmp.filePath(QStringLiteral("preflight-") + check);
        const Run r = runScript(scriptFor(fixedSettings()), state, {knob});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(text.toUtf8()), r.err.constData());
        QVERIFY(r.err.contains("Stopped before creating anything"));
        QVERIFY2(changes(r.calls).isEmpty(),
                 qPrintable(changes(r.calls).value(0).join(QLatin1Char(' '))));
        for (const QStringList& c : r.calls)
            QVERIFY(!c.join(QLatin1Char(' ')).startsWith(QLatin1String("az extension add")));

        // Skipped deliberately, the script goes on (one whole run is enough to show it).
        if (check != QLatin1String("vcpu-quota"))
            return;
        const Run ignored =
            runScript(scriptFor(fixedSettings()), state + QStringLiteral("-ignored"),
                      {knob, QStringLiteral("PREFLIGHT_IGNORE=") + check});
        QVERIFY2(ignored.exitCode == 0, ignored.err.constData());
        QVERIFY(ignored.err.contains(text.toUtf8()));
        QVERIFY(!changes(ignored.calls).isEmpty());
    }

    // What the script installs is written into it: the same script, run next month, installs
    // the same Kubernetes, operator chart and krew.
    void versionsArePinned()
    {
        const QString script = scriptFor(fixedSettings());
        QVERIFY(script.contains(QStringLiteral("\nexport AKS_CLUSTER_VERSION='1.34'\n")));
        QVERIFY(script.contains(QStringLiteral("\nexport CNPG_HELM_CHART_VERSION='0.29.0'\n")));
        QVERIFY(script.contains(QStringLiteral("\nexport KREW_VERSION='v0.5.0'\n")));
        QVERIFY(script.contains(
            QStringLiteral("\nexport KREW_SHA256='linux_amd64="
                           "5d5a221fffdf331d1c5c68d9917530ecd102e0def5b5a6d62eeed1c404efb28a ")));
        QVERIFY(script.contains(QStringLiteral(
            "https://github.com/kubernetes-sigs/krew/releases/download/${KREW_VERSION}")));
        QVERIFY(!script.contains(QStringLiteral("releases/latest")));
        // The archive is checked against the pin, not against a file from the same server.
        QVERIFY(script.contains(QStringLiteral("sha256sum --check")));
        QVERIFY(!script.contains(QStringLiteral(".tar.gz.sha256")));
        QVERIFY(script.contains(QStringLiteral("--version \"${CNPG_HELM_CHART_VERSION}\"")) ||
                script.contains(QStringLiteral("--version \"$CNPG_HELM_CHART_VERSION\"")));

        // A version resolved from the region is pinned the same way.
        Settings s = fixedSettings();
        s.setResolvedDefault(keys::ClusterVersion, QStringLiteral("1.35"));
        const Run r = runScript(scriptFor(s), m_tmp.filePath(QStringLiteral("resolved")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(argAfter(r.calls, QStringLiteral("az aks create"),
                          QStringLiteral("--kubernetes-version")),
                 QStringList{QStringLiteral("1.35")});
        QCOMPARE(argAfter(r.calls, QStringLiteral("helm upgrade"), QStringLiteral("--version")),
                 QStringList{QStringLiteral("0.29.0")});
        QCOMPARE(
            argAfter(r.calls, QStringLiteral("az aks enable-addons"), QStringLiteral("--addons")),
            QStringList{QStringLiteral("monitoring")});
    }

    void longTermSupportReachesAz()
    {
        Settings s = fixedSettings();
        s.setValue(keys::Tier, QStringLiteral("premium"));
        s.setValue(keys::SupportPlan, QStringLiteral("AKSLongTermSupport"));
        s.setValue(keys::ClusterVersion, QStringLiteral("1.32"));
        const Run r = runScript(scriptFor(s), m_tmp.filePath(QStringLiteral("lts")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(argAfter(r.calls, QStringLiteral("az aks create"), QStringLiteral("--tier")),
                 QStringList{QStringLiteral("premium")});
        QCOMPARE(argAfter(r.calls, QStringLiteral("az aks create"),
                          QStringLiteral("--k8s-support-plan")),
                 QStringList{QStringLiteral("AKSLongTermSupport")});
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
