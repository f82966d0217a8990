#include "process/AsyncProcess.h"

#include <QTimer>
#include <memory>

namespace cnpg {

namespace {
constexpr int killGraceMs = 2000;
}

QPointer<RunningProcess> AsyncProcess::start(ProcessLauncher& launcher, const ProcessSpec& spec,
                                             QObject* context, int timeoutMs, Callback done)
{
    RunningProcess* p = launcher.start(spec, nullptr);
    auto timedOut = std::make_shared<bool>(false);
    if (timeoutMs > 0) {
        auto* timer = new QTimer(p);
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, p, [p, timedOut] {
            *timedOut = true;
            cancel(p);
        });
        QObject::connect(p, &RunningProcess::finished, timer, &QTimer::stop);
        timer->start(timeoutMs);
    }
    QObject::connect(p, &RunningProcess::finished, context,
                     [done = std::move(done), timedOut](const ProcessResult& r) {
                         if (done)
                             done(r, *timedOut);
                     });
    QObject::connect(p, &RunningProcess::finished, p, &QObject::deleteLater);
    return p;
}

void AsyncProcess::cancel(const QPointer<RunningProcess>& process)
{
    if (!process || !process->isRunning())
        return;
    process->terminate();
    RunningProcess* p = process.data();
    QTimer::singleShot(killGraceMs, p, [p] {
        if (p->isRunning())
            p->kill();
    });
}

} // namespace cnpg
