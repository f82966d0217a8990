// The executor's life cycle: scheduling, locks, cancel, the journal and live status.
// Running a single step (probe, command, retries, remedy) is in ExecutorRun.cpp.
#include "run/Executor.h"

#include "run/JournalWriter.h"
#include "util/Logging.h"

#include <QNetworkAccessManager>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <spdlog/spdlog.h>

namespace cnpg {

int RetryPolicy::delayAfter(int attempt) const
{
    const double d = baseDelayMs * std::pow(factor, std::max(0, attempt - 1));
    return int(std::min<double>(d, capMs));
}

QString Executor::outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::NotStarted:
        return QStringLiteral("notStarted");
    case Outcome::Running:
        return QStringLiteral("running");
    case Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

Executor::Executor(ProcessLauncher& launcher, Plan plan, QHash<QString, QString> values,
                   QHash<QString, QStringList> lists, ExecutorOptions options, QObject* parent)
    : QObject(parent)
    , m_launcher(launcher)
    , m_plan(std::move(plan))
    , m_values(std::move(values))
    , m_lists(std::move(lists))
    , m_options(std::move(options))
    , m_journal(m_options.journal)
{
    qRegisterMetaType<cnpg::StepStatus>();
    qRegisterMetaType<cnpg::Executor::Outcome>();
    const auto remaining = m_plan.remainingPathSeconds();
    m_steps.resize(size_t(m_plan.steps().size()));
    for (int i = 0; i < m_plan.steps().size(); ++i) {
        Runtime& r = m_steps[size_t(i)];
        r.step = &m_plan.steps().at(i);
        r.index = i;
        r.priority = remaining.value(r.step->id);
        m_index.insert(r.step->id, i);
    }
    // A remedy step inherits the urgency of the step it rescues.
    for (Runtime& r : m_steps) {
        for (const QString& id : r.step->remedySteps) {
            if (Runtime* remedy = rt(id))
                remedy->priority = std::max(remedy->priority, r.priority);
        }
    }
    if (m_options.parallelLimit < 1)
        m_options.parallelLimit = 1;
    m_journal.steps.clear();
    m_journal.captures.clear();
    m_journal.inFlight.clear();
    m_journal.outcome = outcomeName(Outcome::NotStarted);
    if (!m_options.journalPath.isEmpty()) {
        m_writer = new JournalWriter(m_options.journalPath, this);
        connect(m_writer, &JournalWriter::failed, this, [this](const QString& error) {
            spdlog::error("cannot write the journal {}: {}", m_options.journalPath, error);
        });
    }
}

Executor::~Executor()
{
    // Children must not outlive the executor unobserved; normally finished() came first.
    for (Runtime& r : m_steps) {
        if (r.process)
            r.process->kill();
        if (r.task)
            r.task->kill();
    }
}

Executor::Runtime* Executor::rt(const QString& id)
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_steps[size_t(it.value())];
}

const Executor::Runtime* Executor::rt(const QString& id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_steps[size_t(it.value())];
}

StepStatus Executor::status(const QString& id) const
{
    const Runtime* r = rt(id);
    return r ? r->status : StepStatus();
}

qint64 Executor::elapsedMs(const QString& id) const
{
    const Runtime* r = rt(id);
    if (!r)
        return 0;
    if (!isFinal(r->status.state) && r->clock.isValid())
        return r->clock.elapsed();
    return r->status.elapsedMs;
}

QStringList Executor::inFlight() const
{
    QStringList out;
    for (const Runtime& r : m_steps) {
        if (isActive(r) || r.status.state == StepState::Retrying || r.settle)
            out << r.step->id;
    }
    return out;
}

int Executor::activeCount() const
{
    int n = 0;
    for (const Runtime& r : m_steps)
        n += isActive(r) ? 1 : 0;
    return n;
}

