#include "Kube.h"

#include "AksModel.h"
#include "ArmResource.h"
#include "Durations.h"
#include "JmesPath.h"
#include "OutputFormat.h"
#include "SimEnv.h"
#include "SimError.h"
#include "State.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace cnpg::sim::kube {

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

[[noreturn]] void unreachable(FlagParser::Tool tool, const QString& kubectlText,
                              const QString& helmText)
{
    if (tool == FlagParser::Tool::Kubectl)
        throw SimError{1, kubectlText + QLatin1Char('\n')};
    throw SimError{1, QStringLiteral("Error: Kubernetes cluster unreachable: ") + helmText +
                          QLatin1Char('\n')};
}

// IPv4 only (QtCore has no address type): "a.b.c.d" as a number, or -1.
qint64 ipv4(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return -1;
    qint64 v = 0;
    for (const QString& p : parts) {
        bool ok = false;
        const int n = p.toInt(&ok);
        if (!ok || n < 0 || n > 255)
            return -1;
        v = v * 256 + n;
    }
    return v;
}

bool inRanges(const QString& ip, const QJsonArray& ranges)
{
    const qint64 addr = ipv4(ip);
    for (const QJsonValue& r : ranges) {
        const QString cidr = r.toString();
        const qint64 net = ipv4(cidr.section(QLatin1Char('/'), 0, 0));
        const int bits =
            cidr.contains(QLatin1Char('/')) ? cidr.section(QLatin1Char('/'), 1).toInt() : 32;
        if (addr < 0 || net < 0 || bits < 0 || bits > 32)
            continue;
        const qint64 mask = bits == 0 ? 0 : (0xFFFFFFFFLL << (32 - bits)) & 0xFFFFFFFFLL;
        if ((addr & mask) == (net & mask))
            return true;
    }
    return false;
}

QJsonObject metadata(const QJsonObject& cluster, const QString& name, const QString& ns,
                     qint64 createdAt, const QJsonObject& labels)
{
    QJsonObject m{{s("creationTimestamp"), isoTime(createdAt)},
                  {s("name"), name},
                  {s("resourceVersion"), QString::number(createdAt / 1000 % 1000000)},
                  {s("uid"), uid(cluster.value(s("id")).toString() + ns + name)}};
    if (!ns.isEmpty())
        m.insert(s("namespace"), ns);
    if (!labels.isEmpty())
        m.insert(s("labels"), labels);
    return m;
}

} // namespace

QJsonObject& connect(State& st, const SimEnv& env, const QString& contextFlag,
                     FlagParser::Tool tool)
{
    const QJsonObject kc = st.section(s("kubeconfig"));
    const QString name =
        contextFlag.isEmpty() ? kc.value(s("currentContext")).toString() : contextFlag;
    if (name.isEmpty()) {
        unreachable(tool,
                    s("The connection to the server localhost:8080 was refused - did you specify "
                      "the right host or port?"),
                    s("Get \"http://localhost:8080/version\": dial tcp 127.0.0.1:8080: connect: "
                      "connection refused"));
    }
    const QJsonObject ctx = kc.value(s("contexts")).toObject().value(name).toObject();
    if (ctx.isEmpty()) {
        unreachable(tool, QStringLiteral("error: context \"%1\" does not exist").arg(name),
                    QStringLiteral("context \"%1\" does not exist").arg(name));
    }
    const QString host = ctx.value(s("server"))
                             .toString()
                             .section(QLatin1Char('/'), 2, 2)
                             .section(QLatin1Char(':'), 0, 0);
    QJsonObject* cluster = st.resource(ctx.value(s("clusterId")).toString());
    if (!cluster || cluster->contains(s("goneAt"))) {
        const QString e =
            QStringLiteral("dial tcp: lookup %1 on 127.0.0.53:53: no such host").arg(host);
        unreachable(tool, s("Unable to connect to the server: ") + e,
                    QStringLiteral("Get \"https://%1:443/version\": %2").arg(host, e));
    }
    const QJsonArray ranges = cluster->value(s("body"))
                                  .toObject()
                                  .value(s("apiServerAccessProfile"))
                                  .toObject()
                                  .value(s("authorizedIpRanges"))
                                  .toArray();
    if (!env.clientIp.isEmpty() && !ranges.isEmpty() && !inRanges(env.clientIp, ranges)) {
        // The API server drops the packets: the client waits for its timeout.
        env.latency(30);
        const QString e = QStringLiteral("dial tcp 20.%1.%2.%3:443: i/o timeout")
                              .arg(host.size() % 200)
                              .arg(host.size() * 7 % 250)
                              .arg(host.size() * 3 % 250);
        unreachable(tool, s("Unable to connect to the server: ") + e,
                    QStringLiteral("Get \"https://%1:443/version\": %2").arg(host, e));
    }
    return *cluster;
}

