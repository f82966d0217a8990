#include "export/ScriptExporter.h"

#include "export/ScriptPreflight.h"
#include "plan/Plan.h"
#include "settings/Settings.h"
#include "settings/SettingsSchema.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace cnpg {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cnpg::ScriptExporter", text);
}

QString pad(int n)
{
    return QString(n, QLatin1Char(' '));
}

QString retryPattern(const Step& s, bool includeRemedyTrigger)
{
    QStringList parts;
    for (TransientError e : s.retryOn) {
        if (includeRemedyTrigger || !s.remedyOn || *s.remedyOn != e)
            parts << transientErrorPattern(e);
    }
    return parts.join(QLatin1Char('|'));
}

// The step's command as bash, behind with_retry when it may wait out transient errors.
QString commandText(const Step& s, int indent, bool includeRemedyTrigger = false)
{
    const QString pattern = retryPattern(s, includeRemedyTrigger);
    if (pattern.isEmpty())
        return ScriptExporter::renderCommand(s.command.program, s.command.args, indent);
    return ScriptExporter::renderCommand(QStringLiteral("with_retry"),
                                         QStringList{pattern, s.command.program} + s.command.args,
                                         indent);
}

QString probeText(const Step& s, int indent)
{
    return ScriptExporter::renderCommand(
        QStringLiteral("probe"), QStringList{s.probe->command.program} + s.probe->command.args,
        indent);
}

// The variable that receives the whole output of a capturing step.
QString outputVariable(const Step& s)
{
    if (!s.outputVariable.isEmpty())
        return s.outputVariable;
    return s.captures.isEmpty() ? QString() : s.captures.first().variable;
}

// Reads the JSON fields, then stops the script if any captured value came out empty: an empty
// id would pass e.g. `--scope ""`, which assigns a role on the whole subscription.
void emitJsonCaptures(const Step& s, QString& out, int indent)
{
    for (const Capture& c : s.captures) {
        if (c.jsonField.isEmpty())
            continue;
        // jq prints "null" for a missing field; // empty turns that into nothing.
        out += pad(indent) + c.variable + QStringLiteral("=$(jq -r ") +
               ScriptExporter::singleQuote(QLatin1Char('.') + c.jsonField +
                                           QStringLiteral(" // empty")) +
               QStringLiteral(" <<<\"${") + outputVariable(s) + QStringLiteral("}\")\n");
    }
    for (const Capture& c : s.captures) {
        out += pad(indent) + QStringLiteral(": \"${") + c.variable +
               QStringLiteral(":?no value was returned}\"\n");
    }
}

// A step without its probe: plain, or capturing its output.
void emitUnguarded(const Step& s, QString& out, int indent, bool includeRemedyTrigger = false,
                   bool jsonCaptures = true)
{
    const QString var = outputVariable(s);
    if (var.isEmpty())
        out += pad(indent) + commandText(s, indent, includeRemedyTrigger) + QLatin1Char('\n');
    else
        out += pad(indent) + var + QStringLiteral("=$(") +
               commandText(s, indent, includeRemedyTrigger) + QStringLiteral(")\n");
    if (jsonCaptures)
        emitJsonCaptures(s, out, indent);
}

// A step behind its probe: run only when the probe says the resource is absent. The probe runs
// in the script's own shell (not in $(...)), so that it can stop the script when it cannot tell.
void emitGuarded(const Step& s, QString& out, int indent, const QString& body)
{
    const QString var = outputVariable(s);
    const QString p = pad(indent);
    if (!s.probe->expect.isEmpty()) {
        out += p + QStringLiteral("if ! ") + probeText(s, indent) +
               QStringLiteral(" || [ \"${PROBED}\" != ") +
               ScriptExporter::singleQuote(s.probe->expect) + QStringLiteral(" ]; then\n");
    } else if (var.isEmpty()) {
        out += p + QStringLiteral("if ! ") + probeText(s, indent) + QStringLiteral("; then\n");
    } else {
        out += p + QStringLiteral("if ") + probeText(s, indent) + QStringLiteral("; then\n") + p +
               pad(4) + var + QStringLiteral("=${PROBED}\n") + p + QStringLiteral("else\n");
    }
    out += body;
    out += p + QStringLiteral("fi\n");
    emitJsonCaptures(s, out, indent);
}

