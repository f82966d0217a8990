#include "preflight/ReadinessRules.h"

#include "settings/Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace cnpg {

namespace {

QString s(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

// az prints the usage numbers as strings; a number is read as well.
qint64 number(const QJsonValue& v, bool* ok)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    return v.toString().trimmed().toLongLong(ok);
}

// Sizes as the settings hold them ("standard_d2s_v3") and as Azure spells them.
QString azureSize(const QString& size)
{
    // "standard_d2s_v3" -> "Standard_D2s_v3": the tier and the series letter are capitals, the
    // version suffix stays lower case.
    QStringList parts = size.split(QLatin1Char('_'));
    for (int i = 0; i < parts.size() && i < 2; ++i) {
        QString& p = parts[i];
        p = i == 0 ? p.left(1).toUpper() + p.mid(1).toLower() : p.left(1).toUpper() + p.mid(1);
    }
    return parts.join(QLatin1Char('_'));
}

// Until pinning adds its own setting, the plan is Kubernetes' official support.
QString supportPlan(const Settings& settings)
{
    const QString key = s("AKS_SUPPORT_PLAN");
    if (!SettingsSchema::find(key))
        return s("KubernetesOfficial");
    const QString plan = settings.value(key);
    return plan.isEmpty() ? s("KubernetesOfficial") : plan;
}

Finding make(CheckId check, Verdict verdict, const QString& code)
{
    Finding f;
    f.check = check;
    f.verdict = verdict;
    f.code = code;
    return f;
}

const SkuInfo* skuFor(const QList<SkuInfo>& skus, const QString& size)
{
    for (const SkuInfo& k : skus) {
        if (k.name.compare(size, Qt::CaseInsensitive) == 0)
            return &k;
    }
    return nullptr;
}

} // namespace

QString ReadinessRules::normalizeRegion(const QString& region)
{
    return region.toLower().remove(QLatin1Char(' '));
}

std::optional<QList<UsageEntry>> ReadinessRules::parseUsage(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isArray())
        return std::nullopt;
    QList<UsageEntry> out;
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        UsageEntry e;
        const QJsonObject name = o.value(s("name")).toObject();
        e.name = name.value(s("value")).toString();
        e.localName = o.value(s("localName")).toString(name.value(s("localizedValue")).toString());
        bool okCurrent = true, okLimit = true;
        e.current = number(o.value(s("currentValue")), &okCurrent);
        e.limit = number(o.value(s("limit")), &okLimit);
        if (e.name.isEmpty() || !okCurrent || !okLimit)
            return std::nullopt;
        out << e;
    }
    return out;
}

std::optional<SkuInfo> ReadinessRules::parseSku(const QByteArray& json, const QString& size,
                                                const QString& region)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isArray())
        return std::nullopt;
    SkuInfo info;
    info.name = azureSize(size);
    const QString where = normalizeRegion(region);
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        // --size matches part of the name: take the size itself only.
        if (o.value(s("name")).toString().compare(info.name, Qt::CaseInsensitive) != 0)
            continue;
        if (o.contains(s("resourceType")) &&
            o.value(s("resourceType")).toString() != QLatin1String("virtualMachines"))
            continue;
        info.found = true;
        info.name = o.value(s("name")).toString();
        info.family = o.value(s("family")).toString();
        for (const QJsonValue& c : o.value(s("capabilities")).toArray()) {
            const QJsonObject cap = c.toObject();
            if (cap.value(s("name")).toString() == QLatin1String("vCPUs"))
                info.vcpus = cap.value(s("value")).toString().toInt();
        }
        for (const QJsonValue& l : o.value(s("locationInfo")).toArray()) {
            const QJsonObject li = l.toObject();
            if (normalizeRegion(li.value(s("location")).toString()) != where)
                continue;
            for (const QJsonValue& z : li.value(s("zones")).toArray())
                info.zones << z.toString();
        }
        for (const QJsonValue& r : o.value(s("restrictions")).toArray()) {
            const QJsonObject ro = r.toObject();
            const QJsonObject ri = ro.value(s("restrictionInfo")).toObject();
            info.reasonCode = ro.value(s("reasonCode")).toString();
            if (ro.value(s("type")).toString() == QLatin1String("Zone")) {
                for (const QJsonValue& z : ri.value(s("zones")).toArray())
                    info.restrictedZones << z.toString();
            } else {
                info.restrictedInRegion = true;
            }
        }
        info.zones.sort();
        info.restrictedZones.sort();
        break;
    }
    return info;
}

