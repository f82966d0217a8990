#include "World.h"

#include "AksModel.h"
#include "ArmResource.h"
#include "SimError.h"
#include "State.h"

namespace cnpg::sim::world {

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

const QString Section = QStringLiteral("world");

QString norm(const QString& region)
{
    return region.toLower().remove(QLatin1Char(' '));
}

QJsonObject deepMerge(QJsonObject base, const QJsonObject& patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull())
            base.remove(it.key());
        else if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(),
                        deepMerge(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

// A region's entry, else the "*" entry, else nothing.
QJsonValue perRegion(const QJsonObject& o, const QString& region)
{
    const QJsonValue v = o.value(norm(region));
    return v.isUndefined() ? o.value(s("*")) : v;
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out << x.toString();
    return out;
}

} // namespace

QJsonObject effective(const State& st)
{
    // Generous limits; every size in zones 1-3; every provider registered; the user Owner of
    // the subscription; AksModel's versions under both support plans.
    const QJsonObject defaults{
        {s("quota"), QJsonObject{{s("*"), QJsonObject{{s("cores"), QJsonObject{{s("limit"), 350}}},
                                                      {s("*"), QJsonObject{{s("limit"), 350}}}}}}},
        {s("skuZones"), QJsonObject{}},
        {s("skuRestrictions"), QJsonObject{}},
        {s("providers"), QJsonObject{}},
        {s("locations"), QJsonObject{}},
        {s("aksZones"), QJsonObject{}},
        {s("userRoles"),
         QJsonArray{QJsonObject{{s("role"), s("Owner")}, {s("scope"), s("/subscriptions/<sub>")}}}},
    };
    return deepMerge(defaults, st.section(Section));
}

void merge(State& st, const QJsonObject& patch)
{
    QJsonObject& w = st.section(Section);
    w = deepMerge(w, patch);
}

QList<SimSku> skus()
{
    return {{s("Standard_DS2_v2"), s("standardDSv2Family"), 2},
            {s("Standard_D2s_v3"), s("standardDSv3Family"), 2},
            {s("Standard_D4s_v3"), s("standardDSv3Family"), 4},
            {s("Standard_D8s_v3"), s("standardDSv3Family"), 8},
            {s("Standard_D2ds_v5"), s("standardDDSv5Family"), 2},
            {s("Standard_D4ds_v5"), s("standardDDSv5Family"), 4},
            {s("Standard_D2s_v5"), s("standardDSv5Family"), 2},
            {s("Standard_D4s_v5"), s("standardDSv5Family"), 4},
            {s("Standard_E4s_v3"), s("standardESv3Family"), 4},
            {s("Standard_B2s"), s("standardBSFamily"), 2}};
}

const SimSku* sku(const QString& name)
{
    static const QList<SimSku> all = skus();
    for (const SimSku& k : all) {
        if (k.name.compare(name, Qt::CaseInsensitive) == 0)
            return &k;
    }
    return nullptr;
}

QStringList skuZones(const State& st, const QString& region, const QString& size)
{
    const QJsonObject zones = effective(st).value(s("skuZones")).toObject();
    const SimSku* k = sku(size);
    const QJsonValue v = k ? perRegion(zones.value(k->name).toObject(), region) : QJsonValue();
    return v.isUndefined() ? QStringList{s("1"), s("2"), s("3")} : strings(v);
}

QStringList restrictedZones(const State& st, const QString& region, const QString& size)
{
    const SimSku* k = sku(size);
    if (!k)
        return {};
    const QJsonValue v = perRegion(
        effective(st).value(s("skuRestrictions")).toObject().value(k->name).toObject(), region);
    return v.isArray() ? strings(v) : QStringList();
}

bool restrictedInRegion(const State& st, const QString& region, const QString& size)
{
    const SimSku* k = sku(size);
    if (!k)
        return false;
    const QJsonValue v = perRegion(
        effective(st).value(s("skuRestrictions")).toObject().value(k->name).toObject(), region);
    return v.toString() == QLatin1String("region");
}

qint64 quotaLimit(const State& st, const QString& region, const QString& name)
{
    const QJsonObject q = effective(st).value(s("quota")).toObject();
    QJsonObject entries = q.value(s("*")).toObject();
    entries = deepMerge(entries, q.value(norm(region)).toObject());
    const QJsonValue v = entries.contains(name) ? entries.value(name) : entries.value(s("*"));
    return qint64(v.toObject().value(s("limit")).toDouble(350));
}

qint64 quotaUsed(const State& st, const QString& region, const QString& name)
{
    const QJsonObject q = effective(st).value(s("quota")).toObject();
    QJsonObject entries = deepMerge(q.value(s("*")).toObject(), q.value(norm(region)).toObject());
    qint64 used = qint64(entries.value(name).toObject().value(s("used")).toDouble(0));
    // The nodes of the simulated pools in that region.
    for (const QJsonObject& r : st.resources()) {
        if (r.value(s("type")).toString() != arm::AgentPool)
            continue;
        const QString id = r.value(s("id")).toString();
        const QJsonObject* cluster =
            st.resource(id.left(id.indexOf(s("/agentPools/"), 0, Qt::CaseInsensitive)));
        if (!cluster ||
            norm(cluster->value(s("body")).toObject().value(s("location")).toString()) !=
                norm(region))
            continue;
        const QJsonObject body = r.value(s("body")).toObject();
        const SimSku* k = sku(body.value(s("vmSize")).toString());
        if (k && (name == QLatin1String("cores") || name == k->family))
            used += qint64(body.value(s("count")).toInt()) * k->vcpus;
    }
    return used;
}

QStringList providerNamespaces()
{
    return {s("Microsoft.ContainerService"),
            s("Microsoft.Dashboard"),
            s("Microsoft.Monitor"),
            s("Microsoft.OperationsManagement"),
            s("Microsoft.OperationalInsights"),
            s("Microsoft.Insights"),
            s("Microsoft.ManagedIdentity"),
            s("Microsoft.Storage"),
            s("Microsoft.Network"),
            s("Microsoft.Compute"),
            s("Microsoft.Authorization"),
            s("Microsoft.Resources")};
}

QString providerState(const State& st, const QString& nameSpace)
{
    const QJsonObject p = effective(st).value(s("providers")).toObject();
    for (auto it = p.begin(); it != p.end(); ++it) {
        if (it.key().compare(nameSpace, Qt::CaseInsensitive) == 0)
            return it.value().toString();
    }
    return s("Registered");
}

void setProviderState(State& st, const QString& nameSpace, const QString& state)
{
    merge(st, QJsonObject{{s("providers"), QJsonObject{{nameSpace, state}}}});
}

QStringList typeLocations(const State& st, const QString& type)
{
    const QJsonObject l = effective(st).value(s("locations")).toObject();
    for (auto it = l.begin(); it != l.end(); ++it) {
        if (it.key().compare(type, Qt::CaseInsensitive) == 0) {
            QStringList out;
            for (const QString& r : strings(it.value()))
                out << norm(r);
            return out;
        }
    }
    return {};
}

QStringList aksZones(const State& st, const QString& region)
{
    const QJsonValue v = perRegion(effective(st).value(s("aksZones")).toObject(), region);
    return v.isUndefined() ? QStringList{s("1"), s("2"), s("3")} : strings(v);
}

QJsonArray userRoles(const State& st)
{
    QJsonArray out;
    const QString sub = st.subscriptionId();
    for (const QJsonValue& v : effective(st).value(s("userRoles")).toArray()) {
        QJsonObject o = v.toObject();
        o.insert(s("scope"), o.value(s("scope")).toString().replace(s("<sub>"), sub));
        out.append(o);
    }
    return out;
}

bool userMayAssignRoles(const State& st, const QString& scope)
{
    static const QStringList rights = {s("Owner"), s("User Access Administrator"),
                                       s("Role Based Access Control Administrator")};
    for (const QJsonValue& v : userRoles(st)) {
        const QJsonObject o = v.toObject();
        const QString at = o.value(s("scope")).toString().toLower();
        const QString target = scope.toLower();
        if (rights.contains(o.value(s("role")).toString()) &&
            (at == QLatin1String("/") || target == at || target.startsWith(at + QLatin1Char('/'))))
            return true;
    }
    return false;
}

QList<SimVersion> versions(const State& st)
{
    const QJsonValue custom = effective(st).value(s("kubernetesVersions"));
    QList<SimVersion> out;
    if (custom.isArray()) {
        for (const QJsonValue& v : custom.toArray()) {
            const QJsonObject o = v.toObject();
            SimVersion x;
            x.version = o.value(s("version")).toString();
            x.patch = o.value(s("patch")).toString(x.version + s(".1"));
            x.plans = strings(o.value(s("plans")));
            if (x.plans.isEmpty())
                x.plans = {s("KubernetesOfficial"), s("AKSLongTermSupport")};
            x.isDefault = o.value(s("default")).toBool();
            x.isPreview = o.value(s("preview")).toBool();
            out << x;
        }
        return out;
    }
    // As AKS offers them in late 2026: below 1.34 only under long-term support.
    for (const auto& [minor, patch] : AksModel::versions()) {
        const bool ltsOnly = minor < QLatin1String("1.34"); // "1.3x": same length
        out << SimVersion{minor, patch,
                          ltsOnly ? QStringList{s("AKSLongTermSupport")}
                                  : QStringList{s("KubernetesOfficial"), s("AKSLongTermSupport")},
                          minor == QLatin1String("1.35"), false};
    }
    return out;
}

QString patchVersion(const State& st, const QString& version)
{
    for (const SimVersion& v : versions(st)) {
        if (v.version == version || v.patch == version)
            return v.patch;
    }
    return QString();
}

void requireRegistered(const State& st, const QString& nameSpace)
{
    const QString state = providerState(st, nameSpace);
    if (state == QLatin1String("Registered"))
        return;
    armFail(s("MissingSubscriptionRegistration"),
            QStringLiteral("The subscription is not registered to use namespace '%1'. See "
                           "https://aka.ms/rps-not-found for how to register subscriptions.")
                .arg(nameSpace));
}

void requireSize(const State& st, const QString& region, const QString& size,
                 const QStringList& zones)
{
    const SimSku* k = sku(size);
    if (!k)
        return; // a size the world does not model: no opinion
    const QStringList offered = skuZones(st, region, size);
    const QStringList limited = restrictedZones(st, region, size);
    bool ok = !restrictedInRegion(st, region, size);
    for (const QString& z : zones)
        ok = ok && offered.contains(z) && !limited.contains(z);
    if (ok)
        return;
    armFail(s("SkuNotAvailable"),
            QStringLiteral("The requested VM size for resource 'Following SKUs have failed for "
                           "Capacity Restrictions: %1' is currently not available in location "
                           "'%2'. Please try another size or deploy to a different location or "
                           "zones. See https://aka.ms/azureskunotavailable for details.")
                .arg(k->name, norm(region)));
}

void requireQuota(const State& st, const QString& region, const QString& size, int nodes)
{
    const SimSku* k = sku(size);
    if (!k)
        return;
    const qint64 need = qint64(nodes) * k->vcpus;
    for (const QString& name : {k->family, s("cores")}) {
        const qint64 limit = quotaLimit(st, region, name), used = quotaUsed(st, region, name);
        if (used + need <= limit)
            continue;
        const QString label =
            name == QLatin1String("cores") ? s("Total Regional Cores") : k->family + s(" Cores");
        armFail(s("QuotaExceeded"),
                QStringLiteral(
                    "Operation could not be completed as it results in exceeding approved %1 "
                    "quota. Additional details - Deployment Model: Resource Manager, Location: "
                    "%2, Current Limit: %3, Current Usage: %4, Additional Required: %5, "
                    "(Minimum) New Limit Required: %6. Submit a request for Quota increase at "
                    "https://aka.ms/ProdportalCRP/#blade/Microsoft_Azure_Capacity/"
                    "UsageAndQuota.ReactView by specifying parameters listed in the 'Details' "
                    "section for deployment to succeed. Please read more about quota limits at "
                    "https://docs.microsoft.com/en-us/azure/azure-supportability/"
                    "per-vm-quota-requests")
                    .arg(label, norm(region))
                    .arg(limit)
                    .arg(used)
                    .arg(need)
                    .arg(used + need));
    }
}

void requireVersion(const State& st, const QString& cluster, const QString& version,
                    const QString& tier, const QString& supportPlan)
{
    for (const SimVersion& v : versions(st)) {
        if (v.version != version && v.patch != version)
            continue;
        const bool lts =
            tier == QLatin1String("premium") && supportPlan == QLatin1String("AKSLongTermSupport");
        if (v.plans.contains(s("KubernetesOfficial")) || lts)
            return;
        armFail(s("K8sVersionNotSupported"),
                QStringLiteral("Managed cluster %2 is on version %1, which is only available for "
                               "Long-Term Support (LTS). If you intend to onboard to LTS, please "
                               "ensure the cluster is in Premium tier and LTS support plan (see "
                               "https://aka.ms/aks/enable-lts). Otherwise, use [az aks "
                               "get-versions] command to get the supported version list in this "
                               "region. For more information, please check "
                               "https://aka.ms/supported-version-list")
                    .arg(v.patch, cluster));
    }
    armFail(s("K8sVersionNotSupported"),
            QStringLiteral("Version %1 is not supported in this region. Please use [az aks "
                           "get-versions] command to get the supported version list in this "
                           "region. For more information, please check "
                           "https://aka.ms/supported-version-list")
                .arg(version));
}

void requireRoleAssignmentRight(const State& st, const QString& scope)
{
    if (userMayAssignRoles(st, scope))
        return;
    armFail(s("AuthorizationFailed"),
            QStringLiteral("The client '%1' with object id '%2' does not have authorization to "
                           "perform action 'Microsoft.Authorization/roleAssignments/write' over "
                           "scope '%3' or the scope is invalid. If access was recently granted, "
                           "please refresh your credentials.")
                .arg(st.userName(), st.userObjectId(), scope));
}

void requireLocation(const State& st, const QString& type, const QString& region)
{
    const QStringList where = typeLocations(st, type);
    if (where.isEmpty() || region.isEmpty() || where.contains(norm(region)))
        return;
    armFail(s("LocationNotAvailableForResourceType"),
            QStringLiteral("The provided location '%1' is not available for resource type '%2'. "
                           "List of available regions for the resource type is '%3'.")
                .arg(norm(region), type, where.join(QLatin1Char(','))));
}

} // namespace cnpg::sim::world
