#include "run/DeploymentIndex.h"

#include "run/Journal.h"
#include "settings/Settings.h"
#include "settings/SettingsSchema.h"

#include <QDir>
#include <QFileInfo>
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

} // namespace cnpg
