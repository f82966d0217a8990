#pragma once
// Real PostgreSQL servers behind the simulated CloudNativePG Clusters, when the server's programs
// are installed (PgServer): the simulator's operator for them. Every simulated az, kubectl and
// helm call ends by bringing the servers in line with what the simulated operator reports: the
// primary, then each standby as it becomes ready, streaming from the primary; after a
// switchover the promoted standby as primary and the others copied again from it; nothing once
// the Cluster or its AKS cluster is gone. A registry next to the state file records them, and
// their files live in one private directory under the temporary directory (a short path, for
// the servers' sockets).

#include <QString>
#include <QStringList>

namespace cnpg::sim {

class SimEnv;
class StateStore;

namespace localpg {

enum class Wait
{
    Block,  // wait for another invocation's reconciliation, then reconcile
    IfFree, // leave it to the invocation that is reconciling already
};

// Failures are appended to <state>.postgres.log; with Wait::Block they are also printed.
void reconcile(const SimEnv& env, StateStore& store, Wait wait);
// Stops every server of this state and removes its files (cnpg-sim reset, local-postgres stop).
void stopAll(const SimEnv& env);
// `cnpg-sim local-postgres [list|stop]`.
int command(const SimEnv& env, StateStore& store, const QStringList& args);

// psql in the server of a Cluster's primary (or of a standby), as `kubectl cnpg psql` runs it in
// the pod: the superuser over the private socket, output and exit code passed through. -1 when
// no real server stands behind the Cluster.
int psql(const SimEnv& env, StateStore& store, const QString& aksId, const QString& ns,
         const QString& name, bool replica, const QStringList& psqlArgs);

} // namespace localpg
} // namespace cnpg::sim
