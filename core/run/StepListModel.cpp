#include "run/StepListModel.h"

#include "export/ScriptWriter.h"
#include "run/Executor.h"
#include "run/StepWording.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>

namespace cnpg {

namespace {
constexpr int LogCap = 512 * 1024; // per step: keep the tail of very chatty tools

bool isTopLevel(const Step& s)
{
    return !s.conditional && (!s.resourceType.isEmpty() ||
                              (s.kind == StepKind::Install && !s.resourceName.isEmpty()));
}

quintptr childTag(int group)
{
    return quintptr(group) + 1;
} // 0 marks a top-level index
} // namespace

StepListModel::StepListModel(const Plan& plan, const QHash<QString, QString>& values,
                             const QHash<QString, QStringList>& lists, const StepWording& wording,
                             QObject* parent)
    : QAbstractItemModel(parent)
    , m_plan(plan)
    , m_wording(wording)
    , m_values(values)
    , m_lists(lists)
{
    const QList<Step>& steps = m_plan.steps();
    for (const Step& s : steps) {
        if (isTopLevel(s)) {
            m_groupOf.insert(s.id, int(m_groups.size()));
            m_groups.append({s.id, {}});
        }
    }
    // Remedy steps join the row of the step whose branch they are; other helpers (reads,
    // checks, credentials, the Helm repository) join the first resource row of their stage.
    for (const Step& s : steps) {
        if (m_groupOf.contains(s.id))
            continue;
        int group = -1;
        for (const Step& other : steps) {
            if (s.conditional ? other.remedySteps.contains(s.id)
                              : (other.stage == s.stage && isTopLevel(other))) {
                group = m_groupOf.value(other.id, -1);
                break;
            }
        }
        if (group < 0) { // a stage without a resource: a row of its own
            group = int(m_groups.size());
            m_groups.append({s.id, {}});
        }
        m_groupOf.insert(s.id, group);
    }
    for (const Step& s : steps)
        m_groups[m_groupOf.value(s.id)].members << s.id;
    m_remaining = m_plan.remainingPathSeconds();
}

void StepListModel::attach(Executor* executor)
{
    if (m_executor)
        disconnect(m_executor, nullptr, this, nullptr);
    m_executor = executor;
    if (!executor)
        return;
    m_values = executor->values();
    connect(executor, &Executor::stepChanged, this, &StepListModel::onStepChanged);
    connect(executor, &Executor::stepOutput, this, &StepListModel::onOutput);
    // A resumed executor starts from the journal's states: take them over at once.
    // What this session already finished stays shown as finished until the new run reports it
    // again (a retry probes it and finds it there).
    beginResetModel();
    for (const Step& s : m_plan.steps()) {
        const StepStatus fresh = executor->status(s.id);
        const StepState before = m_status.value(s.id).state;
        const bool keep = (before == StepState::Succeeded && (fresh.state == StepState::Pending ||
                                                              fresh.state == StepState::Skipped)) ||
                          (before == StepState::Skipped && fresh.state == StepState::Pending);
        if (!keep)
            m_status.insert(s.id, fresh);
    }
    endResetModel();
}

QString StepListModel::provisioningState(const QString& id) const
{
    const StepStatus st = m_status.value(id);
    if (!st.provisioningState.isEmpty())
        return m_wording.liveState(st.provisioningState);
    if (st.state == StepState::Running && st.bytesDone >= 0)
        return m_wording.download(st.bytesDone, std::max<qint64>(st.bytesTotal, 0));
    // The executor forgets it when the step ends; Azure's last word then is Succeeded (the
    // command returns once provisioning is done), or what was last seen before a failure.
    const QString last = m_provisioning.value(id);
    if (!last.isEmpty() && st.state == StepState::Succeeded)
        return QStringLiteral("Succeeded");
    return isFinal(st.state) && st.state != StepState::Succeeded ? m_wording.liveState(last)
                                                                 : QString();
}

Executor* StepListModel::executor() const
{
    return m_executor;
}

QStringList StepListModel::groupIds() const
{
    QStringList out;
    for (const Group& g : m_groups)
        out << g.main;
    return out;
}

bool StepListModel::counts(const QString& id) const
{
    const Step* s = m_plan.find(id);
    return s && (!s->conditional || m_status.value(id).state != StepState::Pending);
}

StepState StepListModel::groupState(int row) const
{
    if (row < 0 || row >= m_groups.size())
        return StepState::Pending;
    const Group& g = m_groups.at(row);
    bool failed = false, cancelled = false, retrying = false, running = false, waiting = false;
    bool allDone = true, anyDone = false;
    for (const QString& id : g.members) {
        if (!counts(id))
            continue;
        const StepState st = m_status.value(id).state;
        failed |= st == StepState::Failed;
        cancelled |= st == StepState::Cancelled;
        retrying |= st == StepState::Retrying;
        running |= st == StepState::Running;
        waiting |= st == StepState::Waiting;
        allDone &= isDone(st);
        anyDone |= isDone(st);
    }
    if (failed)
        return StepState::Failed;
    if (cancelled)
        return StepState::Cancelled;
    if (retrying)
        return StepState::Retrying;
    if (running)
        return StepState::Running;
    if (allDone)
        return m_status.value(g.main).state == StepState::Skipped ? StepState::Skipped
                                                                  : StepState::Succeeded;
    if (waiting || anyDone)
        return StepState::Waiting;
    return StepState::Pending;
}

qint64 StepListModel::elapsed(const QString& id) const
{
    const StepStatus st = m_status.value(id);
    if ((st.state == StepState::Running || st.state == StepState::Retrying) && m_executor)
        return m_executor->elapsedMs(id);
    return st.elapsedMs;
}

qint64 StepListModel::groupElapsed(int row) const
{
    // The span from the first start to the last end: members may run side by side.
    QDateTime first, last;
    bool live = false;
    for (const QString& id : m_groups.at(row).members) {
        const StepStatus st = m_status.value(id);
        if (!st.startedAt.isValid())
            continue;
        if (!first.isValid() || st.startedAt < first)
            first = st.startedAt;
        if (isFinal(st.state) && st.finishedAt.isValid()) {
            if (!last.isValid() || st.finishedAt > last)
                last = st.finishedAt;
        } else if (st.state == StepState::Running || st.state == StepState::Retrying) {
            live = true;
        }
    }
    if (!first.isValid()) {
        qint64 sum = 0; // no timestamps (e.g. a resumed journal): the steps' own figures
        for (const QString& id : m_groups.at(row).members)
            sum += elapsed(id);
        return sum;
    }
    const QDateTime end = live || !last.isValid() ? QDateTime::currentDateTimeUtc() : last;
    return std::max<qint64>(0, first.msecsTo(end));
}

double StepListModel::progress() const
{
    double total = 0, done = 0;
    for (const Step& s : m_plan.steps()) {
        if (!counts(s.id))
            continue;
        const double w = std::max(1, s.expectedSeconds);
        total += w;
        if (isDone(m_status.value(s.id).state))
            done += w;
    }
    return total > 0 ? done / total : 0.0;
}

int StepListModel::etaSeconds() const
{
    double expected = 0, actual = 0;
    for (const Step& s : m_plan.steps()) {
        const StepStatus st = m_status.value(s.id);
        if (st.state == StepState::Succeeded && st.reason != reason::Journal) {
            expected += std::max(1, s.expectedSeconds);
            actual += st.elapsedMs / 1000.0;
        }
    }
    const double ratio = expected > 0 ? std::max(0.001, actual / expected) : 1.0;
    double left = 0;
    for (const Step& s : m_plan.steps()) {
        if (!counts(s.id) || isFinal(m_status.value(s.id).state))
            continue;
        double r = m_remaining.value(s.id, s.expectedSeconds);
        const StepState st = m_status.value(s.id).state;
        if (st == StepState::Running || st == StepState::Retrying)
            r -= std::min(elapsed(s.id) / 1000.0 / ratio, double(s.expectedSeconds) * 0.9);
        left = std::max(left, r);
    }
    return int(left * ratio + 0.5);
}

bool StepListModel::anyFailed() const
{
    for (auto it = m_status.cbegin(); it != m_status.cend(); ++it) {
        if (it->state == StepState::Failed)
            return true;
    }
    return false;
}

void StepListModel::onStepChanged(const QString& id, const StepStatus& status)
{
    const StepStatus before = m_status.value(id);
    StepStatus shown = status;
    const auto created = m_succeeded.constFind(id);
    if (status.state == StepState::Skipped && created != m_succeeded.cend()) {
        // Created earlier in this session; the retry's probe only confirmed it.
        shown = *created;
    } else if (status.state == StepState::Succeeded) {
        m_succeeded.insert(id, status);
    }
    m_status.insert(id, shown);
    if (!status.provisioningState.isEmpty() &&
        status.provisioningState != m_provisioning.value(id)) {
        m_provisioning.insert(id, status.provisioningState);
        // Named after the field it comes from: Azure's provisioningState, or the phase that
        // the step's own query reads (CloudNativePG's status.phase).
        const Step* step = m_plan.find(id);
        LogEntry e = textEntry(step && step->liveStatus ? QStringLiteral("phase: ")
                                                        : QStringLiteral("provisioningState: "),
                               LogEntry::Live);
        e.detail = status.provisioningState;
        appendLog(id, e);
    }
    const QString time = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    const Step* step = m_plan.find(id);
    if (step && (before.state != status.state || before.attempt != status.attempt ||
                 before.probing != status.probing)) {
        // Kept as data and worded when shown, so that the log follows the UI language.
        LogEntry e;
        e.kind = LogEntry::State;
        e.time = time;
        e.state = status.state;
        e.attempt = status.attempt;
        e.text = status.reason;
        e.detail = status.waitingFor;
        appendLog(id, e);
        if (status.state == StepState::Running && !step->command.program.isEmpty()) {
            // The command as it runs, with the values known now (captures included).
            const Command& c = status.probing && step->probe ? step->probe->command : step->command;
            const QHash<QString, QString> values = m_executor ? m_executor->values() : m_values;
            const QString args = Plan::expandArgs(c.args, values, m_lists).join(QLatin1Char(' '));
            // A step's standard input follows as the script's heredoc does, without secrets.
            const QByteArray input = status.probing ? QByteArray() : step->input;
            QString text =
                ScriptWriter::commandWithInput(c.program + QLatin1Char(' ') + args, input);
            if (!text.endsWith(QLatin1Char('\n')))
                text += QLatin1Char('\n');
            appendLog(id, textEntry(QStringLiteral("$ ") + text,
                                    status.probing ? LogEntry::Probe : LogEntry::Text));
        }
        if (status.state == StepState::Failed && !status.errorText.isEmpty())
            appendLog(id, textEntry(status.errorText.trimmed() + QLatin1Char('\n')));
    }
    emitRowChanged(groupOf(id), id);
}

void StepListModel::onOutput(const QString& id, int channel, const QByteArray& data)
{
    Q_UNUSED(channel)
    appendLog(id, textEntry(QString::fromUtf8(data)));
    const int g = groupOf(id);
    if (g >= 0) {
        const QModelIndex top = index(g, ResourceColumn);
        emit dataChanged(top, top, {LogRole});
    }
}

StepListModel::LogEntry StepListModel::textEntry(const QString& text, LogEntry::Kind kind)
{
    LogEntry e;
    e.kind = kind;
    e.text = text;
    return e;
}

void StepListModel::appendLog(const QString& id, const LogEntry& entry)
{
    QList<LogEntry>& log = m_log[id];
    log.append(entry);
    qsizetype& size = m_logSize[id];
    size += entry.text.size() + 16;
    while (size > LogCap && log.size() > 1) {
        size -= log.first().text.size() + 16;
        log.removeFirst();
    }
}

QString StepListModel::stepLog(const QString& id) const
{
    QString out;
    for (const LogEntry& e : m_log.value(id)) {
        switch (e.kind) {
        case LogEntry::Text:
            out += e.text;
            break;
        case LogEntry::Probe:
            out += m_wording.probe(e.text);
            break;
        case LogEntry::Live:
            out += e.text + m_wording.liveState(e.detail) + QLatin1Char('\n');
            break;
        case LogEntry::State:
            out += QStringLiteral("[%1] %2").arg(e.time, m_wording.state(e.state));
            if (e.attempt > 1)
                out += m_wording.attempt(e.attempt);
            if (!e.text.isEmpty())
                out += QStringLiteral(" — ") + m_wording.reason(e.text, e.detail);
            out += QLatin1Char('\n');
            break;
        }
    }
    return out;
}

void StepListModel::emitRowChanged(int group, const QString& id)
{
    if (group < 0)
        return;
    emit dataChanged(index(group, 0), index(group, ColumnCount - 1));
    const int child = int(m_groups.at(group).members.indexOf(id));
    if (child >= 0) {
        const QModelIndex parent = index(group, 0);
        emit dataChanged(index(child, 0, parent), index(child, ColumnCount - 1, parent));
    }
}

void StepListModel::tick()
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const StepState st = groupState(g);
        if (st == StepState::Running || st == StepState::Retrying || st == StepState::Waiting)
            emit dataChanged(index(g, ElapsedColumn), index(g, ElapsedColumn), {Qt::DisplayRole});
    }
}

void StepListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_groups.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_groups.size()) - 1, ColumnCount - 1));
}

QString StepListModel::rowTitle(const QString& id) const
{
    const Step* s = m_plan.find(id);
    if (!s)
        return id;
    QString title = QCoreApplication::translate("cnpg::Plan", qPrintable(s->title));
    if (!s->resourceName.isEmpty()) {
        const QString name = Plan::expandArgs({s->resourceName}, m_values, m_lists).value(0);
        if (!name.isEmpty())
            title += QStringLiteral(" · ") + name;
    }
    return title;
}

QModelIndex StepListModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0)
        return {};
    const int g = parent.row();
    if (row >= m_groups.at(g).members.size())
        return {};
    return createIndex(row, column, childTag(g));
}

QModelIndex StepListModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int StepListModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).members.size());
}

int StepListModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant StepListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const bool isGroup = index.internalId() == 0;
    const int g = isGroup ? index.row() : int(index.internalId() - 1);
    const Group& group = m_groups.at(g);
    const QString id = isGroup ? group.main : group.members.value(index.row());
    const StepStatus st = m_status.value(id);
    const StepState state = isGroup ? groupState(g) : st.state;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ResourceColumn:
            return rowTitle(id);
        case StateColumn: {
            if (!isGroup && st.state == StepState::Pending && !counts(id))
                return m_wording.onlyIfNeeded();
            return m_wording.state(state);
        }
        case ProvisioningColumn:
            return provisioningState(id);
        case ElapsedColumn: {
            const qint64 ms = isGroup ? groupElapsed(g) : elapsed(id);
            return ms > 0 || state != StepState::Pending ? m_wording.elapsed(ms) : QString();
        }
        }
        break;
    case Qt::ToolTipRole:
        return id;
    case Qt::AccessibleTextRole:
        if (index.column() == ResourceColumn)
            return QString(rowTitle(id) + QStringLiteral(": ") + m_wording.state(state));
        break;
    case StateRole:
        return int(state);
    case StepIdRole:
        return id;
    case IsGroupRole:
        return isGroup;
    case ErrorRole:
        if (!isGroup)
            return st.errorText;
        for (const QString& m : group.members) {
            if (m_status.value(m).state == StepState::Failed)
                return m_status.value(m).errorText;
        }
        return QString();
    case LogRole: {
        if (!isGroup)
            return stepLog(id);
        QString out;
        for (const QString& m : group.members) {
            const QString log = stepLog(m);
            if (log.isEmpty())
                continue;
            out += QStringLiteral("==> ") + rowTitle(m) + QStringLiteral(" [") + m +
                   QStringLiteral("]\n") + log;
            if (!out.endsWith(QLatin1Char('\n')))
                out += QLatin1Char('\n');
        }
        return out;
    }
    }
    return {};
}

QVariant StepListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return {};
    return m_wording.header(section);
}

} // namespace cnpg
