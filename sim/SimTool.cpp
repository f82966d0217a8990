#include "SimTool.h"

#include "ArmResource.h"
#include "AzCli.h"
#include "Durations.h"
#include "Helm.h"
#include "Kubectl.h"
#include "LocalPostgres.h"
#include "OutputFormat.h"
#include "SimEnv.h"
#include "SimError.h"
#include "State.h"
#include "StateStore.h"
#include "World.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

namespace cnpg::sim {

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

QString selfPath()
{
    return QCoreApplication::applicationFilePath();
}

int installShims(const QString& dir)
{
    if (dir.isEmpty())
        throw SimError{2, s("usage: cnpg-sim install-shims DIR\n")};
    if (!QDir().mkpath(dir))
        throw SimError{1, QStringLiteral("cnpg-sim: cannot create %1\n").arg(dir)};
    for (const char* name : {"az", "kubectl", "helm"}) {
        const QString link = QDir(dir).filePath(QLatin1String(name));
        QFile::remove(link);
        if (!QFile::link(selfPath(), link))
            throw SimError{1, QStringLiteral("cnpg-sim: cannot create %1\n").arg(link)};
    }
    return 0;
}

QString krewPlatform()
{
    QString arch = QSysInfo::currentCpuArchitecture();
    if (arch == QLatin1String("x86_64"))
        arch = s("amd64");
    else if (arch == QLatin1String("i386"))
        arch = s("386");
    return QSysInfo::kernelType() + QLatin1Char('_') + arch;
}

int makeKrewRelease(const QString& dir)
{
    if (dir.isEmpty())
        throw SimError{2, s("usage: cnpg-sim make-krew-release DIR\n")};
    QDir().mkpath(dir);
    QTemporaryDir tmp;
    const QString name = s("krew-") + krewPlatform();
    QFile bin(tmp.filePath(name));
    QString self = selfPath();
    self.replace(QLatin1Char('\''), s("'\\''"));
    if (!bin.open(QIODevice::WriteOnly))
        throw SimError{1, QStringLiteral("cnpg-sim: cannot write %1\n").arg(bin.fileName())};
    // The release's binary: the simulator, as the krew bootstrap.
    bin.write(QStringLiteral("#!/bin/sh\nexec '%1' krew-binary \"$@\"\n").arg(self).toUtf8());
    bin.close();
    bin.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                       QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    QFile license(tmp.filePath(s("LICENSE")));
    license.open(QIODevice::WriteOnly);
    license.write("Simulated krew release made by cnpg-sim (krew is Apache-2.0 licensed).\n");
    license.close();
    const QString tarball = QDir(dir).absoluteFilePath(name + s(".tar.gz"));
    QProcess tar;
    tar.start(s("tar"), {s("-czf"), tarball, s("-C"), tmp.path(), s("./") + name, s("./LICENSE")});
    if (!tar.waitForFinished(60000) || tar.exitStatus() != QProcess::NormalExit ||
        tar.exitCode() != 0)
        throw SimError{
            1, QStringLiteral("cnpg-sim: tar failed: %1\n")
                   .arg(QString::fromLocal8Bit(tar.readAllStandardError()) + tar.errorString())};
    QFile t(tarball);
    t.open(QIODevice::ReadOnly);
    const QByteArray sum =
        QCryptographicHash::hash(t.readAll(), QCryptographicHash::Sha256).toHex();
    QFile sha(tarball + s(".sha256"));
    if (!sha.open(QIODevice::WriteOnly))
        throw SimError{1, QStringLiteral("cnpg-sim: cannot write %1\n").arg(sha.fileName())};
    sha.write(sum + '\n');
    out(tarball + QLatin1Char('\n'));
    return 0;
}

// `cnpg-sim world [JSON]`: prints the world (World.h) after merging JSON into it.
int worldCommand(StateStore& store, const QString& patch)
{
    QJsonObject effective;
    if (!patch.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(patch.toUtf8(), &error);
        if (!doc.isObject())
            throw SimError{2, QStringLiteral("cnpg-sim world: not a JSON object: %1\n")
                                  .arg(error.errorString())};
        store.update([&](State& st) { world::merge(st, doc.object()); });
    }
    store.read([&](State& st) { effective = world::effective(st); });
    out(OutputFormat::json(effective));
    return 0;
}

int dump(StateStore& store)
{
    QJsonObject doc;
    store.read([&](State& st) {
        doc = st.toJson();
        QJsonObject res = doc.value(s("resources")).toObject();
        const qint64 now = SimEnv::now();
        for (auto it = res.begin(); it != res.end(); ++it) {
            QJsonObject r = it.value().toObject();
            r.insert(s("provisioningState"), arm::provisioningState(r, now));
            it.value() = r;
        }
        doc.insert(s("resources"), res);
        doc.insert(s("statePath"), store.path());
    });
    out(OutputFormat::json(doc));
    return 0;
}

// The real database servers follow what the call changed. A deletion waits for them to go, so
// that nothing of a deleted cluster still runs when the call returns; any other call leaves
// the work to a reconciliation under way. Their failures never change the call's own result.
void followWithServers(const SimEnv& env, StateStore& store, const QStringList& args)
{
    const bool deletion = args.contains(s("delete"));
    try {
        localpg::reconcile(env, store, deletion ? localpg::Wait::Block : localpg::Wait::IfFree);
    } catch (const SimError& e) {
        if (deletion)
            err(e.text);
    }
}

} // namespace

