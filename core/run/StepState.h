#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace cnpg {

// Where a step of a running deployment is. Pending: not started (and, once the run is over,
// never started, e.g. because a step it needs failed). Waiting: the run wants it but a
// dependency, its lock or a free slot holds it back. Retrying: a transient error or the remedy
// branch; it runs again after the pause. Skipped: its probe found the resource already there.
enum class StepState
{
    Pending,
    Waiting,
    Running,
    Retrying,
    Succeeded,
    Skipped,
    Failed,
    Cancelled,
};

inline bool isFinal(StepState s)
{
    return s == StepState::Succeeded || s == StepState::Skipped || s == StepState::Failed ||
           s == StepState::Cancelled;
}
inline bool isDone(StepState s)
{
    return s == StepState::Succeeded || s == StepState::Skipped;
}

// Stable names, used in the journal and in the headless output.
QString stepStateName(StepState s);
StepState stepStateFromName(const QString& name, bool* ok = nullptr);

// Codes (not text) for why a step waits, retries or failed; the app translates them.
namespace reason {
inline const QString Dependency = QStringLiteral("Dependency"); // waitingFor: the step id
inline const QString Lock = QStringLiteral("Lock");             // waitingFor: the lock
inline const QString Slot = QStringLiteral("Slot");             // the parallel limit
inline const QString Remedy = QStringLiteral("Remedy");         // the remedy branch runs
inline const QString ExitCode = QStringLiteral("ExitCode");     // an error we do not know
inline const QString FailedToStart = QStringLiteral("FailedToStart");
inline const QString Crashed = QStringLiteral("Crashed");
inline const QString MissingValue = QStringLiteral("MissingValue");
inline const QString BadOutput = QStringLiteral("BadOutput"); // a capture is not in the output
inline const QString RemedyFailed = QStringLiteral("RemedyFailed");
inline const QString DependencyFailed = QStringLiteral("DependencyFailed");
inline const QString Journal = QStringLiteral("Journal");   // done in an earlier run, trusted
inline const QString Download = QStringLiteral("Download"); // krew: download or checksum
inline const QString Checksum = QStringLiteral("Checksum");
// The probe found the resource, but Azure reports its provisioning as Failed.
inline const QString ProvisioningFailed = QStringLiteral("ProvisioningFailed");
// A delete that waits: the resource was still there when the wait ran out.
inline const QString StillExists = QStringLiteral("StillExists");
// The step's type has no adapter in this build.
inline const QString UnknownType = QStringLiteral("UnknownType");
// The probe failed otherwise than with "not found": whether the resource exists is unknown.
inline const QString ProbeFailed = QStringLiteral("ProbeFailed");
// A check ran, but answered otherwise than the step expects (the answer is the error text).
inline const QString UnexpectedOutput = QStringLiteral("UnexpectedOutput");
} // namespace reason

struct StepStatus
{
    StepState state = StepState::Pending;
    int attempt = 0;           // 1 for the first run of the command
    QString reason;            // a reason:: code or a TransientError name
    QString waitingFor;        // the step, lock or error the state refers to
    QString errorText;         // the tool's own error output, secrets masked
    QString provisioningState; // live, from the status poller (Creating, Updating, ...)
    int retryDelayMs = 0;      // Retrying: the pause before the next attempt
    qint64 bytesDone = -1;     // Running a download (krew): bytes so far, -1 when none
    qint64 bytesTotal = -1;    // and the size, -1 while unknown
    bool probing = false;      // Running: the probe, not the command
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 elapsedMs = 0; // final once the step is over; see Executor::elapsedMs() while live
};

} // namespace cnpg

Q_DECLARE_METATYPE(cnpg::StepStatus)
