#include "KubeConfig.h"

#include "FlagParser.h"
#include "Kube.h"
#include "SimEnv.h"
#include "SimError.h"
#include "State.h"
#include "StateStore.h"

#include <QJsonObject>

namespace cnpg::sim::kubeconfig {

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

[[noreturn]] void kerr(const QString& text)
{
    throw SimError{1, text + QLatin1Char('\n')};
}

// The file kubectl names in its messages: the first of KUBECONFIG, else ~/.kube/config (the
// simulator keeps the entries in its state and never writes that file).
QString fileName(const SimEnv& env)
{
    const QString first = qEnvironmentVariable("KUBECONFIG").section(QLatin1Char(':'), 0, 0);
    return first.isEmpty() ? env.home + s("/.kube/config") : first;
}

// The clusters and users of a state written before they were recorded: the contexts' own.
void upgrade(QJsonObject& kc)
{
    if (kc.contains(s("clusters")) || kc.contains(s("users")))
        return;
    QJsonObject clusters;
    QJsonObject users;
    const QJsonObject contexts = kc.value(s("contexts")).toObject();
    for (auto it = contexts.begin(); it != contexts.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        const QString cluster =
            c.value(s("cluster"))
                .toString(c.value(s("clusterId")).toString().section(QLatin1Char('/'), -1));
        clusters.insert(cluster, QJsonObject{{s("server"), c.value(s("server"))},
                                             {s("clusterId"), c.value(s("clusterId"))}});
        users.insert(c.value(s("user")).toString(), QJsonObject());
    }
    kc.insert(s("clusters"), clusters);
    kc.insert(s("users"), users);
}

QString getContexts(const QJsonObject& kc, const FlagResult& f)
{
    const QJsonObject contexts = kc.value(s("contexts")).toObject();
    const QString current = kc.value(s("currentContext")).toString();
    QStringList names = contexts.keys();
    if (const QString only = f.positionals.value(2); !only.isEmpty()) {
        if (!contexts.contains(only))
            kerr(QStringLiteral("error: context %1 not found").arg(only));
        names = {only};
    }
    if (f.value(s("output")) == QLatin1String("name"))
        return names.isEmpty() ? QString() : names.join(QLatin1Char('\n')) + QLatin1Char('\n');
    QList<QStringList> rows = {
        {s("CURRENT"), s("NAME"), s("CLUSTER"), s("AUTHINFO"), s("NAMESPACE")}};
    for (const QString& name : names) {
        const QJsonObject c = contexts.value(name).toObject();
        rows << QStringList{
            name == current ? s("*") : QString(), name,
            c.value(s("cluster"))
                .toString(c.value(s("clusterId")).toString().section(QLatin1Char('/'), -1)),
            c.value(s("user")).toString(), QString()};
    }
    return kube::tabulate(rows);
}

// get-clusters, get-users: a NAME header, then one name a line.
QString names(const QJsonObject& kc, const QString& section)
{
    QString text = s("NAME\n");
    for (const QString& name : kc.value(section).toObject().keys())
        text += name + QLatin1Char('\n');
    return text;
}

// delete-context, delete-cluster, delete-user. Deleting the current context leaves the
// current-context naming it, with kubectl's warning.
QString remove(QJsonObject& kc, const QString& kind, const QString& name, const QString& file,
               QString* warning)
{
    const QString section = kind == QLatin1String("user") ? s("users") : kind + QLatin1Char('s');
    QJsonObject entries = kc.value(section).toObject();
    if (name.isEmpty() || !entries.contains(name))
        kerr(QStringLiteral("error: cannot delete %1 %2, not in %3").arg(kind, name, file));
    entries.remove(name);
    kc.insert(section, entries);
    if (kind == QLatin1String("context") && kc.value(s("currentContext")).toString() == name)
        *warning = s("warning: this removed your active context, use \"kubectl config "
                     "use-context\" to select a different one\n");
    return QStringLiteral("deleted %1 %2 from %3\n").arg(kind, name, file);
}

} // namespace

int config(const SimEnv& env, StateStore& store, const FlagResult& f)
{
    const QString sub = f.positionals.value(1);
    const QString file = fileName(env);
    QString text;
    QString warning;
    store.update([&](State& st) {
        QJsonObject& kc = st.section(s("kubeconfig"));
        upgrade(kc);
        const QJsonObject contexts = kc.value(s("contexts")).toObject();
        const QString current = kc.value(s("currentContext")).toString();
        if (sub == QLatin1String("current-context")) {
            if (current.isEmpty())
                kerr(s("error: current-context is not set"));
            text = current + QLatin1Char('\n');
        } else if (sub == QLatin1String("get-contexts")) {
            text = getContexts(kc, f);
        } else if (sub == QLatin1String("get-clusters")) {
            text = names(kc, s("clusters"));
        } else if (sub == QLatin1String("get-users")) {
            text = names(kc, s("users"));
        } else if (sub.startsWith(QLatin1String("delete-")) &&
                   QStringList{s("context"), s("cluster"), s("user")}.contains(sub.mid(7))) {
            text = remove(kc, sub.mid(7), f.positionals.value(2), file, &warning);
        } else if (sub == QLatin1String("use-context")) {
            const QString name = f.positionals.value(2);
            if (!contexts.contains(name))
                kerr(QStringLiteral("error: no context exists with the name: \"%1\"").arg(name));
            kc.insert(s("currentContext"), name);
            text = QStringLiteral("Switched to context \"%1\".\n").arg(name);
        } else {
            kerr(QStringLiteral("error: unknown command \"%1\" for \"kubectl config\"").arg(sub));
        }
    });
    if (!warning.isEmpty())
        err(warning);
    out(text);
    return 0;
}

} // namespace cnpg::sim::kubeconfig