QString tabulate(const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QStringList& r : rows) {
        for (qsizetype i = 0; i < r.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = qMax(widths[i], r.at(i).size());
        }
    }
    QString out;
    for (const QStringList& r : rows) {
        for (qsizetype i = 0; i < r.size(); ++i)
            out += i + 1 < r.size() ? r.at(i).leftJustified(widths[i] + 3) : r.at(i);
        out += QLatin1Char('\n');
    }
    return out;
}

QString age(qint64 createdAt, qint64 now)
{
    const qint64 sec = (now - createdAt) / 1000;
    if (sec < 0)
        return s("0s");
    if (sec < 120)
        return QStringLiteral("%1s").arg(sec);
    const qint64 min = sec / 60;
    if (min < 10)
        return sec % 60 ? QStringLiteral("%1m%2s").arg(min).arg(sec % 60)
                        : QStringLiteral("%1m").arg(min);
    if (min < 180)
        return QStringLiteral("%1m").arg(min);
    const qint64 h = min / 60;
    if (h < 8)
        return min % 60 ? QStringLiteral("%1h%2m").arg(h).arg(min % 60)
                        : QStringLiteral("%1h").arg(h);
    if (h < 48)
        return QStringLiteral("%1h").arg(h);
    if (h < 24 * 8)
        return h % 24 ? QStringLiteral("%1d%2h").arg(h / 24).arg(h % 24)
                      : QStringLiteral("%1d").arg(h / 24);
    return QStringLiteral("%1d").arg(h / 24);
}

QString isoTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString uid(const QString& seed)
{
    const QByteArray h = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Md5).toHex();
    return QString::fromLatin1(h.left(8) + '-' + h.mid(8, 4) + '-' + h.mid(12, 4) + '-' +
                               h.mid(16, 4) + '-' + h.mid(20, 12));
}

QJsonObject namespaceJson(const QJsonObject& cluster, const QString& name, qint64 createdAt)
{
    return QJsonObject{
        {s("apiVersion"), s("v1")},
        {s("kind"), s("Namespace")},
        {s("metadata"), metadata(cluster, name, QString(), createdAt,
                                 QJsonObject{{s("kubernetes.io/metadata.name"), name}})},
        {s("spec"), QJsonObject{{s("finalizers"), QJsonArray{s("kubernetes")}}}},
        {s("status"), QJsonObject{{s("phase"), s("Active")}}}};
}

QJsonObject daemonSetJson(const QJsonObject& cluster, const KubeObject& o)
{
    return QJsonObject{
        {s("apiVersion"), s("apps/v1")},
        {s("kind"), s("DaemonSet")},
        {s("metadata"),
         metadata(cluster, o.name, o.ns, o.createdAt, QJsonObject{{s("component"), o.name}})},
        {s("spec"),
         QJsonObject{{s("selector"),
                      QJsonObject{{s("matchLabels"), QJsonObject{{s("component"), o.name}}}}}}},
        {s("status"), QJsonObject{{s("currentNumberScheduled"), o.desired},
                                  {s("desiredNumberScheduled"), o.desired},
                                  {s("numberAvailable"), o.ready},
                                  {s("numberMisscheduled"), 0},
                                  {s("numberReady"), o.ready},
                                  {s("observedGeneration"), 1},
                                  {s("updatedNumberScheduled"), o.desired}}}};
}

