// A delete that waits until the resource is gone (teardown): run the delete (a resource that is
// already gone is not an error), then probe every waitIntervalMs until the probe no longer finds
// it. The script does the same with two helpers, ignore_not_found and wait_until_gone.
#include "export/ScriptExporter.h"
#include "export/ScriptWriter.h"
#include "run/ErrorClassifier.h"
#include "run/StepState.h"
#include "steps/Adapters.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimer>
#include <algorithm>

namespace cnpg::adapters {

namespace {

// The tool's own "not found" (az: exit code 3 with ARM's text), as the executor's probes read it.
bool saysNotFound(const QString& program, const ProcessResult& r)
{
    if (r.ok() || r.failedToStart || r.crashed)
        return false;
    return ErrorClassifier::isNotFound(program, r.exitCode,
                                       QString::fromUtf8(r.standardError) + QLatin1Char('\n') +
                                           QString::fromUtf8(r.standardOutput));
}

// The step's own words for "gone already" (Step::goneOn) in a failed delete's error output.
bool saysGone(const Step& s, const ProcessResult& r)
{
    if (s.goneOn.isEmpty() || r.ok() || r.failedToStart || r.crashed)
        return false;
    return QRegularExpression(s.goneOn, QRegularExpression::MultilineOption)
        .match(QString::fromUtf8(r.standardError))
        .hasMatch();
}

// How many probes fit in the step's timeout; at least one.
int probeBudget(const Step& s)
{
    const qint64 interval = std::max(1, s.waitIntervalMs);
    return int(
        std::max<qint64>(1, (qint64(s.waitTimeoutSeconds) * 1000 + interval - 1) / interval));
}

class DeleteWaitTask : public StepTask
{
public:
    DeleteWaitTask(StepRunContext context, QObject* parent)
        : StepTask(parent)
        , m_context(std::move(context))
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &DeleteWaitTask::probe);
    }

    void start() override { run(m_context.step->command.program, m_context.args, true); }
    void terminate() override { stop(false); }
    void kill() override { stop(true); }

private:
    void run(const QString& program, const QStringList& args, bool isDelete)
    {
        ProcessSpec spec = m_context.base;
        spec.program = program;
        spec.arguments = args;
        m_process = m_context.launcher->start(spec, this);
        if (isDelete)
            connect(m_process, &RunningProcess::output, this, &StepTask::output);
        connect(m_process, &RunningProcess::finished, this,
                [this, isDelete](const ProcessResult& r) {
                    m_process->deleteLater();
                    m_process = nullptr;
                    isDelete ? deleted(r) : probed(r);
                });
    }
    void deleted(const ProcessResult& r)
    {
        if (m_stopped || (!r.ok() && !saysNotFound(m_context.step->command.program, r) &&
                          !saysGone(*m_context.step, r))) {
            emit finished(StepResult{r, {}, {}}); // the executor retries or fails it
            return;
        }
        m_result = r;
        m_result.exitCode = 0; // "not found": nothing was left to delete
        probe();
    }
    void probe()
    {
        if (!m_context.step->probe) {
            emit finished(StepResult{m_result, {}, {}});
            return;
        }
        ++m_probes;
        run(m_context.step->probe->command.program, m_context.probeArgs, false);
    }
    void probed(const ProcessResult& r)
    {
        if (m_stopped) {
            emit finished(StepResult{r, {}, {}});
            return;
        }
        // Gone: the probe succeeds with nothing to print, or fails saying it is not there. Any
        // other failure cannot tell, and the resource counts as still there.
        const bool gone = (r.ok() && r.standardOutput.trimmed().isEmpty()) ||
                          saysNotFound(m_context.step->probe->command.program, r);
        if (gone) {
            emit finished(StepResult{m_result, {}, {}});
        } else if (m_probes >= probeBudget(*m_context.step)) {
            emit finished(StepResult{
                r, reason::StillExists,
                QStringLiteral("still there after %1 s").arg(m_context.step->waitTimeoutSeconds)});
        } else {
            m_timer.start(std::max(1, int(m_context.step->waitIntervalMs * m_context.waitScale)));
        }
    }
    void stop(bool kill)
    {
        m_stopped = true;
        if (m_process) {
            kill ? m_process->kill() : m_process->terminate();
        } else if (m_timer.isActive()) {
            // Between two probes: nothing runs, the wait just ends (from the event loop).
            m_timer.stop();
            QTimer::singleShot(0, this, [this] {
                ProcessResult r;
                r.crashed = true;
                r.exitCode = 15;
                emit finished(StepResult{r, {}, {}});
            });
        }
    }

    StepRunContext m_context;
    RunningProcess* m_process = nullptr;
    QTimer m_timer;
    ProcessResult m_result;
    int m_probes = 0;
    bool m_stopped = false;
};

