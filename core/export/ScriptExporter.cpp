#include "export/ScriptExporter.h"

#include "export/ScriptPreflight.h"
#include "export/ScriptWriter.h"
#include "export/TeardownScript.h"
#include "plan/Plan.h"
#include "settings/Settings.h"
#include "settings/SettingsSchema.h"
#include "steps/StepAdapter.h"

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

// What the kinds of step in the plan need beyond the common helpers, once per kind.
QString adapterHelpers(const Plan& plan, const StepAdapters& adapters)
{
    QString out;
    for (const auto& a : adapters.all()) {
        bool used = false;
        for (const Step& s : plan.steps())
            used |= s.type == a->type();
        if (used)
            out += a->scriptHelpers(plan);
    }
    return out;
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
    static const QRegularExpression listRef(QStringLiteral("^@\\{([A-Za-z0-9_]+)\\}$"));
    static const QRegularExpression scalarRef(QStringLiteral("\\$\\{([A-Za-z0-9_]+)\\}"));
    const auto lm = listRef.match(a);
    if (lm.hasMatch())
        return QStringLiteral("\"${") + lm.captured(1) + QStringLiteral("[@]}\"");
    if (!a.contains(scalarRef))
        return valueWord(a);
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

QString ScriptExporter::valueWord(const QString& value)
{
    static const QRegularExpression bare(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    return bare.match(value).hasMatch() ? value : singleQuote(value);
}

QString ScriptExporter::renderCommand(const QString& program, const QStringList& args, int indent)
{
    return render(program, args, indent, &ScriptExporter::shellWord);
}

QString ScriptExporter::renderValues(const QString& program, const QStringList& values, int indent)
{
    return render(program, values, indent, &ScriptExporter::valueWord);
}

QString ScriptExporter::render(const QString& program, const QStringList& args, int indent,
                               QString (*word)(const QString&))
{
    // Words up to the first flag stay on the first line; then one flag and its values a line,
    // as the guide writes them.
    QStringList lines{program};
    for (const QString& a : args) {
        if (a.startsWith(QLatin1String("--")))
            lines << word(a);
        else
            lines.last() += QLatin1Char(' ') + word(a);
    }
    const QString oneLine = lines.join(QLatin1Char(' '));
    if (indent + oneLine.size() <= 100)
        return oneLine;
    return lines.join(QStringLiteral(" \\\n") + pad(indent + 4));
}

QString ScriptExporter::generate(const Plan& plan, const Settings& settings,
                                 const QString& generator)
{
    return write(plan, settings, generator, false);
}

QString ScriptExporter::generateTeardown(const Plan& plan, const Settings& settings,
                                         const QString& generator)
{
    return write(plan, settings, generator, true);
}

QString ScriptExporter::write(const Plan& plan, const Settings& settings, const QString& generator,
                              bool teardown)
{
    QString out;
    out += QStringLiteral("#!/usr/bin/env bash\n");
    out += QStringLiteral("# ") +
           (teardown ? tr("Teardown of a deployment of the PostgreSQL-on-AKS infrastructure: its "
                          "resource group and the AKS node resource group.")
                     : tr("Infrastructure for a highly available PostgreSQL database on AKS with "
                          "CloudNativePG.")) +
           QLatin1Char('\n');
    out += QStringLiteral("# ") +
           (teardown ? tr("Generated by %1. Safe to run again: what is gone already is not an "
                          "error.")
                     : tr("Generated by %1. Safe to run again: every step that creates a "
                          "resource first checks whether it exists."))
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
    if (!teardown) {
        out += QStringLiteral("# ") +
               tr("A mirror of the krew release may stand in for GitHub; its archive is still "
                  "checked against KREW_SHA256.") +
               QLatin1Char('\n');
        out += QStringLiteral("KREW_DOWNLOAD_URL=${KREW_DOWNLOAD_URL:-\"https://github.com/"
                              "kubernetes-sigs/krew/releases/download/${KREW_VERSION}\"}\n");
    }
    out += QLatin1Char('\n');

    const StepAdapters adapters;
    out += helpers() + adapterHelpers(plan, adapters) + QLatin1Char('\n');
    QStringList programs;
    for (const Step& s : plan.steps()) {
        if (!s.command.program.isEmpty() && !programs.contains(s.command.program))
            programs << s.command.program;
    }
    programs << QStringLiteral("jq");
    // The generated secret's pipe draws its value with openssl.
    for (const Step& s : plan.steps()) {
        if (s.type == steptype::GeneratedSecret && !programs.contains(QStringLiteral("openssl")))
            programs << QStringLiteral("openssl");
    }
    out += QStringLiteral("require_tools ") + programs.join(QLatin1Char(' ')) + QLatin1Char('\n');
    if (teardown) {
        out += TeardownScript::checks(settings);
    } else {
        // Nothing is created before the read-only readiness checks have passed.
        out += QLatin1Char('\n') +
               ScriptPreflight::function(!settings.value(keys::SubscriptionId).isEmpty()) +
               ScriptPreflight::call();
    }

    ScriptWriter writer(plan, out);
    QString lastStage;
    for (const Step& s : plan.steps()) {
        if (s.conditional)
            continue;
        if (s.stage != lastStage) {
            lastStage = s.stage;
            if (const Stage* stage = plan.findStage(s.stage)) {
                out +=
                    QStringLiteral("\n# ---- %1. %2 ----\n")
                        .arg(plan.stageNumber(s.stage))
                        .arg(QCoreApplication::translate("cnpg::Plan", qPrintable(stage->title)));
            }
        }
        const QString title = QCoreApplication::translate("cnpg::Plan", qPrintable(s.title));
        out += QStringLiteral("say ") +
               singleQuote(title + QStringLiteral(" [") + s.id + QLatin1Char(']')) +
               QLatin1Char('\n');
        // What to do when the step fails in a way the script cannot remedy by itself.
        if (!s.remedyOn && !s.remedyText.isEmpty())
            out += QStringLiteral("# ") +
                   QCoreApplication::translate("cnpg::Plan", qPrintable(s.remedyText)) +
                   QLatin1Char('\n');
        if (const StepAdapter* adapter = adapters.find(s.type))
            adapter->exportStep(s, writer);
        else
            out += QStringLiteral("echo ") +
                   singleQuote(QStringLiteral("Unknown step type ") + s.type) +
                   QStringLiteral(" >&2\nexit 1\n");
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
