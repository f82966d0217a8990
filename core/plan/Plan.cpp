#include "plan/Plan.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <functional>

namespace cnpg {

namespace {
const QRegularExpression& scalarRef()
{
    static const QRegularExpression re(QStringLiteral("\\$\\{([A-Za-z0-9_]+)\\}"));
    return re;
}
const QRegularExpression& listRef()
{
    static const QRegularExpression re(QStringLiteral("^@\\{([A-Za-z0-9_]+)\\}$"));
    return re;
}
} // namespace

Plan::Plan(QList<Step> steps, QList<Stage> stages)
    : m_steps(std::move(steps))
    , m_stages(std::move(stages))
{}

const Stage* Plan::findStage(const QString& id) const
{
    const int n = stageNumber(id);
    return n > 0 ? &m_stages.at(n - 1) : nullptr;
}

int Plan::stageNumber(const QString& id) const
{
    for (int i = 0; i < m_stages.size(); ++i) {
        if (m_stages.at(i).id == id)
            return i + 1;
    }
    return 0;
}

const Step* Plan::find(const QString& id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_steps.at(i);
}

int Plan::indexOf(const QString& id) const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).id == id)
            return i;
    }
    return -1;
}

QStringList Plan::referencedVariables(const Step& step)
{
    QStringList out;
    auto scan = [&out](const QStringList& args) {
        for (const QString& a : args) {
            const auto lm = listRef().match(a);
            if (lm.hasMatch()) {
                out << lm.captured(1);
                continue;
            }
            auto it = scalarRef().globalMatch(a);
            while (it.hasNext())
                out << it.next().captured(1);
        }
    };
    scan(step.command.args);
    if (step.expandInput)
        scan({QString::fromUtf8(step.input)});
    if (step.probe)
        scan(step.probe->command.args);
    if (step.liveStatus)
        scan(step.liveStatus->args);
    out.removeDuplicates();
    return out;
}

QStringList Plan::problems(const QStringList& settingKeys) const
{
    QStringList out;
    QSet<QString> ids;
    for (const Step& s : m_steps) {
        if (ids.contains(s.id))
            out << QStringLiteral("duplicate step %1").arg(s.id);
        ids.insert(s.id);
    }
    // Variables each step can see: settings plus what its ancestors (and, for remedy steps,
    // the steps before them in the branch) capture. Needs must point backwards in the list,
    // which also rules out cycles and makes the list itself a valid order for the script.
    QHash<QString, QSet<QString>> visible;
    for (int i = 0; i < m_steps.size(); ++i) {
        const Step& s = m_steps.at(i);
        QSet<QString> vars(settingKeys.cbegin(), settingKeys.cend());
        for (const QString& need : s.needs) {
            const int j = indexOf(need);
            if (j < 0) {
                out << QStringLiteral("%1 needs unknown step %2").arg(s.id, need);
                continue;
            }
            if (j >= i) {
                out << QStringLiteral("%1 needs %2, which comes later").arg(s.id, need);
                continue;
            }
            vars.unite(visible.value(need));
            for (const Capture& c : m_steps.at(j).captures)
                vars.insert(c.variable);
        }
        for (const QString& v : referencedVariables(s)) {
            if (!vars.contains(v))
                out << QStringLiteral("%1 uses %2 before it is captured").arg(s.id, v);
        }
        for (const QString& r : s.remedySteps) {
            const Step* remedy = find(r);
            if (!remedy || !remedy->conditional)
                out << QStringLiteral("%1 has remedy %2 that is not a conditional step")
                           .arg(s.id, r);
        }
        if (s.remedyOn.has_value() != !s.remedySteps.isEmpty())
            out << QStringLiteral("%1 has a remedy trigger without steps or the reverse").arg(s.id);
        if (!m_stages.isEmpty() && !findStage(s.stage))
            out << QStringLiteral("%1 is in stage %2, which the plan does not list")
                       .arg(s.id, s.stage);
        if (s.type == steptype::Input && !s.input.endsWith('\n'))
            out << QStringLiteral("%1 has standard input that does not end with a newline")
                       .arg(s.id);
        visible.insert(s.id, vars);
    }
    return out;
}

int Plan::sequentialSeconds() const
{
    int total = 0;
    for (const Step& s : m_steps) {
        if (!s.conditional)
            total += s.expectedSeconds;
    }
    return total;
}

