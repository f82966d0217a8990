// az grafana dashboard import, show and list: Azure Managed Grafana's data plane as the amg
// extension reaches it. The extension looks the instance up in ARM (a missing one is ARM's
// ResourceNotFound, exit 3), then calls Grafana's HTTP API at its endpoint with the signed-in
// user's Entra token; Grafana answers according to the user's Grafana role on the instance
// (Grafana Admin, Editor or Viewer; Owner and Contributor grant none). An HTTP error is printed
// as the extension and azure-cli print it: the response body as a WARNING, then requests'
// HTTPError ("404 Client Error: Not Found for url: ..."), exit 3 for a 404, else 1.
//
// The simulator has no network: a definition is a file, the CloudNativePG dashboard at a tag of
// cloudnative-pg/grafana-dashboards, or its grafana.com gallery id (20417).
#include "ArmResource.h"
#include "AzCli.h"
#include "SimEnv.h"
#include "SimError.h"
#include "State.h"
#include "StateStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cnpg::sim {

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

const QStringList& writers()
{
    static const QStringList r = {s("Grafana Admin"), s("Grafana Editor")};
    return r;
}

const QStringList& readers()
{
    static const QStringList r = {s("Grafana Admin"), s("Grafana Editor"), s("Grafana Viewer")};
    return r;
}

// requests' reason phrases for the statuses Grafana gives here.
QString reason(int status)
{
    switch (status) {
    case 403:
        return s("Forbidden");
    case 404:
        return s("Not Found");
    case 412:
        return s("Precondition Failed");
    case 429:
        return s("Too Many Requests");
    case 500:
        return s("Internal Server Error");
    case 503:
        return s("Service Unavailable");
    }
    return s("Bad Request");
}

[[noreturn]] void httpFail(AzContext& c, int status, const QString& url, const QJsonObject& body)
{
    c.warn(QStringLiteral("b'%1'").arg(
        QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact))));
    azFail(QStringLiteral("%1 %2 Error: %3 for url: %4")
               .arg(status)
               .arg(status >= 500 ? s("Server") : s("Client"), reason(status), url),
           status == 404 ? 3 : 1);
}

struct Instance
{
    QString id;
    QString endpoint;
    QJsonObject dashboards; // uid -> the stored dashboard
};

// The instance by name (and group), as the extension's ARM lookup finds it, or ARM's error.
Instance instance(AzContext& c)
{
    const QJsonObject view =
        c.show(c.value(s("--resource-group")), arm::Grafana, c.value(s("--name")));
    Instance g;
    g.id = view.value(s("id")).toString();
    g.endpoint = view.value(s("properties")).toObject().value(s("endpoint")).toString();
    c.store.read([&](State& st) {
        if (const QJsonObject* rec = st.resource(g.id))
            g.dashboards = rec->value(s("dashboards")).toObject();
    });
    return g;
}

// Grafana's 403 for a user without a role that allows `action`.
void requireRole(AzContext& c, const Instance& g, const QStringList& roles, const QString& path,
                 const QString& action)
{
    bool allowed = false;
    c.store.read([&](State& st) { allowed = hasRoleAt(st, st.userObjectId(), roles, g.id); });
    if (allowed)
        return;
    httpFail(
        c, 403, g.endpoint + path,
        QJsonObject{
            {s("accessErrorId"), QString(s("ACE") + arm::guid().remove(QLatin1Char('-')).left(10))},
            {s("message"), QStringLiteral("You'll need additional permissions to perform this "
                                          "action. Permissions needed: %1")
                               .arg(action)},
            {s("title"), s("Access denied")}});
}

// "CloudNativePG" -> "cloudnativepg", as Grafana makes a URL slug of a title.
QString slug(const QString& title)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString out = title.toLower().replace(other, s("-"));
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

QJsonObject cnpgDashboard()
{
    return QJsonObject{{s("uid"), s("cloudnative-pg")},
                       {s("title"), s("CloudNativePG")},
                       {s("tags"), QJsonArray{s("cloudnativepg"), s("postgresql"), s("cnpg")}},
                       {s("__inputs"), QJsonArray{QJsonObject{{s("name"), s("DS_PROMETHEUS")},
                                                              {s("type"), s("datasource")},
                                                              {s("pluginId"), s("prometheus")}},
                                                  QJsonObject{{s("name"), s("DS_EXPRESSION")},
                                                              {s("type"), s("datasource")},
                                                              {s("pluginId"), s("__expr__")}}}}};
}

