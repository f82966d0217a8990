// az role assignment create|list|delete, and the RBAC checks other commands rely on.
#include "ArmResource.h"
#include "AzCli.h"
#include "Durations.h"
#include "SimEnv.h"
#include "SimError.h"
#include "State.h"
#include "StateStore.h"
#include "World.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace cnpg::sim {

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

const QList<QPair<QString, QString>>& builtinRoles()
{
    static const QList<QPair<QString, QString>> r = {
        {s("Owner"), s("8e3af657-a8ff-443c-a75c-2fe8c4bcb635")},
        {s("Contributor"), s("b24988ac-6180-42a0-ab88-20f7382dd24c")},
        {s("Reader"), s("acdd72a7-3385-48ef-bd42-f606fba81ae7")},
        {s("User Access Administrator"), s("18d7d88d-d35e-4fb5-a5c3-7773c20a72d9")},
        {s("Role Based Access Control Administrator"), s("f58310d9-a9f6-439a-9e8d-f62e7b41a168")},
        {s("Storage Blob Data Owner"), s("b7e6dc6d-f1e8-4753-8033-0f276bb0955b")},
        {s("Storage Blob Data Contributor"), s("ba92f5b4-2d11-453d-a403-e96b0029c9fe")},
        {s("Storage Blob Data Reader"), s("2a2b9908-6ea1-4ae2-8e65-a410df84e7d1")},
        {s("Network Contributor"), s("4d97b98b-1d4f-4787-a291-c67834d212e7")},
        {s("Managed Identity Operator"), s("f1a07417-d97a-45cb-824c-7a7467783830")},
        {s("Monitoring Reader"), s("43d0d8ad-25c7-4714-9337-8ba259a9fe05")},
        {s("Monitoring Data Reader"), s("b0d8363b-8ddd-447d-831f-62ca05bff136")},
        {s("Grafana Admin"), s("22926164-76b3-42b3-bc55-97df8dab3e41")},
        {s("Grafana Editor"), s("a79a5197-3a5c-4973-a920-486035ffd60f")},
        {s("Grafana Viewer"), s("60921a7e-fef1-4a43-9b16-a26c52ad4769")},
        {s("Azure Kubernetes Service Cluster User Role"),
         s("4abbcc35-e782-43d8-92c5-2d3f1bd2253f")},
        {s("Azure Kubernetes Service RBAC Cluster Admin"),
         s("b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b")},
    };
    return r;
}

// Role name (or GUID, or role definition id) -> {name, guid}; empty when unknown.
QPair<QString, QString> resolveRole(const QString& role)
{
    const QString tail = role.section(QLatin1Char('/'), -1);
    for (const auto& r : builtinRoles()) {
        if (r.first.compare(role, Qt::CaseInsensitive) == 0 || r.second == tail.toLower())
            return r;
    }
    return {};
}

struct Principal
{
    QString id;
    QString type; // User, ServicePrincipal
    QString name;
};

QList<Principal> principals(const State& st)
{
    QList<Principal> out = {{st.userObjectId(), s("User"), st.userName()}};
    for (const QJsonObject& r : st.resources()) {
        const QString type = r.value(s("type")).toString();
        const QJsonObject body = r.value(s("body")).toObject();
        if (type == arm::Identity) {
            out << Principal{body.value(s("principalId")).toString(), s("ServicePrincipal"),
                             body.value(s("clientId")).toString()};
        } else if (body.value(s("identity")).toObject().contains(s("principalId"))) {
            out << Principal{
                body.value(s("identity")).toObject().value(s("principalId")).toString(),
                s("ServicePrincipal"), r.value(s("name")).toString()};
        }
    }
    return out;
}

