#include "Kubectl.h"

#include "AksModel.h"
#include "ArmResource.h"
#include "Durations.h"
#include "Faults.h"
#include "FlagParser.h"
#include "Kube.h"
#include "KubeApply.h"
#include "KubeConfig.h"
#include "KubeCreate.h"
#include "OutputFormat.h"
#include "SimEnv.h"
#include "SimError.h"
#include "State.h"
#include "StateStore.h"

#include <QDateTime>
#include <QRegularExpression>

namespace cnpg::sim {

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

using Tool = FlagParser::Tool;

const QString clientVersion = s("v1.29.4");
const QString kustomize = s("v5.0.4-0.20230601165947-6ce0bf390ce3");

QList<Flag> globalFlags()
{
    return {{s("context"), {}, false},
            {s("namespace"), QLatin1Char('n'), false},
            {s("kubeconfig"), {}, false},
            {s("cluster"), {}, false},
            {s("user"), {}, false},
            {s("request-timeout"), {}, false},
            {s("server"), QLatin1Char('s'), false},
            {s("token"), {}, false},
            {s("v"), QLatin1Char('v'), false},
            {s("as"), {}, false},
            {s("insecure-skip-tls-verify"), {}, true},
            {s("help"), QLatin1Char('h'), true}};
}

[[noreturn]] void kerr(const QString& text)
{
    throw SimError{1, text + QLatin1Char('\n')};
}

// The resource types kubectl get knows here, by every name it accepts.
QString resourceKind(const QString& word)
{
    static const QList<QPair<QString, QStringList>> kinds = {
        {s("namespaces"), {s("ns"), s("namespace"), s("namespaces")}},
        {s("daemonsets"), {s("ds"), s("daemonset"), s("daemonsets"), s("daemonsets.apps")}},
        {s("deployments"), {s("deploy"), s("deployment"), s("deployments"), s("deployments.apps")}},
        {s("nodes"), {s("no"), s("node"), s("nodes")}},
        {s("pods"), {s("po"), s("pod"), s("pods")}},
    };
    for (const auto& [kind, names] : kinds) {
        if (names.contains(word.toLower()))
            return kind;
    }
    return QString();
}

QString qualified(const QString& kind)
{
    if (kind == QLatin1String("daemonsets") || kind == QLatin1String("deployments"))
        return kind + s(".apps");
    return kind;
}

QString singular(const QString& kind)
{
    if (kind == QLatin1String("daemonsets"))
        return s("daemonset.apps");
    if (kind == QLatin1String("deployments"))
        return s("deployment.apps");
    return kind.chopped(1);
}

struct Row
{
    QString ns;
    QString name;
    QStringList cells; // the columns after NAME
    QJsonObject json;
};

QStringList headers(const QString& kind)
{
    if (kind == QLatin1String("namespaces"))
        return {s("NAME"), s("STATUS"), s("AGE")};
    if (kind == QLatin1String("daemonsets"))
        return {s("NAME"),       s("DESIRED"),   s("CURRENT"),       s("READY"),
                s("UP-TO-DATE"), s("AVAILABLE"), s("NODE SELECTOR"), s("AGE")};
    if (kind == QLatin1String("deployments"))
        return {s("NAME"), s("READY"), s("UP-TO-DATE"), s("AVAILABLE"), s("AGE")};
    return {s("NAME"), s("STATUS"), s("ROLES"), s("AGE"), s("VERSION")};
}

QList<Row> listRows(const State& st, const QJsonObject& cluster, const QString& kind, qint64 now)
{
    QList<Row> rows;
    if (kind == QLatin1String("namespaces")) {
        const QJsonObject ns = AksModel::namespaces(cluster);
        for (auto it = ns.begin(); it != ns.end(); ++it) {
            const qint64 t = qint64(it.value().toDouble());
            rows << Row{QString(),
                        it.key(),
                        {s("Active"), kube::age(t, now)},
                        kube::namespaceJson(cluster, it.key(), t)};
        }
    } else if (kind == QLatin1String("daemonsets")) {
        for (const KubeObject& o : AksModel::daemonSets(st, cluster, now)) {
            const QString d = QString::number(o.desired), r = QString::number(o.ready);
            rows << Row{o.ns,
                        o.name,
                        {d, d, r, d, r, o.selector, kube::age(o.createdAt, now)},
                        kube::daemonSetJson(cluster, o)};
        }
    } else if (kind == QLatin1String("deployments")) {
        for (const KubeObject& o : AksModel::deployments(st, cluster, now)) {
            rows << Row{o.ns,
                        o.name,
                        {QStringLiteral("%1/%2").arg(o.ready).arg(o.desired),
                         QString::number(o.desired), QString::number(o.ready),
                         kube::age(o.createdAt, now)},
                        kube::deploymentJson(cluster, o)};
        }
    } else if (kind == QLatin1String("nodes")) {
        const qint64 born = qint64(cluster.value(s("readyAt")).toDouble());
        for (const QString& n : AksModel::nodes(st, cluster, now)) {
            rows << Row{
                QString(),
                n,
                {s("Ready"), s("<none>"), kube::age(born, now), AksModel::serverVersion(cluster)},
                kube::nodeJson(cluster, n, born)};
        }
    }
    return rows;
}

int get(SimEnv& env, StateStore& store, const FlagResult& f)
{
    const QStringList pos = f.positionals.mid(1);
    if (pos.isEmpty()) {
        kerr(s("You must specify the type of resource to get. Use \"kubectl api-resources\" for a "
               "complete list of supported resources.\n\nerror: Required resource not specified.\n"
               "Use \"kubectl explain <resource>\" for a detailed description of that resource "
               "(e.g. kubectl explain pods).\nSee 'kubectl get -h' for help and examples"));
    }
    QString type = pos.first();
    QStringList names = pos.mid(1);
    if (type.contains(QLatin1Char('/'))) {
        names.prepend(type.section(QLatin1Char('/'), 1));
        type = type.section(QLatin1Char('/'), 0, 0);
    }
    const QString kind = resourceKind(type);
    const QString output = f.value(s("output"));
    static const QStringList outputs = {s(""), s("name"), s("json"), s("yaml"), s("wide")};
    if (!outputs.contains(output) && !output.startsWith(s("jsonpath="))) {
        kerr(QStringLiteral(
                 "error: unable to match a printer suitable for the output format \"%1\", "
                 "allowed formats are: json,jsonpath,name,wide,yaml (the simulator's subset)")
                 .arg(output));
    }
    env.latency(0.5);
    QString text;
    QString errors;
    store.read([&](State& st) {
        const QJsonObject& cluster = kube::connect(st, env, f.value(s("context")), Tool::Kubectl);
        // Kinds the simulator only knows from what was applied (Secrets, CNPG's Clusters).
        QString applied = kind.isEmpty() ? kubeapply::appliedKind(cluster, type) : QString();
        const QStringList known = kind.isEmpty() ? kubeapply::knownKind(type) : QStringList();
        if (kind.isEmpty() && applied.isEmpty() && known.isEmpty())
            kerr(QStringLiteral("error: the server doesn't have a resource type \"%1\"").arg(type));
        applied = applied.isEmpty() && !known.isEmpty() ? known.first() : applied;
        const qint64 now = SimEnv::now();
        const bool all = f.flag(s("all-namespaces"));
        const QString ns = f.value(s("namespace"), s("default"));
        const bool namespaced = !applied.isEmpty() || (kind != QLatin1String("namespaces") &&
                                                       kind != QLatin1String("nodes"));
        QString singularName = known.isEmpty() ? singular(kind) : known.value(1);
        QString pluralName = known.isEmpty() ? qualified(kind) : known.value(2);
        QStringList columns = headers(kind);
        QList<Row> candidates;
        if (applied.isEmpty()) {
            candidates = listRows(st, cluster, kind, now);
        } else {
            for (const QJsonObject& o : kubeapply::objects(st, cluster, applied)) {
                const QJsonObject meta = o.value(s("metadata")).toObject();
                candidates << Row{
                    meta.value(s("namespace")).toString(),
                    meta.value(s("name")).toString(),
                    {kube::age(QDateTime::fromString(meta.value(s("creationTimestamp")).toString(),
                                                     Qt::ISODate)
                                   .toMSecsSinceEpoch(),
                               now)},
                    o};
                singularName = kubeapply::resourceName(o, false);
                pluralName = kubeapply::resourceName(o, true);
            }
            columns = {s("NAME"), s("AGE")};
        }
        QList<Row> rows;
        for (const Row& r : std::as_const(candidates)) {
            if (namespaced && !all && r.ns != ns)
                continue;
            rows << r;
        }
        if (!names.isEmpty()) {
            QList<Row> picked;
            for (const QString& n : names) {
                bool found = false;
                for (const Row& r : rows) {
                    if (r.name == n) {
                        picked << r;
                        found = true;
                    }
                }
                if (!found && !f.flag(s("ignore-not-found")))
                    errors += QStringLiteral("Error from server (NotFound): %1 \"%2\" not found\n")
                                  .arg(pluralName, n);
            }
            rows = picked;
        }
        if (rows.isEmpty() && names.isEmpty()) {
            if (!namespaced || all)
                errors += s("No resources found\n");
            else
                errors += QStringLiteral("No resources found in %1 namespace.\n").arg(ns);
            return;
        }
        if (output == QLatin1String("name")) {
            for (const Row& r : rows)
                text += singularName + QLatin1Char('/') + r.name + QLatin1Char('\n');
        } else if (output == QLatin1String("json") || output == QLatin1String("yaml") ||
                   output.startsWith(s("jsonpath="))) {
            QList<QJsonObject> objects;
            for (const Row& r : rows)
                objects << r.json;
            const QJsonObject doc = objects.size() == 1 && names.size() == 1
                                        ? objects.first()
                                        : kube::listJson(objects);
            if (output == QLatin1String("json"))
                text = OutputFormat::json(doc, 4);
            else if (output == QLatin1String("yaml"))
                text = OutputFormat::yaml(doc);
            else
                text = kube::jsonPath(output.mid(9), doc);
        } else if (!rows.isEmpty()) {
            QList<QStringList> table;
            QStringList h = columns;
            const bool nsColumn = namespaced && all;
            if (nsColumn)
                h.prepend(s("NAMESPACE"));
            if (!f.flag(s("no-headers")))
                table << h;
            for (const Row& r : rows) {
                QStringList line = QStringList{r.name} + r.cells;
                if (nsColumn)
                    line.prepend(r.ns);
                table << line;
            }
            text = kube::tabulate(table);
        }
    });
    out(text);
    if (!errors.isEmpty()) {
        err(errors);
        if (errors.startsWith(s("Error from server")))
            return 1;
    }
    return 0;
}

int deleteNamespace(SimEnv& env, StateStore& store, const FlagResult& f)
{
    const QStringList names = f.positionals.mid(2);
    if (names.isEmpty())
        kerr(s("error: resource(s) were provided, but no name was specified"));
    env.latency(5);
    QString text, errors;
    store.update([&](State& st) {
        QJsonObject& cluster = kube::connect(st, env, f.value(s("context")), Tool::Kubectl);
        QJsonObject k = cluster.value(s("kube")).toObject();
        QJsonObject ns = k.value(s("namespaces")).toObject();
        QJsonObject releases = k.value(s("releases")).toObject();
        for (const QString& n : names) {
            if (!ns.contains(n)) {
                if (!f.flag(s("ignore-not-found")))
                    errors += QStringLiteral(
                                  "Error from server (NotFound): namespaces \"%1\" not found\n")
                                  .arg(n);
                continue;
            }
            ns.remove(n);
            for (const QString& key : releases.keys()) {
                if (key.startsWith(n + QLatin1Char('/')))
                    releases.remove(key);
            }
            text += QStringLiteral("namespace \"%1\" deleted\n").arg(n);
        }
        k.insert(s("namespaces"), ns);
        k.insert(s("releases"), releases);
        cluster.insert(s("kube"), k);
    });
    out(text);
    err(errors);
    return errors.isEmpty() ? 0 : 1;
}

int version(SimEnv& env, StateStore& store, const FlagResult& f)
{
    const bool client = f.flag(s("client"));
    const QString output = f.value(s("output"));
    if (!output.isEmpty() && output != QLatin1String("json") && output != QLatin1String("yaml"))
        kerr(QStringLiteral("error: --output must be 'yaml' or 'json'"));
    QString server;
    QString failure;
    if (!client) {
        env.latency(0.5);
        try {
            store.read([&](State& st) {
                server = AksModel::serverVersion(
                    kube::connect(st, env, f.value(s("context")), Tool::Kubectl));
            });
        } catch (const SimError& e) {
            failure = e.text;
        }
    }
    if (output == QLatin1String("json")) {
        // Written out by hand: kubectl keeps the struct's field order.
        auto info = [](const QString& v, const QString& commit, const QString& date,
                       const QString& go) {
            const QString minor = v.section(QLatin1Char('.'), 1, 1);
            return QStringLiteral(
                       "{\n    \"major\": \"1\",\n    \"minor\": \"%1\",\n    \"gitVersion\": "
                       "\"%2\",\n"
                       "    \"gitCommit\": \"%3\",\n    \"gitTreeState\": \"clean\",\n"
                       "    \"buildDate\": \"%4\",\n    \"goVersion\": \"%5\",\n"
                       "    \"compiler\": \"gc\",\n    \"platform\": \"linux/amd64\"\n  }")
                .arg(minor, v, commit, date, go);
        };
        QString j = QStringLiteral("{\n  \"clientVersion\": %1,\n  \"kustomizeVersion\": \"%2\"")
                        .arg(info(clientVersion, s("55019c83b0fd51ef4ced8c29eec2c4847f896e74"),
                                  s("2024-04-16T15:07:31Z"), s("go1.21.9")),
                             kustomize);
        if (!server.isEmpty())
            j += QStringLiteral(",\n  \"serverVersion\": %1")
                     .arg(info(server, s("1bd8ee9ae7a8e5a2a8d5f9f8a1e0c8e7d6b5a4c3"),
                               s("2024-06-04T21:08:19Z"), s("go1.22.3")));
        out(j + s("\n}\n"));
    } else {
        QString t = QStringLiteral("Client Version: %1\nKustomize Version: %2\n")
                        .arg(clientVersion, kustomize);
        if (!server.isEmpty())
            t += QStringLiteral("Server Version: %1\n").arg(server);
        out(t);
    }
    if (!failure.isEmpty())
        throw SimError{1, failure};
    return 0;
}

int clusterInfo(SimEnv& env, StateStore& store, const FlagResult& f)
{
    env.latency(0.5);
    QString server;
    store.read([&](State& st) {
        server = QStringLiteral("https://%1:443")
                     .arg(kube::connect(st, env, f.value(s("context")), Tool::Kubectl)
                              .value(s("body"))
                              .toObject()
                              .value(s("fqdn"))
                              .toString());
    });
    out(QStringLiteral(
            "Kubernetes control plane is running at %1\nCoreDNS is running at "
            "%1/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n"
            "Metrics-server is running at "
            "%1/api/v1/namespaces/kube-system/services/https:metrics-server:/proxy\n\n"
            "To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n")
            .arg(server));
    return 0;
}

const char* helpText =
    "kubectl controls the Kubernetes cluster manager (simulated by cnpg-sim).\n\n"
    "Simulated commands:\n  version, config current-context|get-contexts|use-context, "
    "cluster-info,\n"
    "  create namespace|secret generic, get namespaces|daemonsets|deployments|nodes|pods, delete "
    "namespace,\n"
    "  apply -f FILE|- (any kind; then get <kind> <name>), wait --for=condition=Ready,\n"
    "  krew (once installed), cnpg (once installed with krew)\n";

} // namespace

