#include "run/RunEvents.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace cnpg {

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

QByteArray line(QJsonObject o)
{
    o.insert(s("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

void insertIfAny(QJsonObject& o, const char* key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(s(key), value);
}

} // namespace

QString RunEvents::stateWord(StepState state)
{
    return stepStateName(state).toLower();
}

QString RunEvents::outcomeWord(Executor::Outcome outcome)
{
    switch (outcome) {
    case Executor::Outcome::NotStarted:
        return s("not-started");
    case Executor::Outcome::Running:
        return s("running");
    case Executor::Outcome::Succeeded:
        return s("succeeded");
    case Executor::Outcome::Failed:
        return s("failed");
    case Executor::Outcome::Cancelled:
        return s("cancelled");
    }
    return QString();
}

QByteArray RunEvents::started(const QString& action, const QString& deployment, bool simulated,
                              int steps)
{
    return line({{s("event"), s("run")},
                 {s("state"), s("started")},
                 {s("version"), Version},
                 {s("action"), action},
                 {s("deployment"), deployment},
                 {s("simulated"), simulated},
                 {s("steps"), steps}});
}

QByteArray RunEvents::step(const QString& id, const StepStatus& status, qint64 elapsedMs)
{
    QJsonObject o{{s("event"), s("step")},
                  {s("step"), id},
                  {s("state"), stateWord(status.state)},
                  {s("attempt"), status.attempt},
                  {s("elapsedMs"), double(elapsedMs)}};
    insertIfAny(o, "provisioningState", status.provisioningState);
    insertIfAny(o, "reason", status.reason);
    insertIfAny(o, "waitingFor", status.waitingFor);
    if (status.state == StepState::Retrying && status.retryDelayMs > 0)
        o.insert(s("retryInMs"), status.retryDelayMs);
    // The first line of the tool's error: the rest is in the log and the journal.
    const QStringList lines = status.errorText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!lines.isEmpty())
        o.insert(s("message"), lines.first().trimmed());
    return line(o);
}

QByteArray RunEvents::finished(Executor::Outcome outcome, qint64 elapsedMs)
{
    return line({{s("event"), s("run")},
                 {s("state"), s("finished")},
                 {s("outcome"), outcomeWord(outcome)},
                 {s("elapsedMs"), double(elapsedMs)}});
}

} // namespace cnpg
