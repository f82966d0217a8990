// az version, account, ad signed-in-user, extension, login and logout.
#include "AzCli.h"
#include "Durations.h"
#include "SimEnv.h"
#include "SimError.h"
#include "State.h"
#include "StateStore.h"

#include <QJsonArray>

namespace cnpg::sim {

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

struct ExtensionInfo
{
    const char* name;
    const char* version;
    bool preview;
};

const ExtensionInfo catalog[] = {
    {"aks-preview", "5.0.0b3", true},
    {"k8s-extension", "1.6.1", false},
    {"amg", "1.3.6", false},
    {"connectedk8s", "1.7.3", false},
    {"application-insights", "1.2.1", false},
    {"ssh", "2.0.3", false},
};

const ExtensionInfo* findExtension(const QString& name)
{
    for (const ExtensionInfo& e : catalog) {
        if (name == QLatin1String(e.name))
            return &e;
    }
    return nullptr;
}

QJsonObject accountObject(const State& st)
{
    return QJsonObject{
        {s("environmentName"), s("AzureCloud")},
        {s("homeTenantId"), st.tenantId()},
        {s("id"), st.subscriptionId()},
        {s("isDefault"), true},
        {s("managedByTenants"), QJsonArray()},
        {s("name"), s("Simulated Subscription")},
        {s("state"), s("Enabled")},
        {s("tenantDefaultDomain"), s("contoso.onmicrosoft.com")},
        {s("tenantDisplayName"), s("Contoso")},
        {s("tenantId"), st.tenantId()},
        {s("user"), QJsonObject{{s("name"), st.userName()}, {s("type"), s("user")}}},
    };
}

QJsonObject extensionObject(const SimEnv& env, const QString& name, const QJsonObject& rec)
{
    return QJsonObject{
        {s("experimental"), false},
        {s("extensionType"), s("whl")},
        {s("name"), name},
        {s("path"), QString(env.home + s("/.azure/cliextensions/") + name)},
        {s("preview"), rec.value(s("preview")).toBool()},
        {s("version"), rec.value(s("version")).toString()},
    };
}

void version(AzContext& c)
{
    QJsonObject ext;
    c.store.read([&](State& st) {
        const QJsonObject e = st.section(s("extensions"));
        for (auto it = e.begin(); it != e.end(); ++it)
            ext.insert(it.key(), it.value().toObject().value(s("version")));
    });
    c.env.latency();
    c.print(QJsonObject{{s("azure-cli"), s("2.61.0")},
                        {s("azure-cli-core"), s("2.61.0")},
                        {s("azure-cli-telemetry"), s("1.1.0")},
                        {s("extensions"), ext}});
}

void accountShow(AzContext& c)
{
    QJsonObject a;
    c.store.read([&](State& st) { a = accountObject(st); });
    c.env.latency();
    c.print(a);
}

void accountList(AzContext& c)
{
    QJsonObject a;
    c.store.read([&](State& st) { a = accountObject(st); });
    c.env.latency();
    c.print(QJsonArray{a}, [](const QJsonValue& v) {
        QList<TableRow> rows;
        for (const QJsonValue& x : v.toArray()) {
            const QJsonObject o = x.toObject();
            rows << TableRow{{s("Name"), o.value(s("name")).toString()},
                             {s("CloudName"), o.value(s("environmentName")).toString()},
                             {s("SubscriptionId"), o.value(s("id")).toString()},
                             {s("TenantId"), o.value(s("tenantId")).toString()},
                             {s("State"), o.value(s("state")).toString()},
                             {s("IsDefault"), OutputFormat::pythonStr(o.value(s("isDefault")))}};
        }
        return rows;
    });
}

void accountSet(AzContext& c)
{
    const QString sub = c.value(s("--subscription"));
    c.store.read([&](State& st) {
        if (sub.compare(st.subscriptionId(), Qt::CaseInsensitive) != 0 &&
            sub != QLatin1String("Simulated Subscription")) {
            azFail(QStringLiteral("The subscription of '%1' doesn't exist in cloud 'AzureCloud'.")
                       .arg(sub));
        }
    });
    c.env.latency();
}

void signedInUser(AzContext& c)
{
    QJsonObject u;
    c.store.read([&](State& st) {
        u = QJsonObject{
            {s("@odata.context"), s("https://graph.microsoft.com/v1.0/$metadata#users/$entity")},
            {s("businessPhones"), QJsonArray()},
            {s("displayName"), s("Sim User")},
            {s("givenName"), s("Sim")},
            {s("id"), st.userObjectId()},
            {s("jobTitle"), QJsonValue()},
            {s("mail"), QJsonValue()},
            {s("mobilePhone"), QJsonValue()},
            {s("officeLocation"), QJsonValue()},
            {s("preferredLanguage"), QJsonValue()},
            {s("surname"), s("User")},
            {s("userPrincipalName"), st.userName()}};
    });
    c.env.latency();
    c.print(u);
}

void extensionAdd(AzContext& c)
{
    const QString name = c.value(s("--name"));
    if (name.isEmpty() && !c.args.has(s("--source")))
        azFail(s("usage error: --name NAME | --source SOURCE"));
    const ExtensionInfo* info = findExtension(name);
    if (!info)
        azFail(QStringLiteral("No matching extensions for '%1'. Use --debug for more information.")
                   .arg(name));
    const bool previewAllowed =
        !c.args.has(s("--allow-preview")) || c.args.flag(s("--allow-preview"));
    if (!c.args.has(s("--allow-preview")))
        c.warn(s("Default enabled including preview versions for extension installation now. "
                 "Disabled in May 2024. Use '--allow-preview false' to disable it specifically if "
                 "needed."));
    if (info->preview && !previewAllowed)
        azFail(QStringLiteral("No suitable stable version of '%1' to install. Add `--allow-preview "
                              "true` to try preview versions")
                   .arg(name));
    bool already = false;
    c.store.read([&](State& st) { already = st.section(s("extensions")).contains(name); });
    if (already) {
        c.env.latency(3);
        if (c.args.flag(s("--upgrade")))
            c.warn(QStringLiteral("Latest version of '%1' is already installed.\n\nUse --debug for "
                                  "more information")
                       .arg(name));
        else
            c.warn(QStringLiteral("Extension '%1' is already installed.").arg(name));
        return;
    }
    c.env.latency(Durations::seconds(s("extension add")));
    c.store.update([&](State& st) {
        st.section(s("extensions"))
            .insert(name, QJsonObject{{s("version"), QString::fromLatin1(info->version)},
                                      {s("preview"), info->preview}});
    });
    if (info->preview)
        c.warn(QStringLiteral("The installed extension '%1' is in preview.").arg(name));
}

QJsonObject installedExtension(AzContext& c, const QString& name, bool* found)
{
    QJsonObject rec;
    c.store.read([&](State& st) {
        *found = st.section(s("extensions")).contains(name);
        rec = st.section(s("extensions")).value(name).toObject();
    });
    return rec;
}

void extensionShow(AzContext& c)
{
    const QString name = c.value(s("--name"));
    bool found = false;
    const QJsonObject rec = installedExtension(c, name, &found);
    if (!found)
        azFail(QStringLiteral("The extension %1 is not installed.").arg(name));
    c.env.latency();
    c.print(extensionObject(c.env, name, rec));
}

void extensionList(AzContext& c)
{
    QJsonArray list;
    c.store.read([&](State& st) {
        const QJsonObject e = st.section(s("extensions"));
        for (auto it = e.begin(); it != e.end(); ++it)
            list.append(extensionObject(c.env, it.key(), it.value().toObject()));
    });
    c.env.latency();
    c.print(list);
}

void extensionRemove(AzContext& c)
{
    const QString name = c.value(s("--name"));
    bool found = false;
    installedExtension(c, name, &found);
    if (!found)
        azFail(QStringLiteral("The extension %1 is not installed.").arg(name));
    c.store.update([&](State& st) { st.section(s("extensions")).remove(name); });
    c.env.latency(3);
}

void login(AzContext& c)
{
    // The texts az prints while it waits for the user; nothing is asked of anyone here.
    if (c.args.flag(s("--use-device-code")))
        c.warn(s("To sign in, use a web browser to open the page https://microsoft.com/devicelogin "
                 "and enter the code SIMULATED to authenticate."));
    else if (!c.args.flag(s("--identity")))
        c.warn(s("A web browser has been opened at https://login.microsoftonline.com/organizations/"
                 "oauth2/v2.0/authorize. Please continue the login in the web browser. If no web "
                 "browser is available or if the web browser fails to open, use device code flow "
                 "with `az login --use-device-code`."));
    QJsonObject a;
    c.store.update([&](State& st) {
        st.setLoggedIn(true);
        a = accountObject(st);
    });
    c.env.latency(5);
    c.print(QJsonArray{a});
}

void logout(AzContext& c)
{
    c.store.update([&](State& st) { st.setLoggedIn(false); });
}

} // namespace

