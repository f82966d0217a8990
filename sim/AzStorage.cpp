// az storage account create|show|list|check-name, az storage container create|show|exists and
// az storage blob list.
#include "ArmResource.h"
#include "AzCli.h"
#include "Durations.h"
#include "KubeStatus.h"
#include "SimEnv.h"
#include "SimError.h"
#include "State.h"
#include "StateStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

namespace cnpg::sim {

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

QString invalidNameMessage(const QString& name)
{
    return QStringLiteral("%1 is not a valid storage account name. Storage account name must be "
                          "between 3 and 24 characters in length and use numbers and lower-case "
                          "letters only.")
        .arg(name);
}

bool validAccountName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]{3,24}$"));
    return re.match(name).hasMatch();
}

void accountCreate(AzContext& c)
{
    const QString name = c.value(s("--name"));
    const QString rg = c.value(s("--resource-group"));
    checkLocation(c.value(s("--location")), arm::Storage);
    if (!validAccountName(name))
        armFail(s("AccountNameInvalid"), invalidNameMessage(name));
    QString id;
    c.store.read([&](State& st) {
        id = arm::resourceId(st, rg, arm::Storage, name);
        const QJsonObject* other = findStorageAccount(st, name);
        if (other && State::key(other->value(s("id")).toString()) != State::key(id))
            armFail(s("StorageAccountAlreadyTaken"),
                    QStringLiteral("The storage account named %1 is already taken.").arg(name));
    });
    CreateSpec spec;
    spec.id = id;
    spec.type = arm::Storage;
    spec.name = name;
    spec.resourceGroup = rg;
    spec.body = [&](State& st, qint64 now) {
        const QString location = c.value(s("--location"), arm::requireGroup(st, rg)
                                                              .value(s("body"))
                                                              .toObject()
                                                              .value(s("location"))
                                                              .toString())
                                     .toLower();
        const QString sku = c.value(s("--sku"), s("Standard_RAGRS"));
        auto endpoint = [&](const char* svc) {
            return QStringLiteral("https://%1.%2.core.windows.net/").arg(name, QLatin1String(svc));
        };
        const QJsonObject enabled{{s("enabled"), true},
                                  {s("keyType"), s("Account")},
                                  {s("lastEnabledTime"), arm::timestamp(now)}};
        return QJsonObject{
            {s("accessTier"), c.value(s("--access-tier"), s("Hot"))},
            {s("allowBlobPublicAccess"), false},
            {s("allowCrossTenantReplication"), false},
            {s("allowSharedKeyAccess"), QJsonValue()},
            {s("creationTime"), arm::timestamp(now)},
            {s("customDomain"), QJsonValue()},
            {s("enableHttpsTrafficOnly"), true},
            {s("encryption"),
             QJsonObject{{s("keySource"), s("Microsoft.Storage")},
                         {s("services"), QJsonObject{{s("blob"), enabled}, {s("file"), enabled}}}}},
            {s("id"), id},
            {s("identity"), QJsonValue()},
            {s("isHnsEnabled"), QJsonValue()},
            {s("kind"), c.value(s("--kind"), s("StorageV2"))},
            {s("location"), location},
            {s("minimumTlsVersion"), c.value(s("--min-tls-version"), s("TLS1_0"))},
            {s("name"), name},
            {s("networkRuleSet"), QJsonObject{{s("bypass"), s("AzureServices")},
                                              {s("defaultAction"), s("Allow")},
                                              {s("ipRules"), QJsonArray()},
                                              {s("resourceAccessRules"), QJsonValue()},
                                              {s("virtualNetworkRules"), QJsonArray()}}},
            {s("primaryEndpoints"), QJsonObject{{s("blob"), endpoint("blob")},
                                                {s("dfs"), endpoint("dfs")},
                                                {s("file"), endpoint("file")},
                                                {s("queue"), endpoint("queue")},
                                                {s("table"), endpoint("table")},
                                                {s("web"), endpoint("z1.web")}}},
            {s("primaryLocation"), location},
            {s("publicNetworkAccess"), QJsonValue()},
            {s("resourceGroup"), rg},
            {s("secondaryLocation"), QJsonValue()},
            {s("sku"),
             QJsonObject{{s("name"), sku},
                         {s("tier"), sku.startsWith(s("Premium")) ? s("Premium") : s("Standard")}}},
            {s("statusOfPrimary"), s("available")},
            {s("tags"), tagsObject(c.args)},
            {s("type"), arm::Storage}};
    };
    c.print(c.createOrGet(spec));
}

