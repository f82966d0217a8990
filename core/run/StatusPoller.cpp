#include "run/StatusPoller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace cnpg {

StatusPoller::StatusPoller(ProcessLauncher& launcher, ProcessSpec base, int intervalMs,
                           QObject* parent)
    : QObject(parent)
    , m_launcher(launcher)
    , m_base(std::move(base))
    , m_timer(new QTimer(this))
{
    m_base.program = QStringLiteral("az");
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &StatusPoller::pollAll);
}

void StatusPoller::setResourceGroups(const QStringList& groups)
{
    m_groups = groups;
}

void StatusPoller::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active && m_timer->interval() > 0)
        m_timer->start();
    else
        m_timer->stop();
}

void StatusPoller::stop()
{
    setActive(false);
    for (RunningProcess* p : std::as_const(m_inFlight))
        p->terminate();
    if (m_inFlight.isEmpty())
        emit idle();
}

QStringList StatusPoller::arguments(const QString& resourceGroup)
{
    return {QStringLiteral("resource"),
            QStringLiteral("list"),
            QStringLiteral("--resource-group"),
            resourceGroup,
            QStringLiteral("--query"),
            QStringLiteral("[].{name:name, type:type, provisioningState:provisioningState}"),
            QStringLiteral("--output"),
            QStringLiteral("json")};
}

QList<ResourceStatus> StatusPoller::parse(const QByteArray& json, bool* ok)
{
    QList<ResourceStatus> out;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (ok)
        *ok = doc.isArray();
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        ResourceStatus r;
        r.name = o.value(QStringLiteral("name")).toString();
        r.type = o.value(QStringLiteral("type")).toString();
        r.provisioningState = o.value(QStringLiteral("provisioningState")).toString();
        if (!r.name.isEmpty())
            out << r;
    }
    return out;
}

void StatusPoller::pollAll()
{
    for (const QString& rg : std::as_const(m_groups)) {
        if (rg.isEmpty() || m_inFlight.contains(rg))
            continue;
        ProcessSpec spec = m_base;
        spec.arguments = arguments(rg);
        RunningProcess* p = m_launcher.start(spec, this);
        m_inFlight.insert(rg, p);
        connect(p, &RunningProcess::finished, this, [this, rg, p](const ProcessResult& r) {
            m_inFlight.remove(rg);
            p->deleteLater();
            if (r.ok()) {
                bool ok = false;
                const auto resources = parse(r.standardOutput, &ok);
                if (ok)
                    emit polled(rg, resources);
            }
            // A failed poll is not an error of the deployment: the next one may work.
            if (m_inFlight.isEmpty() && !m_active)
                emit idle();
        });
    }
}

} // namespace cnpg