QJsonObject deploymentJson(const QJsonObject& cluster, const KubeObject& o)
{
    QJsonObject status{{s("observedGeneration"), 1},
                       {s("replicas"), o.desired},
                       {s("updatedReplicas"), o.desired}};
    if (o.ready > 0) {
        status.insert(s("availableReplicas"), o.ready);
        status.insert(s("readyReplicas"), o.ready);
    } else {
        status.insert(s("unavailableReplicas"), o.desired);
    }
    return QJsonObject{
        {s("apiVersion"), s("apps/v1")},
        {s("kind"), s("Deployment")},
        {s("metadata"), metadata(cluster, o.name, o.ns, o.createdAt,
                                 QJsonObject{{s("app.kubernetes.io/name"), o.name}})},
        {s("spec"), QJsonObject{{s("replicas"), o.desired}}},
        {s("status"), status}};
}

QJsonObject nodeJson(const QJsonObject& cluster, const QString& name, qint64 createdAt)
{
    const QString pool = name.section(QLatin1Char('-'), 1, 1);
    const QString location = cluster.value(s("body")).toObject().value(s("location")).toString();
    const int index = name.right(1).toInt();
    return QJsonObject{
        {s("apiVersion"), s("v1")},
        {s("kind"), s("Node")},
        {s("metadata"),
         metadata(cluster, name, QString(), createdAt,
                  QJsonObject{{s("agentpool"), pool},
                              {s("kubernetes.azure.com/agentpool"), pool},
                              {s("kubernetes.io/os"), s("linux")},
                              {s("topology.kubernetes.io/region"), location},
                              {s("topology.kubernetes.io/zone"),
                               QStringLiteral("%1-%2").arg(location).arg(index % 3 + 1)}})},
        {s("status"),
         QJsonObject{{s("conditions"),
                      QJsonArray{QJsonObject{{s("status"), s("True")}, {s("type"), s("Ready")}}}},
                     {s("nodeInfo"),
                      QJsonObject{{s("kubeletVersion"), AksModel::serverVersion(cluster)}}}}}};
}

QJsonObject listJson(const QList<QJsonObject>& items)
{
    QJsonArray a;
    for (const QJsonObject& i : items)
        a.append(i);
    return QJsonObject{{s("apiVersion"), s("v1")},
                       {s("items"), a},
                       {s("kind"), s("List")},
                       {s("metadata"), QJsonObject{{s("resourceVersion"), s("")}}}};
}

namespace {

// The body of a Go double-quoted string with its common escapes.
QString unquote(const QString& body)
{
    QString out;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c != QLatin1Char('\\') || i + 1 == body.size()) {
            out += c;
            continue;
        }
        const QChar e = body.at(++i);
        switch (e.toLatin1()) {
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        default: // \\ and \" stand for themselves
            out += e;
        }
    }
    return out;
}

} // namespace

QString jsonPath(const QString& templ, const QJsonObject& object)
{
    static const QRegularExpression braces(QStringLiteral("\\{([^}]*)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = braces.globalMatch(templ);
    while (it.hasNext()) {
        const auto m = it.next();
        out += templ.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        QString path = m.captured(1).trimmed();
        if (path.size() >= 2 && path.startsWith(QLatin1Char('"')) &&
            path.endsWith(QLatin1Char('"'))) {
            // A literal, {"\t"}: kubectl unquotes it as Go does (strconv.Unquote).
            out += unquote(path.mid(1, path.size() - 2));
            continue;
        }
        if (path.startsWith(QLatin1Char('.')))
            path = path.mid(1);
        JmesPath q;
        if (path.isEmpty() || !q.parse(path)) {
            out += OutputFormat::json(object).trimmed();
            continue;
        }
        const QJsonValue v = q.search(object);
        QStringList parts;
        for (const QJsonValue& x :
             v.isArray() && path.contains(QLatin1Char('*')) ? v.toArray() : QJsonArray{v}) {
            if (x.isString())
                parts << x.toString();
            else if (!x.isNull() && !x.isUndefined())
                parts << OutputFormat::json(x, 0).simplified();
        }
        out += parts.join(QLatin1Char(' '));
    }
    return out + templ.mid(last);
}

} // namespace cnpg::sim::kube
