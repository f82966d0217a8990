#include "Helm.h"

#include "ArmResource.h"
#include "Durations.h"
#include "Faults.h"
#include "FlagParser.h"
#include "Kube.h"
#include "OutputFormat.h"
#include "SimEnv.h"
#include "SimError.h"
#include "State.h"
#include "StateStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace cnpg::sim {

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

[[noreturn]] void herr(const QString& text)
{
    throw SimError{1, s("Error: ") + text + QLatin1Char('\n')};
}

struct Chart
{
    const char* repoUrl;
    const char* name;
    const char* version;
    const char* appVersion;
};

// The charts of the repositories the simulator knows, newest version first.
const Chart charts[] = {
    {"https://cloudnative-pg.github.io/charts", "cloudnative-pg", "0.29.0", "1.30.0"},
    {"https://cloudnative-pg.github.io/charts", "cloudnative-pg", "0.28.3", "1.29.1"},
    {"https://cloudnative-pg.github.io/charts", "cloudnative-pg", "0.28.2", "1.29.1"},
    {"https://cloudnative-pg.github.io/charts", "cloudnative-pg", "0.21.5", "1.23.2"},
    {"https://cloudnative-pg.github.io/charts", "cloudnative-pg", "0.21.4", "1.23.1"},
    {"https://cloudnative-pg.github.io/charts", "cloudnative-pg", "0.21.2", "1.23.1"},
    {"https://cloudnative-pg.github.io/charts", "cloudnative-pg", "0.20.2", "1.22.2"},
    {"https://cloudnative-pg.github.io/charts", "cluster", "0.0.9", "1.23.2"},
};

QString ansic(qint64 ms)
{
    // Go's time.ANSIC, as helm prints LAST DEPLOYED.
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    return t.toString(QStringLiteral("ddd MMM ")) +
           QString::number(t.date().day()).rightJustified(2) +
           t.toString(QStringLiteral(" HH:mm:ss yyyy"));
}

QString statusText(const QJsonObject& r, bool notes)
{
    QString t =
        QStringLiteral("NAME: %1\nLAST DEPLOYED: %2\nNAMESPACE: %3\nSTATUS: %4\nREVISION: %5\n"
                       "TEST SUITE: None\n")
            .arg(r.value(s("name")).toString(), ansic(qint64(r.value(s("deployedAt")).toDouble())),
                 r.value(s("namespace")).toString(), r.value(s("status")).toString())
            .arg(r.value(s("revision")).toInt());
    if (notes && r.value(s("chart")).toString() == QLatin1String("cloudnative-pg")) {
        t += QStringLiteral(
                 "NOTES:\nCloudNativePG operator should be installed in namespace \"%1\".\n"
                 "You can now create a PostgreSQL cluster with 3 nodes as follows:\n\n"
                 "cat <<EOF | kubectl apply -f -\n# Example of PostgreSQL cluster\n"
                 "apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: "
                 "cluster-example\n\nspec:\n  instances: 3\n  storage:\n    size: 1Gi\nEOF\n\n"
                 "kubectl get -A cluster\n")
                 .arg(r.value(s("namespace")).toString());
    }
    return t;
}

const Chart* resolveChart(State& st, const QString& ref, const QString& version)
{
    if (!ref.contains(QLatin1Char('/')))
        herr(QStringLiteral("path \"%1\" not found").arg(ref));
    const QString repo = ref.section(QLatin1Char('/'), 0, 0);
    const QString name = ref.section(QLatin1Char('/'), 1);
    const QJsonObject repos = st.section(s("helm")).value(s("repositories")).toObject();
    if (!repos.contains(repo))
        herr(QStringLiteral("repo %1 not found").arg(repo));
    const QString url = repos.value(repo).toObject().value(s("url")).toString();
    bool nameFound = false;
    for (const Chart& c : charts) {
        if (url.compare(QLatin1String(c.repoUrl), Qt::CaseInsensitive) != 0 ||
            name != QLatin1String(c.name))
            continue;
        nameFound = true;
        if (version.isEmpty() || version == QLatin1String(c.version))
            return &c;
    }
    herr(QStringLiteral(
             "chart \"%1\" matching %2 not found in %3 index. (try 'helm repo update'): %4")
             .arg(name, version, repo,
                  nameFound ? QStringLiteral("no chart version found for %1-%2").arg(name, version)
                            : s("no chart name found")));
}

