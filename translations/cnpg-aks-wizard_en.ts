<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>cnpg::ApplyCommand</name>
    <message>
        <source>Cannot prepare the tools: %1</source>
        <translation>Cannot prepare the tools: %1</translation>
    </message>
    <message>
        <source>Not found on PATH: %1. Install them, or try the deployment against the simulator with --simulate.</source>
        <translation>Not found on PATH: %1. Install them, or try the deployment against the simulator with --simulate.</translation>
    </message>
    <message>
        <source>Nothing to resume: cannot read %1 (%2).</source>
        <translation>Nothing to resume: cannot read %1 (%2).</translation>
    </message>
    <message>
        <source>The settings differ from those of the journal %1; resume with the same settings, or start a new deployment without --resume.</source>
        <translation>The settings differ from those of the journal %1; resume with the same settings, or start a new deployment without --resume.</translation>
    </message>
    <message>
        <source>Cannot install the signal handlers.</source>
        <translation>Cannot install the signal handlers.</translation>
    </message>
    <message>
        <source>The simulator could not prepare the krew release: %1</source>
        <translation>The simulator could not prepare the krew release: %1</translation>
    </message>
    <message>
        <source>Deploying %1 (simulated), %2 steps, up to %3 at once</source>
        <translation>Deploying %1 (simulated), %2 steps, up to %3 at once</translation>
    </message>
    <message>
        <source>Deploying %1, %2 steps, up to %3 at once</source>
        <translation>Deploying %1, %2 steps, up to %3 at once</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>for %1</translation>
    </message>
    <message>
        <source>for the lock %1</source>
        <translation>for the lock %1</translation>
    </message>
    <message>
        <source>for a free slot</source>
        <translation>for a free slot</translation>
    </message>
    <message>
        <source>(attempt %1)</source>
        <translation>(attempt %1)</translation>
    </message>
    <message>
        <source>%1 after attempt %2; running the remedy</source>
        <translation>%1 after attempt %2; running the remedy</translation>
    </message>
    <message>
        <source>%1 after attempt %2; again in %3</source>
        <translation>%1 after attempt %2; again in %3</translation>
    </message>
    <message>
        <source>done in an earlier run</source>
        <translation>done in an earlier run</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>already there</translation>
    </message>
    <message>
        <source>(not started: %1 failed)</source>
        <translation>(not started: %1 failed)</translation>
    </message>
    <message>
        <source>The deployment succeeded.</source>
        <translation>The deployment succeeded.</translation>
    </message>
    <message>
        <source>The deployment was cancelled; interrupted: %1. Continue it with --resume.</source>
        <translation>The deployment was cancelled; interrupted: %1. Continue it with --resume.</translation>
    </message>
    <message>
        <source>The deployment failed.</source>
        <translation>The deployment failed.</translation>
    </message>
    <message>
        <source>%1 failed (%2):</source>
        <translation>%1 failed (%2):</translation>
    </message>
    <message>
        <source>AKS cluster</source>
        <translation>AKS cluster</translation>
    </message>
    <message>
        <source>Node resource group</source>
        <translation>Node resource group</translation>
    </message>
    <message>
        <source>Identity client ID</source>
        <translation>Identity client ID</translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation>Storage account</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>Public IP</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>Outputs:</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <source>Interrupted again: stopping the running tools now.</source>
        <translation>Interrupted again: stopping the running tools now.</translation>
    </message>
    <message>
        <source>Interrupted: cancelling; the running tools get %1 to stop.</source>
        <translation>Interrupted: cancelling; the running tools get %1 to stop.</translation>
    </message>
    <message>
        <source>Checking that Azure is ready for the deployment…</source>
        <translation>Checking that Azure is ready for the deployment…</translation>
    </message>
    <message>
        <source>(overridden with --ignore-check)</source>
        <translation>(overridden with --ignore-check)</translation>
    </message>
    <message>
        <source>Nothing was started: the readiness checks above are blocking. Fix them and run again, or override one deliberately with --ignore-check %1.</source>
        <translation>Nothing was started: the readiness checks above are blocking. Fix them and run again, or override one deliberately with --ignore-check %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the resource group&apos;s name (%2); nothing was deleted.</source>
        <translation>&quot;%1&quot; is not the resource group&apos;s name (%2); nothing was deleted.</translation>
    </message>
    <message>
        <source>--destroy needs --confirm %1 when no terminal can ask for it; nothing was deleted.</source>
        <translation>--destroy needs --confirm %1 when no terminal can ask for it; nothing was deleted.</translation>
    </message>
    <message>
        <source>Tearing down %1 (simulated), %2 steps</source>
        <translation>Tearing down %1 (simulated), %2 steps</translation>
    </message>
    <message>
        <source>Tearing down %1, %2 steps</source>
        <translation>Tearing down %1, %2 steps</translation>
    </message>
    <message>
        <source>The Log Analytics workspace %1 is deleted for good first (purged): its logs cannot be recovered, and its name is free at once.</source>
        <translation>The Log Analytics workspace %1 is deleted for good first (purged): its logs cannot be recovered, and its name is free at once.</translation>
    </message>
    <message>
        <source>The Log Analytics workspace %1 stays soft-deleted for 14 days: a deployment into the same resource group recovers it, and no other resource group can use its name meanwhile (--purge-workspace deletes it for good).</source>
        <translation>The Log Analytics workspace %1 stays soft-deleted for 14 days: a deployment into the same resource group recovers it, and no other resource group can use its name meanwhile (--purge-workspace deletes it for good).</translation>
    </message>
    <message>
        <source>The teardown failed.</source>
        <translation>The teardown failed.</translation>
    </message>
    <message>
        <source>The teardown finished: the resource groups are gone.</source>
        <translation>The teardown finished: the resource groups are gone.</translation>
    </message>
    <message>
        <source>The wait was cancelled; Azure goes on deleting what it was asked to. Interrupted: %1. Follow it with --destroy --resume.</source>
        <translation>The wait was cancelled; Azure goes on deleting what it was asked to. Interrupted: %1. Follow it with --destroy --resume.</translation>
    </message>
    <message>
        <source>This deletes the resource group %1 and everything in it, and with the AKS cluster its node resource group %2. Nothing else is deleted.</source>
        <translation>This deletes the resource group %1 and everything in it, and with the AKS cluster its node resource group %2. Nothing else is deleted.</translation>
    </message>
    <message>
        <source>Type the resource group&apos;s name to delete it: </source>
        <translation>Type the resource group&apos;s name to delete it: </translation>
    </message>
    <message>
        <source>(nothing is left in either resource group)</source>
        <translation>(nothing is left in either resource group)</translation>
    </message>
    <message>
        <source>Cannot list what the teardown would delete; nothing was deleted: %1</source>
        <translation>Cannot list what the teardown would delete; nothing was deleted: %1</translation>
    </message>
    <message>
        <source>Listing what the teardown deletes…</source>
        <translation>Listing what the teardown deletes…</translation>
    </message>
    <message>
        <source>Nothing was deleted. Move them to another resource group first, or confirm with --delete-foreign.</source>
        <translation>Nothing was deleted. Move them to another resource group first, or confirm with --delete-foreign.</translation>
    </message>
    <message>
        <source>Resources marked with ! above (%1) are not this deployment&apos;s: it did not create them. Deleting the resource group deletes them too.</source>
        <translation>Resources marked with ! above (%1) are not this deployment&apos;s: it did not create them. Deleting the resource group deletes them too.</translation>
    </message>
    <message>
        <source>Type their number (%1) to delete them too: </source>
        <translation>Type their number (%1) to delete them too: </translation>
    </message>
    <message>
        <source>kubeconfig context %1</source>
        <translation>kubeconfig context %1</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>cluster %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>user %1</translation>
    </message>
    <message>
        <source>On this machine: %1</source>
        <translation>On this machine: %1</translation>
    </message>
    <message>
        <source>deleted after %1: %2 %3</source>
        <translation>deleted after %1: %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) left after %1, about %2 to go</source>
        <translation>
            <numerusform>%n resource left after %1, about %2 to go</numerusform>
            <numerusform>%n resources left after %1, about %2 to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) left after %1, longer than usual</source>
        <translation>
            <numerusform>%n resource left after %1, longer than usual</numerusform>
            <numerusform>%n resources left after %1, longer than usual</numerusform>
        </translation>
    </message>
    <message>
        <source>A deployment of this resource group in Azure is recorded in %1; a simulated run would replace that record. Give the simulation another resource group name (--set RESOURCE_GROUP_NAME=...).</source>
        <translation>A deployment of this resource group in Azure is recorded in %1; a simulated run would replace that record. Give the simulation another resource group name (--set RESOURCE_GROUP_NAME=...).</translation>
    </message>
    <message>
        <source>The journal %1 is of a run against Azure; resume it without --simulate, or start a new deployment without --resume.</source>
        <translation>The journal %1 is of a run against Azure; resume it without --simulate, or start a new deployment without --resume.</translation>
    </message>
    <message>
        <source>The journal %1 is of a simulated run; resume it with --simulate, or start a new deployment without --resume.</source>
        <translation>The journal %1 is of a simulated run; resume it with --simulate, or start a new deployment without --resume.</translation>
    </message>
</context>
<context>
    <name>cnpg::AzureAccount</name>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>Checking the Azure sign-in...</source>
        <translation>Checking the Azure sign-in...</translation>
    </message>
    <message>
        <source>Signed in to Azure</source>
        <translation>Signed in to Azure</translation>
    </message>
    <message>
        <source>Not signed in to Azure</source>
        <translation>Not signed in to Azure</translation>
    </message>
    <message>
        <source>Signing in to Azure...</source>
        <translation>Signing in to Azure...</translation>
    </message>
    <message>
        <source>The Azure CLI (az) is not installed</source>
        <translation>The Azure CLI (az) is not installed</translation>
    </message>
    <message>
        <source>The Azure CLI failed</source>
        <translation>The Azure CLI failed</translation>
    </message>
</context>
<context>
    <name>cnpg::CheckCommand</name>
    <message>
        <source>Cannot prepare the tools: %1</source>
        <translation>Cannot prepare the tools: %1</translation>
    </message>
    <message>
        <source>Simulation: az, kubectl and helm are the simulator&apos;s.</source>
        <translation>Simulation: az, kubectl and helm are the simulator&apos;s.</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
    <message>
        <source>See: %1</source>
        <translation>See: %1</translation>
    </message>
    <message>
        <source>Azure sign-in: not checked (az is not usable).</source>
        <translation>Azure sign-in: not checked (az is not usable).</translation>
    </message>
    <message numerus="yes">
        <source>Azure sign-in: %1, subscription &quot;%2&quot; (%3); %n subscription(s) available.</source>
        <translation>
            <numerusform>Azure sign-in: %1, subscription &quot;%2&quot; (%3); %n subscription available.</numerusform>
            <numerusform>Azure sign-in: %1, subscription &quot;%2&quot; (%3); %n subscriptions available.</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure sign-in: %1</source>
        <translation>Azure sign-in: %1</translation>
    </message>
    <message>
        <source>Ready: everything the deployment needs is there.</source>
        <translation>Ready: everything the deployment needs is there.</translation>
    </message>
    <message>
        <source>Not ready. Missing or unusable: %1</source>
        <translation>Not ready. Missing or unusable: %1</translation>
    </message>
    <message>
        <source>Readiness of the deployment: not checked (az is not usable or nobody is signed in).</source>
        <translation>Readiness of the deployment: not checked (az is not usable or nobody is signed in).</translation>
    </message>
    <message>
        <source>readiness checks</source>
        <translation>readiness checks</translation>
    </message>
    <message>
        <source>Readiness of the deployment (%1 in %2):</source>
        <translation>Readiness of the deployment (%1 in %2):</translation>
    </message>
    <message>
        <source>(overridden with --ignore-check)</source>
        <translation>(overridden with --ignore-check)</translation>
    </message>
</context>
<context>
    <name>cnpg::CommandLine</name>
    <message>
        <source>Sets up an AKS cluster ready for a highly available PostgreSQL with the CloudNativePG operator, following Microsoft&apos;s guide.
Without an action it opens the wizard.</source>
        <translation>Sets up an AKS cluster ready for a highly available PostgreSQL with the CloudNativePG operator, following Microsoft&apos;s guide.