void accountShow(AzContext& c)
{
    const QString name = c.value(s("--name"));
    const QString rg = c.value(s("--resource-group"));
    if (!rg.isEmpty()) {
        c.print(c.show(rg, arm::Storage, name));
        return;
    }
    c.env.latency();
    QJsonObject v;
    c.store.read([&](State& st) {
        const QJsonObject* acc = findStorageAccount(st, name);
        if (!acc)
            azFail(QStringLiteral("Storage account '%1' not found.").arg(name), 3);
        v = arm::view(st, *acc, SimEnv::now());
    });
    c.print(v);
}

void accountList(AzContext& c)
{
    const QString rg = c.value(s("--resource-group"));
    c.env.latency();
    QJsonArray list;
    c.store.read([&](State& st) {
        for (const QJsonObject& r : arm::ofType(st, arm::Storage, rg))
            list.append(arm::view(st, r, SimEnv::now()));
    });
    c.print(list);
}

void checkName(AzContext& c)
{
    const QString name = c.value(s("--name"));
    c.env.latency();
    bool taken = false;
    c.store.read([&](State& st) { taken = findStorageAccount(st, name) != nullptr; });
    QJsonObject r{
        {s("message"), QJsonValue()}, {s("nameAvailable"), true}, {s("reason"), QJsonValue()}};
    if (!validAccountName(name)) {
        r = QJsonObject{{s("message"), invalidNameMessage(name)},
                        {s("nameAvailable"), false},
                        {s("reason"), s("AccountNameInvalid")}};
    } else if (taken) {
        r = QJsonObject{
            {s("message"),
             QStringLiteral("The storage account named %1 is already taken.").arg(name)},
            {s("nameAvailable"), false},
            {s("reason"), s("AlreadyExists")}};
    }
    c.print(r);
}

// The container's account, or the error az reports when it cannot reach one.
QJsonObject containerAccount(AzContext& c, State& st)
{
    QString account = c.value(s("--account-name"));
    if (account.isEmpty())
        account = qEnvironmentVariable("AZURE_STORAGE_ACCOUNT");
    if (account.isEmpty() && !c.args.has(s("--connection-string"))) {
        azFail(s("Missing credentials to access storage service. The following variations are "
                 "accepted:\n    (1) account name and key (--account-name and --account-key "
                 "options or\n        set AZURE_STORAGE_ACCOUNT and AZURE_STORAGE_KEY environment "
                 "variables)\n    (2) account name and SAS token (--sas-token option used with "
                 "either the --account-name\n        option or AZURE_STORAGE_ACCOUNT environment "
                 "variable)\n    (3) account name (--account-name option or AZURE_STORAGE_ACCOUNT "
                 "environment variable;\n        this will make calls to query for a storage "
                 "account key using login credentials)\n    (4) connection string "
                 "(--connection-string option or\n        set AZURE_STORAGE_CONNECTION_STRING "
                 "environment variable); some shells will require\n        quoting to preserve "
                 "literal character interpretation."));
    }
    const QJsonObject* acc = findStorageAccount(st, account);
    if (!acc || arm::isBusy(*acc, SimEnv::now())) {
        // Without an account there is no DNS name to reach.
        azFail(QStringLiteral("<urllib3.connection.HTTPSConnection object at 0x7f3a4c2b1e50>: "
                              "Failed to resolve '%1.blob.core.windows.net' ([Errno -2] Name or "
                              "service not known)")
                   .arg(account));
    }
    return *acc;
}

QString containerId(const QJsonObject& account, const QString& name)
{
    return account.value(s("id")).toString() + s("/blobServices/default/containers/") + name;
}

