#include "KubeStatus.h"

#include "ArmResource.h"
#include "Kube.h"
#include "State.h"

#include <QDateTime>
#include <QJsonArray>

namespace cnpg::sim::kubestatus {

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

bool isCnpg(const QJsonObject& o, const char* kind)
{
    return o.value(s("kind")).toString() == QLatin1String(kind) &&
           o.value(s("apiVersion")).toString().startsWith(s("postgresql.cnpg.io/"));
}

QJsonObject objectsOf(const QJsonObject& cluster)
{
    return cluster.value(s("kube")).toObject().value(s("objects")).toObject();
}

// When every instance of a Cluster record is up.
qint64 clusterReadyAt(const QJsonObject& rec)
{
    const QJsonObject o = rec.value(s("object")).toObject();
    return qint64(rec.value(s("createdAt")).toDouble()) +
           qint64(rec.value(s("instanceMs")).toDouble()) *
               o.value(s("spec")).toObject().value(s("instances")).toInt(1);
}

// A switchover (kubectl cnpg promote) takes a sixth of an instance's start-up: the former
// primary shuts down, the chosen standby is promoted.
qint64 switchoverEnd(const QJsonObject& rec)
{
    if (!rec.contains(s("targetPrimary")))
        return 0;
    return qint64(rec.value(s("promotedAt")).toDouble()) +
           qMax<qint64>(1, qint64(rec.value(s("instanceMs")).toDouble()) / 6);
}

// The operator's view of a Cluster at `now`: the primary first, then one standby after another;
// after a promotion, the chosen standby once the switchover is over.
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
    QJsonArray conditions{QJsonObject{{s("type"), s("Ready")},
                                      {s("status"), ready == instances ? s("True") : s("False")}}};
    // The primary archives WAL from its start when the cluster has an object store.
    if (ready > 0 && o.value(s("spec"))
                         .toObject()
                         .value(s("backup"))
                         .toObject()
                         .contains(s("barmanObjectStore"))) {
        conditions.append(QJsonObject{{s("type"), s("ContinuousArchiving")},
                                      {s("status"), s("True")},
                                      {s("reason"), s("ContinuousArchivingSuccess")},
                                      {s("message"), s("Continuous archiving is working")}});
    }
    QJsonObject status{
        {s("instances"), instances}, {s("phase"), phase}, {s("conditions"), conditions}};
    if (ready > 0) {
        // The operator's field is omitempty: kubectl prints nothing for it while none is ready.
        status.insert(s("readyInstances"), ready);
        QString primary = name + s("-1");
        QString target = primary;
        if (rec.contains(s("targetPrimary"))) {
            target = rec.value(s("targetPrimary")).toString();
            if (now >= switchoverEnd(rec))
                primary = target;
            else
                status.insert(s("phase"), s("Switchover in progress"));
        }
        status.insert(s("currentPrimary"), primary);
        status.insert(s("targetPrimary"), target);
        QJsonArray names;
        for (int i = 1; i <= ready; ++i)
            names.append(QString(name + QLatin1Char('-') + QString::number(i)));
        status.insert(s("instanceNames"), names);
    }
    return status;
}

// The Cluster record a Backup names, or an empty object.
QJsonObject backupCluster(const QJsonObject& cluster, const QJsonObject& rec)
{
    const QJsonObject o = rec.value(s("object")).toObject();
    const QString ns = o.value(s("metadata")).toObject().value(s("namespace")).toString();
    const QString name =
        o.value(s("spec")).toObject().value(s("cluster")).toObject().value(s("name")).toString();
    return objectsOf(cluster).value(s("Cluster/") + ns + QLatin1Char('/') + name).toObject();
}

// A backup starts on the primary once the cluster is ready, and takes backupMs.
qint64 backupStart(const QJsonObject& cluster, const QJsonObject& rec)
{
    return qMax(qint64(rec.value(s("createdAt")).toDouble()),
                clusterReadyAt(backupCluster(cluster, rec)));
}