void Executor::resumeFrom(const Journal& previous)
{
    Journal::RunRecord run;
    run.startedAt = previous.startedAt;
    run.endedAt = previous.updatedAt;
    run.outcome = previous.outcome;
    run.inFlight = previous.inFlight;
    m_journal.history = previous.history;
    if (m_journal.readiness.isEmpty())
        m_journal.readiness = previous.readiness;
    m_journal.history << run;
    // The journal is a hint, never the truth: what the machine holds (CLI extensions, Helm
    // repositories, krew, credentials) may have changed since, as may what Azure holds. So every
    // step runs again: a probed one skips only what its probe finds, and the local set-up
    // without a probe is idempotent and quick.
}

void Executor::start()
{
    if (m_outcome != Outcome::NotStarted)
        return;
    Batch batch(this);
    m_outcome = Outcome::Running;
    m_journal.startedAt = QDateTime::currentDateTimeUtc();
    m_runClock.start();
    m_journal.outcome = outcomeName(m_outcome);
    if (m_options.pollIntervalMs > 0) {
        ProcessSpec base;
        base.environment = m_options.environment;
        base.workingDirectory = m_options.workingDirectory;
        m_poller = new StatusPoller(m_launcher, base, m_options.pollIntervalMs, this);
        connect(m_poller, &StatusPoller::polled, this, &Executor::onPolled);
        connect(m_poller, &StatusPoller::idle, this, [this] { checkFinished(); });
        m_live = new LiveStatusPoller(m_launcher, base, m_options.pollIntervalMs, this);
        connect(m_live, &LiveStatusPoller::answered, this, &Executor::onLiveStatus);
        connect(m_live, &LiveStatusPoller::idle, this, [this] { checkFinished(); });
    }
    spdlog::info("deployment {}: {} steps, parallel limit {}", m_journal.deployment,
                 m_plan.steps().size(), m_options.parallelLimit);
    for (Runtime& r : m_steps) {
        if (r.status.state == StepState::Skipped) {
            spdlog::info("[{}] Skipped: done in an earlier run", r.step->id);
            emit stepChanged(r.step->id, r.status);
        }
    }
    markDirty();
    schedule();
}

QString Executor::blockingFailure(const Runtime& r) const
{
    // Needs come earlier in the plan, so their own blocking is already decided.
    QStringList needs = r.step->needs;
    if (!r.remedyPrevious.isEmpty())
        needs << r.remedyPrevious;
    for (const QString& id : needs) {
        const Runtime* n = rt(id);
        if (!n)
            continue;
        if (n->status.state == StepState::Failed || n->status.state == StepState::Cancelled)
            return id;
        if (n->status.reason == reason::DependencyFailed && !isFinal(n->status.state))
            return n->status.waitingFor;
    }
    return QString();
}

QString Executor::unmetNeed(const Runtime& r) const
{
    QStringList needs = r.step->needs;
    if (!r.remedyPrevious.isEmpty())
        needs << r.remedyPrevious;
    for (const QString& id : needs) {
        const Runtime* n = rt(id);
        if (n && !isDone(n->status.state))
            return id;
    }
    return QString();
}