Without an action it opens the wizard.</translation>
    </message>
    <message>
        <source>Write the deployment as a bash script to &lt;file&gt;.</source>
        <translation>Write the deployment as a bash script to &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Write the settings as JSON to &lt;file&gt;.</source>
        <translation>Write the settings as JSON to &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Print the deployment&apos;s steps, their order and the commands they run, then exit.</source>
        <translation>Print the deployment&apos;s steps, their order and the commands they run, then exit.</translation>
    </message>
    <message>
        <source>Run the deployment now, without the wizard&apos;s window.</source>
        <translation>Run the deployment now, without the wizard&apos;s window.</translation>
    </message>
    <message>
        <source>With --apply: continue the deployment from its journal (the most recent one without --settings).</source>
        <translation>With --apply: continue the deployment from its journal (the most recent one without --settings).</translation>
    </message>
    <message>
        <source>With --apply: run at most &lt;n&gt; steps at once (default 8).</source>
        <translation>With --apply: run at most &lt;n&gt; steps at once (default 8).</translation>
    </message>
    <message>
        <source>With --apply: the deployment&apos;s journal file.</source>
        <translation>With --apply: the deployment&apos;s journal file.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>--parallel needs a number of at least 1.</source>
        <translation>--parallel needs a number of at least 1.</translation>
    </message>
    <message>
        <source>Simulation: MY_PUBLIC_CLIENT_IP is not set; using %1.</source>
        <translation>Simulation: MY_PUBLIC_CLIENT_IP is not set; using %1.</translation>
    </message>
    <message>
        <source>The settings are not valid; nothing was written:</source>
        <translation>The settings are not valid; nothing was written:</translation>
    </message>
    <message>
        <source>Sequential: %1 s; critical path: %2 s</source>
        <translation>Sequential: %1 s; critical path: %2 s</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>This build has no wizard window. Try --help, --plan, --export-script or --apply.</source>
        <translation>This build has no wizard window. Try --help, --plan, --export-script or --apply.</translation>
    </message>
    <message>
        <source>With --apply or --check: run against the simulated az, kubectl and helm instead of Azure.</source>
        <translation>With --apply or --check: run against the simulated az, kubectl and helm instead of Azure.</translation>
    </message>
    <message>
        <source>Check the tools the deployment needs and the Azure sign-in; exit 0 only when everything is there.</source>
        <translation>Check the tools the deployment needs and the Azure sign-in; exit 0 only when everything is there.</translation>
    </message>
    <message>
        <source>The language of the wizard, of these messages and of the exported script&apos;s comments: ko or en (default: the last choice, else the system&apos;s).</source>
        <translation>The language of the wizard, of these messages and of the exported script&apos;s comments: ko or en (default: the last choice, else the system&apos;s).</translation>
    </message>
    <message>
        <source>Write a PNG of every page of the wizard, in Korean and in English, to &lt;dir&gt;, then exit.</source>
        <translation>Write a PNG of every page of the wizard, in Korean and in English, to &lt;dir&gt;, then exit.</translation>
    </message>
    <message>
        <source>The settings are not valid; the wizard did not open:</source>
        <translation>The settings are not valid; the wizard did not open:</translation>
    </message>
    <message>
        <source>Check the tools the deployment needs and the Azure sign-in, and with --settings or --set the deployment&apos;s readiness in Azure; exit 0 only when everything is there.</source>
        <translation>Check the tools the deployment needs and the Azure sign-in, and with --settings or --set the deployment&apos;s readiness in Azure; exit 0 only when everything is there.</translation>
    </message>
    <message>
        <source>With --apply or --check: do not let the readiness check &lt;name&gt; stop the deployment (repeatable; for experts; recorded in the journal). Names: %1.</source>
        <translation>With --apply or --check: do not let the readiness check &lt;name&gt; stop the deployment (repeatable; for experts; recorded in the journal). Names: %1.</translation>
    </message>
    <message>
        <source>Unknown readiness check: %1 (known: %2).</source>
        <translation>Unknown readiness check: %1 (known: %2).</translation>
    </message>
    <message>
        <source>az is not available to ask for the region&apos;s default Kubernetes version; AKS_CLUSTER_VERSION is the tested default, %1.</source>
        <translation>az is not available to ask for the region&apos;s default Kubernetes version; AKS_CLUSTER_VERSION is the tested default, %1.</translation>
    </message>
    <message>
        <source>Could not ask AKS for the default Kubernetes version of %1; AKS_CLUSTER_VERSION is the tested default, %2.</source>
        <translation>Could not ask AKS for the default Kubernetes version of %1; AKS_CLUSTER_VERSION is the tested default, %2.</translation>
    </message>
    <message>
        <source>Print what the deployment of --settings or --set costs per hour and per month, at the node pools' minimum and maximum node counts, with the prices of the Azure Retail Prices API (else the cached or shipped ones), then exit.</source>
        <translation>Print what the deployment of --settings or --set costs per hour and per month, at the node pools' minimum and maximum node counts, with the prices of the Azure Retail Prices API (else the cached or shipped ones), then exit.</translation>
    </message>
    <message>
        <source>With --estimate: the currency, e.g. USD or KRW (default: the language's).</source>
        <translation>With --estimate: the currency, e.g. USD or KRW (default: the language's).</translation>
    </message>
    <message>
        <source>With --estimate: a monthly usage to assume, NAME=NUMBER (repeatable). Names: %1.</source>
        <translation>With --estimate: a monthly usage to assume, NAME=NUMBER (repeatable). Names: %1.</translation>
    </message>
    <message>
        <source>With --estimate: do not ask the Retail Prices API; use the cached or shipped prices.</source>
        <translation>With --estimate: do not ask the Retail Prices API; use the cached or shipped prices.</translation>
    </message>
    <message>
        <source>The settings are not valid; nothing was estimated:</source>
        <translation>The settings are not valid; nothing was estimated:</translation>
    </message>
    <message>
        <source>--destroy cannot be combined with --apply or --check.</source>
        <translation>--destroy cannot be combined with --apply or --check.</translation>
    </message>
    <message>
        <source>--destroy needs the deployment&apos;s settings (--settings).</source>
        <translation>--destroy needs the deployment&apos;s settings (--settings).</translation>
    </message>
    <message>
        <source>Tear the deployment of --settings down: delete its resource group (and with the AKS cluster its node resource group) and wait until both are gone. Asks for the resource group&apos;s name on a terminal; takes --confirm, --purge-workspace, --simulate, --resume.</source>
        <translation>Tear the deployment of --settings down: delete its resource group (and with the AKS cluster its node resource group) and wait until both are gone. Asks for the resource group&apos;s name on a terminal; takes --confirm, --purge-workspace, --simulate, --resume.</translation>
    </message>
    <message>
        <source>With --destroy or --export-teardown: delete the Log Analytics workspace for good first, instead of leaving it soft-deleted for 14 days.</source>
        <translation>With --destroy or --export-teardown: delete the Log Analytics workspace for good first, instead of leaving it soft-deleted for 14 days.</translation>
    </message>
    <message>
        <source>With --destroy: the resource group&apos;s name, as the confirmation; any other name deletes nothing.</source>
        <translation>With --destroy: the resource group&apos;s name, as the confirmation; any other name deletes nothing.</translation>
    </message>
    <message>
        <source>Write the teardown of the deployment as a bash script to &lt;file&gt;.</source>
        <translation>Write the teardown of the deployment as a bash script to &lt;file&gt;.</translation>
    </message>
    <message>
        <source>With --destroy: delete the resource group also when it holds resources that the deployment did not create (listed first).</source>
        <translation>With --destroy: delete the resource group also when it holds resources that the deployment did not create (listed first).</translation>
    </message>
    <message>
        <source>LAST RUN (UTC)</source>
        <translation>LAST RUN (UTC)</translation>
    </message>
    <message>
        <source>No deployments yet.</source>
        <translation>No deployments yet.</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>OUTCOME</translation>
    </message>
    <message>
        <source>Print the deployments this machine knows (from their journals): resource group, region, last run, outcome, steps done, teardown; then exit.</source>
        <translation>Print the deployments this machine knows (from their journals): resource group, region, last run, outcome, steps done, teardown; then exit.</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>RESOURCE GROUP</source>
        <translation>RESOURCE GROUP</translation>
    </message>
    <message>
        <source>STEPS</source>
        <translation>STEPS</translation>
    </message>
    <message>
        <source>TEARDOWN</source>
        <translation>TEARDOWN</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation>running or interrupted</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>torn down</source>
        <translation>torn down</translation>
    </message>
    <message>
        <source>unreadable journal: %1</source>
        <translation>unreadable journal: %1</translation>
    </message>
    <message>
        <source>--events needs --apply or --destroy.</source>
        <translation>--events needs --apply or --destroy.</translation>
    </message>
    <message>
        <source>--events takes json, not %1.</source>
        <translation>--events takes json, not %1.</translation>
    </message>
    <message>
        <source>With --apply or --destroy: print the run on standard output as JSON lines, one object per change of a step (the README documents the fields); the other messages go to standard error. &lt;format&gt;: json.</source>
        <translation>With --apply or --destroy: print the run on standard output as JSON lines, one object per change of a step (the README documents the fields); the other messages go to standard error. &lt;format&gt;: json.</translation>
    </message>
</context>
<context>
    <name>cnpg::DeployPage</name>
    <message>
        <source>Deploy</source>
        <translation>Deploy</translation>
    </message>
    <message>
        <source>The guide&apos;s commands now run, side by side where the guide allows. Select a row to see its log. You can cancel at any time and resume later: every step first checks whether its resource already exists, so nothing is created twice.</source>
        <translation>The guide&apos;s commands now run, side by side where the guide allows. Select a row to see its log. You can cancel at any time and resume later: every step first checks whether its resource already exists, so nothing is created twice.</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>about %1 left</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Overall progress</translation>
    </message>
    <message>
        <source>Deploying…</source>
        <translation>Deploying…</translation>
    </message>
    <message>
        <source>The deployment succeeded.</source>
        <translation>The deployment succeeded.</translation>
    </message>
    <message>
        <source>The deployment failed. Select the red row to see why, fix the cause, then retry the failed steps.</source>
        <translation>The deployment failed. Select the red row to see why, fix the cause, then retry the failed steps.</translation>
    </message>
    <message>
        <source>The deployment was cancelled. Resume it to continue where it stopped.</source>
        <translation>The deployment was cancelled. Resume it to continue where it stopped.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>Cancel the deployment</source>
        <translation>Cancel the deployment</translation>
    </message>
    <message>
        <source>Retry the failed steps</source>
        <translation>Retry the failed steps</translation>
    </message>
    <message>
        <source>Resume the deployment</source>
        <translation>Resume the deployment</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Re&amp;try failed</source>
        <translation>Re&amp;try failed</translation>
    </message>
    <message>
        <source>Lo&amp;g of the selected row:</source>
        <translation>Lo&amp;g of the selected row:</translation>
    </message>
    <message>
        <source>Start a &amp;fresh run</source>
        <translation>Start a &amp;fresh run</translation>
    </message>
    <message>
        <source>Start the deployment afresh</source>
        <translation>Start the deployment afresh</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Steps</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>Time&amp;line</translation>
    </message>
</context>
<context>
    <name>cnpg::Deployment</name>
    <message>
        <source>Cannot prepare the tools: %1</source>
        <translation>Cannot prepare the tools: %1</translation>
    </message>
    <message>
        <source>The simulator could not prepare the krew release: %1</source>
        <translation>The simulator could not prepare the krew release: %1</translation>
    </message>
    <message>
        <source>no data directory</source>
        <translation>no data directory</translation>
    </message>
    <message>
        <source>Not found on PATH: %1. Install them, or deploy against the simulator.</source>
        <translation>Not found on PATH: %1. Install them, or deploy against the simulator.</translation>
    </message>
    <message>
        <source>Nothing to resume: %1</source>
        <translation>Nothing to resume: %1</translation>
    </message>
    <message>
        <source>This deployment&apos;s journal was written with other settings, so it cannot be resumed with these. Start a fresh run instead: every step first checks whether its resource exists, so nothing is created twice.</source>
        <translation>This deployment&apos;s journal was written with other settings, so it cannot be resumed with these. Start a fresh run instead: every step first checks whether its resource exists, so nothing is created twice.</translation>
    </message>
    <message>
        <source>A deployment of this resource group in Azure is recorded here (%1). A simulated run would replace that record: give the simulation another resource group name.</source>
        <translation>A deployment of this resource group in Azure is recorded here (%1). A simulated run would replace that record: give the simulation another resource group name.</translation>
    </message>
    <message>
        <source>This deployment&apos;s journal is of a run against Azure, so it cannot be resumed in simulation. Start a fresh run instead, or switch to Azure to resume it.</source>
        <translation>This deployment&apos;s journal is of a run against Azure, so it cannot be resumed in simulation. Start a fresh run instead, or switch to Azure to resume it.</translation>
    </message>
    <message>
        <source>This deployment&apos;s journal is of a simulated run, so it cannot be resumed against Azure. Start a fresh run instead, or switch to simulation to resume it.</source>
        <translation>This deployment&apos;s journal is of a simulated run, so it cannot be resumed against Azure. Start a fresh run instead, or switch to simulation to resume it.</translation>
    </message>
</context>
<context>
    <name>cnpg::DonePage</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Resource group</translation>
    </message>
    <message>
        <source>AKS cluster</source>
        <translation>AKS cluster</translation>
    </message>
    <message>
        <source>kubectl context</source>
        <translation>kubectl context</translation>
    </message>
    <message>
        <source>Node resource group</source>
        <translation>Node resource group</translation>
    </message>
    <message>
        <source>Managed identity client ID</source>
        <translation>Managed identity client ID</translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation>Storage account</translation>
    </message>
    <message>
        <source>Backup container</source>
        <translation>Backup container</translation>
    </message>
    <message>
        <source>Public IP address</source>
        <translation>Public IP address</translation>
    </message>
    <message>
        <source>The nodes of both node pools, across the zones:</source>
        <translation>The nodes of both node pools, across the zones:</translation>
    </message>
    <message>
        <source>The CNPG operator:</source>
        <translation>The CNPG operator:</translation>
    </message>
    <message>
        <source>What was created</source>
        <translation>What was created</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Commands to check the cluster</source>
        <translation>Commands to check the cluster</translation>
    </message>
    <message>
        <source>Export a run &amp;report…</source>
        <translation>Export a run &amp;report…</translation>
    </message>
    <message>
        <source>&amp;Open the log folder</source>
        <translation>&amp;Open the log folder</translation>
    </message>
    <message>
        <source>The highly available PostgreSQL cluster is running on AKS: a primary and its standbys across the zones, backed up to the storage account, monitored by Managed Prometheus, and reachable from your address on the static public IP.</source>
        <translation>The highly available PostgreSQL cluster is running on AKS: a primary and its standbys across the zones, backed up to the storage account, monitored by Managed Prometheus, and reachable from your address on the static public IP.</translation>
    </message>
    <message>
        <source>Connect to the database</source>
        <translation>Connect to the database</translation>
    </message>
    <message>
        <source>The validation guide goes on from here (sample data, upgrades, restore from a backup). It uses the environment variables of this deployment: save them with File &gt; Save settings. These commands check the cluster from a terminal:</source>
        <translation>The validation guide goes on from here (sample data, upgrades, restore from a backup). It uses the environment variables of this deployment: save them with File &gt; Save settings. These commands check the cluster from a terminal:</translation>
    </message>
    <message>
        <source>The database cluster, its instances and its backups:</source>
        <translation>The database cluster, its instances and its backups:</translation>
    </message>
    <message>
        <source>Tear do&amp;wn…</source>
        <translation>Tear do&amp;wn…</translation>
    </message>
    <message>
        <source>It costs money every hour it stands: File › Deployments tears it down, after listing what goes and asking for its name.</source>
        <translation>It costs money every hour it stands: File › Deployments tears it down, after listing what goes and asking for its name.</translation>
    </message>
</context>
<context>
    <name>cnpg::FieldEditor</name>
    <message>
        <source>Edited. From %1 it would be %2.</source>
        <translation>Edited. From %1 it would be %2.</translation>
    </message>
    <message>
        <source>Follows %1 until you edit it.</source>
        <translation>Follows %1 until you edit it.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Follow %1 again</source>
        <translation>Follow %1 again</translation>
    </message>
    <message>
        <source>Reset %1 to the derived value</source>
        <translation>Reset %1 to the derived value</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>The guide uses %1.</source>
        <translation>The guide uses %1.</translation>
    </message>
    <message>
        <source>Back to the guide&apos;s value, %1</source>
        <translation>Back to the guide&apos;s value, %1</translation>
    </message>
    <message>
        <source>Reset %1 to the guide&apos;s value</source>
        <translation>Reset %1 to the guide&apos;s value</translation>
    </message>
    <message>
        <source>Back to the default, %1</source>
        <translation>Back to the default, %1</translation>
    </message>
    <message>
        <source>Reset %1 to the default</source>
        <translation>Reset %1 to the default</translation>
    </message>
</context>
<context>
    <name>cnpg::FieldText</name>
    <message>
        <source>Backup schedule</source>
        <translation>Backup schedule</translation>
    </message>
    <message>
        <source>Cron with seconds first, as CloudNativePG reads it: 0 15 * ? * * is every hour at a quarter past.</source>
        <translation>Cron with seconds first, as CloudNativePG reads it: 0 15 * ? * * is every hour at a quarter past.</translation>
    </message>
    <message>
        <source>CloudNativePG dashboard</source>
        <translation>CloudNativePG dashboard</translation>
    </message>
    <message>
        <source>The dashboard&apos;s JSON at a tagged release of cloudnative-pg/grafana-dashboards, imported into Grafana once.</source>
        <translation>The dashboard&apos;s JSON at a tagged release of cloudnative-pg/grafana-dashboards, imported into Grafana once.</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <source>Random characters that make the resource names unique. Drawn once and kept, so that the same deployment always has the same names.</source>
        <translation>Random characters that make the resource names unique. Drawn once and kept, so that the same deployment always has the same names.</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Local name</translation>
    </message>
    <message>
        <source>A short name that every derived resource name contains.</source>
        <translation>A short name that every derived resource name contains.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Space-separated key=value pairs attached to the resources.</source>
        <translation>Space-separated key=value pairs attached to the resources.</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Resource group</translation>
    </message>
    <message>
        <source>Holds every resource this guide creates.</source>
        <translation>Holds every resource this guide creates.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The Azure region of every resource; it needs availability zones 1, 2 and 3.</source>
        <translation>The Azure region of every resource; it needs availability zones 1, 2 and 3.</translation>
    </message>
    <message>
        <source>AKS cluster name</source>
        <translation>AKS cluster name</translation>
    </message>
    <message>
        <source>Also the kubectl and Helm context name.</source>
        <translation>Also the kubectl and Helm context name.</translation>
    </message>
    <message>
        <source>Node resource group</source>
        <translation>Node resource group</translation>
    </message>
    <message>
        <source>The resource group AKS creates for the cluster&apos;s nodes.</source>
        <translation>The resource group AKS creates for the cluster&apos;s nodes.</translation>
    </message>
    <message>
        <source>Federated credential name</source>
        <translation>Federated credential name</translation>
    </message>
    <message>
        <source>CloudNativePG 1.26 removed this option: the pinned operator (1.30) does not read it, so it is not passed.</source>
        <translation>CloudNativePG 1.26 removed this option: the pinned operator (1.30) does not read it, so it is not passed.</translation>
    </message>
    <message>
        <source>DNS prefix</source>
        <translation>DNS prefix</translation>
    </message>
    <message>
        <source>Drawn once, like the suffix.</source>
        <translation>Drawn once, like the suffix.</translation>
    </message>
    <message>
        <source>User-assigned managed identity</source>
        <translation>User-assigned managed identity</translation>
    </message>
    <message>
        <source>Lets PostgreSQL reach Azure Blob Storage through workload identity, without secrets.</source>
        <translation>Lets PostgreSQL reach Azure Blob Storage through workload identity, without secrets.</translation>
    </message>
    <message>
        <source>Kubernetes version</source>
        <translation>Kubernetes version</translation>
    </message>
    <message>
        <source>The AKS cluster&apos;s Kubernetes version.</source>
        <translation>The AKS cluster&apos;s Kubernetes version.</translation>
    </message>
    <message>
        <source>PostgreSQL namespace</source>
        <translation>PostgreSQL namespace</translation>
    </message>
    <message>
        <source>The namespace for the PostgreSQL cluster and its services.</source>
        <translation>The namespace for the PostgreSQL cluster and its services.</translation>
    </message>
    <message>
        <source>Operator namespace</source>
        <translation>Operator namespace</translation>
    </message>
    <message>
        <source>The namespace for the CNPG controller manager.</source>
        <translation>The namespace for the CNPG controller manager.</translation>
    </message>
    <message>
        <source>PostgreSQL cluster name</source>
        <translation>PostgreSQL cluster name</translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation>Storage account</translation>
    </message>
    <message>
        <source>Holds the PostgreSQL backups. 3 to 24 lowercase letters and digits, unique across Azure.</source>
        <translation>Holds the PostgreSQL backups. 3 to 24 lowercase letters and digits, unique across Azure.</translation>
    </message>
    <message>
        <source>Backup container</source>
        <translation>Backup container</translation>
    </message>
    <message>
        <source>The blob container for the write-ahead logs and the backups.</source>
        <translation>The blob container for the write-ahead logs and the backups.</translation>
    </message>
    <message>
        <source>Azure PVC updates</source>
        <translation>Azure PVC updates</translation>
    </message>
    <message>
        <source>Public client IP</source>
        <translation>Public client IP</translation>
    </message>
    <message>
        <source>Only this address (or CIDR range) may reach the cluster&apos;s API server.</source>
        <translation>Only this address (or CIDR range) may reach the cluster&apos;s API server.</translation>
    </message>
    <message>
        <source>System node pool VM size</source>
        <translation>System node pool VM size</translation>
    </message>
    <message>
        <source>User node pool name</source>
        <translation>User node pool name</translation>
    </message>
    <message>
        <source>The node pool that runs PostgreSQL.</source>
        <translation>The node pool that runs PostgreSQL.</translation>
    </message>
    <message>
        <source>User node pool VM size</source>
        <translation>User node pool VM size</translation>
    </message>
    <message>
        <source>Azure Managed Grafana instance</source>
        <translation>Azure Managed Grafana instance</translation>
    </message>
    <message>
        <source>2 to 23 characters.</source>
        <translation>2 to 23 characters.</translation>
    </message>
    <message>
        <source>Azure Monitor workspace</source>
        <translation>Azure Monitor workspace</translation>
    </message>
    <message>
        <source>Log Analytics workspace</source>
        <translation>Log Analytics workspace</translation>
    </message>
    <message>
        <source>Public IP name</source>
        <translation>Public IP name</translation>
    </message>
    <message>
        <source>The static public IP that later exposes PostgreSQL to clients.</source>
        <translation>The static public IP that later exposes PostgreSQL to clients.</translation>
    </message>
    <message>
        <source>System node pool: minimum nodes</source>
        <translation>System node pool: minimum nodes</translation>
    </message>
    <message>
        <source>System node pool: maximum nodes</source>
        <translation>System node pool: maximum nodes</translation>
    </message>
    <message>
        <source>User node pool: minimum nodes</source>
        <translation>User node pool: minimum nodes</translation>
    </message>
    <message>
        <source>User node pool: maximum nodes</source>
        <translation>User node pool: maximum nodes</translation>
    </message>
    <message>
        <source>Availability zones</source>
        <translation>Availability zones</translation>
    </message>
    <message>
        <source>Space-separated; the guide spreads the nodes over 1 2 3.</source>
        <translation>Space-separated; the guide spreads the nodes over 1 2 3.</translation>
    </message>
    <message>
        <source>AKS pricing tier</source>
        <translation>AKS pricing tier</translation>
    </message>
    <message>
        <source>Storage account SKU</source>
        <translation>Storage account SKU</translation>
    </message>
    <message>
        <source>The guide uses zone-redundant storage.</source>
        <translation>The guide uses zone-redundant storage.</translation>
    </message>
    <message>
        <source>Storage account kind</source>
        <translation>Storage account kind</translation>
    </message>
    <message>
        <source>Helm repository name</source>
        <translation>Helm repository name</translation>
    </message>
    <message>
        <source>Helm repository URL</source>
        <translation>Helm repository URL</translation>
    </message>
    <message>
        <source>Helm chart</source>
        <translation>Helm chart</translation>
    </message>
    <message>
        <source>Helm release name</source>
        <translation>Helm release name</translation>
    </message>
    <message>
        <source>Chart version</source>
        <translation>Chart version</translation>
    </message>
    <message>
        <source>Empty: the chart&apos;s latest version.</source>
        <translation>Empty: the chart&apos;s latest version.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the setting&apos;s name, %2 the guide&apos;s environment variable (never translated)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Azure subscription</source>
        <translation>Azure subscription</translation>
    </message>
    <message>
        <source>The subscription every az command uses; empty: the Azure CLI&apos;s default subscription.</source>
        <translation>The subscription every az command uses; empty: the Azure CLI&apos;s default subscription.</translation>
    </message>
    <message>
        <source>Pinned, so that these settings install the same operator next month. A newer chart is a deliberate change.</source>
        <translation>Pinned, so that these settings install the same operator next month. A newer chart is a deliberate change.</translation>
    </message>
    <message>
        <source>Kubernetes support plan</source>
        <translation>Kubernetes support plan</translation>
    </message>
    <message>
        <source>KubernetesOfficial: the community&apos;s support of the newest versions. AKSLongTermSupport: older versions for two years; needs the premium tier.</source>
        <translation>KubernetesOfficial: the community&apos;s support of the newest versions. AKSLongTermSupport: older versions for two years; needs the premium tier.</translation>
    </message>
    <message>
        <source>krew release</source>
        <translation>krew release</translation>
    </message>
    <message>
        <source>The tagged krew release to install (for example v0.5.0).</source>
        <translation>The tagged krew release to install (for example v0.5.0).</translation>
    </message>
    <message>
        <source>krew SHA-256 checksums</source>
        <translation>krew SHA-256 checksums</translation>
    </message>
    <message>
        <source>platform=SHA-256 of each krew archive of that release, from its .sha256 files; a download that differs installs nothing.</source>
        <translation>platform=SHA-256 of each krew archive of that release, from its .sha256 files; a download that differs installs nothing.</translation>
    </message>
    <message>
        <source>PostgreSQL instances</source>
        <translation>PostgreSQL instances</translation>
    </message>
    <message>
        <source>A primary and its standbys, spread across the zones.</source>
        <translation>A primary and its standbys, spread across the zones.</translation>
    </message>
    <message>
        <source>PostgreSQL image</source>
        <translation>PostgreSQL image</translation>
    </message>
    <message>
        <source>Its tag sets the PostgreSQL major version. A system image carries the Barman Cloud tools the backups need.</source>
        <translation>Its tag sets the PostgreSQL major version. A system image carries the Barman Cloud tools the backups need.</translation>
    </message>
    <message>
        <source>Storage size per instance</source>
        <translation>Storage size per instance</translation>
    </message>
    <message>
        <source>With its unit, for example 64Gi.</source>
        <translation>With its unit, for example 64Gi.</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>Storage class</translation>
    </message>
    <message>
        <source>CPU per instance</source>
        <translation>CPU per instance</translation>
    </message>
    <message>
        <source>Cores (2, 0.5) or millicores (500m).</source>
        <translation>Cores (2, 0.5) or millicores (500m).</translation>
    </message>
    <message>
        <source>Memory per instance</source>
        <translation>Memory per instance</translation>
    </message>
    <message>
        <source>With its unit, for example 8Gi.</source>
        <translation>With its unit, for example 8Gi.</translation>
    </message>
    <message>
        <source>Backup retention</source>
        <translation>Backup retention</translation>
    </message>
    <message>
        <source>Days, weeks or months: 7d, 4w, 1m.</source>
        <translation>Days, weeks or months: 7d, 4w, 1m.</translation>
    </message>
</context>
<context>
    <name>cnpg::GuiApp</name>
    <message>
        <source>No display found (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are unset), so the wizard&apos;s window cannot open. Running the simulated deployment in the terminal instead (--apply --simulate).</source>
        <translation>No display found (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are unset), so the wizard&apos;s window cannot open. Running the simulated deployment in the terminal instead (--apply --simulate).</translation>
    </message>
</context>
<context>
    <name>cnpg::KrewDownloader</name>
    <message>
        <source>The krew download failed.</source>
        <translation>The krew download failed.</translation>
    </message>
    <message>
        <source>The krew download stopped: the server sent nothing for too long.</source>
        <translation>The krew download stopped: the server sent nothing for too long.</translation>
    </message>
    <message>
        <source>The published checksum of krew could not be read.</source>
        <translation>The published checksum of krew could not be read.</translation>
    </message>
    <message>
        <source>The krew download does not match its published checksum; nothing was installed.</source>
        <translation>The krew download does not match its published checksum; nothing was installed.</translation>
    </message>
    <message>
        <source>The krew archive is broken and could not be extracted; nothing was installed.</source>
        <translation>The krew archive is broken and could not be extracted; nothing was installed.</translation>
    </message>
    <message>
        <source>The krew archive does not contain the program for this platform; nothing was installed.</source>
        <translation>The krew archive does not contain the program for this platform; nothing was installed.</translation>
    </message>
    <message>
        <source>The krew download could not be saved to a temporary folder.</source>
        <translation>The krew download could not be saved to a temporary folder.</translation>
    </message>
    <message>
        <source>The krew download was cancelled.</source>
        <translation>The krew download was cancelled.</translation>
    </message>
    <message>
        <source>The krew download does not match its SHA-256 checksum; nothing was installed.</source>
        <translation>The krew download does not match its SHA-256 checksum; nothing was installed.</translation>
    </message>
    <message>
        <source>KREW_SHA256 pins no SHA-256 for this computer&apos;s krew archive; add it from the release&apos;s .sha256 file. Nothing was installed.</source>
        <translation>KREW_SHA256 pins no SHA-256 for this computer&apos;s krew archive; add it from the release&apos;s .sha256 file. Nothing was installed.</translation>
    </message>
</context>
<context>
    <name>cnpg::KubernetesVersions</name>
    <message>
        <source>Kubernetes %1 is only a preview in this region.</source>
        <translation>Kubernetes %1 is only a preview in this region.</translation>
    </message>
    <message>
        <source>Kubernetes %1 is only offered with long-term support (Premium tier) in this region; the wizard uses the region&apos;s default, %2.</source>
        <translation>Kubernetes %1 is only offered with long-term support (Premium tier) in this region; the wizard uses the region&apos;s default, %2.</translation>
    </message>
    <message>
        <source>Kubernetes %1, the guide&apos;s version, is no longer offered in this region (it is out of support on AKS); the wizard uses the region&apos;s default, %2.</source>
        <translation>Kubernetes %1, the guide&apos;s version, is no longer offered in this region (it is out of support on AKS); the wizard uses the region&apos;s default, %2.</translation>
    </message>
</context>
<context>
    <name>cnpg::MainWindow</name>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Deploy</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>current page</source>
        <translation>current page</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>needs attention</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>not visited yet</source>
        <translation>not visited yet</translation>
    </message>
    <message>
        <source>CNPG on AKS Setup Wizard</source>
        <translation>CNPG on AKS Setup Wizard</translation>
    </message>
    <message>
        <source>Simulation mode: the commands run against a simulated Azure. Nothing is created in your subscription and nothing is billed.</source>
        <translation>Simulation mode: the commands run against a simulated Azure. Nothing is created in your subscription and nothing is billed.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>A deployment is running</source>
        <translation>A deployment is running</translation>
    </message>
    <message>
        <source>Cancel the deployment and quit? You can resume it later.</source>
        <translation>Cancel the deployment and quit? You can resume it later.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>%1
Creates the infrastructure of Microsoft&apos;s guide for a highly available PostgreSQL database on AKS with the CloudNativePG operator.</source>
        <translation>%1
Creates the infrastructure of Microsoft&apos;s guide for a highly available PostgreSQL database on AKS with the CloudNativePG operator.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open settings…</source>
        <translation>&amp;Open settings…</translation>
    </message>
    <message>
        <source>&amp;Save settings…</source>
        <translation>&amp;Save settings…</translation>
    </message>
    <message>
        <source>&amp;Export script…</source>
        <translation>&amp;Export script…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Open settings</translation>
    </message>
    <message>
        <source>Settings (*.json)</source>
        <translation>Settings (*.json)</translation>
    </message>
    <message>
        <source>Problems in %1</source>
        <translation>Problems in %1</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The settings are not valid</source>
        <translation>The settings are not valid</translation>
    </message>
    <message>
        <source>Export script</source>
        <translation>Export script</translation>
    </message>
    <message>
        <source>Bash scripts (*.sh)</source>
        <translation>Bash scripts (*.sh)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>Export run report</source>
        <translation>Export run report</translation>
    </message>
    <message>
        <source>F&amp;inish</source>
        <translation>F&amp;inish</translation>
    </message>
    <message>
        <source>&amp;Deployments…</source>
        <translation>&amp;Deployments…</translation>
    </message>
    <message>
        <source>A deployment is running: cancel it or let it finish first.</source>
        <translation>A deployment is running: cancel it or let it finish first.</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Export the timeline</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <source>HTML (*.html *.htm)</source>
        <translation>HTML (*.html *.htm)</translation>
    </message>
</context>
<context>
    <name>cnpg::ManifestTabs</name>
    <message>
        <source>Manifests and commands</source>
        <translation>Manifests and commands</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>The Cluster manifest the plan applies</source>
        <translation>The Cluster manifest the plan applies</translation>
    </message>
    <message>
        <source>ScheduledBackup</source>
        <translation>ScheduledBackup</translation>
    </message>
    <message>
        <source>The ScheduledBackup manifest the plan applies</source>
        <translation>The ScheduledBackup manifest the plan applies</translation>
    </message>
    <message>
        <source>Cluster manifest</source>
        <translation>Cluster manifest</translation>
    </message>
    <message>
        <source>ScheduledBackup manifest</source>
        <translation>ScheduledBackup manifest</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commands</translation>
    </message>
</context>
<context>
    <name>cnpg::ManifestView</name>
    <message>
        <source>No manifest: the settings it is made from are not valid.</source>
        <translation>No manifest: the settings it is made from are not valid.</translation>
    </message>
    <message>
        <source>No manifest: %1 is invalid. %2</source>
        <translation>No manifest: %1 is invalid. %2</translation>
    </message>
</context>
<context>
    <name>cnpg::Plan</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Access from outside</source>
        <translation>Access from outside</translation>
    </message>
    <message>
        <source>Database monitoring</source>
        <translation>Database monitoring</translation>
    </message>
    <message>
        <source>Schedule the backups</source>
        <translation>Schedule the backups</translation>
    </message>
    <message>
        <source>Start a first backup</source>
        <translation>Start a first backup</translation>
    </message>
    <message>
        <source>Wait until the backup has completed</source>
        <translation>Wait until the backup has completed</translation>
    </message>
    <message>
        <source>Expose the read-write endpoint</source>
        <translation>Expose the read-write endpoint</translation>
    </message>
    <message>
        <source>Expose the read-only endpoint</source>
        <translation>Expose the read-only endpoint</translation>
    </message>
    <message>
        <source>Wait for the read-write endpoint&apos;s public IP</source>
        <translation>Wait for the read-write endpoint&apos;s public IP</translation>
    </message>
    <message>
        <source>Wait for the read-only endpoint&apos;s public IP</source>
        <translation>Wait for the read-only endpoint&apos;s public IP</translation>
    </message>
    <message>
        <source>Create the pod monitor for Managed Prometheus</source>
        <translation>Create the pod monitor for Managed Prometheus</translation>
    </message>
    <message>
        <source>Make the signed-in user Grafana Admin</source>
        <translation>Make the signed-in user Grafana Admin</translation>
    </message>
    <message>
        <source>Import the CloudNativePG dashboard into Grafana</source>
        <translation>Import the CloudNativePG dashboard into Grafana</translation>
    </message>
    <message>
        <source>A 403 (Access denied) means Grafana does not see a Grafana role of yours on this Grafana yet: a role assigned a moment ago takes a few minutes to arrive, so wait, then run again. If it stays, ask an Owner or User Access Administrator to run az role assignment create --role &quot;Grafana Admin&quot; --assignee &lt;your sign-in name&gt; --scope &lt;the Grafana&apos;s resource ID&gt;.</source>
        <translation>A 403 (Access denied) means Grafana does not see a Grafana role of yours on this Grafana yet: a role assigned a moment ago takes a few minutes to arrive, so wait, then run again. If it stays, ask an Owner or User Access Administrator to run az role assignment create --role &quot;Grafana Admin&quot; --assignee &lt;your sign-in name&gt; --scope &lt;the Grafana&apos;s resource ID&gt;.</translation>
    </message>
    <message>
        <source>The guide&apos;s remedy: grant yourself Storage Blob Data Owner, then try again.</source>
        <translation>The guide&apos;s remedy: grant yourself Storage Blob Data Owner, then try again.</translation>
    </message>
    <message>
        <source>Azure CLI extensions</source>
        <translation>Azure CLI extensions</translation>
    </message>
    <message>
        <source>krew and the CNPG plugin</source>
        <translation>krew and the CNPG plugin</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Resource group</translation>
    </message>
    <message>
        <source>User-assigned managed identity</source>
        <translation>User-assigned managed identity</translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation>Storage account</translation>
    </message>
    <message>
        <source>Backup container</source>
        <translation>Backup container</translation>
    </message>
    <message>
        <source>RBAC on the storage account</source>
        <translation>RBAC on the storage account</translation>
    </message>
    <message>
        <source>Monitoring infrastructure</source>
        <translation>Monitoring infrastructure</translation>
    </message>
    <message>
        <source>AKS cluster</source>
        <translation>AKS cluster</translation>
    </message>
    <message>
        <source>User node pool</source>
        <translation>User node pool</translation>
    </message>
    <message>
        <source>Credentials and namespaces</source>
        <translation>Credentials and namespaces</translation>
    </message>
    <message>
        <source>Container insights</source>
        <translation>Container insights</translation>
    </message>
    <message>
        <source>Public IP for ingress</source>
        <translation>Public IP for ingress</translation>
    </message>
    <message>
        <source>CloudNativePG operator</source>
        <translation>CloudNativePG operator</translation>
    </message>
    <message>
        <source>Add the Azure CLI extension</source>
        <translation>Add the Azure CLI extension</translation>
    </message>
    <message>
        <source>Add the CNPG Helm repository</source>
        <translation>Add the CNPG Helm repository</translation>
    </message>
    <message>
        <source>Add the user node pool</source>
        <translation>Add the user node pool</translation>
    </message>
    <message>
        <source>Check the cluster&apos;s add-on profiles</source>
        <translation>Check the cluster&apos;s add-on profiles</translation>
    </message>
    <message>
        <source>Check the monitoring DaemonSet</source>
        <translation>Check the monitoring DaemonSet</translation>
    </message>
    <message>
        <source>Check the operator deployment</source>
        <translation>Check the operator deployment</translation>
    </message>
    <message>
        <source>Create Azure Managed Grafana</source>
        <translation>Create Azure Managed Grafana</translation>
    </message>
    <message>
        <source>Create the AKS cluster</source>
        <translation>Create the AKS cluster</translation>
    </message>
    <message>
        <source>Create the Azure Monitor workspace</source>
        <translation>Create the Azure Monitor workspace</translation>
    </message>
    <message>
        <source>Create the Log Analytics workspace</source>
        <translation>Create the Log Analytics workspace</translation>
    </message>
    <message>
        <source>Create the backup container</source>
        <translation>Create the backup container</translation>
    </message>
    <message>
        <source>Create the managed identity</source>
        <translation>Create the managed identity</translation>
    </message>
    <message>
        <source>Create the namespace</source>
        <translation>Create the namespace</translation>
    </message>
    <message>
        <source>Create the public IP</source>
        <translation>Create the public IP</translation>
    </message>
    <message>
        <source>Create the resource group</source>
        <translation>Create the resource group</translation>
    </message>
    <message>
        <source>Create the storage account</source>
        <translation>Create the storage account</translation>
    </message>
    <message>
        <source>Enable container insights</source>
        <translation>Enable container insights</translation>
    </message>
    <message>
        <source>Get the cluster credentials</source>
        <translation>Get the cluster credentials</translation>
    </message>
    <message>
        <source>Grant the identity Network Contributor</source>
        <translation>Grant the identity Network Contributor</translation>
    </message>
    <message>
        <source>Grant the identity Storage Blob Data Contributor</source>
        <translation>Grant the identity Storage Blob Data Contributor</translation>
    </message>
    <message>
        <source>Grant yourself Storage Blob Data Owner</source>
        <translation>Grant yourself Storage Blob Data Owner</translation>
    </message>
    <message>
        <source>Install krew</source>
        <translation>Install krew</translation>
    </message>
    <message>
        <source>Install the CloudNativePG operator</source>
        <translation>Install the CloudNativePG operator</translation>
    </message>
    <message>
        <source>Install the cnpg kubectl plugin</source>
        <translation>Install the cnpg kubectl plugin</translation>
    </message>
    <message>
        <source>List the role assignments on the storage account</source>
        <translation>List the role assignments on the storage account</translation>
    </message>
    <message>
        <source>Look up the signed-in user</source>
        <translation>Look up the signed-in user</translation>
    </message>
    <message>
        <source>Read the node resource group</source>
        <translation>Read the node resource group</translation>
    </message>
    <message>
        <source>Read the node resource group&apos;s ID</source>
        <translation>Read the node resource group&apos;s ID</translation>
    </message>
    <message>
        <source>Read the public IP address</source>
        <translation>Read the public IP address</translation>
    </message>
    <message>
        <source>Read the storage account&apos;s resource ID</source>
        <translation>Read the storage account&apos;s resource ID</translation>
    </message>
    <message>
        <source>Update the CNPG Helm repository</source>
        <translation>Update the CNPG Helm repository</translation>
    </message>
    <message>
        <source>Read the cluster&apos;s OIDC issuer</source>
        <translation>Read the cluster&apos;s OIDC issuer</translation>
    </message>
    <message>
        <source>Create the federated credential for backups</source>
        <translation>Create the federated credential for backups</translation>
    </message>
    <message>
        <source>Create the application user&apos;s secret</source>
        <translation>Create the application user&apos;s secret</translation>
    </message>
    <message>
        <source>Workload identity for backups</source>
        <translation>Workload identity for backups</translation>
    </message>
    <message>
        <source>The application user&apos;s secret</source>
        <translation>The application user&apos;s secret</translation>
    </message>
    <message>
        <source>Create the PostgreSQL cluster</source>
        <translation>Create the PostgreSQL cluster</translation>
    </message>
    <message>
        <source>Wait until every instance is ready</source>
        <translation>Wait until every instance is ready</translation>
    </message>
    <message>
        <source>PostgreSQL cluster</source>
        <translation>PostgreSQL cluster</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Connection test</translation>
    </message>
    <message>
        <source>Wait until WAL archiving works</source>
        <translation>Wait until WAL archiving works</translation>
    </message>
    <message>
        <source>Check that the primary accepts writes</source>
        <translation>Check that the primary accepts writes</translation>
    </message>
    <message>
        <source>Check that a standby is read-only</source>
        <translation>Check that a standby is read-only</translation>
    </message>
    <message>
        <source>Read the backup&apos;s ID</source>
        <translation>Read the backup&apos;s ID</translation>
    </message>
    <message>
        <source>Check that the backup is in the storage container</source>
        <translation>Check that the backup is in the storage container</translation>
    </message>
    <message>
        <source>AKS node resource group</source>
        <translation>AKS node resource group</translation>
    </message>
    <message>
        <source>Delete the Log Analytics workspace for good</source>
        <translation>Delete the Log Analytics workspace for good</translation>
    </message>
    <message>
        <source>Delete the resource group</source>
        <translation>Delete the resource group</translation>
    </message>
    <message>
        <source>Log Analytics workspace</source>
        <translation>Log Analytics workspace</translation>
    </message>
    <message>
        <source>Wait for the AKS node resource group to go</source>
        <translation>Wait for the AKS node resource group to go</translation>
    </message>
    <message>
        <source>Local kubeconfig</source>
        <translation>Local kubeconfig</translation>
    </message>
    <message>
        <source>Remove the cluster&apos;s context from the kubeconfig</source>
        <translation>Remove the cluster&apos;s context from the kubeconfig</translation>
    </message>
    <message>
        <source>Remove the cluster from the kubeconfig</source>
        <translation>Remove the cluster from the kubeconfig</translation>
    </message>
    <message>
        <source>Remove the cluster&apos;s user from the kubeconfig</source>
        <translation>Remove the cluster&apos;s user from the kubeconfig</translation>
    </message>
</context>
<context>
    <name>cnpg::Preflight</name>
    <message>
        <source>Checking the tools…</source>
        <translation>Checking the tools…</translation>
    </message>
    <message>
        <source>Install or update %1 (see How to fix in the tools table), then click Re-check. The deployment needs it.</source>
        <translation>Install or update %1 (see How to fix in the tools table), then click Re-check. The deployment needs it.</translation>
    </message>
    <message>
        <source>Checking the Azure sign-in…</source>
        <translation>Checking the Azure sign-in…</translation>
    </message>
    <message>
        <source>Finish signing in to Azure.</source>
        <translation>Finish signing in to Azure.</translation>
    </message>
    <message>
        <source>Sign in to Azure first (the Sign in button runs az login).</source>
        <translation>Sign in to Azure first (the Sign in button runs az login).</translation>
    </message>
    <message>
        <source>Detecting the public IP of this computer…</source>
        <translation>Detecting the public IP of this computer…</translation>
    </message>
    <message>
        <source>Detected %1. You can still edit it.</source>
        <translation>Detected %1. You can still edit it.</translation>
    </message>
    <message>
        <source>Could not detect the public IP: %1 Type it yourself.</source>
        <translation>Could not detect the public IP: %1 Type it yourself.</translation>
    </message>
    <message>
        <source>Asking AKS which versions %1 offers…</source>
        <translation>Asking AKS which versions %1 offers…</translation>
    </message>
    <message>
        <source>Could not list the Kubernetes versions of %1.</source>
        <translation>Could not list the Kubernetes versions of %1.</translation>
    </message>
    <message>
        <source>Offered in %1 (its default: %2).</source>
        <translation>Offered in %1 (its default: %2).</translation>
    </message>
    <message>
        <source>%1 does not offer Kubernetes %2 with standard support; its default is %3.</source>
        <translation>%1 does not offer Kubernetes %2 with standard support; its default is %3.</translation>
    </message>
    <message>
        <source>Checking whether the name is free in Azure…</source>
        <translation>Checking whether the name is free in Azure…</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Taken: %1</translation>
    </message>
    <message>
        <source>Could not check the name: %1</source>
        <translation>Could not check the name: %1</translation>
    </message>
</context>
<context>
    <name>cnpg::PublicIpDetector</name>
    <message>
        <source>Your public IP address could not be found: this computer seems to be offline. Enter it yourself.</source>
        <translation>Your public IP address could not be found: this computer seems to be offline. Enter it yourself.</translation>
    </message>
    <message>
        <source>Your public IP address could not be found: no answer in time. Enter it yourself.</source>
        <translation>Your public IP address could not be found: no answer in time. Enter it yourself.</translation>
    </message>
    <message>
        <source>The answer did not contain a public IPv4 address. Enter your address yourself.</source>
        <translation>The answer did not contain a public IPv4 address. Enter your address yourself.</translation>
    </message>
</context>
<context>
    <name>cnpg::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Check every value before anything is created. The script on the right runs exactly the commands of the deployment; you can export it and run it yourself, or deploy from the next page.</source>
        <translation>Check every value before anything is created. The script on the right runs exactly the commands of the deployment; you can export it and run it yourself, or deploy from the next page.</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated duration on Azure: %1 (the steps run in parallel where the guide allows; one after another it would be %2).</source>
        <translation>Estimated duration on Azure: %1 (the steps run in parallel where the guide allows; one after another it would be %2).</translation>
    </message>
    <message>
        <source>&amp;Settings:</source>
        <translation>&amp;Settings:</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Export s&amp;cript…</source>
        <translation>Export s&amp;cript…</translation>
    </message>
    <message>
        <source>Export se&amp;ttings…</source>
        <translation>Export se&amp;ttings…</translation>
    </message>
    <message>
        <source>The &amp;whole script:</source>
        <translation>The &amp;whole script:</translation>
    </message>
    <message>
        <source>Estimated &amp;cost</source>
        <translation>Estimated &amp;cost</translation>
    </message>
</context>
<context>
    <name>cnpg::ScriptExporter</name>
    <message>
        <source>Like with_retry, for a command that reads its standard input: the input is kept, so that every attempt reads all of it.</source>
        <translation>Like with_retry, for a command that reads its standard input: the input is kept, so that every attempt reads all of it.</translation>
    </message>
    <message>
        <source>Runs a delete; a resource that is already gone is not an error.</source>
        <translation>Runs a delete; a resource that is already gone is not an error.</translation>
    </message>
    <message>
        <source>Waits until a check no longer finds the resource: every $1 seconds, at most $2 times.</source>
        <translation>Waits until a check no longer finds the resource: every $1 seconds, at most $2 times.</translation>
    </message>
    <message>
        <source>Infrastructure for a highly available PostgreSQL database on AKS with CloudNativePG.</source>
        <translation>Infrastructure for a highly available PostgreSQL database on AKS with CloudNativePG.</translation>
    </message>
    <message>
        <source>Generated by %1. Safe to run again: every step that creates a resource first checks whether it exists.</source>
        <translation>Generated by %1. Safe to run again: every step that creates a resource first checks whether it exists.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Outputs</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Stops with a message when a tool is missing.</source>
        <translation>Stops with a message when a tool is missing.</translation>
    </message>
    <message>
        <source>Prints a step&apos;s title on stderr, so that captured output stays clean.</source>
        <translation>Prints a step&apos;s title on stderr, so that captured output stays clean.</translation>
    </message>
    <message>
        <source>Runs a read-only check; succeeds and prints its output only when the resource exists.</source>
        <translation>Runs a read-only check; succeeds and prints its output only when the resource exists.</translation>
    </message>
    <message>
        <source>Runs a command again, with a growing pause, while it fails with a transient error that matches $1.</source>
        <translation>Runs a command again, with a growing pause, while it fails with a transient error that matches $1.</translation>
    </message>
    <message>
        <source>Runs a read-only check: succeeds, with its output in PROBED, when the resource exists; fails when the tool says it does not; stops the script when the check keeps failing otherwise.</source>
        <translation>Runs a read-only check: succeeds, with its output in PROBED, when the resource exists; fails when the tool says it does not; stops the script when the check keeps failing otherwise.</translation>
    </message>
    <message>
        <source>A mirror of the krew release may stand in for GitHub; its archive is still checked against KREW_SHA256.</source>
        <translation>A mirror of the krew release may stand in for GitHub; its archive is still checked against KREW_SHA256.</translation>
    </message>
    <message>
        <source>Runs a check and fails when its answer, whitespace aside, is not $1.</source>
        <translation>Runs a check and fails when its answer, whitespace aside, is not $1.</translation>
    </message>
    <message>
        <source>Generated by %1. Safe to run again: what is gone already is not an error.</source>
        <translation>Generated by %1. Safe to run again: what is gone already is not an error.</translation>
    </message>
    <message>
        <source>Teardown of a deployment of the PostgreSQL-on-AKS infrastructure: its resource group and the AKS node resource group.</source>
        <translation>Teardown of a deployment of the PostgreSQL-on-AKS infrastructure: its resource group and the AKS node resource group.</translation>
    </message>
    <message>
        <source>Runs a delete; an error that matches $1 means it was gone already.</source>
        <translation>Runs a delete; an error that matches $1 means it was gone already.</translation>
    </message>
</context>
<context>
    <name>cnpg::SettingErrorText</name>
    <message>
        <source>Not a six-field cron schedule: seconds, minutes, hours, day of month, month, day of week (for example %1), or @daily, @weekly, @monthly.</source>
        <translation>Not a six-field cron schedule: seconds, minutes, hours, day of month, month, day of week (for example %1), or @daily, @weekly, @monthly.</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>A value is required.</translation>
    </message>
    <message>
        <source>Must be %1 to %2 characters long.</source>
        <translation>Must be %1 to %2 characters long.</translation>
    </message>
    <message>
        <source>The character “%1” is not allowed here.</source>
        <translation>The character “%1” is not allowed here.</translation>
    </message>
    <message>
        <source>Must start with a letter.</source>
        <translation>Must start with a letter.</translation>
    </message>
    <message>
        <source>Must start with a letter or a digit.</source>
        <translation>Must start with a letter or a digit.</translation>
    </message>
    <message>
        <source>Must end with a letter or a digit.</source>
        <translation>Must end with a letter or a digit.</translation>
    </message>
    <message>
        <source>Must not end with a period.</source>
        <translation>Must not end with a period.</translation>
    </message>
    <message>
        <source>Must not contain two hyphens in a row.</source>
        <translation>Must not contain two hyphens in a row.</translation>
    </message>
    <message>
        <source>Line breaks, tabs and other control characters are not allowed.</source>
        <translation>Line breaks, tabs and other control characters are not allowed.</translation>
    </message>
    <message>
        <source>“%1” is not an Azure region name (for example westus3).</source>
        <translation>“%1” is not an Azure region name (for example westus3).</translation>
    </message>
    <message>
        <source>The region %1 has no availability zones; clear the zones or choose another region.</source>
        <translation>The region %1 has no availability zones; clear the zones or choose another region.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address or CIDR range (for example 203.0.113.7 or 203.0.113.0/24).</source>
        <translation>“%1” is not an IPv4 address or CIDR range (for example 203.0.113.7 or 203.0.113.0/24).</translation>
    </message>
    <message>
        <source>“%1” is not a key=value tag (keys cannot contain &lt; &gt; % &amp; \ ? /).</source>
        <translation>“%1” is not a key=value tag (keys cannot contain &lt; &gt; % &amp; \ ? /).</translation>
    </message>
    <message>
        <source>The tag “%1” is given twice.</source>
        <translation>The tag “%1” is given twice.</translation>
    </message>
    <message>
        <source>Not a VM size (for example standard_d4s_v3).</source>
        <translation>Not a VM size (for example standard_d4s_v3).</translation>
    </message>
    <message>
        <source>Not a version number (for example 1.29).</source>
        <translation>Not a version number (for example 1.29).</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>Must be true or false.</translation>
    </message>
    <message>
        <source>Must be one of: %1.</source>
        <translation>Must be one of: %1.</translation>
    </message>
    <message>
        <source>Not an http or https URL.</source>
        <translation>Not an http or https URL.</translation>
    </message>
    <message>
        <source>Must be a whole number from %1 to %2.</source>
        <translation>Must be a whole number from %1 to %2.</translation>
    </message>
    <message>
        <source>The minimum (%1) is larger than the maximum (%2).</source>
        <translation>The minimum (%1) is larger than the maximum (%2).</translation>
    </message>
    <message>
        <source>“%1” is not an availability zone: use 1, 2 and 3, each once.</source>
        <translation>“%1” is not an availability zone: use 1, 2 and 3, each once.</translation>
    </message>
    <message>
        <source>Unknown setting.</source>
        <translation>Unknown setting.</translation>
    </message>
    <message>
        <source>Wrong type: %1 given.</source>
        <translation>Wrong type: %1 given.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>The file is not valid JSON: %1 (at byte %2).</translation>
    </message>
    <message>
        <source>Unsupported settings file schema (%1); expected 1.</source>
        <translation>Unsupported settings file schema (%1); expected 1.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>Not a regular file (a pipe, a device or a folder); nothing was read.</source>
        <translation>Not a regular file (a pipe, a device or a folder); nothing was read.</translation>
    </message>
    <message>
        <source>The file is larger than %1 KiB; a settings file is far smaller.</source>
        <translation>The file is larger than %1 KiB; a settings file is far smaller.</translation>
    </message>
    <message>
        <source>Given more than once in the file; keep one.</source>
        <translation>Given more than once in the file; keep one.</translation>
    </message>
    <message>
        <source>Must not start with “-”: az, kubectl and helm would read it as an option.</source>
        <translation>Must not start with “-”: az, kubectl and helm would read it as an option.</translation>
    </message>
    <message>
        <source>Contains an invalid character (a lone UTF-16 surrogate).</source>
        <translation>Contains an invalid character (a lone UTF-16 surrogate).</translation>
    </message>
    <message>
        <source>Long-term support (AKSLongTermSupport) needs the premium tier; the tier is %1. Set AKS_TIER to premium, or choose KubernetesOfficial.</source>
        <translation>Long-term support (AKSLongTermSupport) needs the premium tier; the tier is %1. Set AKS_TIER to premium, or choose KubernetesOfficial.</translation>
    </message>
    <message>
        <source>“%1” is not a platform and its SHA-256 (for example linux_amd64=&lt;64 hex digits&gt;), or names a platform twice.</source>
        <translation>“%1” is not a platform and its SHA-256 (for example linux_amd64=&lt;64 hex digits&gt;), or names a platform twice.</translation>
    </message>
    <message>
        <source>Not of the expected form (for example %1).</source>
        <translation>Not of the expected form (for example %1).</translation>
    </message>
</context>
<context>
    <name>cnpg::SettingsArguments</name>
    <message>
        <source>Read the settings from &lt;file&gt; (JSON).</source>
        <translation>Read the settings from &lt;file&gt; (JSON).</translation>
    </message>
    <message>
        <source>Set one value, e.g. --set LOCAL_NAME=demo (repeatable; applied after --settings).</source>
        <translation>Set one value, e.g. --set LOCAL_NAME=demo (repeatable; applied after --settings).</translation>
    </message>
</context>
<context>
    <name>cnpg::SettingsFormPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Extensions and tools</source>
        <translation>Extensions and tools</translation>
    </message>
    <message>
        <source>Identity and storage</source>
        <translation>Identity and storage</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>AKS cluster and node pools</source>
        <translation>AKS cluster and node pools</translation>
    </message>
    <message>
        <source>Ingress public IP</source>
        <translation>Ingress public IP</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>These are the guide&apos;s environment variables. The resource names are derived from LOCAL_NAME and SUFFIX, and the suffix keeps them unique. The cluster&apos;s API server will accept connections only from the public client IP.</source>
        <translation>These are the guide&apos;s environment variables. The resource names are derived from LOCAL_NAME and SUFFIX, and the suffix keeps them unique. The cluster&apos;s API server will accept connections only from the public client IP.</translation>
    </message>
    <message>
        <source>The Azure CLI extensions aks-preview, k8s-extension and amg add the commands this guide needs for AKS and Azure Managed Grafana. krew, the kubectl plugin manager, then installs the CNPG plugin, which later manages the PostgreSQL operator.</source>
        <translation>The Azure CLI extensions aks-preview, k8s-extension and amg add the commands this guide needs for AKS and Azure Managed Grafana. krew, the kubectl plugin manager, then installs the CNPG plugin, which later manages the PostgreSQL operator.</translation>
    </message>
    <message>
        <source>A resource group holds everything this guide creates. A user-assigned managed identity lets PostgreSQL reach Azure Blob Storage through AKS workload identity, without secrets. The storage account&apos;s container keeps the write-ahead logs and backups; the identity gets the Storage Blob Data Contributor role on the account.</source>
        <translation>A resource group holds everything this guide creates. A user-assigned managed identity lets PostgreSQL reach Azure Blob Storage through AKS workload identity, without secrets. The storage account&apos;s container keeps the write-ahead logs and backups; the identity gets the Storage Blob Data Contributor role on the account.</translation>
    </message>
    <message>
        <source>An Azure Managed Grafana instance, an Azure Monitor workspace and a Log Analytics workspace collect the PostgreSQL cluster&apos;s metrics and logs. The cluster is linked to them when it is created. Grafana takes a few minutes.</source>
        <translation>An Azure Managed Grafana instance, an Azure Monitor workspace and a Log Analytics workspace collect the PostgreSQL cluster&apos;s metrics and logs. The cluster is linked to them when it is created. Grafana takes a few minutes.</translation>
    </message>
    <message>
        <source>A multi-zone AKS cluster with a system node pool, then a user node pool labelled workload=postgres that hosts PostgreSQL. Then the credentials, the two namespaces and container insights for log collection. This is the longest part of the deployment.</source>
        <translation>A multi-zone AKS cluster with a system node pool, then a user node pool labelled workload=postgres that hosts PostgreSQL. Then the credentials, the two namespaces and container insights for log collection. This is the longest part of the deployment.</translation>
    </message>
    <message>
        <source>A static public IP in the cluster&apos;s node resource group, which an Azure load balancer later uses to expose PostgreSQL to clients such as psql. The identity gets the Network Contributor role on that resource group.</source>
        <translation>A static public IP in the cluster&apos;s node resource group, which an Azure load balancer later uses to expose PostgreSQL to clients such as psql. The identity gets the Network Contributor role on that resource group.</translation>
    </message>
    <message>
        <source>The CloudNativePG (CNPG) operator is installed with Helm into the operator namespace. It manages the PostgreSQL clusters that the next guide deploys.</source>
        <translation>The CloudNativePG (CNPG) operator is installed with Helm into the operator namespace. It manages the PostgreSQL clusters that the next guide deploys.</translation>
    </message>
    <message>
        <source>&amp;Commands of this step, as in the exported script:</source>
        <translation>&amp;Commands of this step, as in the exported script:</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commands</translation>
    </message>
    <message>
        <source>The guide&apos;s environment variables</source>
        <translation>The guide&apos;s environment variables</translation>
    </message>
    <message>
        <source>Values the guide writes into its commands</source>
        <translation>Values the guide writes into its commands</translation>
    </message>
    <message>
        <source>Nothing to set here: these tools are installed the same way for every deployment. The Azure CLI extensions aks-preview, k8s-extension and amg; krew; the kubectl plugin cnpg.</source>
        <translation>Nothing to set here: these tools are installed the same way for every deployment. The Azure CLI extensions aks-preview, k8s-extension and amg; krew; the kubectl plugin cnpg.</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Regenerate</translation>
    </message>
    <message>
        <source>Draw a new random suffix</source>
        <translation>Draw a new random suffix</translation>
    </message>
    <message>
        <source>Regenerate the suffix</source>
        <translation>Regenerate the suffix</translation>
    </message>
    <message>
        <source>&amp;Detect</source>
        <translation>&amp;Detect</translation>
    </message>
    <message>
        <source>Ask the internet which address this computer uses</source>
        <translation>Ask the internet which address this computer uses</translation>
    </message>
    <message>
        <source>Detect the public client IP</source>
        <translation>Detect the public client IP</translation>
    </message>
    <message>
        <source>PostgreSQL cluster</source>
        <translation>PostgreSQL cluster</translation>
    </message>
    <message>
        <source>The highly available PostgreSQL cluster of the next guide: a primary and standbys spread across the zones on the PostgreSQL node pool, each with its own disk, backed up to the storage account. The image&apos;s tag sets the PostgreSQL version. The manifests beside the fields are what the deployment applies, exactly as in the exported script.</source>
        <translation>The highly available PostgreSQL cluster of the next guide: a primary and standbys spread across the zones on the PostgreSQL node pool, each with its own disk, backed up to the storage account. The image&apos;s tag sets the PostgreSQL version. The manifests beside the fields are what the deployment applies, exactly as in the exported script.</translation>
    </message>
</context>
<context>
    <name>cnpg::StepText</name>
    <message>
        <source>could not check whether it already exists</source>
        <translation>could not check whether it already exists</translation>
    </message>
    <message>
        <source>the resource is still there after the wait</source>
        <translation>the resource is still there after the wait</translation>
    </message>
    <message>
        <source>this version cannot run a step of this kind</source>
        <translation>this version cannot run a step of this kind</translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation> (attempt %1)</translation>
    </message>
    <message>
        <source>Checking whether it exists:</source>
        <translation>Checking whether it exists:</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Retrying</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Already there</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Only if needed</source>
        <translation>Only if needed</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Provisioning state</source>
        <translation>Provisioning state</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Elapsed</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>needs %1</translation>
    </message>
    <message>
        <source>another change of the same cluster runs first (%1)</source>
        <translation>another change of the same cluster runs first (%1)</translation>
    </message>
    <message>
        <source>waits for a free slot</source>
        <translation>waits for a free slot</translation>
    </message>
    <message>
        <source>runs the guide&apos;s remedy</source>
        <translation>runs the guide&apos;s remedy</translation>
    </message>
    <message>
        <source>the command failed</source>
        <translation>the command failed</translation>
    </message>
    <message>
        <source>the program could not start</source>
        <translation>the program could not start</translation>
    </message>
    <message>
        <source>the program stopped abnormally</source>
        <translation>the program stopped abnormally</translation>
    </message>
    <message>
        <source>a value it needs is missing: %1</source>
        <translation>a value it needs is missing: %1</translation>
    </message>
    <message>
        <source>its output lacks a value the next steps need</source>
        <translation>its output lacks a value the next steps need</translation>
    </message>
    <message>
        <source>the guide&apos;s remedy failed</source>
        <translation>the guide&apos;s remedy failed</translation>
    </message>
    <message>
        <source>not started: %1 failed</source>
        <translation>not started: %1 failed</translation>
    </message>
    <message>
        <source>done in an earlier run</source>
        <translation>done in an earlier run</translation>
    </message>
    <message>
        <source>the download failed</source>
        <translation>the download failed</translation>
    </message>
    <message>
        <source>the download does not match its checksum</source>
        <translation>the download does not match its checksum</translation>
    </message>
    <message>
        <source>Downloading %1%</source>
        <translation>Downloading %1%</translation>
    </message>
    <message>
        <source>Downloading %1 KiB</source>
        <translation>Downloading %1 KiB</translation>
    </message>
    <message>
        <source>the check gave an unexpected answer</source>
        <translation>the check gave an unexpected answer</translation>
    </message>
    <message>
        <source>Setting up the primary</source>
        <translation>Setting up the primary</translation>
    </message>
    <message>
        <source>Creating a new replica</source>
        <translation>Creating a new replica</translation>
    </message>
    <message>
        <source>Waiting for the instances to become active</source>
        <translation>Waiting for the instances to become active</translation>
    </message>
    <message>
        <source>Cluster healthy</source>
        <translation>Cluster healthy</translation>
    </message>
    <message>
        <source>Switchover in progress</source>
        <translation>Switchover in progress</translation>
    </message>
    <message>
        <source>Failing over</source>
        <translation>Failing over</translation>
    </message>
    <message>
        <source>Upgrading the cluster</source>
        <translation>Upgrading the cluster</translation>
    </message>
    <message>
        <source>Applying configuration</source>
        <translation>Applying configuration</translation>
    </message>
    <message>
        <source>Backup pending</source>
        <translation>Backup pending</translation>
    </message>
    <message>
        <source>Backup started</source>
        <translation>Backup started</translation>
    </message>
    <message>
        <source>Backup running</source>
        <translation>Backup running</translation>
    </message>
    <message>
        <source>Backup finalizing</source>
        <translation>Backup finalizing</translation>
    </message>
    <message>
        <source>Backup completed</source>
        <translation>Backup completed</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Backup waits: WAL archiving is failing</source>
        <translation>Backup waits: WAL archiving is failing</translation>
    </message>
    <message>
        <source>%1 (%2/%3 ready)</source>
        <translation>%1 (%2/%3 ready)</translation>
    </message>
</context>
<context>
    <name>cnpg::StorageNameChecker</name>
    <message>
        <source>The name %1 is available.</source>
        <translation>The name %1 is available.</translation>
    </message>
    <message>
        <source>%1 is not a valid storage account name: 3 to 24 lowercase letters and digits.</source>
        <translation>%1 is not a valid storage account name: 3 to 24 lowercase letters and digits.</translation>
    </message>
    <message>
        <source>The name could not be checked: %1</source>
        <translation>The name could not be checked: %1</translation>
    </message>
    <message>
        <source>The name %1 is already taken by another storage account; choose another name.</source>
        <translation>The name %1 is already taken by another storage account; choose another name.</translation>
    </message>
    <message>
        <source>The storage account %1 already exists in this deployment&apos;s resource group; the deployment will reuse it.</source>
        <translation>The storage account %1 already exists in this deployment&apos;s resource group; the deployment will reuse it.</translation>
    </message>
</context>
<context>
    <name>cnpg::ToolCheck</name>
    <message>
        <source>checking</source>
        <translation>checking</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>too old</source>
        <translation>too old</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>version unknown</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>Checking %1...</translation>
    </message>
    <message>
        <source>%1 %2 (the guide needs %3 or later).</source>
        <translation>%1 %2 (the guide needs %3 or later).</translation>
    </message>
    <message>
        <source>%1 is not installed; the deployment installs it (step 2).</source>
        <translation>%1 is not installed; the deployment installs it (step 2).</translation>
    </message>
    <message>
        <source>%1 is not installed; only the exported script needs it.</source>
        <translation>%1 is not installed; only the exported script needs it.</translation>
    </message>
    <message>
        <source>%1 is not installed; the deployment needs it.</source>
        <translation>%1 is not installed; the deployment needs it.</translation>
    </message>
    <message>
        <source>%1 %2 is older than %3, the oldest version the guide works with.</source>
        <translation>%1 %2 is older than %3, the oldest version the guide works with.</translation>
    </message>
    <message>
        <source>%1 runs, but its version could not be read.</source>
        <translation>%1 runs, but its version could not be read.</translation>
    </message>
    <message>
        <source>%1 is installed but failed: %2</source>
        <translation>%1 is installed but failed: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 did not answer in time.</translation>
    </message>
</context>
<context>
    <name>cnpg::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>This wizard creates the infrastructure of Microsoft&apos;s guide for a highly available PostgreSQL database on AKS with the CloudNativePG (CNPG) operator: a resource group, a user-assigned managed identity, a storage account for backups, the monitoring infrastructure, an AKS cluster with a user node pool, a public static IP and the CNPG operator. It runs the guide&apos;s commands for you, or exports them as a bash script.</source>
        <translation>This wizard creates the infrastructure of Microsoft&apos;s guide for a highly available PostgreSQL database on AKS with the CloudNativePG (CNPG) operator: a resource group, a user-assigned managed identity, a storage account for backups, the monitoring infrastructure, an AKS cluster with a user node pool, a public static IP and the CNPG operator. It runs the guide&apos;s commands for you, or exports them as a bash script.</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <source>Signed-in account: %1</source>
        <translation>Signed-in account: %1</translation>
    </message>
    <message>
        <source>Where to deploy</source>
        <translation>Where to deploy</translation>
    </message>
    <message>
        <source>&amp;Simulation: nothing is created in Azure and nothing is billed</source>
        <translation>&amp;Simulation: nothing is created in Azure and nothing is billed</translation>
    </message>
    <message>
        <source>&amp;Real Azure: the signed-in Azure CLI account creates billable resources</source>
        <translation>&amp;Real Azure: the signed-in Azure CLI account creates billable resources</translation>
    </message>
    <message>
        <source>&amp;Real Azure (needs the Azure CLI, az, which was not found)</source>
        <translation>&amp;Real Azure (needs the Azure CLI, az, which was not found)</translation>
    </message>
    <message>
        <source>Azure Managed Grafana and the AKS cluster are billed separately from the moment they exist.</source>
        <translation>Azure Managed Grafana and the AKS cluster are billed separately from the moment they exist.</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Azure account</source>
        <translation>Azure account</translation>
    </message>
    <message>
        <source>Interrupted deployment</source>
        <translation>Interrupted deployment</translation>
    </message>
    <message>
        <source>The deployment of %1 did not finish. Continue it with its own settings: what already exists is found and kept.</source>
        <translation>The deployment of %1 did not finish. Continue it with its own settings: what already exists is found and kept.</translation>
    </message>
    <message>
        <source>&amp;Continue it</source>
        <translation>&amp;Continue it</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation>To sign in, open %1 and enter the code %2.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>How to fix</translation>
    </message>
    <message>
        <source>Re-chec&amp;k</source>
        <translation>Re-chec&amp;k</translation>
    </message>
    <message>
        <source>Check the tools and the Azure sign-in again</source>
        <translation>Check the tools and the Azure sign-in again</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <source>Runs az login</source>
        <translation>Runs az login</translation>
    </message>
    <message>
        <source>S&amp;ubscription:</source>
        <translation>S&amp;ubscription:</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>Every az command of the deployment and of the exported script is pinned to this subscription with --subscription.</source>
        <translation>Every az command of the deployment and of the exported script is pinned to this subscription with --subscription.</translation>
    </message>
</context>
<context>
    <name>cnpg::ReadinessText</name>
    <message>
        <source>Kubernetes version</source>
        <translation>Kubernetes version</translation>
    </message>
    <message>
        <source>vCPU quota</source>
        <translation>vCPU quota</translation>
    </message>
    <message>
        <source>VM sizes in the zones</source>
        <translation>VM sizes in the zones</translation>
    </message>
    <message>
        <source>Resource providers</source>
        <translation>Resource providers</translation>
    </message>
    <message>
        <source>Permission to assign roles</source>
        <translation>Permission to assign roles</translation>
    </message>
    <message>
        <source>Services in the region</source>
        <translation>Services in the region</translation>
    </message>
    <message>
        <source>Storage account name</source>
        <translation>Storage account name</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blocking</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Not registered in the subscription: %1.</source>
        <translation>Not registered in the subscription: %1.</translation>
    </message>
    <message>
        <source>Still registering: %1. Check again in a few minutes.</source>
        <translation>Still registering: %1. Check again in a few minutes.</translation>
    </message>
    <message>
        <source>Every resource provider the deployment needs is registered.</source>
        <translation>Every resource provider the deployment needs is registered.</translation>
    </message>
    <message>
        <source>You hold %1 at %2, so you may create the deployment&apos;s role assignments.</source>
        <translation>You hold %1 at %2, so you may create the deployment&apos;s role assignments.</translation>
    </message>
    <message>
        <source>You may not create role assignments (your roles: %1); the steps %2 need Owner, User Access Administrator or Role Based Access Control Administrator on the subscription or the resource group.</source>
        <translation>You may not create role assignments (your roles: %1); the steps %2 need Owner, User Access Administrator or Role Based Access Control Administrator on the subscription or the resource group.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 does not offer: %2.</source>
        <translation>%1 does not offer: %2.</translation>
    </message>
    <message>
        <source>AKS has no availability zone %2 in %1.</source>
        <translation>AKS has no availability zone %2 in %1.</translation>
    </message>
    <message>
        <source>%1 offers Azure Managed Grafana, Azure Monitor workspaces, Log Analytics and AKS in the chosen zones.</source>
        <translation>%1 offers Azure Managed Grafana, Azure Monitor workspaces, Log Analytics and AKS in the chosen zones.</translation>
    </message>
    <message>
        <source>The storage account name %1 is taken by another account.</source>
        <translation>The storage account name %1 is taken by another account.</translation>
    </message>
    <message>
        <source>%1 is not a valid storage account name.</source>
        <translation>%1 is not a valid storage account name.</translation>
    </message>
    <message>
        <source>The storage account name %1 is free, or already the deployment&apos;s own.</source>
        <translation>The storage account name %1 is free, or already the deployment&apos;s own.</translation>
    </message>
    <message>
        <source>Check the sign-in and the network, then check again.</source>
        <translation>Check the sign-in and the network, then check again.</translation>
    </message>
    <message>
        <source>Choose a version with standard support unless you want the preview.</source>
        <translation>Choose a version with standard support unless you want the preview.</translation>
    </message>
    <message>
        <source>Choose Kubernetes %1 (the region&apos;s default), or the Premium tier with long-term support.</source>
        <translation>Choose Kubernetes %1 (the region&apos;s default), or the Premium tier with long-term support.</translation>
    </message>
    <message>
        <source>Ask for more %1 vCPUs in %2: %3</source>
        <translation>Ask for more %1 vCPUs in %2: %3</translation>
    </message>
    <message>
        <source>Choose another VM size, other zones or another region.</source>
        <translation>Choose another VM size, other zones or another region.</translation>
    </message>
    <message>
        <source>Ask an Owner of the subscription to grant you User Access Administrator (or Role Based Access Control Administrator) on the subscription or the resource group.</source>
        <translation>Ask an Owner of the subscription to grant you User Access Administrator (or Role Based Access Control Administrator) on the subscription or the resource group.</translation>
    </message>
    <message>
        <source>Choose another region.</source>
        <translation>Choose another region.</translation>
    </message>
    <message>
        <source>Choose another storage account name.</source>
        <translation>Choose another storage account name.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
    <message>
        <source>%1 (zones %2)</source>
        <translation>%1 (zones %2)</translation>
    </message>
    <message>
        <source>Kubernetes %1 is not offered in %2 (it is out of support on AKS); the region&apos;s default is %3.</source>
        <translation>Kubernetes %1 is not offered in %2 (it is out of support on AKS); the region&apos;s default is %3.</translation>
    </message>
    <message>
        <source>Kubernetes %1 is only a preview in %2.</source>
        <translation>Kubernetes %1 is only a preview in %2.</translation>
    </message>
    <message>
        <source>Kubernetes %1 is offered in %2 only with long-term support, which needs the Premium tier and the AKSLongTermSupport plan; the region&apos;s default is %3.</source>
        <translation>Kubernetes %1 is offered in %2 only with long-term support, which needs the Premium tier and the AKSLongTermSupport plan; the region&apos;s default is %3.</translation>
    </message>
    <message>
        <source>Kubernetes %1 is offered in %2.</source>
        <translation>Kubernetes %1 is offered in %2.</translation>
    </message>
    <message>
        <source>The vCPUs of %1 are not known in this region, so the quota could not be checked.</source>
        <translation>The vCPUs of %1 are not known in this region, so the quota could not be checked.</translation>
    </message>
    <message>
        <source>%1 (%2) in %3: %4 of %5 vCPUs free</source>
        <translation>%1 (%2) in %3: %4 of %5 vCPUs free</translation>
    </message>
    <message>
        <source>creating the node pools needs %1.</source>
        <translation>creating the node pools needs %1.</translation>
    </message>
    <message>
        <source>enough to create the node pools (%1), not for the autoscaler&apos;s maximum plus one upgrade node per pool (%2).</source>
        <translation>enough to create the node pools (%1), not for the autoscaler&apos;s maximum plus one upgrade node per pool (%2).</translation>
    </message>
    <message>
        <source>the node pools need %1, up to %2 when they scale.</source>
        <translation>the node pools need %1, up to %2 when they scale.</translation>
    </message>
    <message>
        <source>Not offered in %1: %2.</source>
        <translation>Not offered in %1: %2.</translation>
    </message>
    <message>
        <source>Not offered in every chosen zone of %1: %2.</source>
        <translation>Not offered in every chosen zone of %1: %2.</translation>
    </message>
    <message>
        <source>Restricted for this subscription in %1: %2.</source>
        <translation>Restricted for this subscription in %1: %2.</translation>
    </message>
    <message>
        <source>%1 offered in every chosen zone of %2.</source>
        <translation>%1 offered in every chosen zone of %2.</translation>
    </message>
    <message>
        <source>Could not check: az did not answer in time.</source>
        <translation>Could not check: az did not answer in time.</translation>
    </message>
    <message>
        <source>Could not check: az answered something unexpected.</source>
        <translation>Could not check: az answered something unexpected.</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>Could not check: %1</translation>
    </message>
    <message>
        <source>az failed.</source>
        <translation>az failed.</translation>
    </message>
</context>
<context>
    <name>cnpg::ScriptPreflight</name>
    <message>
        <source>Stopped before creating anything: a readiness check above is blocking. Fix it, or skip that check deliberately with PREFLIGHT_IGNORE=&quot;&lt;check&gt; ...&quot;.</source>
        <translation>Stopped before creating anything: a readiness check above is blocking. Fix it, or skip that check deliberately with PREFLIGHT_IGNORE=&quot;&lt;check&gt; ...&quot;.</translation>
    </message>
    <message>
        <source>The wizard&apos;s readiness checks, read-only: Kubernetes version, VM sizes, vCPU quota, resource providers, services in the region, permission to assign roles and the storage account name.</source>
        <translation>The wizard&apos;s readiness checks, read-only: Kubernetes version, VM sizes, vCPU quota, resource providers, services in the region, permission to assign roles and the storage account name.</translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s default subscription.</source>
        <translation>The Azure CLI&apos;s default subscription.</translation>
    </message>
</context>
<context>
    <name>cnpg::ReadinessPanel</name>
    <message>
        <source>Readiness in Azure</source>
        <translation>Readiness in Azure</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Finding and fix</source>
        <translation>Finding and fix</translation>
    </message>
    <message>
        <source>Readiness checks</source>
        <translation>Readiness checks</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Check a&amp;gain</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Registering…</translation>
    </message>
    <message>
        <source>&amp;Register the providers</source>
        <translation>&amp;Register the providers</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
    <message>
        <source>Not checked yet: sign in to Azure and complete the settings.</source>
        <translation>Not checked yet: sign in to Azure and complete the settings.</translation>
    </message>
    <message>
        <source>Asking Azure about quota, VM sizes, providers, permissions and the region…</source>
        <translation>Asking Azure about quota, VM sizes, providers, permissions and the region…</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking finding(s): the deployment cannot start until they are fixed.</source>
        <translation>
            <numerusform>%n blocking finding: the deployment cannot start until it is fixed.</numerusform>
            <numerusform>%n blocking findings: the deployment cannot start until they are fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) could not run; the others found nothing blocking.</source>
        <translation>
            <numerusform>%n check could not run; the others found nothing blocking.</numerusform>
            <numerusform>%n checks could not run; the others found nothing blocking.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n warning(s).</source>
        <translation>
            <numerusform>Ready, with %n warning.</numerusform>
            <numerusform>Ready, with %n warnings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: Azure has what the deployment needs.</source>
        <translation>Ready: Azure has what the deployment needs.</translation>
    </message>
</context>
<context>
    <name>cnpg::Journal</name>
    <message>
        <source>not a journal: its top level is not a JSON object</source>
        <translation>not a journal: its top level is not a JSON object</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, a device or a folder)</source>
        <translation>not a regular file (a pipe, a device or a folder)</translation>
    </message>
    <message>
        <source>larger than %1 MiB; not a journal</source>
        <translation>larger than %1 MiB; not a journal</translation>
    </message>
