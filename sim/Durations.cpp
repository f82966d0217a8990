#include "Durations.h"

#include <QHash>

namespace cnpg::sim {

const QList<QPair<QString, double>>& Durations::profile()
{
    static const QList<QPair<QString, double>> p = {
        {QStringLiteral("extension add"), 15},
        {QStringLiteral("group create"), 3},
        {QStringLiteral("group delete"), 600}, // 10 to 20 minutes with an AKS cluster
        {QStringLiteral("identity create"), 5},
        {QStringLiteral("identity federated-credential create"), 3},
        {QStringLiteral("kubectl create secret"), 1},
        {QStringLiteral("cnpg instance"), 60},
        {QStringLiteral("cnpg backup"), 90},
        {QStringLiteral("storage account create"), 25},
        {QStringLiteral("storage container create"), 2},
        {QStringLiteral("role assignment create"), 4},
        {QStringLiteral("grafana create"), 270},
        {QStringLiteral("monitor account create"), 30},
        {QStringLiteral("monitor log-analytics workspace create"), 30},
        {QStringLiteral("aks create"), 450},
        {QStringLiteral("aks nodepool add"), 270},
        {QStringLiteral("aks enable-addons"), 210},
        {QStringLiteral("aks get-credentials"), 3},
        {QStringLiteral("network public-ip create"), 20},
        {QStringLiteral("kubectl create namespace"), 1},
        {QStringLiteral("kubectl krew install"), 10},
        {QStringLiteral("krew install krew"), 10},
        {QStringLiteral("helm repo add"), 2},
        {QStringLiteral("helm repo update"), 3},
        {QStringLiteral("helm upgrade"), 20},
        {QStringLiteral("helm uninstall"), 5},
        {QStringLiteral("helm deployment ready"), 30},
    };
    return p;
}

namespace {

// CNPG_SIM_DURATIONS: "<command path>=<seconds>; ..." in place of the profile's; malformed
// entries are ignored.
QHash<QString, double> overrides()
{
    QHash<QString, double> out;
    const QStringList entries =
        qEnvironmentVariable("CNPG_SIM_DURATIONS").split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& entry : entries) {
        const qsizetype eq = entry.lastIndexOf(QLatin1Char('='));
        bool ok = false;
        const double s = eq > 0 ? entry.mid(eq + 1).trimmed().toDouble(&ok) : 0;
        if (ok && s >= 0)
            out.insert(entry.left(eq).trimmed(), s);
    }
    return out;
}

} // namespace

double Durations::seconds(const QString& command)
{
    static const QHash<QString, double> chosen = overrides();
    if (const auto it = chosen.constFind(command); it != chosen.cend())
        return *it;
    for (const auto& [name, s] : profile()) {
        if (name == command)
            return s;
    }
    return 1;
}

} // namespace cnpg::sim