void Executor::schedule()
{
    if (m_outcome != Outcome::Running)
        return;
    if (m_cancelling) {
        checkFinished(); // nothing new starts; see whether the last child is gone
        return;
    }
    std::vector<Runtime*> ready;
    for (Runtime& r : m_steps) {
        const StepState s = r.status.state;
        if (r.step->conditional && !r.activated)
            continue;
        if (s == StepState::Retrying) {
            if (r.retryReady && !isActive(r))
                ready.push_back(&r);
            continue;
        }
        if (s != StepState::Pending && s != StepState::Waiting)
            continue;
        const QString failed = blockingFailure(r);
        if (!failed.isEmpty()) {
            setState(r, StepState::Pending, reason::DependencyFailed, failed);
            continue;
        }
        const QString need = unmetNeed(r);
        if (!need.isEmpty()) {
            setState(r, StepState::Waiting, reason::Dependency, need);
            continue;
        }
        ready.push_back(&r);
    }
    std::stable_sort(ready.begin(), ready.end(), [](const Runtime* a, const Runtime* b) {
        return a->priority != b->priority ? a->priority > b->priority : a->index < b->index;
    });
    int active = activeCount();
    bool launched = false;
    bool deferred = false;
    for (Runtime* r : ready) {
        QString lock;
        if (!r->step->lock.isEmpty())
            lock = Plan::expandArgs({r->step->lock}, m_values, m_lists).value(0);
        const QString holder = lock.isEmpty() ? QString() : m_locks.value(lock);
        const bool lockBusy = !holder.isEmpty() && holder != r->step->id;
        if (active >= m_options.parallelLimit || lockBusy) {
            if (r->status.state != StepState::Retrying) {
                if (lockBusy)
                    setState(*r, StepState::Waiting, reason::Lock, lock);
                else
                    setState(*r, StepState::Waiting, reason::Slot);
            }
            continue;
        }
        if (launched) {
            // Starting a child forks; one per event-loop pass keeps the loop responsive when a
            // finished step releases several dependants at once.
            deferred = true;
            ++active;
            continue;
        }
        if (!lock.isEmpty()) {
            m_locks.insert(lock, r->step->id);
            r->lock = lock;
        }
        launch(*r);
        launched = true;
        ++active;
    }
    if (deferred && !m_schedulePosted) {
        m_schedulePosted = true;
        QTimer::singleShot(0, this, [this] {
            m_schedulePosted = false;
            Batch batch(this);
            schedule();
        });
    }
    updatePoller();
    checkFinished();
}

void Executor::setState(Runtime& r, StepState state, const QString& reasonCode,
                        const QString& waitingFor)
{
    if (r.status.state == state && r.status.reason == reasonCode &&
        r.status.waitingFor == waitingFor)
        return;
    r.status.state = state;
    r.status.reason = reasonCode;
    r.status.waitingFor = waitingFor;
    if (state != StepState::Running)
        r.status.probing = false;
    if (state != StepState::Retrying)
        r.status.retryDelayMs = 0;
    notePhase(r);
    markDirty();
    emit stepChanged(r.step->id, r.status);
}

void Executor::notePhase(Runtime& r)
{
    const StepStatus& st = r.status;
    QString why;
    if (st.state == StepState::Retrying)
        why = st.waitingFor == reason::Remedy ? reason::Remedy : st.reason;
    if (!r.phases.isEmpty()) {
        const Journal::Phase& last = r.phases.constLast();
        if (last.state == st.state && last.attempt == st.attempt && last.reason == why)
            return;
        // Waiting for one thing, then another (a dependency, then a lock) is one wait.
        if (last.state == StepState::Waiting && st.state == StepState::Waiting)
            return;
    }
    const qint64 at = m_runClock.isValid() ? m_runClock.elapsed() : 0;
    r.phases << Journal::Phase{st.state, at, st.attempt, why};
}

void Executor::finishStep(Runtime& r, StepState state, const QString& reasonCode,
                          const QString& errorText)
{
    for (QTimer** timer : {&r.backoff, &r.settle}) {
        if (*timer) {
            (*timer)->stop();
            (*timer)->deleteLater();
            *timer = nullptr;
        }
    }
    r.retryReady = false;
    if (!r.lock.isEmpty()) {
        m_locks.remove(r.lock);
        r.lock.clear();
    }
    r.status.finishedAt = QDateTime::currentDateTimeUtc();
    r.status.elapsedMs = r.clock.isValid() ? r.clock.elapsed() : 0;
    r.status.errorText = errorText;
    r.status.provisioningState.clear();
    r.status.state = StepState::Pending; // force the change through setState
    setState(r, state, reasonCode);
    // Step events go to the run log only: the app shows them through stepChanged().
    if (state == StepState::Failed)
        spdlog::info("[{}] Failed ({}): {}", r.step->id, reasonCode, maskSecrets(errorText));
    else
        spdlog::info("[{}] {} after {} ms", r.step->id, stepStateName(state), r.status.elapsedMs);
    if (!r.remedyParent.isEmpty())
        remedyStepEnded(r);
}

