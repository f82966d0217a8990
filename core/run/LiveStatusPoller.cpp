#include "run/LiveStatusPoller.h"

#include "run/LivePhase.h"

#include <QList>
#include <QTimer>

namespace cnpg {

LiveStatusPoller::LiveStatusPoller(ProcessLauncher& launcher, ProcessSpec base, int intervalMs,
                                   QObject* parent)
    : QObject(parent)
    , m_launcher(launcher)
    , m_base(std::move(base))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &LiveStatusPoller::pollAll);
}

void LiveStatusPoller::setQueries(const QHash<QString, Command>& queries)
{
    // The queries first: an answer that a terminated query still delivers is then dropped.
    m_queries = queries;
    QList<RunningProcess*> stale; // their steps ended: the answers would be out of date
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        if (!queries.contains(it.key()))
            stale << it.value();
    }
    for (RunningProcess* p : std::as_const(stale))
        p->terminate();
    if (m_queries.isEmpty())
        m_timer->stop();
    else if (!m_timer->isActive() && m_timer->interval() > 0)
        m_timer->start();
}

void LiveStatusPoller::stop()
{
    setQueries({});
    if (m_inFlight.isEmpty())
        emit idle();
}

void LiveStatusPoller::pollAll()
{
    for (auto it = m_queries.cbegin(); it != m_queries.cend(); ++it) {
        if (!m_inFlight.contains(it.key()))
            start(it.key(), it.value());
    }
}

void LiveStatusPoller::start(const QString& id, const Command& command)
{
    ProcessSpec spec = m_base;
    spec.program = command.program;
    spec.arguments = command.args;
    RunningProcess* p = m_launcher.start(spec, this);
    m_inFlight.insert(id, p);
    connect(p, &RunningProcess::finished, this, [this, id, p](const ProcessResult& r) {
        m_inFlight.remove(id);
        p->deleteLater();
        // A failed answer, or one without a phase, is no news: the resource may not exist
        // yet, or the API server may be busy; the next poll may work. Only the end is
        // trimmed: an absent phase leaves the answer starting with its tab.
        QString text = QString::fromUtf8(r.standardOutput);
        while (!text.isEmpty() && text.back().isSpace())
            text.chop(1);
        if (r.ok() && !LivePhase::parse(text).isEmpty() && m_queries.contains(id))
            emit answered(id, text);
        if (m_inFlight.isEmpty() && m_queries.isEmpty())
            emit idle();
    });
}

} // namespace cnpg
