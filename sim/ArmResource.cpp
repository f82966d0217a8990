#include "ArmResource.h"

#include "AksModel.h"
#include "SimError.h"
#include "State.h"

#include <QDateTime>
#include <QUuid>

namespace cnpg::sim::arm {

QString guid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString subscriptionPath(const State& s)
{
    return QStringLiteral("/subscriptions/") + s.subscriptionId();
}

QString groupId(const State& s, const QString& rg)
{
    return subscriptionPath(s) + QStringLiteral("/resourceGroups/") + rg;
}

QString resourceId(const State& s, const QString& rg, const QString& type, const QString& name)
{
    return groupId(s, rg) + QStringLiteral("/providers/") + type + QLatin1Char('/') + name;
}

QJsonObject newRecord(const QString& id, const QString& type, const QString& name,
                      const QString& rg, const QJsonObject& body, qint64 now)
{
    QJsonObject r;
    r.insert(QStringLiteral("id"), id);
    r.insert(QStringLiteral("type"), type);
    r.insert(QStringLiteral("name"), name);
    r.insert(QStringLiteral("resourceGroup"), rg);
    r.insert(QStringLiteral("createdAt"), double(now));
    r.insert(QStringLiteral("createCount"), 1);
    r.insert(QStringLiteral("body"), body);
    return r;
}

void countCreate(QJsonObject& record)
{
    record.insert(QStringLiteral("createCount"),
                  record.value(QStringLiteral("createCount")).toInt() + 1);
}

void countUpdate(QJsonObject& record)
{
    record.insert(QStringLiteral("updateCount"),
                  record.value(QStringLiteral("updateCount")).toInt() + 1);
}

void setBusy(QJsonObject& record, qint64 until, const QString& state)
{
    record.insert(QStringLiteral("busyUntil"), double(until));
    record.insert(QStringLiteral("busyState"), state);
}

qint64 busyUntil(const QJsonObject& record)
{
    return qint64(record.value(QStringLiteral("busyUntil")).toDouble(0));
}

bool isBusy(const QJsonObject& record, qint64 now)
{
    return busyUntil(record) > now;
}

QString provisioningState(const QJsonObject& record, qint64 now)
{
    const qint64 gone = qint64(record.value(QStringLiteral("goneAt")).toDouble(0));
    if (gone > 0)
        return QStringLiteral("Deleting");
    if (isBusy(record, now))
        return record.value(QStringLiteral("busyState")).toString();
    return QStringLiteral("Succeeded");
}

QJsonObject view(const State& s, const QJsonObject& record, qint64 now)
{
    const QString type = record.value(QStringLiteral("type")).toString();
    if (type == Cluster)
        return AksModel::clusterView(s, record, now);
    QJsonObject body = record.value(QStringLiteral("body")).toObject();
    const QString state = provisioningState(record, now);
    if (type == Group || type == Grafana) {
        QJsonObject props = body.value(QStringLiteral("properties")).toObject();
        props.insert(QStringLiteral("provisioningState"), state);
        body.insert(QStringLiteral("properties"), props);
    } else if (type != Identity && type != RoleAssignment && type != Container) {
        body.insert(QStringLiteral("provisioningState"), state);
    }
    return body;
}

const QJsonObject& requireGroup(State& s, const QString& rg)
{
    const QJsonObject* g = s.resource(groupId(s, rg));
    if (!g)
        groupNotFound(rg);
    return *g;
}

QJsonObject* find(State& s, const QString& rg, const QString& type, const QString& name)
{
    return s.resource(resourceId(s, rg, type, name));
}

QJsonObject& require(State& s, const QString& rg, const QString& type, const QString& name)
{
    requireGroup(s, rg);
    QJsonObject* r = find(s, rg, type, name);
    if (!r)
        resourceNotFound(type, name, rg);
    return *r;
}

QString timestamp(qint64 epochMs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC);
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000+00:00"));
}

QList<QJsonObject> ofType(State& s, const QString& type, const QString& rg)
{
    if (!rg.isEmpty())
        requireGroup(s, rg);
    QList<QJsonObject> out;
    for (const QJsonObject& r : s.resources()) {
        if (r.value(QStringLiteral("type")).toString() == type &&
            (rg.isEmpty() ||
             r.value(QStringLiteral("resourceGroup")).toString().compare(rg, Qt::CaseInsensitive) ==
                 0))
            out << r;
    }
    return out;
}

} // namespace cnpg::sim::arm
