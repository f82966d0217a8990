#include "ScriptSections.h"

#include "settings/SettingsSchema.h"

#include <QRegularExpression>

namespace cnpg {

ScriptSections::ScriptSections(const QString& script)
{
    static const QRegularExpression setting(
        QStringLiteral("^(?:export )?([A-Z][A-Z0-9_]*)=(?:'|\\()"));
    static const QRegularExpression header(QStringLiteral("^# ---- ([0-9]+)\\. .* ----$"));
    static const QRegularExpression otherHeader(QStringLiteral("^# ---- .* ----$"));
    const QStringList lines = script.split(QLatin1Char('\n'));
    int current = 0; // the stage whose section we are in; 0: none
    bool inSettings = false;
    for (const QString& line : lines) {
        const auto h = header.match(line);
        if (h.hasMatch()) {
            current = h.captured(1).toInt();
            inSettings = false;
        } else if (otherHeader.match(line).hasMatch()) {
            // "# ---- Settings ----" opens the values; "# ---- Outputs ----" ends the stages.
            inSettings = current == 0 && m_settingLines.isEmpty();
            current = 0;
            continue;
        }
        if (inSettings) {
            const auto m = setting.match(line);
            if (m.hasMatch() && SettingsSchema::find(m.captured(1)))
                m_settingLines.insert(m.captured(1), line);
            continue;
        }
        if (current > 0)
            m_stages[current] += line + QLatin1Char('\n');
    }
    // The blank line before the next header belongs to no stage.
    for (auto it = m_stages.begin(); it != m_stages.end(); ++it) {
        while (it.value().endsWith(QStringLiteral("\n\n")))
            it.value().chop(1);
    }
}

QString ScriptSections::settingLine(const QString& key) const
{
    return m_settingLines.value(key);
}

QString ScriptSections::stage(int number) const
{
    return m_stages.value(number);
}

QString ScriptSections::forStages(const QString& script, const Plan& plan,
                                  const QStringList& stageIds, const QStringList& keys)
{
    const ScriptSections sections(script);
    const QStringList& used = keys;
    QString out;
    // In the schema's order, as the script lists them.
    for (const FieldSpec& f : SettingsSchema::fields()) {
        if (used.contains(f.key) && !sections.settingLine(f.key).isEmpty())
            out += sections.settingLine(f.key) + QLatin1Char('\n');
    }
    for (const QString& id : stageIds) {
        const QString text = sections.stage(plan.stageNumber(id));
        if (text.isEmpty())
            continue;
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += text;
    }
    return out;
}

} // namespace cnpg
