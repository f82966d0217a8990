#include "KubeApply.h"

#include "Durations.h"
#include "FlagParser.h"
#include "Kube.h"
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

// The operator's view of a Cluster at `now`: the primary first, then one standby after another.
QJsonObject clusterStatus(const QJsonObject& rec, qint64 now)
{
    const QJsonObject o = rec.value(s("object")).toObject();
    const QString name = o.value(s("metadata")).toObject().value(s("name")).toString();
    const int instances = o.value(s("spec")).toObject().value(s("instances")).toInt(1);
    const qint64 step = qMax<qint64>(1, qint64(rec.value(s("instanceMs")).toDouble()));
    const qint64 elapsed = now - qint64(rec.value(s("createdAt")).toDouble());
    const int ready = int(qBound(qint64(0), elapsed / step, qint64(instances)));
    const QString phase = ready == instances ? s("Cluster in healthy state")
                          : ready == 0       ? s("Setting up primary")
                                             : s("Creating a new replica");
    QJsonObject status{
        {s("instances"), instances},
        {s("readyInstances"), ready},
        {s("phase"), phase},
        {s("conditions"),
         QJsonArray{QJsonObject{{s("type"), s("Ready")},
                                {s("status"), ready == instances ? s("True") : s("False")}}}}};
    if (ready > 0) {
        const QString primary = name + s("-1");
        status.insert(s("currentPrimary"), primary);
        status.insert(s("targetPrimary"), primary);
    }
    return status;
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
         s("cluster"), s("clusters")}};
    for (const QStringList& k : kinds) {
        if (k.mid(1).contains(word.toLower()))
            return k.mid(0, 3);
    }
    return {};
}

QList<QJsonObject> objects(const QJsonObject& cluster, const QString& kind)
{
    QList<QJsonObject> out;
    const QJsonObject all = cluster.value(s("kube")).toObject().value(s("objects")).toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject rec = it.value().toObject();
        QJsonObject o = rec.value(s("object")).toObject();
        if (o.value(s("kind")).toString() != kind)
            continue;
        QJsonObject meta = o.value(s("metadata")).toObject();
        meta.insert(s("creationTimestamp"),
                    kube::isoTime(qint64(rec.value(s("createdAt")).toDouble())));
        meta.insert(s("uid"), kube::uid(it.key()));
        o.insert(s("metadata"), meta);
        if (rec.contains(s("instanceMs")))
            o.insert(s("status"), clusterStatus(rec, SimEnv::now()));
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
            // A CloudNativePG cluster brings its instances up one after the other.
            if (kind == QLatin1String("Cluster") &&
                o.value(s("apiVersion")).toString().startsWith(s("postgresql.cnpg.io/")))
                rec.insert(s("instanceMs"),
                           double(env.scaled(Durations::seconds(s("cnpg instance")))));
            if (!before.isEmpty()) {
                verb = before.value(s("object")).toObject() == o ? s("unchanged") : s("configured");
                rec.insert(s("createdAt"), before.value(s("createdAt")));
                if (before.contains(s("instanceMs")))
                    rec.insert(s("instanceMs"), before.value(s("instanceMs")));
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
    const QString condition = f.value(s("for"));
    if (!condition.startsWith(QLatin1String("condition=")))
        kerr(s("error: the simulator's kubectl wait covers --for=condition=NAME only"));
    const QString wanted =
        condition.mid(int(qstrlen("condition="))).section(QLatin1Char('='), 0, 0);
    QString timeout = f.value(s("timeout"), s("30s"));
    const double seconds = timeout.endsWith(QLatin1Char('m'))
                               ? timeout.chopped(1).toDouble() * 60
                               : timeout.remove(QLatin1Char('s')).toDouble();
    const qint64 deadline = SimEnv::now() + env.scaled(seconds);
    const QString ns = f.value(s("namespace"), s("default"));
    env.latency(1);
    for (;;) {
        QString kind, printed;
        bool met = false;
        qint64 readyAt = 0;
        store.read([&](State& st) {
            QJsonObject& cluster =
                kube::connect(st, env, f.value(s("context")), FlagParser::Tool::Kubectl);
            kind = appliedKind(cluster, word);
            const QJsonObject all =
                cluster.value(s("kube")).toObject().value(s("objects")).toObject();
            const QJsonObject rec = all.value(key(kind, ns, name)).toObject();
            if (kind.isEmpty() || rec.isEmpty())
                return;
            const QJsonObject o = rec.value(s("object")).toObject();
            printed = resourceName(o, false) + QLatin1Char('/') + name;
            if (!rec.contains(s("instanceMs"))) {
                met = true; // objects without a lifecycle are ready once applied
                return;
            }
            const QJsonObject status = clusterStatus(rec, SimEnv::now());
            for (const QJsonValue& c : status.value(s("conditions")).toArray()) {
                const QJsonObject cond = c.toObject();
                met |= cond.value(s("type")).toString() == wanted &&
                       cond.value(s("status")).toString() == QLatin1String("True");
            }
            readyAt = qint64(rec.value(s("createdAt")).toDouble()) +
                      qint64(rec.value(s("instanceMs")).toDouble()) *
                          o.value(s("spec")).toObject().value(s("instances")).toInt(1);
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
        SimEnv::sleepUntil(qMin(deadline, qMax(readyAt, SimEnv::now() + 1)));
    }
}

} // namespace cnpg::sim::kubeapply