QHash<QString, int> Plan::remainingPathSeconds() const
{
    // Steps are listed with needs first, so one backwards sweep sees every dependant first.
    QHash<QString, int> remaining;
    for (int i = m_steps.size() - 1; i >= 0; --i) {
        const Step& s = m_steps.at(i);
        int longestAfter = 0;
        for (const Step& d : m_steps) {
            if (!d.conditional && d.needs.contains(s.id))
                longestAfter = std::max(longestAfter, remaining.value(d.id));
        }
        remaining.insert(s.id, (s.conditional ? 0 : s.expectedSeconds) + longestAfter);
    }
    return remaining;
}

int Plan::criticalPathSeconds() const
{
    int best = 0;
    const auto remaining = remainingPathSeconds();
    for (auto it = remaining.cbegin(); it != remaining.cend(); ++it)
        best = std::max(best, it.value());
    return best;
}

QStringList Plan::expandArgs(const QStringList& args, const QHash<QString, QString>& values,
                             const QHash<QString, QStringList>& lists, QStringList* missing)
{
    QStringList out;
    for (const QString& a : args) {
        const auto lm = listRef().match(a);
        if (lm.hasMatch()) {
            const QString name = lm.captured(1);
            if (!lists.contains(name) && missing)
                *missing << name;
            out << lists.value(name);
            continue;
        }
        QString expanded;
        qsizetype last = 0;
        auto it = scalarRef().globalMatch(a);
        while (it.hasNext()) {
            const auto m = it.next();
            expanded += a.mid(last, m.capturedStart() - last);
            const QString name = m.captured(1);
            // An empty value is as bad as none: `--scope ""` would assign a role on the whole
            // subscription. Settings that may be empty are only referenced when they are not.
            if (values.value(name).isEmpty() && missing)
                *missing << name;
            expanded += values.value(name);
            last = m.capturedEnd();
        }
        expanded += a.mid(last);
        out << expanded;
    }
    return out;
}

QString transientErrorName(TransientError e)
{
    switch (e) {
    case TransientError::OperationNotAllowed:
        return QStringLiteral("OperationNotAllowed");
    case TransientError::Throttled:
        return QStringLiteral("Throttled");
    case TransientError::InternalServerError:
        return QStringLiteral("InternalServerError");
    case TransientError::PrincipalNotFound:
        return QStringLiteral("PrincipalNotFound");
    case TransientError::NetworkRules:
        return QStringLiteral("NetworkRules");
    case TransientError::KubernetesApi:
        return QStringLiteral("KubernetesApi");
    case TransientError::GrafanaApi:
        return QStringLiteral("GrafanaApi");
    }
    return QString();
}

QString transientErrorPattern(TransientError e)
{
    // The codes Azure puts in parentheses at the start of an error, plus the storage message
    // the guide quotes, which has no code of its own.
    switch (e) {
    case TransientError::OperationNotAllowed:
        return QStringLiteral("OperationNotAllowed");
    case TransientError::Throttled:
        return QStringLiteral("Throttled|TooManyRequests");
    case TransientError::InternalServerError:
        return QStringLiteral("InternalServerError");
    case TransientError::PrincipalNotFound:
        return QStringLiteral("PrincipalNotFound");
    case TransientError::NetworkRules:
        // The guide's message, and the 403 that `--auth-mode login` gives for the same cause
        // (no data-plane role yet); the remedy is the same.
        return QStringLiteral("blocked by network rules|do not have the required permissions");
    case TransientError::KubernetesApi:
        // The API server's 429, 500, 503 and 504 as kubectl and helm print them, etcd's
        // timeout, the connection failing on the way, and helm's lock on a release that an
        // earlier, interrupted command still holds.
        return QStringLiteral("i/o timeout|connection refused|TLS handshake timeout|"
                              "the server is currently unable to handle the request|"
                              "etcdserver: request timed out|TooManyRequests|"
                              "the server has received too many requests|InternalError|"
                              "an error on the server|ServiceUnavailable|"
                              "the server was unable to return a response in the time allotted|"
                              "another operation \\(install/upgrade/rollback\\) is in progress");
    case TransientError::GrafanaApi:
        // The amg extension calls Grafana with requests; azure-cli prints its HTTPError:
        // "429 Client Error: Too Many Requests for url: ...", "503 Server Error: ...".
        return QStringLiteral("429 Client Error|50[0234] Server Error");
    }
    return QString();
}

QString notFoundPattern()
{
    // az: ARM's codes and messages (exit code 3); kubectl: the API server's NotFound and a
    // plugin that is not installed; helm: a release that does not exist.
    return QStringLiteral("ResourceNotFound|ResourceGroupNotFound|\\(NotFound\\)|was not found|"
                          "could not be found|release: not found|"
                          "unknown command \"(krew|cnpg)\" for \"kubectl\"");
}

} // namespace cnpg