void Executor::checkFinished()
{
    if (m_outcome != Outcome::Running || m_finishQueued || m_schedulePosted)
        return;
    for (const Runtime& r : m_steps) {
        if (isActive(r))
            return;
        if (r.status.state == StepState::Retrying && !m_cancelling)
            return; // a pause or a remedy is still to come
        if (!m_cancelling &&
            (r.status.state == StepState::Waiting || r.status.state == StepState::Running))
            return; // schedule() will start it
    }
    if (m_poller && !m_poller->isIdle()) {
        m_poller->stop(); // idle() brings us back here
        return;
    }
    if (m_live && !m_live->isIdle()) {
        m_live->stop(); // idle() brings us back here
        return;
    }
    m_finishQueued = true;
    // Never from inside start() or cancel(): callers get finished() from the event loop.
    QTimer::singleShot(0, this, &Executor::emitFinished);
}

void Executor::emitFinished()
{
    Batch batch(this);
    if (m_graceTimer)
        m_graceTimer->stop();
    if (m_poller)
        m_poller->stop();
    if (m_live)
        m_live->stop();
    bool allDone = true;
    for (Runtime& r : m_steps) {
        if (r.step->conditional)
            continue;
        if (!isDone(r.status.state))
            allDone = false;
        if (r.status.state == StepState::Waiting)
            setState(r, StepState::Pending, r.status.reason, r.status.waitingFor);
    }
    m_outcome =
        m_cancelling ? Outcome::Cancelled : (allDone ? Outcome::Succeeded : Outcome::Failed);
    m_journal.outcome = outcomeName(m_outcome);
    if (!m_cancelling)
        m_journal.inFlight.clear();
    spdlog::info("deployment {}: {}", m_journal.deployment, outcomeName(m_outcome));
    markDirty();
    writeJournal();
    if (m_writer && !m_writer->isIdle()) {
        // finished() promises the journal is on disk: wait for the writer, not for the disk.
        connect(
            m_writer, &JournalWriter::idle, this, [this] { emit finished(m_outcome); },
            Qt::SingleShotConnection);
        return;
    }
    emit finished(m_outcome);
}

void Executor::cancel()
{
    if (m_outcome != Outcome::Running)
        return;
    Batch batch(this);
    if (m_cancelling) {
        killAll(); // asked twice: no more grace
        return;
    }
    m_cancelling = true;
    m_journal.inFlight = inFlight();
    spdlog::info("cancel: terminating {} step(s): {}", m_journal.inFlight.size(),
                 m_journal.inFlight.join(QStringLiteral(", ")));
    for (Runtime& r : m_steps) {
        if (r.process) {
            r.process->terminate();
        } else if (r.task) {
            r.task->terminate();
        } else if (r.status.state == StepState::Retrying || r.settle) {
            finishStep(r, StepState::Cancelled, r.status.reason);
        } else if (r.status.state == StepState::Waiting) {
            setState(r, StepState::Pending);
        }
    }
    if (m_poller)
        m_poller->stop();
    if (m_live)
        m_live->stop();
    m_graceTimer = new QTimer(this);
    m_graceTimer->setSingleShot(true);
    connect(m_graceTimer, &QTimer::timeout, this, [this] {
        Batch batch(this);
        killAll();
    });
    m_graceTimer->start(m_options.graceMs);
    markDirty();
    checkFinished();
}

void Executor::killAll()
{
    for (Runtime& r : m_steps) {
        if (r.process) {
            spdlog::warn("[{}] still running after the grace period: killing it", r.step->id);
            r.process->kill();
        } else if (r.task) {
            r.task->kill();
        }
    }
}

QString Executor::expandedResourceGroup(const Runtime& r) const
{
    if (r.step->resourceGroup.isEmpty())
        return QString();
    return Plan::expandArgs({r.step->resourceGroup}, m_values, m_lists).value(0);
}

