#include "KubeApply.h"

#include "Durations.h"
#include "FlagParser.h"
#include "Kube.h"
#include "KubeStatus.h"
#include "SimEnv.h"
#include "SimError.h"
#include "State.h"
#include "StateStore.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <cstdio>
#include <yaml-cpp/yaml.h>

namespace cnpg::sim::kubeapply {

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

[[noreturn]] void kerr(const QString& text)
{
    throw SimError{1, text + QLatin1Char('\n')};
}

// A plain YAML scalar as JSON does it: null, booleans and numbers by YAML 1.2's core schema;
// quoted scalars stay strings.
QJsonValue scalar(const YAML::Node& n)
{
    const QString text = QString::fromStdString(n.Scalar());
    if (n.Tag() == "!")
        return text;
    static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression real(
        QStringLiteral("^[-+]?([0-9]*\\.[0-9]+|[0-9]+\\.?)([eE][-+]?[0-9]+)?$"));
    if (text.isEmpty() || text == QLatin1String("~") || text == QLatin1String("null"))
        return QJsonValue::Null;
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return text == QLatin1String("true");
    if (integer.match(text).hasMatch() || real.match(text).hasMatch())
        return text.toDouble();
    return text;
}

QJsonValue toJson(const YAML::Node& n)
{
    switch (n.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject o;
        for (const auto& kv : n)
            o.insert(QString::fromStdString(kv.first.as<std::string>()), toJson(kv.second));
        return o;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray a;
        for (const auto& item : n)
            a.append(toJson(item));
        return a;
    }
    case YAML::NodeType::Scalar:
        return scalar(n);
    default:
        return QJsonValue::Null;
    }
}

QByteArray readInput(const QString& file)
{
    QFile in;
    const bool ok = file == QLatin1String("-")
                        ? in.open(stdin, QIODevice::ReadOnly)
                        : (in.setFileName(file), in.open(QIODevice::ReadOnly));
    if (!ok)
        kerr(QStringLiteral("error: the path \"%1\" does not exist").arg(file));
    return in.readAll();
}

QList<QJsonObject> parse(const QByteArray& bytes)
{
    QList<QJsonObject> out;
    try {
        for (const YAML::Node& doc : YAML::LoadAll(bytes.toStdString())) {
            if (doc.IsNull())
                continue;
            const QJsonValue v = toJson(doc);
            if (!v.isObject())
                kerr(s("error: error validating data: invalid object; if you choose to ignore "
                       "these errors, turn validation off with --validate=false"));
            out << v.toObject();
        }
    } catch (const YAML::Exception& e) {
        kerr(QStringLiteral("error: error parsing STDIN: error converting YAML to JSON: yaml: %1")
                 .arg(QString::fromStdString(e.msg)));
    }
    return out;
}

QString key(const QString& kind, const QString& ns, const QString& name)
{
    return kind + QLatin1Char('/') + ns + QLatin1Char('/') + name;
}

} // namespace

QString resourceName(const QJsonObject& o, bool plural)
{
    const QString api = o.value(s("apiVersion")).toString();
    QString name = o.value(s("kind")).toString().toLower();
    if (plural)
        name += name.endsWith(QLatin1Char('s')) ? s("es") : s("s");
    if (api.contains(QLatin1Char('/')))
        name += QLatin1Char('.') + api.section(QLatin1Char('/'), 0, 0);
    return name;
}

QString appliedKind(const QJsonObject& cluster, const QString& word)
{
    const QJsonObject objects = cluster.value(s("kube")).toObject().value(s("objects")).toObject();
    const QString w = word.toLower();
    for (auto it = objects.begin(); it != objects.end(); ++it) {
        const QJsonObject o = it.value().toObject().value(s("object")).toObject();
        const QString kind = o.value(s("kind")).toString();
        const QString singular = resourceName(o, false), plural = resourceName(o, true);
        const QStringList names = {kind.toLower(), singular, plural,
                                   singular.section(QLatin1Char('.'), 0, 0),
                                   plural.section(QLatin1Char('.'), 0, 0)};
        if (names.contains(w))
            return kind;
    }
    return QString();
}

