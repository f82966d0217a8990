#include "Faults.h"

#include "ArmResource.h"
#include "State.h"
#include "StateStore.h"

#include <QDateTime>
#include <QRegularExpression>

namespace cnpg::sim {

const QStringList& Faults::kinds()
{
    static const QStringList k = {QStringLiteral("OperationNotAllowed"),
                                  QStringLiteral("Throttled"),
                                  QStringLiteral("InternalServerError"),
                                  QStringLiteral("NetworkRules"),
                                  QStringLiteral("PermissionMismatch"),
                                  QStringLiteral("PrincipalNotFound"),
                                  QStringLiteral("ServiceUnavailable"),
                                  QStringLiteral("GatewayTimeout"),
                                  QStringLiteral("EtcdTimeout"),
                                  QStringLiteral("PendingOperation"),
                                  QStringLiteral("Usage"),
                                  QStringLiteral("Error")};
    return k;
}

QList<Fault> Faults::parse(const QString& spec)
{
    static const QRegularExpression countRe(QStringLiteral("\\*\\s*(\\d+|always)\\s*$"));
    QList<Fault> out;
    for (const QString& raw : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        auto bad = [&](const QString& why) {
            throw SimError{1, QStringLiteral("cnpg-sim: invalid CNPG_SIM_FAULTS entry '%1': %2\n")
                                  .arg(entry, why)};
        };
        if (eq <= 0)
            bad(QStringLiteral("expected <command words>=<Kind>[*count]"));
        Fault f;
        f.entry = entry;
        f.words = entry.left(eq).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        static const QStringList tools = {QStringLiteral("az"), QStringLiteral("kubectl"),
                                          QStringLiteral("helm")};
        if (!f.words.isEmpty() && tools.contains(f.words.first()))
            f.tool = f.words.takeFirst();
        if (f.words.isEmpty())
            bad(QStringLiteral("no command words"));
        QString kind = entry.mid(eq + 1).trimmed();
        const auto m = countRe.match(kind);
        if (m.hasMatch()) {
            f.count = m.captured(1) == QLatin1String("always") ? -1 : m.captured(1).toInt();
            kind = kind.left(m.capturedStart()).trimmed();
        }
        if (kind.startsWith(QStringLiteral("Error:"))) {
            f.message = kind.mid(6).trimmed();
            kind = QStringLiteral("Error");
        }
        if (!kinds().contains(kind))
            bad(QStringLiteral("unknown kind '%1' (known: %2)")
                    .arg(kind, kinds().join(QStringLiteral(", "))));
        f.kind = kind;
        out << f;
    }
    return out;
}

std::optional<Fault> Faults::take(StateStore& store, const QString& spec, const QString& tool,
                                  const QStringList& path,
                                  const std::function<bool(State&, const Fault&)>& applies)
{
    QList<Fault> matching;
    for (const Fault& f : parse(spec)) {
        if ((f.tool.isEmpty() || f.tool == tool) && path.mid(0, f.words.size()) == f.words)
            matching << f;
    }
    if (matching.isEmpty())
        return std::nullopt;
    std::optional<Fault> hit;
    store.update([&](State& s) {
        QJsonObject& counters = s.section(QStringLiteral("faults"));
        for (const Fault& f : matching) {
            const int left = counters.contains(f.entry) ? counters.value(f.entry).toInt() : f.count;
            if (left == 0 || (applies && !applies(s, f)))
                continue;
            counters.insert(f.entry, left < 0 ? -1 : left - 1);
            hit = f;
            return;
        }
    });
    return hit;
}

namespace {
// The Kubernetes API server's 503 and 504, etcd's timeout and helm's lock on a release, as
// kubectl and helm print them (client-go's StatusError texts); az gets ARM's nearest codes.
std::optional<SimError> apiServerError(const QString& kind, bool kubectl, bool az)
{
    QString code;
    QString text;
    if (kind == QLatin1String("ServiceUnavailable")) {
        code = kind;
        text = QStringLiteral("the server is currently unable to handle the request");
    } else if (kind == QLatin1String("GatewayTimeout")) {
        code = QStringLiteral("Timeout");
        text = QStringLiteral("the server was unable to return a response in the time allotted, "
                              "but may still be processing the request");
    } else if (kind == QLatin1String("EtcdTimeout")) {
        text = QStringLiteral("etcdserver: request timed out");
    } else if (kind == QLatin1String("PendingOperation")) {
        if (kubectl || az)
            return SimError{1, QStringLiteral("error: the simulator's PendingOperation fault is "
                                              "helm's\n")};
        return SimError{1, QStringLiteral("Error: UPGRADE FAILED: another operation "
                                          "(install/upgrade/rollback) is in progress\n")};
    } else {
        return std::nullopt;
    }
    if (az) {
        const QString armCode = code.isEmpty() ? QStringLiteral("GatewayTimeout") : code;
        return SimError{
            1, QStringLiteral("ERROR: (%1) %2\nCode: %1\nMessage: %2\n").arg(armCode, text)};
    }
    const QString server = code.isEmpty() ? QStringLiteral("Error from server: ")
                                          : QStringLiteral("Error from server (%1): ").arg(code);
    if (kubectl)
        return SimError{1, server + text + QLatin1Char('\n')};
    return SimError{1, QStringLiteral("Error: ") + text + QLatin1Char('\n')};
}
} // namespace

SimError Faults::error(const Fault& f, const QString& tool, const State& s,
                       const QString& principal, const QString& dataPlaneUrl)
{
    if (!dataPlaneUrl.isEmpty()) {
        // requests' HTTPError after the extension's WARNING with the response body.
        const auto http = [&](int status, const char* side, const char* phrase) {
            return SimError{1, QStringLiteral("WARNING: b'{\"message\":\"%3\"}'\nERROR: %1 %2 "
                                              "Error: %3 for url: %4\n")
                                   .arg(status)
                                   .arg(QLatin1String(side), QLatin1String(phrase), dataPlaneUrl)};
        };
        if (f.kind == QLatin1String("Throttled"))
            return http(429, "Client", "Too Many Requests");
        if (f.kind == QLatin1String("InternalServerError"))
            return http(500, "Server", "Internal Server Error");
        if (f.kind == QLatin1String("ServiceUnavailable"))
            return http(503, "Server", "Service Unavailable");
        if (f.kind == QLatin1String("GatewayTimeout"))
            return http(504, "Server", "Gateway Timeout");
    }
    auto arm = [](const QString& code, const QString& msg) {
        return SimError{1,
                        QStringLiteral("ERROR: (%1) %2\nCode: %1\nMessage: %2\n").arg(code, msg)};
    };
    const bool az = tool == QLatin1String("az");
    const bool kubectl = tool == QLatin1String("kubectl");
    if (f.kind == QLatin1String("Error")) {
        const QString prefix = az        ? QStringLiteral("ERROR: ")
                               : kubectl ? QStringLiteral("error: ")
                                         : QStringLiteral("Error: ");
        return SimError{1, prefix + f.message + QLatin1Char('\n')};
    }
    if (f.kind == QLatin1String("Usage")) {
        // A command line the tool refuses: argparse's exit 2 for az, cobra's texts otherwise.
        if (az)
            return SimError{2, QStringLiteral("ERROR: unrecognized arguments: "
                                              "--simulated-usage-fault\n")};
        if (kubectl)
            return SimError{1, QStringLiteral("error: unknown flag: --simulated-usage-fault\n"
                                              "See 'kubectl --help' for usage.\n")};
        return SimError{1, QStringLiteral("Error: unknown flag: --simulated-usage-fault\n")};
    }
    if (f.kind == QLatin1String("OperationNotAllowed")) {
        return arm(
            f.kind,
            QStringLiteral("Operation is not allowed: Another operation (Updating) is in "
                           "progress, please wait for it to finish before starting a new "
                           "operation. See https://aka.ms/aks-pending-operation for more details"));
    }
    if (f.kind == QLatin1String("Throttled")) {
        if (kubectl)
            return SimError{1, QStringLiteral("Error from server (TooManyRequests): the server has "
                                              "received too many requests and has asked us to "
                                              "try again later\n")};
        if (!az)
            return SimError{1, QStringLiteral("Error: the server has received too many requests "
                                              "and has asked us to try again later\n")};
        return arm(QStringLiteral("TooManyRequests"),
                   QStringLiteral("The request is being throttled as the limit has been reached "
                                  "for operation type - Write_ObservationWindow_00:01:00. For more "
                                  "information, see - https://aka.ms/srpthrottlinglimits"));
    }
    if (f.kind == QLatin1String("InternalServerError")) {
        if (kubectl)
            return SimError{1, QStringLiteral("Error from server (InternalError): an error on the "
                                              "server (\"\") has prevented the request from "
                                              "succeeding\n")};
        if (!az)
            return SimError{1, QStringLiteral("Error: an error on the server (\"\") has prevented "
                                              "the request from succeeding\n")};
        return arm(
            f.kind,
            QStringLiteral("Encountered internal server error. Diagnostic information: "
                           "timestamp '%1', subscription id '%2', tracking id '%3', request "
                           "correlation id '%4'.")
                .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmssZ")),
                     s.subscriptionId(), arm::guid(), arm::guid()));
    }
    if (const auto apiServer = apiServerError(f.kind, kubectl, az))
        return *apiServer;
    if (f.kind == QLatin1String("NetworkRules")) {
        // azure-cli rewrites the storage service's 403 AuthorizationFailure into this text.
        return SimError{
            1, QStringLiteral("ERROR: \nThe request may be blocked by network rules of storage "
                              "account. Please check network rule set using 'az storage account "
                              "show -n accountname --query networkRuleSet'.\nIf you want to change "
                              "the default action to apply when no rule matches, please use 'az "
                              "storage account update'.\n\n")};
    }
    if (f.kind == QLatin1String("PermissionMismatch")) {
        // ... and 403 AuthorizationPermissionMismatch into this one.
        return SimError{
            1, QStringLiteral("ERROR: \nYou do not have the required permissions needed to "
                              "perform this operation.\nDepending on your operation, you may "
                              "need to be assigned one of the following roles:\n    \"Storage "
                              "Blob Data Owner\"\n    \"Storage Blob Data Contributor\"\n    "
                              "\"Storage Blob Data Reader\"\n    \"Storage Queue Data "
                              "Contributor\"\n    \"Storage Queue Data Reader\"\n    \"Storage "
                              "Table Data Contributor\"\n    \"Storage Table Data Reader\"\n\nIf "
                              "you want to use the old authentication method and allow querying "
                              "for the right account key, please use the \"--auth-mode\" "
                              "parameter and \"key\" value.\n\n")};
    }
    // PrincipalNotFound: a new identity has not reached Entra ID's replicas yet.
    return arm(
        f.kind,
        QStringLiteral("Principal %1 does not exist in the directory %2. Check that you have "
                       "the correct principal ID. If you are creating this principal and then "
                       "immediately assigning a role, this error might be related to a "
                       "replication delay. In this case, set the role assignment principalType "
                       "property to a value, such as ServicePrincipal, User, or Group.  See "
                       "https://aka.ms/docs-principaltype")
            .arg(QString(principal.isEmpty() ? arm::guid() : principal).remove(QLatin1Char('-')),
                 s.tenantId()));
}

} // namespace cnpg::sim