int repo(SimEnv& env, StateStore& store, const FlagResult& f)
{
    const QString sub = f.positionals.value(1);
    const QStringList args = f.positionals.mid(2);
    if (sub == QLatin1String("add")) {
        if (args.size() != 2)
            herr(s("\"helm repo add\" requires 2 arguments\n\nUsage:  helm repo add [NAME] [URL] "
                   "[flags]"));
        const QString name = args.at(0), url = args.at(1);
        if (!url.startsWith(s("https://")) && !url.startsWith(s("http://")))
            herr(QStringLiteral("could not find protocol handler for: %1")
                     .arg(url.section(QLatin1Char(':'), 0, 0)));
        env.latency(Durations::seconds(s("helm repo add")));
        QString text;
        store.update([&](State& st) {
            QJsonObject h = st.section(s("helm"));
            QJsonObject repos = h.value(s("repositories")).toObject();
            if (repos.contains(name) && !f.flag(s("force-update"))) {
                if (repos.value(name).toObject().value(s("url")).toString() == url) {
                    text = QStringLiteral(
                               "\"%1\" already exists with the same configuration, skipping\n")
                               .arg(name);
                    return;
                }
                herr(QStringLiteral(
                         "repository name (%1) already exists, please specify a different name")
                         .arg(name));
            }
            repos.insert(name, QJsonObject{{s("url"), url}});
            h.insert(s("repositories"), repos);
            st.section(s("helm")) = h;
            text = QStringLiteral("\"%1\" has been added to your repositories\n").arg(name);
        });
        out(text);
        return 0;
    }
    QJsonObject repos;
    store.read(
        [&](State& st) { repos = st.section(s("helm")).value(s("repositories")).toObject(); });
    if (sub == QLatin1String("update") || sub == QLatin1String("up")) {
        if (repos.isEmpty())
            herr(s("no repositories found. You must add one before updating"));
        QStringList names = args.isEmpty() ? repos.keys() : args;
        for (const QString& n : names) {
            if (!repos.contains(n))
                herr(QStringLiteral(
                         "no repositories found matching '[%1]'.  Nothing will be updated")
                         .arg(n));
        }
        env.latency(Durations::seconds(s("helm repo update")));
        QString text = s("Hang tight while we grab the latest from your chart repositories...\n");
        for (const QString& n : names)
            text +=
                QStringLiteral("...Successfully got an update from the \"%1\" chart repository\n")
                    .arg(n);
        out(text + QString::fromUtf8("Update Complete. \u2388Happy Helming!\u2388\n"));
        return 0;
    }
    if (sub == QLatin1String("list") || sub == QLatin1String("ls")) {
        if (repos.isEmpty())
            herr(s("no repositories to show"));
        QList<QStringList> rows = {{s("NAME"), s("URL")}};
        for (auto it = repos.begin(); it != repos.end(); ++it)
            rows << QStringList{it.key(), it.value().toObject().value(s("url")).toString()};
        out(kube::tabulate(rows));
        return 0;
    }
    herr(QStringLiteral("unknown command \"%1\" for \"helm repo\"").arg(sub));
}

QString releaseKey(const QString& ns, const QString& name)
{
    return ns + QLatin1Char('/') + name;
}

