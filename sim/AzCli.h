#pragma once
// The simulated az: its command table, the global options (--output, --query, ...), the checks
// every command shares (login, extensions, faults) and the output step.

#include "ArgParser.h"
#include "JmesPath.h"
#include "OutputFormat.h"

#include <QJsonObject>
#include <QJsonValue>
#include <functional>

namespace cnpg::sim {

class SimEnv;
class State;
class StateStore;
class AzContext;

struct AzCommand
{
    AzCommand(QString p, QString sum, QList<Opt> o, std::function<void(AzContext&)> r)
        : path(std::move(p))
        , summary(std::move(sum))
        , opts(std::move(o))
        , run(std::move(r))
    {}

    QString path;    // "aks nodepool add"
    QString summary; // one line for --help
    QList<Opt> opts;
    std::function<void(AzContext&)> run;
    QString extension; // the CLI extension that provides the command, if any
    bool needsLogin = true;
};

using TableFn = std::function<QList<TableRow>(const QJsonValue&)>;

// How a create command makes its resource: what it is, and what happens around it.
struct CreateSpec
{
    QString id;
    QString type;
    QString name;
    QString resourceGroup;
    QString durationKey; // defaults to the command path
    bool needsGroup = true;
    bool wait = true; // false for --no-wait: return as soon as the operation has started
    // The body of a new resource (without the provisioning state).
    std::function<QJsonObject(State&, qint64 now)> body;
    // Runs after a new record is inserted (e.g. AKS makes its node resource group).
    std::function<void(State&, QJsonObject& record, qint64 until)> created;
    // Runs for a resource that already exists (Azure's PUT is idempotent).
    std::function<void(State&, QJsonObject& record)> existing;
};

class AzContext
{
public:
    AzContext(SimEnv& env, StateStore& store, const AzCommand& cmd, Args args, JmesPath query);

    SimEnv& env;
    StateStore& store;
    const AzCommand& cmd;
    Args args;

    QString value(const QString& name, const QString& fallback = QString()) const
    {
        return args.value(name, fallback);
    }
    QString output() const
    {
        return args.value(QStringLiteral("--output"), QStringLiteral("json"));
    }

    // Applies --query and prints in the --output format. `table` is the command's own table
    // layout (knack's table_transformer), used when no query is active. An undefined or null
    // result prints nothing, as az prints nothing for None.
    void print(const QJsonValue& result, const TableFn& table = {}) const;
    // "WARNING: ..." on stderr, unless --only-show-errors.
    void warn(const QString& message) const;

    // Creates the resource unless it exists: the new record reads Creating until the
    // command's (scaled) duration has passed; this call returns after it, like az without
    // --no-wait. Returns what az prints.
    QJsonObject createOrGet(const CreateSpec& spec);
    // Reads a resource's current view, or fails the way az show does (exit 3).
    QJsonObject show(const QString& rg, const QString& type, const QString& name);

private:
    JmesPath m_query;
};

// A Log Analytics workspace deleted without --force (also with its resource group) keeps its
// name for 14 days: created again in the same resource group it is recovered, elsewhere its
// name is taken (AzMonitor.cpp).
void keepSoftDeleted(State& st, const QJsonObject& workspace, qint64 now);

class AzCli
{
public:
    static int run(SimEnv& env, StateStore& store, const QStringList& argv);
    static const QList<AzCommand>& commands();
};

// The command groups, one file each.
void addAccountCommands(QList<AzCommand>& t);
void addResourceCommands(QList<AzCommand>& t);
void addRoleCommands(QList<AzCommand>& t);
void addStorageCommands(QList<AzCommand>& t);
void addMonitorCommands(QList<AzCommand>& t);
// az grafana dashboard: Grafana's HTTP API behind the amg extension (AzGrafana.cpp).
void addGrafanaCommands(QList<AzCommand>& t);
void addAksCommands(QList<AzCommand>& t);
void addReadinessCommands(QList<AzCommand>& t);
// What real Azure refuses before a create starts: unregistered providers, regions without the
// resource type (World.h).
void checkWorld(const AzCommand& cmd, const Args& args, StateStore& store);
// Every region the simulator knows (lower case).
const QStringList& simRegions();

// Shared option sets.
Opt nameOpt(bool required = true);
Opt groupOpt(bool required = true);
Opt locationOpt();
Opt tagsOpt();
// "--tags a=b c" as az stores them.
QJsonObject tagsObject(const Args& a);
// LocationNotAvailableForResourceType (exit 1) for a region Azure does not have.
void checkLocation(const QString& location, const QString& type);
// Whether `principal` holds one of `roles` at `scope` or at a scope above it (AzRole.cpp).
bool hasRoleAt(const State& s, const QString& principal, const QStringList& roles,
               const QString& scope);
// The URL of the Grafana API call an `az grafana dashboard` command makes; empty when the
// instance does not exist.
QString grafanaDataPlaneUrl(const State& s, const QString& rg, const QString& name,
                            const QString& commandPath);
// Assigns a built-in role as `az role assignment create` does, unless the same assignment exists
// (AzRole.cpp).
void assignBuiltinRole(State& s, const QString& principalId, const QString& principalType,
                       const QString& roleName, const QString& scope);
// The storage account named `name` in any resource group; nullptr when there is none.
const QJsonObject* findStorageAccount(const State& s, const QString& name);

} // namespace cnpg::sim