void addAccountCommands(QList<AzCommand>& t)
{
    const Opt extName = nameOpt(false);
    AzCommand v{
        s("version"), s("Show the versions of Azure CLI modules and extensions."), {}, version};
    v.needsLogin = false;
    t << v;
    t << AzCommand{s("account show"), s("Get the details of a subscription."), {}, accountShow};
    t << AzCommand{s("account list"),
                   s("Get a list of subscriptions for the logged in account."),
                   {Opt::flag(s("--all")), Opt::flag(s("--refresh"))},
                   accountList};
    // --subscription is both this command's argument and a global one: one definition.
    AzCommand set{s("account set"),
                  s("Set a subscription to be the current active subscription."),
                  {Opt::value(s("--subscription -s")).req()},
                  accountSet};
    t << set;
    t << AzCommand{s("ad signed-in-user show"),
                   s("Get the details for the currently logged-in user."),
                   {},
                   signedInUser};
    QList<AzCommand> ext = {
        {s("extension add"),
         s("Add an extension."),
         {extName, Opt::value(s("--source -s")), Opt::flag(s("--upgrade")),
          Opt::flag(s("--yes -y")), Opt::boolean(s("--allow-preview")), Opt::value(s("--version")),
          Opt::flag(s("--system")), Opt::anyList(s("--pip-extra-index-urls")),
          Opt::value(s("--pip-proxy"))},
         extensionAdd},
        {s("extension show"), s("Show an extension."), {nameOpt()}, extensionShow},
        {s("extension list"), s("List the installed extensions."), {}, extensionList},
        {s("extension remove"), s("Remove an extension."), {nameOpt()}, extensionRemove},
    };
    for (AzCommand& e : ext) {
        e.needsLogin = false;
        t << e;
    }
    AzCommand in{s("login"),
                 s("Log in to Azure."),
                 {Opt::flag(s("--use-device-code")), Opt::value(s("--tenant -t")),
                  Opt::flag(s("--identity -i")), Opt::value(s("--username -u"))},
                 login};
    in.needsLogin = false;
    AzCommand outCmd{s("logout"),
                     s("Log out to remove access to Azure subscriptions."),
                     {Opt::value(s("--username"))},
                     logout};
    outCmd.needsLogin = false;
    t << in << outCmd;
}

} // namespace cnpg::sim
