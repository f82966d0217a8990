// Running one step: its probe, its command (or the krew installer), captures, retries with
// backoff and the remedy branch. The life cycle around it is in Executor.cpp.
#include "export/ScriptWriter.h"
#include "run/ErrorClassifier.h"
#include "run/Executor.h"
#include "settings/SettingsSchema.h"
#include "util/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace cnpg {

namespace {
// Enough of a tool's error output to act on; az's tracebacks can be long.
constexpr int MaxErrorText = 4000;

QString errorTextOf(const ProcessResult& result)
{
    QString text = QString::fromUtf8(result.standardError).trimmed();
    const QString out = QString::fromUtf8(result.standardOutput).trimmed();
    if (text.isEmpty())
        text = out;
    if (text.size() > MaxErrorText)
        text = text.right(MaxErrorText);
    return maskSecrets(text);
}

QString jsonValueText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    default:
        return QString();
    }
}
} // namespace

void Executor::launch(Runtime& r)
{
    r.retryReady = false;
    r.status.attempt += 1;
    r.status.errorText.clear();
    r.status.provisioningState.clear();
    if (!r.status.startedAt.isValid()) {
        r.status.startedAt = QDateTime::currentDateTimeUtc();
        r.clock.start();
    }
    const StepAdapter* adapter = m_adapters.find(r.step->type);
    r.status.probing = r.step->probe.has_value() && adapter && adapter->probesFirst();
    r.status.state = StepState::Pending; // force the emission: attempt/probing changed
    setState(r, StepState::Running);
    if (r.status.probing)
        runProbe(r);
    else
        runCommand(r);
}

bool Executor::expand(Runtime& r, const QStringList& args, QStringList* out)
{
    QStringList missing;
    *out = Plan::expandArgs(args, m_values, m_lists, &missing);
    if (missing.isEmpty())
        return true;
    missing.removeDuplicates();
    finishStep(r, StepState::Failed, reason::MissingValue, missing.join(QStringLiteral(", ")));
    return false;
}

RunningProcess* Executor::startProcess(Runtime& r, const Command& command, const QStringList& args)
{
    ProcessSpec spec;
    spec.program = command.program;
    spec.arguments = args;
    spec.environment = m_options.environment;
    spec.workingDirectory = m_options.workingDirectory;
    spdlog::info("[{}] {} {}", r.step->id, command.program,
                 maskSecrets(args.join(QLatin1Char(' '))));
    RunningProcess* p = m_launcher.start(spec, this);
    const QString id = r.step->id;
    connect(p, &RunningProcess::output, this, [this, id](int channel, const QByteArray& data) {
        if (Runtime* step = rt(id))
            logOutput(*step, channel, data);
        emit stepOutput(id, channel, data);
    });
    return p;
}

void Executor::runProbe(Runtime& r)
{
    QStringList args;
    if (!expand(r, r.step->probe->command.args, &args))
        return;
    r.process = startProcess(r, r.step->probe->command, args);
    const QString id = r.step->id;
    connect(r.process, &RunningProcess::finished, this,
            [this, id](const ProcessResult& result) { onProbeFinished(id, result); });
}

void Executor::runCommand(Runtime& r)
{
    const StepAdapter* adapter = m_adapters.find(r.step->type);
    if (!adapter) {
        finishStep(r, StepState::Failed, reason::UnknownType, r.step->type);
        return;
    }
    QStringList args;
    if (!expand(r, r.step->command.args, &args))
        return;
    QByteArray input = r.step->input;
    if (r.step->expandInput) {
        QStringList expanded;
        if (!expand(r, {QString::fromUtf8(input)}, &expanded))
            return;
        input = expanded.value(0).toUtf8();
    }
    // The log shows the input as the script has it, its ${NAME}s unexpanded.
    if (!r.step->command.program.isEmpty())
        spdlog::info("[{}] {}", r.step->id,
                     ScriptWriter::commandWithInput(r.step->command.program + QLatin1Char(' ') +
                                                        args.join(QLatin1Char(' ')),
                                                    r.step->input));
    r.task = startTask(r, *adapter, args, input);
    updatePoller();
}

