#include "process/ProcessLauncher.h"

#include "process/Mailbox.h"

#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <functional>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace cnpg {

namespace {
// QProcess looks a bare program name up in the wizard's own PATH; the child's PATH (the krew
// bin directory, the simulator's shims) is the one that counts.
QString resolveProgram(const ProcessSpec& spec)
{
    if (spec.program.contains(QLatin1Char('/')) || spec.environment.isEmpty())
        return spec.program;
    const QStringList dirs =
        spec.environment.value(QStringLiteral("PATH")).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    const QString found = QStandardPaths::findExecutable(spec.program, dirs);
    return found.isEmpty() ? spec.program : found;
}
} // namespace

class SpawnHub;

// In the spawner thread: the QProcess objects, their pipes and their reaping.
class SpawnWorker : public QObject
{
public:
    explicit SpawnWorker(SpawnHub* hub)
        : m_hub(hub)
        , m_inbox(new Mailbox(this)) // a child: it moves to the spawner thread with the worker
    {}
    ~SpawnWorker() override
    {
        // Only with children still running at shutdown (the executor never leaves any):
        // QProcess's destructor kills and reaps them, here, off the caller's thread.
        for (QProcess* p : std::as_const(m_processes)) {
            p->disconnect(this);
            delete p;
        }
    }

    Mailbox* inbox() const { return m_inbox; }
    void start(quint64 id, const ProcessSpec& spec);
    void signal(quint64 id, bool kill)
    {
        QProcess* p = m_processes.value(id);
        if (!p || p->state() == QProcess::NotRunning)
            return;
        if (kill)
            p->kill();
        else
            p->terminate();
    }

private:
    void post(const std::function<void(SpawnHub*)>& fn);
    void done(quint64 id, QProcess* p, const ProcessResult& r);

    SpawnHub* m_hub;
    Mailbox* m_inbox;
    QHash<quint64, QProcess*> m_processes;
};

class ThreadedProcess;

// In the caller's thread: routes the worker's messages to the process objects.
class SpawnHub : public QObject
{
public:
    Mailbox inbox; // the worker's messages
    QHash<quint64, ThreadedProcess*> processes;
    quint64 nextId = 1;
    int live = 0; // started and not yet reaped, whether or not anyone still listens

    void started(quint64 id, qint64 pid);
    void output(quint64 id, int channel, const QByteArray& data);
    void finished(quint64 id, const ProcessResult& result);
};

class ThreadedProcess : public RunningProcess
{
public:
    ThreadedProcess(SpawnHub* hub, SpawnWorker* worker, quint64 id, QObject* parent)
        : RunningProcess(parent)
        , m_hub(hub)
        , m_worker(worker)
        , m_id(id)
    {}
    ~ThreadedProcess() override
    {
        // Deleting a live child's handle is the caller's mistake: do not leave it running.
        if (!m_done && m_hub) {
            m_hub->processes.remove(m_id);
            send(true);
        }
    }
    qint64 processId() const override { return m_pid; }
    bool isRunning() const override { return !m_done && m_hub; }
    void terminate() override
    {
        if (isRunning())
            send(false);
    }
    void kill() override
    {
        if (isRunning())
            send(true);
    }

    // The launcher is going away and has already killed and reaped the child: from now on this
    // handle never reaches the launcher again, and it still gets its one finished(), from the
    // event loop (so a caller tearing itself down is never called back from the destructor).
    void detach()
    {
        m_hub = nullptr;
        m_worker = nullptr;
        QMetaObject::invokeMethod(
            this,
            [this] {
                ProcessResult r;
                r.crashed = true;
                r.errorString = QStringLiteral("The process launcher was shut down.");
                ended(r);
            },
            Qt::QueuedConnection);
    }

    void delivered(int channel, const QByteArray& data)
    {
        (channel == 2 ? m_err : m_out) += data;
        emit output(channel, data);
    }
    void ended(ProcessResult result)
    {
        m_done = true;
        result.standardOutput = m_out;
        result.standardError = m_err;
        emit finished(result);
    }
    qint64 m_pid = 0;

private:
    void send(bool kill)
    {
        SpawnWorker* w = m_worker;
        const quint64 id = m_id;
        w->inbox()->post([w, id, kill] { w->signal(id, kill); });
    }

    SpawnHub* m_hub;
    SpawnWorker* m_worker;
    quint64 m_id;
    QByteArray m_out;
    QByteArray m_err;
    bool m_done = false;
};

void SpawnHub::started(quint64 id, qint64 pid)
{
    if (ThreadedProcess* p = processes.value(id))
        p->m_pid = pid;
}

void SpawnHub::output(quint64 id, int channel, const QByteArray& data)
{
    if (ThreadedProcess* p = processes.value(id))
        p->delivered(channel, data);
}

