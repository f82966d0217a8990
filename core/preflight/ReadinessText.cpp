#include "preflight/ReadinessText.h"

#include <QCoreApplication>

namespace cnpg {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cnpg::ReadinessText", text);
}

QString n(const Finding& f, const char* key)
{
    return f.numbers.value(QString::fromLatin1(key)).toString();
}

} // namespace

// "Standard_D4s_v3:1,2" -> "Standard_D4s_v3 (zones 1, 2)".
QString ReadinessText::sizeItems(const QStringList& items)
{
    QStringList out;
    for (const QString& item : items) {
        const QString size = item.section(QLatin1Char(':'), 0, 0);
        const QString zones = item.section(QLatin1Char(':'), 1);
        out << (zones.isEmpty()
                    ? size
                    : tr("%1 (zones %2)")
                          .arg(size, zones.split(QLatin1Char(',')).join(QStringLiteral(", "))));
    }
    return out.join(QStringLiteral(", "));
}

QString ReadinessText::versionText(const Finding& f)
{
    if (f.code == finding::VersionNotOffered)
        return tr("Kubernetes %1 is not offered in %2 (it is out of support on AKS); the region's "
                  "default is %3.")
            .arg(n(f, "version"), n(f, "region"), n(f, "default"));
    if (f.code == finding::VersionPreview)
        return tr("Kubernetes %1 is only a preview in %2.").arg(n(f, "version"), n(f, "region"));
    if (f.code == finding::VersionLtsOnly)
        return tr("Kubernetes %1 is offered in %2 only with long-term support, which needs the "
                  "Premium tier and the AKSLongTermSupport plan; the region's default is %3.")
            .arg(n(f, "version"), n(f, "region"), n(f, "default"));
    return tr("Kubernetes %1 is offered in %2.").arg(n(f, "version"), n(f, "region"));
}

QString ReadinessText::quotaText(const Finding& f)
{
    if (f.code == finding::QuotaUnknownSize)
        return tr("The vCPUs of %1 are not known in this region, so the quota could not be "
                  "checked.")
            .arg(f.items.join(QStringLiteral(", ")));
    const QString head =
        tr("%1 (%2) in %3: %4 of %5 vCPUs free")
            .arg(n(f, "label"), n(f, "name"), n(f, "region"), n(f, "free"), n(f, "limit"));
    if (f.code == finding::QuotaShort)
        return head + QStringLiteral("; ") +
               tr("creating the node pools needs %1.").arg(n(f, "initial"));
    if (f.code == finding::QuotaShortForScaling)
        return head + QStringLiteral("; ") +
               tr("enough to create the node pools (%1), not for the autoscaler's maximum plus "
                  "one upgrade node per pool (%2).")
                   .arg(n(f, "initial"), n(f, "peak"));
    return head + QStringLiteral("; ") +
           tr("the node pools need %1, up to %2 when they scale.")
               .arg(n(f, "initial"), n(f, "peak"));
}

QString ReadinessText::sizesText(const Finding& f)
{
    const QString items = sizeItems(f.items);
    if (f.code == finding::SizeNotOffered)
        return tr("Not offered in %1: %2.").arg(n(f, "region"), items);
    if (f.code == finding::SizeMissingZones)
        return tr("Not offered in every chosen zone of %1: %2.").arg(n(f, "region"), items);
    if (f.code == finding::SizeRestricted)
        return tr("Restricted for this subscription in %1: %2.").arg(n(f, "region"), items);
    return tr("%1 offered in every chosen zone of %2.").arg(items, n(f, "region"));
}

QString ReadinessText::notRunText(const Finding& f)
{
    if (f.code == finding::TimedOut)
        return tr("Could not check: az did not answer in time.");
    if (f.code == finding::Unreadable)
        return tr("Could not check: az answered something unexpected.");
    const QString first = f.detail.section(QLatin1Char('\n'), 0, 0).trimmed();
    return tr("Could not check: %1").arg(first.isEmpty() ? tr("az failed.") : first);
}

QString ReadinessText::title(CheckId check)
{
    switch (check) {
    case CheckId::KubernetesVersion:
        return tr("Kubernetes version");
    case CheckId::VcpuQuota:
        return tr("vCPU quota");
    case CheckId::VmSizes:
        return tr("VM sizes in the zones");
    case CheckId::Providers:
        return tr("Resource providers");
    case CheckId::RoleAssignment:
        return tr("Permission to assign roles");
    case CheckId::RegionServices:
        return tr("Services in the region");
    case CheckId::StorageName:
        return tr("Storage account name");
    }
    return QString();
}