StepTask* Executor::startTask(Runtime& r, const StepAdapter& adapter, const QStringList& args,
                              const QByteArray& input)
{
    StepRunContext c;
    c.launcher = &m_launcher;
    c.base.environment = m_options.environment;
    c.base.workingDirectory = m_options.workingDirectory;
    c.step = r.step;
    c.args = args;
    c.input = input;
    if (r.step->probe)
        c.probeArgs = Plan::expandArgs(r.step->probe->command.args, m_values, m_lists);
    c.network = [this]() -> QNetworkAccessManager& {
        if (!m_network)
            m_network = m_options.network ? m_options.network : new QNetworkAccessManager(this);
        return *m_network;
    };
    c.krewBaseUrl = m_options.krewBaseUrl;
    c.waitScale = m_options.waitScale;
    c.krewVersion = m_values.value(keys::KrewVersion);
    c.krewChecksums = m_values.value(keys::KrewSha256);
    c.krewPlatform = m_options.krewPlatform;
    StepTask* task = adapter.createTask(c, this);
    const QString id = r.step->id;
    connect(task, &StepTask::output, this, [this, id](int channel, const QByteArray& data) {
        if (Runtime* step = rt(id))
            logOutput(*step, channel, data);
        emit stepOutput(id, channel, data);
    });
    connect(task, &StepTask::progress, this,
            [this, id](qint64 received, qint64 total) { onTaskProgress(id, received, total); });
    connect(task, &StepTask::finished, this,
            [this, id](const StepResult& result) { onTaskFinished(id, result); });
    task->start();
    return task;
}

void Executor::onTaskProgress(const QString& id, qint64 received, qint64 total)
{
    // A download's progress goes into the step's status, at most once per percent (or per
    // 64 KiB while the size is unknown), so that views can show it without a flood of signals.
    Runtime* step = rt(id);
    if (!step)
        return;
    StepStatus& st = step->status;
    const auto bucket = [](qint64 done, qint64 size) {
        return size > 0 ? done * 100 / size : done / (64 * 1024);
    };
    const bool changed = st.bytesDone < 0 || total != st.bytesTotal ||
                         bucket(received, total) != bucket(st.bytesDone, st.bytesTotal);
    st.bytesDone = received;
    st.bytesTotal = total;
    if (changed)
        emit stepChanged(id, st);
}

void Executor::onTaskFinished(const QString& id, const StepResult& result)
{
    Batch batch(this);
    Runtime* r = rt(id);
    if (!r || !r->task)
        return;
    r->task->deleteLater();
    r->task = nullptr;
    logOutput(*r, 1, {}, true);
    logOutput(*r, 2, {}, true);
    if (r->status.bytesDone >= 0 || r->status.bytesTotal >= 0)
        r->status.bytesDone = r->status.bytesTotal = -1;
    if (!result.failureReason.isEmpty()) {
        // The task knows its failure better than an exit code (a download, a checksum).
        finishStep(*r, m_cancelling ? StepState::Cancelled : StepState::Failed,
                   result.failureReason, maskSecrets(result.failureText));
        schedule();
        checkFinished();
        return;
    }
    onCommandFinished(*r, result.process);
}

Executor::Runtime* Executor::releaseProcess(const QString& id, bool flushLog)
{
    Runtime* r = rt(id);
    if (!r || !r->process)
        return nullptr; // no longer waiting for a child (cancelled and reaped meanwhile)
    r->process->deleteLater();
    r->process = nullptr;
    if (flushLog) {
        logOutput(*r, 1, {}, true);
        logOutput(*r, 2, {}, true);
    }
    return r;
}

void Executor::onProbeFinished(const QString& id, const ProcessResult& result)
{
    Batch batch(this);
    Runtime* r = releaseProcess(id, true);
    if (!r)
        return;
    if (m_cancelling) {
        finishStep(*r, StepState::Cancelled);
        checkFinished();
        return;
    }
    const Probe& probe = *r->step->probe;
    const auto answer = ErrorClassifier::probeAnswer(
        probe.command.program, result.exitCode, result.ok(),
        QString::fromUtf8(result.standardOutput), errorTextOf(result), probe.expect);
    if (answer == ErrorClassifier::ProbeAnswer::Unknown) {
        probeFailed(*r, result);
        return;
    }
    if (answer == ErrorClassifier::ProbeAnswer::Found) {
        // The probe prints what the create prints, so the captures work the same.
        QString problem;
        if (!takeCaptures(*r, result.standardOutput, &problem))
            finishStep(*r, StepState::Failed, reason::BadOutput, problem);
        else if (mustSettle(*r))
            checkProvisioning(*r);
        else
            finishStep(*r, StepState::Skipped);
        schedule();
        return;
    }
    r->status.probing = false;
    emit stepChanged(id, r->status);
    runCommand(*r);
    if (!isActive(*r))
        schedule(); // the command could not start (missing value): let the rest go on
}

