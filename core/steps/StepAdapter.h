#pragma once

#include "plan/Plan.h"
#include "process/ProcessLauncher.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace cnpg {

class ScriptWriter;

// How a step's action ended. `process` is what its (last) program returned: the executor reads
// captures from its output and decides on retries and the remedy from it. A task that knows its
// failure better (the krew download: Download, Checksum) sets `failureReason` (a reason:: code)
// and `failureText`: the step then fails with them, without retries.
struct StepResult
{
    ProcessResult process;
    QString failureReason;
    QString failureText;
};

// What a running step may use; given by the executor.
struct StepRunContext
{
    ProcessLauncher* launcher = nullptr;
    ProcessSpec base; // environment and working directory (no program)
    const Step* step = nullptr;
    QStringList args;      // the command's arguments, expanded
    QStringList probeArgs; // the probe's arguments, expanded; empty without a probe
    QByteArray input;      // the step's input, expanded when the step asks for it
    // For built-ins that download (krew): the network, made on first use.
    std::function<QNetworkAccessManager&()> network;
    // Empty: the release krewVersion pins, checked against krewChecksums (KREW_SHA256). Set: a
    // mirror or the simulator's local release, checked against the .sha256 it publishes.
    QString krewBaseUrl;
    QString krewVersion;
    QString krewChecksums;
    QString krewPlatform;
    double waitScale = 1.0; // multiplies a step's own pauses (waitIntervalMs)
};

// One run of a step's action (its probe-first check stays with the executor). It emits
// finished() exactly once, from the event loop, after every child it started has been reaped.
class StepTask : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start() = 0;
    virtual void terminate() = 0; // cancel politely; finished() follows
    virtual void kill() = 0;

signals:
    void output(int channel, const QByteArray& data);
    void progress(qint64 done, qint64 total); // a download: bytes so far, size (-1: unknown)
    void finished(const cnpg::StepResult& result);
};

// A kind of step (Step::type): how it runs and how it is exported. The executor schedules every
// kind the same way and asks the adapter for the task; the exporter writes the `say` line and
// asks the adapter for the rest. A new kind is one more adapter in StepAdapters.
class StepAdapter
{
public:
    virtual ~StepAdapter() = default;
    virtual QString type() const = 0;
    // Whether the executor runs the probe first and skips the step when it finds the resource
    // (creating steps); a delete that waits probes afterwards instead.
    virtual bool probesFirst() const { return true; }
    virtual StepTask* createTask(const StepRunContext& context, QObject* parent) const = 0;
    // The step as bash, after its `say` line.
    virtual void exportStep(const Step& step, ScriptWriter& writer) const = 0;
    // Bash functions the exported steps of this kind call, written once per script when the
    // plan has such a step (after the common helpers). Comments follow the translator.
    virtual QString scriptHelpers(const Plan& plan) const
    {
        Q_UNUSED(plan)
        return QString();
    }
};

// The adapters a run or an export knows, by type.
class StepAdapters
{
public:
    StepAdapters(); // program, input, krew, delete-wait, generated-secret, expect-output
    const StepAdapter* find(const QString& type) const;
    const std::vector<std::unique_ptr<StepAdapter>>& all() const { return m_adapters; }

private:
    std::vector<std::unique_ptr<StepAdapter>> m_adapters;
};

} // namespace cnpg

Q_DECLARE_METATYPE(cnpg::StepResult)