QString ReadinessText::verdict(Verdict v)
{
    switch (v) {
    case Verdict::Ready:
        return tr("Ready");
    case Verdict::Warning:
        return tr("Warning");
    case Verdict::Blocking:
        return tr("Blocking");
    case Verdict::CouldNotRun:
        return tr("Not checked");
    }
    return QString();
}

QString ReadinessText::describe(const Finding& f)
{
    if (f.verdict == Verdict::CouldNotRun && f.code != finding::QuotaUnknownSize)
        return notRunText(f);
    switch (f.check) {
    case CheckId::KubernetesVersion:
        return versionText(f);
    case CheckId::VcpuQuota:
        return quotaText(f);
    case CheckId::VmSizes:
        return sizesText(f);
    case CheckId::Providers:
        if (f.code == finding::ProvidersUnregistered)
            return tr("Not registered in the subscription: %1.")
                .arg(f.items.join(QStringLiteral(", ")));
        if (f.code == finding::ProvidersRegistering)
            return tr("Still registering: %1. Check again in a few minutes.")
                .arg(f.items.join(QStringLiteral(", ")));
        return tr("Every resource provider the deployment needs is registered.");
    case CheckId::RoleAssignment:
        if (f.verdict == Verdict::Ready)
            return tr("You hold %1 at %2, so you may create the deployment's role assignments.")
                .arg(n(f, "role"), n(f, "scope"));
        return tr("You may not create role assignments (your roles: %1); the steps %2 need "
                  "Owner, User Access Administrator or Role Based Access Control Administrator "
                  "on the subscription or the resource group.")
            .arg(n(f, "roles").isEmpty() ? tr("none") : n(f, "roles"),
                 f.items.join(QStringLiteral(", ")));
    case CheckId::RegionServices:
        if (f.code == finding::ServicesMissing)
            return tr("%1 does not offer: %2.")
                .arg(n(f, "region"), f.items.join(QStringLiteral(", ")));
        if (f.code == finding::ZonesMissing)
            return tr("AKS has no availability zone %2 in %1.")
                .arg(n(f, "region"), f.items.join(QStringLiteral(", ")));
        return tr("%1 offers Azure Managed Grafana, Azure Monitor workspaces, Log Analytics and "
                  "AKS in the chosen zones.")
            .arg(n(f, "region"));
    case CheckId::StorageName:
        if (f.code == finding::StorageTaken)
            return tr("The storage account name %1 is taken by another account.").arg(n(f, "name"));
        if (f.code == finding::StorageInvalid)
            return tr("%1 is not a valid storage account name.").arg(n(f, "name"));
        return tr("The storage account name %1 is free, or already the deployment's own.")
            .arg(n(f, "name"));
    }
    return QString();
}

QString ReadinessText::fix(const Finding& f)
{
    if (f.verdict == Verdict::Ready)
        return QString();
    if (f.verdict == Verdict::CouldNotRun)
        return tr("Check the sign-in and the network, then check again.");
    switch (f.check) {
    case CheckId::KubernetesVersion:
        if (f.code == finding::VersionPreview)
            return tr("Choose a version with standard support unless you want the preview.");
        return tr("Choose Kubernetes %1 (the region's default), or the Premium tier with "
                  "long-term support.")
            .arg(n(f, "default"));
    case CheckId::VcpuQuota:
        return tr("Ask for more %1 vCPUs in %2: %3").arg(n(f, "name"), n(f, "region"), f.link);
    case CheckId::VmSizes:
        return tr("Choose another VM size, other zones or another region.");
    case CheckId::Providers:
        return f.fixCommands.join(QStringLiteral("; "));
    case CheckId::RoleAssignment:
        return tr("Ask an Owner of the subscription to grant you User Access Administrator (or "
                  "Role Based Access Control Administrator) on the subscription or the resource "
                  "group.");
    case CheckId::RegionServices:
        return tr("Choose another region.");
    case CheckId::StorageName:
        return tr("Choose another storage account name.");
    }
    return QString();
}

QString ReadinessText::line(const Finding& f)
{
    QString out = QStringLiteral("[%1] %2: %3")
                      .arg(Readiness::verdictName(f.verdict), title(f.check), describe(f));
    const QString remedy = fix(f);
    if (!remedy.isEmpty())
        out += QLatin1Char('\n') + QStringLiteral("    ") + tr("Fix: %1").arg(remedy);
    return out;
}

} // namespace cnpg