</context>
<context>
    <name>cnpg::CostFigure</name>
    <message>
        <source>current prices</source>
        <translation>current prices</translation>
    </message>
    <message>
        <source>cached prices</source>
        <translation>cached prices</translation>
    </message>
    <message>
        <source>shipped prices</source>
        <translation>shipped prices</translation>
    </message>
    <message>
        <source>no prices</source>
        <translation>no prices</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated cost:&lt;/b&gt; %1 (%2) with %3 to %4 nodes; %5 of %6.</source>
        <translation>&lt;b&gt;Estimated cost:&lt;/b&gt; %1 (%2) with %3 to %4 nodes; %5 of %6.</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Estimated cost</translation>
    </message>
</context>
<context>
    <name>cnpg::CostPanel</name>
    <message>
        <source>C&amp;urrency:</source>
        <translation>C&amp;urrency:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Per month (min–max)</source>
        <translation>Per month (min–max)</translation>
    </message>
    <message>
        <source>Estimated cost per line</source>
        <translation>Estimated cost per line</translation>
    </message>
    <message>
        <source>Assumed &amp;logs per month:</source>
        <translation>Assumed &amp;logs per month:</translation>
    </message>
    <message>
        <source>Assumed &amp;backups stored:</source>
        <translation>Assumed &amp;backups stored:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), from %3 to %4 nodes</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), from %3 to %4 nodes</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>no price</translation>
    </message>
    <message>
        <source>Depends on usage: priced at the assumption below.</source>
        <translation>Depends on usage: priced at the assumption below.</translation>
    </message>