QStringList knownKind(const QString& word)
{
    static const QList<QStringList> kinds = {
        {s("Secret"), s("secret"), s("secrets"), s("secret"), s("secrets")},
        {s("ConfigMap"), s("configmap"), s("configmaps"), s("configmap"), s("configmaps"), s("cm")},
        {s("Cluster"), s("cluster.postgresql.cnpg.io"), s("clusters.postgresql.cnpg.io"),
         s("cluster"), s("clusters")},
        {s("Backup"), s("backup.postgresql.cnpg.io"), s("backups.postgresql.cnpg.io"), s("backup"),
         s("backups")},
        {s("ScheduledBackup"), s("scheduledbackup.postgresql.cnpg.io"),
         s("scheduledbackups.postgresql.cnpg.io"), s("scheduledbackup"), s("scheduledbackups")},
        {s("Service"), s("service"), s("services"), s("svc")},
        // The CRD the Managed Prometheus add-on (--enable-azure-monitor-metrics) installs.
        {s("PodMonitor"), s("podmonitor.azmonitoring.coreos.com"),
         s("podmonitors.azmonitoring.coreos.com")}};
    for (const QStringList& k : kinds) {
        if (k.mid(1).contains(word.toLower()))
            return k.mid(0, 3);
    }
    return {};
}

QList<QJsonObject> objects(const State& st, const QJsonObject& cluster, const QString& kind)
{
    QList<QJsonObject> out;
    const QJsonObject all = cluster.value(s("kube")).toObject().value(s("objects")).toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject rec = it.value().toObject();
        QJsonObject o = kubestatus::withStatus(st, cluster, rec, SimEnv::now());
        if (o.value(s("kind")).toString() != kind)
            continue;
        QJsonObject meta = o.value(s("metadata")).toObject();
        meta.insert(s("creationTimestamp"),
                    kube::isoTime(qint64(rec.value(s("createdAt")).toDouble())));
        meta.insert(s("uid"), kube::uid(it.key()));
        o.insert(s("metadata"), meta);
        out << o;
    }
    return out;
}

int apply(SimEnv& env, StateStore& store, const FlagResult& f)
{
    const QString file = f.value(s("filename"));
    if (file.isEmpty())
        kerr(s("error: must specify one of -f and -k"));
    const QByteArray bytes = readInput(file);
    const QList<QJsonObject> docs = parse(bytes);
    if (docs.isEmpty())
        kerr(s("error: no objects passed to apply"));
    env.latency(1);
    QString text;
    store.update([&](State& st) {
        QJsonObject& cluster =
            kube::connect(st, env, f.value(s("context")), FlagParser::Tool::Kubectl);
        QJsonObject k = cluster.value(s("kube")).toObject();
        QJsonObject stored = k.value(s("objects")).toObject();
        const QJsonObject namespaces = k.value(s("namespaces")).toObject();
        QJsonArray received = k.value(s("applied")).toArray();
        received.append(QString::fromLatin1(bytes.toBase64()));
        for (QJsonObject o : docs) {
            QJsonObject meta = o.value(s("metadata")).toObject();
            const QString name = meta.value(s("name")).toString();
            const QString kind = o.value(s("kind")).toString();
            if (kind.isEmpty() || o.value(s("apiVersion")).toString().isEmpty())
                kerr(s("error: error validating data: [apiVersion not set, kind not set]"));
            if (name.isEmpty())
                kerr(s("error: error when retrieving current configuration: resource name may "
                       "not be empty"));
            const QString ns =
                meta.value(s("namespace")).toString(f.value(s("namespace"), s("default")));
            if (!namespaces.contains(ns))
                kerr(QStringLiteral("Error from server (NotFound): error when creating \"STDIN\": "
                                    "namespaces \"%1\" not found")
                         .arg(ns));
            meta.insert(s("namespace"), ns);
            o.insert(s("metadata"), meta);
            const QString id = key(kind, ns, name);
            const QJsonObject before = stored.value(id).toObject();
            QString verb = s("created");
            QJsonObject rec{{s("object"), o}, {s("createdAt"), double(SimEnv::now())}};
            // A CloudNativePG cluster brings its instances up one after the other; a backup
            // runs for a while.
            kubestatus::onApply(rec, double(env.scaled(Durations::seconds(s("cnpg instance")))),
                                double(env.scaled(Durations::seconds(s("cnpg backup")))));
            if (!before.isEmpty()) {
                verb = before.value(s("object")).toObject() == o ? s("unchanged") : s("configured");
                rec.insert(s("createdAt"), before.value(s("createdAt")));
                for (const char* timing : {"instanceMs", "backupMs", "targetPrimary", "promotedAt"})
                    if (before.contains(s(timing)))
                        rec.insert(s(timing), before.value(s(timing)));
            }
            stored.insert(id, rec);
            text += resourceName(o, false) + QLatin1Char('/') + name + QLatin1Char(' ') + verb +
                    QLatin1Char('\n');
        }
        k.insert(s("objects"), stored);
        k.insert(s("applied"), received);
        cluster.insert(s("kube"), k);
    });
    out(text);
    return 0;
}

