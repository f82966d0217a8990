#pragma once
// Shorthands for writing the guide's commands in PlanBuilder*.cpp; not part of the core API.

#include "plan/PlanBuilder.h"
#include "settings/Settings.h"

#include <QCoreApplication>

namespace cnpg::planbuild {

// Titles are written at the call sites as QT_TRANSLATE_NOOP("cnpg::Plan", "...") so that
// lupdate finds them where they are used; the plan keeps the English source text.

using T = TransientError;

inline QString var(const QString& name)
{
    return QStringLiteral("${") + name + QLatin1Char('}');
}
inline QString list(const QString& name)
{
    return QStringLiteral("@{") + name + QLatin1Char('}');
}

inline Command az(const QStringList& args)
{
    return {QStringLiteral("az"), args};
}
inline Command kubectl(const QStringList& args)
{
    return {QStringLiteral("kubectl"), args};
}
inline Command helm(const QStringList& args)
{
    return {QStringLiteral("helm"), args};
}

inline Step step(const QString& id, const char* title, const QString& stage, StepKind kind,
                 Command cmd, QStringList needs, int seconds)
{
    Step s;
    s.id = id;
    s.title = QString::fromUtf8(title);
    s.stage = stage;
    s.kind = kind;
    s.command = std::move(cmd);
    s.needs = std::move(needs);
    s.expectedSeconds = seconds;
    return s;
}

// The resource a Create step makes, for the live status: its type and name, the resource group
// it is in (empty: not polled) and, for a child that is not listed itself, its parent's name.
inline Step& resource(Step& s, const QString& type, const QString& name,
                      const QString& group = QString(), const QString& parent = QString())
{
    s.resourceType = type;
    s.resourceName = name;
    s.resourceGroup = group;
    s.resourceParent = parent;
    return s;
}

// A read step whose trimmed output becomes `variable`.
inline Step reader(const QString& id, const char* title, const QString& stage, Command cmd,
                   QStringList needs, const QString& variable)
{
    Step s = step(id, title, stage, StepKind::Read, std::move(cmd), std::move(needs), 3);
    s.captures = {{variable, {}}};
    return s;
}

inline Probe probe(Command cmd, const QString& expect = QString())
{
    return {std::move(cmd), expect};
}

// `az role assignment list` filtered to one assignment: prints its id or nothing.
inline Probe roleProbe(const QString& assignee, const QString& role, const QString& scope)
{
    return probe(az({QStringLiteral("role"), QStringLiteral("assignment"), QStringLiteral("list"),
                     QStringLiteral("--assignee"), assignee, QStringLiteral("--role"), role,
                     QStringLiteral("--scope"), scope, QStringLiteral("--query"),
                     QStringLiteral("[0].id"), QStringLiteral("--output"), QStringLiteral("tsv")}));
}

// "--tags a=b c=d", or nothing when there are no tags (az rejects a bare --tags on some commands).
inline QStringList optionalList(const Settings& s, const QString& flag, const QString& key)
{
    if (s.listValue(key).isEmpty())
        return {};
    return {flag, list(key)};
}

// The paths and outputs shared by several stages.
struct Common
{
    QString rg;
    QString region;
    QString cluster;
    QString account;
    QString objectId;
    QString accountId;
    QString aksLock;
    QStringList tags;
    QStringList zones;
    QStringList outTsv;
    QStringList queryId;

    explicit Common(const Settings& st)
        : rg(var(keys::ResourceGroup))
        , region(var(keys::Region))
        , cluster(var(keys::ClusterName))
        , account(var(keys::StorageAccount))
        , objectId(var(QStringLiteral("AKS_UAMI_WORKLOAD_OBJECTID")))
        , accountId(var(QStringLiteral("STORAGE_ACCOUNT_PRIMARY_RESOURCE_ID")))
        , aksLock(QStringLiteral("aks:") + var(keys::ClusterName))
        , tags(optionalList(st, QStringLiteral("--tags"), keys::Tags))
        , zones(optionalList(st, QStringLiteral("--zones"), keys::Zones))
        , outTsv({QStringLiteral("--output"), QStringLiteral("tsv")})
        , queryId(QStringList{QStringLiteral("--query"), QStringLiteral("id")} + outTsv)
    {}
};

// The chosen subscription on every az command that takes one (PlanBuilder.cpp).
void pinSubscription(const Settings& st, QList<Step>& p);

// Stages 8 to 14 (PlanBuilderCluster.cpp).
void addClusterStages(const Settings& st, const Common& c, QList<Step>& p);
// Stages 15 and on: the database cluster (PlanBuilderPostgres.cpp).
void addPostgresStages(const Settings& st, const Common& c, QList<Step>& p);

} // namespace cnpg::planbuild
