// A check that asks a question and must get a given answer: "SELECT pg_is_in_recovery()" is
// "f" on the primary and "t" on a standby. A command that succeeds with another answer fails the
// step, in the run and in the script alike.
#include "export/ScriptExporter.h"
#include "export/ScriptWriter.h"
#include "run/StepState.h"
#include "steps/Adapters.h"

#include <QCoreApplication>

namespace cnpg::adapters {

namespace {

// The answer without any whitespace, as the script's ${got//[[:space:]]/} has it.
QString withoutSpace(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

class ExpectTask : public StepTask
{
public:
    ExpectTask(const StepRunContext& context, QObject* parent)
        : StepTask(parent)
        , m_expected(withoutSpace(context.step->expectOutput))
        , m_run(new ProcessTask(context, QByteArray(), this))
    {
        connect(m_run, &StepTask::output, this, &StepTask::output);
        connect(m_run, &StepTask::finished, this, [this](const StepResult& r) {
            StepResult result = r;
            const QString answer = withoutSpace(QString::fromUtf8(r.process.standardOutput));
            if (r.process.ok() && answer != m_expected) {
                result.failureReason = reason::UnexpectedOutput;
                result.failureText = answer;
            }
            emit finished(result);
        });
    }
    void start() override { m_run->start(); }
    void terminate() override { m_run->terminate(); }
    void kill() override { m_run->kill(); }

private:
    QString m_expected;
    ProcessTask* m_run;
};

class ExpectAdapter : public StepAdapter
{
public:
    QString type() const override { return steptype::Expect; }
    StepTask* createTask(const StepRunContext& context, QObject* parent) const override
    {
        return new ExpectTask(context, parent);
    }
    void exportStep(const Step& step, ScriptWriter& writer) const override
    {
        // The check runs behind expect_output (and that behind the retry helper, if any).
        Step check = step;
        check.command.program = QStringLiteral("expect_output");
        check.command.args =
            QStringList{withoutSpace(step.expectOutput), step.command.program} + step.command.args;
        writer.writeCommandStep(check, ScriptWriter::CommandStyle());
    }
    QString scriptHelpers(const Plan& plan) const override
    {
        bool used = false;
        for (const Step& s : plan.steps())
            used |= s.type == type();
        if (!used)
            return QString();
        return QStringLiteral("\n# ") +
               QCoreApplication::translate(
                   "cnpg::ScriptExporter",
                   "Runs a check and fails when its answer, whitespace aside, is not $1.") +
               QStringLiteral("\nexpect_output() {\n"
                              "    local want=$1 got\n"
                              "    shift\n"
                              "    got=$(\"$@\") || return\n"
                              "    got=${got//[[:space:]]/}\n"
                              "    if [ \"$got\" != \"$want\" ]; then\n"
                              "        printf 'Expected the answer %s, got %s\\n' \"$want\" "
                              "\"$got\" >&2\n"
                              "        return 1\n"
                              "    fi\n"
                              "}\n");
    }
};

} // namespace

std::unique_ptr<StepAdapter> expectOutput()
{
    return std::make_unique<ExpectAdapter>();
}

} // namespace cnpg::adapters