int wait(SimEnv& env, StateStore& store, const FlagResult& f)
{
    QString target = f.positionals.value(1);
    if (f.positionals.size() > 2)
        target += QLatin1Char('/') + f.positionals.value(2);
    const QString word = target.section(QLatin1Char('/'), 0, 0);
    const QString name = target.section(QLatin1Char('/'), 1);
    if (word.isEmpty() || name.isEmpty())
        kerr(s("error: resource(s) were provided, but no name was specified"));
    // --for=condition=NAME, or --for=jsonpath=PATH=VALUE (kubectl 1.23 and later).
    const QString condition = f.value(s("for"));
    const bool byPath = condition.startsWith(QLatin1String("jsonpath="));
    if (!byPath && !condition.startsWith(QLatin1String("condition=")))
        kerr(s("error: the simulator's kubectl wait covers --for=condition=NAME and "
               "--for=jsonpath=PATH=VALUE only"));
    const QString spec = condition.section(QLatin1Char('='), 1);
    const QString wanted =
        byPath ? spec.section(QLatin1Char('='), 1) : spec.section(QLatin1Char('='), 0, 0);
    const QString path = spec.section(QLatin1Char('='), 0, 0);
    if (byPath && (path.isEmpty() || !spec.contains(QLatin1Char('='))))
        kerr(QStringLiteral(
            "error: jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3"));
    QString timeout = f.value(s("timeout"), s("30s"));
    const double seconds = timeout.endsWith(QLatin1Char('m'))
                               ? timeout.chopped(1).toDouble() * 60
                               : timeout.remove(QLatin1Char('s')).toDouble();
    const qint64 deadline = SimEnv::now() + env.scaled(seconds);
    const QString ns = f.value(s("namespace"), s("default"));
    env.latency(1);
    for (;;) {
        QString printed;
        bool met = false;
        qint64 next = 0;
        store.read([&](State& st) {
            QJsonObject& cluster =
                kube::connect(st, env, f.value(s("context")), FlagParser::Tool::Kubectl);
            const QString kind = appliedKind(cluster, word);
            const QJsonObject all =
                cluster.value(s("kube")).toObject().value(s("objects")).toObject();
            const QJsonObject rec = all.value(key(kind, ns, name)).toObject();
            if (kind.isEmpty() || rec.isEmpty())
                return;
            const qint64 now = SimEnv::now();
            const QJsonObject o = kubestatus::withStatus(st, cluster, rec, now);
            printed = resourceName(o, false) + QLatin1Char('/') + name;
            next = kubestatus::nextChange(cluster, rec, now);
            if (byPath) {
                const QString braced = path.startsWith(QLatin1Char('{'))
                                           ? path
                                           : QLatin1Char('{') + path + QLatin1Char('}');
                met = kube::jsonPath(braced, o) == wanted;
                return;
            }
            if (!o.contains(s("status"))) {
                met = true; // objects without a lifecycle are ready once applied
                return;
            }
            for (const QJsonValue& c :
                 o.value(s("status")).toObject().value(s("conditions")).toArray()) {
                const QJsonObject cond = c.toObject();
                met |= cond.value(s("type")).toString() == wanted &&
                       cond.value(s("status")).toString() == QLatin1String("True");
            }
        });
        if (printed.isEmpty())
            kerr(QStringLiteral("Error from server (NotFound): %1 \"%2\" not found")
                     .arg(word.contains(QLatin1Char('.')) ? word : word + s("s"), name));
        if (met) {
            out(printed + s(" condition met\n"));
            return 0;
        }
        if (SimEnv::now() >= deadline)
            kerr(QStringLiteral("error: timed out waiting for the condition on %1").arg(printed));
        SimEnv::sleepUntil(next > 0 ? qMin(deadline, next) : deadline);
    }
}

} // namespace cnpg::sim::kubeapply