// The dashboard model a --definition names, as _try_load_dashboard_definition reads it.
QJsonObject definition(AzContext& c, const Instance& g)
{
    const QString def = c.value(s("--definition"));
    bool isNumber = false;
    const int galleryId = def.toInt(&isNumber);
    if (isNumber) {
        const QString path = QStringLiteral("/api/gnet/dashboards/%1").arg(def);
        requireRole(c, g, readers(), path, s("dashboards:read"));
        if (galleryId != 20417)
            httpFail(c, 404, g.endpoint + path, QJsonObject{{s("message"), s("Not found")}});
        return cnpgDashboard();
    }
    static const QRegularExpression scheme(QStringLiteral("^[a-z]+://"));
    if (scheme.match(def.toLower()).hasMatch()) {
        static const QRegularExpression cnpg(
            QStringLiteral("^https://raw\\.githubusercontent\\.com/cloudnative-pg/"
                           "grafana-dashboards/[^/]+/charts/cluster/grafana-dashboard\\.json$"));
        if (!cnpg.match(def).hasMatch())
            azFail(QStringLiteral("Failed to dashboard definition from '%1'. Error: '<Response "
                                  "[404]>'.")
                       .arg(def));
        return cnpgDashboard();
    }
    QFile f(def);
    if (!f.open(QIODevice::ReadOnly))
        azFail(QStringLiteral("Couldn't find the file '%1'").arg(def));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (!doc.isObject())
        azFail(QStringLiteral("Failed to parse file '%1' with exception:\n%2")
                   .arg(def, err.errorString()));
    const QJsonObject o = doc.object();
    return o.contains(s("dashboard")) ? o.value(s("dashboard")).toObject() : o;
}

void dashboardImport(AzContext& c)
{
    const Instance g = instance(c);
    const QJsonObject model = definition(c, g);
    if (c.args.has(s("--folder")))
        azFail(QStringLiteral("Couldn't find the folder '%1'.").arg(c.value(s("--folder"))));
    // The extension lists the data sources to fill the dashboard's datasource inputs.
    requireRole(c, g, writers(), s("/api/datasources"), s("datasources:read"));
    for (const QJsonValue& v : model.value(s("__inputs")).toArray()) {
        const QJsonObject in = v.toObject();
        // The Azure Monitor workspace's integration adds a Prometheus data source, nothing else.
        if (in.value(s("type")).toString() == QLatin1String("datasource") &&
            in.value(s("pluginId")).toString() != QLatin1String("prometheus"))
            c.warn(QStringLiteral("No data source was found matching the required parameter of %1")
                       .arg(in.value(s("pluginId")).toString()));
    }
    const QString url = g.endpoint + s("/api/dashboards/db");
    requireRole(c, g, writers(), s("/api/dashboards/db"), s("dashboards:create"));
    c.env.latency(1.0);
    const bool overwrite = c.args.flag(s("--overwrite"));
    QString uid = model.value(s("uid")).toString();
    const QString title = model.value(s("title")).toString();
    if (title.isEmpty())
        httpFail(c, 400, url, QJsonObject{{s("message"), s("Dashboard title cannot be empty")}});
    QJsonObject result;
    c.store.update([&](State& st) {
        QJsonObject* rec = st.resource(g.id);
        if (!rec)
            resourceNotFound(arm::Grafana, c.value(s("--name")), c.value(s("--resource-group")));
        QJsonObject all = rec->value(s("dashboards")).toObject();
        if (uid.isEmpty())
            uid = arm::guid().remove(QLatin1Char('-')).left(14);
        QJsonObject d = all.value(uid).toObject();
        if (!d.isEmpty() && !overwrite) {
            httpFail(
                c, 412, url,
                QJsonObject{{s("message"), s("The dashboard has been changed by someone else")},
                            {s("status"), s("version-mismatch")}});
        }
        const int id =
            d.isEmpty() ? rec->value(s("nextDashboardId")).toInt(1) : d.value(s("id")).toInt();
        if (d.isEmpty())
            rec->insert(s("nextDashboardId"), id + 1);
        d = QJsonObject{{s("id"), id},
                        {s("uid"), uid},
                        {s("title"), title},
                        {s("slug"), slug(title)},
                        {s("tags"), model.value(s("tags"))},
                        {s("version"), d.value(s("version")).toInt(0) + 1},
                        {s("importCount"), d.value(s("importCount")).toInt(0) + 1},
                        {s("updated"), arm::timestamp(SimEnv::now())}};
        all.insert(uid, d);
        rec->insert(s("dashboards"), all);
        result = QJsonObject{{s("folderUid"), s("")},
                             {s("id"), id},
                             {s("slug"), d.value(s("slug"))},
                             {s("status"), s("success")},
                             {s("uid"), uid},
                             {s("url"), QStringLiteral("/d/%1/%2").arg(uid, slug(title))},
                             {s("version"), d.value(s("version"))}};
    });
    c.print(result);
}

