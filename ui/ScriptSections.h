#pragma once

#include "plan/Plan.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cnpg {

// Cuts the exported script into the parts a wizard page shows, so that a page's preview is the
// exported script's own text, never a second rendering of it.
class ScriptSections
{
public:
    explicit ScriptSections(const QString& script);

    // The script's setting line for a key ("export LOCAL_NAME='cnpg'" or "TAGS=('owner=user')").
    QString settingLine(const QString& key) const;
    // A stage's section: its "# ---- N. Name ----" header and every line up to the next one.
    // `number` is the stage's number in the plan (Plan::stageNumber).
    QString stage(int number) const;

    // What a page shows: the setting lines of `keys` (the page's own values), then the sections
    // of the plan's stages with these ids, in the script's order.
    static QString forStages(const QString& script, const Plan& plan, const QStringList& stageIds,
                             const QStringList& keys = {});

private:
    QHash<QString, QString> m_settingLines;
    QHash<int, QString> m_stages;
};

} // namespace cnpg
