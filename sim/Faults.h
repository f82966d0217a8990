#pragma once
// Failures on demand. CNPG_SIM_FAULTS holds entries separated by ';':
//     <command words>=<Kind>[*<count>|*always]
// e.g. "aks nodepool add=OperationNotAllowed*1; storage container create=NetworkRules*1".
// The words match the start of a command path; they may begin with the tool's name
// ("kubectl create namespace=InternalServerError"). The remaining count of every entry lives in
// the state file, so that it counts across processes; an entry whose count is spent lets the
// command run normally. Kinds: OperationNotAllowed, Throttled, InternalServerError, NetworkRules,
// PermissionMismatch, PrincipalNotFound, Error:<message>, and for kubectl and helm the API
// server's ServiceUnavailable (503), GatewayTimeout (504), EtcdTimeout, and helm's
// PendingOperation (another operation is in progress on the release), and Usage: a command line
// the tool refuses (az: exit 2). NetworkRules and PermissionMismatch
// only hit while the signed-in user holds no blob data role on the account; PrincipalNotFound
// only hits assignments to service principals (new identities replicate; the user does not).

#include "SimError.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace cnpg::sim {

class State;
class StateStore;

struct Fault
{
    QString entry; // the entry's text, the key of its counter
    QString tool;  // empty: any tool
    QStringList words;
    QString kind;
    QString message; // Error:<message>
    int count = 1;   // -1: always
};

class Faults
{
public:
    static const QStringList& kinds();
    // Throws SimError on a malformed specification.
    static QList<Fault> parse(const QString& spec);
    // The first fault that matches the command, that `applies` accepts and that has a count
    // left; its count is decremented in the state.
    static std::optional<Fault> take(StateStore& store, const QString& spec, const QString& tool,
                                     const QStringList& path,
                                     const std::function<bool(State&, const Fault&)>& applies);
    // The error the real tool reports for the fault (`principal`: the assignee of a role
    // assignment, for PrincipalNotFound; `dataPlaneUrl`: the URL of a data-plane call that az
    // makes with requests rather than through ARM, such as Grafana's API).
    static SimError error(const Fault& f, const QString& tool, const State& s,
                          const QString& principal = QString(),
                          const QString& dataPlaneUrl = QString());
};

} // namespace cnpg::sim
