// A step that feeds a manifest to `kubectl apply -f -`, end to end: the executor runs it against
// the simulator, the exporter writes it as a quoted heredoc, the exported script runs under bash
// against a second simulator, and the manifest is the same bytes in all three places.
#include "SimHarness.h"
#include "export/ScriptExporter.h"
#include "plan/Plan.h"
#include "process/ProcessLauncher.h"
#include "run/Executor.h"
#include "settings/Settings.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace cnpg;

namespace {

// Quotes, a dollar sign, backquotes and non-ASCII text: nothing of it may be expanded or
// re-encoded on the way.
const QByteArray Manifest =
    "apiVersion: v1\n"
    "kind: ConfigMap\n"
    "metadata:\n"
    "  name: cnpg-controller-manager-config\n"
    "  namespace: cnpg-system\n"
    "data:\n"
    "  INHERITED_ANNOTATIONS: \"service.beta.kubernetes.io/*\"\n"
    "  STANDBY_TCP_USER_TIMEOUT: \"10\"\n"
    "  note: 'it''s $HOME and `date`, \xea\xb7\xb8\xeb\x8c\x80\xeb\xa1\x9c'\n";

Plan manifestPlan()
{
    Step ns;
    ns.id = QStringLiteral("k8s.namespace");
    ns.title = QStringLiteral("Create the namespace");
    ns.kind = StepKind::Create;
    ns.command = {QStringLiteral("kubectl"),
                  {QStringLiteral("create"), QStringLiteral("namespace"),
                   QStringLiteral("cnpg-system"), QStringLiteral("--context"),
                   QStringLiteral("aks1")}};
    ns.probe = Probe{{QStringLiteral("kubectl"),
                      {QStringLiteral("get"), QStringLiteral("namespace"),
                       QStringLiteral("cnpg-system"), QStringLiteral("--context"),
                       QStringLiteral("aks1"), QStringLiteral("--output"), QStringLiteral("name")}},
                     {}};
    Step apply;
    apply.id = QStringLiteral("k8s.config");
    apply.title = QStringLiteral("Apply the operator configuration");
    apply.kind = StepKind::Configure;
    apply.type = steptype::Input;
    apply.command = {QStringLiteral("kubectl"),
                     {QStringLiteral("apply"), QStringLiteral("--context"), QStringLiteral("aks1"),
                      QStringLiteral("-f"), QStringLiteral("-")}};
    apply.input = Manifest;
    apply.needs = {ns.id};
    apply.retryOn = {TransientError::KubernetesApi};
    return Plan({ns, apply});
}

// Every manifest the simulated kubectl received, in order.
QList<QByteArray> received(const SimHarness& h)
{
    QList<QByteArray> out;
    const QJsonObject clusters = h.dump().value(QStringLiteral("resources")).toObject();
    for (auto it = clusters.begin(); it != clusters.end(); ++it) {
        const QJsonArray applied = it.value()
                                       .toObject()
                                       .value(QStringLiteral("kube"))
                                       .toObject()
                                       .value(QStringLiteral("applied"))
                                       .toArray();
        for (const QJsonValue& v : applied)
            out << QByteArray::fromBase64(v.toString().toLatin1());
    }
    return out;
}

// The body of the script's first quoted heredoc.
QByteArray heredocBody(const QString& script)
{
    const QString start = QStringLiteral("<<'EOF'\n");
    const int from = int(script.indexOf(start));
    const int to = int(script.indexOf(QStringLiteral("\nEOF\n"), from));
    if (from < 0 || to < 0)
        return {};
    return script.mid(from + start.size(), to + 1 - from - start.size()).toUtf8();
}

} // namespace

// Runs the exported script under bash against the harness's simulator; empty when it succeeded,
// else what went wrong. No time limit of its own: the test's timeout covers a hang.
static QByteArray runScript(const SimHarness& harness, const QString& script)
{
    const QString path = harness.dir() + QStringLiteral("/deploy.sh");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return "cannot write " + path.toUtf8();
    f.write(script.toUtf8());
    f.close();
    QProcess bash;
    bash.setProcessEnvironment(harness.environment());
    bash.setWorkingDirectory(harness.dir());
    bash.start(QStringLiteral("bash"), {path});
    bash.waitForFinished(-1);
    if (bash.exitStatus() != QProcess::NormalExit || bash.exitCode() != 0)
        return "bash failed: " + bash.readAllStandardError();
    return {};
}

