// The guide's commands as a graph (steps.md). For the default settings every flag and value is
// the guide's, in the guide's order; settings only substitute values or drop an empty list flag.
#include "plan/PlanBuilderHelpers.h"

namespace cnpg {

using namespace planbuild;

// A chosen subscription goes on every az command that takes one, so that a deployment never
// lands in whatever subscription the CLI happens to default to. Not on `az extension` (local to
// the CLI) nor `az ad` (the tenant's directory), which have no --subscription. Without a
// chosen one the commands stay exactly the guide's.
void planbuild::pinSubscription(const Settings& st, QList<Step>& p)
{
    if (st.value(keys::SubscriptionId).isEmpty())
        return;
    const QStringList pin{QStringLiteral("--subscription"), var(keys::SubscriptionId)};
    auto apply = [&pin](Command& c) {
        const QString group = c.args.value(0);
        if (c.program == QLatin1String("az") && group != QLatin1String("extension") &&
            group != QLatin1String("ad"))
            c.args << pin;
    };
    for (Step& s : p) {
        apply(s.command);
        if (s.probe)
            apply(s.probe->command);
        if (s.liveStatus)
            apply(*s.liveStatus);
    }
}

QList<Stage> PlanBuilder::stages()
{
    static const struct
    {
        const char* id;
        const char* title;
    } guide[] = {
        {"extensions", QT_TRANSLATE_NOOP("cnpg::Plan", "Azure CLI extensions")},
        {"krew", QT_TRANSLATE_NOOP("cnpg::Plan", "krew and the CNPG plugin")},
        {"resource-group", QT_TRANSLATE_NOOP("cnpg::Plan", "Resource group")},
        {"identity", QT_TRANSLATE_NOOP("cnpg::Plan", "User-assigned managed identity")},
        {"storage-account", QT_TRANSLATE_NOOP("cnpg::Plan", "Storage account")},
        {"backup-container", QT_TRANSLATE_NOOP("cnpg::Plan", "Backup container")},
        {"blob-access", QT_TRANSLATE_NOOP("cnpg::Plan", "RBAC on the storage account")},
        {"monitoring", QT_TRANSLATE_NOOP("cnpg::Plan", "Monitoring infrastructure")},
        {"cluster", QT_TRANSLATE_NOOP("cnpg::Plan", "AKS cluster")},
        {"user-node-pool", QT_TRANSLATE_NOOP("cnpg::Plan", "User node pool")},
        {"credentials", QT_TRANSLATE_NOOP("cnpg::Plan", "Credentials and namespaces")},
        {"container-insights", QT_TRANSLATE_NOOP("cnpg::Plan", "Container insights")},
        {"public-ip", QT_TRANSLATE_NOOP("cnpg::Plan", "Public IP for ingress")},
        {"operator", QT_TRANSLATE_NOOP("cnpg::Plan", "CloudNativePG operator")},
        {"backup-identity", QT_TRANSLATE_NOOP("cnpg::Plan", "Workload identity for backups")},
        {"app-secret", QT_TRANSLATE_NOOP("cnpg::Plan", "The application user's secret")},
        {"pg-cluster", QT_TRANSLATE_NOOP("cnpg::Plan", "PostgreSQL cluster")},
        {"pg-backups", QT_TRANSLATE_NOOP("cnpg::Plan", "Backups")},
        {"pg-access", QT_TRANSLATE_NOOP("cnpg::Plan", "Access from outside")},
        {"pg-monitoring", QT_TRANSLATE_NOOP("cnpg::Plan", "Database monitoring")},
        {"pg-verify", QT_TRANSLATE_NOOP("cnpg::Plan", "Connection test")},
    };
    QList<Stage> out;
    for (const auto& st : guide)
        out.append({QString::fromLatin1(st.id), QString::fromUtf8(st.title)});
    return out;
}

QHash<QString, QStringList> PlanBuilder::listValues(const Settings& settings)
{
    QHash<QString, QStringList> out;
    for (const FieldSpec& f : SettingsSchema::fields()) {
        if (f.isList)
            out.insert(f.key, settings.listValue(f.key));
    }
    return out;
}

Plan PlanBuilder::build(const Settings& st)
{
    using K = StepKind;
    const Common c(st);
    const QString& rg = c.rg;
    const QString& region = c.region;
    const QString& account = c.account;
    const QString& objectId = c.objectId;
    const QString& accountId = c.accountId;
    const QStringList& tags = c.tags;
    const QStringList& outTsv = c.outTsv;
    const QStringList& queryId = c.queryId;
    QList<Step> p;

    // 1. Extensions.
    const struct
    {
        const char* name;
        const char* preview;
    } extensions[] = {{"aks-preview", "true"}, {"k8s-extension", "false"}, {"amg", "false"}};
    for (const auto& e : extensions) {
        const QString name = QString::fromLatin1(e.name);
        Step s = step(
            QStringLiteral("ext.") + name,
            QT_TRANSLATE_NOOP("cnpg::Plan", "Add the Azure CLI extension"),
            QStringLiteral("extensions"), K::Install,
            az({QStringLiteral("extension"), QStringLiteral("add"), QStringLiteral("--upgrade"),
                QStringLiteral("--name"), name, QStringLiteral("--yes"),
                QStringLiteral("--allow-preview"), QString::fromLatin1(e.preview)}),
            {}, 20);
        s.resourceName = name;
        p << s;
    }

    // 2. krew and the cnpg plugin.
    {
        Step s =
            step(QStringLiteral("krew.install"), QT_TRANSLATE_NOOP("cnpg::Plan", "Install krew"),
                 QStringLiteral("krew"), K::Install, {}, {}, 30);
        s.type = steptype::Krew;
        s.probe = probe(kubectl({QStringLiteral("krew"), QStringLiteral("version")}));
        s.resourceName = QStringLiteral("krew");
        p << s;
        Step c = step(
            QStringLiteral("krew.cnpg"),
            QT_TRANSLATE_NOOP("cnpg::Plan", "Install the cnpg kubectl plugin"),
            QStringLiteral("krew"), K::Install,
            kubectl({QStringLiteral("krew"), QStringLiteral("install"), QStringLiteral("cnpg")}),
            {QStringLiteral("krew.install")}, 15);
        c.probe = probe(kubectl({QStringLiteral("cnpg"), QStringLiteral("version")}));
        c.resourceName = QStringLiteral("cnpg");
        p << c;
    }

    // 3. Resource group.
    {
        Step s = step(
            QStringLiteral("group.create"),
            QT_TRANSLATE_NOOP("cnpg::Plan", "Create the resource group"),
            QStringLiteral("resource-group"), K::Create,
            az(QStringList{QStringLiteral("group"), QStringLiteral("create"),
                           QStringLiteral("--name"), rg, QStringLiteral("--location"), region} +
               tags +
               QStringList{QStringLiteral("--query"),
                           QStringLiteral("properties.provisioningState")} +
               outTsv),
            {}, 5);
        s.probe = probe(az(QStringList{QStringLiteral("group"), QStringLiteral("show"),
                                       QStringLiteral("--name"), rg, QStringLiteral("--query"),
                                       QStringLiteral("properties.provisioningState")} +
                           outTsv));
        resource(s, QStringLiteral("Microsoft.Resources/resourceGroups"), rg);
        s.retryOn = {T::Throttled, T::InternalServerError};
        p << s;
    }

    // 4. User-assigned managed identity.
    {
        const QStringList common = {QStringLiteral("--name"), var(keys::IdentityName),
                                    QStringLiteral("--resource-group"), rg};
        Step s =
            step(QStringLiteral("identity.create"),
                 QT_TRANSLATE_NOOP("cnpg::Plan", "Create the managed identity"),
                 QStringLiteral("identity"), K::Create,
                 az(QStringList{QStringLiteral("identity"), QStringLiteral("create")} + common +
                    QStringList{QStringLiteral("--location"), region, QStringLiteral("--output"),
                                QStringLiteral("json")}),
                 {QStringLiteral("group.create")}, 10);
        s.outputVariable = QStringLiteral("AKS_UAMI_WI_IDENTITY");
        s.captures = {{QStringLiteral("AKS_UAMI_WORKLOAD_OBJECTID"), QStringLiteral("principalId")},
                      {QStringLiteral("AKS_UAMI_WORKLOAD_RESOURCEID"), QStringLiteral("id")},
                      {QStringLiteral("AKS_UAMI_WORKLOAD_CLIENTID"), QStringLiteral("clientId")}};
        s.probe =
            probe(az(QStringList{QStringLiteral("identity"), QStringLiteral("show")} + common +
                     QStringList{QStringLiteral("--output"), QStringLiteral("json")}));
        resource(s, QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities"),
                 var(keys::IdentityName), rg);
        s.retryOn = {T::Throttled, T::InternalServerError};
        p << s;
    }

    // 5. Storage account.
    const QStringList accountArgs = {QStringLiteral("--name"), account,
                                     QStringLiteral("--resource-group"), rg};
    {
        Step s = step(
            QStringLiteral("storage.account"),
            QT_TRANSLATE_NOOP("cnpg::Plan", "Create the storage account"),
            QStringLiteral("storage-account"), K::Create,
            az(QStringList{QStringLiteral("storage"), QStringLiteral("account"),
                           QStringLiteral("create")} +
               accountArgs +
               QStringList{QStringLiteral("--location"), region, QStringLiteral("--sku"),
                           var(keys::StorageSku), QStringLiteral("--kind"), var(keys::StorageKind),
                           QStringLiteral("--query"), QStringLiteral("provisioningState")} +
               outTsv),
            {QStringLiteral("group.create")}, 30);
        s.probe = probe(az(
            QStringList{QStringLiteral("storage"), QStringLiteral("account"),
                        QStringLiteral("show")} +
            accountArgs +
            QStringList{QStringLiteral("--query"), QStringLiteral("provisioningState")} + outTsv));
        resource(s, QStringLiteral("Microsoft.Storage/storageAccounts"), account, rg);
        s.retryOn = {T::Throttled, T::InternalServerError};
        p << s;
    }
    const Command accountIdCmd = az(
        QStringList{QStringLiteral("storage"), QStringLiteral("account"), QStringLiteral("show")} +
        accountArgs + queryId);

    // 6. Backup container, with the guide's remedy for the network-rules error.
    {
        const QStringList common = {QStringLiteral("--name"),         var(keys::BackupContainer),
                                    QStringLiteral("--account-name"), account,
                                    QStringLiteral("--auth-mode"),    QStringLiteral("login")};
        Step s = step(QStringLiteral("storage.container"),
                      QT_TRANSLATE_NOOP("cnpg::Plan", "Create the backup container"),
                      QStringLiteral("backup-container"), K::Create,
                      az(QStringList{QStringLiteral("storage"), QStringLiteral("container"),
                                     QStringLiteral("create")} +
                         common),
                      {QStringLiteral("storage.account")}, 5);
        s.probe = probe(
            az(QStringList{QStringLiteral("storage"), QStringLiteral("container"),
                           QStringLiteral("exists")} +
               common + QStringList{QStringLiteral("--query"), QStringLiteral("exists")} + outTsv),
            QStringLiteral("true"));
        resource(s, QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers"),
                 var(keys::BackupContainer));
        s.retryOn = {T::NetworkRules, T::Throttled, T::InternalServerError};
        s.remedyOn = T::NetworkRules;
        s.remedyText = QString::fromUtf8(QT_TRANSLATE_NOOP(
            "cnpg::Plan",
            "The guide's remedy: grant yourself Storage Blob Data Owner, then try again."));
        s.remedySteps = {
            QStringLiteral("storage.remedy.user"), QStringLiteral("storage.remedy.scope"),
            QStringLiteral("storage.remedy.list"), QStringLiteral("storage.remedy.assign")};
        p << s;

        Step user = reader(QStringLiteral("storage.remedy.user"),
                           QT_TRANSLATE_NOOP("cnpg::Plan", "Look up the signed-in user"),
                           QStringLiteral("backup-container"),
                           az(QStringList{QStringLiteral("ad"), QStringLiteral("signed-in-user"),
                                          QStringLiteral("show")} +
                              queryId),
                           {}, QStringLiteral("USER_ID"));
        user.conditional = true;
        p << user;
        Step scope = reader(
            QStringLiteral("storage.remedy.scope"),
            QT_TRANSLATE_NOOP("cnpg::Plan", "Read the storage account's resource ID"),
            QStringLiteral("backup-container"), accountIdCmd, {QStringLiteral("storage.account")},
            QStringLiteral("STORAGE_ACCOUNT_PRIMARY_RESOURCE_ID"));
        scope.conditional = true;
        p << scope;
        Step listStep = step(
            QStringLiteral("storage.remedy.list"),
            QT_TRANSLATE_NOOP("cnpg::Plan", "List the role assignments on the storage account"),
            QStringLiteral("backup-container"), K::Verify,
            az({QStringLiteral("role"), QStringLiteral("assignment"), QStringLiteral("list"),
                QStringLiteral("--scope"), accountId, QStringLiteral("--output"),
                QStringLiteral("table")}),
            {QStringLiteral("storage.remedy.scope")}, 3);
        listStep.conditional = true;
        p << listStep;
        const QString owner = QStringLiteral("Storage Blob Data Owner");
        Step assign = step(
            QStringLiteral("storage.remedy.assign"),
            QT_TRANSLATE_NOOP("cnpg::Plan", "Grant yourself Storage Blob Data Owner"),
            QStringLiteral("backup-container"), K::Create,
            az({QStringLiteral("role"), QStringLiteral("assignment"), QStringLiteral("create"),
                QStringLiteral("--assignee-object-id"), var(QStringLiteral("USER_ID")),
                QStringLiteral("--assignee-principal-type"), QStringLiteral("User"),
                QStringLiteral("--scope"), accountId, QStringLiteral("--role"), owner,
                QStringLiteral("--output"), QStringLiteral("tsv")}),
            {QStringLiteral("storage.remedy.user"), QStringLiteral("storage.remedy.scope")}, 10);
        assign.probe = roleProbe(var(QStringLiteral("USER_ID")), owner, accountId);
        assign.conditional = true;
        resource(assign, QStringLiteral("Microsoft.Authorization/roleAssignments"), owner);
        p << assign;
    }

    // 7. Blob access for the identity.
    {
        p << reader(QStringLiteral("storage.account.id"),
                    QT_TRANSLATE_NOOP("cnpg::Plan", "Read the storage account's resource ID"),
                    QStringLiteral("blob-access"), accountIdCmd,
                    {QStringLiteral("storage.account")},
                    QStringLiteral("STORAGE_ACCOUNT_PRIMARY_RESOURCE_ID"));
        const QString role = QStringLiteral("Storage Blob Data Contributor");
        Step s = step(
            QStringLiteral("storage.role.identity"),
            QT_TRANSLATE_NOOP("cnpg::Plan", "Grant the identity Storage Blob Data Contributor"),
            QStringLiteral("blob-access"), K::Create,
            az(QStringList{
                   QStringLiteral("role"), QStringLiteral("assignment"), QStringLiteral("create"),
                   QStringLiteral("--role"), role, QStringLiteral("--assignee-object-id"), objectId,
                   QStringLiteral("--assignee-principal-type"), QStringLiteral("ServicePrincipal"),
                   QStringLiteral("--scope"), accountId} +
               queryId),
            {QStringLiteral("identity.create"), QStringLiteral("storage.account.id")}, 10);
        s.probe = roleProbe(objectId, role, accountId);
        s.retryOn = {T::PrincipalNotFound, T::Throttled, T::InternalServerError};
        resource(s, QStringLiteral("Microsoft.Authorization/roleAssignments"), role);
        p << s;
    }
    addClusterStages(st, c, p);
    addPostgresStages(st, c, p);
    pinSubscription(st, p);
    return Plan(std::move(p), stages());
}

} // namespace cnpg