void Executor::updatePoller()
{
    updateLiveStatus();
    if (!m_poller || m_cancelling)
        return;
    // Poll the groups in which something is being created right now, and only then.
    QStringList groups;
    for (const Runtime& r : m_steps) {
        if (r.task && r.step->kind == StepKind::Create && !r.step->resourceType.isEmpty()) {
            const QString rg = expandedResourceGroup(r);
            if (!rg.isEmpty() && !groups.contains(rg))
                groups << rg;
        }
    }
    m_poller->setResourceGroups(groups);
    m_poller->setActive(!groups.isEmpty());
}

void Executor::onPolled(const QString& group, const QList<ResourceStatus>& resources)
{
    Batch batch(this);
    for (Runtime& r : m_steps) {
        if (!r.task || r.step->resourceType.isEmpty() || expandedResourceGroup(r) != group)
            continue;
        const QString name = Plan::expandArgs({r.step->resourceName}, m_values, m_lists).value(0);
        // Child resources (node pools, add-ons) are not listed: their parent is, and it is
        // Updating while they change.
        const QStringList typeParts = r.step->resourceType.split(QLatin1Char('/'));
        const QString parentType =
            typeParts.size() > 2 ? typeParts.mid(0, 2).join(QLatin1Char('/')) : QString();
        const QString parentName =
            r.step->resourceParent.isEmpty()
                ? QString()
                : Plan::expandArgs({r.step->resourceParent}, m_values, m_lists).value(0);
        const ResourceStatus* found = nullptr;
        const ResourceStatus* parent = nullptr;
        for (const ResourceStatus& res : resources) {
            if (res.type.compare(r.step->resourceType, Qt::CaseInsensitive) == 0 &&
                res.name.compare(name, Qt::CaseInsensitive) == 0)
                found = &res;
            else if (!parentType.isEmpty() && !parentName.isEmpty() &&
                     res.type.compare(parentType, Qt::CaseInsensitive) == 0 &&
                     res.name.compare(parentName, Qt::CaseInsensitive) == 0)
                parent = &res;
        }
        if (!found)
            found = parent;
        if (found && found->provisioningState != r.status.provisioningState) {
            r.status.provisioningState = found->provisioningState;
            emit provisioningStateChanged(r.step->id, found->provisioningState);
            emit stepChanged(r.step->id, r.status);
        }
    }
}

void Executor::updateLiveStatus()
{
    if (!m_live || m_cancelling)
        return;
    QHash<QString, Command> queries;
    for (const Runtime& r : m_steps) {
        if (!r.task || !r.step->liveStatus)
            continue;
        QStringList missing;
        const QStringList args =
            Plan::expandArgs(r.step->liveStatus->args, m_values, m_lists, &missing);
        if (missing.isEmpty()) // the command itself fails on a missing value
            queries.insert(r.step->id, Command{r.step->liveStatus->program, args});
    }
    m_live->setQueries(queries);
}

void Executor::onLiveStatus(const QString& id, const QString& text)
{
    Batch batch(this);
    Runtime* r = rt(id);
    // An answer that arrives after the step's command ended is not its state any more.
    if (!r || !r->task || m_cancelling || text == r->status.provisioningState)
        return;
    r->status.provisioningState = text;
    emit provisioningStateChanged(id, text);
    emit stepChanged(id, r->status);
}

void Executor::writeJournal()
{
    m_dirty = false;
    m_journal.updatedAt = QDateTime::currentDateTimeUtc();
    for (const Runtime& r : m_steps) {
        if (r.step->conditional && !r.activated)
            continue;
        Journal::StepRecord rec;
        rec.state = r.status.state;
        rec.attempts = r.status.attempt;
        rec.reason = r.status.reason;
        rec.errorText = r.status.errorText;
        rec.startedAt = r.status.startedAt;
        rec.finishedAt = r.status.finishedAt;
        rec.elapsedMs = elapsedMs(r.step->id);
        rec.phases = r.phases;
        m_journal.steps.insert(r.step->id, rec);
    }
    if (!m_cancelling && m_outcome == Outcome::Running)
        m_journal.inFlight = inFlight();
    if (m_writer)
        m_writer->write(m_journal.toJson());
}

} // namespace cnpg