QString helpers()
{
    const QString pattern = ScriptExporter::singleQuote(notFoundPattern());
    return QStringLiteral("\n# ") +
           QCoreApplication::translate("cnpg::ScriptExporter",
                                       "Runs a delete; a resource that is already gone is not "
                                       "an error.") +
           QStringLiteral("\nignore_not_found() {\n"
                          "    local err status=0\n"
                          "    err=$(mktemp)\n"
                          "    \"$@\" 2>\"$err\" || status=$?\n"
                          "    if [ \"$status\" -ne 0 ] &&\n"
                          "        ! { { [ \"$1\" != az ] || [ \"$status\" -eq 3 ]; } &&\n"
                          "            grep -Eq -- %1 \"$err\"; }; then\n"
                          "        cat \"$err\" >&2\n"
                          "        rm -f \"$err\"\n"
                          "        return \"$status\"\n"
                          "    fi\n"
                          "    rm -f \"$err\"\n"
                          "}\n\n# ")
               .arg(pattern) +
           QCoreApplication::translate("cnpg::ScriptExporter",
                                       "Waits until a check no longer finds the resource: every "
                                       "$1 seconds, at most $2 times.") +
           QStringLiteral("\nwait_until_gone() {\n"
                          "    local interval=$1 attempts=$2 out status\n"
                          "    shift 2\n"
                          "    while true; do\n"
                          "        status=0\n"
                          "        out=$(\"$@\" 2>&1) || status=$?\n"
                          "        if [ \"$status\" -eq 0 ] && [ -z \"$out\" ]; then\n"
                          "            return 0\n"
                          "        fi\n"
                          "        if [ \"$status\" -ne 0 ] &&\n"
                          "            { [ \"$1\" != az ] || [ \"$status\" -eq 3 ]; } &&\n"
                          "            grep -Eq -- %1 <<<\"$out\"; then\n"
                          "            return 0\n"
                          "        fi\n"
                          "        attempts=$((attempts - 1))\n"
                          "        if [ \"$attempts\" -le 0 ]; then\n"
                          "            printf 'Still there: %s\\n' \"$*\" >&2\n"
                          "            return 1\n"
                          "        fi\n"
                          "        sleep \"$interval\"\n"
                          "    done\n"
                          "}\n")
               .arg(pattern);
}

// For the steps with words of their own for "gone already" (Step::goneOn): the pattern first.
QString goneHelper()
{
    return QStringLiteral("\n# ") +
           QCoreApplication::translate("cnpg::ScriptExporter",
                                       "Runs a delete; an error that matches $1 means it was "
                                       "gone already.") +
           QStringLiteral(
               "\nignore_gone() {\n"
               "    local pattern=$1 err status=0\n"
               "    shift\n"
               "    err=$(mktemp)\n"
               "    \"$@\" 2>\"$err\" || status=$?\n"
               "    if [ \"$status\" -ne 0 ] && ! grep -Eq -- \"$pattern\" \"$err\"; then\n"
               "        cat \"$err\" >&2\n"
               "        rm -f \"$err\"\n"
               "        return \"$status\"\n"
               "    fi\n"
               "    rm -f \"$err\"\n"
               "}\n");
}

class DeleteWaitAdapter : public StepAdapter
{
public:
    QString type() const override { return steptype::DeleteWait; }
    bool probesFirst() const override { return false; }
    StepTask* createTask(const StepRunContext& context, QObject* parent) const override
    {
        return new DeleteWaitTask(context, parent);
    }
    void exportStep(const Step& s, ScriptWriter& writer) const override
    {
        ScriptWriter::CommandStyle style;
        Step del = s;
        del.command.args.prepend(del.command.program);
        if (s.goneOn.isEmpty()) {
            del.command.program = QStringLiteral("ignore_not_found");
        } else {
            del.command.args.prepend(s.goneOn);
            del.command.program = QStringLiteral("ignore_gone");
        }
        writer.out() += ScriptWriter::commandText(del, style, 0) + QLatin1Char('\n');
        if (!s.probe)
            return;
        const QString seconds = QString::number(std::max(1, s.waitIntervalMs) / 1000.0);
        writer.out() +=
            ScriptExporter::renderCommand(
                QStringLiteral("wait_until_gone"),
                QStringList{seconds, QString::number(probeBudget(s)), s.probe->command.program} +
                    s.probe->command.args,
                0) +
            QLatin1Char('\n');
    }
    QString scriptHelpers(const Plan& plan) const override
    {
        const bool ownWords = std::any_of(plan.steps().cbegin(), plan.steps().cend(),
                                          [](const Step& s) { return !s.goneOn.isEmpty(); });
        return helpers() + (ownWords ? goneHelper() : QString());
    }
};

} // namespace

std::unique_ptr<StepAdapter> deleteWait()
{
    return std::make_unique<DeleteWaitAdapter>();
}

} // namespace cnpg::adapters
