#pragma once

#include "preflight/KubernetesVersions.h"
#include "settings/Settings.h"

namespace cnpg {

// The defaults that come from the region rather than the schema: AKS_CLUSTER_VERSION becomes the
// region's default Kubernetes version (`az aks get-versions`, isDefault) unless the user chose
// one. Without an answer the schema's tested default stays (PinnedVersions.h).
class VersionDefaults
{
public:
    // Whether there is anything to ask: the version is not set explicitly.
    static bool needsRegion(const Settings& settings);
    // Applies the answer for the settings' region; returns the version it set, or empty when the
    // answer does not fit (another region, a failure, no version with standard support) or the
    // user chose a version.
    static QString apply(Settings& settings, const KubernetesVersions::Result& result);
};

} // namespace cnpg