std::optional<Principal> findPrincipal(const State& st, const QString& idOrName)
{
    for (const Principal& p : principals(st)) {
        if (p.id.compare(idOrName, Qt::CaseInsensitive) == 0 ||
            p.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

bool scopeCovers(const QString& assignmentScope, const QString& scope)
{
    const QString a = assignmentScope.toLower();
    const QString b = scope.toLower();
    return b == a || b.startsWith(a + QLatin1Char('/'));
}

// Checks that the scope exists the way ARM does: the group, then the resource.
QString validateScope(State& st, const QString& scope)
{
    static const QRegularExpression re(
        QStringLiteral("^/subscriptions/([^/]+)(?:/resourceGroups/([^/]+)(?:/providers/([^/]+/[^/"
                       "]+)/([^/]+)(/.*)?)?)?/?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(scope);
    if (!m.hasMatch())
        armFail(s("MissingSubscription"), s("The request did not have a subscription or a valid "
                                            "tenant level resource provider."));
    if (m.captured(1).compare(st.subscriptionId(), Qt::CaseInsensitive) != 0)
        armFail(
            s("AuthorizationFailed"),
            QStringLiteral("The client '%1' with object id '%2' does not have authorization to "
                           "perform action 'Microsoft.Authorization/roleAssignments/write' over "
                           "scope '%3' or the scope is invalid. If access was recently granted, "
                           "please refresh your credentials.")
                .arg(st.userName(), st.userObjectId(), scope),
            1);
    const QString rg = m.captured(2);
    if (rg.isEmpty())
        return QString();
    arm::requireGroup(st, rg);
    if (!m.captured(3).isEmpty()) {
        const QString base = scope.left(m.capturedEnd(4));
        if (!st.resource(base))
            resourceNotFound(m.captured(3), m.captured(4), rg);
    }
    return rg;
}

QJsonObject assignmentView(const State& st, const QJsonObject& rec, bool forList)
{
    QJsonObject body = rec.value(s("body")).toObject();
    if (forList) {
        const auto p = findPrincipal(st, body.value(s("principalId")).toString());
        body.insert(s("principalName"), p ? p->name : QString());
        body.insert(s("roleDefinitionName"), rec.value(s("roleName")).toString());
    }
    return body;
}

QJsonObject* findAssignment(State& st, const QString& principal, const QString& roleGuid,
                            const QString& scope)
{
    for (QJsonObject& r : st.resources()) {
        const QJsonObject body = r.value(s("body")).toObject();
        if (r.value(s("type")).toString() == arm::RoleAssignment &&
            body.value(s("principalId")).toString().compare(principal, Qt::CaseInsensitive) == 0 &&
            body.value(s("roleDefinitionId")).toString().endsWith(roleGuid) &&
            body.value(s("scope")).toString().compare(scope, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

QString effectiveScope(AzContext& c, const State& st)
{
    const QString scope = c.value(s("--scope"));
    const QString rg = c.value(s("--resource-group"));
    if (!scope.isEmpty() && !rg.isEmpty())
        azFail(
            s("Resource group 'x' is redundant because 'scope' is supplied").replace(s("x"), rg));
    if (!scope.isEmpty())
        return scope;
    if (!rg.isEmpty())
        return arm::groupId(st, rg);
    return arm::subscriptionPath(st);
}

// Records a role assignment as ARM does and returns what az prints for it.
QJsonObject insertAssignment(State& st, const QString& principalId, const QString& principalType,
                             const QPair<QString, QString>& role, const QString& scope,
                             const QString& rg, const QJsonValue& description)
{
    const QString name = arm::guid();
    const QString id = scope + s("/providers/") + arm::RoleAssignment + QLatin1Char('/') + name;
    const QString now = arm::timestamp(SimEnv::now());
    QJsonObject body{
        {s("condition"), QJsonValue()},
        {s("conditionVersion"), QJsonValue()},
        {s("createdBy"), QJsonValue()},
        {s("createdOn"), now},
        {s("delegatedManagedIdentityResourceId"), QJsonValue()},
        {s("description"), description},
        {s("id"), id},
        {s("name"), name},
        {s("principalId"), principalId},
        {s("principalType"), principalType},
        {s("roleDefinitionId"),
         QString(arm::subscriptionPath(st) +
                 s("/providers/Microsoft.Authorization/roleDefinitions/") + role.second)},
        {s("scope"), scope},
        {s("type"), arm::RoleAssignment},
        {s("updatedBy"), st.userObjectId()},
        {s("updatedOn"), now}};
    if (!rg.isEmpty())
        body.insert(s("resourceGroup"), rg);
    QJsonObject rec = arm::newRecord(id, arm::RoleAssignment, name, rg, body, SimEnv::now());
    rec.insert(s("roleName"), role.first);
    st.insert(rec);
    return body;
}

void assignmentCreate(AzContext& c)
{
    const bool byAssignee = c.args.has(s("--assignee"));
    const bool byObjectId = c.args.has(s("--assignee-object-id"));
    if (byAssignee == byObjectId)
        azFail(s("usage error: --assignee STRING | --assignee-object-id GUID"));
    if (c.args.has(s("--assignee-principal-type")) && !byObjectId)
        azFail(s("usage error: --assignee-object-id GUID --assignee-principal-type TYPE"));
    if (c.value(s("--scope")).isEmpty())
        c.warn(
            s("--scope argument will become required for creating a role assignment in the "
              "breaking change release of the fall of 2023. Please explicitly specify --scope."));
    const auto role = resolveRole(c.value(s("--role")));
    if (role.first.isEmpty())
        azFail(QStringLiteral("Role '%1' doesn't exist.").arg(c.value(s("--role"))));

    QString scope, principalId, principalType, rg;
    c.store.read([&](State& st) {
        scope = effectiveScope(c, st);
        if (byAssignee) {
            const auto p = findPrincipal(st, c.value(s("--assignee")));
            if (!p)
                azFail(QStringLiteral("Cannot find user or service principal in graph database for "
                                      "'%1'. If the assignee is an appId, make sure the "
                                      "corresponding service principal is created with 'az ad sp "
                                      "create --id %1'.")
                           .arg(c.value(s("--assignee"))));
            principalId = p->id;
            principalType = p->type;
        } else {
            principalId = c.value(s("--assignee-object-id"));
            const auto p = findPrincipal(st, principalId);
            if (!c.args.has(s("--assignee-principal-type")))
                c.warn(s("RBAC service might reject creating role assignment without "
                         "--assignee-principal-type in the future. Better to specify "
                         "--assignee-principal-type manually."));
            principalType = c.value(s("--assignee-principal-type"), p ? p->type : s("User"));
        }
    });
    c.env.latency(Durations::seconds(s("role assignment create")));
    QJsonObject result;
    c.store.update([&](State& st) {
        rg = validateScope(st, scope);
        world::requireRoleAssignmentRight(st, scope);
        const auto p = findPrincipal(st, principalId);
        if (!p) {
            armFail(s("PrincipalNotFound"),
                    QStringLiteral("Principal %1 does not exist in the directory %2. Check that "
                                   "you have the correct principal ID. If you are creating this "
                                   "principal and then immediately assigning a role, this error "
                                   "might be related to a replication delay. In this case, set "
                                   "the role assignment principalType property to a value, such "
                                   "as ServicePrincipal, User, or Group.  See "
                                   "https://aka.ms/docs-principaltype")
                        .arg(QString(principalId).remove(QLatin1Char('-')), st.tenantId()));
        }
        if (p->type != principalType) {
            armFail(
                s("UnmatchedPrincipalType"),
                QStringLiteral("The PrincipalId '%1' has type '%2' , which is different from "
                               "specified PrincipalType '%3'.")
                    .arg(QString(principalId).remove(QLatin1Char('-')), p->type, principalType));
        }
        // az makes the create idempotent: an identical assignment is returned as it is.
        if (QJsonObject* existing = findAssignment(st, principalId, role.second, scope)) {
            arm::countCreate(*existing);
            result = assignmentView(st, *existing, false);
            return;
        }
        result = insertAssignment(st, principalId, principalType, role, scope, rg,
                                  c.args.has(s("--description"))
                                      ? QJsonValue(c.value(s("--description")))
                                      : QJsonValue());
    });
    c.print(result);
}

QList<TableRow> assignmentTable(const QJsonValue& v)
{
    QList<TableRow> rows;
    for (const QJsonValue& x : v.toArray()) {
        const QJsonObject o = x.toObject();
        rows << TableRow{{s("Principal"), o.value(s("principalName")).toString()},
                         {s("Role"), o.value(s("roleDefinitionName")).toString()},
                         {s("Scope"), o.value(s("scope")).toString()}};
    }
    return rows;
}

void assignmentList(AzContext& c)
{
    const bool all = c.args.flag(s("--all"));
    if (all && (c.args.has(s("--scope")) || c.args.has(s("--resource-group"))))
        azFail(s("group or scope are not required when --all is used"));
    QString roleGuid;
    if (c.args.has(s("--role"))) {
        const auto role = resolveRole(c.value(s("--role")));
        if (role.first.isEmpty())
            azFail(QStringLiteral("Role '%1' doesn't exist.").arg(c.value(s("--role"))));
        roleGuid = role.second;
    }
    c.env.latency();
    QJsonArray list;
    c.store.read([&](State& st) {
        const QString scope = all ? QString() : effectiveScope(c, st);
        QString assignee = c.value(s("--assignee"));
        if (!assignee.isEmpty()) {
            // az resolves names through Graph and takes a GUID as an object id.
            if (const auto p = findPrincipal(st, assignee))
                assignee = p->id;
        }
        const bool inherited = c.args.flag(s("--include-inherited"));
        for (const QJsonObject& r : st.resources()) {
            if (r.value(s("type")).toString() != arm::RoleAssignment)
                continue;
            const QJsonObject body = r.value(s("body")).toObject();
            const QString at = body.value(s("scope")).toString();
            if (!scope.isEmpty() && at.compare(scope, Qt::CaseInsensitive) != 0 &&
                !(inherited && scopeCovers(at, scope)))
                continue;
            if (!assignee.isEmpty() &&
                body.value(s("principalId")).toString().compare(assignee, Qt::CaseInsensitive) != 0)
                continue;
            if (!roleGuid.isEmpty() &&
                !body.value(s("roleDefinitionId")).toString().endsWith(roleGuid))
                continue;
            list.append(assignmentView(st, r, true));
        }
        // The user's own roles (the world's), which no command of the plan created.
        if (!assignee.isEmpty() && assignee.compare(st.userObjectId(), Qt::CaseInsensitive) != 0)
            return;
        for (const QJsonValue& v : world::userRoles(st)) {
            const QJsonObject o = v.toObject();
            const QString at = o.value(s("scope")).toString();
            const auto role = resolveRole(o.value(s("role")).toString());
            if (!scope.isEmpty() && at.compare(scope, Qt::CaseInsensitive) != 0 &&
                !(inherited && scopeCovers(at, scope)))
                continue;
            if (!roleGuid.isEmpty() && role.second != roleGuid)
                continue;
            list.append(QJsonObject{
                {s("id"), QString(at + s("/providers/Microsoft.Authorization/roleAssignments/") +
                                  QString::fromLatin1(
                                      QCryptographicHash::hash((at + role.first).toUtf8(),
                                                               QCryptographicHash::Md5)
                                          .toHex()))},
                {s("principalId"), st.userObjectId()},
                {s("principalName"), st.userName()},
                {s("principalType"), s("User")},
                {s("roleDefinitionId"), QString(arm::subscriptionPath(st) +
                                                s("/providers/Microsoft.Authorization/"
                                                  "roleDefinitions/") +
                                                role.second)},
                {s("roleDefinitionName"), role.first.isEmpty() ? o.value(s("role")).toString()
                                                               : role.first},
                {s("scope"), at},
                {s("type"), arm::RoleAssignment}});
        }
    });
    c.print(list, assignmentTable);
}

void assignmentDelete(AzContext& c)
{
    c.env.latency(3);
    c.store.update([&](State& st) {
        const QString ids = c.value(s("--ids"));
        QStringList doomed;
        for (const QJsonObject& r : st.resources()) {
            if (r.value(s("type")).toString() != arm::RoleAssignment)
                continue;
            const QJsonObject body = r.value(s("body")).toObject();
            if (!ids.isEmpty()) {
                if (c.args.list(s("--ids"))
                        .contains(r.value(s("id")).toString(), Qt::CaseInsensitive))
                    doomed << r.value(s("id")).toString();
                continue;
            }
            const QString scope = effectiveScope(c, st);
            if (body.value(s("scope")).toString().compare(scope, Qt::CaseInsensitive) != 0)
                continue;
            const QString assignee = c.value(s("--assignee"));
            if (!assignee.isEmpty()) {
                const auto p = findPrincipal(st, assignee);
                if (body.value(s("principalId")).toString() != (p ? p->id : assignee))
                    continue;
            }
            if (c.args.has(s("--role")) && !body.value(s("roleDefinitionId"))
                                                .toString()
                                                .endsWith(resolveRole(c.value(s("--role"))).second))
                continue;
            doomed << r.value(s("id")).toString();
        }
        for (const QString& id : doomed)
            st.remove(id);
    });
}

} // namespace

void assignBuiltinRole(State& st, const QString& principalId, const QString& principalType,
                       const QString& roleName, const QString& scope)
{
    if (!findAssignment(st, principalId, resolveRole(roleName).second, scope))
        insertAssignment(st, principalId, principalType, resolveRole(roleName), scope,
                         scope.section(QLatin1Char('/'), 4, 4), QJsonValue());
}

bool hasRoleAt(const State& st, const QString& principal, const QStringList& roles,
               const QString& scope)
{
    for (const QJsonObject& r : st.resources()) {
        if (r.value(s("type")).toString() != arm::RoleAssignment)
            continue;
        const QJsonObject body = r.value(s("body")).toObject();
        if (body.value(s("principalId")).toString().compare(principal, Qt::CaseInsensitive) == 0 &&
            roles.contains(r.value(s("roleName")).toString()) &&
            scopeCovers(body.value(s("scope")).toString(), scope))
            return true;
    }
    return false;
}

void addRoleCommands(QList<AzCommand>& t)
{
    const QStringList principalTypes = {s("User"), s("Group"), s("ServicePrincipal"),
                                        s("ForeignGroup")};
    t << AzCommand{s("role assignment create"),
                   s("Create a new role assignment for a user, group, or service principal."),
                   {Opt::value(s("--role")).req(), Opt::value(s("--assignee")),
                    Opt::value(s("--assignee-object-id")),
                    Opt::value(s("--assignee-principal-type")).oneOf(principalTypes),
                    Opt::value(s("--scope")), groupOpt(false), Opt::value(s("--description")),
                    Opt::value(s("--condition")), Opt::value(s("--condition-version")),
                    Opt::value(s("--name"))},
                   assignmentCreate};
    t << AzCommand{
        s("role assignment list"),
        s("List role assignments."),
        {Opt::value(s("--assignee")), Opt::value(s("--role")), Opt::value(s("--scope")),
         groupOpt(false), Opt::flag(s("--all")), Opt::flag(s("--include-inherited")),
         Opt::flag(s("--include-groups")), Opt::flag(s("--include-classic-administrators")),
         Opt::boolean(s("--fill-principal-name")), Opt::boolean(s("--fill-role-definition-name"))},
        assignmentList};
    t << AzCommand{s("role assignment delete"),
                   s("Delete role assignments."),
                   {Opt::value(s("--assignee")), Opt::value(s("--role")), Opt::value(s("--scope")),
                    groupOpt(false), Opt::list(s("--ids")), Opt::flag(s("--yes -y"))},
                   assignmentDelete};
}

} // namespace cnpg::sim
