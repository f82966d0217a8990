#include "CnpgPlugin.h"

#include "FlagParser.h"
#include "Kube.h"
#include "KubeStatus.h"
#include "LocalPostgres.h"
#include "SimEnv.h"
#include "SimError.h"
#include "State.h"
#include "StateStore.h"

#include <QJsonArray>

namespace cnpg::sim::cnpgplugin {

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

// cobra's way of reporting a RunE error.
[[noreturn]] void fail(const QString& text)
{
    throw SimError{1, s("Error: ") + text + QLatin1Char('\n')};
}

QList<Flag> flags()
{
    return {{s("context"), {}, false},
            {s("namespace"), QLatin1Char('n'), false},
            {s("kubeconfig"), {}, false},
            {s("replica"), {}, true},
            {s("tty"), QLatin1Char('t'), true},
            {s("stdin"), QLatin1Char('i'), true},
            {s("verbose"), QLatin1Char('v'), true},
            {s("help"), QLatin1Char('h'), true}};
}

// The Cluster `name` with its status now, or an empty object; `aksId`: the AKS cluster's id.
QJsonObject findCluster(SimEnv& env, StateStore& store, const FlagResult& f, const QString& name,
                        QString* aksId = nullptr)
{
    QJsonObject out;
    store.read([&](State& st) {
        QJsonObject& cluster =
            kube::connect(st, env, f.value(s("context")), FlagParser::Tool::Kubectl);
        if (aksId)
            *aksId = cluster.value(s("id")).toString();
        const QString key =
            s("Cluster/") + f.value(s("namespace"), s("default")) + QLatin1Char('/') + name;
        const QJsonObject rec = cluster.value(s("kube"))
                                    .toObject()
                                    .value(s("objects"))
                                    .toObject()
                                    .value(key)
                                    .toObject();
        if (!rec.isEmpty())
            out = kubestatus::withStatus(st, cluster, rec, SimEnv::now());
    });
    return out;
}

bool hasCondition(const QJsonObject& status, const char* type)
{
    for (const QJsonValue& c : status.value(s("conditions")).toArray()) {
        if (c.toObject().value(s("type")).toString() == QLatin1String(type))
            return c.toObject().value(s("status")).toString() == QLatin1String("True");
    }
    return false;
}

int status(SimEnv& env, StateStore& store, const FlagResult& f)
{
    const QString name = f.positionals.value(1);
    if (name.isEmpty())
        fail(s("accepts between 1 and 2 arg(s), received 0"));
    const QJsonObject o = findCluster(env, store, f, name);
    if (o.isEmpty())
        fail(QStringLiteral("while trying to get cluster: clusters.postgresql.cnpg.io \"%1\" not "
                            "found")
                 .arg(name));
    const QJsonObject st = o.value(s("status")).toObject();
    const QJsonObject spec = o.value(s("spec")).toObject();
    const bool archiving = hasCondition(st, "ContinuousArchiving");
    QString text = s("Cluster Summary\n");
    const QList<QStringList> summary = {
        {s("Name"), f.value(s("namespace"), s("default")) + QLatin1Char('/') + name},
        {s("PostgreSQL Image:"), spec.value(s("imageName")).toString()},
        {s("Primary instance:"), st.value(s("currentPrimary")).toString()},
        {s("Status:"), st.value(s("phase")).toString()},
        {s("Instances:"), QString::number(st.value(s("instances")).toInt())},
        {s("Ready instances:"), QString::number(st.value(s("readyInstances")).toInt())}};
    text += kube::tabulate(summary);
    text += s("\nContinuous Backup status\n");
    const QList<QStringList> backup = {
        {s("First Point of Recoverability:"),
         st.value(s("firstRecoverabilityPoint")).toString(s("Not Available"))},
        {s("Working WAL archiving:"), archiving ? s("OK") : s("Failing")},
        {s("WALs waiting to be archived:"), s("0")}};
    text += kube::tabulate(backup);
    out(text);
    return 0;
}

// What `psql --command` prints for a one-column, one-row answer, aligned or not.
QString answer(const QString& column, const QString& value, bool tuplesOnly, bool unaligned)
{
    if (tuplesOnly)
        return (unaligned ? value : QLatin1Char(' ') + value) + QLatin1Char('\n');
    if (unaligned)
        return column + QLatin1Char('\n') + value + s("\n(1 row)\n");
    const int width = int(qMax(column.size(), value.size()));
    return QLatin1Char(' ') + column.leftJustified(width) + s(" \n") +
           QString(width + 2, QLatin1Char('-')) + s("\n ") + value + s("\n(1 row)\n\n");
}

int psql(SimEnv& env, StateStore& store, const FlagResult& f)
{
    const QString name = f.positionals.value(1);
    if (name.isEmpty())
        fail(s("requires at least 1 arg(s), only received 0"));
    QString aksId;
    const QJsonObject o = findCluster(env, store, f, name, &aksId);
    const QJsonObject st = o.value(s("status")).toObject();
    const int ready = st.value(s("readyInstances")).toInt();
    if (o.isEmpty() || ready == 0)
        fail(s("cluster does not exist or is not accessible"));
    const bool replica = f.flag(s("replica"));
    if (replica && ready < 2)
        fail(s("cannot find Pod with role \"replica\""));
    // psql's own options, after "--".
    const QStringList p = f.positionals.mid(2);
    // A real server, when PostgreSQL is installed here: psql itself answers.
    const int real =
        localpg::psql(env, store, aksId, f.value(s("namespace"), s("default")), name, replica, p);
    if (real >= 0)
        return real;
    bool tuplesOnly = false, unaligned = false;
    QString sql;
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QString a = p.at(i);
        if (a == QLatin1String("--tuples-only"))
            tuplesOnly = true;
        else if (a == QLatin1String("--no-align"))
            unaligned = true;
        else if (a == QLatin1String("--command") || a == QLatin1String("-c"))
            sql = p.value(++i);
        else if (a.startsWith(QLatin1Char('-')) && !a.startsWith(QLatin1String("--")) &&
                 a.endsWith(QLatin1Char('c'))) {
            tuplesOnly |= a.contains(QLatin1Char('t'));
            unaligned |= a.contains(QLatin1Char('A'));
            sql = p.value(++i);
        }
    }
    QString query = sql.trimmed().toLower();
    while (query.endsWith(QLatin1Char(';')))
        query.chop(1);
    if (query != QLatin1String("select pg_is_in_recovery()"))
        throw SimError{1, s("cnpg-sim: the simulated psql answers only "
                            "--command \"SELECT pg_is_in_recovery()\"\n")};
    out(answer(s("pg_is_in_recovery"), replica ? s("t") : s("f"), tuplesOnly, unaligned));
    return 0;
}