void Executor::probeFailed(Runtime& r, const ProcessResult& result)
{
    // The probe could not tell whether the resource exists: never create it on a guess (on
    // Azure that would update a live resource or duplicate a role assignment). Look again
    // after the usual pause; in the end the step fails with the probe's own error.
    r.status.probing = false;
    const QString text = errorTextOf(result);
    if (result.failedToStart) {
        finishStep(r, StepState::Failed, reason::FailedToStart,
                   r.step->probe->command.program + QStringLiteral(": ") + result.errorString);
    } else if (r.status.attempt < m_options.retry.maxAttempts) {
        spdlog::info("[{}] the probe could not tell whether it exists", r.step->id);
        r.status.errorText = text;
        retryLater(r, reason::ProbeFailed);
    } else {
        finishStep(r, StepState::Failed, reason::ProbeFailed, text);
    }
    schedule();
}

void Executor::onCommandFinished(Runtime& step, const ProcessResult& result)
{
    Runtime* r = &step;
    if (result.ok()) {
        // Also while cancelling: what finished, finished.
        QString problem;
        if (takeCaptures(*r, result.standardOutput, &problem))
            finishStep(*r, StepState::Succeeded);
        else
            finishStep(*r, StepState::Failed, reason::BadOutput, problem);
    } else if (m_cancelling) {
        finishStep(*r, StepState::Cancelled, QString(), errorTextOf(result));
    } else if (result.failedToStart) {
        finishStep(*r, StepState::Failed, reason::FailedToStart,
                   r->step->command.program + QStringLiteral(": ") + result.errorString);
    } else {
        handleFailure(*r, result.crashed ? reason::Crashed : reason::ExitCode, errorTextOf(result));
    }
    schedule();
}

bool Executor::mustSettle(const Runtime& r) const
{
    // A resource found by the probe may still be in the hands of an earlier, interrupted run
    // (Azure goes on with it): its dependants must wait until it is done, as they would have.
    return r.step->kind == StepKind::Create && !r.step->resourceType.isEmpty() &&
           !expandedResourceGroup(r).isEmpty();
}

void Executor::checkProvisioning(Runtime& r)
{
    ProcessSpec spec;
    spec.program = QStringLiteral("az");
    spec.arguments = StatusPoller::arguments(expandedResourceGroup(r));
    spec.environment = m_options.environment;
    spec.workingDirectory = m_options.workingDirectory;
    r.process = m_launcher.start(spec, this);
    const QString id = r.step->id;
    connect(r.process, &RunningProcess::finished, this,
            [this, id](const ProcessResult& result) { onProvisioningChecked(id, result); });
}

void Executor::onProvisioningChecked(const QString& id, const ProcessResult& result)
{
    Batch batch(this);
    Runtime* r = releaseProcess(id, false);
    if (!r)
        return;
    if (m_cancelling) {
        finishStep(*r, StepState::Cancelled);
        checkFinished();
        return;
    }
    QString state;
    const QString name = Plan::expandArgs({r->step->resourceName}, m_values, m_lists).value(0);
    for (const ResourceStatus& res : StatusPoller::parse(result.standardOutput)) {
        if (res.type.compare(r->step->resourceType, Qt::CaseInsensitive) == 0 &&
            res.name.compare(name, Qt::CaseInsensitive) == 0)
            state = res.provisioningState;
    }
    // Not listed (child resources are not) or a failed look: the probe's answer stands.
    if (state.isEmpty() || state == QLatin1String("Succeeded") ||
        state == QLatin1String("Canceled")) {
        finishStep(*r, StepState::Skipped);
    } else if (state == QLatin1String("Failed")) {
        finishStep(
            *r, StepState::Failed, reason::ProvisioningFailed,
            QStringLiteral("%1 %2: provisioningState Failed").arg(r->step->resourceType, name));
    } else {
        if (state != r->status.provisioningState) {
            r->status.provisioningState = state;
            emit provisioningStateChanged(id, state);
            emit stepChanged(id, r->status);
        }
        if (!r->settle) {
            r->settle = new QTimer(this);
            r->settle->setSingleShot(true);
            connect(r->settle, &QTimer::timeout, this, [this, id] {
                Batch batch(this);
                if (Runtime* step = rt(id); step && !m_cancelling)
                    checkProvisioning(*step);
            });
        }
        r->settle->start(m_options.pollIntervalMs > 0 ? m_options.pollIntervalMs
                                                      : m_options.retry.baseDelayMs);
    }
    schedule();
}

void Executor::handleFailure(Runtime& r, const QString& reasonCode, const QString& text)
{
    const Step& s = *r.step;
    if (s.remedyOn && !r.remedyDone && ErrorClassifier::matches(text, *s.remedyOn)) {
        spdlog::info("[{}] {}: running the remedy branch", s.id, transientErrorName(*s.remedyOn));
        r.status.errorText = text;
        activateRemedy(r);
        return;
    }
    const auto transient = ErrorClassifier::match(text, s.retryOn);
    if (transient && r.status.attempt < m_options.retry.maxAttempts) {
        r.status.errorText = text;
        retryLater(r, transientErrorName(*transient));
        return;
    }
    // An error we do not know, or a known one that did not go away.
    finishStep(r, StepState::Failed, transient ? transientErrorName(*transient) : reasonCode, text);
}

