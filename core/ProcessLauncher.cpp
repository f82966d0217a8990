#include "ProcessLauncher.h"

#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

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

class QtRunningProcess : public RunningProcess
{
public:
    QtRunningProcess(QProcessLauncher& launcher, const ProcessSpec& spec, QObject* parent)
        : RunningProcess(parent)
        , m_launcher(launcher)
        , m_process(new QProcess(this))
    {
        m_process->setProgram(resolveProgram(spec));
        m_process->setArguments(spec.arguments);
        if (!spec.environment.isEmpty())
            m_process->setProcessEnvironment(spec.environment);
        if (!spec.workingDirectory.isEmpty())
            m_process->setWorkingDirectory(spec.workingDirectory);
        // The tools never read stdin; a closed one stops an unexpected prompt from hanging.
        m_process->setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
        // When the wizard dies (crash, SIGKILL) its children go with it instead of running on
        // unobserved; a resumed run probes for whatever they had done.
        const pid_t parentPid = ::getpid();
        m_process->setChildProcessModifier([parentPid] {
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
            if (::getppid() != parentPid)
                ::_exit(128 + SIGTERM);
        });
#endif
        connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
            const QByteArray chunk = m_process->readAllStandardOutput();
            m_result.standardOutput += chunk;
            emit output(1, chunk);
        });
        connect(m_process, &QProcess::readyReadStandardError, this, [this] {
            const QByteArray chunk = m_process->readAllStandardError();
            m_result.standardError += chunk;
            emit output(2, chunk);
        });
        connect(m_process, &QProcess::finished, this,
                [this](int exitCode, QProcess::ExitStatus status) {
                    const QByteArray out = m_process->readAllStandardOutput();
                    const QByteArray err = m_process->readAllStandardError();
                    if (!out.isEmpty()) {
                        m_result.standardOutput += out;
                        emit output(1, out);
                    }
                    if (!err.isEmpty()) {
                        m_result.standardError += err;
                        emit output(2, err);
                    }
                    m_result.exitCode = exitCode;
                    m_result.crashed = status == QProcess::CrashExit;
                    finish();
                });
        connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            // Only a failed start ends the process without finished(); the other errors
            // (crash, read/write) are followed by finished() or are not fatal.
            if (error != QProcess::FailedToStart)
                return;
            m_result.failedToStart = true;
            m_result.errorString = m_process->errorString();
            finish();
        });
    }

    void start()
    {
        ++m_launcher.m_live;
        m_counted = true;
        m_starting = true;
        m_process->start();
        m_starting = false;
        if (m_finishPending)
            QTimer::singleShot(0, this, [this] { emitFinished(); });
    }

    ~QtRunningProcess() override
    {
        if (m_counted && !m_done)
            --m_launcher.m_live;
        // Deleting a live child is the caller's mistake (the executor waits for every child);
        // QProcess's destructor then kills and reaps it, the one blocking wait left.
    }

    qint64 processId() const override
    {
        return m_process->processId();
    }
    bool isRunning() const override
    {
        return !m_done;
    }
    void terminate() override
    {
        if (m_process->state() != QProcess::NotRunning)
            m_process->terminate();
    }
    void kill() override
    {
        if (m_process->state() != QProcess::NotRunning)
            m_process->kill();
    }

private:
    void finish()
    {
        if (m_done || m_finishPending)
            return;
        if (m_starting) {
            m_finishPending = true; // never emit from inside start()
            return;
        }
        emitFinished();
    }
    void emitFinished()
    {
        if (m_done)
            return;
        m_done = true;
        --m_launcher.m_live;
        emit finished(m_result);
    }

    QProcessLauncher& m_launcher;
    QProcess* m_process;
    ProcessResult m_result;
    bool m_counted = false;
    bool m_starting = false;
    bool m_finishPending = false;
    bool m_done = false;
};

RunningProcess* QProcessLauncher::start(const ProcessSpec& spec, QObject* parent)
{
    auto* p = new QtRunningProcess(*this, spec, parent);
    p->start();
    return p;
}

} // namespace cnpg
