#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace cnpg {

// What is wrong with a setting. Core reports codes and data only; the UI and the command line
// turn them into translated text (see SettingErrorText in the app and ui layers).
enum class SettingErrorCode
{
    Required,          // empty where a value is needed
    TooShort,          // shorter than min
    TooLong,           // longer than max
    InvalidCharacters, // a character outside the allowed set (detail: the first offender)
    MustStartWithLetter,
    MustStartAlphanumeric,
    MustEndAlphanumeric,
    MustNotEndWithPeriod,
    ConsecutiveHyphens,
    ControlCharacters, // newlines, tabs and other control characters are never allowed
    UnknownRegion,
    RegionWithoutZones, // zones were chosen in a region that has no availability zones
    InvalidAddress,     // not an IPv4 address or CIDR (detail: the offending entry)
    InvalidTag,         // not key=value, or a forbidden character in the key (detail: entry)
    DuplicateTag,       // detail: the key
    InvalidVmSize,
    InvalidVersion,
    InvalidBoolean,
    InvalidChoice, // detail: the allowed values, comma separated
    InvalidUrl,
    OutOfRange,        // an integer outside [min, max]
    MinGreaterThanMax, // detail: the key of the matching maximum
    InvalidZones,      // detail: the offending entry
    LtsNeedsPremium,   // long-term support chosen with another tier (detail: the tier)
    InvalidChecksums,  // not platform=<64 hex digits> (detail: the offending entry)
    UnknownKey,        // a settings file names a key that does not exist
    WrongType,         // a settings file gives e.g. a number where text belongs (detail: type)
    BrokenJson,        // detail: the parser's message, min: the byte offset
    UnsupportedSchema, // detail: the schema found
    FileUnreadable,    // detail: the system's message
    NotRegularFile,    // a settings file that is a FIFO, a device, a directory
    FileTooLarge,      // max: the limit in KiB
    DuplicateKey,      // a settings file gives the same key twice (field: the key)
    StartsWithHyphen,  // a tool would read the value (or an entry of a list) as an option
    InvalidUnicode,    // a lone UTF-16 surrogate: no character at all
    InvalidFormat,     // not of the field's form (detail: an example of it)
    InvalidSchedule,   // not a six-field cron schedule, seconds first (detail: an example)
};

struct SettingError
{
    QString field; // the guide's variable name, e.g. PG_PRIMARY_STORAGE_ACCOUNT_NAME; empty for
                   // file errors
    SettingErrorCode code = SettingErrorCode::Required;
    int min = 0;
    int max = 0;
    QString detail;

    bool operator==(const SettingError& o) const
    {
        return field == o.field && code == o.code && min == o.min && max == o.max &&
               detail == o.detail;
    }
};

using SettingErrors = QList<SettingError>;

// A stable, untranslated identifier of a code ("TooLong"), for logs and tests.
QString settingErrorCodeName(SettingErrorCode code);

} // namespace cnpg

Q_DECLARE_METATYPE(cnpg::SettingError)