void containerCreate(AzContext& c)
{
    const QString name = c.value(s("--name"));
    static const QRegularExpression re(QStringLiteral("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$"));
    if (!re.match(name).hasMatch())
        azFail(
            QStringLiteral("The specifed resource name contains invalid characters.\nRequestId:%1\n"
                           "Time:%2\nErrorCode:InvalidResourceName")
                .arg(arm::guid(), arm::timestamp(SimEnv::now())));
    QJsonObject account;
    c.store.read([&](State& st) { account = containerAccount(c, st); });
    c.env.latency(Durations::seconds(s("storage container create")));
    bool created = false;
    bool exists = false;
    c.store.update([&](State& st) {
        const QString id = containerId(account, name);
        if (QJsonObject* existing = st.resource(id)) {
            arm::countCreate(*existing);
            if (c.args.flag(s("--fail-on-exist")))
                exists = true;
            return;
        }
        const QString now = arm::timestamp(SimEnv::now());
        QJsonObject body{
            {s("deleted"), QJsonValue()},
            {s("encryptionScope"), QJsonValue()},
            {s("metadata"), QJsonObject()},
            {s("name"), name},
            {s("properties"), QJsonObject{{s("etag"), s("\"0x8DC6A2B3C4D5E6F\"")},
                                          {s("hasImmutabilityPolicy"), false},
                                          {s("hasLegalHold"), false},
                                          {s("lastModified"), now},
                                          {s("lease"), QJsonObject{{s("duration"), QJsonValue()},
                                                                   {s("state"), s("available")},
                                                                   {s("status"), s("unlocked")}}},
                                          {s("publicAccess"), QJsonValue()}}},
            {s("version"), QJsonValue()}};
        st.insert(arm::newRecord(id, arm::Container, name,
                                 account.value(s("resourceGroup")).toString(), body,
                                 SimEnv::now()));
        created = true;
    });
    if (exists)
        azFail(s("The specified container already exists."));
    c.print(QJsonObject{{s("created"), created}});
}

void containerShow(AzContext& c)
{
    const QString name = c.value(s("--name"));
    c.env.latency();
    QJsonObject v;
    c.store.read([&](State& st) {
        const QJsonObject* r = st.resource(containerId(containerAccount(c, st), name));
        if (!r)
            azFail(QStringLiteral("The specified container does not exist.\nRequestId:%1\nTime:%2\n"
                                  "ErrorCode:ContainerNotFound")
                       .arg(arm::guid(), arm::timestamp(SimEnv::now())),
                   3);
        v = r->value(s("body")).toObject();
    });
    c.print(v);
}

void containerExists(AzContext& c)
{
    const QString name = c.value(s("--name"));
    c.env.latency();
    bool exists = false;
    c.store.read([&](State& st) {
        exists = st.resource(containerId(containerAccount(c, st), name)) != nullptr;
    });
    c.print(QJsonObject{{s("exists"), exists}});
}

// One blob as az storage blob list prints it (the SDK's BlobProperties, abridged).
QJsonObject blobItem(const QString& container, const QString& name, qint64 size, qint64 at)
{
    const QString time = arm::timestamp(at);
    return {{s("container"), container},
            {s("deleted"), QJsonValue()},
            {s("metadata"), QJsonObject()},
            {s("name"), name},
            {s("properties"),
             QJsonObject{{s("blobTier"), s("Hot")},
                         {s("blobTierInferred"), true},
                         {s("blobType"), s("BlockBlob")},
                         {s("contentLength"), size},
                         {s("contentSettings"),
                          QJsonObject{{s("contentType"), s("application/octet-stream")}}},
                         {s("creationTime"), time},
                         {s("etag"), s("\"0x8DC6A2B3C4D5E70\"")},
                         {s("lastModified"), time},
                         {s("lease"), QJsonObject{{s("duration"), QJsonValue()},
                                                  {s("state"), s("available")},
                                                  {s("status"), s("unlocked")}}},
                         {s("serverEncrypted"), true}}},
            {s("snapshot"), QJsonValue()},
            {s("tags"), QJsonValue()},
            {s("versionId"), QJsonValue()}};
}

