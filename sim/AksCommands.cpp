// The checks and bodies the az aks commands share.
#include "AksCommands.h"

#include "AksModel.h"
#include "ArmResource.h"
#include "SimError.h"
#include "State.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QtEndian>

namespace cnpg::sim {

namespace {
QString s(const char* t)
{
    return QString::fromLatin1(t);
}
} // namespace

namespace aks {

namespace {

// Eight digits AKS derives from the cluster (and the pool), as in the node names.
QString digits(const QString& seed)
{
    const QByteArray h = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1);
    return QString::number(qFromBigEndian<quint32>(h.constData()) % 100000000u)
        .rightJustified(8, QLatin1Char('0'));
}

void addNodeResource(State& st, const QJsonObject& cluster, const QString& type,
                     const QString& name, qint64 now)
{
    const QJsonObject body = cluster.value(s("body")).toObject();
    const QString rg = body.value(s("nodeResourceGroup")).toString();
    const QString id = arm::resourceId(st, rg, type, name);
    if (st.resource(id))
        return;
    st.insert(arm::newRecord(id, type, name, rg,
                             QJsonObject{{s("id"), id},
                                         {s("location"), body.value(s("location"))},
                                         {s("name"), name},
                                         {s("resourceGroup"), rg},
                                         {s("tags"), QJsonObject{{s("aks-managed-cluster-name"),
                                                                  cluster.value(s("name"))}}},
                                         {s("type"), type}},
                             now));
}

} // namespace

void addNodeNetwork(State& st, const QJsonObject& cluster, qint64 now)
{
    const QString n = digits(cluster.value(s("id")).toString());
    addNodeResource(st, cluster, s("Microsoft.Network/virtualNetworks"), s("aks-vnet-") + n, now);
    addNodeResource(st, cluster, s("Microsoft.Network/networkSecurityGroups"),
                    s("aks-agentpool-") + n + s("-nsg"), now);
    addNodeResource(st, cluster, s("Microsoft.Network/loadBalancers"), s("kubernetes"), now);
}

void addScaleSet(State& st, const QJsonObject& cluster, const QString& pool, qint64 now)
{
    addNodeResource(st, cluster, s("Microsoft.Compute/virtualMachineScaleSets"),
                    QStringLiteral("aks-%1-%2-vmss")
                        .arg(pool, digits(cluster.value(s("id")).toString() + pool)),
                    now);
}

QJsonObject& requireCluster(State& st, const QString& rg, const QString& name)
{
    return arm::require(st, rg, arm::Cluster, name);
}

void requireIdle(const QJsonObject& cluster, qint64 now)
{
    if (!arm::isBusy(cluster, now))
        return;
    armFail(
        s("OperationNotAllowed"),
        QStringLiteral("Operation is not allowed: Another operation (%1) is in progress, please "
                       "wait for it to finish before starting a new operation. See "
                       "https://aka.ms/aks-pending-operation for more details")
            .arg(cluster.value(s("busyState")).toString()));
}

void setUpdating(QJsonObject& cluster, qint64 until)
{
    arm::setBusy(cluster, until, s("Updating"));
}

int nodeCount(const Args& a, const QString& countOption)
{
    const int count = a.integer(countOption, 3);
    const bool autoscale = a.flag(s("--enable-cluster-autoscaler"));
    const bool hasMin = a.has(s("--min-count")), hasMax = a.has(s("--max-count"));
    if (autoscale) {
        if (!hasMin || !hasMax)
            azFail(s("Please specify both min-count and max-count when --enable-cluster-autoscaler "
                     "enabled"));
        const int lo = a.integer(s("--min-count"), 0), hi = a.integer(s("--max-count"), 0);
        if (lo > hi)
            azFail(s("Value of min-count should be less than or equal to value of max-count"));
        if (count < lo || count > hi)
            azFail(s("node-count is not in the range of min-count and max-count"));
    } else if (hasMin || hasMax) {
        azFail(s("min-count and max-count are required for --enable-cluster-autoscaler, please use "
                 "the flag"));
    }
    return count;
}

void checkPoolName(const QString& option, const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9]*$"));
    if (name.size() > 12)
        usageFail(QStringLiteral("%1 can contain at most 12 characters").arg(option));
    if (!re.match(name).hasMatch())
        usageFail(QStringLiteral("%1 should contain only lowercase alphanumeric characters and "
                                 "start with a letter")
                      .arg(option));
}

QJsonObject poolBody(const QString& id, const QString& rg, const QString& name, const QString& mode,
                     int count, const Args& a, const QString& orchestratorVersion,
                     const QString& labelsOption, const QString& vmSizeDefault)
{
    QJsonArray zones;
    for (const QString& z : a.list(s("--zones")))
        zones.append(z);
    QJsonObject labels;
    const auto pairs = a.pairs(labelsOption);
    for (auto it = pairs.begin(); it != pairs.end(); ++it)
        labels.insert(it.key(), it.value());
    const bool autoscale = a.flag(s("--enable-cluster-autoscaler"));
    return QJsonObject{
        {s("availabilityZones"), zones.isEmpty() ? QJsonValue() : QJsonValue(zones)},
        {s("count"), count},
        {s("currentOrchestratorVersion"), AksModel::patchVersion(orchestratorVersion)},
        {s("enableAutoScaling"), autoscale},
        {s("enableFips"), false},
        {s("enableNodePublicIp"), false},
        {s("id"), id},
        {s("kubeletDiskType"), s("OS")},
        {s("maxCount"), autoscale ? QJsonValue(a.integer(s("--max-count"), 0)) : QJsonValue()},
        {s("maxPods"), a.integer(s("--max-pods"), 250)},
        {s("minCount"), autoscale ? QJsonValue(a.integer(s("--min-count"), 0)) : QJsonValue()},
        {s("mode"), mode},
        {s("name"), name},
        {s("nodeImageVersion"), s("AKSUbuntu-2204gen2containerd-202405.03.0")},
        {s("nodeLabels"), labels.isEmpty() ? QJsonValue() : QJsonValue(labels)},
        {s("orchestratorVersion"), orchestratorVersion},
        {s("osDiskSizeGb"), 128},
        {s("osDiskType"), s("Managed")},
        {s("osSku"), s("Ubuntu")},
        {s("osType"), s("Linux")},
        {s("powerState"), QJsonObject{{s("code"), s("Running")}}},
        {s("resourceGroup"), rg},
        {s("type"), s("Microsoft.ContainerService/managedClusters/agentPools")},
        {s("typePropertiesType"), s("VirtualMachineScaleSets")},
        {s("vmSize"), a.value(s("--node-vm-size"), vmSizeDefault)}};
}

QList<QPair<QString, QString>> clusterTableRow(const QJsonObject& o)
{
    return {{s("Name"), o.value(s("name")).toString()},
            {s("Location"), o.value(s("location")).toString()},
            {s("ResourceGroup"), o.value(s("resourceGroup")).toString()},
            {s("KubernetesVersion"), o.value(s("kubernetesVersion")).toString()},
            {s("CurrentKubernetesVersion"), o.value(s("currentKubernetesVersion")).toString()},
            {s("ProvisioningState"), o.value(s("provisioningState")).toString()},
            {s("Fqdn"), o.value(s("fqdn")).toString()}};
}

} // namespace aks

} // namespace cnpg::sim
