#include "run/DeploymentIndex.h"

#include "plan/Plan.h"
#include "plan/PlanBuilder.h"
#include "run/Journal.h"
#include "settings/Settings.h"
#include "settings/SettingsSchema.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <algorithm>

namespace cnpg {

QList<DeploymentIndex::Entry> DeploymentIndex::scan(const QString& dataDir)
{
    QList<Entry> out;
    if (dataDir.isEmpty())
        return out;
    const QDir root(dataDir + QStringLiteral("/deployments"));
    for (const QString& group : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        Entry e;
        e.resourceGroup = group;
        e.journalPath = root.filePath(group + QStringLiteral("/journal.json"));
        if (!QFileInfo::exists(e.journalPath))
            continue; // a teardown's journal alone names no deployment
        QString error;
        const auto journal = Journal::load(e.journalPath, &error);
        if (!journal) {
            e.problem = error;
            out << e;
            continue;
        }
        e.startedAt = journal->startedAt;
        e.updatedAt = journal->updatedAt;
        e.outcome = journal->outcome;
        e.mode = journal->mode;
        for (const Journal::StepRecord& r : journal->steps) {
            ++e.stepsTotal;
            if (r.state == StepState::Succeeded || r.state == StepState::Skipped)
                ++e.stepsDone;
        }
        if (const auto settings = journal->deployedSettings())
            e.region = settings->value(keys::Region);
        if (const auto teardown =
                Journal::load(root.filePath(group + QStringLiteral("/teardown.json"))))
            e.teardownOutcome = teardown->outcome;
        out << e;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Entry& a, const Entry& b) { return a.updatedAt > b.updatedAt; });
    return out;
}

QList<DeploymentIndex::Resource> DeploymentIndex::resources(const QString& journalPath,
                                                            QString* error)
{
    QList<Resource> out;
    const auto journal = Journal::load(journalPath, error);
    if (!journal)
        return out;
    const auto settings = journal->deployedSettings();
    if (!settings) {
        if (error)
            *error = QStringLiteral("the journal records no settings");
        return out;
    }
    const QHash<QString, QString> values = settings->resolvedValues();
    QSet<QString> seen;
    for (const Step& step : PlanBuilder::build(*settings).steps()) {
        const auto record = journal->steps.constFind(step.id);
        if (step.resourceType.isEmpty() || step.kind != StepKind::Create ||
            record == journal->steps.cend() ||
            (record->state != StepState::Succeeded && record->state != StepState::Skipped))
            continue;
        Resource r{step.resourceType, Plan::expandArgs({step.resourceName}, values, {}).value(0),
                   Plan::expandArgs({step.resourceGroup}, values, {}).value(0)};
        r.listed = !r.group.isEmpty() && step.resourceParent.isEmpty() && r.type.count(u'/') == 1 &&
                   !r.type.startsWith(QLatin1String("Microsoft.Resources/")) &&
                   !r.type.startsWith(QLatin1String("Microsoft.Authorization/"));
        const QString key = (r.type + QLatin1Char('/') + r.name).toLower();
        if (r.name.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        out << r;
    }
    return out;
}

} // namespace cnpg
