#include "export/ScriptPreflight.h"

#include "preflight/Readiness.h"
#include "preflight/ReadinessText.h"

#include <QCoreApplication>
#include <QHash>

namespace cnpg {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cnpg::ScriptPreflight", text);
}

// A bash variable's place in a sentence: ReadinessText words the finding, bashText() turns
// the marks into ${name}.
QString mark(const char* variable)
{
    return QChar(0x1) + QString::fromLatin1(variable) + QChar(0x2);
}

// The text as one double-quoted bash word, with the marks expanded and nothing else.
QString bashText(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QChar(0x1)) {
            const qsizetype end = text.indexOf(QChar(0x2), i);
            out += QStringLiteral("${") + text.mid(i + 1, end - i - 1) + QLatin1Char('}');
            i = end;
        } else {
            if (c == QLatin1Char('\\') || c == QLatin1Char('$') || c == QLatin1Char('`') ||
                c == QLatin1Char('"'))
                out += QLatin1Char('\\');
            out += c;
        }
    }
    return out + QLatin1Char('"');
}

Finding sample(CheckId check, Verdict verdict, const QString& code,
               const QList<std::pair<const char*, const char*>>& numbers,
               const QStringList& items = {})
{
    Finding f;
    f.check = check;
    f.verdict = verdict;
    f.code = code;
    for (const auto& [key, variable] : numbers)
        f.numbers.insert(QString::fromLatin1(key), mark(variable));
    f.items = items;
    return f;
}

// preflight_report <check> <verdict> <message>
QString report(const Finding& f)
{
    return QStringLiteral("preflight_report ") + Readiness::checkName(f.check) + QLatin1Char(' ') +
           Readiness::verdictName(f.verdict) + QLatin1Char(' ') + bashText(ReadinessText::line(f));
}

QString notRun(CheckId check)
{
    Finding f;
    f.check = check;
    f.verdict = Verdict::CouldNotRun;
    f.code = finding::AzFailed;
    f.detail = mark("detail");
    return report(f);
}

// The bash, with @NAME@ for each message. preflight_az retries transient errors like the creates
// and prints the first error line on failure; a storage name in use counts as taken by someone else
// only when Azure says the account is not in this resource group (any other error: not checked).
const char* const body = R"BASH(preflight_blocked=0
preflight_report() {
    # <check> <verdict> <message>: a blocking finding stops the script unless PREFLIGHT_IGNORE
    # names its check.
    if [ "$2" = blocking ] && [[ " ${PREFLIGHT_IGNORE:-} " == *" $1 "* ]]; then
        printf '%s (%s)\n' "$3" "PREFLIGHT_IGNORE" >&2
        return 0
    fi
    printf '%s\n' "$3" >&2
    if [ "$2" = blocking ]; then preflight_blocked=1; fi
}
preflight_az() {
    local err
    err=$(mktemp)
    if with_retry 'Throttled|TooManyRequests|InternalServerError' az "$@" 2>"$err"; then
        rm -f "$err"
        return 0
    fi
    grep -v '^Transient error' "$err" | head -n 1
    rm -f "$err"
    return 1
}

