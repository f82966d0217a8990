// az group, identity and resource list.
#include "ArmResource.h"
#include "AzCli.h"
#include "Durations.h"
#include "SimEnv.h"
#include "SimError.h"
#include "State.h"
#include "StateStore.h"

#include <QJsonArray>

namespace cnpg::sim {

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

// az group commands take the name as --name/-n or --resource-group/-g.
Opt groupNameOpt()
{
    return Opt::value(s("--name -n --resource-group -g")).req();
}

QString groupLocation(State& st, const QString& rg)
{
    return arm::requireGroup(st, rg).value(s("body")).toObject().value(s("location")).toString();
}

void groupCreate(AzContext& c)
{
    const QString rg = c.value(s("--name"));
    const QString location = c.value(s("--location")).toLower().remove(QLatin1Char(' '));
    checkLocation(location, arm::Group);
    const QJsonObject tags = tagsObject(c.args);
    QString id;
    c.store.read([&](State& st) { id = arm::groupId(st, rg); });
    CreateSpec spec;
    spec.id = id;
    spec.type = arm::Group;
    spec.name = rg;
    spec.resourceGroup = rg;
    spec.needsGroup = false;
    spec.body = [&](State&, qint64) {
        return QJsonObject{{s("id"), id},
                           {s("location"), location},
                           {s("managedBy"), c.args.has(s("--managed-by"))
                                                ? QJsonValue(c.value(s("--managed-by")))
                                                : QJsonValue()},
                           {s("name"), rg},
                           {s("properties"), QJsonObject()},
                           {s("tags"), c.args.has(s("--tags")) ? QJsonValue(tags) : QJsonValue()},
                           {s("type"), arm::Group}};
    };
    spec.existing = [&](State&, QJsonObject& rec) {
        QJsonObject body = rec.value(s("body")).toObject();
        const QString was = body.value(s("location")).toString();
        if (was != location) {
            armFail(s("InvalidResourceGroupLocation"),
                    QStringLiteral("Invalid resource group location '%1'. The Resource group "
                                   "already exists in location '%2'.")
                        .arg(location, was));
        }
        if (rec.contains(s("goneAt")))
            armFail(s("ResourceGroupBeingDeleted"),
                    QStringLiteral("The resource group '%1' is in deprovisioning state and cannot "
                                   "perform this operation.")
                        .arg(rg));
        // A PUT replaces the tags.
        body.insert(s("tags"), c.args.has(s("--tags")) ? QJsonValue(tags) : QJsonValue());
        rec.insert(s("body"), body);
    };
    c.print(c.createOrGet(spec));
}

void groupShow(AzContext& c)
{
    const QString rg = c.value(s("--name"));
    c.env.latency();
    QJsonObject v;
    c.store.read([&](State& st) { v = arm::view(st, arm::requireGroup(st, rg), SimEnv::now()); });
    c.print(v);
}

void groupExists(AzContext& c)
{
    const QString rg = c.value(s("--name"));
    c.env.latency();
    bool exists = false;
    c.store.read([&](State& st) { exists = st.resource(arm::groupId(st, rg)) != nullptr; });
    c.print(exists);
}

QList<TableRow> groupTable(const QJsonValue& v)
{
    QList<TableRow> rows;
    for (const QJsonValue& x : v.isArray() ? v.toArray() : QJsonArray{v}) {
        const QJsonObject o = x.toObject();
        rows << TableRow{
            {s("Name"), o.value(s("name")).toString()},
            {s("Location"), o.value(s("location")).toString()},
            {s("Status"),
             o.value(s("properties")).toObject().value(s("provisioningState")).toString()}};
    }
    return rows;
}

void groupList(AzContext& c)
{
    c.env.latency();
    QJsonArray list;
    c.store.read([&](State& st) {
        const qint64 now = SimEnv::now();
        for (const QJsonObject& r : arm::ofType(st, arm::Group))
            list.append(arm::view(st, r, now));
    });
    c.print(list, groupTable);
}

// When a resource of a deleted group goes, as a share of the group's deletion. Resource Manager
// deletes the nested resources first, then those that manage others (the AKS cluster, which
// takes its node resource group along: the scale sets drained first, the group last), then the
// rest side by side, the quick ones first; the group itself goes last ("Azure Resource Manager
// resource group and resource deletion", learn.microsoft.com).
double deleteShare(const QJsonObject& r, bool inNodeGroup)
{
    const QString type = r.value(s("type")).toString();
    const QString path = r.value(s("id")).toString().section(s("/providers/"), -1);
    if (type != arm::Group && path.count(QLatin1Char('/')) > 2)
        return 0.1; // nested: node pools, containers, federated credentials
    if (inNodeGroup) {
        if (type == arm::Group)
            return 0.6;
        return type.compare(s("Microsoft.Compute/virtualMachineScaleSets"), Qt::CaseInsensitive) ==
                       0
                   ? 0.45
                   : 0.55;
    }
    static const QList<QPair<QString, double>> order = {
        {arm::Cluster, 0.6},  {arm::Identity, 0.65}, {arm::PublicIp, 0.7},
        {arm::Storage, 0.75}, {arm::Workspace, 0.8}, {arm::MonitorAccount, 0.85},
        {arm::Grafana, 0.95}, {arm::Group, 1.0},
    };
    for (const auto& [t, share] : order) {
        if (t.compare(type, Qt::CaseInsensitive) == 0)
            return share;
    }
    return 0.68; // data collection rules and endpoints, rule groups, anything else
}

void groupDelete(AzContext& c)
{
    const QString rg = c.value(s("--name"));
    if (!c.args.flag(s("--yes")))
        azFail(s("Unable to prompt for confirmation as no tty available. Use --yes."));
    qint64 until = 0;
    c.store.update([&](State& st) {
        const QJsonObject& g = arm::requireGroup(st, rg);
        if (g.contains(s("goneAt"))) {
            until = qint64(g.value(s("goneAt")).toDouble());
            return;
        }
        const qint64 now = SimEnv::now();
        const qint64 span = c.env.scaled(Durations::seconds(s("group delete")));
        until = now + span;
        // The group takes everything in it along, and AKS node resource groups with their
        // clusters.
        const QString own = State::key(arm::groupId(st, rg));
        QStringList nodeGroups;
        for (const QJsonObject& r : st.resources()) {
            if (r.value(s("type")).toString() == arm::Cluster &&
                r.value(s("resourceGroup")).toString().compare(rg, Qt::CaseInsensitive) == 0) {
                nodeGroups << State::key(arm::groupId(
                    st, r.value(s("body")).toObject().value(s("nodeResourceGroup")).toString()));
            }
        }
        for (auto it = st.resources().begin(); it != st.resources().end(); ++it) {
            for (const QString& p : QStringList{own} + nodeGroups) {
                if (it.key() != p && !it.key().startsWith(p + QLatin1Char('/')))
                    continue;
                const qint64 at = now + qint64(double(span) * deleteShare(it.value(), p != own));
                const double was = it.value().value(s("goneAt")).toDouble(0);
                if (it.value().value(s("type")).toString() == arm::Workspace && was == 0)
                    keepSoftDeleted(st, it.value(), now); // a group delete never purges
                // What was being deleted already goes at the sooner of the two times.
                it.value().insert(s("goneAt"), double(was > 0 ? std::min(qint64(was), at) : at));
            }
        }
    });
    if (!c.args.flag(s("--no-wait")))
        SimEnv::sleepUntil(until);
}

// az group wait: polls until the condition holds or --timeout (scaled) passes. --deleted holds
// at once for a group that does not exist.
void groupWait(AzContext& c)
{
    const QString rg = c.value(s("--name"));
    if (!c.args.flag(s("--deleted")) && !c.args.flag(s("--exists")) && !c.args.flag(s("--created")))
        azFail(s("incorrect usage: --created | --updated | --deleted | --exists | --custom"), 2);
    const int timeout = c.args.integer(s("--timeout"), 3600);
    const qint64 deadline = SimEnv::now() + c.env.scaled(timeout);
    const bool deleted = c.args.flag(s("--deleted"));
    c.env.latency();
    for (;;) {
        qint64 goneAt = 0;
        bool exists = false;
        c.store.read([&](State& st) {
            const QJsonObject* g = st.resource(arm::groupId(st, rg));
            exists = g != nullptr;
            if (g)
                goneAt = qint64(g->value(s("goneAt")).toDouble());
        });
        if (deleted ? !exists : exists)
            return;
        const qint64 next = qMin(deadline, goneAt > 0 && deleted ? goneAt : deadline);
        if (SimEnv::now() >= deadline)
            azFail(QStringLiteral("Wait operation timed-out after %1 seconds").arg(timeout));
        SimEnv::sleepUntil(next);
    }
}

QString identityId(const State& st, const QString& rg, const QString& name)
{
    // az prints identity ids with a lowercase "resourcegroups".
    return arm::subscriptionPath(st) + s("/resourcegroups/") + rg + s("/providers/") +
           arm::Identity + QLatin1Char('/') + name;
}

void identityCreate(AzContext& c)
{
    const QString rg = c.value(s("--resource-group"));
    const QString name = c.value(s("--name"));
    checkLocation(c.value(s("--location")), arm::Identity);
    QString id;
    c.store.read([&](State& st) { id = identityId(st, rg, name); });
    CreateSpec spec;
    spec.id = id;
    spec.type = arm::Identity;
    spec.name = name;
    spec.resourceGroup = rg;
    spec.body = [&](State& st, qint64) {
        const QString location = c.value(s("--location"), groupLocation(st, rg)).toLower();
        return QJsonObject{{s("clientId"), arm::guid()},    {s("id"), id},
                           {s("location"), location},       {s("name"), name},
                           {s("principalId"), arm::guid()}, {s("resourceGroup"), rg},
                           {s("systemData"), QJsonValue()}, {s("tags"), tagsObject(c.args)},
                           {s("tenantId"), st.tenantId()},  {s("type"), arm::Identity}};
    };
    c.print(c.createOrGet(spec));
}

void identityShow(AzContext& c)
{
    c.print(c.show(c.value(s("--resource-group")), arm::Identity, c.value(s("--name"))));
}

const QString FederatedCredential =
    QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials");

QString federatedCredentialId(const State& st, const QString& rg, const QString& identity,
                              const QString& name)
{
    return identityId(st, rg, identity) + s("/federatedIdentityCredentials/") + name;
}

// Azure's shape: no location, tags or provisioning state; the audiences a list.
void federatedCredentialCreate(AzContext& c)
{
    const QString rg = c.value(s("--resource-group"));
    const QString identity = c.value(s("--identity-name"));
    const QString name = c.value(s("--name"));
    QString id;
    c.store.read([&](State& st) {
        arm::require(st, rg, arm::Identity, identity);
        id = federatedCredentialId(st, rg, identity, name);
    });
    QJsonArray audiences;
    // az's default audience when none is given.
    const QStringList given = c.args.list(s("--audiences"));
    for (const QString& a : given.isEmpty() ? QStringList{s("api://AzureADTokenExchange")} : given)
        audiences.append(a);
    CreateSpec spec;
    spec.id = id;
    spec.type = FederatedCredential;
    spec.name = name;
    spec.resourceGroup = rg;
    spec.durationKey = s("identity federated-credential create");
    spec.body = [&](State&, qint64) {
        return QJsonObject{{s("audiences"), audiences},
                           {s("id"), id},
                           {s("issuer"), c.value(s("--issuer"))},
                           {s("name"), name},
                           {s("resourceGroup"), rg},
                           {s("subject"), c.value(s("--subject"))},
                           {s("systemData"), QJsonValue()},
                           {s("type"), FederatedCredential}};
    };
    QJsonObject out = c.createOrGet(spec);
    out.remove(s("provisioningState"));
    c.print(out);
}

void federatedCredentialShow(AzContext& c)
{
    const QString rg = c.value(s("--resource-group"));
    const QString identity = c.value(s("--identity-name"));
    const QString name = c.value(s("--name"));
    c.env.latency();
    QJsonObject out;
    c.store.read([&](State& st) {
        arm::require(st, rg, arm::Identity, identity);
        const QJsonObject* rec = st.resource(federatedCredentialId(st, rg, identity, name));
        if (!rec)
            resourceNotFound(FederatedCredential, identity + QLatin1Char('/') + name, rg);
        out = arm::view(st, *rec, SimEnv::now());
    });
    out.remove(s("provisioningState"));
    c.print(out);
}

void resourceList(AzContext& c)
{
    const QString rg = c.value(s("--resource-group"));
    const QString type = c.value(s("--resource-type"));
    const QString name = c.value(s("--name"));
    c.env.latency();
    QJsonArray list;
    c.store.read([&](State& st) {
        if (!rg.isEmpty())
            arm::requireGroup(st, rg);
        const qint64 now = SimEnv::now();
        static const QStringList hidden = {arm::Group, arm::RoleAssignment, arm::Container,
                                           arm::AgentPool};
        for (const QJsonObject& r : st.resources()) {
            const QString t = r.value(s("type")).toString();
            if (hidden.contains(t) ||
                (!rg.isEmpty() &&
                 r.value(s("resourceGroup")).toString().compare(rg, Qt::CaseInsensitive) != 0) ||
                (!type.isEmpty() && t.compare(type, Qt::CaseInsensitive) != 0) ||
                (!name.isEmpty() && r.value(s("name")).toString() != name))
                continue;
            const QJsonObject v = arm::view(st, r, now);
            list.append(QJsonObject{
                {s("changedTime"), arm::timestamp(qint64(r.value(s("createdAt")).toDouble()))},
                {s("createdTime"), arm::timestamp(qint64(r.value(s("createdAt")).toDouble()))},
                {s("extendedLocation"), QJsonValue()},
                {s("id"), r.value(s("id"))},
                {s("identity"), v.value(s("identity"))},
                {s("kind"), v.value(s("kind"))},
                {s("location"), v.value(s("location"))},
                {s("managedBy"), v.value(s("managedBy"))},
                {s("name"), r.value(s("name"))},
                {s("plan"), QJsonValue()},
                {s("properties"), QJsonValue()},
                {s("provisioningState"), arm::provisioningState(r, now)},
                {s("resourceGroup"), r.value(s("resourceGroup"))},
                {s("sku"), v.value(s("sku"))},
                {s("tags"), v.value(s("tags"))},
                {s("type"),
                 t == arm::Cluster ? s("Microsoft.ContainerService/managedClusters") : t}});
        }
    });
    c.print(list);
}

} // namespace