</context>
<context>
    <name>cnpg::CostText</name>
    <message>
        <source>USD</source>
        <comment>The currency of cost estimates in this language (an ISO 4217 code).</comment>
        <translation>USD</translation>
    </message>
    <message>
        <source>System node pool VMs</source>
        <translation>System node pool VMs</translation>
    </message>
    <message>
        <source>User node pool VMs</source>
        <translation>User node pool VMs</translation>
    </message>
    <message>
        <source>System node OS disks</source>
        <translation>System node OS disks</translation>
    </message>
    <message>
        <source>User node OS disks</source>
        <translation>User node OS disks</translation>
    </message>
    <message>
        <source>AKS pricing tier</source>
        <translation>AKS pricing tier</translation>
    </message>
    <message>
        <source>Standard static public IPs</source>
        <translation>Standard static public IPs</translation>
    </message>
    <message>
        <source>Azure Managed Grafana Standard</source>
        <translation>Azure Managed Grafana Standard</translation>
    </message>
    <message>
        <source>Grafana zone redundancy</source>
        <translation>Grafana zone redundancy</translation>
    </message>
    <message>
        <source>Grafana active users</source>
        <translation>Grafana active users</translation>
    </message>
    <message>
        <source>Log Analytics ingestion</source>
        <translation>Log Analytics ingestion</translation>
    </message>
    <message>
        <source>Managed Prometheus metrics ingestion</source>
        <translation>Managed Prometheus metrics ingestion</translation>
    </message>
    <message>
        <source>Backup blob storage</source>
        <translation>Backup blob storage</translation>
    </message>
    <message>
        <source>Backup blob write operations</source>
        <translation>Backup blob write operations</translation>
    </message>
    <message>
        <source>Ephemeral (included in the VM price)</source>
        <translation>Ephemeral (included in the VM price)</translation>
    </message>
    <message>
        <source>%1 managed (assumed for an unknown size)</source>
        <translation>%1 managed (assumed for an unknown size)</translation>
    </message>
    <message>
        <source>%1 managed</source>
        <translation>%1 managed</translation>
    </message>
    <message>
        <source>free (no fee)</source>
        <translation>free (no fee)</translation>
    </message>
    <message>
        <source>the guide's address and AKS's outbound address</source>
        <translation>the guide's address and AKS's outbound address</translation>
    </message>
    <message>
        <source>X1: 2 standard units</source>
        <translation>X1: 2 standard units</translation>
    </message>
    <message>
        <source>%1 a month (assumed)</source>
        <translation>%1 a month (assumed)</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 per month</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 per hour</translation>
    </message>
    <message>
        <source>Prices from the Azure Retail Prices API, fetched %1.</source>
        <translation>Prices from the Azure Retail Prices API, fetched %1.</translation>
    </message>
    <message>
        <source>Prices from the Azure Retail Prices API as of %1 (cached).</source>
        <translation>Prices from the Azure Retail Prices API as of %1 (cached).</translation>
    </message>
    <message>
        <source>Prices from the table shipped with this version, as of %1; they may have changed since.</source>
        <translation>Prices from the table shipped with this version, as of %1; they may have changed since.</translation>
    </message>
    <message>
        <source>No prices available.</source>
        <translation>No prices available.</translation>
    </message>
    <message>
        <source>The table has no prices for %1; those of %2 stand in.</source>
        <translation>The table has no prices for %1; those of %2 stand in.</translation>
    </message>
    <message>
        <source>Fresh prices could not be fetched: %1.</source>
        <translation>Fresh prices could not be fetched: %1.</translation>
    </message>
    <message>
        <source>The price list was not asked (offline).</source>
        <translation>The price list was not asked (offline).</translation>
    </message>
    <message>
        <source>Fetching current prices…</source>
        <translation>Fetching current prices…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) without a price are left out of the totals.</source>
        <translation>
            <numerusform>%n line without a price is left out of the totals.</numerusform>
            <numerusform>%n lines without a price are left out of the totals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Usage assumed per month: %1 GB of logs, %2 million metric samples, %3 GB of backups with %4 thousand writes, %n Grafana user(s).</source>
        <translation>
            <numerusform>Usage assumed per month: %1 GB of logs, %2 million metric samples, %3 GB of backups with %4 thousand writes, %n Grafana user.</numerusform>
            <numerusform>Usage assumed per month: %1 GB of logs, %2 million metric samples, %3 GB of backups with %4 thousand writes, %n Grafana users.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not included: data transfer, the load balancer's rules, PostgreSQL's data disks, taxes, and discounts of your agreement.</source>
        <translation>Not included: data transfer, the load balancer's rules, PostgreSQL's data disks, taxes, and discounts of your agreement.</translation>
    </message>
    <message>
        <source>Estimated cost in %1 (%2), %3 hours a month; node pools at their minimum (system %4, user %5) and maximum (system %6, user %7) node counts.</source>
        <translation>Estimated cost in %1 (%2), %3 hours a month; node pools at their minimum (system %4, user %5) and maximum (system %6, user %7) node counts.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Per hour (min–max)</source>
        <translation>Per hour (min–max)</translation>
    </message>
    <message>
        <source>Per month (min–max)</source>
        <translation>Per month (min–max)</translation>
    </message>
    <message>
        <source>depends on usage</source>
        <translation>depends on usage</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>no price</translation>
    </message>
    <message>
        <source>Total: %1 (%2 for the resources billed by the hour).</source>
        <translation>Total: %1 (%2 for the resources billed by the hour).</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>unknown date</translation>
    </message>
    <message>
        <source>no connection to prices.azure.com</source>
        <translation>no connection to prices.azure.com</translation>
    </message>
    <message>
        <source>prices.azure.com did not answer in time</source>
        <translation>prices.azure.com did not answer in time</translation>
    </message>
    <message>
        <source>prices.azure.com asked to wait (too many requests)</source>
        <translation>prices.azure.com asked to wait (too many requests)</translation>
    </message>
    <message>
        <source>prices.azure.com had a server error</source>
        <translation>prices.azure.com had a server error</translation>
    </message>
    <message>
        <source>prices.azure.com refused the request</source>
        <translation>prices.azure.com refused the request</translation>
    </message>
    <message>
        <source>prices.azure.com sent a page that is not a price list</source>
        <translation>prices.azure.com sent a page that is not a price list</translation>
    </message>
    <message>
        <source>prices.azure.com sent too many pages</source>
        <translation>prices.azure.com sent too many pages</translation>
    </message>
    <message>
        <source>prices.azure.com linked to another site</source>
        <translation>prices.azure.com linked to another site</translation>
    </message>
