// A step that creates a secret whose value is drawn when the step runs: the executor fills the
// command's standard input from the system's cryptographic random source, the exported script
// pipes `openssl rand` into it. The value lives only in the pipe, never in the plan, so that no
// log, journal, settings file or script can hold it.
#include "export/ScriptWriter.h"
#include "steps/Adapters.h"

#include <QRandomGenerator>

namespace cnpg::adapters {

namespace {

// 24 random bytes as 48 hex digits: what `openssl rand -hex 24` gives, without the newline.
QByteArray randomHex()
{
    constexpr int bytes = 24;
    quint32 words[bytes / 4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char*>(words), bytes).toHex();
}

class GeneratedSecretAdapter : public StepAdapter
{
public:
    QString type() const override { return steptype::GeneratedSecret; }
    StepTask* createTask(const StepRunContext& context, QObject* parent) const override
    {
        return new ProcessTask(context, randomHex(), parent);
    }
    void exportStep(const Step& step, ScriptWriter& writer) const override
    {
        ScriptWriter::CommandStyle style;
        style.inputPipe = QStringLiteral("openssl rand -hex 24 | tr -d '\\n'");
        writer.writeCommandStep(step, style);
    }
};

} // namespace

std::unique_ptr<StepAdapter> generatedSecret()
{
    return std::make_unique<GeneratedSecretAdapter>();
}

} // namespace cnpg::adapters