QString SimTool::help()
{
    QString h =
        QStringLiteral(
            "cnpg-sim: simulated az, kubectl and helm for the CloudNativePG-on-AKS wizard.\n"
            "No Azure endpoint is contacted: everything lives in one JSON state file.\n\n"
            "Usage:\n"
            "  cnpg-sim install-shims DIR     make az, kubectl and helm in DIR (symlinks to "
            "cnpg-sim);\n"
            "                                 put DIR first on PATH to use them\n"
            "  cnpg-sim reset                 forget everything (new account ids)\n"
            "  cnpg-sim dump                  print the state (with each resource's "
            "provisioningState)\n"
            "  cnpg-sim make-krew-release DIR write krew-<os>_<arch>.tar.gz and .sha256 into DIR; "
            "use\n"
            "                                 KREW_DOWNLOAD_URL=file://DIR with the exported "
            "script,\n"
            "                                 exported with --set KREW_SHA256=<os>_<arch>=<its "
            "digest>\n"
            "  cnpg-sim world [JSON]          merge JSON into the subscription's limits and\n"
            "                                 permissions (quota, sizes, zones, providers, roles,\n"
            "                                 AKS versions; see README.md), then print them\n"
            "  cnpg-sim local-postgres [list|stop]\n"
            "                                 the real PostgreSQL servers behind the simulated\n"
            "                                 Clusters (JSON: ports, roles), or stop them all\n"
            "  cnpg-sim az|kubectl|helm ARGS  run a simulated tool without the shims\n"
            "  cnpg-sim --help                this text\n\n"
            "Environment:\n"
            "  CNPG_SIM_STATE       the state file (default: %1)\n"
            "  CNPG_SIM_TIME_SCALE  multiplies every simulated duration (default 0.02; 0: "
            "instant)\n"
            "  CNPG_SIM_FAULTS      failures on demand: '<command words>=<Kind>[*count|*always]; "
            "...'\n"
            "                       e.g. 'aks nodepool add=OperationNotAllowed*1; aks "
            "create=Throttled*2'\n"
            "                       kinds: OperationNotAllowed, Throttled, InternalServerError,\n"
            "                       NetworkRules, PermissionMismatch, PrincipalNotFound, "
            "Error:<text>\n"
            "                       counts are kept in the state file; NetworkRules and\n"
            "                       PermissionMismatch stop once you hold a Storage Blob Data "
            "role;\n"
            "                       PrincipalNotFound hits assignments to service principals only\n"
            "  CNPG_SIM_POSTGRES    off: no real PostgreSQL servers behind the Clusters (default:\n"
            "                       on when initdb, pg_ctl, pg_basebackup and psql are found;\n"
            "                       CNPG_SIM_PG_BIN names their directory)\n"
            "  CNPG_SIM_CLIENT_IP   your simulated public IP: kubectl and helm time out when it "
            "is\n"
            "                       outside the cluster's --api-server-authorized-ip-ranges\n\n"
            "az (azure-cli 2.61.0; argparse rules: unknown arguments exit 2, missing resources "
            "exit 3):\n")
            .arg(SimEnv::defaultStatePath());
    QString line;
    for (const AzCommand& c : AzCli::commands()) {
        if (line.size() + c.path.size() > 90) {
            h += s("  ") + line.trimmed() + QLatin1Char('\n');
            line.clear();
        }
        line += c.path + s(", ");
    }
    h += s("  ") + line.chopped(2) + QLatin1Char('\n');
    h += s("  --output json|jsonc|yaml|yamlc|table|tsv|none, --query (JMESPath subset), "
           "--subscription\n"
           "  grafana needs 'az extension add --name amg' first.\n\n"
           "kubectl (v1.29.4): version [--client] [-o json], config current-context|get-contexts|\n"
           "  use-context, cluster-info, create namespace, delete namespace, get namespaces|\n"
           "  daemonsets|deployments|nodes|pods [-n|-A] [-o name|json|yaml|wide|jsonpath=...],\n"
           "  krew version|install|list|update|uninstall (after the krew bootstrap),\n"
           "  cnpg version (after 'kubectl krew install cnpg'). Contexts come from\n"
           "  'az aks get-credentials' and live in the state file, not in ~/.kube/config.\n\n"
           "helm (v3.14.4): version [--short], repo add|update|list, upgrade [--install],\n"
           "  install, status, list, uninstall (--kube-context, --namespace, --create-namespace,\n"
           "  --version, --wait). Known repository: https://cloudnative-pg.github.io/charts.\n\n"
           "Time profile (seconds before scaling):\n");
    line.clear();
    for (const auto& [name, secs] : Durations::profile()) {
        const QString item = QStringLiteral("%1 %2").arg(name).arg(secs);
        if (line.size() + item.size() > 90) {
            h += s("  ") + line.chopped(2) + QLatin1Char('\n');
            line.clear();
        }
        line += item + s(", ");
    }
    h += s("  ") + line.chopped(2) +
         s("\n  anything else: 1\n"
           "A create returns after its duration; meanwhile show reads "
           "Creating (AKS changes: Updating),\nand a second change of "
           "the same AKS cluster fails with OperationNotAllowed.\n");
    return h;
}