</context>
<context>
    <name>cnpg::EstimateCommand</name>
    <message>
        <source>--usage needs NAME=NUMBER with a number of at least 0, not %1.</source>
        <translation>--usage needs NAME=NUMBER with a number of at least 0, not %1.</translation>
    </message>
    <message>
        <source>Unknown --usage name: %1 (known: %2).</source>
        <translation>Unknown --usage name: %1 (known: %2).</translation>
    </message>
    <message>
        <source>Unknown currency: %1 (known: %2).</source>
        <translation>Unknown currency: %1 (known: %2).</translation>
    </message>
</context>
<context>
    <name>cnpg::ConnectionPanel</name>
    <message>
        <source>Read and write (the primary):</source>
        <translation>Read and write (the primary):</translation>
    </message>
    <message>
        <source>Read only (the standbys):</source>
        <translation>Read only (the standbys):</translation>
    </message>
    <message>
        <source>Promotes a standby to primary, as the validation guide&apos;s failover test does; the former primary rejoins as a standby.</source>
        <translation>Promotes a standby to primary, as the validation guide&apos;s failover test does; the former primary rejoins as a standby.</translation>
    </message>
    <message>
        <source>Looking for a standby to promote…</source>
        <translation>Looking for a standby to promote…</translation>
    </message>
    <message>
        <source>Promoting %1 (the primary was %2)…</source>
        <translation>Promoting %1 (the primary was %2)…</translation>
    </message>
    <message>
        <source>The new primary is %1 (it was %2).</source>
        <translation>The new primary is %1 (it was %2).</translation>
    </message>
    <message>
        <source>The cluster has no ready standby to promote.</source>
        <translation>The cluster has no ready standby to promote.</translation>
    </message>
    <message>
        <source>%1 was promoted, but the cluster has not reported it as its primary yet; check with kubectl cnpg status.</source>
        <translation>%1 was promoted, but the cluster has not reported it as its primary yet; check with kubectl cnpg status.</translation>
    </message>
    <message>
        <source>The cluster does not report a primary.</source>
        <translation>The cluster does not report a primary.</translation>
    </message>
    <message>
        <source>The failover test failed: %1</source>
        <translation>The failover test failed: %1</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Public IP address</source>
        <translation>Public IP address</translation>
    </message>
    <message>
        <source>Read-write port</source>
        <translation>Read-write port</translation>
    </message>
    <message>
        <source>Read-only port</source>
        <translation>Read-only port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>Could not read the secret: %1</source>
        <translation>Could not read the secret: %1</translation>
    </message>
    <message>
        <source>The secret holds no readable password.</source>
        <translation>The secret holds no readable password.</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>Hi&amp;de</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Test failover</source>
        <translation>&amp;Test failover</translation>
    </message>
    <message>
        <source>Commands to connect with psql</source>
        <translation>Commands to connect with psql</translation>
    </message>
