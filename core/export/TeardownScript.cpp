#include "export/TeardownScript.h"

#include "export/ScriptExporter.h"
#include "plan/PlanBuilder.h"
#include "run/TeardownInventory.h"
#include "settings/Settings.h"
#include "settings/SettingsSchema.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cnpg {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cnpg::TeardownScript", text);
}

QString quote(const QString& text)
{
    return ScriptExporter::singleQuote(text);
}

} // namespace

QString TeardownScript::checks(const Settings& settings)
{
    return confirmName(settings) + foreignCheck(settings);
}

QString TeardownScript::confirmName(const Settings& settings)
{
    QString out = QStringLiteral("\n# ---- ") + tr("Confirmation") + QStringLiteral(" ----\n");
    out += QStringLiteral("say ") +
           quote(tr("This deletes the resource group %1 and everything in it, and with the "
                    "AKS cluster its node resource group %2. Nothing else is deleted.")
                     .arg(settings.value(keys::ResourceGroup), settings.value(keys::ManagedRg))) +
           QLatin1Char('\n');
    out += QStringLiteral("if [ -z \"${CONFIRM_RESOURCE_GROUP:-}\" ]; then\n"
                          "    if [ -t 0 ]; then\n"
                          "        read -r -p ") +
           quote(tr("Type the resource group's name to delete it: ")) +
           QStringLiteral(" CONFIRM_RESOURCE_GROUP\n"
                          "    else\n"
                          "        echo ") +
           quote(tr("Set CONFIRM_RESOURCE_GROUP to the resource group's name when no terminal "
                    "can ask for it; nothing was deleted.")) +
           QStringLiteral(" >&2\n"
                          "        exit 2\n"
                          "    fi\n"
                          "fi\n"
                          "if [ \"${CONFIRM_RESOURCE_GROUP}\" != \"${RESOURCE_GROUP_NAME}\" ]; "
                          "then\n"
                          "    echo ") +
           quote(tr("That is not the resource group's name; nothing was deleted.")) +
           QStringLiteral(" >&2\n"
                          "    exit 2\n"
                          "fi\n");
    return out;
}

// The same judgement as TeardownInventory: the plan's resources by type and name, and the
// monitoring add-ons' by-products by name; the node resource group is AKS's and is not listed.
QString TeardownScript::foreignCheck(const Settings& settings)
{
    // Names made of settings only: the teardown's script has no captured values.
    static const QRegularExpression reference(QStringLiteral("\\$\\{([A-Z0-9_]+)\\}"));
    const QStringList known = SettingsSchema::keys();
    QStringList ours;
    for (const Step& step : PlanBuilder::build(settings).steps()) {
        const QString item = step.resourceType + QLatin1Char('/') + step.resourceName;
        bool settingsOnly = true;
        for (auto it = reference.globalMatch(step.resourceName); it.hasNext();)
            settingsOnly &= known.contains(it.next().captured(1));
        if (!step.resourceType.isEmpty() && !step.resourceName.isEmpty() && settingsOnly &&
            !ours.contains(item))
            ours << item;
    }
    QString out = QStringLiteral("\n# ") +
                  tr("What the resource group holds that this deployment did not make.") +
                  QStringLiteral("\nOURS=\"$(printf '%s\\n' \\\n");
    for (const QString& item : ours)
        out += QStringLiteral("    ") + ScriptExporter::shellWord(item) + QStringLiteral(" \\\n");
    out += QStringLiteral(")\"\n"
                          "resources=\"$(ignore_not_found az resource list --resource-group "
                          "\"${RESOURCE_GROUP_NAME}\" --output json)\"\n"
                          "foreign=\"$(printf '%s' \"${resources:-[]}\" | jq -r --arg ours "
                          "\"${OURS}\" \\\n"
                          "    --arg cluster \"${AKS_PRIMARY_CLUSTER_NAME}\" --arg pattern ") +
           quote(TeardownInventory::byProductPattern()) +
           QStringLiteral(" '\n"
                          "    ($ours | ascii_downcase | split(\"\\n\")) as $o\n"
                          "    | ($pattern | gsub(\"%1\"; $cluster)) as $re\n"
                          "    | .[] | select(((.type + \"/\" + .name) | ascii_downcase) as $k\n"
                          "                   | any($o[]; . == $k) | not)\n"
                          "    | select(.name | test($re; \"i\") | not)\n"
                          "    | .type + \" / \" + .name')\"\n"
                          "if [ -n \"${foreign}\" ]; then\n"
                          "    count=$(printf '%s\\n' \"${foreign}\" | grep -c .)\n"
                          "    printf '%s\\n' \"${foreign}\" | sed 's/^/  ! /' >&2\n"
                          "    echo ") +
           quote(tr("The resources above are not this deployment's: it did not create them. "
                    "Deleting the resource group deletes them too.")) +
           QStringLiteral(" >&2\n"
                          "    if [ \"${DELETE_FOREIGN:-}\" != yes ]; then\n"
                          "        answer=\n"
                          "        if [ -t 0 ]; then\n"
                          "            read -r -p ") +
           quote(tr("Type their number to delete them too: ")) +
           QStringLiteral(" answer\n"
                          "        fi\n"
                          "        if [ \"${answer}\" != \"${count}\" ]; then\n"
                          "            echo ") +
           quote(tr("Nothing was deleted. Move them to another resource group first, or set "
                    "DELETE_FOREIGN=yes.")) +
           QStringLiteral(" >&2\n"
                          "            exit 2\n"
                          "        fi\n"
                          "    fi\n"
                          "fi\n");
    return out;
}

} // namespace cnpg
