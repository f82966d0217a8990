#pragma once

#include "plan/Plan.h"
#include "run/Journal.h"
#include "run/StepState.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cnpg {

// A run as a picture's data: one row per step on a shared time axis (milliseconds from the
// run's start), built from the journal's phases. A row's spans say what the step did when:
// waiting for its needs, a lock or a slot; running (its probe or command); pausing before a
// retry or while its remedy branch runs. The critical path is the chain of steps, each waiting
// on the one before, that ended last: what made the run as long as it was.
class Timeline
{
public:
    enum class SpanKind
    {
        Waiting,
        Running,
        Pause, // before a retry, or the remedy branch (`remedy`)
    };
    struct Span
    {
        SpanKind kind = SpanKind::Running;
        qint64 fromMs = 0;
        qint64 toMs = 0;
        int attempt = 0;
        bool remedy = false;
    };
    struct Row
    {
        QString stepId;
        QString stage;
        StepState state = StepState::Pending; // the last phase's
        int attempts = 0;
        bool remedyStep = false; // a step of a remedy branch (it ran because another failed)
        bool critical = false;
        bool live = false;   // not over yet: its last span ends at the timeline's now
        qint64 queuedMs = 0; // the first phase
        qint64 startMs = -1; // the first run; -1: never ran
        qint64 endMs = -1;   // the final state (live: now); -1: never ran
        QList<Span> spans;

        bool ran() const { return startMs >= 0; }
        qint64 durationMs() const { return ran() ? endMs - startMs : 0; }
    };

    // `nowMs`: where live spans end (ms from the journal's start); -1: the journal's last write.
    static Timeline build(const Plan& plan, const Journal& journal, qint64 nowMs = -1);

    const QList<Row>& rows() const { return m_rows; }
    const Row* row(const QString& stepId) const;
    // Start to end of the steps that ran: what the run took.
    qint64 wallMs() const { return m_wallMs; }
    // The steps' durations added up: what running them one after another, in the guide's
    // order, would have taken.
    qint64 sumMs() const { return m_sumMs; }
    // The axis: from 0 to the last thing drawn.
    qint64 extentMs() const { return m_extentMs; }
    // First to last, the steps of the critical path.
    const QStringList& criticalPath() const { return m_critical; }
    // Steps the journal trusts from an earlier run (not drawn: they did nothing in this one).
    int earlierRunSteps() const { return m_earlier; }
    bool isLive() const { return m_live; }

    // A round interval between two labelled ticks: at most `maxTicks` over `extentMs`.
    static qint64 tickInterval(qint64 extentMs, int maxTicks);

private:
    static Row makeRow(const Step& step, const Journal::StepRecord& record, qint64 nowMs);
    void markCriticalPath(const Plan& plan);

    QList<Row> m_rows;
    qint64 m_wallMs = 0;
    qint64 m_sumMs = 0;
    qint64 m_extentMs = 0;
    QStringList m_critical;
    int m_earlier = 0;
    bool m_live = false;
};

} // namespace cnpg
