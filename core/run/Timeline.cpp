#include "run/Timeline.h"

#include <QHash>
#include <algorithm>

namespace cnpg {

namespace {
Timeline::SpanKind kindOf(StepState s)
{
    switch (s) {
    case StepState::Waiting:
        return Timeline::SpanKind::Waiting;
    case StepState::Retrying:
        return Timeline::SpanKind::Pause;
    default:
        return Timeline::SpanKind::Running;
    }
}

bool drawn(StepState s)
{
    return s == StepState::Waiting || s == StepState::Running || s == StepState::Retrying;
}

// A step that started this long after its latest need ended waited for that need still.
constexpr qint64 HandOverSlackMs = 1000;
} // namespace

Timeline::Row Timeline::makeRow(const Step& step, const Journal::StepRecord& record, qint64 nowMs)
{
    Row row;
    row.stepId = step.id;
    row.stage = step.stage;
    row.state = record.state;
    row.attempts = record.attempts;
    row.remedyStep = step.conditional;
    const QList<Journal::Phase>& phases = record.phases;
    row.queuedMs = phases.constFirst().atMs;
    for (int i = 0; i < phases.size(); ++i) {
        const Journal::Phase& p = phases.at(i);
        const bool last = i + 1 == phases.size();
        if (!drawn(p.state)) {
            if (isFinal(p.state) && row.ran())
                row.endMs = p.atMs;
            continue;
        }
        const qint64 to = last ? std::max(nowMs, p.atMs) : phases.at(i + 1).atMs;
        row.live = row.live || last;
        if (p.state == StepState::Running && !row.ran())
            row.startMs = p.atMs;
        Span span{kindOf(p.state), p.atMs, to, p.attempt, p.reason == reason::Remedy};
        // Two phases of one kind in a row (a probe, then the command) draw as one span.
        if (!row.spans.isEmpty() && row.spans.constLast().kind == span.kind &&
            row.spans.constLast().attempt == span.attempt)
            row.spans.last().toMs = to;
        else
            row.spans << span;
    }
    if (row.ran() && row.live)
        row.endMs = std::max(nowMs, row.spans.constLast().toMs);
    return row;
}

Timeline Timeline::build(const Plan& plan, const Journal& journal, qint64 nowMs)
{
    Timeline t;
    if (nowMs < 0)
        nowMs = std::max<qint64>(0, journal.startedAt.msecsTo(journal.updatedAt));
    qint64 first = -1;
    qint64 last = -1;
    for (const Step& step : plan.steps()) {
        const auto it = journal.steps.constFind(step.id);
        if (it == journal.steps.cend())
            continue;
        if (it->phases.isEmpty()) {
            t.m_earlier += isDone(it->state) ? 1 : 0;
            continue;
        }
        Row row = makeRow(step, *it, nowMs);
        if (row.spans.isEmpty()) {
            // Trusted from the journal of an earlier run: done at once, drew nothing.
            t.m_earlier += isDone(row.state) ? 1 : 0;
            continue;
        }
        t.m_live = t.m_live || row.live;
        t.m_extentMs = std::max(t.m_extentMs, row.spans.constLast().toMs);
        if (row.ran()) {
            first = first < 0 ? row.startMs : std::min(first, row.startMs);
            last = std::max(last, row.endMs);
            t.m_sumMs += row.durationMs();
        }
        t.m_rows << row;
    }
    t.m_wallMs = first < 0 ? 0 : last - first;
    t.markCriticalPath(plan);
    return t;
}

const Timeline::Row* Timeline::row(const QString& stepId) const
{
    for (const Row& r : m_rows) {
        if (r.stepId == stepId)
            return &r;
    }
    return nullptr;
}

void Timeline::markCriticalPath(const Plan& plan)
{
    QHash<QString, int> index;
    for (int i = 0; i < m_rows.size(); ++i)
        index.insert(m_rows.at(i).stepId, i);
    int current = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).ran() && (current < 0 || m_rows.at(i).endMs > m_rows.at(current).endMs))
            current = i;
    }
    while (current >= 0) {
        Row& row = m_rows[current];
        row.critical = true;
        m_critical.prepend(row.stepId);
        // What it waited for: the need (or the holder of its lock) that ended last before it.
        const Step* step = plan.find(row.stepId);
        QStringList candidates = step ? step->needs : QStringList();
        if (step && !step->lock.isEmpty()) {
            for (const Step& other : plan.steps()) {
                if (other.lock == step->lock && other.id != step->id)
                    candidates << other.id;
            }
        }
        int next = -1;
        for (const QString& id : candidates) {
            const int i = index.value(id, -1);
            if (i < 0 || i == current || !m_rows.at(i).ran() || m_rows.at(i).critical ||
                m_rows.at(i).endMs > row.startMs + HandOverSlackMs)
                continue;
            if (next < 0 || m_rows.at(i).endMs > m_rows.at(next).endMs)
                next = i;
        }
        current = next;
    }
}

qint64 Timeline::tickInterval(qint64 extentMs, int maxTicks)
{
    static const qint64 steps[] = {1000,   2000,    5000,    10000,   15000,
                                   30000,  60000,   120000,  300000,  600000,
                                   900000, 1800000, 3600000, 7200000, 14400000};
    maxTicks = std::max(1, maxTicks);
    for (qint64 s : steps) {
        if (extentMs / s <= maxTicks)
            return s;
    }
    const qint64 largest = steps[std::size(steps) - 1];
    return largest * (extentMs / maxTicks / largest + 1);
}

} // namespace cnpg
