#include "preflight/Readiness.h"

#include <QJsonArray>

namespace cnpg {

namespace {
struct CheckName
{
    CheckId id;
    const char* name;
};
constexpr CheckName checkNames[] = {
    {CheckId::KubernetesVersion, "kubernetes-version"},
    {CheckId::VcpuQuota, "vcpu-quota"},
    {CheckId::VmSizes, "vm-sizes"},
    {CheckId::Providers, "providers"},
    {CheckId::RoleAssignment, "role-assignment"},
    {CheckId::RegionServices, "region-services"},
    {CheckId::StorageName, "storage-name"},
};
} // namespace

QString Readiness::checkName(CheckId id)
{
    for (const CheckName& c : checkNames) {
        if (c.id == id)
            return QString::fromLatin1(c.name);
    }
    return QString();
}

std::optional<CheckId> Readiness::checkFromName(const QString& name)
{
    for (const CheckName& c : checkNames) {
        if (name.trimmed().compare(QLatin1String(c.name), Qt::CaseInsensitive) == 0)
            return c.id;
    }
    return std::nullopt;
}

QList<CheckId> Readiness::allChecks()
{
    QList<CheckId> out;
    for (const CheckName& c : checkNames)
        out << c.id;
    return out;
}

QString Readiness::verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Ready:
        return QStringLiteral("ready");
    case Verdict::Warning:
        return QStringLiteral("warning");
    case Verdict::Blocking:
        return QStringLiteral("blocking");
    case Verdict::CouldNotRun:
        return QStringLiteral("could-not-run");
    }
    return QString();
}

Findings Readiness::blockingLeft(const Findings& findings, const QList<CheckId>& ignored)
{
    Findings out;
    for (const Finding& f : findings) {
        if (f.blocking() && !ignored.contains(f.check))
            out << f;
    }
    return out;
}

Verdict Readiness::worst(const Findings& findings)
{
    Verdict w = Verdict::Ready;
    for (const Finding& f : findings) {
        if (f.verdict == Verdict::Blocking)
            return Verdict::Blocking;
        if (f.verdict == Verdict::CouldNotRun)
            w = Verdict::CouldNotRun;
        else if (f.verdict == Verdict::Warning && w == Verdict::Ready)
            w = Verdict::Warning;
    }
    return w;
}

QStringList Readiness::requiredProviders()
{
    return {QStringLiteral("Microsoft.ContainerService"),
            QStringLiteral("Microsoft.Dashboard"),
            QStringLiteral("Microsoft.Monitor"),
            QStringLiteral("Microsoft.OperationsManagement"),
            QStringLiteral("Microsoft.OperationalInsights"),
            QStringLiteral("Microsoft.Insights"),
            QStringLiteral("Microsoft.ManagedIdentity"),
            QStringLiteral("Microsoft.Storage"),
            QStringLiteral("Microsoft.Network")};
}

QStringList Readiness::roleAssignmentSteps()
{
    return {QStringLiteral("storage.remedy.assign"), QStringLiteral("storage.role.identity"),
            QStringLiteral("pip.role")};
}

QStringList Readiness::roleAssignmentRoles()
{
    return {QStringLiteral("Owner"), QStringLiteral("User Access Administrator"),
            QStringLiteral("Role Based Access Control Administrator")};
}

QString Readiness::quotaRequestLink()
{
    return QStringLiteral("https://learn.microsoft.com/azure/quotas/per-vm-quota-requests");
}

QJsonObject Readiness::toJson(const Findings& findings, const QList<CheckId>& ignored)
{
    QJsonArray ignoredNames, list;
    for (CheckId id : ignored)
        ignoredNames.append(checkName(id));
    for (const Finding& f : findings) {
        QJsonObject o{{QStringLiteral("check"), checkName(f.check)},
                      {QStringLiteral("verdict"), verdictName(f.verdict)},
                      {QStringLiteral("code"), f.code}};
        if (!f.numbers.isEmpty())
            o.insert(QStringLiteral("numbers"), QJsonObject::fromVariantMap(f.numbers));
        if (!f.items.isEmpty())
            o.insert(QStringLiteral("items"), QJsonArray::fromStringList(f.items));
        list.append(o);
    }
    return QJsonObject{{QStringLiteral("ignored"), ignoredNames},
                       {QStringLiteral("findings"), list}};
}

} // namespace cnpg