void SpawnHub::finished(quint64 id, const ProcessResult& result)
{
    --live;
    if (ThreadedProcess* p = processes.take(id))
        p->ended(result);
}

void SpawnWorker::post(const std::function<void(SpawnHub*)>& fn)
{
    SpawnHub* hub = m_hub;
    hub->inbox.post([hub, fn] { fn(hub); });
}

void SpawnWorker::done(quint64 id, QProcess* p, const ProcessResult& r)
{
    if (!m_processes.remove(id))
        return;
    p->deleteLater();
    post([id, r](SpawnHub* hub) { hub->finished(id, r); });
}

void SpawnWorker::start(quint64 id, const ProcessSpec& spec)
{
    auto* p = new QProcess(this);
    m_processes.insert(id, p);
    p->setProgram(resolveProgram(spec));
    p->setArguments(spec.arguments);
    if (!spec.environment.isEmpty())
        p->setProcessEnvironment(spec.environment);
    if (!spec.workingDirectory.isEmpty())
        p->setWorkingDirectory(spec.workingDirectory);
    // Without input, a closed stdin stops an unexpected prompt from hanging.
    if (spec.standardInput.isEmpty())
        p->setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    // When the wizard dies (crash, SIGKILL) its children go with it instead of running on
    // unobserved; a resumed run probes for whatever they had done. (The signal follows the
    // spawner thread, which lives as long as the launcher.)
    const pid_t parentPid = ::getpid();
    p->setChildProcessModifier([parentPid] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parentPid)
            ::_exit(128 + SIGTERM);
    });
#endif
    auto forward = [this, id](int channel, const QByteArray& data) {
        if (!data.isEmpty())
            post([id, channel, data](SpawnHub* hub) { hub->output(id, channel, data); });
    };
    connect(p, &QProcess::readyReadStandardOutput, this,
            [p, forward] { forward(1, p->readAllStandardOutput()); });
    connect(p, &QProcess::readyReadStandardError, this,
            [p, forward] { forward(2, p->readAllStandardError()); });
    connect(p, &QProcess::finished, this,
            [this, id, p, forward](int exitCode, QProcess::ExitStatus status) {
                forward(1, p->readAllStandardOutput());
                forward(2, p->readAllStandardError());
                ProcessResult r;
                r.exitCode = exitCode;
                r.crashed = status == QProcess::CrashExit;
                done(id, p, r);
            });
    connect(p, &QProcess::errorOccurred, this, [this, id, p](QProcess::ProcessError error) {
        // Only a failed start ends the process without finished().
        if (error != QProcess::FailedToStart)
            return;
        ProcessResult r;
        r.failedToStart = true;
        r.errorString = p->errorString();
        done(id, p, r);
    });
    p->start();
    if (m_processes.contains(id) && !spec.standardInput.isEmpty()) {
        // Buffered by QProcess and written as the pipe takes it; then end-of-file.
        p->write(spec.standardInput);
        p->closeWriteChannel();
    }
    if (m_processes.contains(id)) {
        const qint64 pid = p->processId();
        post([id, pid](SpawnHub* hub) { hub->started(id, pid); });
    }
}

QProcessLauncher::QProcessLauncher()
    : m_thread(new QThread)
    , m_hub(new SpawnHub)
{
    qRegisterMetaType<cnpg::ProcessResult>();
    qRegisterMetaType<cnpg::ProcessSpec>();
    m_thread->setObjectName(QStringLiteral("cnpg-spawner"));
    m_worker = new SpawnWorker(m_hub);
    m_worker->moveToThread(m_thread);
    // Deleted in its own thread as the thread ends (finished() is emitted there), not by a
    // deferred delete, which is never delivered when the launcher ends while the application
    // object is being destroyed: the worker and its QProcess objects leaked.
    QObject::connect(m_thread, &QThread::finished, [w = m_worker] { delete w; });
    m_thread->start();
}

QProcessLauncher::~QProcessLauncher()
{
    m_thread->quit();
    m_thread->wait(); // the worker is gone, every child reaped
    delete m_thread;
    // Handles may outlive the launcher (a preflight check's process owns itself); they must
    // not call into the worker or the hub that are about to go.
    const QList<ThreadedProcess*> orphans = m_hub->processes.values();
    for (ThreadedProcess* p : orphans)
        p->detach();
    delete m_hub; // drops messages that nobody will read
}

int QProcessLauncher::liveCount() const
{
    return m_hub->live;
}

RunningProcess* QProcessLauncher::start(const ProcessSpec& spec, QObject* parent)
{
    const quint64 id = m_hub->nextId++;
    auto* p = new ThreadedProcess(m_hub, m_worker, id, parent);
    m_hub->processes.insert(id, p);
    ++m_hub->live;
    SpawnWorker* w = m_worker;
    w->inbox()->post([w, id, spec] { w->start(id, spec); });
    return p;
}

} // namespace cnpg
