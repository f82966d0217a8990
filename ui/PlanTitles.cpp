// The plan's step titles for lupdate. PlanBuilder marks them with its TITLE() macro, which
// lupdate cannot expand; this list gives them to the translators under the context the plan
// translates them with ("cnpg::Plan"). tests/gui/tst_translations fails when a title of the
// plan is missing here (or untranslated).
#include <QtGlobal>

namespace cnpg {

[[maybe_unused]] static const char* const planStepTitles[] = {
    QT_TRANSLATE_NOOP("cnpg::Plan", "Add the Azure CLI extension"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Add the CNPG Helm repository"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Add the user node pool"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Check the cluster's add-on profiles"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Check the monitoring DaemonSet"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Check the operator deployment"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Create Azure Managed Grafana"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Create the AKS cluster"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Create the Azure Monitor workspace"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Create the Log Analytics workspace"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Create the backup container"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Create the managed identity"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Create the namespace"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Create the public IP"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Create the resource group"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Create the storage account"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Enable container insights"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Get the cluster credentials"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Grant the identity Network Contributor"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Grant the identity Storage Blob Data Contributor"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Grant yourself Storage Blob Data Owner"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Install krew"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Install the CloudNativePG operator"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Install the cnpg kubectl plugin"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "List the role assignments on the storage account"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Look up the signed-in user"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Read the node resource group"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Read the node resource group's ID"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Read the public IP address"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Read the storage account's resource ID"),
    QT_TRANSLATE_NOOP("cnpg::Plan", "Update the CNPG Helm repository"),
};

} // namespace cnpg