</context>
<context>
    <name>cnpg::TeardownScript</name>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Nothing was deleted. Move them to another resource group first, or set DELETE_FOREIGN=yes.</source>
        <translation>Nothing was deleted. Move them to another resource group first, or set DELETE_FOREIGN=yes.</translation>
    </message>
    <message>
        <source>Set CONFIRM_RESOURCE_GROUP to the resource group&apos;s name when no terminal can ask for it; nothing was deleted.</source>
        <translation>Set CONFIRM_RESOURCE_GROUP to the resource group&apos;s name when no terminal can ask for it; nothing was deleted.</translation>
    </message>
    <message>
        <source>That is not the resource group&apos;s name; nothing was deleted.</source>
        <translation>That is not the resource group&apos;s name; nothing was deleted.</translation>
    </message>
    <message>
        <source>The resources above are not this deployment&apos;s: it did not create them. Deleting the resource group deletes them too.</source>
        <translation>The resources above are not this deployment&apos;s: it did not create them. Deleting the resource group deletes them too.</translation>
    </message>
    <message>
        <source>This deletes the resource group %1 and everything in it, and with the AKS cluster its node resource group %2. Nothing else is deleted.</source>
        <translation>This deletes the resource group %1 and everything in it, and with the AKS cluster its node resource group %2. Nothing else is deleted.</translation>
    </message>
    <message>
        <source>Type the resource group&apos;s name to delete it: </source>
        <translation>Type the resource group&apos;s name to delete it: </translation>
    </message>
    <message>
        <source>Type their number to delete them too: </source>
        <translation>Type their number to delete them too: </translation>
    </message>
    <message>
        <source>What the resource group holds that this deployment did not make.</source>
        <translation>What the resource group holds that this deployment did not make.</translation>
    </message>