int SimTool::main(const QStringList& argsIn)
{
    QStringList args = argsIn;
    QString name = QFileInfo(args.value(0)).fileName();
    if (name.endsWith(s(".exe")))
        name.chop(4);
    args.removeFirst();
    SimEnv env = SimEnv::fromEnvironment();
    for (const QString& w : env.warnings)
        err(w + QLatin1Char('\n'));
    StateStore store(env.statePath);
    try {
        if (name != QLatin1String("cnpg-sim") && !name.startsWith(s("krew-")) &&
            name != QLatin1String("az") && name != QLatin1String("kubectl") &&
            name != QLatin1String("helm")) {
            // A copy under another name behaves as cnpg-sim.
            name = s("cnpg-sim");
        }
        if (name == QLatin1String("cnpg-sim")) {
            const QString cmd = args.value(0);
            static const QStringList tools = {s("az"), s("kubectl"), s("helm")};
            if (tools.contains(cmd)) {
                name = cmd;
                args.removeFirst();
            } else if (cmd == QLatin1String("krew-binary")) {
                return Krew::binary(env, store, args.mid(1));
            } else if (cmd.isEmpty() || cmd == QLatin1String("--help") ||
                       cmd == QLatin1String("-h")) {
                out(help());
                return 0;
            } else if (cmd == QLatin1String("install-shims")) {
                return installShims(args.value(1));
            } else if (cmd == QLatin1String("reset")) {
                localpg::stopAll(env);
                store.reset();
                return 0;
            } else if (cmd == QLatin1String("world")) {
                return worldCommand(store, args.value(1));
            } else if (cmd == QLatin1String("dump")) {
                return dump(store);
            } else if (cmd == QLatin1String("make-krew-release")) {
                return makeKrewRelease(args.value(1));
            } else if (cmd == QLatin1String("local-postgres")) {
                return localpg::command(env, store, args.mid(1));
            } else {
                throw SimError{
                    2, QStringLiteral("cnpg-sim: unknown command '%1' (see cnpg-sim --help)\n")
                           .arg(cmd)};
            }
        }
        int rc = 0;
        if (name == QLatin1String("az"))
            rc = AzCli::run(env, store, args);
        else if (name == QLatin1String("kubectl"))
            rc = Kubectl::run(env, store, args);
        else if (name == QLatin1String("helm"))
            rc = Helm::run(env, store, args);
        else
            return Krew::binary(env, store, args);
        followWithServers(env, store, args);
        return rc;
    } catch (const SimError& e) {
        err(e.text);
        return e.exitCode;
    }
}

} // namespace cnpg::sim
