#include "export/ScriptWriter.h"

#include "export/ScriptExporter.h"
#include "plan/Plan.h"
#include "util/Logging.h"
#include "util/ManifestMask.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cnpg {

namespace {

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

QString heredocDelimiter(const QByteArray& input)
{
    const QList<QByteArray> lines = input.split('\n');
    QByteArray d = "EOF";
    for (int n = 1; lines.contains(d); ++n)
        d = "EOF_" + QByteArray::number(n);
    return QString::fromLatin1(d);
}

// The command, then `redirect`, then the heredoc when there is input, then `rest` (the end of
// the line the command is on, e.g. ")" or "); then"), then a newline.
QString withInput(const QString& command, const ScriptWriter::CommandStyle& style,
                  const QString& redirect, const QString& rest)
{
    if (!style.inputPipe.isEmpty())
        return style.inputPipe + QStringLiteral(" | ") + command + redirect + rest +
               QLatin1Char('\n');
    if (style.input.isEmpty())
        return command + redirect + rest + QLatin1Char('\n');
    return command + redirect + QLatin1Char(' ') +
           ScriptWriter::heredocStart(style.input, style.expandInput) + QLatin1Char('\n') +
           ScriptWriter::heredocBody(style.input, style.expandInput) + rest + QLatin1Char('\n');
}

// The text of an unquoted heredoc in which bash expands ${NAME} and nothing else: every other
// $, every ` and every \ is escaped, so that the rest reaches the command as it is.
QString expandingOnlyReferences(const QString& text)
{
    static const QRegularExpression reference(QStringLiteral("\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}"));
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('$')) {
            const auto m = reference.match(text, i, QRegularExpression::NormalMatch,
                                           QRegularExpression::AnchorAtOffsetMatchOption);
            if (m.hasMatch()) {
                out += m.captured(0);
                i += int(m.capturedLength()) - 1;
                continue;
            }
        }
        if (c == QLatin1Char('$') || c == QLatin1Char('`') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace

QString ScriptWriter::heredocStart(const QByteArray& input, bool expand)
{
    if (expand)
        return QStringLiteral("<<") + heredocDelimiter(input);
    return QStringLiteral("<<'") + heredocDelimiter(input) + QLatin1Char('\'');
}

QString ScriptWriter::heredocBody(const QByteArray& input, bool expand)
{
    return heredocText(input, expand) + heredocDelimiter(input) + QLatin1Char('\n');
}

QString ScriptWriter::heredocText(const QByteArray& input, bool expand)
{
    const QString text = QString::fromUtf8(input);
    return expand ? expandingOnlyReferences(text) : text;
}

QString ScriptWriter::commandWithInput(const QString& commandLine, const QByteArray& input)
{
    if (input.isEmpty())
        return maskSecrets(commandLine);
    return maskSecrets(commandLine) + QLatin1Char(' ') + heredocStart(input) + QLatin1Char('\n') +
           ManifestMask::masked(input) + heredocDelimiter(input) + QLatin1Char('\n');
}

QString ScriptWriter::commandText(const Step& s, const CommandStyle& style, int indent,
                                  bool includeRemedyTrigger)
{
    const QString pattern = retryPattern(s, includeRemedyTrigger);
    if (pattern.isEmpty())
        return ScriptExporter::renderCommand(s.command.program, s.command.args, indent);
    return ScriptExporter::renderCommand(
        style.retryHelper, QStringList{pattern, s.command.program} + s.command.args, indent);
}

QString ScriptWriter::expandedCommandText(const Step& s, const QHash<QString, QString>& values,
                                          const QHash<QString, QStringList>& lists)
{
    if (s.command.program.isEmpty())
        return QString();
    return maskSecrets(ScriptExporter::renderValues(
        s.command.program, Plan::expandArgs(s.command.args, values, lists), 0));
}

QString ScriptWriter::probeText(const Step& s, int indent)
{
    return ScriptExporter::renderCommand(
        QStringLiteral("probe"), QStringList{s.probe->command.program} + s.probe->command.args,
        indent);
}

QString ScriptWriter::outputVariable(const Step& s)
{
    if (!s.outputVariable.isEmpty())
        return s.outputVariable;
    return s.captures.isEmpty() ? QString() : s.captures.first().variable;
}

// Reads the JSON fields, then stops the script if any captured value came out empty: an empty
// id would pass e.g. `--scope ""`, which assigns a role on the whole subscription.
void ScriptWriter::emitJsonCaptures(const Step& s, QString& out, int indent)
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
void ScriptWriter::emitUnguarded(const Step& s, const CommandStyle& style, QString& out, int indent,
                                 bool includeRemedyTrigger, bool jsonCaptures)
{
    const QString var = outputVariable(s);
    const QString command = commandText(s, style, indent, includeRemedyTrigger);
    if (var.isEmpty())
        out += pad(indent) + withInput(command, style, QString(), QString());
    else
        out += pad(indent) + var + QStringLiteral("=$(") +
               withInput(command, style, QString(), QStringLiteral(")"));
    if (jsonCaptures)
        emitJsonCaptures(s, out, indent);
}

// A step behind its probe: run only when the probe says the resource is absent. The probe runs
// in the script's own shell (not in $(...)), so that it can stop the script when it cannot tell.
void ScriptWriter::emitGuarded(const Step& s, QString& out, int indent, const QString& body)
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

// The conditional branch: on the trigger error, run the remedy, then try again.
void ScriptWriter::emitRemedyBranch(const Step& s, const CommandStyle& style)
{
    QString body;
    const QString var =
        s.id.toUpper().replace(QLatin1Char('.'), QLatin1Char('_')) + QStringLiteral("_OUTPUT");
    body += pad(4) + QStringLiteral("if ! ") + var + QStringLiteral("=$(") +
            withInput(commandText(s, style, 4), style, QStringLiteral(" 2>&1"),
                      QStringLiteral("); then"));
    body += pad(8) + QStringLiteral("printf '%s\\n' \"${") + var + QStringLiteral("}\" >&2\n");
    body += pad(8) + QStringLiteral("if ! grep -Eq -- ") +
            ScriptExporter::singleQuote(transientErrorPattern(*s.remedyOn)) +
            QStringLiteral(" <<<\"${") + var + QStringLiteral("}\"; then\n") + pad(12) +
            QStringLiteral("exit 1\n") + pad(8) + QStringLiteral("fi\n");
    if (!s.remedyText.isEmpty()) {
        body += pad(8) + QStringLiteral("# ") +
                QCoreApplication::translate("cnpg::Plan", qPrintable(s.remedyText)) +
                QLatin1Char('\n');
    }
    for (const QString& id : s.remedySteps) {
        const Step* r = m_plan.find(id);
        if (!r)
            continue;
        // Remedy steps run their own commands plainly (no input of their own).
        if (r->probe) {
            QString inner;
            emitUnguarded(*r, CommandStyle(), inner, 12, false, false);
            emitGuarded(*r, body, 8, inner);
        } else {
            emitUnguarded(*r, CommandStyle(), body, 8);
        }
    }
    emitUnguarded(s, style, body, 8, true);
    body += pad(4) + QStringLiteral("else\n") + pad(8) + QStringLiteral("printf '%s\\n' \"${") +
            var + QStringLiteral("}\"\n") + pad(4) + QStringLiteral("fi\n");
    emitGuarded(s, m_out, 0, body);
}

void ScriptWriter::writeCommandStep(const Step& s, const CommandStyle& style)
{
    if (s.remedyOn) {
        emitRemedyBranch(s, style);
    } else if (s.probe) {
        QString body;
        // Captures from JSON are read once, after the if, from either branch's output.
        emitUnguarded(s, style, body, 4, false, false);
        emitGuarded(s, m_out, 0, body);
    } else {
        emitUnguarded(s, style, m_out, 0);
    }
}

} // namespace cnpg
