#include "settings/CronSchedule.h"

#include <QRegularExpression>
#include <QStringList>

namespace cnpg {

namespace {

struct Field
{
    int min;
    int max;
    const char* names; // robfig/cron's three-letter names, in order from `min`, or nullptr
    bool question;     // "?" stands for "any" (day of month and day of week only)
};

const Field kFields[] = {
    {0, 59, nullptr, false},
    {0, 59, nullptr, false},
    {0, 23, nullptr, false},
    {1, 31, nullptr, true},
    {1, 12, "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC", false},
    {0, 6, "SUN MON TUE WED THU FRI SAT", true},
};

// A number or, where the field has names, a name (case-insensitive, as robfig/cron reads them).
bool value(const Field& f, const QString& text, int* out)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (ok && !text.startsWith(QLatin1Char('+')) && !text.startsWith(QLatin1Char('-'))) {
        *out = n;
        return n >= f.min && n <= f.max;
    }
    if (!f.names)
        return false;
    const QStringList names = QString::fromLatin1(f.names).split(QLatin1Char(' '));
    const int i = names.indexOf(text.toUpper());
    *out = f.min + i;
    return i >= 0;
}

// One comma-separated entry: "*", "?", "N" or "N-M", each optionally "/STEP".
bool entry(const Field& f, const QString& e)
{
    const QStringList parts = e.split(QLatin1Char('/'));
    if (parts.size() > 2)
        return false;
    if (parts.size() == 2) {
        bool ok = false;
        const int step = parts.at(1).toInt(&ok);
        if (!ok || step < 1 || parts.at(1).startsWith(QLatin1Char('+')))
            return false;
    }
    const QString range = parts.at(0);
    if (range == QLatin1String("*"))
        return true;
    if (range == QLatin1String("?"))
        return f.question && parts.size() == 1;
    const QStringList ends = range.split(QLatin1Char('-'));
    int low = 0, high = 0;
    if (ends.size() == 1)
        return value(f, ends.at(0), &low);
    return ends.size() == 2 && value(f, ends.at(0), &low) && value(f, ends.at(1), &high) &&
           low <= high;
}

} // namespace

bool CronSchedule::isValid(const QString& schedule)
{
    static const QStringList descriptors = {QStringLiteral("@yearly"),  QStringLiteral("@annually"),
                                            QStringLiteral("@monthly"), QStringLiteral("@weekly"),
                                            QStringLiteral("@daily"),   QStringLiteral("@midnight"),
                                            QStringLiteral("@hourly")};
    if (descriptors.contains(schedule))
        return true;
    // Single spaces only: the value goes into a manifest as it is, and what the page shows is
    // what the operator reads.
    const QStringList fields = schedule.split(QLatin1Char(' '));
    if (fields.size() != 6)
        return false;
    for (int i = 0; i < 6; ++i) {
        if (fields.at(i).isEmpty())
            return false;
        for (const QString& e : fields.at(i).split(QLatin1Char(',')))
            if (!entry(kFields[i], e))
                return false;
    }
    return true;
}

} // namespace cnpg