std::optional<ProviderInfo> ReadinessRules::parseProvider(const QByteArray& json,
                                                          const QString& region)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    ProviderInfo p;
    p.nameSpace = o.value(s("namespace")).toString();
    p.registrationState = o.value(s("registrationState")).toString();
    if (p.nameSpace.isEmpty() || p.registrationState.isEmpty())
        return std::nullopt;
    const QString where = normalizeRegion(region);
    for (const QJsonValue& v : o.value(s("resourceTypes")).toArray()) {
        const QJsonObject t = v.toObject();
        const QString type = t.value(s("resourceType")).toString().toLower();
        QStringList regions;
        for (const QJsonValue& l : t.value(s("locations")).toArray())
            regions << normalizeRegion(l.toString());
        p.locations.insert(type, regions);
        for (const QJsonValue& m : t.value(s("zoneMappings")).toArray()) {
            const QJsonObject zm = m.toObject();
            if (normalizeRegion(zm.value(s("location")).toString()) != where)
                continue;
            QStringList zones;
            for (const QJsonValue& z : zm.value(s("zones")).toArray())
                zones << z.toString();
            p.zones.insert(type, zones);
        }
    }
    return p;
}

std::optional<QList<RoleAssignmentInfo>>
ReadinessRules::parseRoleAssignments(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isArray())
        return std::nullopt;
    QList<RoleAssignmentInfo> out;
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        out << RoleAssignmentInfo{o.value(s("roleDefinitionName")).toString(),
                                  o.value(s("scope")).toString()};
    }
    return out;
}

QList<PoolDemand> ReadinessRules::poolDemands(const Settings& st)
{
    // az starts an autoscaled pool with 3 nodes unless the range excludes 3; then the plan passes
    // --node-count with the minimum (see the plan builder).
    const auto pool = [&](const QString& name, const QString& sizeKey, const QString& minKey,
                          const QString& maxKey) {
        const int min = st.intValue(minKey), max = st.intValue(maxKey);
        PoolDemand d;
        d.pool = name;
        d.size = azureSize(st.value(sizeKey));
        d.initialNodes = (min <= 3 && 3 <= max) ? 3 : min;
        d.peakNodes = max + 1;
        return d;
    };
    return {pool(s("systempool"), keys::SystemVmSku, keys::SystemMinCount, keys::SystemMaxCount),
            pool(st.value(keys::UserPoolName), keys::UserVmSku, keys::UserMinCount,
                 keys::UserMaxCount)};
}

QStringList ReadinessRules::poolSizes(const Settings& settings)
{
    QStringList out;
    for (const PoolDemand& d : poolDemands(settings)) {
        if (!out.contains(d.size, Qt::CaseInsensitive))
            out << d.size;
    }
    return out;
}

Finding ReadinessRules::version(const Settings& st, const QList<KubernetesVersionInfo>& versions)
{
    const QString requested = st.value(keys::ClusterVersion);
    const KubernetesVersionChoice c = KubernetesVersions::choose(requested, versions);
    using S = KubernetesVersionChoice::Status;
    Finding f = make(CheckId::KubernetesVersion, Verdict::Ready, finding::Ok);
    f.numbers = {{s("version"), requested},
                 {s("region"), st.value(keys::Region)},
                 {s("default"), c.defaultVersion}};
    switch (c.status) {
    case S::Offered:
    case S::NoVersions:
        break;
    case S::PreviewOnly:
        f.verdict = Verdict::Warning;
        f.code = finding::VersionPreview;
        break;
    case S::LtsOnly: {
        const bool lts = st.value(keys::Tier).compare(s("premium"), Qt::CaseInsensitive) == 0 &&
                         supportPlan(st) == QLatin1String("AKSLongTermSupport");
        f.code = finding::VersionLtsOnly;
        f.verdict = lts ? Verdict::Ready : Verdict::Blocking;
        if (lts)
            f.code = finding::Ok;
        break;
    }
    case S::NotOffered:
        f.verdict = Verdict::Blocking;
        f.code = finding::VersionNotOffered;
        break;
    }
    return f;
}