QString krewSnippet()
{
    // The guide's installer, from the pinned release, with its archive checked against the
    // SHA-256 the settings pin (KREW_SHA256) before anything runs.
    return QStringLiteral("if ! probe kubectl krew version; then\n"
                          "    require_tools curl tar sha256sum\n"
                          "    (\n"
                          "        set -x; cd \"$(mktemp -d)\" &&\n"
                          "        OS=\"$(uname | tr '[:upper:]' '[:lower:]')\" &&\n"
                          "        ARCH=\"$(uname -m | sed -e 's/x86_64/amd64/' -e "
                          "'s/\\(arm\\)\\(64\\)\\?.*/\\1\\2/' -e 's/aarch64$/arm64/')\" &&\n"
                          "        KREW=\"krew-${OS}_${ARCH}\" &&\n"
                          "        KREW_SUM=\"$(tr ' ' '\\n' <<<\"${KREW_SHA256}\" | "
                          "sed -n \"s/^${OS}_${ARCH}=//p\")\" &&\n"
                          "        { [ -n \"${KREW_SUM}\" ] || { printf 'KREW_SHA256 pins no "
                          "SHA-256 for %s\\n' \"${KREW}.tar.gz\" >&2; false; }; } &&\n"
                          "        curl -fsSLO \"${KREW_DOWNLOAD_URL}/${KREW}.tar.gz\" &&\n"
                          "        echo \"${KREW_SUM}  ${KREW}.tar.gz\" | sha256sum --check - &&\n"
                          "        tar zxvf \"${KREW}.tar.gz\" &&\n"
                          "        ./\"${KREW}\" install krew\n"
                          "    )\n"
                          "fi\n"
                          "export PATH=\"${KREW_ROOT:-$HOME/.krew}/bin:$PATH\"\n");
}

QString helpers()
{
    QString h;
    h += QStringLiteral("# ") +
         QCoreApplication::translate("cnpg::ScriptExporter",
                                     "Stops with a message when a tool is missing.") +
         QLatin1Char('\n');
    h += QStringLiteral("require_tools() {\n"
                        "    local tool\n"
                        "    for tool in \"$@\"; do\n"
                        "        if ! command -v \"$tool\" >/dev/null 2>&1; then\n"
                        "            printf 'Required tool not found: %s\\n' \"$tool\" >&2\n"
                        "            exit 1\n"
                        "        fi\n"
                        "    done\n"
                        "}\n\n");
    h += QStringLiteral("# ") +
         QCoreApplication::translate(
             "cnpg::ScriptExporter",
             "Prints a step's title on stderr, so that captured output stays clean.") +
         QLatin1Char('\n');
    h += QStringLiteral("say() { printf '\\n==> %s\\n' \"$1\" >&2; }\n\n");
    h += QStringLiteral("# ") +
         QCoreApplication::translate(
             "cnpg::ScriptExporter",
             "Runs a read-only check: succeeds, with its output in PROBED, when the resource "
             "exists; fails when the tool says it does not; stops the script when the check "
             "keeps failing otherwise.") +
         QLatin1Char('\n');
    h += QStringLiteral("probe() {\n"
                        "    local attempt=1 delay=${CNPG_RETRY_DELAY:-30} err status\n"
                        "    PROBED=''\n"
                        "    err=$(mktemp)\n"
                        "    while true; do\n"
                        "        if PROBED=$(\"$@\" 2>\"$err\"); then\n"
                        "            rm -f \"$err\"\n"
                        "            [ -n \"$PROBED\" ]\n"
                        "            return\n"
                        "        else\n"
                        "            status=$?\n"
                        "        fi\n"
                        "        if { [ \"$1\" != az ] || [ \"$status\" -eq 3 ]; } &&\n"
                        "            grep -Eq -- ") +
         ScriptExporter::singleQuote(notFoundPattern()) +
         QStringLiteral(
             " \"$err\"; then\n"
             "            rm -f \"$err\"\n"
             "            return 1\n"
             "        fi\n"
             "        cat \"$err\" >&2\n"
             "        if [ \"$attempt\" -ge \"${CNPG_RETRY_ATTEMPTS:-6}\" ]; then\n"
             "            rm -f \"$err\"\n"
             "            printf 'Cannot tell whether it exists; stopping: %s\\n' \"$*\" >&2\n"
             "            exit \"$status\"\n"
             "        fi\n"
             "        printf 'The check failed; trying again in %ss\\n' \"$delay\" >&2\n"
             "        sleep \"$delay\"\n"
             "        attempt=$((attempt + 1))\n"
             "        delay=$((delay * 2))\n"
             "    done\n"
             "}\n\n");
    h += QStringLiteral("# ") +
         QCoreApplication::translate(
             "cnpg::ScriptExporter",
             "Runs a command again, with a growing pause, while it fails with a transient error "
             "that matches $1.") +
         QLatin1Char('\n');
    h += QStringLiteral("with_retry() {\n"
                        "    local pattern=$1 attempt=1 delay=${CNPG_RETRY_DELAY:-30} err status\n"
                        "    shift\n"
                        "    err=$(mktemp)\n"
                        "    while true; do\n"
                        "        if \"$@\" 2>\"$err\"; then\n"
                        "            rm -f \"$err\"\n"
                        "            return 0\n"
                        "        else\n"
                        "            status=$?\n"
                        "        fi\n"
                        "        cat \"$err\" >&2\n"
                        "        if [ \"$attempt\" -ge \"${CNPG_RETRY_ATTEMPTS:-6}\" ] || ! grep "
                        "-Eq -- \"$pattern\" \"$err\"; then\n"
                        "            rm -f \"$err\"\n"
                        "            return \"$status\"\n"
                        "        fi\n"
                        "        printf 'Transient error; retrying in %ss\\n' \"$delay\" >&2\n"
                        "        sleep \"$delay\"\n"
                        "        attempt=$((attempt + 1))\n"
                        "        delay=$((delay * 2))\n"
                        "    done\n"
                        "}\n");
    return h;
}

} // namespace

