#!/usr/bin/env bash
# A stand-in for az, kubectl and helm (symlinked under those names) for the export tests.
# It records every invocation's argv as one JSON array per line in $STANDIN_LOG (with jq, so
# that any byte of an argument survives), remembers what was created as files under
# $STANDIN_STATE, and answers the probes the exported script makes. It knows nothing of Azure
# beyond that: the simulator (sim/) is the faithful one.
set -euo pipefail
tool=$(basename "$0")
: "${STANDIN_LOG:?}" "${STANDIN_STATE:?}"
# NUL-separated, with an end mark (jq drops a trailing NUL); jq's --args would read "--name" as
# its own option.
{ printf '%s\0' "$tool" "$@"; printf 'END'; } | jq -cRs 'split("\u0000")[:-1]' >>"$STANDIN_LOG"
mkdir -p "$STANDIN_STATE"
# STANDIN_FAIL_ONCE="<first words>=<message>" fails the first matching call with that message.
if [ -n "${STANDIN_FAIL_ONCE:-}" ] && [ ! -e "$STANDIN_STATE/failed-once" ] \
    && [[ "$tool $*" == "${STANDIN_FAIL_ONCE%%=*}"* ]]; then
    touch "$STANDIN_STATE/failed-once"
    printf '%s\n' "${STANDIN_FAIL_ONCE#*=}" >&2
    exit 1
fi
# STANDIN_FAIL_ALWAYS="<first words>=<message>" fails every matching call that way.
if [ -n "${STANDIN_FAIL_ALWAYS:-}" ] && [[ "$tool $*" == "${STANDIN_FAIL_ALWAYS%%=*}"* ]]; then
    printf '%s\n' "${STANDIN_FAIL_ALWAYS#*=}" >&2
    exit 1
fi

# The value after a flag (--name X), or after --flag=X.
flag() {
    local want=$1 prev="" a
    for a in "${ARGS[@]}"; do
        if [ "$prev" = "$want" ]; then printf '%s' "$a"; return 0; fi
        case "$a" in "$want="*) printf '%s' "${a#*=}"; return 0 ;; esac
        prev=$a
    done
    return 1
}
ARGS=("$@")
# A file name for a resource key (any bytes allowed in names, so hash them).
keyfile() { printf '%s' "$*" | sha256sum | cut -c1-32 | sed "s|^|$STANDIN_STATE/|"; }
exists() { [ -e "$(keyfile "$@")" ]; }
remember() { printf '%s\n' "$*" >"$(keyfile "$@")"; }
missing() { printf 'ERROR: (ResourceNotFound) %s was not found.\n' "$1" >&2; exit 3; }
# Prints the value the --query asks for.
answer() {
    local id=$1 name=$2
    case "$(flag --query || true)" in
        id|'[0].id') printf '%s\n' "$id" ;;
        properties.provisioningState|provisioningState) echo Succeeded ;;
        ipAddress) echo 203.0.113.99 ;;
        nodeResourceGroup) cat "$(keyfile aks-noderg "$name")" ;;
        addonProfiles.omsagent.enabled) if exists insights "$name"; then echo true; else echo false; fi ;;
        exists) echo true ;;
        addonProfiles) echo '{"omsagent": {"enabled": true}}' ;;
        oidcIssuerProfile.issuerUrl) printf 'https://westus3.oic.prod-aks.azure.com/tenant/%s/\n' "$name" ;;
        *) jq -cn --arg id "$id" --arg name "$name" \
               '{id: $id, name: $name, principalId: ("p-" + $name), clientId: ("c-" + $name)}' ;;
    esac
}
sub=/subscriptions/00000000-0000-0000-0000-000000000000

