#include "AksModel.h"

#include "ArmResource.h"
#include "Durations.h"
#include "State.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace cnpg::sim {

namespace {
QString s(const char* t)
{
    return QString::fromLatin1(t);
}

double num(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toDouble(0);
}
} // namespace

const QList<QPair<QString, QString>>& AksModel::versions()
{
    // As AKS offers them in late 2026: 1.31-1.33 with long-term support only, 1.34-1.36 with
    // standard support (AzAks.cpp's get-versions says which).
    static const QList<QPair<QString, QString>> v = {
        {s("1.31"), s("1.31.13")}, {s("1.32"), s("1.32.9")}, {s("1.33"), s("1.33.5")},
        {s("1.34"), s("1.34.2")},  {s("1.35"), s("1.35.1")}, {s("1.36"), s("1.36.0")}};
    return v;
}

QString AksModel::patchVersion(const QString& minor)
{
    for (const auto& [m, patch] : versions()) {
        if (m == minor || patch == minor)
            return patch;
    }
    return QString();
}

QList<QJsonObject> AksModel::pools(const State& st, const QString& clusterId)
{
    QList<QJsonObject> out;
    const QString prefix = State::key(clusterId) + s("/agentpools/");
    for (auto it = st.resources().begin(); it != st.resources().end(); ++it) {
        if (it.key().startsWith(prefix))
            out << it.value();
    }
    // The system pool first, as AKS lists them.
    std::stable_sort(out.begin(), out.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return num(a, "createdAt") < num(b, "createdAt");
    });
    return out;
}

QJsonObject AksModel::poolView(const QJsonObject& pool, qint64 now, bool insideCluster)
{
    QJsonObject body = pool.value(s("body")).toObject();
    body.insert(s("provisioningState"), arm::provisioningState(pool, now));
    if (insideCluster) {
        body.remove(s("id"));
        body.remove(s("resourceGroup"));
        body.remove(s("typePropertiesType"));
        body.insert(s("type"), s("VirtualMachineScaleSets"));
    }
    return body;
}

QJsonObject AksModel::clusterView(const State& st, const QJsonObject& cluster, qint64 now)
{
    QJsonObject body = cluster.value(s("body")).toObject();
    body.insert(s("provisioningState"), arm::provisioningState(cluster, now));
    QJsonArray profiles;
    for (const QJsonObject& p : pools(st, cluster.value(s("id")).toString()))
        profiles.append(poolView(p, now, true));
    body.insert(s("agentPoolProfiles"), profiles);
    // The monitoring add-on shows as enabled once enable-addons has finished.
    const qint64 since = qint64(num(cluster, "omsagentSince"));
    if (since > 0 && now < since) {
        QJsonObject addons = body.value(s("addonProfiles")).toObject();
        addons.remove(s("omsagent"));
        body.insert(s("addonProfiles"), addons.isEmpty() ? QJsonValue() : QJsonValue(addons));
    }
    return body;
}

QStringList AksModel::nodes(const State& st, const QJsonObject& cluster, qint64 now)
{
    QStringList out;
    for (const QJsonObject& p : pools(st, cluster.value(s("id")).toString())) {
        if (arm::isBusy(p, now) || p.contains(s("goneAt")))
            continue;
        const QString name = p.value(s("name")).toString();
        const QByteArray h = QCryptographicHash::hash(
            (cluster.value(s("id")).toString() + name).toUtf8(), QCryptographicHash::Sha1);
        const QString digits = QString::number(qFromBigEndian<quint32>(h.constData()) % 100000000u)
                                   .rightJustified(8, QLatin1Char('0'));
        const int count = p.value(s("body")).toObject().value(s("count")).toInt();
        for (int i = 0; i < count; ++i)
            out << QStringLiteral("aks-%1-%2-vmss%3")
                       .arg(name, digits)
                       .arg(i, 6, 10, QLatin1Char('0'));
    }
    return out;
}

QList<KubeObject> AksModel::daemonSets(const State& st, const QJsonObject& cluster, qint64 now)
{
    const int n = int(nodes(st, cluster, now).size());
    const qint64 born = qint64(num(cluster, "readyAt"));
    const QString ks = s("kube-system");
    const QString linux = s("kubernetes.io/os=linux");
    QList<KubeObject> out = {
        {s("azure-cns"), ks, n, n, born, s("<none>")},
        {s("cilium"), ks, n, n, born, linux},
        {s("cloud-node-manager"), ks, n, n, born, s("<none>")},
        {s("csi-azuredisk-node"), ks, n, n, born, s("<none>")},
        {s("csi-azurefile-node"), ks, n, n, born, s("<none>")},
    };
    const QJsonObject body = cluster.value(s("body")).toObject();
    if (body.value(s("azureMonitorProfile"))
            .toObject()
            .value(s("metrics"))
            .toObject()
            .value(s("enabled"))
            .toBool())
        out << KubeObject{s("ama-metrics-node"), ks, n, n, born, s("<none>")};
    const qint64 since = qint64(num(cluster, "omsagentSince"));
    if (since > 0 && now >= since)
        out << KubeObject{s("ama-logs"), ks, n, n, since, s("<none>")};
    std::sort(out.begin(), out.end(),
              [](const KubeObject& a, const KubeObject& b) { return a.name < b.name; });
    return out;
}

QList<KubeObject> AksModel::deployments(const State& st, const QJsonObject& cluster, qint64 now)
{
    Q_UNUSED(st);
    const qint64 born = qint64(num(cluster, "readyAt"));
    const QString ks = s("kube-system");
    QList<KubeObject> out = {
        {s("coredns"), ks, 2, 2, born, {}},
        {s("coredns-autoscaler"), ks, 1, 1, born, {}},
        {s("konnectivity-agent"), ks, 2, 2, born, {}},
        {s("metrics-server"), ks, 2, 2, born, {}},
    };
    const QJsonObject body = cluster.value(s("body")).toObject();
    if (body.value(s("azureMonitorProfile"))
            .toObject()
            .value(s("metrics"))
            .toObject()
            .value(s("enabled"))
            .toBool()) {
        out << KubeObject{s("ama-metrics"), ks, 2, 2, born, {}};
        out << KubeObject{s("ama-metrics-ksm"), ks, 1, 1, born, {}};
    }
    const qint64 since = qint64(num(cluster, "omsagentSince"));
    if (since > 0 && now >= since)
        out << KubeObject{s("ama-logs-rs"), ks, 1, 1, since, {}};
    const QJsonObject releases =
        cluster.value(s("kube")).toObject().value(s("releases")).toObject();
    for (auto it = releases.begin(); it != releases.end(); ++it) {
        const QJsonObject r = it.value().toObject();
        const qint64 created = qint64(r.value(s("deployedAt")).toDouble());
        const qint64 readyAt = qint64(r.value(s("readyAt")).toDouble());
        out << KubeObject{r.value(s("deployment")).toString(),
                          r.value(s("namespace")).toString(),
                          1,
                          now >= readyAt ? 1 : 0,
                          created,
                          {}};
    }
    std::sort(out.begin(), out.end(), [](const KubeObject& a, const KubeObject& b) {
        return a.ns == b.ns ? a.name < b.name : a.ns < b.ns;
    });
    return out;
}

QJsonObject AksModel::namespaces(const QJsonObject& cluster)
{
    return cluster.value(s("kube")).toObject().value(s("namespaces")).toObject();
}

QString AksModel::serverVersion(const QJsonObject& cluster)
{
    return QLatin1Char('v') +
           cluster.value(s("body")).toObject().value(s("currentKubernetesVersion")).toString();
}

} // namespace cnpg::sim
