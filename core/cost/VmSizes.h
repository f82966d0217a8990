#pragma once

#include <QString>

namespace cnpg {

// What AKS gives a node of a VM size as its OS disk when the node pool does not say: an
// ephemeral disk (free, in the VM's cache or temporary storage) when the size supports one and
// has room for AKS's 128 GiB default, else a managed disk whose tier follows the vCPU count
// (1-7: 128 GiB P10, 8-15: 256 GiB P15, 16-63: 512 GiB P20, 64+: 1 TiB P30), Premium SSD on
// sizes with premium storage, Standard SSD otherwise.
struct OsDisk
{
    bool ephemeral = false;
    bool knownSize = true; // false: the size is not in our table; a managed disk is assumed
    int vcpus = 0;
    QString tier;        // "P10", "E15"; empty when ephemeral
    QString meterName;   // "P10 LRS Disk"
    QString productName; // "Premium SSD Managed Disks"
};

class VmSizes
{
public:
    // "standard_d2s_v3" -> "Standard_D2s_v3": the spelling of the price list's armSkuName.
    static QString canonical(const QString& size);
    static OsDisk osDisk(const QString& size);
    // The vCPU count from the size's name ("Standard_E4-2ds_v5" -> 4); 0 when it has none.
    static int vcpusFromName(const QString& size);
};

} // namespace cnpg