case "$tool" in
az)
    verb="${1:-} ${2:-} ${3:-}"
    case "$verb" in
        "extension add"*) exit 0 ;;
        "ad signed-in-user"*) echo user-object-id; exit 0 ;;
        # The read-only queries of the script's preflight, in the shapes az prints. Knobs:
        # STANDIN_CORES_LIMIT (regional vCPUs), STANDIN_UNREGISTERED (a provider namespace),
        # STANDIN_ROLE (the user's role on the subscription), STANDIN_K8S_PLANS (the support
        # plans of every version, JSON), STANDIN_ZONES (the sizes' zones, JSON),
        # STANDIN_NAME_TAKEN=1 (the storage account name is someone else's),
        # STANDIN_GRAFANA_REGIONS ("East US,West Europe": where Grafana is offered).
        "aks get-versions "*)
            jq -n --argjson plans "${STANDIN_K8S_PLANS:-[\"KubernetesOfficial\",\"AKSLongTermSupport\"]}" \
                '{values: [("1.32", "1.34", "1.35") as $v | {version: $v, isDefault: (if $v == "1.35" then true else null end),
                   isPreview: null, capabilities: {supportPlan: $plans},
                   patchVersions: {($v + ".1"): {upgrades: []}}}]}'
            exit 0 ;;
        "vm list-usage "*)
            jq -n --arg limit "${STANDIN_CORES_LIMIT:-100}" \
                '[{currentValue: "0", limit: $limit, localName: "Total Regional vCPUs", name: {localizedValue: "Total Regional vCPUs", value: "cores"}},
                  {currentValue: "0", limit: "100", localName: "Standard DSv3 Family vCPUs", name: {localizedValue: "Standard DSv3 Family vCPUs", value: "standardDSv3Family"}}]'
            exit 0 ;;
        "vm list-skus "*)
            jq -n --arg size "$(flag --size)" --arg loc "$(flag --location)" --argjson zones "${STANDIN_ZONES:-[\"1\",\"2\",\"3\"]}" \
                '($size | ascii_downcase) as $s | [{name: (if $s == "standard_d2s_v3" then "Standard_D2s_v3" else "Standard_D4s_v3" end),
                   family: "standardDSv3Family", resourceType: "virtualMachines",
                   capabilities: [{name: "vCPUs", value: (if $s == "standard_d2s_v3" then "2" else "4" end)}],
                   locationInfo: [{location: $loc, zones: $zones, zoneDetails: []}], locations: [$loc], restrictions: []}]'
            exit 0 ;;
        "provider show "*)
            ns=$(flag --namespace)
            state=Registered
            [ "$ns" = "${STANDIN_UNREGISTERED:-}" ] && state=NotRegistered
            jq -n --arg ns "$ns" --arg state "$state" --arg grafana "${STANDIN_GRAFANA_REGIONS:-}" \
                '{namespace: $ns, registrationState: $state, resourceTypes:
                  (if $ns == "Microsoft.Dashboard" and $grafana != "" then [{resourceType: "grafana", locations: ($grafana | split(","))}] else [] end)}'
            exit 0 ;;
        "role assignment list"*)
            if [[ " $* " == *" --all "* ]]; then
                jq -n --arg role "${STANDIN_ROLE:-Owner}" --arg sub "$sub" \
                    '[{roleDefinitionName: $role, scope: $sub, principalId: "user-object-id", principalType: "User"}]'
                exit 0
            fi ;;
        # Grafana's dashboards, by the instance's name; the script asks for the uid alone.
        "grafana dashboard import")
            remember grafana-dashboard "$(flag --name)"
            echo cloudnative-pg
            exit 0 ;;
        "grafana dashboard list")
            exists grafana-dashboard "$(flag --name)" && echo cloudnative-pg
            exit 0 ;;
        # The base backup's backup.info, once a Backup was applied; the script counts them.
        "storage blob list")
            if [ -n "$(find "$STANDIN_STATE" -name 'applied-*' -exec grep -l '^kind: Backup$' {} +)" ]; then
                echo 1
            else
                echo 0
            fi
            exit 0 ;;
        "storage account check-name")
            if [ -n "${STANDIN_NAME_TAKEN:-}" ]; then
                echo '{"message": "The storage account named x is already taken.", "nameAvailable": false, "reason": "AlreadyExists"}'
            else
                echo '{"message": null, "nameAvailable": true, "reason": null}'
            fi
            exit 0 ;;
    esac
    # Resource kind: the words before the verb; name: --name / --workspace-name.
    words=()
    for a in "$@"; do case "$a" in -*) break ;; *) words+=("$a") ;; esac; done
    action=${words[${#words[@]}-1]}
    kind=${words[*]:0:${#words[@]}-1}
    name=$(flag --name || flag --workspace-name || flag --assignee-object-id || flag --assignee || true)
    rg=$(flag --resource-group || true)
    [ "$kind" = "role assignment" ] && name="$(flag --assignee-object-id || flag --assignee)|$(flag --role)|$(flag --scope)"
    [ "$kind" = "storage container" ] && name="$(flag --account-name)/$name"
    [ "$kind" = "aks nodepool" ] && name="$(flag --cluster-name)/$name"
    id="$sub/resourceGroups/${rg:-none}/providers/${kind// /.}/$name"
    case "$action" in
        create|add)
            if [ "$kind" = "aks" ]; then remember aks-noderg "$name" && printf '%s\n' "$(flag --node-resource-group)" >"$(keyfile aks-noderg "$name")"; remember group "$(flag --node-resource-group)"; fi
            remember "$kind" "$name"
            [ "$kind" = "storage container" ] && { echo '{"created": true}'; exit 0; }
            answer "$id" "$name" ;;
        enable-addons) remember insights "$name" ;;
        get-credentials) remember context "$name" ;;
        show|exists|list)
            if [ "$kind $action" = "storage container exists" ]; then
                if exists "$kind" "$name"; then echo true; else echo false; fi; exit 0
            fi
            if [ "$kind $action" = "role assignment list" ]; then
                [ -n "$(flag --assignee || true)" ] && exists "$kind" "$name" && answer "$id" "$name"
                exit 0
            fi
            # aks show of the add-on profiles etc. only needs the cluster.
            exists "$kind" "$name" || missing "$name"
            answer "$id" "$name" ;;
        *) echo "stand-in az: unsupported: $*" >&2; exit 2 ;;
    esac ;;