</context>
<context>
    <name>cnpg::DeploymentsDialog</name>
    <message>
        <source>Asking Azure what of %1 still exists…</source>
        <translation>Asking Azure what of %1 still exists…</translation>
    </message>
    <message>
        <source>Azure could not list everything: %1</source>
        <translation>Azure could not list everything: %1</translation>
    </message>
    <message>
        <source>Bash scripts (*.sh)</source>
        <translation>Bash scripts (*.sh)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Check asks Azure what still exists.</source>
        <translation>Check asks Azure what still exists.</translation>
    </message>
    <message>
        <source>Check what exists</source>
        <translation>Check what exists</translation>
    </message>
    <message numerus="yes">
        <source>Checked live: %n resource(s) of the deployment&apos;s groups exist.</source>
        <translation>
            <numerusform>Checked live: %n resource of the deployment&apos;s groups exist.</numerusform>
            <numerusform>Checked live: %n resources of the deployment&apos;s groups exist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <source>Export script</source>
        <translation>Export script</translation>
    </message>
    <message>
        <source>Export script…</source>
        <translation>Export script…</translation>
    </message>
    <message>
        <source>Export teardown script</source>
        <translation>Export teardown script</translation>
    </message>
    <message>
        <source>Export teardown script…</source>
        <translation>Export teardown script…</translation>
    </message>
    <message>
        <source>In Azure now</source>
        <translation>In Azure now</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Last run</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No deployments yet: a deployment appears here once it has started.</source>
        <translation>No deployments yet: a deployment appears here once it has started.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Resource group</translation>
    </message>
    <message>
        <source>Resources of %1, from its journal:</source>
        <translation>Resources of %1, from its journal:</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Steps done</translation>
    </message>
    <message>
        <source>Tear down…</source>
        <translation>Tear down…</translation>
    </message>
    <message>
        <source>Teardown</source>
        <translation>Teardown</translation>
    </message>
    <message>
        <source>The journal cannot tell: %1</source>
        <translation>The journal cannot tell: %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>exists</translation>
    </message>
    <message>
        <source>exists (made by Azure for the deployment)</source>
        <translation>exists (made by Azure for the deployment)</translation>
    </message>
    <message>
        <source>exists (not made by this deployment)</source>
        <translation>exists (not made by this deployment)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>gone</translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation>running or interrupted</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>the journal records no settings</source>
        <translation>the journal records no settings</translation>
    </message>
    <message>
        <source>torn down</source>
        <translation>torn down</translation>
    </message>
    <message>
        <source>unreadable journal: %1</source>
        <translation>unreadable journal: %1</translation>
    </message>
    <message>
        <source>not listed by Azure</source>
        <translation>not listed by Azure</translation>
    </message>
    <message>
        <source>inside the cluster</source>
        <translation>inside the cluster</translation>
    </message>
    <message>
        <source>A deployment in Azure: check, resume and tear it down against Azure. The wizard works in simulation now.</source>
        <translation>A deployment in Azure: check, resume and tear it down against Azure. The wizard works in simulation now.</translation>
    </message>
    <message>
        <source>A simulated deployment: check, resume and tear it down in simulation mode. The wizard works against Azure now.</source>
        <translation>A simulated deployment: check, resume and tear it down in simulation mode. The wizard works against Azure now.</translation>
    </message>
