#pragma once

#include "run/Executor.h"
#include "run/StepState.h"

#include <QByteArray>
#include <QString>

namespace cnpg {

// `--events json`: a run as one JSON object per line, for a CI pipeline or another program to
// follow. The field names and state words are an interface (documented in the README): they
// never follow the UI language. Error texts are the tools' own, with secrets already masked.
class RunEvents
{
public:
    static constexpr int Version = 1;

    // {"event":"run","state":"started","version":1,"action":"deploy"|"teardown",
    //  "deployment":RG,"simulated":bool,"steps":N,"time":ISO-8601 UTC}
    static QByteArray started(const QString& action, const QString& deployment, bool simulated,
                              int steps);
    // {"event":"step","step":ID,"state":"running",...,"attempt":N,"elapsedMs":MS, optional
    //  "provisioningState","reason","waitingFor","retryInMs","message","time"}
    static QByteArray step(const QString& id, const StepStatus& status, qint64 elapsedMs);
    // {"event":"run","state":"finished","outcome":"succeeded"|"failed"|"cancelled",
    //  "elapsedMs":MS,"time":...}
    static QByteArray finished(Executor::Outcome outcome, qint64 elapsedMs);

    // The word for a state: pending, waiting, running, retrying, succeeded, skipped, failed,
    // cancelled.
    static QString stateWord(StepState state);
    static QString outcomeWord(Executor::Outcome outcome);
};

} // namespace cnpg
