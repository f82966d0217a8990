#pragma once
// The adapters StepAdapters knows (one file each); not part of the core API.

#include "steps/StepAdapter.h"

namespace cnpg::adapters {

std::unique_ptr<StepAdapter> program();    // a program and its arguments
std::unique_ptr<StepAdapter> input();      // the same, with bytes on its standard input
std::unique_ptr<StepAdapter> krew();       // the krew download (built in)
std::unique_ptr<StepAdapter> deleteWait(); // a delete, then probes until the resource is gone
std::unique_ptr<StepAdapter> generatedSecret(); // fed a random value on its standard input
std::unique_ptr<StepAdapter> expectOutput();    // a check whose answer must be the expected one

// Runs the step's command once (with `input` on its standard input) and reports its result.
class ProcessTask : public StepTask
{
public:
    ProcessTask(StepRunContext context, QByteArray input, QObject* parent);
    void start() override;
    void terminate() override;
    void kill() override;

private:
    StepRunContext m_context;
    QByteArray m_input;
    RunningProcess* m_process = nullptr;
};

} // namespace cnpg::adapters