// What CloudNativePG's barman-cloud has written to `url` (https://<account>.blob.core.windows.net/
// <container>) by `now`: each archiving cluster's first WAL segment, and each completed base
// backup (data.tar, then backup.info), as the clusters and backups of every AKS cluster report.
QList<QJsonObject> barmanBlobs(const State& st, const QString& url, const QString& container,
                               qint64 now)
{
    QList<QJsonObject> out;
    for (const QJsonObject& aks : st.resources()) {
        if (aks.value(s("type")).toString() != arm::Cluster)
            continue;
        const QJsonObject objects = aks.value(s("kube")).toObject().value(s("objects")).toObject();
        for (const QJsonValue& v : objects) {
            const QString kind =
                v.toObject().value(s("object")).toObject().value(s("kind")).toString();
            if (kind != QLatin1String("Cluster") && kind != QLatin1String("Backup"))
                continue;
            const QJsonObject o = kubestatus::withStatus(st, aks, v.toObject(), now);
            const QJsonObject status = o.value(s("status")).toObject();
            const QString store = o.value(s("spec"))
                                      .toObject()
                                      .value(s("backup"))
                                      .toObject()
                                      .value(s("barmanObjectStore"))
                                      .toObject()
                                      .value(s("destinationPath"))
                                      .toString();
            const QString name = o.value(s("metadata")).toObject().value(s("name")).toString();
            if (kind == QLatin1String("Cluster") && store == url &&
                status.value(s("readyInstances")).toInt() > 0) {
                out << blobItem(container,
                                name + s("/wals/0000000100000000/000000010000000000000001"),
                                16777216, qint64(v.toObject().value(s("createdAt")).toDouble()));
            } else if (kind == QLatin1String("Backup") &&
                       status.value(s("phase")).toString() == QLatin1String("completed") &&
                       status.value(s("destinationPath")).toString() == url) {
                const QString base = status.value(s("serverName")).toString() + s("/base/") +
                                     status.value(s("backupId")).toString() + QLatin1Char('/');
                const qint64 at =
                    QDateTime::fromString(status.value(s("stoppedAt")).toString(), Qt::ISODate)
                        .toMSecsSinceEpoch();
                out << blobItem(container, base + s("data.tar"), 33554432, at)
                    << blobItem(container, base + s("backup.info"), 1320, at);
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(s("name")).toString() < b.value(s("name")).toString();
    });
    return out;
}

void blobList(AzContext& c)
{
    const QString container = c.value(s("--container-name"));
    const QString prefix = c.value(s("--prefix"));
    c.env.latency();
    QJsonArray out;
    c.store.read([&](State& st) {
        const QJsonObject account = containerAccount(c, st);
        if (!st.resource(containerId(account, container)))
            azFail(QStringLiteral("The specified container does not exist.\nRequestId:%1\nTime:%2\n"
                                  "ErrorCode:ContainerNotFound")
                       .arg(arm::guid(), arm::timestamp(SimEnv::now())),
                   3);
        const QString url = QStringLiteral("https://%1.blob.core.windows.net/%2")
                                .arg(account.value(s("name")).toString(), container);
        for (const QJsonObject& blob : barmanBlobs(st, url, container, SimEnv::now())) {
            if (blob.value(s("name")).toString().startsWith(prefix))
                out.append(blob);
        }
    });
    // One page of --num-results (5000 by default, "*" for all); az says where the next
    // page starts on stderr, unless asked to append it to the list.
    const QString pageArg = c.value(s("--num-results"), s("5000"));
    bool isNumber = false;
    const int page = pageArg.toInt(&isNumber);
    if (pageArg != QLatin1String("*") && (!isNumber || page < 1))
        azFail(QStringLiteral("argument --num-results: invalid int value: '%1'").arg(pageArg), 2);
    if (isNumber && out.size() > page) {
        const QString marker = QStringLiteral("2!%1!MDAwMDQ2IWJhc2UvIQ--").arg(page);
        while (out.size() > page)
            out.removeLast();
        if (c.args.flag(s("--show-next-marker"))) {
            out.append(QJsonObject{{s("nextMarker"), marker}});
        } else {
            c.warn(s("Next Marker:"));
            c.warn(marker);
        }
    } else if (c.args.flag(s("--show-next-marker"))) {
        out.append(QJsonObject{{s("nextMarker"), QJsonValue()}});
    }
    c.print(out);
}

QList<Opt> containerOpts()
{
    return {nameOpt(),
            Opt::value(s("--account-name")),
            Opt::value(s("--account-key")),
            Opt::value(s("--connection-string")),
            Opt::value(s("--sas-token")),
            Opt::value(s("--auth-mode")).oneOf({s("key"), s("login")}),
            Opt::value(s("--blob-endpoint")),
            Opt::value(s("--timeout")).num()};
}

} // namespace