Findings ReadinessRules::quota(const Settings& st, const QList<UsageEntry>& usage,
                               const QList<SkuInfo>& skus)
{
    // Demand per quota: the regional total ("cores") and each pool's family.
    QHash<QString, qint64> initial, peak;
    QStringList order{s("cores")};
    Findings out;
    for (const PoolDemand& d : poolDemands(st)) {
        const SkuInfo* k = skuFor(skus, d.size);
        if (!k || !k->found || k->vcpus <= 0 || k->family.isEmpty()) {
            Finding f = make(CheckId::VcpuQuota, Verdict::CouldNotRun, finding::QuotaUnknownSize);
            f.items = {d.size};
            out << f;
            continue;
        }
        for (const QString& name : {s("cores"), k->family}) {
            initial[name] += qint64(d.initialNodes) * k->vcpus;
            peak[name] += qint64(d.peakNodes) * k->vcpus;
            if (!order.contains(name))
                order << name;
        }
    }
    for (const QString& name : std::as_const(order)) {
        if (!initial.contains(name))
            continue;
        const UsageEntry* u = nullptr;
        for (const UsageEntry& e : usage) {
            if (e.name.compare(name, Qt::CaseInsensitive) == 0)
                u = &e;
        }
        if (!u)
            continue; // Azure sets no limit for it
        const qint64 free = std::max<qint64>(0, u->limit - u->current);
        Finding f = make(CheckId::VcpuQuota, Verdict::Ready, finding::Ok);
        f.numbers = {{s("name"), u->name},
                     {s("label"), u->localName},
                     {s("limit"), u->limit},
                     {s("used"), u->current},
                     {s("free"), free},
                     {s("initial"), initial.value(name)},
                     {s("peak"), peak.value(name)},
                     {s("region"), st.value(keys::Region)}};
        if (initial.value(name) > free) {
            f.verdict = Verdict::Blocking;
            f.code = finding::QuotaShort;
        } else if (peak.value(name) > free) {
            f.verdict = Verdict::Warning;
            f.code = finding::QuotaShortForScaling;
        }
        if (f.verdict != Verdict::Ready)
            f.link = Readiness::quotaRequestLink();
        out << f;
    }
    return out;
}

Findings ReadinessRules::sizes(const Settings& st, const QList<SkuInfo>& skus)
{
    const QStringList zones = st.listValue(keys::Zones);
    Finding notOffered = make(CheckId::VmSizes, Verdict::Blocking, finding::SizeNotOffered);
    Finding missing = make(CheckId::VmSizes, Verdict::Blocking, finding::SizeMissingZones);
    Finding restricted = make(CheckId::VmSizes, Verdict::Blocking, finding::SizeRestricted);
    for (const QString& size : poolSizes(st)) {
        const SkuInfo* k = skuFor(skus, size);
        if (!k || !k->found) {
            notOffered.items << size;
            continue;
        }
        if (k->restrictedInRegion) {
            restricted.items << k->name;
            restricted.numbers.insert(k->name, k->reasonCode);
            continue;
        }
        QStringList absent, limited;
        for (const QString& z : zones) {
            if (k->restrictedZones.contains(z))
                limited << z;
            else if (!k->zones.contains(z))
                absent << z;
        }
        if (!absent.isEmpty())
            missing.items << k->name + QLatin1Char(':') + absent.join(QLatin1Char(','));
        if (!limited.isEmpty()) {
            restricted.items << k->name + QLatin1Char(':') + limited.join(QLatin1Char(','));
            restricted.numbers.insert(k->name, k->reasonCode);
        }
    }
    Findings out;
    for (const Finding& f : {notOffered, missing, restricted}) {
        if (!f.items.isEmpty())
            out << f;
    }
    if (out.isEmpty()) {
        Finding ok = make(CheckId::VmSizes, Verdict::Ready, finding::Ok);
        ok.items = poolSizes(st);
        out << ok;
    }
    for (Finding& f : out)
        f.numbers.insert(s("region"), st.value(keys::Region));
    return out;
}

Finding ReadinessRules::providers(const QList<ProviderInfo>& providers)
{
    Finding f = make(CheckId::Providers, Verdict::Ready, finding::Ok);
    QStringList registering;
    for (const ProviderInfo& p : providers) {
        if (p.registrationState == QLatin1String("Registered"))
            continue;
        if (p.registrationState == QLatin1String("Registering"))
            registering << p.nameSpace;
        else
            f.items << p.nameSpace;
        f.fixCommands << s("az provider register --namespace ") + p.nameSpace + s(" --wait");
    }
    if (!f.items.isEmpty()) {
        f.verdict = Verdict::Blocking;
        f.code = finding::ProvidersUnregistered;
        f.items += registering;
    } else if (!registering.isEmpty()) {
        // Registration is under way; creates fail until it ends.
        f.verdict = Verdict::Blocking;
        f.code = finding::ProvidersRegistering;
        f.items = registering;
    }
    return f;
}