preflight() {
    local sub=() out detail region
    @PIN@
    region=$(printf '%s' "${PRIMARY_CLUSTER_REGION}" | tr -d ' ' | tr '[:upper:]' '[:lower:]')

    # Kubernetes version: offered in the region, with standard support unless LTS is chosen.
    local version="${AKS_CLUSTER_VERSION}" minor default entry
    minor=$(cut -d. -f1-2 <<<"${version}")
    if ! out=$(preflight_az aks get-versions --location "${PRIMARY_CLUSTER_REGION}" "${sub[@]}" --output json); then
        detail=$(head -n 1 <<<"${out}")
        @NOTRUN_VERSION@
    else
        default=$(jq -r '[.values[]? | select(.isDefault == true) | .version][0] // empty' <<<"${out}")
        entry=$(jq -c --arg m "${minor}" '[.values[]? | select(.version == $m)][0] // empty' <<<"${out}")
        if [ -z "${entry}" ]; then
            @VERSION_NOT_OFFERED@
        elif jq -e '(.capabilities.supportPlan // []) as $p | ($p | length) > 0 and ($p | index("KubernetesOfficial")) == null' <<<"${entry}" >/dev/null; then
            if [ "${AKS_TIER}" != premium ] || [ "${AKS_SUPPORT_PLAN:-KubernetesOfficial}" != AKSLongTermSupport ]; then
                @VERSION_LTS_ONLY@
            fi
        elif jq -e '.isPreview == true' <<<"${entry}" >/dev/null; then
            @VERSION_PREVIEW@
        fi
    fi

    # VM sizes in every chosen zone, unrestricted; the vCPUs each pool allocates.
    local -A initial=() peak=()
    local pool size min max sku name family vcpus zones restricted z absent limited nodes
    local compute_ok=1
    for pool in "${SYSTEM_NODE_POOL_VMSKU}:${SYSTEM_NODE_POOL_MIN_COUNT}:${SYSTEM_NODE_POOL_MAX_COUNT}" \
        "${USER_NODE_POOL_VMSKU}:${USER_NODE_POOL_MIN_COUNT}:${USER_NODE_POOL_MAX_COUNT}"; do
        IFS=: read -r size min max <<<"${pool}"
        if ! out=$(preflight_az vm list-skus --location "${PRIMARY_CLUSTER_REGION}" --size "${size}" --resource-type virtualMachines --all "${sub[@]}" --output json); then
            detail=$(head -n 1 <<<"${out}")
            @NOTRUN_SIZES@
            compute_ok=0
            continue
        fi
        sku=$(jq -c --arg s "${size}" '[.[]? | select((.name | ascii_downcase) == ($s | ascii_downcase))][0] // empty' <<<"${out}")
        if [ -z "${sku}" ]; then
            name=${size}
            @SIZE_NOT_OFFERED@
            compute_ok=0
            continue
        fi
        name=$(jq -r '.name' <<<"${sku}")
        family=$(jq -r '.family // empty' <<<"${sku}")
        vcpus=$(jq -r '[.capabilities[]? | select(.name == "vCPUs") | .value][0] // "0"' <<<"${sku}")
        zones=" $(jq -r --arg r "${region}" '[.locationInfo[]? | select((.location | ascii_downcase | gsub(" "; "")) == $r) | .zones[]?] | join(" ")' <<<"${sku}") "
        restricted=" $(jq -r '[.restrictions[]? | select(.type == "Zone") | .restrictionInfo.zones[]?] | join(" ")' <<<"${sku}") "
        if [ "$(jq -r '[.restrictions[]? | select(.type != "Zone")] | length' <<<"${sku}")" -gt 0 ]; then
            @SIZE_RESTRICTED_REGION@
        else
            absent=""
            limited=""
            for z in ${AKS_AVAILABILITY_ZONES[@]+"${AKS_AVAILABILITY_ZONES[@]}"}; do
                if [[ "${restricted}" == *" ${z} "* ]]; then
                    limited="${limited:+${limited},}${z}"
                elif [[ "${zones}" != *" ${z} "* ]]; then
                    absent="${absent:+${absent},}${z}"
                fi
            done
            if [ -n "${absent}" ]; then
                @SIZE_MISSING_ZONES@
            fi
            if [ -n "${limited}" ]; then
                @SIZE_RESTRICTED_ZONES@
            fi
        fi
        # az starts an autoscaled pool with 3 nodes unless the range leaves 3 out.
        nodes=${min}
        if [ "${min}" -le 3 ] && [ 3 -le "${max}" ]; then nodes=3; fi
        if [ -z "${family}" ] || [ "${vcpus}" -le 0 ]; then
            compute_ok=0
            continue
        fi
        initial[cores]=$(( ${initial[cores]:-0} + nodes * vcpus ))
        peak[cores]=$(( ${peak[cores]:-0} + (max + 1) * vcpus ))
        initial[${family}]=$(( ${initial[${family}]:-0} + nodes * vcpus ))
        peak[${family}]=$(( ${peak[${family}]:-0} + (max + 1) * vcpus ))
    done

    # vCPU quota: the regional total and each pool's family.
    local label limit used free need most
    if [ "${compute_ok}" = 1 ]; then
        if ! out=$(preflight_az vm list-usage --location "${PRIMARY_CLUSTER_REGION}" "${sub[@]}" --output json); then
            detail=$(head -n 1 <<<"${out}")
            @NOTRUN_QUOTA@
        else
            while read -r name; do
                limit=$(jq -r --arg n "${name}" '[.[]? | select(.name.value == $n)][0].limit // empty' <<<"${out}")
                [ -n "${limit}" ] || continue
                used=$(jq -r --arg n "${name}" '[.[]? | select(.name.value == $n)][0].currentValue' <<<"${out}")
                label=$(jq -r --arg n "${name}" '[.[]? | select(.name.value == $n)][0].localName // $n' <<<"${out}")
                free=$(( limit - used ))
                if [ "${free}" -lt 0 ]; then free=0; fi
                need=${initial[${name}]}
                most=${peak[${name}]}
                if [ "${need}" -gt "${free}" ]; then
                    @QUOTA_SHORT@
                elif [ "${most}" -gt "${free}" ]; then
                    @QUOTA_SHORT_FOR_SCALING@
                fi
            done < <(printf 'cores\n'; printf '%s\n' "${!initial[@]}" | grep -vx cores | sort)
        fi
    fi

    # Resource providers registered; the region offers the plan's services.
    local ns state type unregistered="" missing="" fix="" akszones
    for ns in @PROVIDERS@; do
        if ! out=$(preflight_az provider show --namespace "${ns}" "${sub[@]}" --output json); then
            detail=$(head -n 1 <<<"${out}")
            @NOTRUN_PROVIDERS@
            continue
        fi
        state=$(jq -r '.registrationState' <<<"${out}")
        if [ "${state}" != Registered ]; then
            unregistered="${unregistered:+${unregistered}, }${ns}"
            fix="${fix:+${fix}; }az provider register --namespace ${ns} --wait"
        fi
        case "${ns}" in
            Microsoft.Dashboard) type=grafana ;;
            Microsoft.Monitor) type=accounts ;;
            Microsoft.ContainerService) type=managedclusters ;;
            Microsoft.OperationalInsights) type=workspaces ;;
            *) continue ;;
        esac
        if ! jq -e --arg t "${type}" --arg r "${region}" '[.resourceTypes[]? | select((.resourceType | ascii_downcase) == $t)] as $x | ($x | length) == 0 or ([$x[].locations[]? | ascii_downcase | gsub(" "; "")] | index($r)) != null' <<<"${out}" >/dev/null; then
            missing="${missing:+${missing}, }${ns}/${type}"
        elif [ "${type}" = managedclusters ]; then
            akszones=" $(jq -r --arg r "${region}" '[.resourceTypes[]? | select((.resourceType | ascii_downcase) == "managedclusters") | .zoneMappings[]? | select((.location | ascii_downcase | gsub(" "; "")) == $r) | .zones[]?] | join(" ")' <<<"${out}") "
            if [ "${akszones}" != "  " ]; then
                absent=""
                for z in ${AKS_AVAILABILITY_ZONES[@]+"${AKS_AVAILABILITY_ZONES[@]}"}; do
                    if [[ "${akszones}" != *" ${z} "* ]]; then absent="${absent:+${absent}, }${z}"; fi
                done
                if [ -n "${absent}" ]; then
                    @ZONES_MISSING@
                fi
            fi
        fi
    done
    if [ -n "${unregistered}" ]; then
        @PROVIDERS_UNREGISTERED@
    fi
    if [ -n "${missing}" ]; then
        @SERVICES_MISSING@
    fi

    # Permission to create the plan's role assignments.
    local user roles
    if ! user=$(preflight_az ad signed-in-user show --query id --output tsv); then
        detail=$(head -n 1 <<<"${user}")
        @NOTRUN_ROLES@
    elif ! out=$(preflight_az role assignment list --assignee "${user}" --all --include-inherited --include-groups "${sub[@]}" --output json); then
        detail=$(head -n 1 <<<"${out}")
        @NOTRUN_ROLES@
    elif [ "$(jq -r --arg rg "${RESOURCE_GROUP_NAME}" '[.[]? | select(.roleDefinitionName == "Owner" or .roleDefinitionName == "User Access Administrator" or .roleDefinitionName == "Role Based Access Control Administrator") | (.scope | ascii_downcase | split("/")) as $p | select(.scope == "/" or ($p[1] == "providers" and $p[2] == "microsoft.management") or (($p | length) == 3 and $p[1] == "subscriptions") or (($p | length) == 5 and $p[3] == "resourcegroups" and $p[4] == ($rg | ascii_downcase)))] | length' <<<"${out}")" = 0 ]; then
        roles=$(jq -r '[.[]?.roleDefinitionName] | unique | join(", ")' <<<"${out}")
        @NO_ROLE_RIGHT@
    fi

    # The storage account name is free, or already the deployment's own.
    local account="${PG_PRIMARY_STORAGE_ACCOUNT_NAME}"
    if ! out=$(preflight_az storage account check-name --name "${account}" "${sub[@]}" --output json); then
        detail=$(head -n 1 <<<"${out}")
        @NOTRUN_STORAGE@
    elif [ "$(jq -r '.nameAvailable' <<<"${out}")" != true ]; then
        if [ "$(jq -r '.reason // empty' <<<"${out}")" = AccountNameInvalid ]; then
            @STORAGE_INVALID@
        elif ! detail=$(preflight_az storage account show --name "${account}" --resource-group "${RESOURCE_GROUP_NAME}" "${sub[@]}" --query id --output tsv); then
            if grep -Eq 'ResourceNotFound|ResourceGroupNotFound|\(NotFound\)|was not found|could not be found' <<<"${detail}"; then
                @STORAGE_TAKEN@
            else
                @NOTRUN_STORAGE@
            fi
        fi
    fi

    if [ "${preflight_blocked}" != 0 ]; then
        printf '%s\n' @STOPPED@ >&2
        exit 1
    fi
}
)BASH";

} // namespace

