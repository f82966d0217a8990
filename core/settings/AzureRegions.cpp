#include "settings/AzureRegions.h"

namespace cnpg {

namespace {
QStringList split(const char* names)
{
    return QString::fromLatin1(names).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

const QStringList& AzureRegions::all()
{
    static const QStringList regions = split(
        "eastus eastus2 southcentralus westus2 westus3 australiaeast southeastasia northeurope "
        "swedencentral uksouth westeurope centralus southafricanorth centralindia eastasia "
        "japaneast koreacentral canadacentral francecentral germanywestcentral italynorth "
        "norwayeast polandcentral spaincentral switzerlandnorth mexicocentral uaenorth "
        "brazilsouth israelcentral qatarcentral newzealandnorth indonesiacentral malaysiawest "
        "austriaeast belgiumcentral chilecentral denmarkeast centraluseuap eastus2euap "
        "northcentralus westus westcentralus southafricawest australiacentral "
        "australiacentral2 australiasoutheast japanwest jioindiawest koreasouth southindia "
        "westindia canadaeast francesouth germanynorth norwaywest switzerlandwest ukwest "
        "uaecentral brazilsoutheast");
    return regions;
}

bool AzureRegions::isKnown(const QString& name)
{
    return all().contains(name);
}

bool AzureRegions::hasAvailabilityZones(const QString& name)
{
    static const QStringList zonal =
        split("eastus eastus2 southcentralus westus2 westus3 centralus australiaeast southeastasia "
              "northeurope swedencentral uksouth westeurope southafricanorth centralindia eastasia "
              "japaneast japanwest koreacentral canadacentral francecentral germanywestcentral "
              "italynorth norwayeast polandcentral spaincentral switzerlandnorth mexicocentral "
              "uaenorth brazilsouth israelcentral qatarcentral newzealandnorth indonesiacentral "
              "malaysiawest austriaeast belgiumcentral chilecentral denmarkeast centraluseuap "
              "eastus2euap");
    return zonal.contains(name);
}

} // namespace cnpg
