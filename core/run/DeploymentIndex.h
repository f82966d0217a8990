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
        QString mode;            // the journal's: simulation, azure, or empty (not recorded)
        QString teardownOutcome; // empty: never torn down
        int stepsDone = 0;       // steps that succeeded or found their resource
        int stepsTotal = 0;      // steps the journal records
        QString journalPath;
        QString problem; // the journal could not be read (the other fields are empty)
    };

    // A resource that a deployment's journal records as made or found by one of its steps.
    struct Resource
    {
        QString type; // e.g. Microsoft.ContainerService/managedClusters
        QString name;
        QString group; // empty: not in a resource group
        // `az resource list --resource-group <group>` shows it: a top-level resource, not a
        // child (a node pool, an add-on, a federated credential), a role assignment or a
        // resource group itself.
        bool listed = false;
    };

    // Newest first.
    static QList<Entry> scan(const QString& dataDir);
    // The resources the journal's steps created or found (its plan, rebuilt from the settings
    // it recorded), once each, in plan order. `error`: why the journal cannot tell.
    static QList<Resource> resources(const QString& journalPath, QString* error = nullptr);
};

} // namespace cnpg
