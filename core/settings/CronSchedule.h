#pragma once

#include <QString>

namespace cnpg {

// The schedule of a CloudNativePG ScheduledBackup. The operator parses it with robfig/cron and
// its optional seconds field in front: six fields (seconds, minutes, hours, day of month,
// month, day of week), not the five of a Kubernetes CronJob, or one of the descriptors
// @yearly, @monthly, @weekly, @daily, @hourly. A five-field schedule is the usual mistake, and
// the operator would read its minutes as seconds, so it is refused rather than guessed at.
class CronSchedule
{
public:
    // True when the operator accepts `schedule` and it fires at a fixed time (an @every
    // interval is left out: it restarts with the operator).
    static bool isValid(const QString& schedule);
};

} // namespace cnpg