</context>
<context>
    <name>cnpg::TeardownDialog</name>
    <message numerus="yes">
        <source>%n of them not made by this deployment (marked): they go too only when you tick the box above.</source>
        <translation>
            <numerusform>%n of them not made by this deployment (marked): it goes too only when you tick the box above.</numerusform>
            <numerusform>%n of them not made by this deployment (marked): they go too only when you tick the box above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) will be deleted.</source>
        <translation>
            <numerusform>%n resource will be deleted.</numerusform>
            <numerusform>%n resources will be deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>A step failed: its row shows the tool&apos;s error.</source>
        <translation>A step failed: its row shows the tool&apos;s error.</translation>
    </message>
    <message numerus="yes">
        <source>Also delete the %n resource(s) marked as not made by this deployment</source>
        <translation>
            <numerusform>Also delete the %n resource marked as not made by this deployment</numerusform>
            <numerusform>Also delete the %n resources marked as not made by this deployment</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure is deleting %1. Elapsed %2, about %3 left. Stop waiting leaves Azure deleting.</source>
        <translation>Azure is deleting %1. Elapsed %2, about %3 left. Stop waiting leaves Azure deleting.</translation>
    </message>
    <message>
        <source>Azure lists nothing in either resource group: they are gone already, or empty. The teardown makes sure of it.</source>
        <translation>Azure lists nothing in either resource group: they are gone already, or empty. The teardown makes sure of it.</translation>
    </message>
    <message>
        <source>Cannot list what the teardown would delete; nothing was deleted: %1</source>
        <translation>Cannot list what the teardown would delete; nothing was deleted: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the Log Analytics workspace %1 for good (purge)</source>
        <translation>Delete the Log Analytics workspace %1 for good (purge)</translation>
    </message>
    <message>
        <source>Listing what the teardown deletes…</source>
        <translation>Listing what the teardown deletes…</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Made by</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Resource group</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Stop waiting</translation>
    </message>
    <message>
        <source>Stop waiting and close</source>
        <translation>Stop waiting and close</translation>
    </message>
    <message>
        <source>Stopped waiting. Azure goes on deleting what it was asked to; Resume follows it again.</source>
        <translation>Stopped waiting. Azure goes on deleting what it was asked to; Resume follows it again.</translation>
    </message>
    <message>
        <source>Tear down %1</source>
        <translation>Tear down %1</translation>
    </message>
    <message>
        <source>The teardown deletes the resource group %1 with everything in it, and the AKS node resource group %2 with the cluster; nothing else in the subscription. Azure lists now:</source>
        <translation>The teardown deletes the resource group %1 with everything in it, and the AKS node resource group %2 with the cluster; nothing else in the subscription. Azure lists now:</translation>
    </message>
    <message>
        <source>The teardown failed. %1</source>
        <translation>The teardown failed. %1</translation>
    </message>
    <message>
        <source>The teardown finished: the resource groups are gone.</source>
        <translation>The teardown finished: the resource groups are gone.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Type the resource group&apos;s name, %1, to confirm the deletion:</source>
        <translation>Type the resource group&apos;s name, %1, to confirm the deletion:</translation>
    </message>
    <message>
        <source>Without purge, Azure keeps the workspace soft-deleted for 14 days: deploying the same settings again brings it back with its data, and no other resource group can use the name meanwhile. Purged, its logs are gone and cannot be recovered.</source>
        <translation>Without purge, Azure keeps the workspace soft-deleted for 14 days: deploying the same settings again brings it back with its data, and no other resource group can use the name meanwhile. Purged, its logs are gone and cannot be recovered.</translation>
    </message>
    <message>
        <source>not made by this deployment</source>
        <translation>not made by this deployment</translation>
    </message>
    <message>
        <source>this deployment&apos;s</source>
        <translation>this deployment&apos;s</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>deleted after %1</source>
        <translation>deleted after %1</translation>
    </message>
    <message>
        <source>deleting…</source>
        <translation>deleting…</translation>
    </message>
    <message>
        <source>kubeconfig cluster</source>
        <translation>kubeconfig cluster</translation>
    </message>
    <message>
        <source>kubeconfig context</source>
        <translation>kubeconfig context</translation>
    </message>
    <message>
        <source>kubeconfig user</source>
        <translation>kubeconfig user</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>this machine</translation>
    </message>
</context>
<context>
    <name>cnpg::TerminalView</name>
    <message>
        <source>about %1 left</source>
        <translation>about %1 left</translation>
    </message>
</context>
<context>
    <name>cnpg::TimelineChart</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) done in an earlier run are not drawn.</source>
        <translation>
            <numerusform>%n step done in an earlier run are not drawn.</numerusform>
            <numerusform>%n steps done in an earlier run are not drawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Critical path: %n step(s), %1.</source>
        <translation>
            <numerusform>Critical path: %n step, %1.</numerusform>
            <numerusform>Critical path: %n steps, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>On the critical path</source>
        <translation>On the critical path</translation>
    </message>
    <message>
        <source>Ran from %1 to %2: %3</source>
        <translation>Ran from %1 to %2: %3</translation>
    </message>
    <message>
        <source>This run so far: %1. Its steps one after another, in the guide&apos;s order: %2 (%3 times as long).</source>
        <translation>This run so far: %1. Its steps one after another, in the guide&apos;s order: %2 (%3 times as long).</translation>
    </message>
    <message>
        <source>This run took %1. Its steps one after another, in the guide&apos;s order, would have taken %2 (%3 times as long).</source>
        <translation>This run took %1. Its steps one after another, in the guide&apos;s order, would have taken %2 (%3 times as long).</translation>
    </message>
    <message>
        <source>Waited from %1</source>
        <translation>Waited from %1</translation>
    </message>
    <message>
        <source>critical path</source>
        <translation>critical path</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>pause before a retry</source>
        <translation>pause before a retry</translation>
    </message>
    <message>
        <source>remedy branch</source>
        <translation>remedy branch</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
</context>
<context>
    <name>cnpg::TimelineView</name>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Export &amp;PNG…</translation>
    </message>
    <message>
        <source>Export S&amp;VG…</source>
        <translation>Export S&amp;VG…</translation>
    </message>
    <message>
        <source>The timeline appears once the deployment runs.</source>
        <translation>The timeline appears once the deployment runs.</translation>
    </message>
    <message>
        <source>The timeline as a scalable drawing</source>
        <translation>The timeline as a scalable drawing</translation>
    </message>
    <message>
        <source>The timeline as an image, at twice the screen&apos;s resolution</source>
        <translation>The timeline as an image, at twice the screen&apos;s resolution</translation>
    </message>
    <message>
        <source>Timeline of the deployment</source>
        <translation>Timeline of the deployment</translation>
    </message>
</context>
<context>
    <name>cnpg::RunReport</name>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <source>Built in: downloads krew %1 from its release, checks the archive against KREW_SHA256 and installs it, as the guide&apos;s installer does.</source>
        <translation>Built in: downloads krew %1 from its release, checks the archive against KREW_SHA256 and installs it, as the guide&apos;s installer does.</translation>
    </message>
    <message>
        <source>Connect to the database</source>
        <translation>Connect to the database</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Deployment report</source>
        <translation>Deployment report</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Each step with the command the exported script runs for it, with this run&apos;s values (without the script&apos;s retry helper).</source>
        <translation>Each step with the command the exported script runs for it, with this run&apos;s values (without the script&apos;s retry helper).</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <source>Expected answer: %1</source>
        <translation>Expected answer: %1</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Outputs</translation>
    </message>
    <message>
        <source>PostgreSQL with the CloudNativePG operator on AKS, as the wizard ran it.</source>
        <translation>PostgreSQL with the CloudNativePG operator on AKS, as the wizard ran it.</translation>
    </message>
    <message>
        <source>Read and write (the primary):</source>
        <translation>Read and write (the primary):</translation>
    </message>
    <message>
        <source>Read only (the standbys):</source>
        <translation>Read only (the standbys):</translation>
    </message>
    <message>
        <source>Read-only port (the standbys)</source>
        <translation>Read-only port (the standbys)</translation>
    </message>
    <message>
        <source>Read-write port (the primary)</source>
        <translation>Read-write port (the primary)</translation>
    </message>
    <message>
        <source>Readiness checks</source>
        <translation>Readiness checks</translation>
    </message>
    <message>
        <source>Reads a manifest on its standard input: the exported script gives it as a heredoc after the command.</source>
        <translation>Reads a manifest on its standard input: the exported script gives it as a heredoc after the command.</translation>
    </message>
    <message>
        <source>Reads the password on its standard input, drawn when the step runs (the script pipes openssl rand into it): it is in no file, this one included.</source>
        <translation>Reads the password on its standard input, drawn when the step runs (the script pipes openssl rand into it): it is in no file, this one included.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Resource group</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>The deployment has not run.</source>
        <translation>The deployment has not run.</translation>
    </message>
    <message>
        <source>The password is not in this report: Show on the Done page reads it from the cluster&apos;s secret %1, or psql asks for it.</source>
        <translation>The password is not in this report: Show on the Done page reads it from the cluster&apos;s secret %1, or psql asks for it.</translation>
    </message>
    <message>
        <source>The tool&apos;s error:</source>
        <translation>The tool&apos;s error:</translation>
    </message>
    <message>
        <source>Then waits until it is gone.</source>
        <translation>Then waits until it is gone.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Wall time</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>What to do:</translation>
    </message>
    <message>
        <source>When each step ran, from the start of the run to its end.</source>
        <translation>When each step ran, from the start of the run to its end.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>simulation (nothing was created in Azure)</source>
        <translation>simulation (nothing was created in Azure)</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
</context>
</TS>
