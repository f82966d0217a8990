#pragma once

#include <QStringList>

namespace cnpg {

// Azure public-cloud region names as `az account list-locations --query [].name` prints them.
// A static list so that validation works offline; the Settings page may refine it from the
// subscription later.
class AzureRegions
{
public:
    static const QStringList& all();
    static bool isKnown(const QString& name);
    // Regions with availability zones 1, 2 and 3 (the guide's zonal cluster needs them).
    static bool hasAvailabilityZones(const QString& name);
};

} // namespace cnpg