kubectl)
    case "${1:-} ${2:-}" in
        "krew version") echo "GitTag v0.4.4" ;;
        "cnpg version") exists plugin cnpg || { echo 'error: unknown command "cnpg" for "kubectl"' >&2; exit 1; }
                        echo "Build: {Version:1.24.1}" ;;
        "krew install") remember plugin "$3"; echo "Installed plugin: $3" ;;
        # The connection test: the primary is not in recovery, a standby (--replica) is.
        "cnpg psql") exists plugin cnpg || { echo 'error: unknown command "cnpg" for "kubectl"' >&2; exit 1; }
                     if [[ " $* " == *" --replica "* ]]; then echo t; else echo f; fi ;;
        "create namespace") exists ns "$3" && { echo "Error from server (AlreadyExists): namespaces \"$3\" already exists" >&2; exit 1; }
                            remember ns "$3"; echo "namespace/$3 created" ;;
        "get namespace") exists ns "$3" || { echo "Error from server (NotFound): namespaces \"$3\" not found" >&2; exit 1; }
                         echo "namespace/$3" ;;
        "get ds"|"get deployment") echo "NAME READY"; echo "${*: -1} 6" ;;
        # A secret's value comes on standard input; only its size is kept (for the tests).
        "create secret") exists secret "$4" && { echo "error: failed to create secret secrets \"$4\" already exists" >&2; exit 1; }
                         remember secret "$4"; wc -c >"$STANDIN_STATE/secret-$4.size"; echo "secret/$4 created" ;;
        "get secret") exists secret "$3" || { echo "Error from server (NotFound): secrets \"$3\" not found" >&2; exit 1; }
                      echo "secret/$3" ;;
        # A manifest: kept as received, its kind and first metadata name remembered.
        "apply "*) n=$(find "$STANDIN_STATE" -name 'applied-*' | wc -l)
                   cat >"$STANDIN_STATE/applied-$n.yaml"
                   kind=$(sed -n 's/^kind: //p' "$STANDIN_STATE/applied-$n.yaml" | head -n 1)
                   name=$(sed -n 's/^  name: //p' "$STANDIN_STATE/applied-$n.yaml" | head -n 1)
                   remember applied "$kind" "$name"; echo "${kind,,}/$name created" ;;
        # The kinds the script applies, by the names its probes use.
        "get clusters.postgresql.cnpg.io"|"get backups.postgresql.cnpg.io"|"get scheduledbackups.postgresql.cnpg.io"|"get services"|"get podmonitors.azmonitoring.coreos.com")
            declare -A kinds=([clusters.postgresql.cnpg.io]=Cluster [backups.postgresql.cnpg.io]=Backup
                              [scheduledbackups.postgresql.cnpg.io]=ScheduledBackup [services]=Service
                              [podmonitors.azmonitoring.coreos.com]=PodMonitor)
            exists applied "${kinds[$2]}" "$3" || { echo "Error from server (NotFound): $2 \"$3\" not found" >&2; exit 1; }
            if [ "$(flag --output || true)" = "jsonpath={.status.backupId}" ]; then echo 20261202T061500; exit 0; fi
            echo "${2%%s.*}/$3" ;;
        "wait "*) echo "${2/clusters./cluster.} condition met" ;;
        *) echo "stand-in kubectl: unsupported: $*" >&2; exit 1 ;;
    esac ;;
helm)
    case "${1:-} ${2:-}" in
        "repo add"|"repo update") exit 0 ;;
        "status "*) exists release "$2" || { echo "Error: release: not found" >&2; exit 1; }; echo "STATUS: deployed" ;;
        "upgrade --install") remember release "$3"; echo "Release \"$3\" has been upgraded." ;;
        *) echo "stand-in helm: unsupported: $*" >&2; exit 1 ;;
    esac ;;
esac