void addResourceCommands(QList<AzCommand>& t)
{
    t << AzCommand{s("group create"),
                   s("Create a new resource group."),
                   {groupNameOpt(), locationOpt().req(), tagsOpt(), Opt::value(s("--managed-by"))},
                   groupCreate};
    t << AzCommand{s("group show"), s("Gets a resource group."), {groupNameOpt()}, groupShow};
    t << AzCommand{
        s("group exists"), s("Check if a resource group exists."), {groupNameOpt()}, groupExists};
    t << AzCommand{
        s("group list"), s("List resource groups."), {Opt::value(s("--tag"))}, groupList};
    t << AzCommand{s("group delete"),
                   s("Delete a resource group."),
                   {groupNameOpt(), Opt::flag(s("--yes -y")), Opt::flag(s("--no-wait")),
                    Opt::value(s("--force-deletion-types -f"))},
                   groupDelete};
    t << AzCommand{s("group wait"),
                   s("Place the CLI in a waiting state until a condition of the resource group is "
                     "met."),
                   {groupNameOpt(), Opt::flag(s("--deleted")), Opt::flag(s("--exists")),
                    Opt::flag(s("--created")), Opt::value(s("--interval")).num(),
                    Opt::value(s("--timeout")).num()},
                   groupWait};
    t << AzCommand{s("identity create"),
                   s("Create Identities."),
                   {nameOpt(), groupOpt(), locationOpt(), tagsOpt()},
                   identityCreate};
    t << AzCommand{
        s("identity show"), s("Get the identity."), {nameOpt(), groupOpt()}, identityShow};
    const Opt identityOpt = Opt::value(s("--identity-name")).req();
    t << AzCommand{s("identity federated-credential create"),
                   s("Create a federated identity credential under an existing user assigned "
                     "identity."),
                   {nameOpt(), identityOpt, groupOpt(), Opt::value(s("--issuer")).req(),
                    Opt::value(s("--subject")).req(), Opt::list(s("--audiences --audience"))},
                   federatedCredentialCreate};
    t << AzCommand{s("identity federated-credential show"),
                   s("Show a federated identity credential under an existing user assigned "
                     "identity."),
                   {nameOpt(), identityOpt, groupOpt()},
                   federatedCredentialShow};
    t << AzCommand{s("resource list"),
                   s("List resources."),
                   {groupOpt(false), Opt::value(s("--resource-type")), nameOpt(false),
                    locationOpt(), Opt::value(s("--tag")), Opt::value(s("--namespace"))},
                   resourceList};
}

} // namespace cnpg::sim
