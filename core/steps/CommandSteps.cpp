// The two kinds that run the step's own command: with arguments only, and with bytes on its
// standard input (a generated manifest for `kubectl apply -f -`, exported as a quoted heredoc).
#include "export/ScriptWriter.h"
#include "steps/Adapters.h"

#include <QCoreApplication>

namespace cnpg::adapters {

ProcessTask::ProcessTask(StepRunContext context, QByteArray input, QObject* parent)
    : StepTask(parent)
    , m_context(std::move(context))
    , m_input(std::move(input))
{}

void ProcessTask::start()
{
    ProcessSpec spec = m_context.base;
    spec.program = m_context.step->command.program;
    spec.arguments = m_context.args;
    spec.standardInput = m_input;
    m_process = m_context.launcher->start(spec, this);
    connect(m_process, &RunningProcess::output, this, &StepTask::output);
    connect(m_process, &RunningProcess::finished, this, [this](const ProcessResult& r) {
        m_process->deleteLater();
        m_process = nullptr;
        emit finished(StepResult{r, {}, {}});
    });
}

void ProcessTask::terminate()
{
    if (m_process)
        m_process->terminate();
}

void ProcessTask::kill()
{
    if (m_process)
        m_process->kill();
}

namespace {

class ProgramAdapter : public StepAdapter
{
public:
    QString type() const override { return steptype::Program; }
    StepTask* createTask(const StepRunContext& context, QObject* parent) const override
    {
        return new ProcessTask(context, QByteArray(), parent);
    }
    void exportStep(const Step& step, ScriptWriter& writer) const override
    {
        writer.writeCommandStep(step, ScriptWriter::CommandStyle());
    }
};

class InputAdapter : public StepAdapter
{
public:
    QString type() const override { return steptype::Input; }
    StepTask* createTask(const StepRunContext& context, QObject* parent) const override
    {
        return new ProcessTask(context, context.input, parent);
    }
    void exportStep(const Step& step, ScriptWriter& writer) const override
    {
        ScriptWriter::CommandStyle style;
        style.retryHelper = QStringLiteral("with_retry_input");
        style.input = step.input;
        style.expandInput = step.expandInput;
        writer.writeCommandStep(step, style);
    }
    QString scriptHelpers(const Plan& plan) const override
    {
        // Only when a step of this kind retries: a heredoc can be read once, an attempt needs
        // all of it again.
        bool retries = false;
        for (const Step& s : plan.steps())
            retries |= s.type == type() && !s.retryOn.isEmpty();
        if (!retries)
            return QString();
        return QStringLiteral("\n# ") +
               QCoreApplication::translate(
                   "cnpg::ScriptExporter",
                   "Like with_retry, for a command that reads its standard input: the input is "
                   "kept, so that every attempt reads all of it.") +
               QStringLiteral("\nwith_retry_input() {\n"
                              "    local pattern=$1 input status=0\n"
                              "    shift\n"
                              "    input=$(mktemp)\n"
                              "    cat >\"$input\"\n"
                              "    with_retry \"$pattern\" run_with_input \"$input\" \"$@\" || "
                              "status=$?\n"
                              "    rm -f \"$input\"\n"
                              "    return \"$status\"\n"
                              "}\n"
                              "run_with_input() {\n"
                              "    local input=$1\n"
                              "    shift\n"
                              "    \"$@\" <\"$input\"\n"
                              "}\n");
    }
};

} // namespace

std::unique_ptr<StepAdapter> program()
{
    return std::make_unique<ProgramAdapter>();
}

std::unique_ptr<StepAdapter> input()
{
    return std::make_unique<InputAdapter>();
}

} // namespace cnpg::adapters
