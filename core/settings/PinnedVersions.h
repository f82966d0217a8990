#pragma once

#include <QString>

// The versions a deployment installs when nothing newer is chosen or can be asked for. They are
// written into the settings file and the exported script, so that the same script installs the
// same software next month. Moving to a newer release is a deliberate change here (and in the
// README's table), tested before it lands.
namespace cnpg::pinned {

// The Kubernetes version when the region's default cannot be asked for (no az, offline). AKS
// offers 1.34-1.36 with standard support (KubernetesOfficial) as of late 2026; 1.34 is the one
// every region has rolled out, and is the oldest still in standard support, so the guide's
// add-ons (Azure Monitor metrics, workload identity, Cilium) are known to work with it. The
// guide's own 1.29 is out of support and refused by `az aks create`.
inline QString kubernetesVersion()
{
    return QStringLiteral("1.34");
}

// The cloudnative-pg Helm chart (cloudnative-pg/charts, tag cloudnative-pg-v0.29.0), which
// installs the CloudNativePG operator 1.30.0 and needs Kubernetes >= 1.29.
inline QString cnpgChartVersion()
{
    return QStringLiteral("0.29.0");
}
inline QString cnpgOperatorVersion()
{
    return QStringLiteral("1.30.0");
}

// CloudNativePG's Grafana dashboard (uid cloudnative-pg; grafana.com 20417) at the tag
// cluster-v0.0.5 of cloudnative-pg/grafana-dashboards (commit cececeb393fb), the latest tagged
// release: a tagged raw URL, never the moving main branch.
inline QString cnpgDashboardUrl()
{
    return QStringLiteral("https://raw.githubusercontent.com/cloudnative-pg/grafana-dashboards/"
                          "cluster-v0.0.5/charts/cluster/grafana-dashboard.json");
}
// The uid that dashboard's JSON gives it, by which a second run finds it.
inline QString cnpgDashboardUid()
{
    return QStringLiteral("cloudnative-pg");
}

// krew (kubernetes-sigs/krew): the release, and the SHA-256 of its archives as krew publishes
// them (krew-<os>_<arch>.tar.gz.sha256, and krew-index's plugins/krew.yaml).
inline QString krewVersion()
{
    return QStringLiteral("v0.5.0");
}
inline QString krewChecksums()
{
    return QStringLiteral(
        "linux_amd64=5d5a221fffdf331d1c5c68d9917530ecd102e0def5b5a6d62eeed1c404efb28a "
        "linux_arm64=ab7a98b992424e76b6c162f8b67fb76c4b1e243598aa2807bdf226752f964548 "
        "darwin_amd64=2d60559126452b57e3df0612f0475a473363f064da35f817290dbbcd877d1ea8 "
        "darwin_arm64=cd6e58b4e954e301abd19001d772846997216d696bcaa58f0bcf04708339ece3");
}

} // namespace cnpg::pinned
