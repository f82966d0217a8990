#include "run/StepState.h"

namespace cnpg {

namespace {
struct Name
{
    StepState state;
    const char* name;
};
constexpr Name names[] = {
    {StepState::Pending, "Pending"},     {StepState::Waiting, "Waiting"},
    {StepState::Running, "Running"},     {StepState::Retrying, "Retrying"},
    {StepState::Succeeded, "Succeeded"}, {StepState::Skipped, "Skipped"},
    {StepState::Failed, "Failed"},       {StepState::Cancelled, "Cancelled"},
};
} // namespace

QString stepStateName(StepState s)
{
    for (const Name& n : names) {
        if (n.state == s)
            return QString::fromLatin1(n.name);
    }
    return QString();
}

StepState stepStateFromName(const QString& name, bool* ok)
{
    for (const Name& n : names) {
        if (name == QLatin1String(n.name)) {
            if (ok)
                *ok = true;
            return n.state;
        }
    }
    if (ok)
        *ok = false;
    return StepState::Pending;
}

} // namespace cnpg
