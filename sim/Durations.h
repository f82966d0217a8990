#pragma once
// The realistic time profile: how long each changing command takes on Azure, in seconds,
// before CNPG_SIM_TIME_SCALE is applied (steps.md gives the orders of magnitude).

#include <QList>
#include <QPair>
#include <QString>

namespace cnpg::sim {

class Durations
{
public:
    // Seconds for a command path such as "aks create" or "kubectl create namespace"; 1 s for a
    // command the profile does not list. CNPG_SIM_DURATIONS overrides entries.
    static double seconds(const QString& command);
    static const QList<QPair<QString, double>>& profile();
};

} // namespace cnpg::sim
