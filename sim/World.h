#pragma once
// The subscription's limits and permissions, which real Azure enforces and the readiness checks
// read: vCPU quota and usage per region and family, VM sizes and their zone restrictions,
// resource provider registrations, the regions of each resource type, the signed-in user's
// role assignments and the AKS versions with their support plans. They live in the state's
// "world" section; `cnpg-sim world '<json>'` merges a change into it. Every default is
// willing, so a fresh state behaves as before.

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cnpg::sim {

class State;

struct SimSku
{
    QString name; // "Standard_D2s_v3"
    QString family;
    int vcpus = 0;
};

struct SimVersion
{
    QString version; // "1.31"
    QString patch;   // "1.31.9"
    QStringList plans;
    bool isDefault = false;
    bool isPreview = false;
};

namespace world {

// The stored section merged over the defaults.
QJsonObject effective(const State& st);
// Deep merge of `patch` into the stored section (null removes a key).
void merge(State& st, const QJsonObject& patch);

// The sizes the simulated regions offer; nullptr for an unknown size.
const SimSku* sku(const QString& name);
QList<SimSku> skus();
QStringList skuZones(const State& st, const QString& region, const QString& size);
QStringList restrictedZones(const State& st, const QString& region, const QString& size);
bool restrictedInRegion(const State& st, const QString& region, const QString& size);

// {"limit", "used"} of a quota name ("cores", "standardDSv3Family") in a region; `used`
// includes the simulated clusters' nodes.
qint64 quotaLimit(const State& st, const QString& region, const QString& name);
qint64 quotaUsed(const State& st, const QString& region, const QString& name);

QString providerState(const State& st, const QString& nameSpace);
void setProviderState(State& st, const QString& nameSpace, const QString& state);
QStringList providerNamespaces();
// Lower-case region names; empty: every simulated region.
QStringList typeLocations(const State& st, const QString& type);
QStringList aksZones(const State& st, const QString& region);

// The user's own assignments: [{role, scope}] ("<sub>" in a scope stands for the subscription).
QJsonArray userRoles(const State& st);
bool userMayAssignRoles(const State& st, const QString& scope);

QList<SimVersion> versions(const State& st);
// The patch version of a minor (or patch) version; empty when not offered.
QString patchVersion(const State& st, const QString& version);

// The failures real Azure gives when a create runs anyway (exit 1, "(Code) Message").
void requireRegistered(const State& st, const QString& nameSpace);
void requireSize(const State& st, const QString& region, const QString& size,
                 const QStringList& zones);
void requireQuota(const State& st, const QString& region, const QString& size, int nodes);
void requireVersion(const State& st, const QString& cluster, const QString& version,
                    const QString& tier, const QString& supportPlan);
void requireRoleAssignmentRight(const State& st, const QString& scope);
void requireLocation(const State& st, const QString& type, const QString& region);

} // namespace world
} // namespace cnpg::sim