QString ScriptExporter::singleQuote(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString ScriptExporter::shellWord(const QString& a)
{
    static const QRegularExpression bare(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    static const QRegularExpression listRef(QStringLiteral("^@\\{([A-Za-z0-9_]+)\\}$"));
    static const QRegularExpression scalarRef(QStringLiteral("\\$\\{([A-Za-z0-9_]+)\\}"));
    const auto lm = listRef.match(a);
    if (lm.hasMatch())
        return QStringLiteral("\"${") + lm.captured(1) + QStringLiteral("[@]}\"");
    if (!a.contains(scalarRef))
        return bare.match(a).hasMatch() ? a : singleQuote(a);
    auto escape = [](QString literal) {
        for (const char* c : {"\\", "$", "\"", "`"})
            literal.replace(QLatin1String(c), QLatin1Char('\\') + QLatin1String(c));
        return literal;
    };
    QString out = QStringLiteral("\"");
    qsizetype last = 0;
    auto it = scalarRef.globalMatch(a);
    while (it.hasNext()) {
        const auto m = it.next();
        out += escape(a.mid(last, m.capturedStart() - last));
        out += QStringLiteral("${") + m.captured(1) + QLatin1Char('}');
        last = m.capturedEnd();
    }
    out += escape(a.mid(last)) + QLatin1Char('"');
    return out;
}

QString ScriptExporter::renderCommand(const QString& program, const QStringList& args, int indent)
{
    // Words up to the first flag stay on the first line; then one flag and its values a line,
    // as the guide writes them.
    QStringList lines{program};
    for (const QString& a : args) {
        if (a.startsWith(QLatin1String("--")))
            lines << shellWord(a);
        else
            lines.last() += QLatin1Char(' ') + shellWord(a);
    }
    const QString oneLine = lines.join(QLatin1Char(' '));
    if (indent + oneLine.size() <= 100)
        return oneLine;
    return lines.join(QStringLiteral(" \\\n") + pad(indent + 4));
}

QString ScriptExporter::generate(const Plan& plan, const Settings& settings,
                                 const QString& generator)
{
    QString out;
    out += QStringLiteral("#!/usr/bin/env bash\n");
    out +=
        QStringLiteral("# ") +
        tr("Infrastructure for a highly available PostgreSQL database on AKS with CloudNativePG.") +
        QLatin1Char('\n');
    out += QStringLiteral("# ") +
           tr("Generated by %1. Safe to run again: every step that creates a resource first checks "
              "whether it exists.")
               .arg(generator) +
           QLatin1Char('\n');
    // SC2016: settings are single-quoted on purpose, so that no value is ever expanded.
    out += QStringLiteral("# shellcheck disable=SC2016\n");
    out += QStringLiteral("set -euo pipefail\n\n");

    // Settings: every value once, quoted. Lists that a command expands become arrays.
    QSet<QString> listsUsed;
    for (const Step& s : plan.steps()) {
        for (const QString& v : Plan::referencedVariables(s))
            listsUsed.insert(v);
    }
    out += QStringLiteral("# ---- ") + tr("Settings") + QStringLiteral(" ----\n");
    for (const FieldSpec& f : SettingsSchema::fields()) {
        // No subscription chosen: the CLI's default one, as in the guide, which names none.
        if (f.key == keys::SubscriptionId && settings.value(f.key).isEmpty())
            continue;
        if (f.isList && listsUsed.contains(f.key) && !settings.listValue(f.key).isEmpty()) {
            QStringList items;
            for (const QString& item : settings.listValue(f.key))
                items << singleQuote(item);
            out +=
                f.key + QStringLiteral("=(") + items.join(QLatin1Char(' ')) + QStringLiteral(")\n");
        } else {
            out += QStringLiteral("export ") + f.key + QLatin1Char('=') +
                   singleQuote(settings.value(f.key)) + QLatin1Char('\n');
        }
    }
    out += QStringLiteral("# ") +
           tr("A mirror of the krew release may stand in for GitHub; its archive is still "
              "checked against KREW_SHA256.") +
           QLatin1Char('\n');
    out += QStringLiteral("KREW_DOWNLOAD_URL=${KREW_DOWNLOAD_URL:-\"https://github.com/"
                          "kubernetes-sigs/krew/releases/download/${KREW_VERSION}\"}\n\n");

    out += helpers() + QLatin1Char('\n');
    QStringList programs;
    for (const Step& s : plan.steps()) {
        if (!s.command.program.isEmpty() && !programs.contains(s.command.program))
            programs << s.command.program;
    }
    programs << QStringLiteral("jq");
    out += QStringLiteral("require_tools ") + programs.join(QLatin1Char(' ')) + QLatin1Char('\n');
    // Nothing is created before the read-only readiness checks have passed.
    out += QLatin1Char('\n') + ScriptPreflight::function(!settings.value(keys::SubscriptionId).isEmpty()) +
           ScriptPreflight::call();

    int lastStage = 0;
    for (const Step& s : plan.steps()) {
        if (s.conditional)
            continue;
        if (int(s.stage) != lastStage) {
            lastStage = int(s.stage);
            out +=
                QStringLiteral("\n# ---- %1. %2 ----\n")
                    .arg(lastStage)
                    .arg(QCoreApplication::translate("cnpg::Plan", qPrintable(stageName(s.stage))));
        }
        const QString title = QCoreApplication::translate("cnpg::Plan", qPrintable(s.title));
        out += QStringLiteral("say ") +
               singleQuote(title + QStringLiteral(" [") + s.id + QLatin1Char(']')) +
               QLatin1Char('\n');
        if (s.builtin == Builtin::KrewInstall) {
            out += krewSnippet();
            continue;
        }
        if (s.remedyOn) {
            // The conditional branch: on the trigger error, run the remedy, then try again.
            QString body;
            const QString var = s.id.toUpper().replace(QLatin1Char('.'), QLatin1Char('_')) +
                                QStringLiteral("_OUTPUT");
            body += pad(4) + QStringLiteral("if ! ") + var + QStringLiteral("=$(") +
                    commandText(s, 4) + QStringLiteral(" 2>&1); then\n");
            body +=
                pad(8) + QStringLiteral("printf '%s\\n' \"${") + var + QStringLiteral("}\" >&2\n");
            body += pad(8) + QStringLiteral("if ! grep -Eq -- ") +
                    singleQuote(transientErrorPattern(*s.remedyOn)) + QStringLiteral(" <<<\"${") +
                    var + QStringLiteral("}\"; then\n") + pad(12) + QStringLiteral("exit 1\n") +
                    pad(8) + QStringLiteral("fi\n");
            body +=
                pad(8) + QStringLiteral("# ") +
                tr("The guide's remedy: grant yourself Storage Blob Data Owner, then try again.") +
                QLatin1Char('\n');
            for (const QString& id : s.remedySteps) {
                const Step* r = plan.find(id);
                if (!r)
                    continue;
                if (r->probe) {
                    QString inner;
                    emitUnguarded(*r, inner, 12, false, false);
                    emitGuarded(*r, body, 8, inner);
                } else {
                    emitUnguarded(*r, body, 8);
                }
            }
            emitUnguarded(s, body, 8, true);
            body += pad(4) + QStringLiteral("else\n") + pad(8) +
                    QStringLiteral("printf '%s\\n' \"${") + var + QStringLiteral("}\"\n") + pad(4) +
                    QStringLiteral("fi\n");
            emitGuarded(s, out, 0, body);
            continue;
        }
        if (s.probe) {
            QString body;
            // Captures from JSON are read once, after the if, from either branch's output.
            emitUnguarded(s, body, 4, false, false);
            emitGuarded(s, out, 0, body);
        } else {
            emitUnguarded(s, out, 0);
        }
    }

    out += QStringLiteral("\n# ---- ") + tr("Outputs") + QStringLiteral(" ----\n");
    out += QStringLiteral("say ") + singleQuote(tr("Done")) + QLatin1Char('\n');
    for (const Step& s : plan.steps()) {
        if (s.conditional)
            continue;
        for (const Capture& c : s.captures)
            out += QStringLiteral("printf '%s=%s\\n' ") + c.variable + QStringLiteral(" \"${") +
                   c.variable + QStringLiteral("}\"\n");
    }
    return out;
}

} // namespace cnpg