void dashboardShow(AzContext& c)
{
    const Instance g = instance(c);
    const QString uid = c.value(s("--dashboard"));
    const QString path = s("/api/dashboards/uid/") + uid;
    requireRole(c, g, readers(), path, s("dashboards:read"));
    const QJsonObject d = g.dashboards.value(uid).toObject();
    if (d.isEmpty())
        httpFail(c, 404, g.endpoint + path, QJsonObject{{s("message"), s("Dashboard not found")}});
    const QString url = QStringLiteral("/d/%1/%2").arg(uid, d.value(s("slug")).toString());
    c.print(QJsonObject{{s("dashboard"), QJsonObject{{s("id"), d.value(s("id"))},
                                                     {s("tags"), d.value(s("tags"))},
                                                     {s("title"), d.value(s("title"))},
                                                     {s("uid"), uid},
                                                     {s("version"), d.value(s("version"))}}},
                        {s("meta"), QJsonObject{{s("canAdmin"), true},
                                                {s("canEdit"), true},
                                                {s("canSave"), true},
                                                {s("created"), d.value(s("updated"))},
                                                {s("folderId"), 0},
                                                {s("folderTitle"), s("General")},
                                                {s("folderUid"), s("")},
                                                {s("isFolder"), false},
                                                {s("provisioned"), false},
                                                {s("slug"), d.value(s("slug"))},
                                                {s("type"), s("db")},
                                                {s("updated"), d.value(s("updated"))},
                                                {s("url"), url},
                                                {s("version"), d.value(s("version"))}}}});
}

void dashboardList(AzContext& c)
{
    const Instance g = instance(c);
    requireRole(c, g, readers(), s("/api/search?type=dash-db&limit=5000&page=1"),
                s("dashboards:read"));
    QJsonArray out;
    for (const QJsonValue& v : g.dashboards) {
        const QJsonObject d = v.toObject();
        const QString uid = d.value(s("uid")).toString();
        const QString sl = d.value(s("slug")).toString();
        out.append(QJsonObject{{s("id"), d.value(s("id"))},
                               {s("isStarred"), false},
                               {s("slug"), s("")},
                               {s("sortMeta"), 0},
                               {s("tags"), d.value(s("tags"))},
                               {s("title"), d.value(s("title"))},
                               {s("type"), s("dash-db")},
                               {s("uid"), uid},
                               {s("uri"), QString(s("db/") + sl)},
                               {s("url"), QStringLiteral("/d/%1/%2").arg(uid, sl)}});
    }
    c.print(out);
}

} // namespace

QString grafanaDataPlaneUrl(const State& st, const QString& rg, const QString& name,
                            const QString& commandPath)
{
    for (const QJsonObject& r : st.resources()) {
        if (r.value(s("type")).toString() != arm::Grafana ||
            r.value(s("name")).toString() != name ||
            (!rg.isEmpty() &&
             r.value(s("resourceGroup")).toString().compare(rg, Qt::CaseInsensitive)))
            continue;
        const QString endpoint = r.value(s("body"))
                                     .toObject()
                                     .value(s("properties"))
                                     .toObject()
                                     .value(s("endpoint"))
                                     .toString();
        if (commandPath.endsWith(QLatin1String("import")))
            return endpoint + s("/api/dashboards/db");
        if (commandPath.endsWith(QLatin1String("list")))
            return endpoint + s("/api/search?type=dash-db&limit=5000&page=1");
        return endpoint + s("/api/dashboards/uid/");
    }
    return QString();
}

void addGrafanaCommands(QList<AzCommand>& t)
{
    const Opt apiKey = Opt::value(s("--api-key --token -t"));
    AzCommand imp{s("grafana dashboard import"),
                  s("Import a dashboard."),
                  {nameOpt(), groupOpt(false), Opt::value(s("--definition")).req(),
                   Opt::value(s("--folder")), Opt::boolean(s("--overwrite")), apiKey},
                  dashboardImport};
    AzCommand show{s("grafana dashboard show"),
                   s("Get the details of a dashboard."),
                   {nameOpt(), groupOpt(false), Opt::value(s("--dashboard")).req(), apiKey},
                   dashboardShow};
    AzCommand list{s("grafana dashboard list"),
                   s("List all dashboards of an instance."),
                   {nameOpt(), groupOpt(false), apiKey},
                   dashboardList};
    for (AzCommand* cmd : {&imp, &show, &list}) {
        cmd->extension = s("amg");
        t << *cmd;
    }
}

} // namespace cnpg::sim
