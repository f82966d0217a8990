#include "SettingErrorText.h"

#include <QCoreApplication>

namespace cnpg {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("cnpg::SettingErrorText", text);
}

// What the user typed, shown in an error: enough to recognise it, never a megabyte.
QString elided(const QString& text)
{
    constexpr int Max = 80;
    if (text.size() <= Max)
        return text;
    int cut = Max;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + QChar(0x2026);
}
} // namespace

QString SettingErrorText::message(const SettingError& e)
{
    using C = SettingErrorCode;
    switch (e.code) {
    case C::Required:
        return tr("A value is required.");
    case C::TooShort:
    case C::TooLong:
        return tr("Must be %1 to %2 characters long.").arg(e.min).arg(e.max);
    case C::InvalidCharacters:
        return tr("The character “%1” is not allowed here.").arg(elided(e.detail));
    case C::MustStartWithLetter:
        return tr("Must start with a letter.");
    case C::MustStartAlphanumeric:
        return tr("Must start with a letter or a digit.");
    case C::MustEndAlphanumeric:
        return tr("Must end with a letter or a digit.");
    case C::MustNotEndWithPeriod:
        return tr("Must not end with a period.");
    case C::ConsecutiveHyphens:
        return tr("Must not contain two hyphens in a row.");
    case C::ControlCharacters:
        return tr("Line breaks, tabs and other control characters are not allowed.");
    case C::UnknownRegion:
        return tr("“%1” is not an Azure region name (for example westus3).").arg(elided(e.detail));
    case C::RegionWithoutZones:
        return tr("The region %1 has no availability zones; clear the zones or choose another "
                  "region.")
            .arg(elided(e.detail));
    case C::InvalidAddress:
        return tr("“%1” is not an IPv4 address or CIDR range (for example 203.0.113.7 or "
                  "203.0.113.0/24).")
            .arg(elided(e.detail));
    case C::InvalidTag:
        return tr("“%1” is not a key=value tag (keys cannot contain < > % & \\ ? /).")
            .arg(elided(e.detail));
    case C::DuplicateTag:
        return tr("The tag “%1” is given twice.").arg(elided(e.detail));
    case C::InvalidVmSize:
        return tr("Not a VM size (for example standard_d4s_v3).");
    case C::InvalidVersion:
        return tr("Not a version number (for example 1.29).");
    case C::InvalidBoolean:
        return tr("Must be true or false.");
    case C::InvalidChoice:
        return tr("Must be one of: %1.").arg(e.detail);
    case C::InvalidUrl:
        return tr("Not an http or https URL.");
    case C::OutOfRange:
        return tr("Must be a whole number from %1 to %2.").arg(e.min).arg(e.max);
    case C::MinGreaterThanMax:
        return tr("The minimum (%1) is larger than the maximum (%2).").arg(e.min).arg(e.max);
    case C::InvalidZones:
        return tr("“%1” is not an availability zone: use 1, 2 and 3, each once.")
            .arg(elided(e.detail));
    case C::LtsNeedsPremium:
        return tr("Long-term support (AKSLongTermSupport) needs the premium tier; the tier is "
                  "%1. Set AKS_TIER to premium, or choose KubernetesOfficial.")
            .arg(e.detail);
    case C::InvalidChecksums:
        return tr("“%1” is not a platform and its SHA-256 (for example "
                  "linux_amd64=<64 hex digits>), or names a platform twice.")
            .arg(elided(e.detail));
    case C::UnknownKey:
        return tr("Unknown setting.");
    case C::WrongType:
        return tr("Wrong type: %1 given.").arg(elided(e.detail));
    case C::BrokenJson:
        return tr("The file is not valid JSON: %1 (at byte %2).").arg(elided(e.detail)).arg(e.min);
    case C::UnsupportedSchema:
        return tr("Unsupported settings file schema (%1); expected 1.").arg(elided(e.detail));
    case C::FileUnreadable:
        return tr("The file cannot be read: %1").arg(elided(e.detail));
    case C::NotRegularFile:
        return tr("Not a regular file (a pipe, a device or a folder); nothing was read.");
    case C::FileTooLarge:
        return tr("The file is larger than %1 KiB; a settings file is far smaller.").arg(e.max);
    case C::DuplicateKey:
        return tr("Given more than once in the file; keep one.");
    case C::StartsWithHyphen:
        return tr("Must not start with “-”: az, kubectl and helm would read it as an option.");
    case C::InvalidUnicode:
        return tr("Contains an invalid character (a lone UTF-16 surrogate).");
    case C::InvalidFormat:
        return tr("Not of the expected form (for example %1).").arg(e.detail);
    case C::InvalidSchedule:
        return tr("Not a six-field cron schedule: seconds, minutes, hours, day of month, month, "
                  "day of week (for example %1), or @daily, @weekly, @monthly.")
            .arg(e.detail);
    }
    return QString();
}

QString SettingErrorText::withField(const SettingError& e)
{
    if (e.field.isEmpty())
        return message(e);
    return elided(e.field) + QStringLiteral(": ") + message(e);
}

} // namespace cnpg