Finding ReadinessRules::roles(const Settings& st, const QList<RoleAssignmentInfo>& assignments)
{
    // Inherited from the root or a management group, at the subscription, or at the
    // deployment's own resource group: each covers the role assignments the plan creates.
    static const QRegularExpression subscription(s("^/subscriptions/[^/]+/?$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    const QString rg = st.value(keys::ResourceGroup);
    const QRegularExpression group(s("^/subscriptions/[^/]+/resourceGroups/") +
                                       QRegularExpression::escape(rg) + s("/?$"),
                                   QRegularExpression::CaseInsensitiveOption);
    Finding f = make(CheckId::RoleAssignment, Verdict::Blocking, finding::NoRoleAssignmentRight);
    for (const RoleAssignmentInfo& a : assignments) {
        if (!Readiness::roleAssignmentRoles().contains(a.role, Qt::CaseInsensitive))
            continue;
        const bool covers =
            a.scope == QLatin1String("/") ||
            a.scope.startsWith(s("/providers/Microsoft.Management/"), Qt::CaseInsensitive) ||
            subscription.match(a.scope).hasMatch() || group.match(a.scope).hasMatch();
        if (covers) {
            f.verdict = Verdict::Ready;
            f.code = finding::Ok;
            f.numbers = {{s("role"), a.role}, {s("scope"), a.scope}};
            return f;
        }
    }
    QStringList roles;
    for (const RoleAssignmentInfo& a : assignments) {
        if (!roles.contains(a.role))
            roles << a.role;
    }
    f.numbers = {{s("roles"), roles.join(s(", "))}};
    f.items = Readiness::roleAssignmentSteps();
    return f;
}

Finding ReadinessRules::services(const Settings& st, const QList<ProviderInfo>& providers)
{
    const QString region = normalizeRegion(st.value(keys::Region));
    const QStringList wanted = {s("Microsoft.Dashboard/grafana"), s("Microsoft.Monitor/accounts"),
                                s("Microsoft.ContainerService/managedClusters"),
                                s("Microsoft.OperationalInsights/workspaces")};
    Finding f = make(CheckId::RegionServices, Verdict::Ready, finding::Ok);
    f.numbers.insert(s("region"), st.value(keys::Region));
    QStringList missingZones;
    for (const QString& service : wanted) {
        const QString ns = service.section(QLatin1Char('/'), 0, 0);
        const QString type = service.section(QLatin1Char('/'), 1).toLower();
        const ProviderInfo* p = nullptr;
        for (const ProviderInfo& i : providers) {
            if (i.nameSpace.compare(ns, Qt::CaseInsensitive) == 0)
                p = &i;
        }
        if (!p || !p->locations.contains(type))
            continue; // not asked, or no answer: the providers check says so
        if (!p->locations.value(type).contains(region)) {
            f.items << service;
            continue;
        }
        if (type == QLatin1String("managedclusters") && p->zones.contains(type)) {
            for (const QString& z : st.listValue(keys::Zones)) {
                if (!p->zones.value(type).contains(z))
                    missingZones << z;
            }
        }
    }
    if (!f.items.isEmpty()) {
        f.verdict = Verdict::Blocking;
        f.code = finding::ServicesMissing;
    } else if (!missingZones.isEmpty()) {
        f.verdict = Verdict::Blocking;
        f.code = finding::ZonesMissing;
        f.items = missingZones;
    }
    return f;
}

Finding ReadinessRules::storage(const StorageNameResult& r)
{
    using St = StorageNameResult::State;
    Finding f = make(CheckId::StorageName, Verdict::Ready, finding::Ok);
    f.numbers = {{s("name"), r.name}};
    switch (r.state) {
    case St::Available:
    case St::Yours:
        break;
    case St::Taken:
        f.verdict = Verdict::Blocking;
        f.code = finding::StorageTaken;
        break;
    case St::Invalid:
        f.verdict = Verdict::Blocking;
        f.code = finding::StorageInvalid;
        f.detail = r.message;
        break;
    case St::Error:
        f.verdict = Verdict::CouldNotRun;
        f.code = finding::AzFailed;
        f.detail = r.message;
        break;
    }
    return f;
}

Finding ReadinessRules::couldNotRun(CheckId check, const QString& code, const QString& detail)
{
    Finding f = make(check, Verdict::CouldNotRun, code);
    f.detail = detail;
    return f;
}

} // namespace cnpg
