#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace cnpg {

class Settings;

// The readiness checks: what real Azure would refuse minutes into a deployment, asked before
// anything is created. Each check gives one or more findings; the front ends word them
// (ReadinessText) and refuse to start while a blocking one is left (ReadinessGate).
enum class CheckId
{
    KubernetesVersion,
    VcpuQuota,
    VmSizes,
    Providers,
    RoleAssignment,
    RegionServices,
    StorageName,
};

enum class Verdict
{
    Ready,
    Warning,
    Blocking,
    CouldNotRun, // az failed, timed out or answered something unreadable: never a pass
};

// Why a finding is not plain Ready; the numbers and items carry the data behind it.
namespace finding {
inline const QString Ok = QStringLiteral("ok");
// Kubernetes version
inline const QString VersionNotOffered = QStringLiteral("version-not-offered");
inline const QString VersionPreview = QStringLiteral("version-preview");
inline const QString VersionLtsOnly = QStringLiteral("version-lts-only");
// vCPU quota: numbers name, limit, used, free, initial, peak
inline const QString QuotaShort = QStringLiteral("quota-short");
inline const QString QuotaShortForScaling = QStringLiteral("quota-short-for-scaling");
inline const QString QuotaUnknownSize = QStringLiteral("quota-unknown-size");
// VM sizes: items are "size" or "size:zone,zone"
inline const QString SizeNotOffered = QStringLiteral("size-not-offered");
inline const QString SizeMissingZones = QStringLiteral("size-missing-zones");
inline const QString SizeRestricted = QStringLiteral("size-restricted");
// Providers: items are the namespaces
inline const QString ProvidersUnregistered = QStringLiteral("providers-unregistered");
inline const QString ProvidersRegistering = QStringLiteral("providers-registering");
// Role assignments
inline const QString NoRoleAssignmentRight = QStringLiteral("no-role-assignment-right");
// Region services: items are the services ("Microsoft.Dashboard/grafana", ...)
inline const QString ServicesMissing = QStringLiteral("services-missing");
inline const QString ZonesMissing = QStringLiteral("zones-missing");
// Storage name
inline const QString StorageTaken = QStringLiteral("storage-taken");
inline const QString StorageInvalid = QStringLiteral("storage-invalid");
// Could not run
inline const QString TimedOut = QStringLiteral("timed-out");
inline const QString AzFailed = QStringLiteral("az-failed");
inline const QString Unreadable = QStringLiteral("unreadable");
} // namespace finding

struct Finding
{
    CheckId check = CheckId::KubernetesVersion;
    Verdict verdict = Verdict::Ready;
    QString code = finding::Ok;
    QVariantMap numbers;     // data, never text: {"limit": 10, "free": 4, ...}
    QStringList items;       // namespaces, sizes, services, steps ...
    QStringList fixCommands; // commands that fix it (az provider register ...), as argument lists
                             // joined by spaces; the wizard can run the provider ones
    QString link;            // where to ask for more (quota)
    QString detail;          // az's own error text for CouldNotRun (untranslated)

    bool blocking() const { return verdict == Verdict::Blocking; }
    bool operator==(const Finding& o) const
    {
        return check == o.check && verdict == o.verdict && code == o.code && numbers == o.numbers &&
               items == o.items && fixCommands == o.fixCommands && link == o.link &&
               detail == o.detail;
    }
};

using Findings = QList<Finding>;

class Readiness
{
public:
    // The name --ignore-check takes: "kubernetes-version", "vcpu-quota", "vm-sizes",
    // "providers", "role-assignment", "region-services", "storage-name".
    static QString checkName(CheckId id);
    static std::optional<CheckId> checkFromName(const QString& name);
    static QList<CheckId> allChecks();
    static QString verdictName(Verdict v); // "ready", "warning", "blocking", "could-not-run"

    // The blocking findings left once the `ignored` checks are taken out.
    static Findings blockingLeft(const Findings& findings, const QList<CheckId>& ignored);
    static Verdict worst(const Findings& findings);

    // The resource providers the plan needs registered.
    static QStringList requiredProviders();
    // The steps that create role assignments (they need Owner, User Access Administrator or
    // Role Based Access Control Administrator).
    static QStringList roleAssignmentSteps();
    // The roles that may create role assignments.
    static QStringList roleAssignmentRoles();
    // Where to ask for more vCPUs.
    static QString quotaRequestLink();

    // For the journal: {"ignored": [names], "findings": [{check, verdict, code, numbers, items}]}.
    static QJsonObject toJson(const Findings& findings, const QList<CheckId>& ignored);
};

} // namespace cnpg

Q_DECLARE_METATYPE(cnpg::Finding)
Q_DECLARE_METATYPE(cnpg::Findings)
