#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace cnpg {

class Plan;
struct Step;

// The bash a step turns into, for the step adapters' exportStep(): the common shapes (a command
// behind with_retry, a step guarded by its probe, captures from its output, the remedy branch)
// so that every kind of step writes them the same way. Text goes to `out`.
class ScriptWriter
{
public:
    // How the step's command is written: the retry helper it runs behind, and bytes for its
    // standard input, given as a quoted heredoc after the command (none when empty).
    struct CommandStyle
    {
        QString retryHelper = QStringLiteral("with_retry");
        QByteArray input;
        // A pipeline whose output the command reads instead (`openssl rand ...`); empty: none.
        QString inputPipe;
        // The heredoc expands ${NAME} (and nothing else: $, ` and \ are escaped).
        bool expandInput = false;
    };

    ScriptWriter(const Plan& plan, QString& out)
        : m_plan(plan)
        , m_out(out)
    {}

    const Plan& plan() const { return m_plan; }
    QString& out() { return m_out; }

    // A step that runs a command: with its remedy branch, behind its probe, or plain.
    void writeCommandStep(const Step& s, const CommandStyle& style);

    // The step's command as bash (behind the retry helper when it may wait out transient
    // errors); the heredoc, if any, is not included (see heredoc()).
    static QString commandText(const Step& s, const CommandStyle& style, int indent,
                               bool includeRemedyTrigger = false);
    // The step's command as the script writes it, but with a run's values in place of its
    // ${NAME} and @{NAME} references (quoted as the script quotes values) and with its secrets
    // masked: what a report shows for the step. Without the retry helper, the probe and the
    // standard input; empty for a built-in step, which has no command of its own (krew).
    static QString expandedCommandText(const Step& s, const QHash<QString, QString>& values,
                                       const QHash<QString, QStringList>& lists);
    // A probe command behind the `probe` helper.
    static QString probeText(const Step& s, int indent);
    // "<<'EOF'" and the body with its delimiter line: a delimiter that no line of the body is.
    static QString heredocStart(const QByteArray& input, bool expand = false);
    static QString heredocBody(const QByteArray& input, bool expand = false);
    // The body's text without its delimiter line: what a page shows as "the script's manifest".
    static QString heredocText(const QByteArray& input, bool expand = false);
    // The same, for a log: the command line, then the input as the script has it, with its
    // secrets masked (ManifestMask).
    static QString commandWithInput(const QString& commandLine, const QByteArray& input);
    // The variable that receives the whole output of a capturing step; empty: none.
    static QString outputVariable(const Step& s);

private:
    void emitJsonCaptures(const Step& s, QString& out, int indent);
    void emitUnguarded(const Step& s, const CommandStyle& style, QString& out, int indent,
                       bool includeRemedyTrigger = false, bool jsonCaptures = true);
    void emitGuarded(const Step& s, QString& out, int indent, const QString& body);
    void emitRemedyBranch(const Step& s, const CommandStyle& style);

    const Plan& m_plan;
    QString& m_out;
};

} // namespace cnpg