// kubectl cnpg promote CLUSTER INSTANCE: sets the target primary, as the plugin patches the
// Cluster's status; the switchover itself is the operator's (KubeStatus).
int promote(SimEnv& env, StateStore& store, const FlagResult& f)
{
    if (f.positionals.size() != 3)
        fail(QStringLiteral("requires 2 arg(s), only received %1").arg(f.positionals.size() - 1));
    const QString name = f.positionals.at(1);
    QString node = f.positionals.at(2);
    bool number = false;
    node.toInt(&number);
    if (number)
        node = name + QLatin1Char('-') + node;
    const QString ns = f.value(s("namespace"), s("default"));
    const QJsonObject o = findCluster(env, store, f, name);
    if (o.isEmpty())
        fail(QStringLiteral("cluster %1 not found in namespace %2: clusters.postgresql.cnpg.io "
                            "\"%1\" not found")
                 .arg(name, ns));
    const QJsonObject st = o.value(s("status")).toObject();
    if (st.value(s("targetPrimary")).toString() == node) {
        out(QStringLiteral("%1 is already the primary node in the cluster\n").arg(node));
        return 0;
    }
    if (!st.value(s("instanceNames")).toArray().contains(node))
        fail(QStringLiteral("new primary node %1 not found in namespace %2: pods \"%1\" not found")
                 .arg(node, ns));
    store.update([&](State& state) {
        QJsonObject& cluster =
            kube::connect(state, env, f.value(s("context")), FlagParser::Tool::Kubectl);
        QJsonObject k = cluster.value(s("kube")).toObject();
        QJsonObject objects = k.value(s("objects")).toObject();
        const QString key = s("Cluster/") + ns + QLatin1Char('/') + name;
        QJsonObject rec = objects.value(key).toObject();
        rec.insert(s("targetPrimary"), node);
        rec.insert(s("promotedAt"), double(SimEnv::now()));
        objects.insert(key, rec);
        k.insert(s("objects"), objects);
        cluster.insert(s("kube"), k);
    });
    out(QStringLiteral("Node %1 in cluster %2 will be promoted\n").arg(node, name));
    return 0;
}

} // namespace

int run(SimEnv& env, StateStore& store, const QStringList& args)
{
    const FlagResult f =
        FlagParser::parse(flags(), args, FlagParser::Tool::Kubectl, s("kubectl cnpg"));
    const QString cmd = f.positionals.value(0);
    if (cmd == QLatin1String("version")) {
        out(s("Build: {Version:1.30.0 Commit:6d7cf5d4 Date:2026-11-13}\n"));
        return 0;
    }
    if (cmd == QLatin1String("status"))
        return status(env, store, f);
    if (cmd == QLatin1String("psql"))
        return psql(env, store, f);
    if (cmd == QLatin1String("promote"))
        return promote(env, store, f);
    throw SimError{1, QStringLiteral("Error: the simulator covers 'kubectl cnpg version', "
                                     "'status', 'psql' and 'promote', not '%1'\n")
                          .arg(cmd)};
}

} // namespace cnpg::sim::cnpgplugin