int upgrade(SimEnv& env, StateStore& store, const FlagResult& f, bool installOnly)
{
    const QString verb = installOnly ? s("install") : s("upgrade");
    const QStringList args = f.positionals.mid(1);
    if (args.size() != 2)
        herr(QStringLiteral(
                 "\"helm %1\" requires 2 arguments\n\nUsage:  helm %1 [%2] [CHART] [flags]")
                 .arg(verb, installOnly ? s("NAME") : s("RELEASE")));
    const QString name = args.at(0);
    const QString ns = f.value(s("namespace"), s("default"));
    const bool install = installOnly || f.flag(s("install"));
    env.latency(Durations::seconds(s("helm upgrade")));
    QJsonObject release;
    bool existed = false;
    store.update([&](State& st) {
        QJsonObject& cluster =
            kube::connect(st, env, f.value(s("kube-context")), FlagParser::Tool::Helm);
        QJsonObject k = cluster.value(s("kube")).toObject();
        QJsonObject releases = k.value(s("releases")).toObject();
        QJsonObject namespaces = k.value(s("namespaces")).toObject();
        const QString key = releaseKey(ns, name);
        existed = releases.contains(key);
        if (installOnly && existed)
            herr(s("INSTALLATION FAILED: cannot re-use a name that is still in use"));
        if (!existed && !install)
            herr(QStringLiteral("UPGRADE FAILED: \"%1\" has no deployed releases").arg(name));
        const Chart* chart = resolveChart(st, args.at(1), f.value(s("version")));
        if (!namespaces.contains(ns)) {
            if (!f.flag(s("create-namespace")))
                herr(QStringLiteral("%1create: failed to create: namespaces \"%2\" not found")
                         .arg(installOnly ? s("INSTALLATION FAILED: ") : QString(), ns));
            namespaces.insert(ns, double(SimEnv::now()));
        }
        const qint64 now = SimEnv::now();
        const QString chartName = QString::fromLatin1(chart->name);
        release = releases.value(key).toObject();
        if (existed)
            arm::countUpdate(release);
        else
            arm::countCreate(release);
        release.insert(s("name"), name);
        release.insert(s("namespace"), ns);
        release.insert(s("chart"), chartName);
        release.insert(s("chartVersion"), QString::fromLatin1(chart->version));
        release.insert(s("appVersion"), QString::fromLatin1(chart->appVersion));
        release.insert(s("revision"), release.value(s("revision")).toInt() + 1);
        release.insert(s("status"), s("deployed"));
        release.insert(s("deployedAt"), double(now));
        if (!existed)
            release.insert(
                s("readyAt"),
                double(now + env.scaled(Durations::seconds(s("helm deployment ready")))));
        // Helm's fullname: the release name when it already contains the chart's.
        release.insert(s("deployment"),
                       name.contains(chartName) ? name : name + QLatin1Char('-') + chartName);
        releases.insert(key, release);
        k.insert(s("releases"), releases);
        k.insert(s("namespaces"), namespaces);
        cluster.insert(s("kube"), k);
    });
    if (f.flag(s("wait")))
        SimEnv::sleepUntil(qint64(release.value(s("readyAt")).toDouble()));
    if (!installOnly) {
        out(existed
                ? QStringLiteral("Release \"%1\" has been upgraded. Happy Helming!\n").arg(name)
                : QStringLiteral("Release \"%1\" does not exist. Installing it now.\n").arg(name));
    }
    out(statusText(release, true));
    return 0;
}

QJsonObject findRelease(State& st, const SimEnv& env, const FlagResult& f, const QString& name,
                        QJsonObject** clusterOut = nullptr)
{
    QJsonObject& cluster =
        kube::connect(st, env, f.value(s("kube-context")), FlagParser::Tool::Helm);
    if (clusterOut)
        *clusterOut = &cluster;
    return cluster.value(s("kube"))
        .toObject()
        .value(s("releases"))
        .toObject()
        .value(releaseKey(f.value(s("namespace"), s("default")), name))
        .toObject();
}

