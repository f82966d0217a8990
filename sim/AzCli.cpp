#include "AzCli.h"

#include "ArmResource.h"
#include "Durations.h"
#include "Faults.h"
#include "SimEnv.h"
#include "SimError.h"
#include "State.h"
#include "StateStore.h"

#include <QJsonArray>

namespace cnpg::sim {

namespace {

const QStringList& regions()
{
    static const QStringList r =
        QStringLiteral(
            "eastus eastus2 southcentralus westus2 westus3 australiaeast southeastasia northeurope "
            "swedencentral uksouth westeurope centralus southafricanorth centralindia eastasia "
            "japaneast koreacentral canadacentral francecentral germanywestcentral italynorth "
            "norwayeast polandcentral spaincentral switzerlandnorth mexicocentral uaenorth "
            "brazilsouth israelcentral qatarcentral northcentralus westus westcentralus "
            "australiacentral australiasoutheast japanwest koreasouth southindia westindia "
            "canadaeast "
            "francesouth germanynorth norwaywest switzerlandwest ukwest uaecentral brazilsoutheast")
            .split(QLatin1Char(' '));
    return r;
}

QString helpFor(const AzCommand& c)
{
    QString h = QStringLiteral("\nCommand\n    az %1 : %2\n\nArguments\n").arg(c.path, c.summary);
    for (const Opt& o : c.opts) {
        h += QStringLiteral("    %1%2\n")
                 .arg(o.names.join(QLatin1Char(' ')).leftJustified(36),
                      o.required ? QStringLiteral("[Required]") : QString());
    }
    h += QStringLiteral("\nGlobal Arguments\n    --debug\n    --help -h\n    --only-show-errors\n"
                        "    --output -o\n    --query\n    --subscription\n    --verbose\n\n");
    return h;
}

QString groupHelp(const QString& group)
{
    QString h = QStringLiteral("\nGroup\n    az %1\n\nCommands:\n").arg(group);
    QStringList seen;
    const QString prefix = group.isEmpty() ? QString() : group + QLatin1Char(' ');
    for (const AzCommand& c : AzCli::commands()) {
        if (!c.path.startsWith(prefix))
            continue;
        const QString next = c.path.mid(prefix.size()).section(QLatin1Char(' '), 0, 0);
        if (seen.contains(next))
            continue;
        seen << next;
        const bool leaf = c.path.mid(prefix.size()) == next;
        h += QStringLiteral("    %1: %2\n")
                 .arg(next.leftJustified(24), leaf ? c.summary : QStringLiteral("(group)"));
    }
    return h + QLatin1Char('\n');
}

bool isGroup(const QString& words)
{
    for (const AzCommand& c : AzCli::commands()) {
        if (c.path.startsWith(words + QLatin1Char(' ')))
            return true;
    }
    return false;
}

} // namespace

const QStringList& simRegions()
{
    return regions();
}

Opt nameOpt(bool required)
{
    Opt o = Opt::value(QStringLiteral("--name -n"));
    o.required = required;
    return o;
}

Opt groupOpt(bool required)
{
    Opt o = Opt::value(QStringLiteral("--resource-group -g"));
    o.required = required;
    return o;
}

Opt locationOpt()
{
    return Opt::value(QStringLiteral("--location -l"));
}

Opt tagsOpt()
{
    return Opt::anyList(QStringLiteral("--tags"));
}

QJsonObject tagsObject(const Args& a)
{
    QJsonObject t;
    const auto pairs = a.pairs(QStringLiteral("--tags"));
    for (auto it = pairs.begin(); it != pairs.end(); ++it)
        t.insert(it.key(), it.value());
    return t;
}

void checkLocation(const QString& location, const QString& type)
{
    if (location.isEmpty() || regions().contains(location.toLower().remove(QLatin1Char(' '))))
        return;
    if (type == arm::Group) {
        armFail(QStringLiteral("LocationNotAvailableForResourceGroup"),
                QStringLiteral("The provided location '%1' is not available for resource group. "
                               "List of available regions is '%2'.")
                    .arg(location, regions().join(QLatin1Char(','))));
    }
    armFail(QStringLiteral("LocationNotAvailableForResourceType"),
            QStringLiteral("The provided location '%1' is not available for resource type '%2'. "
                           "List of available regions for the resource type is '%3'.")
                .arg(location, type, regions().join(QLatin1Char(','))));
}

AzContext::AzContext(SimEnv& e, StateStore& s, const AzCommand& c, Args a, JmesPath q)
    : env(e)
    , store(s)
    , cmd(c)
    , args(std::move(a))
    , m_query(std::move(q))
{}

void AzContext::print(const QJsonValue& result, const TableFn& table) const
{
    const bool queryActive = args.has(QStringLiteral("--query"));
    QJsonValue v = queryActive ? m_query.search(result) : result;
    if (v.isNull() || v.isUndefined())
        return;
    const QString fmt = output();
    if (fmt == QLatin1String("json") || fmt == QLatin1String("jsonc"))
        out(OutputFormat::json(v));
    else if (fmt == QLatin1String("yaml") || fmt == QLatin1String("yamlc"))
        out(OutputFormat::yaml(v));
    else if (fmt == QLatin1String("tsv"))
        out(OutputFormat::tsv(v));
    else if (fmt == QLatin1String("table"))
        out(OutputFormat::table(!queryActive && table ? table(v)
                                                      : OutputFormat::autoTable(v, !queryActive)));
}

void AzContext::warn(const QString& message) const
{
    if (!args.has(QStringLiteral("--only-show-errors")))
        err(QStringLiteral("WARNING: ") + message + QLatin1Char('\n'));
}

QJsonObject AzContext::createOrGet(const CreateSpec& spec)
{
    qint64 until = 0;
    const QString key = spec.durationKey.isEmpty() ? cmd.path : spec.durationKey;
    store.update([&](State& s) {
        const qint64 now = SimEnv::now();
        if (spec.needsGroup) {
            const QJsonObject& g = arm::requireGroup(s, spec.resourceGroup);
            if (g.contains(QStringLiteral("goneAt"))) {
                armFail(QStringLiteral("ResourceGroupBeingDeleted"),
                        QStringLiteral("The resource group '%1' is in deprovisioning state and "
                                       "cannot perform this operation.")
                            .arg(spec.resourceGroup));
            }
        }
        QJsonObject* rec = s.resource(spec.id);
        if (!rec) {
            QJsonObject body = spec.body ? spec.body(s, now) : QJsonObject();
            QJsonObject& r = s.insert(
                arm::newRecord(spec.id, spec.type, spec.name, spec.resourceGroup, body, now));
            until = now + env.scaled(Durations::seconds(key));
            arm::setBusy(r, until, QStringLiteral("Creating"));
            r.insert(QStringLiteral("readyAt"), double(until));
            if (spec.created)
                spec.created(s, r, until);
            return;
        }
        until = qMax(now, arm::busyUntil(*rec));
        arm::countCreate(*rec);
        if (spec.existing)
            spec.existing(s, *rec);
    });
    if (!spec.wait)
        return QJsonObject();
    SimEnv::sleepUntil(until);
    env.latency(0.5);
    QJsonObject result;
    store.read([&](State& s) {
        const QJsonObject* rec = s.resource(spec.id);
        if (!rec)
            resourceNotFound(spec.type, spec.name, spec.resourceGroup);
        result = arm::view(s, *rec, SimEnv::now());
    });
    return result;
}

QJsonObject AzContext::show(const QString& rg, const QString& type, const QString& name)
{
    env.latency();
    QJsonObject result;
    store.read([&](State& s) {
        if (rg.isEmpty()) {
            // Some commands find the resource by name when no group is given.
            for (const QJsonObject& r : s.resources()) {
                if (r.value(QStringLiteral("type")).toString() == type &&
                    r.value(QStringLiteral("name")).toString() == name) {
                    result = arm::view(s, r, SimEnv::now());
                    return;
                }
            }
            azFail(QStringLiteral("The Resource '%1/%2' was not found.").arg(type, name), 3);
        }
        result = arm::view(s, arm::require(s, rg, type, name), SimEnv::now());
    });
    return result;
}

const QList<AzCommand>& AzCli::commands()
{
    static const QList<AzCommand> table = [] {
        QList<AzCommand> t;
        addAccountCommands(t);
        addResourceCommands(t);
        addRoleCommands(t);
        addStorageCommands(t);
        addMonitorCommands(t);
        addGrafanaCommands(t);
        addAksCommands(t);
        addReadinessCommands(t);
        return t;
    }();
    return table;
}

int AzCli::run(SimEnv& env, StateStore& store, const QStringList& argv)
{
    if (argv.isEmpty() || argv == QStringList{QStringLiteral("--help")} ||
        argv == QStringList{QStringLiteral("-h")}) {
        out(groupHelp(QString()));
        return 0;
    }
    if (argv.first() == QLatin1String("--version")) {
        out(QStringLiteral("azure-cli                         2.61.0\n\ncore                      "
                           "        2.61.0\ntelemetry                          1.1.0\n\n"));
        return 0;
    }
    // The longest run of leading words that names a command.
    QStringList words;
    for (const QString& a : argv) {
        if (a.startsWith(QLatin1Char('-')))
            break;
        words << a;
    }
    const AzCommand* cmd = nullptr;
    qsizetype used = 0;
    for (qsizetype n = words.size(); n > 0 && !cmd; --n) {
        const QString path = words.mid(0, n).join(QLatin1Char(' '));
        for (const AzCommand& c : commands()) {
            if (c.path == path) {
                cmd = &c;
                used = n;
                break;
            }
        }
    }
    if (!cmd) {
        qsizetype known = 0;
        while (known < words.size() && isGroup(words.mid(0, known + 1).join(QLatin1Char(' '))))
            ++known;
        if (known < words.size())
            usageFail(QStringLiteral("'%1' is misspelled or not recognized by the system.")
                          .arg(words.at(known)));
        const QStringList rest = argv.mid(known);
        if (words.isEmpty() && !rest.isEmpty() && rest != QStringList{QStringLiteral("-h")} &&
            rest != QStringList{QStringLiteral("--help")})
            usageFail(
                QStringLiteral("unrecognized arguments: %1").arg(rest.join(QLatin1Char(' '))));
        out(groupHelp(words.join(QLatin1Char(' '))));
        return 0;
    }

    // A command from an extension is unknown until the extension is added; az then offers to
    // install it, which needs a terminal.
    if (!cmd->extension.isEmpty()) {
        bool installed = false;
        store.read([&](State& s) {
            installed = s.section(QStringLiteral("extensions")).contains(cmd->extension);
        });
        if (!installed) {
            usageFail(QStringLiteral("The command requires the extension %1. Unable to prompt for "
                                     "extension install confirmation as no tty available. Run 'az "
                                     "config set extension.use_dynamic_install=yes_without_prompt' "
                                     "to allow installing extensions without prompt.")
                          .arg(cmd->extension));
        }
    }

    const QString prog = QStringLiteral("az ") + cmd->path;
    Args args = ArgParser::parse(prog, cmd->opts + ArgParser::globalOptions(), argv.mid(used));
    if (args.has(QStringLiteral("--help"))) {
        out(helpFor(*cmd));
        return 0;
    }
    JmesPath query;
    if (args.has(QStringLiteral("--query")) &&
        !query.parse(args.value(QStringLiteral("--query")))) {
        throw SimError{2, QStringLiteral("ERROR: argument --query: invalid jmespath_type value: "
                                         "'%1'\nTo learn more about --query, please visit: "
                                         "'https://docs.microsoft.com/cli/azure/query-azure-cli'\n")
                              .arg(args.value(QStringLiteral("--query")))};
    }
    if (cmd->needsLogin) {
        store.read([&](State& s) {
            if (!s.loggedIn())
                azFail(QStringLiteral("Please run 'az login' to setup account."));
            const QString sub = args.value(QStringLiteral("--subscription"));
            if (cmd->path != QLatin1String("account set") && !sub.isEmpty() &&
                sub.compare(s.subscriptionId(), Qt::CaseInsensitive) != 0 &&
                sub != QLatin1String("Simulated Subscription")) {
                azFail(QStringLiteral("Subscription '%1' not found. Check the spelling and casing "
                                      "and try again.")
                           .arg(sub));
            }
        });
    }

    // Faults on demand, after the arguments were found valid, before anything changes.
    if (!env.faults.isEmpty()) {
        const QString account = args.value(QStringLiteral("--account-name"));
        const QString assignee = args.value(QStringLiteral("--assignee-object-id"),
                                            args.value(QStringLiteral("--assignee")));
        auto applies = [&](State& s, const Fault& f) {
            if (f.kind == QLatin1String("PrincipalNotFound"))
                return !assignee.isEmpty() && assignee != s.userObjectId() &&
                       assignee != s.userName();
            if (f.kind != QLatin1String("NetworkRules") &&
                f.kind != QLatin1String("PermissionMismatch"))
                return true;
            // Storage data-plane refusals end once the user holds a blob data role there.
            const QJsonObject* acc = findStorageAccount(s, account);
            return !acc || !hasRoleAt(s, s.userObjectId(),
                                      {QStringLiteral("Storage Blob Data Owner"),
                                       QStringLiteral("Storage Blob Data Contributor")},
                                      acc->value(QStringLiteral("id")).toString());
        };
        if (auto f = Faults::take(store, env.faults, QStringLiteral("az"),
                                  cmd->path.split(QLatin1Char(' ')), applies)) {
            SimError e;
            store.read([&](State& s) {
                const QString url =
                    cmd->path.startsWith(QLatin1String("grafana dashboard "))
                        ? grafanaDataPlaneUrl(s, args.value(QStringLiteral("--resource-group")),
                                              args.value(QStringLiteral("--name")), cmd->path)
                        : QString();
                e = Faults::error(*f, QStringLiteral("az"), s, assignee, url);
            });
            env.latency();
            throw e;
        }
    }

    checkWorld(*cmd, args, store);
    AzContext ctx(env, store, *cmd, std::move(args), std::move(query));
    cmd->run(ctx);
    return 0;
}

} // namespace cnpg::sim