QString ScriptPreflight::function(bool pinSubscription)
{
    using C = CheckId;
    using V = Verdict;
    QHash<QString, QString> m;
    m[QStringLiteral("NOTRUN_VERSION")] = notRun(C::KubernetesVersion);
    const QList<std::pair<const char*, const char*>> v = {
        {"version", "version"}, {"region", "PRIMARY_CLUSTER_REGION"}, {"default", "default"}};
    m[QStringLiteral("VERSION_NOT_OFFERED")] =
        report(sample(C::KubernetesVersion, V::Blocking, finding::VersionNotOffered, v));
    m[QStringLiteral("VERSION_LTS_ONLY")] =
        report(sample(C::KubernetesVersion, V::Blocking, finding::VersionLtsOnly, v));
    m[QStringLiteral("VERSION_PREVIEW")] =
        report(sample(C::KubernetesVersion, V::Warning, finding::VersionPreview, v));
    m[QStringLiteral("NOTRUN_SIZES")] = notRun(C::VmSizes);
    const QList<std::pair<const char*, const char*>> r = {{"region", "PRIMARY_CLUSTER_REGION"}};
    m[QStringLiteral("SIZE_NOT_OFFERED")] =
        report(sample(C::VmSizes, V::Blocking, finding::SizeNotOffered, r, {mark("name")}));
    m[QStringLiteral("SIZE_RESTRICTED_REGION")] =
        report(sample(C::VmSizes, V::Blocking, finding::SizeRestricted, r, {mark("name")}));
    m[QStringLiteral("SIZE_MISSING_ZONES")] =
        report(sample(C::VmSizes, V::Blocking, finding::SizeMissingZones, r,
                      {QString(mark("name") + QLatin1Char(':') + mark("absent"))}));
    m[QStringLiteral("SIZE_RESTRICTED_ZONES")] =
        report(sample(C::VmSizes, V::Blocking, finding::SizeRestricted, r,
                      {QString(mark("name") + QLatin1Char(':') + mark("limited"))}));
    m[QStringLiteral("NOTRUN_QUOTA")] = notRun(C::VcpuQuota);
    const QList<std::pair<const char*, const char*>> q = {
        {"label", "label"}, {"name", "name"},   {"region", "PRIMARY_CLUSTER_REGION"},
        {"free", "free"},   {"limit", "limit"}, {"initial", "need"},
        {"peak", "most"}};
    Finding shortQuota = sample(C::VcpuQuota, V::Blocking, finding::QuotaShort, q);
    shortQuota.link = Readiness::quotaRequestLink();
    m[QStringLiteral("QUOTA_SHORT")] = report(shortQuota);
    Finding scaling = sample(C::VcpuQuota, V::Warning, finding::QuotaShortForScaling, q);
    scaling.link = Readiness::quotaRequestLink();
    m[QStringLiteral("QUOTA_SHORT_FOR_SCALING")] = report(scaling);
    m[QStringLiteral("NOTRUN_PROVIDERS")] = notRun(C::Providers);
    Finding providers = sample(C::Providers, V::Blocking, finding::ProvidersUnregistered, {},
                               {mark("unregistered")});
    providers.fixCommands = {mark("fix")};
    m[QStringLiteral("PROVIDERS_UNREGISTERED")] = report(providers);
    m[QStringLiteral("SERVICES_MISSING")] = report(
        sample(C::RegionServices, V::Blocking, finding::ServicesMissing, r, {mark("missing")}));
    m[QStringLiteral("ZONES_MISSING")] =
        report(sample(C::RegionServices, V::Blocking, finding::ZonesMissing, r, {mark("absent")}));
    m[QStringLiteral("NOTRUN_ROLES")] = notRun(C::RoleAssignment);
    m[QStringLiteral("NO_ROLE_RIGHT")] =
        report(sample(C::RoleAssignment, V::Blocking, finding::NoRoleAssignmentRight,
                      {{"roles", "roles"}}, Readiness::roleAssignmentSteps()));
    m[QStringLiteral("NOTRUN_STORAGE")] = notRun(C::StorageName);
    const QList<std::pair<const char*, const char*>> a = {{"name", "account"}};
    m[QStringLiteral("STORAGE_INVALID")] =
        report(sample(C::StorageName, V::Blocking, finding::StorageInvalid, a));
    m[QStringLiteral("STORAGE_TAKEN")] =
        report(sample(C::StorageName, V::Blocking, finding::StorageTaken, a));
    m[QStringLiteral("PIN")] =
        pinSubscription ? QStringLiteral("sub=(--subscription \"${AZURE_SUBSCRIPTION_ID}\")")
                        : QStringLiteral("# ") + tr("The Azure CLI's default subscription.");
    m[QStringLiteral("PROVIDERS")] = Readiness::requiredProviders().join(QLatin1Char(' '));
    m[QStringLiteral("STOPPED")] =
        bashText(tr("Stopped before creating anything: a readiness check above is blocking. Fix "
                    "it, or skip that check deliberately with PREFLIGHT_IGNORE=\"<check> ...\"."));

    QString out = QStringLiteral("# ") +
                  tr("The wizard's readiness checks, read-only: Kubernetes version, VM sizes, vCPU "
                     "quota, resource providers, services in the region, permission to assign "
                     "roles and the storage account name.") +
                  QLatin1Char('\n');
    QString text = QString::fromUtf8(body);
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        text.replace(QLatin1Char('@') + it.key() + QLatin1Char('@'), it.value());
    return out + text;
}

QString ScriptPreflight::call()
{
    return QStringLiteral("preflight\n");
}

} // namespace cnpg