int status(SimEnv& env, StateStore& store, const FlagResult& f)
{
    const QString name = f.positionals.value(1);
    if (name.isEmpty())
        herr(s("\"helm status\" requires 1 argument\n\nUsage:  helm status RELEASE_NAME [flags]"));
    env.latency(0.5);
    QJsonObject r;
    store.read([&](State& st) { r = findRelease(st, env, f, name); });
    if (r.isEmpty())
        herr(s("release: not found"));
    if (f.value(s("output")) == QLatin1String("json")) {
        out(OutputFormat::json(
                QJsonObject{{s("name"), name},
                            {s("namespace"), r.value(s("namespace"))},
                            {s("version"), r.value(s("revision"))},
                            {s("info"), QJsonObject{{s("status"), r.value(s("status"))}}}},
                0)
                .simplified() +
            QLatin1Char('\n'));
        return 0;
    }
    out(statusText(r, true));
    return 0;
}

int list(SimEnv& env, StateStore& store, const FlagResult& f)
{
    env.latency(0.5);
    QList<QStringList> rows = {{s("NAME"), s("NAMESPACE"), s("REVISION"), s("UPDATED"), s("STATUS"),
                                s("CHART"), s("APP VERSION")}};
    QJsonArray json;
    store.read([&](State& st) {
        const QJsonObject& cluster =
            kube::connect(st, env, f.value(s("kube-context")), FlagParser::Tool::Helm);
        const QJsonObject releases =
            cluster.value(s("kube")).toObject().value(s("releases")).toObject();
        const QString ns = f.value(s("namespace"), s("default"));
        for (const QJsonValue& v : releases) {
            const QJsonObject r = v.toObject();
            if (!f.flag(s("all-namespaces")) && r.value(s("namespace")).toString() != ns)
                continue;
            const QString updated =
                QDateTime::fromMSecsSinceEpoch(qint64(r.value(s("deployedAt")).toDouble()))
                    .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz000000 +0000 UTC"));
            const QString chart = r.value(s("chart")).toString() + QLatin1Char('-') +
                                  r.value(s("chartVersion")).toString();
            rows << QStringList{r.value(s("name")).toString(),
                                r.value(s("namespace")).toString(),
                                QString::number(r.value(s("revision")).toInt()),
                                updated,
                                r.value(s("status")).toString(),
                                chart,
                                r.value(s("appVersion")).toString()};
            json.append(
                QJsonObject{{s("app_version"), r.value(s("appVersion"))},
                            {s("chart"), chart},
                            {s("name"), r.value(s("name"))},
                            {s("namespace"), r.value(s("namespace"))},
                            {s("revision"), QString::number(r.value(s("revision")).toInt())},
                            {s("status"), r.value(s("status"))},
                            {s("updated"), updated}});
        }
    });
    if (f.value(s("output")) == QLatin1String("json")) {
        out(OutputFormat::json(json, 0).simplified().remove(QLatin1Char(' ')) + QLatin1Char('\n'));
    } else if (f.flag(s("short"))) {
        for (qsizetype i = 1; i < rows.size(); ++i)
            out(rows.at(i).first() + QLatin1Char('\n'));
    } else {
        // uitable: every cell padded, tab-separated.
        QList<qsizetype> w(rows.first().size(), 0);
        for (const QStringList& r : rows)
            for (qsizetype i = 0; i < r.size(); ++i)
                w[i] = qMax(w[i], r.at(i).size());
        QString text;
        for (const QStringList& r : rows) {
            QStringList cells;
            for (qsizetype i = 0; i < r.size(); ++i)
                cells << r.at(i).leftJustified(w[i]);
            text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
        }
        out(text);
    }
    return 0;
}

int uninstall(SimEnv& env, StateStore& store, const FlagResult& f)
{
    const QStringList names = f.positionals.mid(1);
    if (names.isEmpty())
        herr(s("\"helm uninstall\" requires at least 1 argument\n\nUsage:  helm uninstall "
               "RELEASE_NAME [...] [flags]"));
    env.latency(Durations::seconds(s("helm uninstall")));
    for (const QString& name : names) {
        store.update([&](State& st) {
            QJsonObject* cluster = nullptr;
            if (findRelease(st, env, f, name, &cluster).isEmpty())
                herr(QStringLiteral("uninstall: Release not loaded: %1: release: not found")
                         .arg(name));
            QJsonObject k = cluster->value(s("kube")).toObject();
            QJsonObject releases = k.value(s("releases")).toObject();
            releases.remove(releaseKey(f.value(s("namespace"), s("default")), name));
            k.insert(s("releases"), releases);
            cluster->insert(s("kube"), k);
        });
        out(QStringLiteral("release \"%1\" uninstalled\n").arg(name));
    }
    return 0;
}

} // namespace