int Kubectl::run(SimEnv& env, StateStore& store, const QStringList& args)
{
    if (!args.isEmpty() && !args.first().startsWith(QLatin1Char('-')) &&
        Krew::isPlugin(args.first())) {
        if (!env.faults.isEmpty()) {
            if (auto fault = Faults::take(store, env.faults, s("kubectl"), args.mid(0, 2), {})) {
                SimError e;
                store.read([&](State& st) { e = Faults::error(*fault, s("kubectl"), st); });
                throw e;
            }
        }
        return Krew::plugin(env, store, args.first(), args.mid(1));
    }
    // First pass: find the command words, knowing which global flags take a value.
    const FlagResult pre =
        FlagParser::parse(globalFlags() + QList<Flag>{{s("output"), QLatin1Char('o'), false},
                                                      {s("client"), {}, true},
                                                      {s("all-namespaces"), QLatin1Char('A'), true},
                                                      {s("selector"), QLatin1Char('l'), false},
                                                      {s("no-headers"), {}, true},
                                                      {s("ignore-not-found"), {}, true},
                                                      {s("show-labels"), {}, true},
                                                      {s("dry-run"), {}, false},
                                                      {s("wait"), {}, true},
                                                      {s("timeout"), {}, false},
                                                      {s("save-config"), {}, true},
                                                      {s("field-selector"), {}, false},
                                                      {s("watch"), QLatin1Char('w'), true},
                                                      {s("short"), {}, true},
                                                      {s("filename"), QLatin1Char('f'), false},
                                                      {s("server-side"), {}, true},
                                                      {s("field-manager"), {}, false},
                                                      {s("from-literal"), {}, false},
                                                      {s("from-file"), {}, false},
                                                      {s("type"), {}, false},
                                                      {s("for"), {}, false}},
                          args, Tool::Kubectl, s("kubectl"));
    const QString cmd = pre.positionals.value(0);
    if (cmd.isEmpty() || pre.flag(s("help"))) {
        out(QString::fromLatin1(helpText));
        return 0;
    }
    QList<Flag> flags = globalFlags();
    QString path = s("kubectl ") + cmd;
    if (cmd == QLatin1String("get")) {
        flags << Flag{s("output"), QLatin1Char('o'), false}
              << Flag{s("all-namespaces"), QLatin1Char('A'), true}
              << Flag{s("selector"), QLatin1Char('l'), false} << Flag{s("no-headers"), {}, true}
              << Flag{s("ignore-not-found"), {}, true} << Flag{s("show-labels"), {}, true}
              << Flag{s("field-selector"), {}, false};
    } else if (cmd == QLatin1String("create") || cmd == QLatin1String("delete")) {
        path += QLatin1Char(' ') + pre.positionals.value(1);
        flags << Flag{s("output"), QLatin1Char('o'), false} << Flag{s("dry-run"), {}, false}
              << Flag{s("save-config"), {}, true} << Flag{s("wait"), {}, true}
              << Flag{s("ignore-not-found"), {}, true} << Flag{s("timeout"), {}, false};
        if (pre.positionals.value(1) == QLatin1String("secret")) {
            path += QLatin1Char(' ') + pre.positionals.value(2);
            flags << Flag{s("from-literal"), {}, false} << Flag{s("from-file"), {}, false}
                  << Flag{s("type"), {}, false};
        }
    } else if (cmd == QLatin1String("apply")) {
        flags << Flag{s("filename"), QLatin1Char('f'), false}
              << Flag{s("output"), QLatin1Char('o'), false} << Flag{s("dry-run"), {}, false}
              << Flag{s("server-side"), {}, true} << Flag{s("field-manager"), {}, false};
    } else if (cmd == QLatin1String("wait")) {
        flags << Flag{s("for"), {}, false} << Flag{s("timeout"), {}, false};
    } else if (cmd == QLatin1String("version")) {
        flags << Flag{s("client"), {}, true} << Flag{s("output"), QLatin1Char('o'), false};
    } else if (cmd == QLatin1String("config")) {
        path += QLatin1Char(' ') + pre.positionals.value(1);
        flags << Flag{s("output"), QLatin1Char('o'), false} << Flag{s("no-headers"), {}, true};
    } else if (cmd != QLatin1String("cluster-info")) {
        kerr(QStringLiteral("error: unknown command \"%1\" for \"kubectl\"").arg(cmd));
    }
    const FlagResult f = FlagParser::parse(flags, args, Tool::Kubectl, path);

    if (!env.faults.isEmpty()) {
        if (auto fault =
                Faults::take(store, env.faults, s("kubectl"), f.positionals.mid(0, 2), {})) {
            SimError e;
            store.read([&](State& st) { e = Faults::error(*fault, s("kubectl"), st); });
            throw e;
        }
    }

    if (cmd == QLatin1String("get"))
        return get(env, store, f);
    if (cmd == QLatin1String("version"))
        return version(env, store, f);
    if (cmd == QLatin1String("config"))
        return kubeconfig::config(env, store, f);
    if (cmd == QLatin1String("cluster-info"))
        return clusterInfo(env, store, f);
    if (cmd == QLatin1String("apply"))
        return kubeapply::apply(env, store, f);
    if (cmd == QLatin1String("wait"))
        return kubeapply::wait(env, store, f);
    if (cmd == QLatin1String("create") && f.positionals.value(1) == QLatin1String("secret") &&
        f.positionals.value(2) == QLatin1String("generic"))
        return kubecreate::secretGeneric(env, store, f);
    const QString what = resourceKind(f.positionals.value(1));
    if (what != QLatin1String("namespaces")) {
        kerr(QStringLiteral("error: the simulator's kubectl %1 covers namespaces only, not \"%2\"")
                 .arg(cmd, f.positionals.value(1)));
    }
    return cmd == QLatin1String("create") ? kubecreate::namespace_(env, store, f)
                                          : deleteNamespace(env, store, f);
}

} // namespace cnpg::sim
