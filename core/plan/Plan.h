#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cnpg {

// A stage of a guide: a stable id and an English title (translated with
// QCoreApplication::translate("cnpg::Plan", title)). A plan lists its stages in their order; the
// exported script numbers them from 1 in that order.
struct Stage
{
    QString id; // e.g. "cluster"; steps name their stage by it
    QString title;
};

enum class StepKind
{
    Install,   // idempotent tool set-up (az extension add, krew, helm repo add)
    Create,    // creates a resource; guarded by a probe
    Read,      // reads a value the later steps need
    Configure, // idempotent change of local state (get-credentials)
    Verify,    // the guide's verification commands
    Delete,    // removes a resource (teardown)
};

// Errors that Azure reports for a while and then stops reporting; a step lists the ones it may
// wait out. NetworkRules is special: it triggers the step's remedy branch.
enum class TransientError
{
    OperationNotAllowed, // another operation is in progress on the AKS cluster
    Throttled,
    InternalServerError,
    PrincipalNotFound, // a new identity has not propagated to Entra ID yet
    NetworkRules,      // storage data-plane access refused (the guide's role remedy)
    KubernetesApi,     // the cluster's API server briefly unreachable or overloaded
    GrafanaApi,        // Azure Managed Grafana's HTTP API: 429 or a 5xx
};
constexpr int TransientErrorCount = 7;

// A program and its argument list. Arguments are templates: "${NAME}" is replaced by the value
// of a setting or of a captured variable; an argument that is exactly "@{NAME}" expands to one
// argument per item of a list setting (TAGS, zones). No shell is ever involved.
struct Command
{
    QString program;
    QStringList args;
};

// A value a step reads from its output: the trimmed stdout, or one field of its JSON.
struct Capture
{
    QString variable;  // e.g. AKS_UAMI_WORKLOAD_OBJECTID
    QString jsonField; // e.g. principalId; empty: the whole trimmed stdout
};

// How to tell whether a step's resource already exists: the command exits 0 and prints
// something (equal to `expect` when that is set). The probe prints what the creating command
// prints, so that captures work the same whether the resource was created or found.
struct Probe
{
    Command command;
    QString expect;
};

// How a step's action runs and is exported; each type is one StepAdapter (steps/StepAdapter.h)
// that both the executor and the exporter consult.
namespace steptype {
inline const QString Program = QStringLiteral("program");        // a program and its arguments
inline const QString Input = QStringLiteral("input");            // the same, fed `input` on stdin
inline const QString Krew = QStringLiteral("krew");              // built in: the krew download
inline const QString DeleteWait = QStringLiteral("delete-wait"); // delete, then probe until gone
// The command reads a value drawn at run time (a password) on stdin; the plan never holds it.
inline const QString GeneratedSecret = QStringLiteral("generated-secret");
// A check whose answer is compared with `expectOutput` (a query that prints "f" or "t").
inline const QString Expect = QStringLiteral("expect-output");
} // namespace steptype

struct Step
{
    QString id; // stable, e.g. "aks.create"; used by the journal and the tests
    QString
        title; // English source text; translate with QCoreApplication::translate("cnpg::Plan", ...)
    QString stage; // the id of one of the plan's stages
    StepKind kind = StepKind::Create;
    QString type = steptype::Program; // the adapter that runs and exports the action
    Command command;
    // Input: the bytes written to the command's standard input (a manifest for `kubectl apply
    // -f -`), literal and ending with a newline; the script gives them as a quoted heredoc.
    QByteArray input;
    // Input: whether ${NAME} in `input` is replaced by the value (a captured ID in a manifest).
    // The script then gives it as an unquoted heredoc in which nothing else expands.
    bool expandInput = false;
    // DeleteWait: the pause between two probes while the resource is still there, and how long
    // to wait for it to go before the step fails.
    int waitIntervalMs = 10000;
    int waitTimeoutSeconds = 1800;
    // DeleteWait: a regular expression (ERE and PCRE alike) for the delete's error output that
    // means the thing was gone already, where the tool says so in words of its own (kubectl
    // config: "cannot delete context NAME, not in FILE"); empty: the tool's usual not found.
    QString goneOn;
    // Expect: the answer the command must print; whitespace is ignored on both sides.
    QString expectOutput;
    QStringList needs;
    QString outputVariable; // the script variable that holds the whole output (JSON captures)
    QList<Capture> captures;
    QString resourceType; // e.g. "Microsoft.ContainerService/managedClusters"; empty: none
    QString resourceName; // template, e.g. "${AKS_PRIMARY_CLUSTER_NAME}"
    // Where the live status finds the resource: its resource group, and for a child resource
    // that `az resource list` does not list (a node pool, an add-on) the parent's name.
    QString resourceGroup;  // template; empty: not in a resource group (or not polled)
    QString resourceParent; // template; empty: the resource is listed itself
    std::optional<Probe> probe;
    // A query for the step's live status while its command runs (the phase a Kubernetes
    // resource reports while the command waits for it, optionally with a tab and its
    // "ready/desired" instances: run/LivePhase): its standard output, when it names a phase, is
    // shown as the step's live state. Polled, never exported: the script just waits.
    std::optional<Command> liveStatus;
    int expectedSeconds = 5;
    QList<TransientError> retryOn;
    QString lock; // steps with the same lock never run at once (e.g. changes of one AKS cluster)
    // The conditional branch: when the command fails with `remedyOn`, run `remedySteps` in
    // order, then run the command again. Remedy steps run only then (`conditional`).
    std::optional<TransientError> remedyOn;
    QStringList remedySteps;
    QString remedyText; // English: what the remedy does, for the script's comment and the log
    bool conditional = false;
};

class Plan
{
public:
    Plan() = default;
    explicit Plan(QList<Step> steps, QList<Stage> stages = {});

    const QList<Step>& steps() const& { return m_steps; }
    // By value on a temporary, so that `for (auto& s : PlanBuilder::build(x).steps())` is safe.
    QList<Step> steps() && { return std::move(m_steps); }
    const Step* find(const QString& id) const;
    int indexOf(const QString& id) const;

    const QList<Stage>& stages() const { return m_stages; }
    const Stage* findStage(const QString& id) const;
    // The stage's number in the plan's order, from 1; 0 for a stage the plan does not list.
    int stageNumber(const QString& id) const;

    // Structural problems (unknown needs, cycles, steps out of order, variables used before any
    // ancestor captures them). Empty for every plan the builder makes; the tests check that.
    QStringList problems(const QStringList& settingKeys) const;

    // Sum of expected durations of the unconditional steps, and the longest chain of them.
    int sequentialSeconds() const;
    int criticalPathSeconds() const;
    // For each step, the longest expected duration from its start to the end of the plan.
    QHash<QString, int> remainingPathSeconds() const;

    // The variables a step's command and probe refer to.
    static QStringList referencedVariables(const Step& step);

    // Replaces ${NAME} and expands @{NAME}. `lists` holds the list settings; a missing variable
    // expands to an empty string and is reported in `missing`.
    static QStringList expandArgs(const QStringList& args, const QHash<QString, QString>& values,
                                  const QHash<QString, QStringList>& lists,
                                  QStringList* missing = nullptr);

private:
    QList<Step> m_steps;
    QList<Stage> m_stages;
};

QString transientErrorName(TransientError e);
// A regular expression that recognises the error in a tool's error output.
QString transientErrorPattern(TransientError e);
// A regular expression (ERE and PCRE alike) for the texts with which az, kubectl and helm say
// that what a probe asked for does not exist.
QString notFoundPattern();

} // namespace cnpg