const QJsonObject* findStorageAccount(const State& st, const QString& name)
{
    for (const QJsonObject& r : st.resources()) {
        if (r.value(s("type")).toString() == arm::Storage && r.value(s("name")).toString() == name)
            return &r;
    }
    return nullptr;
}

void addStorageCommands(QList<AzCommand>& t)
{
    const QStringList skus = {s("Premium_LRS"),     s("Premium_ZRS"),  s("Standard_GRS"),
                              s("Standard_GZRS"),   s("Standard_LRS"), s("Standard_RAGRS"),
                              s("Standard_RAGZRS"), s("Standard_ZRS")};
    const QStringList kinds = {s("BlobStorage"), s("BlockBlobStorage"), s("FileStorage"),
                               s("Storage"), s("StorageV2")};
    t << AzCommand{
        s("storage account create"),
        s("Create a storage account."),
        {nameOpt(), groupOpt(), locationOpt(), Opt::value(s("--sku")).oneOf(skus),
         Opt::value(s("--kind")).oneOf(kinds), tagsOpt(),
         Opt::value(s("--access-tier")).oneOf({s("Cool"), s("Hot"), s("Premium")}),
         Opt::boolean(s("--allow-blob-public-access")),
         Opt::boolean(s("--allow-shared-key-access")), Opt::boolean(s("--https-only")),
         Opt::value(s("--min-tls-version")).oneOf({s("TLS1_0"), s("TLS1_1"), s("TLS1_2")}),
         Opt::value(s("--public-network-access")).oneOf({s("Disabled"), s("Enabled")}),
         Opt::value(s("--default-action")).oneOf({s("Allow"), s("Deny")})},
        accountCreate};
    t << AzCommand{s("storage account show"),
                   s("Show storage account properties."),
                   {nameOpt(), groupOpt(false)},
                   accountShow};
    t << AzCommand{
        s("storage account list"), s("List storage accounts."), {groupOpt(false)}, accountList};
    t << AzCommand{s("storage account check-name"),
                   s("Check that the storage account name is valid and is not already in use."),
                   {nameOpt()},
                   checkName};
    QList<Opt> create = containerOpts();
    create << Opt::value(s("--public-access")).oneOf({s("blob"), s("container"), s("off")})
           << Opt::anyList(s("--metadata")) << Opt::flag(s("--fail-on-exist"));
    t << AzCommand{s("storage container create"), s("Create a container in a storage account."),
                   create, containerCreate};
    t << AzCommand{
        s("storage container show"),
        s("Return all user-defined metadata and system properties for the specified container."),
        containerOpts(), containerShow};
    t << AzCommand{s("storage container exists"),
                   s("Check for the existence of a storage container."), containerOpts(),
                   containerExists};
    QList<Opt> blobs = containerOpts();
    blobs.removeFirst(); // no --name: the container is --container-name
    blobs << Opt::value(s("--container-name -c")).req() << Opt::value(s("--prefix"))
          << Opt::value(s("--num-results")) << Opt::value(s("--marker"))
          << Opt::value(s("--delimiter")) << Opt::list(s("--include"))
          << Opt::flag(s("--show-next-marker"));
    t << AzCommand{s("storage blob list"), s("List blobs in a given container."), blobs, blobList};
}

} // namespace cnpg::sim
