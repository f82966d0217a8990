#pragma once

#include "process/ProcessLauncher.h"

#include <QPointer>
#include <functional>

namespace cnpg {

// One short-lived tool run for the preflight checks: start, optional time limit, one callback.
// The process owns itself and is deleted once it has been reaped, so that a caller that goes
// away (a page closed, a check restarted) never deletes a running child; the callback is then
// simply not called.
class AsyncProcess
{
public:
    using Callback = std::function<void(const ProcessResult& result, bool timedOut)>;

    // Starts `spec`; `done` runs on `context`'s thread after the child has ended, unless
    // `context` was destroyed first. After `timeoutMs` (0: never) the child is terminated, then
    // killed, and `timedOut` is true. Returns the process for cancel(); it may become null.
    static QPointer<RunningProcess> start(ProcessLauncher& launcher, const ProcessSpec& spec,
                                          QObject* context, int timeoutMs, Callback done);

    // Asks a running process to end (SIGTERM, then SIGKILL after a grace period); its callback
    // still runs. Safe on a null or finished process.
    static void cancel(const QPointer<RunningProcess>& process);
};

} // namespace cnpg
