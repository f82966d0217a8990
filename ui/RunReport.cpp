#include "RunReport.h"

#include "CostText.h"
#include "Deployment.h"
#include "StepText.h"
#include "export/ScriptExporter.h"
#include "export/ScriptWriter.h"
#include "plan/ClusterManifest.h"
#include "plan/PlanBuilder.h"
#include "preflight/ReadinessText.h"
#include "run/DatabaseAccess.h"
#include "run/StepListModel.h"
#include "settings/SettingsSchema.h"
#include "util/Logging.h"

#include <QCoreApplication>

namespace cnpg {

namespace {

QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("cnpg::RunReport", text, comment, n);
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Escaped text whose line breaks stay line breaks.
QString lines(const QString& text)
{
    return esc(text.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

// <name class="cls">html</name>; `html` is markup already.
QString element(const QString& name, const QString& html, const QString& cls = QString())
{
    const QString attr = cls.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cls);
    return QLatin1Char('<') + name + attr + QLatin1Char('>') + html + QStringLiteral("</") + name +
           QLatin1Char('>');
}

QString section(const QString& id, const QString& heading, const QString& html)
{
    return QStringLiteral("<section id=\"%1\">\n").arg(id) +
           element(QStringLiteral("h2"), esc(heading)) + QLatin1Char('\n') + html +
           QStringLiteral("</section>\n");
}

QString code(const QString& text)
{
    return element(QStringLiteral("code"), esc(text));
}

QString pre(const QString& text, const QString& cls = QString())
{
    return element(QStringLiteral("pre"), esc(text), cls) + QLatin1Char('\n');
}

// A table row of header or data cells; `cells` are markup already. Cells whose index is in
// `numeric` are aligned right.
QString row(const QStringList& cells, bool header = false, const QList<int>& numeric = {})
{
    QString out = QStringLiteral("<tr>");
    for (int i = 0; i < cells.size(); ++i)
        out += element(header ? QStringLiteral("th") : QStringLiteral("td"), cells.at(i),
                       numeric.contains(i) ? QStringLiteral("num") : QString());
    return out + QStringLiteral("</tr>\n");
}

// Two columns, name and value (as code): the outputs and the settings.
QString pairs(const QStringList& header, const QList<QPair<QString, QString>>& items)
{
    QString body;
    for (const auto& [name, value] : items)
        body += row({esc(name), code(value)});
    return QStringLiteral("<table class=\"pairs\">\n<thead>") + row(header, true) +
           QStringLiteral("</thead>\n<tbody>\n") + body + QStringLiteral("</tbody>\n</table>\n");
}

QString badge(const QString& text, const QString& stateName)
{
    return element(QStringLiteral("span"), esc(text),
                   QStringLiteral("badge state-") + stateName.toLower());
}

// "2026-12-02 16:37:22 (UTC+09:00)": the local time and its offset.
QString timestamp(const QDateTime& when)
{
    if (!when.isValid())
        return QStringLiteral("—");
    const QDateTime local = when.toLocalTime();
    const int offset = local.offsetFromUtc();
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QStringLiteral(" (UTC%1%2:%3)")
               .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
               .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
               .arg(qAbs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
}

QString planText(const QString& text)
{
    return QCoreApplication::translate("cnpg::Plan", qPrintable(text));
}

} // namespace

RunReport::RunReport(const Deployment& deployment)
    : m_deployment(deployment)
{}

void RunReport::setCost(const CostEstimate& estimate, const PriceStatus& status)
{
    m_estimate = estimate;
    m_priceStatus = status;
}

void RunReport::setTimelineSvg(const QByteArray& svg)
{
    // What precedes the element (the XML declaration, a DOCTYPE, comments) has no place inside
    // an HTML document; and the report runs no script, whatever the picture holds.
    const qsizetype start = svg.indexOf("<svg");
    m_svg = start < 0 || svg.contains("<script") ? QByteArray() : svg.mid(start).trimmed();
}

QString RunReport::html() const
{
    QString body = summary() + timeline() + steps() + outputs() + connection() + readiness() +
                   cost() + settings();
    return head() + QStringLiteral("<body>\n<main>\n") + body +
           QStringLiteral("</main>\n</body>\n</html>\n");
}

QString RunReport::head() const
{
    const QString title = tr("Deployment report") + QStringLiteral(" — ") +
                          m_deployment.settings().value(keys::ResourceGroup);
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n"
                          "<meta charset=\"utf-8\"/>\n"
                          "<meta name=\"viewport\" content=\"width=device-width, "
                          "initial-scale=1\"/>\n")
               .arg(esc(m_language)) +
           element(QStringLiteral("title"), esc(title)) + QLatin1Char('\n') +
           element(QStringLiteral("style"), style()) + QStringLiteral("\n</head>\n");
}

QString RunReport::summary() const
{
    const Settings& s = m_deployment.settings();
    const Executor::Outcome outcome = m_deployment.outcome();
    QDateTime start;
    QDateTime end;
    for (const Step* step : reportedSteps()) {
        const StepStatus st = m_deployment.model()->stepStatus(step->id);
        if (st.startedAt.isValid() && (!start.isValid() || st.startedAt < start))
            start = st.startedAt;
        if (st.finishedAt.isValid() && (!end.isValid() || st.finishedAt > end))
            end = st.finishedAt;
    }
    const QString wall = start.isValid() && end.isValid()
                             ? StepText::formatElapsed(start.msecsTo(end))
                             : QStringLiteral("—");
    const QList<QPair<QString, QString>> items = {
        {tr("Resource group"), esc(s.value(keys::ResourceGroup))},
        {tr("Region"), esc(s.value(keys::Region))},
        {tr("Mode"), esc(m_deployment.options().simulate ? tr("simulation (nothing was created in "
                                                              "Azure)")
                                                         : tr("Azure"))},
        {tr("Outcome"), badge(outcomeText(outcome), Executor::outcomeName(outcome))},
        {tr("Steps"), esc(stepCounts())},
        {tr("Started"), esc(timestamp(start))},
        {tr("Wall time"), esc(wall)},
        {tr("Written"), esc(timestamp(m_writtenAt))}};
    QString dl;
    for (const auto& [name, value] : items)
        dl += element(QStringLiteral("dt"), esc(name)) + element(QStringLiteral("dd"), value) +
              QLatin1Char('\n');
    return QStringLiteral("<header>\n") +
           element(QStringLiteral("h1"), esc(tr("Deployment report"))) + QLatin1Char('\n') +
           element(QStringLiteral("p"),
                   esc(tr("PostgreSQL with the CloudNativePG operator on AKS, as the wizard ran "
                          "it.")),
                   QStringLiteral("lead")) +
           QStringLiteral("\n<dl class=\"summary\">\n") + dl + QStringLiteral("</dl>\n</header>\n");
}

QString RunReport::timeline() const
{
    if (m_svg.isEmpty())
        return QString();
    return section(QStringLiteral("timeline"), tr("Timeline"),
                   QStringLiteral("<figure>\n") + QString::fromUtf8(m_svg) + QLatin1Char('\n') +
                       element(QStringLiteral("figcaption"),
                               esc(tr("When each step ran, from the start of the run to its "
                                      "end."))) +
                       QStringLiteral("\n</figure>\n"));
}

QList<const Step*> RunReport::reportedSteps() const
{
    QList<const Step*> out;
    const Executor* executor = m_deployment.executor();
    if (!executor || !m_deployment.model())
        return out;
    for (const Step& s : executor->plan().steps()) {
        // A remedy step is part of the run only when its branch ran.
        if (!s.conditional || m_deployment.model()->stepStatus(s.id).state != StepState::Pending)
            out << &s;
    }
    return out;
}

QString RunReport::stepCounts() const
{
    QList<int> counts(int(StepState::Cancelled) + 1, 0);
    for (const Step* step : reportedSteps())
        ++counts[int(m_deployment.model()->stepStatus(step->id).state)];
    QStringList parts;
    for (int i = 0; i < counts.size(); ++i) {
        if (counts.at(i) > 0)
            parts << StepText::stateText(StepState(i)) + QStringLiteral(": ") +
                         QString::number(counts.at(i));
    }
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(", "));
}

QString RunReport::steps() const
{
    const QList<const Step*> list = reportedSteps();
    if (list.isEmpty())
        return section(QStringLiteral("steps"), tr("Steps"),
                       element(QStringLiteral("p"), esc(tr("The deployment has not run."))));
    QString body;
    int number = 0;
    for (const Step* step : list)
        body += stepRows(*step, ++number);
    const QString header = row({esc(QStringLiteral("#")), esc(tr("Step")), esc(tr("Duration")),
                                esc(tr("Attempts")), esc(tr("Outcome"))},
                               true, {0, 2, 3});
    return section(QStringLiteral("steps"), tr("Steps"),
                   element(QStringLiteral("p"),
                           esc(tr("Each step with the command the exported script runs for it, "
                                  "with this run's values (without the script's retry helper).")),
                           QStringLiteral("note")) +
                       QStringLiteral("\n<table class=\"steps\">\n<thead>") + header +
                       QStringLiteral("</thead>\n") + body + QStringLiteral("</table>\n"));
}

// A step's own group of rows: its title, time, attempts and outcome; under them, the width of
// the table for its command; then, for a failed step, the error and what to do.
QString RunReport::stepRows(const Step& step, int number) const
{
    const StepStatus st = m_deployment.model()->stepStatus(step.id);
    const bool ran = st.attempt > 0 || st.state == StepState::Skipped || isDone(st.state);
    QString outcome = badge(StepText::stateText(st.state), stepStateName(st.state));
    if (!st.reason.isEmpty() && (st.state == StepState::Skipped || st.state == StepState::Failed))
        outcome +=
            element(QStringLiteral("div"), esc(StepText::reasonText(st.reason, st.waitingFor)),
                    QStringLiteral("note"));
    const QString title =
        element(QStringLiteral("span"), esc(planText(step.title)), QStringLiteral("title")) +
        QLatin1Char(' ') + element(QStringLiteral("span"), code(step.id), QStringLiteral("id"));
    const QString main =
        QStringLiteral("<tr class=\"main\">") +
        element(QStringLiteral("td"), QString::number(number), QStringLiteral("num")) +
        element(QStringLiteral("td"), title) +
        element(QStringLiteral("td"),
                esc(ran ? StepText::formatElapsed(st.elapsedMs) : QStringLiteral("—")),
                QStringLiteral("num")) +
        element(QStringLiteral("td"),
                st.attempt > 0 ? QString::number(st.attempt) : QStringLiteral("—"),
                QStringLiteral("num")) +
        element(QStringLiteral("td"), outcome) + QStringLiteral("</tr>\n");
    const QString command = QStringLiteral("<tr class=\"command\"><td></td><td colspan=\"4\">") +
                            commandCell(step) + QStringLiteral("</td></tr>\n");
    return QStringLiteral("<tbody id=\"step-%1\" class=\"step state-%2\">\n")
               .arg(esc(step.id), stepStateName(st.state).toLower()) +
           main + command + (st.state == StepState::Failed ? failure(step, st) : QString()) +
           QStringLiteral("</tbody>\n");
}

QString RunReport::commandCell(const Step& step) const
{
    const QHash<QString, QString> values = m_deployment.values();
    if (step.type == steptype::Krew) {
        return element(QStringLiteral("p"),
                       esc(tr("Built in: downloads krew %1 from its release, checks the archive "
                              "against KREW_SHA256 and installs it, as the guide's installer "
                              "does.")
                               .arg(values.value(keys::KrewVersion))),
                       QStringLiteral("builtin"));
    }
    const QString command = ScriptWriter::expandedCommandText(
        step, values, PlanBuilder::listValues(m_deployment.settings()));
    const QString note = stepNote(step);
    return pre(command, QStringLiteral("command")) +
           (note.isEmpty() ? QString()
                           : element(QStringLiteral("p"), esc(note), QStringLiteral("note")));
}

QString RunReport::stepNote(const Step& step) const
{
    if (step.type == steptype::Input)
        return tr("Reads a manifest on its standard input: the exported script gives it as a "
                  "heredoc after the command.");
    if (step.type == steptype::GeneratedSecret)
        return tr("Reads the password on its standard input, drawn when the step runs (the "
                  "script pipes openssl rand into it): it is in no file, this one included.");
    if (step.type == steptype::Expect)
        return tr("Expected answer: %1").arg(step.expectOutput);
    if (step.type == steptype::DeleteWait)
        return tr("Then waits until it is gone.");
    return QString();
}

QString RunReport::failure(const Step& step, const StepStatus& st) const
{
    QString html;
    if (!st.errorText.trimmed().isEmpty())
        html +=
            element(QStringLiteral("p"), esc(tr("The tool's error:")), QStringLiteral("label")) +
            pre(maskSecrets(st.errorText.trimmed()), QStringLiteral("error"));
    // A remedy the run applies by itself (remedyOn) needs nothing from the reader.
    if (!step.remedyOn && !step.remedyText.isEmpty())
        html +=
            element(QStringLiteral("p"), esc(tr("What to do:")), QStringLiteral("label")) +
            element(QStringLiteral("p"), esc(planText(step.remedyText)), QStringLiteral("remedy"));
    if (html.isEmpty())
        return QString();
    return QStringLiteral("<tr class=\"failure\"><td></td><td colspan=\"4\">") + html +
           QStringLiteral("</td></tr>\n");
}

QString RunReport::outputs() const
{
    QList<QPair<QString, QString>> items;
    for (const Output& o : m_outputs)
        items.append({o.name, maskSecrets(o.value)});
    return section(QStringLiteral("outputs"), tr("Outputs"),
                   pairs({esc(tr("Output")), esc(tr("Value"))}, items));
}

QString RunReport::connection() const
{
    const DatabaseAccess::Endpoint e = DatabaseAccess::endpoint(m_deployment.values());
    QList<QPair<QString, QString>> items = {{tr("Host"), e.host}};
    if (!e.address.isEmpty())
        items.append({tr("Address"), e.address});
    items.append({tr("Read-write port (the primary)"), QString::number(e.readWritePort)});
    items.append({tr("Read-only port (the standbys)"), QString::number(e.readOnlyPort)});
    items.append({tr("Database"), e.database});
    items.append({tr("User"), e.user});
    QString commands;
    for (const bool readOnly : {false, true}) {
        const QStringList words = DatabaseAccess::psqlArguments(e, readOnly);
        commands +=
            QStringLiteral("# ") +
            (readOnly ? tr("Read only (the standbys):") : tr("Read and write (the primary):")) +
            QLatin1Char('\n') + ScriptExporter::renderValues(words.first(), words.mid(1), 0) +
            QLatin1Char('\n');
    }
    // Never the password: it stays in the cluster's secret.
    const QString password =
        tr("The password is not in this report: Show on the Done page reads it from the "
           "cluster's secret %1, or psql asks for it.")
            .arg(ClusterManifest::appSecretName());
    return section(QStringLiteral("connection"), tr("Connect to the database"),
                   pairs({esc(tr("What")), esc(tr("Value"))}, items) + pre(commands.trimmed()) +
                       element(QStringLiteral("p"), esc(password), QStringLiteral("note")) +
                       QLatin1Char('\n'));
}

QString RunReport::readiness() const
{
    if (m_findings.isEmpty())
        return QString();
    QString items;
    for (const Finding& f : m_findings)
        items += element(QStringLiteral("li"), lines(ReadinessText::line(f)),
                         QStringLiteral("verdict-") + Readiness::verdictName(f.verdict)) +
                 QLatin1Char('\n');
    return section(QStringLiteral("readiness"), tr("Readiness checks"),
                   QStringLiteral("<ul class=\"findings\">\n") + items + QStringLiteral("</ul>\n"));
}

QString RunReport::cost() const
{
    if (!m_estimate)
        return QString();
    const CostEstimate& e = *m_estimate;
    const QList<int> numeric = {2, 4, 5};
    QStringList header;
    for (const QString& h : CostText::tableHeader())
        header << esc(h);
    QString body;
    for (const CostLine& l : e.lines) {
        QStringList cells;
        for (const QString& c : CostText::tableRow(l, e.currency))
            cells << esc(c);
        body += row(cells, false, numeric);
    }
    QString html = element(QStringLiteral("p"), esc(CostText::tableIntro(e))) + QLatin1Char('\n');
    html += QStringLiteral("<table class=\"cost\">\n<thead>") + row(header, true, numeric) +
            QStringLiteral("</thead>\n<tbody>\n") + body + QStringLiteral("</tbody>\n</table>\n");
    html += element(QStringLiteral("p"), esc(CostText::total(e)), QStringLiteral("total")) +
            QLatin1Char('\n');
    for (const QString& text : {CostText::assumptions(e.assumptions),
                                CostText::source(e, m_priceStatus), CostText::notIncluded()})
        html +=
            element(QStringLiteral("p"), lines(text), QStringLiteral("note")) + QLatin1Char('\n');
    return section(QStringLiteral("cost"), tr("Estimated cost"), html);
}

QString RunReport::settings() const
{
    QList<QPair<QString, QString>> items;
    for (const FieldSpec& f : SettingsSchema::fields())
        items.append({f.key, maskSecrets(m_deployment.settings().value(f.key))});
    return section(QStringLiteral("settings"), tr("Settings"),
                   pairs({esc(tr("Setting")), esc(tr("Value"))}, items));
}

QString RunReport::outcomeText(Executor::Outcome outcome)
{
    switch (outcome) {
    case Executor::Outcome::NotStarted:
        return tr("Not started");
    case Executor::Outcome::Running:
        return tr("Running");
    case Executor::Outcome::Succeeded:
        return tr("Succeeded");
    case Executor::Outcome::Failed:
        return tr("Failed");
    case Executor::Outcome::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

// Printable, readable in both languages: the system's fonts with Korean ones in the stack, a
// colour per state (kept when printed), and no character that XML would need escaped.
QString RunReport::style()
{
    return QStringLiteral(R"(
:root {
  --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa;
  --ok: #116329; --ok-bg: #dafbe1; --bad: #a40e26; --bad-bg: #ffebe9;
  --warn: #7d4e00; --warn-bg: #fff8c5; --skip: #0a3069; --skip-bg: #ddf4ff;
  --idle: #424a53; --idle-bg: #eaeef2;
}
* { box-sizing: border-box; }
html { background: var(--soft); color: var(--fg); }
html:lang(ko) { word-break: keep-all; overflow-wrap: anywhere; }
body {
  margin: 0; padding: 24px 16px;
  font: 15px/1.6 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK KR",
    "Apple SD Gothic Neo", "Malgun Gothic", "Nanum Gothic", Roboto, "Helvetica Neue", Arial,
    sans-serif;
}
main {
  max-width: 1120px; margin: 0 auto; padding: 32px 40px 40px;
  background: #fff; border: 1px solid var(--line); border-radius: 10px;
}
h1 { font-size: 1.9em; line-height: 1.25; margin: 0 0 4px; }
h2 {
  font-size: 1.3em; margin: 40px 0 12px; padding-bottom: 6px;
  border-bottom: 2px solid var(--line);
}
p { margin: 8px 0; }
.lead { color: var(--muted); margin: 0 0 20px; }
.note { color: var(--muted); font-size: 0.87em; margin: 4px 0 0; }
dl.summary {
  display: grid; grid-template-columns: max-content 1fr; gap: 6px 24px; margin: 0;
  padding: 16px 20px; background: var(--soft); border-radius: 8px;
}
dl.summary dt { color: var(--muted); }
dl.summary dd { margin: 0; }
code, pre {
  font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", "Noto Sans Mono CJK KR",
    "D2Coding", Menlo, Consolas, monospace;
  font-size: 0.84em;
}
pre {
  margin: 0; padding: 6px 10px; background: var(--soft); border-radius: 6px;
  white-space: pre-wrap; overflow-wrap: anywhere; word-break: normal;
}
table { width: 100%; border-collapse: collapse; font-size: 0.93em; }
th, td { text-align: left; vertical-align: top; padding: 7px 8px; border-bottom: 1px solid var(--line); }
th { background: var(--soft); font-weight: 600; white-space: nowrap; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.steps tbody { break-inside: avoid; }
table.steps tr.main td { border-bottom: 0; padding-bottom: 2px; }
table.steps tr.main td:nth-child(2) { width: 100%; }
table.steps tr.main td:last-child { white-space: nowrap; }
table.steps tr.command td, table.steps tr.failure td { padding-top: 2px; }
table.steps tr.command + tr.failure td { border-top: 0; }
table.steps .title { font-weight: 600; margin-right: 8px; }
table.steps .id code { color: var(--muted); white-space: nowrap; }
table.pairs td:first-child { width: 38%; }
table.pairs code { overflow-wrap: anywhere; }
table.cost td:first-child, table.cost td:nth-child(2) { width: 24%; }
table.cost td:nth-child(4) { min-width: 7em; }
table + pre { margin-top: 12px; }
tbody.state-failed td { background: var(--bad-bg); }
pre.error { background: #fff; border: 1px solid #ffcecb; }
.label { font-weight: 600; margin: 6px 0 4px; }
.remedy { margin: 0; }
.builtin { margin: 0; color: var(--muted); }
.badge {
  display: inline-block; padding: 1px 10px; border-radius: 999px; font-size: 0.87em;
  font-weight: 600; white-space: nowrap; color: var(--idle); background: var(--idle-bg);
}
.badge.state-succeeded { color: var(--ok); background: var(--ok-bg); }
.badge.state-skipped { color: var(--skip); background: var(--skip-bg); }
.badge.state-failed { color: var(--bad); background: var(--bad-bg); border: 1px solid #ffcecb; }
.badge.state-cancelled, .badge.state-retrying { color: var(--warn); background: var(--warn-bg); }
ul.findings { padding-left: 20px; }
ul.findings li { margin: 4px 0; }
li.verdict-blocking { color: var(--bad); }
li.verdict-warning, li.verdict-could-not-run { color: var(--warn); }
.total { font-weight: 600; }
figure { margin: 0; }
figure svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
figcaption { color: var(--muted); font-size: 0.87em; margin-top: 8px; text-align: center; }
@page { margin: 14mm; }
@media print {
  html { background: #fff; }
  body { padding: 0; font-size: 10pt; }
  main { max-width: none; padding: 0; border: 0; border-radius: 0; }
  h2 { break-after: avoid; }
  tr, figure, dl.summary { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)");
}

} // namespace cnpg