class TestManifestStep : public QObject
{
    Q_OBJECT

private slots:
    void runAndExportAgreeByteForByte()
    {
        const Plan plan = manifestPlan();
        QCOMPARE(plan.problems({}), QStringList());

        // 1. The executor against the simulator.
        SimHarness run;
        QVERIFY(run.isValid());
        QVERIFY(run.prepare(true));
        QProcessLauncher launcher;
        ExecutorOptions o;
        o.pollIntervalMs = 0;
        o.environment = run.environment();
        o.workingDirectory = run.dir();
        Executor e(launcher, plan, {}, {}, o);
        QSignalSpy finished(&e, &Executor::finished);
        e.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(e.outcome(), Executor::Outcome::Succeeded);
        const QList<QByteArray> fromRun = received(run);
        QCOMPARE(fromRun.size(), 1);
        QCOMPARE(fromRun.first(), Manifest);

        // The applied object is in the cluster's state, as kubectl get shows it.
        const SimResult got =
            run.run(QStringLiteral("kubectl"),
                    {QStringLiteral("get"), QStringLiteral("configmap"),
                     QStringLiteral("cnpg-controller-manager-config"), QStringLiteral("-n"),
                     QStringLiteral("cnpg-system"), QStringLiteral("--context"),
                     QStringLiteral("aks1"), QStringLiteral("-o"), QStringLiteral("json")});
        QCOMPARE(got.code, 0);
        const QJsonObject object = QJsonDocument::fromJson(got.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("STANDBY_TCP_USER_TIMEOUT"))
                     .toString(),
                 QStringLiteral("10"));

        // 2. The exported script: the heredoc holds the same bytes.
        const QString script = ScriptExporter::generate(plan, Settings(), QStringLiteral("test"));
        QCOMPARE(heredocBody(script), Manifest);

