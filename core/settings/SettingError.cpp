#include "settings/SettingError.h"

namespace cnpg {

QString settingErrorCodeName(SettingErrorCode code)
{
    switch (code) {
#define CNPG_CODE(name)                                                                            \
    case SettingErrorCode::name:                                                                   \
        return QStringLiteral(#name);
        CNPG_CODE(Required)
        CNPG_CODE(TooShort)
        CNPG_CODE(TooLong)
        CNPG_CODE(InvalidCharacters)
        CNPG_CODE(MustStartWithLetter)
        CNPG_CODE(MustStartAlphanumeric)
        CNPG_CODE(MustEndAlphanumeric)
        CNPG_CODE(MustNotEndWithPeriod)
        CNPG_CODE(ConsecutiveHyphens)
        CNPG_CODE(ControlCharacters)
        CNPG_CODE(UnknownRegion)
        CNPG_CODE(RegionWithoutZones)
        CNPG_CODE(InvalidAddress)
        CNPG_CODE(InvalidTag)
        CNPG_CODE(DuplicateTag)
        CNPG_CODE(InvalidVmSize)
        CNPG_CODE(InvalidVersion)
        CNPG_CODE(InvalidBoolean)
        CNPG_CODE(InvalidChoice)
        CNPG_CODE(InvalidUrl)
        CNPG_CODE(OutOfRange)
        CNPG_CODE(MinGreaterThanMax)
        CNPG_CODE(InvalidZones)
        CNPG_CODE(LtsNeedsPremium)
        CNPG_CODE(InvalidChecksums)
        CNPG_CODE(UnknownKey)
        CNPG_CODE(WrongType)
        CNPG_CODE(BrokenJson)
        CNPG_CODE(UnsupportedSchema)
        CNPG_CODE(FileUnreadable)
        CNPG_CODE(NotRegularFile)
        CNPG_CODE(FileTooLarge)
        CNPG_CODE(DuplicateKey)
        CNPG_CODE(StartsWithHyphen)
        CNPG_CODE(InvalidUnicode)
        CNPG_CODE(InvalidFormat)
        CNPG_CODE(InvalidSchedule)
#undef CNPG_CODE
    }
    return QStringLiteral("Unknown");
}

} // namespace cnpg
