#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace cnpg {

// The deployments this machine knows, from their journals under <dataDir>/deployments: one per
// resource group, with its teardown's outcome when it has one. Returns data; the front ends
// word it (`--list`, and later the wizard's deployments view).
class DeploymentIndex
{
public:
    struct Entry
    {
        QString resourceGroup;
        QString region;
        QDateTime startedAt; // the last run's
        QDateTime updatedAt;
        QString outcome;         // the journal's: running, succeeded, failed, cancelled
        QString teardownOutcome; // empty: never torn down
        int stepsDone = 0;       // steps that succeeded or found their resource
        int stepsTotal = 0;      // steps the journal records
        QString journalPath;
        QString problem; // the journal could not be read (the other fields are empty)
    };

    // Newest first.
    static QList<Entry> scan(const QString& dataDir);
};

} // namespace cnpg
