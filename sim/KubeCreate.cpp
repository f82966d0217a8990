#include "KubeCreate.h"

#include "ArmResource.h"
#include "Durations.h"
#include "FlagParser.h"
#include "Kube.h"
#include "SimEnv.h"
#include "SimError.h"
#include "State.h"
#include "StateStore.h"

#include <QFile>
#include <QRegularExpression>
#include <cstdio>

namespace cnpg::sim::kubecreate {

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

[[noreturn]] void kerr(const QString& text)
{
    throw SimError{1, text + QLatin1Char('\n')};
}

// --from-file=[key=]source: the key defaults to the file's base name, as kubectl does.
QPair<QString, QByteArray> readFileSource(const QString& spec)
{
    const int eq = int(spec.indexOf(QLatin1Char('=')));
    const QString path = eq < 0 ? spec : spec.mid(eq + 1);
    const QString key = eq < 0 ? path.section(QLatin1Char('/'), -1) : spec.left(eq);
    QFile in;
    const bool ok = path == QLatin1String("/dev/stdin")
                        ? in.open(stdin, QIODevice::ReadOnly)
                        : (in.setFileName(path), in.open(QIODevice::ReadOnly));
    if (!ok)
        kerr(QStringLiteral("error: error reading %1: no such file or directory").arg(path));
    return {key, in.readAll()};
}

} // namespace

int namespace_(SimEnv& env, StateStore& store, const FlagResult& f)
{
    const QStringList pos = f.positionals.mid(2);
    if (pos.size() != 1)
        kerr(s("error: exactly one NAME is required, got ") + QString::number(pos.size()) +
             s("\nSee 'kubectl create namespace -h' for help and examples"));
    const QString name = pos.first();
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    if (!re.match(name).hasMatch() || name.size() > 63) {
        kerr(QStringLiteral(
                 "The Namespace \"%1\" is invalid: metadata.name: Invalid value: \"%1\": a "
                 "lowercase RFC 1123 label must consist of lower case alphanumeric "
                 "characters or '-', and must start and end with an alphanumeric "
                 "character (e.g. 'my-name',  or '123-abc', regex used for validation is "
                 "'[a-z0-9]([-a-z0-9]*[a-z0-9])?')")
                 .arg(name));
    }
    const bool dryRun = f.has(s("dry-run")) && f.value(s("dry-run")) != QLatin1String("none");
    env.latency(Durations::seconds(s("kubectl create namespace")));
    bool exists = false;
    store.update([&](State& st) {
        QJsonObject& cluster =
            kube::connect(st, env, f.value(s("context")), FlagParser::Tool::Kubectl);
        QJsonObject k = cluster.value(s("kube")).toObject();
        QJsonObject ns = k.value(s("namespaces")).toObject();
        exists = ns.contains(name);
        if (dryRun)
            return;
        // Every create received, refused or not, so that the dump shows a duplicate.
        QJsonObject counts = k.value(s("counts")).toObject();
        QJsonObject count = counts.value(s("namespace/") + name).toObject();
        arm::countCreate(count);
        counts.insert(s("namespace/") + name, count);
        k.insert(s("counts"), counts);
        cluster.insert(s("kube"), k);
        if (exists)
            return;
        ns.insert(name, double(SimEnv::now()));
        k.insert(s("namespaces"), ns);
        cluster.insert(s("kube"), k);
    });
    if (exists)
        kerr(QStringLiteral("Error from server (AlreadyExists): namespaces \"%1\" already exists")
                 .arg(name));
    if (f.value(s("output")) == QLatin1String("name"))
        out(s("namespace/") + name + QLatin1Char('\n'));
    else
        out(QStringLiteral("namespace/%1 created%2\n")
                .arg(name, dryRun ? s(" (dry run)") : QString()));
    return 0;
}

int secretGeneric(SimEnv& env, StateStore& store, const FlagResult& f)
{
    const QStringList pos = f.positionals.mid(3);
    if (pos.size() != 1)
        kerr(s("error: exactly one NAME is required, got ") + QString::number(pos.size()) +
             s("\nSee 'kubectl create secret generic -h' for help and examples"));
    const QString name = pos.first();
    QJsonObject data;
    for (const QString& literal : f.values.value(s("from-literal"))) {
        const int eq = int(literal.indexOf(QLatin1Char('=')));
        if (eq <= 0)
            kerr(QStringLiteral("error: invalid literal source %1, expected key=value")
                     .arg(literal));
        data.insert(literal.left(eq), QString::fromLatin1(literal.mid(eq + 1).toUtf8().toBase64()));
    }
    for (const QString& file : f.values.value(s("from-file"))) {
        const auto [key, bytes] = readFileSource(file);
        if (data.contains(key))
            kerr(QStringLiteral("error: cannot add key %1, another key by that name already "
                                "exists in Data for Secret \"%2\"")
                     .arg(key, name));
        data.insert(key, QString::fromLatin1(bytes.toBase64()));
    }
    const QString ns = f.value(s("namespace"), s("default"));
    env.latency(Durations::seconds(s("kubectl create secret")));
    enum
    {
        Created,
        Exists,
        NoNamespace
    } result = Created;
    store.update([&](State& st) {
        QJsonObject& cluster =
            kube::connect(st, env, f.value(s("context")), FlagParser::Tool::Kubectl);
        QJsonObject k = cluster.value(s("kube")).toObject();
        if (!k.value(s("namespaces")).toObject().contains(ns)) {
            result = NoNamespace;
            return;
        }
        const QString id = s("Secret/") + ns + QLatin1Char('/') + name;
        QJsonObject counts = k.value(s("counts")).toObject();
        QJsonObject count = counts.value(s("secret/") + ns + QLatin1Char('/') + name).toObject();
        arm::countCreate(count);
        counts.insert(s("secret/") + ns + QLatin1Char('/') + name, count);
        k.insert(s("counts"), counts);
        QJsonObject objects = k.value(s("objects")).toObject();
        if (objects.contains(id)) {
            result = Exists;
        } else {
            const QJsonObject secret{
                {s("apiVersion"), s("v1")},
                {s("kind"), s("Secret")},
                {s("metadata"), QJsonObject{{s("name"), name}, {s("namespace"), ns}}},
                {s("type"), f.value(s("type"), s("Opaque"))},
                {s("data"), data}};
            objects.insert(
                id, QJsonObject{{s("object"), secret}, {s("createdAt"), double(SimEnv::now())}});
            k.insert(s("objects"), objects);
        }
        cluster.insert(s("kube"), k);
    });
    if (result == NoNamespace)
        kerr(QStringLiteral("error: failed to create secret namespaces \"%1\" not found").arg(ns));
    if (result == Exists)
        kerr(QStringLiteral("error: failed to create secret secrets \"%1\" already exists")
                 .arg(name));
    out(QStringLiteral("secret/%1 created\n").arg(name));
    return 0;
}

} // namespace cnpg::sim::kubecreate
