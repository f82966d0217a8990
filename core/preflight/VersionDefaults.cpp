#include "preflight/VersionDefaults.h"

namespace cnpg {

bool VersionDefaults::needsRegion(const Settings& settings)
{
    return !settings.isOverridden(keys::ClusterVersion);
}

QString VersionDefaults::apply(Settings& settings, const KubernetesVersions::Result& result)
{
    if (!result.ok || !needsRegion(settings) || result.region != settings.value(keys::Region))
        return QString();
    // The region's default, when it has standard support; else the newest that has.
    QString version;
    for (const KubernetesVersionInfo& v : result.versions) {
        if (v.isDefault && !v.isPreview && v.hasStandardSupport())
            version = v.version;
    }
    if (version.isEmpty()) {
        const QStringList usable = KubernetesVersions::offerable(result.versions);
        version = usable.isEmpty() ? QString() : usable.last();
    }
    settings.setResolvedDefault(keys::ClusterVersion, version);
    return version;
}

} // namespace cnpg
