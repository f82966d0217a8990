#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QThread;

namespace cnpg {

// What to run: a program and its arguments, never a shell string.
struct ProcessSpec
{
    QString program;
    QStringList arguments;
    QProcessEnvironment environment; // empty: the parent's
    QString workingDirectory;        // empty: the parent's
    // Written to the child's standard input, which is then closed; empty: stdin is /dev/null.
    QByteArray standardInput;
};

struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;       // ended by a signal (terminate, kill, a crash)
    bool failedToStart = false; // not found, not executable
    QString errorString;        // the launcher's own message when it failed to start
    QByteArray standardOutput;
    QByteArray standardError;

    bool ok() const { return !failedToStart && !crashed && exitCode == 0; }
};

// One child process. It emits finished() exactly once, always from the event loop (never from
// inside ProcessLauncher::start()), and only after the child has been reaped.
class RunningProcess : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual qint64 processId() const = 0;
    virtual bool isRunning() const = 0;
    virtual void terminate() = 0; // SIGTERM: the polite request
    virtual void kill() = 0;      // SIGKILL

signals:
    // A chunk of output as it arrives (channel 1: stdout, 2: stderr), for the live log.
    void output(int channel, const QByteArray& data);
    void finished(const cnpg::ProcessResult& result);
};

// The seam between the executor and the operating system; tests substitute a fake.
class ProcessLauncher
{
public:
    virtual ~ProcessLauncher() = default;
    // Starts the process asynchronously. The caller owns the result (parented to `parent`).
    virtual RunningProcess* start(const ProcessSpec& spec, QObject* parent) = 0;
};

class SpawnHub;
class SpawnWorker;

// The real thing: QProcess. Starting a child forks, and Qt's vfork makes the caller wait until
// the child has exec'd, tens of milliseconds on a loaded machine; so the QProcess objects live
// in one spawner thread (one for all children, not one per child) and the caller's event loop
// only ever sees queued signals. Create, use and destroy it in one thread.
class QProcessLauncher : public ProcessLauncher
{
public:
    QProcessLauncher();
    // Kills what still runs (normally nothing) and joins the thread. Handles that outlive it
    // turn inert: not running, terminate() and kill() do nothing, and finished() (crashed)
    // follows from the event loop.
    ~QProcessLauncher() override;
    QProcessLauncher(const QProcessLauncher&) = delete;
    QProcessLauncher& operator=(const QProcessLauncher&) = delete;

    RunningProcess* start(const ProcessSpec& spec, QObject* parent) override;
    // How many children this launcher has started that have not been reaped yet.
    int liveCount() const;

private:
    QThread* m_thread;
    SpawnWorker* m_worker; // lives in m_thread
    SpawnHub* m_hub;       // lives in the caller's thread
};

} // namespace cnpg

Q_DECLARE_METATYPE(cnpg::ProcessResult)
Q_DECLARE_METATYPE(cnpg::ProcessSpec)
