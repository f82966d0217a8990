#pragma once

#include "plan/Plan.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cnpg {

class Settings;

// The guide's plan (steps.md) for a set of settings: its stages, then its steps, as data that
// the executor runs and the exporter writes out.
class PlanBuilder
{
public:
    static Plan build(const Settings& settings);
    // The guide's stages, in its order (ids and English titles, context "cnpg::Plan").
    static QList<Stage> stages();
    // The settings that are lists (expanded with @{NAME}).
    static QHash<QString, QStringList> listValues(const Settings& settings);
};

} // namespace cnpg