int Helm::run(SimEnv& env, StateStore& store, const QStringList& args)
{
    const QList<Flag> flags = {{s("kube-context"), {}, false},
                               {s("namespace"), QLatin1Char('n'), false},
                               {s("kubeconfig"), {}, false},
                               {s("debug"), {}, true},
                               {s("help"), QLatin1Char('h'), true},
                               {s("install"), QLatin1Char('i'), true},
                               {s("create-namespace"), {}, true},
                               {s("version"), {}, false},
                               {s("wait"), {}, true},
                               {s("timeout"), {}, false},
                               {s("set"), {}, false},
                               {s("set-string"), {}, false},
                               {s("values"), QLatin1Char('f'), false},
                               {s("atomic"), {}, true},
                               {s("reset-values"), {}, true},
                               {s("reuse-values"), {}, true},
                               {s("dry-run"), {}, true},
                               {s("devel"), {}, true},
                               {s("description"), {}, false},
                               {s("output"), QLatin1Char('o'), false},
                               {s("force-update"), {}, true},
                               {s("all-namespaces"), QLatin1Char('A'), true},
                               {s("short"), QLatin1Char('q'), true},
                               {s("keep-history"), {}, true},
                               {s("revision"), {}, false},
                               {s("template"), {}, false},
                               {s("history-max"), {}, false},
                               {s("cleanup-on-fail"), {}, true},
                               {s("wait-for-jobs"), {}, true},
                               {s("force"), {}, true}};
    const FlagResult f = FlagParser::parse(flags, args, FlagParser::Tool::Helm, s("helm"));
    const QString cmd = f.positionals.value(0);
    if (cmd.isEmpty() || f.flag(s("help"))) {
        out(s("The Kubernetes package manager (simulated by cnpg-sim).\n\nSimulated commands: "
              "version, "
              "repo add|update|list, upgrade [--install], install, status, list, uninstall\n"));
        return 0;
    }
    if (!env.faults.isEmpty()) {
        QStringList path = {cmd};
        if (cmd == QLatin1String("repo"))
            path << f.positionals.value(1);
        if (auto fault = Faults::take(store, env.faults, s("helm"), path, {})) {
            SimError e;
            store.read([&](State& st) { e = Faults::error(*fault, s("helm"), st); });
            throw e;
        }
    }
    if (cmd == QLatin1String("version")) {
        if (f.has(s("short")) || args.contains(s("--short")))
            out(s("v3.14.4+g81c902a\n"));
        else
            out(s("version.BuildInfo{Version:\"v3.14.4\", "
                  "GitCommit:\"81c902a123462fd4052bc5e9aa9c513c4c8fc142\", "
                  "GitTreeState:\"clean\", GoVersion:\"go1.21.9\"}\n"));
        return 0;
    }
    if (cmd == QLatin1String("repo"))
        return repo(env, store, f);
    if (cmd == QLatin1String("upgrade"))
        return upgrade(env, store, f, false);
    if (cmd == QLatin1String("install"))
        return upgrade(env, store, f, true);
    if (cmd == QLatin1String("status"))
        return status(env, store, f);
    if (cmd == QLatin1String("list") || cmd == QLatin1String("ls"))
        return list(env, store, f);
    if (cmd == QLatin1String("uninstall") || cmd == QLatin1String("delete") ||
        cmd == QLatin1String("un"))
        return uninstall(env, store, f);
    herr(QStringLiteral("unknown command \"%1\" for \"helm\"\nRun 'helm --help' for usage.")
             .arg(cmd));
}

} // namespace cnpg::sim