        // 3. The script under bash against a fresh simulator feeds kubectl the same bytes.
        SimHarness scripted;
        QVERIFY(scripted.isValid());
        QVERIFY(scripted.prepare(true));
        const QByteArray failure = runScript(scripted, script);
        QVERIFY2(failure.isEmpty(), failure.constData());
        const QList<QByteArray> fromScript = received(scripted);
        QCOMPARE(fromScript.size(), 1);
        QCOMPARE(fromScript.first(), Manifest);
        QCOMPARE(fromScript.first(), fromRun.first());
    }

    // A manifest that refers to a value of the run (${NAME}): the executor substitutes it, the
    // script's heredoc expands it and nothing else, and both feed kubectl the same bytes.
    void expandedInputIsTheSameInRunAndScript()
    {
        QByteArray manifest = Manifest;
        manifest.replace("cnpg-system", "${PG_SYSTEM_NAMESPACE}");
        manifest += "  escaped: \"back\\\\slash \\\\${PG_SYSTEM_NAMESPACE} $${PG_NAMESPACE}\"\n";
        Plan base = manifestPlan();
        QList<Step> steps = base.steps();
        steps[1].input = manifest;
        steps[1].expandInput = true;
        const Plan plan(steps);
        Settings settings;
        QByteArray expected = manifest;
        expected.replace("${PG_SYSTEM_NAMESPACE}", "cnpg-system");
        expected.replace("${PG_NAMESPACE}", "cnpg-database");

        SimHarness run;
        QVERIFY(run.prepare(true));
        QProcessLauncher launcher;
        ExecutorOptions o;
        o.pollIntervalMs = 0;
        o.environment = run.environment();
        o.workingDirectory = run.dir();
        Executor e(launcher, plan, settings.resolvedValues(), {}, o);
        QSignalSpy finished(&e, &Executor::finished);
        e.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(e.outcome(), Executor::Outcome::Succeeded);
        QCOMPARE(received(run), QList<QByteArray>{expected});

        const QString script = ScriptExporter::generate(plan, settings, QStringLiteral("test"));
        QVERIFY(script.contains(QStringLiteral("-f - <<EOF\n")));
        SimHarness scripted;
        QVERIFY(scripted.prepare(true));
        const QByteArray failure = runScript(scripted, script);
        QVERIFY2(failure.isEmpty(), failure.constData());
        QCOMPARE(received(scripted), QList<QByteArray>{expected});
    }

    void applyIsIdempotentAndReportsItsVerb()
    {
        SimHarness h;
        QVERIFY(h.prepare(true));
        QVERIFY(
            h.run(QStringLiteral("kubectl"), {QStringLiteral("create"), QStringLiteral("namespace"),
                                              QStringLiteral("cnpg-system")})
                .code == 0);
        auto apply = [&h](const QByteArray& manifest) {
            QProcess* p =
                h.start(QStringLiteral("kubectl"),
                        {QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")});
            p->write(manifest);
            p->closeWriteChannel();
            return SimHarness::finish(p);
        };
        QCOMPARE(apply(Manifest).out,
                 QStringLiteral("configmap/cnpg-controller-manager-config created\n"));
        QCOMPARE(apply(Manifest).out,
                 QStringLiteral("configmap/cnpg-controller-manager-config unchanged\n"));
        QByteArray changed = Manifest;
        changed.replace("\"10\"", "\"5\"");
        QCOMPARE(apply(changed).out,
                 QStringLiteral("configmap/cnpg-controller-manager-config configured\n"));
        QCOMPARE(received(h).size(), 3);
        QByteArray elsewhere = Manifest;
        elsewhere.replace("cnpg-system", "nowhere");
        const SimResult r = apply(elsewhere);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("namespaces \"nowhere\" not found")));
        const SimResult bad = apply("kind: [unterminated\n");
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.startsWith(QStringLiteral("error: error parsing STDIN")));
    }

    // What the controllers report, on an injected clock: a Backup waits for its cluster's
    // instances, runs, completes with where barman put it; a LoadBalancer Service gets the
    // public IP its annotations name.
    void backupCompletesAndServiceGetsThePublicIp()
    {
        SimHarness h;
        QVERIFY(h.prepare(true));
        QCOMPARE(
            h.run(QStringLiteral("kubectl"),
                  {QStringLiteral("create"), QStringLiteral("namespace"), QStringLiteral("db")})
                .code,
            0);
        // A static public IP, made before the clock stands still.
        QVERIFY(h.az({QStringLiteral("network"), QStringLiteral("public-ip"),
                      QStringLiteral("create"), QStringLiteral("--resource-group"),
                      QStringLiteral("rg-test"), QStringLiteral("--name"), QStringLiteral("pip1"),
                      QStringLiteral("--sku"), QStringLiteral("Standard"),
                      QStringLiteral("--allocation-method"), QStringLiteral("static")})
                    .startsWith(QLatin1String("<exit")) == false);
        const QString ip =
            h.az({QStringLiteral("network"), QStringLiteral("public-ip"), QStringLiteral("show"),
                  QStringLiteral("--resource-group"), QStringLiteral("rg-test"),
                  QStringLiteral("--name"), QStringLiteral("pip1"), QStringLiteral("--query"),
                  QStringLiteral("ipAddress"), QStringLiteral("--output"), QStringLiteral("tsv")});
        QVERIFY2(ip.count(QLatin1Char('.')) == 3, qPrintable(ip));
        // The backup container the Cluster's object store names.
        const auto words = [](const char* line) {
            return QString::fromLatin1(line).split(QLatin1Char(' '));
        };
        QVERIFY(!h.az(words("storage account create --name acct --resource-group rg-test "
                            "--sku Standard_LRS"))
                     .startsWith(QLatin1String("<exit")));
        QVERIFY(!h.az(words("storage container create --name backups --account-name acct "
                            "--auth-mode login"))
                     .startsWith(QLatin1String("<exit")));
        auto blobs = [&h, &words](const QString& prefix) {
            return h.az(words("storage blob list --account-name acct --container-name backups "
                              "--auth-mode login --query [].name --output tsv") +
                        QStringList{QStringLiteral("--prefix"), prefix});
        };
        QCOMPARE(blobs(QString()), QString());
        // From here on: an instance takes 600 ms of simulated time, a backup 900 ms.
        h.timeScale = 0.01;
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        h.setClock(start);
        auto apply = [&h](const QByteArray& manifest) {
            QProcess* p =
                h.start(QStringLiteral("kubectl"),
                        {QStringLiteral("apply"), QStringLiteral("--namespace"),
                         QStringLiteral("db"), QStringLiteral("-f"), QStringLiteral("-")});
            p->write(manifest);
            p->closeWriteChannel();
            return SimHarness::finish(p);
        };
        auto get = [&h](const QString& type, const QString& name, const QString& path) {
            return h
                .run(QStringLiteral("kubectl"),
                     {QStringLiteral("get"), type, name, QStringLiteral("--namespace"),
                      QStringLiteral("db"), QStringLiteral("--output"),
                      QStringLiteral("jsonpath=") + path})
                .out;
        };
        const QString backups = QStringLiteral("backups.postgresql.cnpg.io");
        // Before anything is applied, the probes' kinds are known to the API server.
        for (const QString& type :
             {backups, QStringLiteral("scheduledbackups.postgresql.cnpg.io"),
              QStringLiteral("services"), QStringLiteral("podmonitors.azmonitoring.coreos.com")}) {
            const SimResult r = h.run(QStringLiteral("kubectl"),
                                      {QStringLiteral("get"), type, QStringLiteral("x"),
                                       QStringLiteral("--namespace"), QStringLiteral("db")});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QStringLiteral("(NotFound)")), qPrintable(r.err));
        }
        QCOMPARE(apply("apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: pg1\n"
                       "spec:\n  instances: 3\n  backup:\n    barmanObjectStore:\n"
                       "      destinationPath: https://acct.blob.core.windows.net/backups\n")
                     .code,
                 0);
        QCOMPARE(apply("apiVersion: postgresql.cnpg.io/v1\nkind: Backup\nmetadata:\n  name: b1\n"
                       "spec:\n  method: barmanObjectStore\n  cluster:\n    name: pg1\n")
                     .out,
                 QStringLiteral("backup.postgresql.cnpg.io/b1 created\n"));
        const QString phase = QStringLiteral("{.status.phase}");
        QCOMPARE(get(backups, QStringLiteral("b1"), phase), QStringLiteral("pending"));
        // The cluster's phase and ready instances in one template, as kubectl prints it: the
        // quoted literals unquoted, nothing for readyInstances while the operator omits it.
        const QString clusters = QStringLiteral("clusters.postgresql.cnpg.io");
        const QString counted = QStringLiteral(
            R"({.status.phase}{"\t"}{.status.readyInstances}{"/"}{.spec.instances})");
        QCOMPARE(get(clusters, QStringLiteral("pg1"), counted),
                 QStringLiteral("Setting up primary\t/3"));
        h.setClock(start + 700);
        QCOMPARE(get(clusters, QStringLiteral("pg1"), counted),
                 QStringLiteral("Creating a new replica\t1/3"));
        h.setClock(start + 1300);
        QCOMPARE(get(clusters, QStringLiteral("pg1"), counted),
                 QStringLiteral("Creating a new replica\t2/3"));
        // Three instances, then the backup.
        h.setClock(start + 1800);
        QCOMPARE(get(clusters, QStringLiteral("pg1"), counted),
                 QStringLiteral("Cluster in healthy state\t3/3"));
        // CNPG_SIM_DURATIONS stretches an instance's start-up (the screenshot tour's way to a
        // long live phase): 1200 ms here, so 700 ms on no instance is ready yet.
        h.durations = QStringLiteral("cnpg instance=120");
        QCOMPARE(apply("apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: pg2\n"
                       "spec:\n  instances: 2\n")
                     .code,
                 0);
        h.durations.clear();
        h.setClock(start + 1800 + 700);
        QCOMPARE(get(clusters, QStringLiteral("pg2"), counted),
                 QStringLiteral("Setting up primary\t/2"));
        QCOMPARE(get(backups, QStringLiteral("b1"), phase), QStringLiteral("running"));
        QCOMPARE(blobs(QString()),
                 QStringLiteral("pg1/wals/0000000100000000/000000010000000000000001"));
        h.setClock(start + 2700);
        QCOMPARE(get(backups, QStringLiteral("b1"), phase), QStringLiteral("completed"));
        QCOMPARE(get(backups, QStringLiteral("b1"), QStringLiteral("{.status.destinationPath}")),
                 QStringLiteral("https://acct.blob.core.windows.net/backups"));
        const QString id = get(backups, QStringLiteral("b1"), QStringLiteral("{.status.backupId}"));
        QVERIFY(!id.isEmpty());
        // barman-cloud's layout in the container: WAL since the primary came up, the base
        // backup under its id once completed, backup.info last.
        const QString base = QStringLiteral("pg1/base/") + id + QLatin1Char('/');
        QCOMPARE(blobs(QStringLiteral("pg1/")),
                 base + QStringLiteral("backup.info\n") + base +
                     QStringLiteral("data.tar\npg1/wals/0000000100000000/"
                                    "000000010000000000000001"));
        QCOMPARE(h.az(words("storage blob list --account-name acct --container-name backups "
                            "--auth-mode login --output tsv --query") +
                      QStringList{QStringLiteral("[?ends_with(name, '/backup.info')] | length(@)"),
                                  QStringLiteral("--prefix"), base}),
                 QStringLiteral("1"));
        // One page at a time when asked, the next marker on stderr as az prints it.
        const SimResult page = h.run(
            QStringLiteral("az"),
            words("storage blob list --account-name acct --container-name backups --auth-mode "
                  "login --num-results 1 --query [].name --output tsv"));
        QCOMPARE(page.code, 0);
        QCOMPARE(page.out, base + QStringLiteral("backup.info\n"));
        QVERIFY2(page.err.startsWith(QStringLiteral("WARNING: Next Marker:\nWARNING: ")),
                 qPrintable(page.err));
        QCOMPARE(h.run(QStringLiteral("az"),
                       words("storage blob list --account-name acct --container-name nope "
                             "--auth-mode login"))
                     .code,
                 3);
        const SimResult waited = h.run(QStringLiteral("kubectl"),
                                       {QStringLiteral("wait"), backups + QStringLiteral("/b1"),
                                        QStringLiteral("--for=jsonpath={.status.phase}=completed"),
                                        QStringLiteral("--namespace"), QStringLiteral("db"),
                                        QStringLiteral("--timeout=60s")});
        QCOMPARE(waited.code, 0);
        QCOMPARE(waited.out, QStringLiteral("backup.postgresql.cnpg.io/b1 condition met\n"));
        // A backup of a cluster that does not exist fails, as the operator flags it.
        apply("apiVersion: postgresql.cnpg.io/v1\nkind: Backup\nmetadata:\n  name: b2\n"
              "spec:\n  cluster:\n    name: nope\n");
        QCOMPARE(get(backups, QStringLiteral("b2"), phase), QStringLiteral("failed"));

        // The service on the static IP of the node resource group.
        QCOMPARE(
            apply("apiVersion: v1\nkind: Service\nmetadata:\n  name: lb-rw\n  annotations:\n"
                  "    service.beta.kubernetes.io/azure-load-balancer-resource-group: rg-test\n"
                  "    service.beta.kubernetes.io/azure-pip-name: pip1\n"
                  "spec:\n  type: LoadBalancer\n  ports:\n  - port: 5432\n")
                .out,
            QStringLiteral("service/lb-rw created\n"));
        const QString address = QStringLiteral("{.status.loadBalancer.ingress[0].ip}");
        QCOMPARE(get(QStringLiteral("services"), QStringLiteral("lb-rw"), address), ip);
        QCOMPARE(h.run(QStringLiteral("kubectl"),
                       {QStringLiteral("wait"), QStringLiteral("services/lb-rw"),
                        QStringLiteral("--for=jsonpath=") + address + QLatin1Char('=') + ip,
                        QStringLiteral("--namespace"), QStringLiteral("db")})
                     .code,
                 0);
        // Naming an IP that does not exist leaves it pending.
        apply("apiVersion: v1\nkind: Service\nmetadata:\n  name: lb-ro\n  annotations:\n"
              "    service.beta.kubernetes.io/azure-load-balancer-resource-group: rg-test\n"
              "    service.beta.kubernetes.io/azure-pip-name: nope\n"
              "spec:\n  type: LoadBalancer\n");
        QCOMPARE(get(QStringLiteral("services"), QStringLiteral("lb-ro"), address), QString());
    }

    // The cnpg plugin answers from the simulated Cluster: WAL archiving as the Cluster's
    // condition and in `status`, psql's answer to pg_is_in_recovery() on the primary and on a
    // standby, and the plugin's own errors before there is anything to answer from.
    void cnpgPluginAnswersFromTheCluster()
    {
        SimHarness h;
        QVERIFY(h.prepare(true));
        // krew's release binary installs krew and the plugin, as the plan's krew step does.
        QCOMPARE(h.run(QStringLiteral("cnpg-sim"),
                       {QStringLiteral("krew-binary"), QStringLiteral("install"),
                        QStringLiteral("krew"), QStringLiteral("cnpg")})
                     .code,
                 0);
        QCOMPARE(
            h.run(QStringLiteral("kubectl"),
                  {QStringLiteral("create"), QStringLiteral("namespace"), QStringLiteral("db")})
                .code,
            0);
        const QStringList where = {QStringLiteral("--namespace"), QStringLiteral("db")};
        const QStringList ask = {QStringLiteral("--tty=false"),
                                 QStringLiteral("--stdin=false"),
                                 QStringLiteral("--"),
                                 QStringLiteral("--tuples-only"),
                                 QStringLiteral("--no-align"),
                                 QStringLiteral("--command"),
                                 QStringLiteral("SELECT pg_is_in_recovery()")};
        auto psql = [&](const QStringList& extra) {
            return h.run(
                QStringLiteral("kubectl"),
                QStringList{QStringLiteral("cnpg"), QStringLiteral("psql"), QStringLiteral("pg1")} +
                    extra + where + ask);
        };
        const SimResult none = psql({});
        QCOMPARE(none.code, 1);
        QCOMPARE(none.err, QStringLiteral("Error: cluster does not exist or is not accessible\n"));

        h.timeScale = 0.01; // an instance takes 600 ms of simulated time
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        h.setClock(start);
        QProcess* p = h.start(
            QStringLiteral("kubectl"),
            QStringList{QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")} +
                where);
        p->write("apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: pg1\n"
                 "spec:\n  instances: 2\n  backup:\n    barmanObjectStore:\n"
                 "      destinationPath: https://acct.blob.core.windows.net/backups\n");
        p->closeWriteChannel();
        QCOMPARE(SimHarness::finish(p).code, 0);
        auto condition = [&]() {
            return h
                .run(QStringLiteral("kubectl"),
                     QStringList{QStringLiteral("wait"),
                                 QStringLiteral("clusters.postgresql.cnpg.io/pg1"),
                                 QStringLiteral("--for=condition=ContinuousArchiving"),
                                 QStringLiteral("--timeout=0s")} +
                         where)
                .code;
        };
        QCOMPARE(condition(), 1); // no primary yet
        h.setClock(start + 700);  // the primary is up, the standby is not
        QCOMPARE(condition(), 0);
        QCOMPARE(psql({}).out, QStringLiteral("f\n"));
        const SimResult early = psql({QStringLiteral("--replica")});
        QCOMPARE(early.code, 1);
        QCOMPARE(early.err, QStringLiteral("Error: cannot find Pod with role \"replica\"\n"));
        h.setClock(start + 1300);
        QCOMPARE(psql({QStringLiteral("--replica")}).out, QStringLiteral("t\n"));
        const SimResult status = h.run(
            QStringLiteral("kubectl"),
            QStringList{QStringLiteral("cnpg"), QStringLiteral("status"), QStringLiteral("pg1")} +
                where);
        QCOMPARE(status.code, 0);
        QVERIFY2(status.out.contains(QStringLiteral("Working WAL archiving:")) &&
                     status.out.contains(QStringLiteral("OK\n")),
                 qPrintable(status.out));
    }
};

QTEST_GUILESS_MAIN(TestManifestStep)
#include "tst_manifeststep.moc"