void Executor::retryLater(Runtime& r, const QString& reasonCode)
{
    const int delay = m_options.retry.delayAfter(r.status.attempt);
    spdlog::info("[{}] {} on attempt {}: retrying in {} ms", r.step->id, reasonCode,
                 r.status.attempt, delay);
    r.status.retryDelayMs = delay;
    r.status.state = StepState::Pending; // force the emission with the new delay
    setState(r, StepState::Retrying, reasonCode);
    r.status.retryDelayMs = delay;
    if (!r.backoff) {
        r.backoff = new QTimer(this);
        r.backoff->setSingleShot(true);
        const QString id = r.step->id;
        connect(r.backoff, &QTimer::timeout, this, [this, id] {
            Batch batch(this);
            if (Runtime* step = rt(id)) {
                step->retryReady = true;
                schedule();
            }
        });
    }
    r.backoff->start(delay);
}

void Executor::activateRemedy(Runtime& r)
{
    r.remedyDone = true;
    QString previous;
    for (const QString& id : r.step->remedySteps) {
        Runtime* remedy = rt(id);
        if (!remedy)
            continue;
        remedy->activated = true;
        remedy->remedyParent = r.step->id;
        remedy->remedyPrevious = previous;
        previous = id;
    }
    r.status.state = StepState::Pending;
    setState(r, StepState::Retrying, transientErrorName(*r.step->remedyOn), reason::Remedy);
}

void Executor::remedyStepEnded(Runtime& remedy)
{
    Runtime* parent = rt(remedy.remedyParent);
    if (!parent || parent->status.state != StepState::Retrying ||
        parent->status.waitingFor != reason::Remedy)
        return;
    if (remedy.status.state == StepState::Failed || remedy.status.state == StepState::Cancelled) {
        finishStep(
            *parent,
            remedy.status.state == StepState::Failed ? StepState::Failed : StepState::Cancelled,
            reason::RemedyFailed, remedy.step->id + QStringLiteral(": ") + remedy.status.errorText);
        return;
    }
    for (const QString& id : parent->step->remedySteps) {
        const Runtime* other = rt(id);
        if (other && !isDone(other->status.state))
            return;
    }
    spdlog::info("[{}] remedy done: trying again", parent->step->id);
    parent->retryReady = true; // straight away: the remedy was the pause
}

bool Executor::takeCaptures(Runtime& r, const QByteArray& stdoutData, QString* problem)
{
    if (r.step->captures.isEmpty())
        return true;
    const QString trimmed = QString::fromUtf8(stdoutData).trimmed();
    QJsonObject object;
    bool parsed = false;
    QHash<QString, QString> taken;
    for (const Capture& c : r.step->captures) {
        QString value;
        if (c.jsonField.isEmpty()) {
            value = trimmed;
        } else {
            if (!parsed) {
                object = QJsonDocument::fromJson(stdoutData).object();
                parsed = true;
            }
            QJsonValue v = object;
            for (const QString& part : c.jsonField.split(QLatin1Char('.')))
                v = v.toObject().value(part);
            value = jsonValueText(v);
        }
        if (value.isEmpty()) {
            *problem = c.variable + QStringLiteral(" (") + c.jsonField + QStringLiteral(")");
            return false;
        }
        taken.insert(c.variable, value);
    }
    for (auto it = taken.cbegin(); it != taken.cend(); ++it) {
        m_values.insert(it.key(), it.value());
        m_journal.captures.insert(it.key(), it.value());
    }
    markDirty();
    return true;
}

void Executor::logOutput(Runtime& r, int channel, const QByteArray& data, bool flush)
{
    // Whole lines only, so that a secret split across two reads is still masked.
    QByteArray& buffer = r.partial[channel == 2 ? 2 : 1];
    buffer += data;
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = buffer.indexOf('\n', start);
        if (nl < 0)
            break;
        const QString line = maskSecrets(QString::fromUtf8(buffer.constData() + start, nl - start));
        spdlog::info("[{}] {}: {}", r.step->id, channel == 2 ? "stderr" : "stdout", line);
        start = nl + 1;
    }
    buffer.remove(0, start);
    if (flush && !buffer.isEmpty()) {
        spdlog::info("[{}] {}: {}", r.step->id, channel == 2 ? "stderr" : "stdout",
                     maskSecrets(QString::fromUtf8(buffer)));
        buffer.clear();
    }
}

} // namespace cnpg
