#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QProcess;

namespace cnpg {

// What to run: a program and its arguments, never a shell string.
struct ProcessSpec
{
    QString program;
    QStringList arguments;
    QProcessEnvironment environment; // empty: the parent's
    QString workingDirectory;        // empty: the parent's
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

// The real thing: QProcess on the caller's event loop, no blocking waits.
class QProcessLauncher : public ProcessLauncher
{
public:
    RunningProcess* start(const ProcessSpec& spec, QObject* parent) override;
    // How many children this launcher has started that have not been reaped yet.
    int liveCount() const { return m_live; }

private:
    friend class QtRunningProcess;
    int m_live = 0;
};

} // namespace cnpg

Q_DECLARE_METATYPE(cnpg::ProcessResult)