QJsonObject backupStatus(const QJsonObject& cluster, const QJsonObject& rec, qint64 now)
{
    const QJsonObject target = backupCluster(cluster, rec);
    const QJsonObject spec = target.value(s("object")).toObject().value(s("spec")).toObject();
    const QJsonObject store =
        spec.value(s("backup")).toObject().value(s("barmanObjectStore")).toObject();
    const QString clusterName = rec.value(s("object"))
                                    .toObject()
                                    .value(s("spec"))
                                    .toObject()
                                    .value(s("cluster"))
                                    .toObject()
                                    .value(s("name"))
                                    .toString();
    // The operator's messages for a backup it cannot take.
    if (target.isEmpty())
        return {{s("phase"), s("failed")},
                {s("error"), QStringLiteral("while getting cluster %1: clusters.postgresql.cnpg.io "
                                            "\"%1\" not found")
                                 .arg(clusterName)}};
    if (store.isEmpty())
        return {{s("phase"), s("failed")},
                {s("error"), s("no barmanObjectStore section defined on the target cluster")}};
    const qint64 start = backupStart(cluster, rec);
    if (now < start)
        return {{s("phase"), s("pending")}};
    const qint64 stop = start + qint64(rec.value(s("backupMs")).toDouble());
    // barman's backup id is the start time; the base backup lands under
    // <destinationPath>/<serverName>/base/<backupId>/ (backup.info and data.tar).
    const QString id =
        QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).toString(s("yyyyMMdd'T'HHmmss"));
    QJsonObject status{
        {s("method"), s("barmanObjectStore")},
        {s("destinationPath"), store.value(s("destinationPath"))},
        {s("serverName"), clusterName},
        {s("backupId"), id},
        {s("instanceID"), QJsonObject{{s("podName"), QString(clusterName + s("-1"))}}},
        {s("startedAt"), kube::isoTime(start)}};
    if (now < stop) {
        status.insert(s("phase"), s("running"));
        return status;
    }
    status.insert(s("phase"), s("completed"));
    status.insert(s("stoppedAt"), kube::isoTime(stop));
    status.insert(s("backupName"), QString(s("backup-") + id));
    return status;
}

// A LoadBalancer Service on a named public IP gets its address; without one (or with a name
// that does not resolve) it stays pending, as the cloud provider leaves it.
QJsonObject serviceStatus(const State& st, const QJsonObject& o)
{
    const QJsonObject spec = o.value(s("spec")).toObject();
    if (spec.value(s("type")).toString() != QLatin1String("LoadBalancer"))
        return {{s("loadBalancer"), QJsonObject()}};
    const QJsonObject notes = o.value(s("metadata")).toObject().value(s("annotations")).toObject();
    const QString rg =
        notes.value(s("service.beta.kubernetes.io/azure-load-balancer-resource-group")).toString();
    const QString pip = notes.value(s("service.beta.kubernetes.io/azure-pip-name")).toString();
    const QJsonObject* rec = st.resource(arm::resourceId(st, rg, arm::PublicIp, pip));
    if (pip.isEmpty() || !rec)
        return {{s("loadBalancer"), QJsonObject()}};
    const QString ip = rec->value(s("body")).toObject().value(s("ipAddress")).toString();
    return {{s("loadBalancer"),
             QJsonObject{
                 {s("ingress"), QJsonArray{QJsonObject{{s("ip"), ip}, {s("ipMode"), s("VIP")}}}}}}};
}

} // namespace

void onApply(QJsonObject& rec, double instanceMs, double backupMs)
{
    const QJsonObject o = rec.value(s("object")).toObject();
    if (isCnpg(o, "Cluster"))
        rec.insert(s("instanceMs"), instanceMs);
    else if (isCnpg(o, "Backup"))
        rec.insert(s("backupMs"), backupMs);
}

QJsonObject withStatus(const State& st, const QJsonObject& cluster, const QJsonObject& rec,
                       qint64 now)
{
    QJsonObject o = rec.value(s("object")).toObject();
    if (rec.contains(s("instanceMs")))
        o.insert(s("status"), clusterStatus(rec, now));
    else if (rec.contains(s("backupMs")))
        o.insert(s("status"), backupStatus(cluster, rec, now));
    else if (o.value(s("kind")).toString() == QLatin1String("Service") &&
             o.value(s("apiVersion")).toString() == QLatin1String("v1"))
        o.insert(s("status"), serviceStatus(st, o));
    return o;
}

qint64 nextChange(const QJsonObject& cluster, const QJsonObject& rec, qint64 now)
{
    if (rec.contains(s("instanceMs"))) {
        const qint64 step = qMax<qint64>(1, qint64(rec.value(s("instanceMs")).toDouble()));
        const qint64 at = clusterReadyAt(rec);
        if (now < at)
            return qMin(at, now + step);
        const qint64 switched = switchoverEnd(rec);
        return now < switched ? switched : 0;
    }
    if (rec.contains(s("backupMs"))) {
        if (backupCluster(cluster, rec).isEmpty())
            return 0;
        const qint64 start = backupStart(cluster, rec);
        const qint64 stop = start + qint64(rec.value(s("backupMs")).toDouble());
        return now < start ? start : now < stop ? stop : 0;
    }
    return 0;
}

} // namespace cnpg::sim::kubestatus
