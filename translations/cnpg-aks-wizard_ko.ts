<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name>cnpg::ApplyCommand</name>
    <message>
        <source>Cannot prepare the tools: %1</source>
        <translation>도구를 준비할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Not found on PATH: %1. Install them, or try the deployment against the simulator with --simulate.</source>
        <translation>PATH에서 찾을 수 없습니다: %1. 설치하거나, --simulate로 시뮬레이터를 대상으로 배포해 보세요.</translation>
    </message>
    <message>
        <source>Nothing to resume: cannot read %1 (%2).</source>
        <translation>다시 시작할 배포가 없습니다: %1을(를) 읽을 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>The settings differ from those of the journal %1; resume with the same settings, or start a new deployment without --resume.</source>
        <translation>설정이 저널 %1의 설정과 다릅니다. 같은 설정으로 다시 시작하거나, --resume 없이 새 배포를 시작하세요.</translation>
    </message>
    <message>
        <source>Cannot install the signal handlers.</source>
        <translation>신호 처리기를 설치할 수 없습니다.</translation>
    </message>
    <message>
        <source>The simulator could not prepare the krew release: %1</source>
        <translation>시뮬레이터가 krew 릴리스를 준비하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Deploying %1 (simulated), %2 steps, up to %3 at once</source>
        <translation>%1 배포 중(시뮬레이션), %2개 단계, 동시에 최대 %3개</translation>
    </message>
    <message>
        <source>Deploying %1, %2 steps, up to %3 at once</source>
        <translation>%1 배포 중, %2개 단계, 동시에 최대 %3개</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>%1 대기</translation>
    </message>
    <message>
        <source>for the lock %1</source>
        <translation>잠금 %1 대기</translation>
    </message>
    <message>
        <source>for a free slot</source>
        <translation>빈 실행 슬롯 대기</translation>
    </message>
    <message>
        <source>(attempt %1)</source>
        <translation>(%1번째 시도)</translation>
    </message>
    <message>
        <source>%1 after attempt %2; running the remedy</source>
        <translation>%2번째 시도 후 %1. 해결 단계를 실행합니다</translation>
    </message>
    <message>
        <source>%1 after attempt %2; again in %3</source>
        <translation>%2번째 시도 후 %1. %3 후에 다시 시도합니다</translation>
    </message>
    <message>
        <source>done in an earlier run</source>
        <translation>이전 실행에서 완료됨</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>이미 있음</translation>
    </message>
    <message>
        <source>(not started: %1 failed)</source>
        <translation>(시작하지 않음: %1 실패)</translation>
    </message>
    <message>
        <source>The deployment succeeded.</source>
        <translation>배포에 성공했습니다.</translation>
    </message>
    <message>
        <source>The deployment was cancelled; interrupted: %1. Continue it with --resume.</source>
        <translation>배포가 취소되었습니다. 중단된 단계: %1. --resume으로 계속하세요.</translation>
    </message>
    <message>
        <source>The deployment failed.</source>
        <translation>배포에 실패했습니다.</translation>
    </message>
    <message>
        <source>%1 failed (%2):</source>
        <translation>%1 실패(%2):</translation>
    </message>
    <message>
        <source>AKS cluster</source>
        <translation>AKS 클러스터</translation>
    </message>
    <message>
        <source>Node resource group</source>
        <translation>노드 리소스 그룹</translation>
    </message>
    <message>
        <source>Identity client ID</source>
        <translation>관리 ID 클라이언트 ID</translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation>스토리지 계정</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>공용 IP</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>출력:</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>저널: %1</translation>
    </message>
    <message>
        <source>Interrupted again: stopping the running tools now.</source>
        <translation>다시 중단됨: 실행 중인 도구를 지금 멈춥니다.</translation>
    </message>
    <message>
        <source>Interrupted: cancelling; the running tools get %1 to stop.</source>
        <translation>중단됨: 취소합니다. 실행 중인 도구에 멈출 시간 %1을(를) 줍니다.</translation>
    </message>
    <message>
        <source>Checking that Azure is ready for the deployment…</source>
        <translation>Azure가 배포할 준비가 되었는지 확인하는 중…</translation>
    </message>
    <message>
        <source>(overridden with --ignore-check)</source>
        <translation>(--ignore-check로 무시함)</translation>
    </message>
    <message>
        <source>Nothing was started: the readiness checks above are blocking. Fix them and run again, or override one deliberately with --ignore-check %1.</source>
        <translation>아무것도 시작하지 않았습니다: 위의 준비 상태 검사가 배포를 차단합니다. 문제를 해결하고 다시 실행하거나, --ignore-check %1(으)로 의도적으로 무시하세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the resource group&apos;s name (%2); nothing was deleted.</source>
        <translation>&quot;%1&quot;은(는) 리소스 그룹의 이름(%2)이 아닙니다. 아무것도 삭제하지 않았습니다.</translation>
    </message>
    <message>
        <source>--destroy needs --confirm %1 when no terminal can ask for it; nothing was deleted.</source>
        <translation>물어볼 터미널이 없으면 --destroy에는 --confirm %1이 필요합니다. 아무것도 삭제하지 않았습니다.</translation>
    </message>
    <message>
        <source>Tearing down %1 (simulated), %2 steps</source>
        <translation>%1 해체 중(시뮬레이션), %2단계</translation>
    </message>
    <message>
        <source>Tearing down %1, %2 steps</source>
        <translation>%1 해체 중, %2단계</translation>
    </message>
    <message>
        <source>The Log Analytics workspace %1 is deleted for good first (purged): its logs cannot be recovered, and its name is free at once.</source>
        <translation>먼저 Log Analytics 작업 영역 %1을(를) 영구 삭제(제거)합니다. 로그는 복구할 수 없고, 이름은 즉시 다시 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>The Log Analytics workspace %1 stays soft-deleted for 14 days: a deployment into the same resource group recovers it, and no other resource group can use its name meanwhile (--purge-workspace deletes it for good).</source>
        <translation>Log Analytics 작업 영역 %1은(는) 14일 동안 일시 삭제 상태로 남습니다. 같은 리소스 그룹에 다시 배포하면 복구되고, 그동안 다른 리소스 그룹은 그 이름을 쓸 수 없습니다(--purge-workspace는 영구 삭제합니다).</translation>
    </message>
    <message>
        <source>The teardown failed.</source>
        <translation>해체에 실패했습니다.</translation>
    </message>
    <message>
        <source>The teardown finished: the resource groups are gone.</source>
        <translation>해체가 끝났습니다. 리소스 그룹이 삭제되었습니다.</translation>
    </message>
    <message>
        <source>The wait was cancelled; Azure goes on deleting what it was asked to. Interrupted: %1. Follow it with --destroy --resume.</source>
        <translation>기다리기를 취소했습니다. Azure는 요청받은 삭제를 계속합니다. 중단됨: %1. --destroy --resume으로 이어서 지켜보세요.</translation>
    </message>
    <message>
        <source>This deletes the resource group %1 and everything in it, and with the AKS cluster its node resource group %2. Nothing else is deleted.</source>
        <translation>리소스 그룹 %1과(와) 그 안의 모든 것, 그리고 AKS 클러스터와 함께 노드 리소스 그룹 %2을(를) 삭제합니다. 그 밖에는 아무것도 삭제하지 않습니다.</translation>
    </message>
    <message>
        <source>Type the resource group&apos;s name to delete it: </source>
        <translation>삭제하려면 리소스 그룹의 이름을 입력하세요: </translation>
    </message>
    <message>
        <source>(nothing is left in either resource group)</source>
        <translation>(두 리소스 그룹 모두에 남은 것이 없습니다)</translation>
    </message>
    <message>
        <source>Cannot list what the teardown would delete; nothing was deleted: %1</source>
        <translation>해체가 삭제할 항목을 나열할 수 없어 아무것도 삭제하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Listing what the teardown deletes…</source>
        <translation>해체가 삭제할 항목을 나열하는 중…</translation>
    </message>
    <message>
        <source>Nothing was deleted. Move them to another resource group first, or confirm with --delete-foreign.</source>
        <translation>아무것도 삭제하지 않았습니다. 먼저 다른 리소스 그룹으로 옮기거나 --delete-foreign으로 확인하세요.</translation>
    </message>
    <message>
        <source>Resources marked with ! above (%1) are not this deployment&apos;s: it did not create them. Deleting the resource group deletes them too.</source>
        <translation>위에서 !로 표시된 리소스(%1개)는 이 배포의 것이 아닙니다. 이 배포가 만들지 않았습니다. 리소스 그룹을 삭제하면 이들도 삭제됩니다.</translation>
    </message>
    <message>
        <source>Type their number (%1) to delete them too: </source>
        <translation>이들도 삭제하려면 그 개수(%1)를 입력하세요: </translation>
    </message>
    <message>
        <source>kubeconfig context %1</source>
        <translation>kubeconfig 컨텍스트 %1</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>클러스터 %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>사용자 %1</translation>
    </message>
    <message>
        <source>On this machine: %1</source>
        <translation>이 컴퓨터에서: %1</translation>
    </message>
    <message>
        <source>deleted after %1: %2 %3</source>
        <translation>%1 후 삭제됨: %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) left after %1, about %2 to go</source>
        <translation>
            <numerusform>%1 경과, 리소스 %n개 남음, 약 %2 더 걸림</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) left after %1, longer than usual</source>
        <translation>
            <numerusform>%1 경과, 리소스 %n개 남음, 평소보다 오래 걸림</numerusform>
        </translation>
    </message>
    <message>
        <source>A deployment of this resource group in Azure is recorded in %1; a simulated run would replace that record. Give the simulation another resource group name (--set RESOURCE_GROUP_NAME=...).</source>
        <translation>이 리소스 그룹의 Azure 배포 기록이 %1에 있습니다. 시뮬레이션 실행은 그 기록을 덮어씁니다. 시뮬레이션에는 다른 리소스 그룹 이름을 지정하세요(--set RESOURCE_GROUP_NAME=...).</translation>
    </message>
    <message>
        <source>The journal %1 is of a run against Azure; resume it without --simulate, or start a new deployment without --resume.</source>
        <translation>저널 %1은 Azure를 대상으로 한 실행의 저널입니다. --simulate 없이 다시 시작하거나 --resume 없이 새 배포를 시작하세요.</translation>
    </message>
    <message>
        <source>The journal %1 is of a simulated run; resume it with --simulate, or start a new deployment without --resume.</source>
        <translation>저널 %1은 시뮬레이션 실행의 저널입니다. --simulate로 다시 시작하거나 --resume 없이 새 배포를 시작하세요.</translation>
    </message>
</context>
<context>
    <name>cnpg::AzureAccount</name>
    <message>
        <source>Not checked yet</source>
        <translation>아직 확인하지 않음</translation>
    </message>
    <message>
        <source>Checking the Azure sign-in...</source>
        <translation>Azure 로그인을 확인하는 중...</translation>
    </message>
    <message>
        <source>Signed in to Azure</source>
        <translation>Azure에 로그인됨</translation>
    </message>
    <message>
        <source>Not signed in to Azure</source>
        <translation>Azure에 로그인하지 않음</translation>
    </message>
    <message>
        <source>Signing in to Azure...</source>
        <translation>Azure에 로그인하는 중...</translation>
    </message>
    <message>
        <source>The Azure CLI (az) is not installed</source>
        <translation>Azure CLI(az)가 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <source>The Azure CLI failed</source>
        <translation>Azure CLI가 실패했습니다</translation>
    </message>
</context>
<context>
    <name>cnpg::CheckCommand</name>
    <message>
        <source>Cannot prepare the tools: %1</source>
        <translation>도구를 준비할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Simulation: az, kubectl and helm are the simulator&apos;s.</source>
        <translation>시뮬레이션: az, kubectl, helm은 시뮬레이터의 것입니다.</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>도구</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>찾은 버전</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>최소 버전</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>해결 방법: %1</translation>
    </message>
    <message>
        <source>See: %1</source>
        <translation>참고: %1</translation>
    </message>
    <message>
        <source>Azure sign-in: not checked (az is not usable).</source>
        <translation>Azure 로그인: 확인하지 않음(az를 사용할 수 없음).</translation>
    </message>
    <message numerus="yes">
        <source>Azure sign-in: %1, subscription &quot;%2&quot; (%3); %n subscription(s) available.</source>
        <translation>
            <numerusform>Azure 로그인: %1, 구독 &quot;%2&quot;(%3), 사용 가능한 구독 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure sign-in: %1</source>
        <translation>Azure 로그인: %1</translation>
    </message>
    <message>
        <source>Ready: everything the deployment needs is there.</source>
        <translation>준비 완료: 배포에 필요한 것이 모두 있습니다.</translation>
    </message>
    <message>
        <source>Not ready. Missing or unusable: %1</source>
        <translation>준비되지 않음. 없거나 사용할 수 없는 도구: %1</translation>
    </message>
    <message>
        <source>Readiness of the deployment: not checked (az is not usable or nobody is signed in).</source>
        <translation>배포 준비 상태: 확인 안 됨(az를 사용할 수 없거나 로그인하지 않았습니다).</translation>
    </message>
    <message>
        <source>readiness checks</source>
        <translation>준비 상태 검사</translation>
    </message>
    <message>
        <source>Readiness of the deployment (%1 in %2):</source>
        <translation>배포 준비 상태(%2의 %1):</translation>
    </message>
    <message>
        <source>(overridden with --ignore-check)</source>
        <translation>(--ignore-check로 무시함)</translation>
    </message>
</context>
<context>
    <name>cnpg::CommandLine</name>
    <message>
        <source>Sets up an AKS cluster ready for a highly available PostgreSQL with the CloudNativePG operator, following Microsoft&apos;s guide.
Without an action it opens the wizard.</source>
        <translation>Microsoft 가이드에 따라 CloudNativePG 연산자로 고가용성 PostgreSQL을 실행할 AKS 클러스터를 준비합니다.
작업을 지정하지 않으면 마법사를 엽니다.</translation>
    </message>
    <message>
        <source>Write the deployment as a bash script to &lt;file&gt;.</source>
        <translation>배포를 bash 스크립트로 &lt;file&gt;에 씁니다.</translation>
    </message>
    <message>
        <source>Write the settings as JSON to &lt;file&gt;.</source>
        <translation>설정을 JSON으로 &lt;file&gt;에 씁니다.</translation>
    </message>
    <message>
        <source>Print the deployment&apos;s steps, their order and the commands they run, then exit.</source>
        <translation>배포 단계와 순서, 각 단계가 실행하는 명령을 출력하고 끝냅니다.</translation>
    </message>
    <message>
        <source>Run the deployment now, without the wizard&apos;s window.</source>
        <translation>마법사 창 없이 지금 배포를 실행합니다.</translation>
    </message>
    <message>
        <source>With --apply: continue the deployment from its journal (the most recent one without --settings).</source>
        <translation>--apply와 함께: 저널에서 배포를 이어서 실행합니다(--settings가 없으면 가장 최근 저널).</translation>
    </message>
    <message>
        <source>With --apply: run at most &lt;n&gt; steps at once (default 8).</source>
        <translation>--apply와 함께: 동시에 최대 &lt;n&gt;개 단계를 실행합니다(기본값 8).</translation>
    </message>
    <message>
        <source>With --apply: the deployment&apos;s journal file.</source>
        <translation>--apply와 함께: 배포의 저널 파일.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>예상하지 못한 인수: %1</translation>
    </message>
    <message>
        <source>--parallel needs a number of at least 1.</source>
        <translation>--parallel에는 1 이상의 숫자가 필요합니다.</translation>
    </message>
    <message>
        <source>Simulation: MY_PUBLIC_CLIENT_IP is not set; using %1.</source>
        <translation>시뮬레이션: MY_PUBLIC_CLIENT_IP가 설정되지 않아 %1을(를) 사용합니다.</translation>
    </message>
    <message>
        <source>The settings are not valid; nothing was written:</source>
        <translation>설정이 올바르지 않아 아무것도 쓰지 않았습니다:</translation>
    </message>
    <message>
        <source>Sequential: %1 s; critical path: %2 s</source>
        <translation>순차 실행: %1초, 임계 경로: %2초</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>This build has no wizard window. Try --help, --plan, --export-script or --apply.</source>
        <translation>이 빌드에는 마법사 창이 없습니다. --help, --plan, --export-script 또는 --apply를 사용해 보세요.</translation>
    </message>
    <message>
        <source>With --apply or --check: run against the simulated az, kubectl and helm instead of Azure.</source>
        <translation>--apply 또는 --check와 함께: Azure 대신 시뮬레이션된 az, kubectl, helm을 대상으로 실행합니다.</translation>
    </message>
    <message>
        <source>Check the tools the deployment needs and the Azure sign-in; exit 0 only when everything is there.</source>
        <translation>배포에 필요한 도구와 Azure 로그인을 확인합니다. 모두 갖추어졌을 때만 0으로 끝납니다.</translation>
    </message>
    <message>
        <source>The language of the wizard, of these messages and of the exported script&apos;s comments: ko or en (default: the last choice, else the system&apos;s).</source>
        <translation>마법사, 이 메시지, 내보낸 스크립트 주석의 언어: ko 또는 en(기본값: 마지막으로 선택한 언어, 없으면 시스템 언어).</translation>
    </message>
    <message>
        <source>Write a PNG of every page of the wizard, in Korean and in English, to &lt;dir&gt;, then exit.</source>
        <translation>마법사의 모든 페이지를 한국어와 영어로 &lt;dir&gt;에 PNG로 저장한 다음 끝냅니다.</translation>
    </message>
    <message>
        <source>The settings are not valid; the wizard did not open:</source>
        <translation>설정이 올바르지 않아 마법사를 열지 않았습니다:</translation>
    </message>
    <message>
        <source>Check the tools the deployment needs and the Azure sign-in, and with --settings or --set the deployment&apos;s readiness in Azure; exit 0 only when everything is there.</source>
        <translation>배포에 필요한 도구와 Azure 로그인을 확인하고, --settings 또는 --set이 있으면 Azure에서 배포 준비 상태도 확인합니다. 모두 갖춰진 경우에만 0으로 종료합니다.</translation>
    </message>
    <message>
        <source>With --apply or --check: do not let the readiness check &lt;name&gt; stop the deployment (repeatable; for experts; recorded in the journal). Names: %1.</source>
        <translation>--apply 또는 --check와 함께: 준비 상태 검사 &lt;name&gt;이(가) 배포를 막지 않게 합니다(반복 가능, 전문가용, 저널에 기록). 이름: %1.</translation>
    </message>
    <message>
        <source>Unknown readiness check: %1 (known: %2).</source>
        <translation>알 수 없는 준비 상태 검사: %1(알려진 검사: %2).</translation>
    </message>
    <message>
        <source>az is not available to ask for the region&apos;s default Kubernetes version; AKS_CLUSTER_VERSION is the tested default, %1.</source>
        <translation>지역의 기본 Kubernetes 버전을 확인할 az가 없습니다. AKS_CLUSTER_VERSION은 테스트된 기본값 %1입니다.</translation>
    </message>
    <message>
        <source>Could not ask AKS for the default Kubernetes version of %1; AKS_CLUSTER_VERSION is the tested default, %2.</source>
        <translation>%1의 기본 Kubernetes 버전을 AKS에서 확인할 수 없습니다. AKS_CLUSTER_VERSION은 테스트된 기본값 %2입니다.</translation>
    </message>
    <message>
        <source>Print what the deployment of --settings or --set costs per hour and per month, at the node pools' minimum and maximum node counts, with the prices of the Azure Retail Prices API (else the cached or shipped ones), then exit.</source>
        <translation>--settings 또는 --set의 배포 비용을 노드 풀의 최소 및 최대 노드 수에서 시간당, 월별로 Azure Retail Prices API의 가격(없으면 캐시된 가격이나 함께 제공된 가격)으로 출력하고 종료합니다.</translation>
    </message>
    <message>
        <source>With --estimate: the currency, e.g. USD or KRW (default: the language's).</source>
        <translation>--estimate와 함께: 통화(예: USD 또는 KRW, 기본값: 언어의 통화).</translation>
    </message>
    <message>
        <source>With --estimate: a monthly usage to assume, NAME=NUMBER (repeatable). Names: %1.</source>
        <translation>--estimate와 함께: 가정할 월 사용량, NAME=NUMBER(반복 가능). 이름: %1.</translation>
    </message>
    <message>
        <source>With --estimate: do not ask the Retail Prices API; use the cached or shipped prices.</source>
        <translation>--estimate와 함께: Retail Prices API에 묻지 않고 캐시된 가격이나 함께 제공된 가격을 사용합니다.</translation>
    </message>
    <message>
        <source>The settings are not valid; nothing was estimated:</source>
        <translation>설정이 올바르지 않아 비용을 추정하지 않았습니다:</translation>
    </message>
    <message>
        <source>--destroy cannot be combined with --apply or --check.</source>
        <translation>--destroy는 --apply나 --check와 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>--destroy needs the deployment&apos;s settings (--settings).</source>
        <translation>--destroy에는 배포의 설정(--settings)이 필요합니다.</translation>
    </message>
    <message>
        <source>Tear the deployment of --settings down: delete its resource group (and with the AKS cluster its node resource group) and wait until both are gone. Asks for the resource group&apos;s name on a terminal; takes --confirm, --purge-workspace, --simulate, --resume.</source>
        <translation>--settings의 배포를 해체합니다. 리소스 그룹을(AKS 클러스터와 함께 노드 리소스 그룹도) 삭제하고 둘 다 없어질 때까지 기다립니다. 터미널에서 리소스 그룹의 이름을 묻습니다. --confirm, --purge-workspace, --simulate, --resume을 함께 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>With --destroy or --export-teardown: delete the Log Analytics workspace for good first, instead of leaving it soft-deleted for 14 days.</source>
        <translation>--destroy 또는 --export-teardown과 함께: Log Analytics 작업 영역을 14일 동안 일시 삭제 상태로 두지 않고 먼저 영구 삭제합니다.</translation>
    </message>
    <message>
        <source>With --destroy: the resource group&apos;s name, as the confirmation; any other name deletes nothing.</source>
        <translation>--destroy와 함께: 확인으로 쓰는 리소스 그룹의 이름입니다. 다른 이름이면 아무것도 삭제하지 않습니다.</translation>
    </message>
    <message>
        <source>Write the teardown of the deployment as a bash script to &lt;file&gt;.</source>
        <translation>배포의 해체를 bash 스크립트로 &lt;file&gt;에 씁니다.</translation>
    </message>
    <message>
        <source>With --destroy: delete the resource group also when it holds resources that the deployment did not create (listed first).</source>
        <translation>--destroy와 함께: 리소스 그룹에 배포가 만들지 않은 리소스가 있어도(먼저 나열합니다) 리소스 그룹을 삭제합니다.</translation>
    </message>
    <message>
        <source>LAST RUN (UTC)</source>
        <translation>마지막 실행(UTC)</translation>
    </message>
    <message>
        <source>No deployments yet.</source>
        <translation>아직 배포가 없습니다.</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Print the deployments this machine knows (from their journals): resource group, region, last run, outcome, steps done, teardown; then exit.</source>
        <translation>이 컴퓨터가 아는 배포(저널 기준)를 출력하고 끝냅니다: 리소스 그룹, 지역, 마지막 실행, 결과, 완료된 단계, 해체.</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>RESOURCE GROUP</source>
        <translation>리소스 그룹</translation>
    </message>
    <message>
        <source>STEPS</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>TEARDOWN</source>
        <translation>해체</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation>실행 중 또는 중단됨</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>torn down</source>
        <translation>해체됨</translation>
    </message>
    <message>
        <source>unreadable journal: %1</source>
        <translation>읽을 수 없는 저널: %1</translation>
    </message>
    <message>
        <source>--events needs --apply or --destroy.</source>
        <translation>--events는 --apply 또는 --destroy와 함께 써야 합니다.</translation>
    </message>
    <message>
        <source>--events takes json, not %1.</source>
        <translation>--events에는 %1이(가) 아니라 json을 지정합니다.</translation>
    </message>
    <message>
        <source>With --apply or --destroy: print the run on standard output as JSON lines, one object per change of a step (the README documents the fields); the other messages go to standard error. &lt;format&gt;: json.</source>
        <translation>--apply 또는 --destroy와 함께: 실행을 표준 출력에 JSON 줄로, 단계가 바뀔 때마다 객체 하나씩 출력합니다(필드는 README에 설명되어 있습니다). 다른 메시지는 표준 오류로 갑니다. &lt;format&gt;: json.</translation>
    </message>
</context>
<context>
    <name>cnpg::DeployPage</name>
    <message>
        <source>Deploy</source>
        <translation>배포</translation>
    </message>
    <message>
        <source>The guide&apos;s commands now run, side by side where the guide allows. Select a row to see its log. You can cancel at any time and resume later: every step first checks whether its resource already exists, so nothing is created twice.</source>
        <translation>이제 가이드의 명령을 실행합니다. 가이드가 허용하는 단계는 동시에 실행합니다. 행을 선택하면 해당 로그가 표시됩니다. 언제든지 취소하고 나중에 다시 시작할 수 있습니다. 모든 단계는 먼저 리소스가 이미 있는지 확인하므로 같은 리소스를 두 번 만들지 않습니다.</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>약 %1 남음</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>전체 진행률</translation>
    </message>
    <message>
        <source>Deploying…</source>
        <translation>배포하는 중…</translation>
    </message>
    <message>
        <source>The deployment succeeded.</source>
        <translation>배포에 성공했습니다.</translation>
    </message>
    <message>
        <source>The deployment failed. Select the red row to see why, fix the cause, then retry the failed steps.</source>
        <translation>배포에 실패했습니다. 빨간색 행을 선택해 원인을 확인하고 해결한 다음 실패한 단계를 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The deployment was cancelled. Resume it to continue where it stopped.</source>
        <translation>배포가 취소되었습니다. 다시 시작하면 멈춘 곳부터 계속합니다.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>다시 시작(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel the deployment</source>
        <translation>배포 취소</translation>
    </message>
    <message>
        <source>Retry the failed steps</source>
        <translation>실패한 단계 다시 시도</translation>
    </message>
    <message>
        <source>Resume the deployment</source>
        <translation>배포 다시 시작</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>로그</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>리소스</translation>
    </message>
    <message>
        <source>Re&amp;try failed</source>
        <translation>실패한 단계 다시 시도(&amp;T)</translation>
    </message>
    <message>
        <source>Lo&amp;g of the selected row:</source>
        <translation>선택한 행의 로그(&amp;G):</translation>
    </message>
    <message>
        <source>Start a &amp;fresh run</source>
        <translation>새로 실행(&amp;F)</translation>
    </message>
    <message>
        <source>Start the deployment afresh</source>
        <translation>배포를 처음부터 새로 실행</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>단계(&amp;S)</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>타임라인(&amp;L)</translation>
    </message>
</context>
<context>
    <name>cnpg::Deployment</name>
    <message>
        <source>Cannot prepare the tools: %1</source>
        <translation>도구를 준비할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The simulator could not prepare the krew release: %1</source>
        <translation>시뮬레이터가 krew 릴리스를 준비하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>no data directory</source>
        <translation>데이터 디렉터리가 없습니다</translation>
    </message>
    <message>
        <source>Not found on PATH: %1. Install them, or deploy against the simulator.</source>
        <translation>PATH에서 찾을 수 없습니다: %1. 설치하거나, 시뮬레이터를 대상으로 배포하세요.</translation>
    </message>
    <message>
        <source>Nothing to resume: %1</source>
        <translation>다시 시작할 배포가 없습니다: %1</translation>
    </message>
    <message>
        <source>This deployment&apos;s journal was written with other settings, so it cannot be resumed with these. Start a fresh run instead: every step first checks whether its resource exists, so nothing is created twice.</source>
        <translation>이 배포의 저널은 다른 설정으로 기록되었으므로 현재 설정으로는 다시 시작할 수 없습니다. 대신 새로 실행하세요. 모든 단계는 먼저 리소스가 이미 있는지 확인하므로 같은 리소스를 두 번 만들지 않습니다.</translation>
    </message>
    <message>
        <source>A deployment of this resource group in Azure is recorded here (%1). A simulated run would replace that record: give the simulation another resource group name.</source>
        <translation>이 리소스 그룹의 Azure 배포 기록이 여기에 있습니다(%1). 시뮬레이션 실행은 그 기록을 덮어쓰므로 시뮬레이션에는 다른 리소스 그룹 이름을 지정하세요.</translation>
    </message>
    <message>
        <source>This deployment&apos;s journal is of a run against Azure, so it cannot be resumed in simulation. Start a fresh run instead, or switch to Azure to resume it.</source>
        <translation>이 배포의 저널은 Azure를 대상으로 한 실행의 저널이므로 시뮬레이션에서는 다시 시작할 수 없습니다. 새로 실행하거나, Azure로 전환해 다시 시작하세요.</translation>
    </message>
    <message>
        <source>This deployment&apos;s journal is of a simulated run, so it cannot be resumed against Azure. Start a fresh run instead, or switch to simulation to resume it.</source>
        <translation>이 배포의 저널은 시뮬레이션 실행의 저널이므로 Azure를 대상으로 다시 시작할 수 없습니다. 새로 실행하거나, 시뮬레이션으로 전환해 다시 시작하세요.</translation>
    </message>
</context>
<context>
    <name>cnpg::DonePage</name>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>리소스 그룹</translation>
    </message>
    <message>
        <source>AKS cluster</source>
        <translation>AKS 클러스터</translation>
    </message>
    <message>
        <source>kubectl context</source>
        <translation>kubectl 컨텍스트</translation>
    </message>
    <message>
        <source>Node resource group</source>
        <translation>노드 리소스 그룹</translation>
    </message>
    <message>
        <source>Managed identity client ID</source>
        <translation>관리 ID의 클라이언트 ID</translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation>스토리지 계정</translation>
    </message>
    <message>
        <source>Backup container</source>
        <translation>백업 컨테이너</translation>
    </message>
    <message>
        <source>Public IP address</source>
        <translation>공용 IP 주소</translation>
    </message>
    <message>
        <source>The nodes of both node pools, across the zones:</source>
        <translation>두 노드 풀의 노드와 가용성 영역:</translation>
    </message>
    <message>
        <source>The CNPG operator:</source>
        <translation>CNPG 연산자:</translation>
    </message>
    <message>
        <source>What was created</source>
        <translation>만든 리소스</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>다음 단계</translation>
    </message>
    <message>
        <source>Commands to check the cluster</source>
        <translation>클러스터 확인 명령</translation>
    </message>
    <message>
        <source>Export a run &amp;report…</source>
        <translation>실행 보고서 내보내기(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Open the log folder</source>
        <translation>로그 폴더 열기(&amp;O)</translation>
    </message>
    <message>
        <source>The highly available PostgreSQL cluster is running on AKS: a primary and its standbys across the zones, backed up to the storage account, monitored by Managed Prometheus, and reachable from your address on the static public IP.</source>
        <translation>고가용성 PostgreSQL 클러스터가 AKS에서 실행 중입니다. 주 인스턴스와 대기 인스턴스가 영역에 분산되어 있고, 스토리지 계정에 백업되며, 관리형 Prometheus로 모니터링되고, 고정 공용 IP를 통해 사용자 주소에서 접근할 수 있습니다.</translation>
    </message>
    <message>
        <source>Connect to the database</source>
        <translation>데이터베이스에 연결</translation>
    </message>
    <message>
        <source>The validation guide goes on from here (sample data, upgrades, restore from a backup). It uses the environment variables of this deployment: save them with File &gt; Save settings. These commands check the cluster from a terminal:</source>
        <translation>검증 가이드는 여기서 이어집니다(샘플 데이터, 업그레이드, 백업에서 복원). 이 배포의 환경 변수를 사용하므로 파일 &gt; 설정 저장으로 저장하세요. 다음 명령으로 터미널에서 클러스터를 확인할 수 있습니다:</translation>
    </message>
    <message>
        <source>The database cluster, its instances and its backups:</source>
        <translation>데이터베이스 클러스터와 인스턴스, 백업:</translation>
    </message>
    <message>
        <source>Tear do&amp;wn…</source>
        <translation>해체(&amp;W)…</translation>
    </message>
    <message>
        <source>It costs money every hour it stands: File › Deployments tears it down, after listing what goes and asking for its name.</source>
        <translation>배포는 유지되는 동안 매시간 비용이 듭니다. 파일 › 배포 목록에서 삭제될 항목을 보여 주고 이름을 확인한 뒤 해체합니다.</translation>
    </message>
</context>
<context>
    <name>cnpg::FieldEditor</name>
    <message>
        <source>Edited. From %1 it would be %2.</source>
        <translation>직접 수정함. %1에서 만들면 %2입니다.</translation>
    </message>
    <message>
        <source>Follows %1 until you edit it.</source>
        <translation>직접 수정하기 전까지 %1을(를) 따릅니다.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Follow %1 again</source>
        <translation>다시 %1을(를) 따르기</translation>
    </message>
    <message>
        <source>Reset %1 to the derived value</source>
        <translation>%1을(를) 파생 값으로 되돌리기</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>The guide uses %1.</source>
        <translation>가이드의 값은 %1입니다.</translation>
    </message>
    <message>
        <source>Back to the guide&apos;s value, %1</source>
        <translation>가이드의 값 %1(으)로 되돌리기</translation>
    </message>
    <message>
        <source>Reset %1 to the guide&apos;s value</source>
        <translation>%1을(를) 가이드의 값으로 되돌리기</translation>
    </message>
    <message>
        <source>Back to the default, %1</source>
        <translation>기본값 %1(으)로 되돌리기</translation>
    </message>
    <message>
        <source>Reset %1 to the default</source>
        <translation>%1을(를) 기본값으로 되돌리기</translation>
    </message>
</context>
<context>
    <name>cnpg::FieldText</name>
    <message>
        <source>Backup schedule</source>
        <translation>백업 일정</translation>
    </message>
    <message>
        <source>Cron with seconds first, as CloudNativePG reads it: 0 15 * ? * * is every hour at a quarter past.</source>
        <translation>CloudNativePG 형식의 cron(맨 앞이 초): 0 15 * ? * *는 매시 15분입니다.</translation>
    </message>
    <message>
        <source>CloudNativePG dashboard</source>
        <translation>CloudNativePG 대시보드</translation>
    </message>
    <message>
        <source>The dashboard&apos;s JSON at a tagged release of cloudnative-pg/grafana-dashboards, imported into Grafana once.</source>
        <translation>cloudnative-pg/grafana-dashboards의 태그가 지정된 릴리스에 있는 대시보드 JSON으로, Grafana에 한 번만 가져옵니다.</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>접미사</translation>
    </message>
    <message>
        <source>Random characters that make the resource names unique. Drawn once and kept, so that the same deployment always has the same names.</source>
        <translation>리소스 이름을 고유하게 만드는 임의 문자입니다. 한 번 생성한 뒤 유지하므로 같은 배포는 항상 같은 이름을 씁니다.</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>로컬 이름</translation>
    </message>
    <message>
        <source>A short name that every derived resource name contains.</source>
        <translation>파생되는 모든 리소스 이름에 들어가는 짧은 이름입니다.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Space-separated key=value pairs attached to the resources.</source>
        <translation>리소스에 붙는 key=value 쌍이며, 공백으로 구분합니다.</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>리소스 그룹</translation>
    </message>
    <message>
        <source>Holds every resource this guide creates.</source>
        <translation>이 가이드에서 만드는 모든 리소스를 보관합니다.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>The Azure region of every resource; it needs availability zones 1, 2 and 3.</source>
        <translation>모든 리소스의 Azure 지역입니다. 가용성 영역 1, 2, 3이 있어야 합니다.</translation>
    </message>
    <message>
        <source>AKS cluster name</source>
        <translation>AKS 클러스터 이름</translation>
    </message>
    <message>
        <source>Also the kubectl and Helm context name.</source>
        <translation>kubectl 및 Helm 컨텍스트 이름으로도 쓰입니다.</translation>
    </message>
    <message>
        <source>Node resource group</source>
        <translation>노드 리소스 그룹</translation>
    </message>
    <message>
        <source>The resource group AKS creates for the cluster&apos;s nodes.</source>
        <translation>AKS가 클러스터 노드용으로 만드는 리소스 그룹입니다.</translation>
    </message>
    <message>
        <source>Federated credential name</source>
        <translation>페더레이션 자격 증명 이름</translation>
    </message>
    <message>
        <source>CloudNativePG 1.26 removed this option: the pinned operator (1.30) does not read it, so it is not passed.</source>
        <translation>CloudNativePG 1.26에서 제거된 옵션입니다. 고정된 연산자(1.30)는 이 값을 읽지 않으므로 전달하지 않습니다.</translation>
    </message>
    <message>
        <source>DNS prefix</source>
        <translation>DNS 접두사</translation>
    </message>
    <message>
        <source>Drawn once, like the suffix.</source>
        <translation>접미사처럼 한 번만 생성합니다.</translation>
    </message>
    <message>
        <source>User-assigned managed identity</source>
        <translation>사용자 할당 관리 ID</translation>
    </message>
    <message>
        <source>Lets PostgreSQL reach Azure Blob Storage through workload identity, without secrets.</source>
        <translation>PostgreSQL이 비밀 없이 워크로드 ID로 Azure Blob Storage에 액세스할 수 있게 합니다.</translation>
    </message>
    <message>
        <source>Kubernetes version</source>
        <translation>Kubernetes 버전</translation>
    </message>
    <message>
        <source>The AKS cluster&apos;s Kubernetes version.</source>
        <translation>AKS 클러스터의 Kubernetes 버전입니다.</translation>
    </message>
    <message>
        <source>PostgreSQL namespace</source>
        <translation>PostgreSQL 네임스페이스</translation>
    </message>
    <message>
        <source>The namespace for the PostgreSQL cluster and its services.</source>
        <translation>PostgreSQL 클러스터 및 관련 서비스용 네임스페이스입니다.</translation>
    </message>
    <message>
        <source>Operator namespace</source>
        <translation>연산자 네임스페이스</translation>
    </message>
    <message>
        <source>The namespace for the CNPG controller manager.</source>
        <translation>CNPG 컨트롤러 관리자 서비스용 네임스페이스입니다.</translation>
    </message>
    <message>
        <source>PostgreSQL cluster name</source>
        <translation>PostgreSQL 클러스터 이름</translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation>스토리지 계정</translation>
    </message>
    <message>
        <source>Holds the PostgreSQL backups. 3 to 24 lowercase letters and digits, unique across Azure.</source>
        <translation>PostgreSQL 백업을 저장합니다. 영문 소문자와 숫자 3~24자이며 Azure 전체에서 고유해야 합니다.</translation>
    </message>
    <message>
        <source>Backup container</source>
        <translation>백업 컨테이너</translation>
    </message>
    <message>
        <source>The blob container for the write-ahead logs and the backups.</source>
        <translation>WAL(Write Ahead Logs)과 백업을 저장할 Blob 컨테이너입니다.</translation>
    </message>
    <message>
        <source>Azure PVC updates</source>
        <translation>Azure PVC 업데이트</translation>
    </message>
    <message>
        <source>Public client IP</source>
        <translation>공용 클라이언트 IP</translation>
    </message>
    <message>
        <source>Only this address (or CIDR range) may reach the cluster&apos;s API server.</source>
        <translation>이 주소(또는 CIDR 범위)에서만 클러스터의 API 서버에 연결할 수 있습니다.</translation>
    </message>
    <message>
        <source>System node pool VM size</source>
        <translation>시스템 노드 풀 VM 크기</translation>
    </message>
    <message>
        <source>User node pool name</source>
        <translation>사용자 노드 풀 이름</translation>
    </message>
    <message>
        <source>The node pool that runs PostgreSQL.</source>
        <translation>PostgreSQL을 실행하는 노드 풀입니다.</translation>
    </message>
    <message>
        <source>User node pool VM size</source>
        <translation>사용자 노드 풀 VM 크기</translation>
    </message>
    <message>
        <source>Azure Managed Grafana instance</source>
        <translation>Azure Managed Grafana 인스턴스</translation>
    </message>
    <message>
        <source>2 to 23 characters.</source>
        <translation>2~23자입니다.</translation>
    </message>
    <message>
        <source>Azure Monitor workspace</source>
        <translation>Azure Monitor 작업 영역</translation>
    </message>
    <message>
        <source>Log Analytics workspace</source>
        <translation>Log Analytics 작업 영역</translation>
    </message>
    <message>
        <source>Public IP name</source>
        <translation>공용 IP 이름</translation>
    </message>
    <message>
        <source>The static public IP that later exposes PostgreSQL to clients.</source>
        <translation>나중에 PostgreSQL을 클라이언트에 노출하는 공용 고정 IP입니다.</translation>
    </message>
    <message>
        <source>System node pool: minimum nodes</source>
        <translation>시스템 노드 풀: 최소 노드 수</translation>
    </message>
    <message>
        <source>System node pool: maximum nodes</source>
        <translation>시스템 노드 풀: 최대 노드 수</translation>
    </message>
    <message>
        <source>User node pool: minimum nodes</source>
        <translation>사용자 노드 풀: 최소 노드 수</translation>
    </message>
    <message>
        <source>User node pool: maximum nodes</source>
        <translation>사용자 노드 풀: 최대 노드 수</translation>
    </message>
    <message>
        <source>Availability zones</source>
        <translation>가용성 영역</translation>
    </message>
    <message>
        <source>Space-separated; the guide spreads the nodes over 1 2 3.</source>
        <translation>공백으로 구분합니다. 가이드는 노드를 1 2 3 영역에 분산합니다.</translation>
    </message>
    <message>
        <source>AKS pricing tier</source>
        <translation>AKS 가격 책정 계층</translation>
    </message>
    <message>
        <source>Storage account SKU</source>
        <translation>스토리지 계정 SKU</translation>
    </message>
    <message>
        <source>The guide uses zone-redundant storage.</source>
        <translation>가이드는 영역 중복 스토리지를 사용합니다.</translation>
    </message>
    <message>
        <source>Storage account kind</source>
        <translation>스토리지 계정 종류</translation>
    </message>
    <message>
        <source>Helm repository name</source>
        <translation>Helm 리포지토리 이름</translation>
    </message>
    <message>
        <source>Helm repository URL</source>
        <translation>Helm 리포지토리 URL</translation>
    </message>
    <message>
        <source>Helm chart</source>
        <translation>Helm 차트</translation>
    </message>
    <message>
        <source>Helm release name</source>
        <translation>Helm 릴리스 이름</translation>
    </message>
    <message>
        <source>Chart version</source>
        <translation>차트 버전</translation>
    </message>
    <message>
        <source>Empty: the chart&apos;s latest version.</source>
        <translation>비워 두면 차트의 최신 버전을 사용합니다.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the setting&apos;s name, %2 the guide&apos;s environment variable (never translated)</extracomment>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Azure subscription</source>
        <translation>Azure 구독</translation>
    </message>
    <message>
        <source>The subscription every az command uses; empty: the Azure CLI&apos;s default subscription.</source>
        <translation>모든 az 명령이 사용하는 구독입니다. 비워 두면 Azure CLI의 기본 구독을 사용합니다.</translation>
    </message>
    <message>
        <source>Pinned, so that these settings install the same operator next month. A newer chart is a deliberate change.</source>
        <translation>고정되어 있으므로 이 설정은 다음 달에도 같은 연산자를 설치합니다. 더 새로운 차트로의 변경은 의도적으로 하세요.</translation>
    </message>
    <message>
        <source>Kubernetes support plan</source>
        <translation>Kubernetes 지원 플랜</translation>
    </message>
    <message>
        <source>KubernetesOfficial: the community&apos;s support of the newest versions. AKSLongTermSupport: older versions for two years; needs the premium tier.</source>
        <translation>KubernetesOfficial: 최신 버전에 대한 커뮤니티 지원입니다. AKSLongTermSupport: 이전 버전을 2년 동안 지원하며 프리미엄 계층이 필요합니다.</translation>
    </message>
    <message>
        <source>krew release</source>
        <translation>krew 릴리스</translation>
    </message>
    <message>
        <source>The tagged krew release to install (for example v0.5.0).</source>
        <translation>설치할 krew 릴리스의 태그입니다(예: v0.5.0).</translation>
    </message>
    <message>
        <source>krew SHA-256 checksums</source>
        <translation>krew SHA-256 체크섬</translation>
    </message>
    <message>
        <source>platform=SHA-256 of each krew archive of that release, from its .sha256 files; a download that differs installs nothing.</source>
        <translation>해당 릴리스의 각 krew 보관 파일에 대한 platform=SHA-256 값이며 릴리스의 .sha256 파일에서 가져옵니다. 다운로드한 파일이 다르면 아무것도 설치하지 않습니다.</translation>
    </message>
    <message>
        <source>PostgreSQL instances</source>
        <translation>PostgreSQL 인스턴스 수</translation>
    </message>
    <message>
        <source>A primary and its standbys, spread across the zones.</source>
        <translation>주 인스턴스와 대기 인스턴스이며, 영역에 고르게 분산됩니다.</translation>
    </message>
    <message>
        <source>PostgreSQL image</source>
        <translation>PostgreSQL 이미지</translation>
    </message>
    <message>
        <source>Its tag sets the PostgreSQL major version. A system image carries the Barman Cloud tools the backups need.</source>
        <translation>태그가 PostgreSQL 주 버전을 정합니다. system 이미지에는 백업에 필요한 Barman Cloud 도구가 들어 있습니다.</translation>
    </message>
    <message>
        <source>Storage size per instance</source>
        <translation>인스턴스당 스토리지 크기</translation>
    </message>
    <message>
        <source>With its unit, for example 64Gi.</source>
        <translation>단위와 함께 입력합니다(예: 64Gi).</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>스토리지 클래스</translation>
    </message>
    <message>
        <source>CPU per instance</source>
        <translation>인스턴스당 CPU</translation>
    </message>
    <message>
        <source>Cores (2, 0.5) or millicores (500m).</source>
        <translation>코어(2, 0.5) 또는 밀리코어(500m).</translation>
    </message>
    <message>
        <source>Memory per instance</source>
        <translation>인스턴스당 메모리</translation>
    </message>
    <message>
        <source>With its unit, for example 8Gi.</source>
        <translation>단위와 함께 입력합니다(예: 8Gi).</translation>
    </message>
    <message>
        <source>Backup retention</source>
        <translation>백업 보존 기간</translation>
    </message>
    <message>
        <source>Days, weeks or months: 7d, 4w, 1m.</source>
        <translation>일, 주 또는 월: 7d, 4w, 1m.</translation>
    </message>
</context>
<context>
    <name>cnpg::GuiApp</name>
    <message>
        <source>No display found (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are unset), so the wizard&apos;s window cannot open. Running the simulated deployment in the terminal instead (--apply --simulate).</source>
        <translation>디스플레이가 없어(DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM이 설정되지 않음) 마법사 창을 열 수 없습니다. 대신 터미널에서 시뮬레이션 배포를 실행합니다(--apply --simulate).</translation>
    </message>
</context>
<context>
    <name>cnpg::KrewDownloader</name>
    <message>
        <source>The krew download failed.</source>
        <translation>krew 다운로드에 실패했습니다.</translation>
    </message>
    <message>
        <source>The krew download stopped: the server sent nothing for too long.</source>
        <translation>krew 다운로드가 멈췄습니다: 서버가 너무 오랫동안 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The published checksum of krew could not be read.</source>
        <translation>krew의 게시된 체크섬을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The krew download does not match its published checksum; nothing was installed.</source>
        <translation>krew 다운로드가 게시된 체크섬과 일치하지 않아 아무것도 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>The krew archive is broken and could not be extracted; nothing was installed.</source>
        <translation>krew 압축 파일이 손상되어 풀 수 없으므로 아무것도 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>The krew archive does not contain the program for this platform; nothing was installed.</source>
        <translation>krew 압축 파일에 이 플랫폼용 프로그램이 없어 아무것도 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>The krew download could not be saved to a temporary folder.</source>
        <translation>krew 다운로드를 임시 폴더에 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>The krew download was cancelled.</source>
        <translation>krew 다운로드가 취소되었습니다.</translation>
    </message>
    <message>
        <source>The krew download does not match its SHA-256 checksum; nothing was installed.</source>
        <translation>krew 다운로드가 SHA-256 체크섬과 일치하지 않아 아무것도 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>KREW_SHA256 pins no SHA-256 for this computer&apos;s krew archive; add it from the release&apos;s .sha256 file. Nothing was installed.</source>
        <translation>KREW_SHA256에 이 컴퓨터용 krew 보관 파일의 SHA-256이 고정되어 있지 않습니다. 릴리스의 .sha256 파일에서 추가하세요. 아무것도 설치하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>cnpg::KubernetesVersions</name>
    <message>
        <source>Kubernetes %1 is only a preview in this region.</source>
        <translation>이 지역에서 Kubernetes %1은(는) 미리 보기로만 제공됩니다.</translation>
    </message>
    <message>
        <source>Kubernetes %1 is only offered with long-term support (Premium tier) in this region; the wizard uses the region&apos;s default, %2.</source>
        <translation>이 지역에서 Kubernetes %1은(는) 장기 지원(Premium 계층)으로만 제공됩니다. 마법사는 지역의 기본 버전인 %2을(를) 사용합니다.</translation>
    </message>
    <message>
        <source>Kubernetes %1, the guide&apos;s version, is no longer offered in this region (it is out of support on AKS); the wizard uses the region&apos;s default, %2.</source>
        <translation>가이드의 버전인 Kubernetes %1은(는) 이 지역에서 더 이상 제공되지 않습니다(AKS 지원 종료). 마법사는 지역의 기본 버전인 %2을(를) 사용합니다.</translation>
    </message>
</context>
<context>
    <name>cnpg::MainWindow</name>
    <message>
        <source>&amp;Deploy</source>
        <translation>배포(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>다음(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>current page</source>
        <translation>현재 페이지</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>not visited yet</source>
        <translation>아직 방문하지 않음</translation>
    </message>
    <message>
        <source>CNPG on AKS Setup Wizard</source>
        <translation>AKS의 CNPG 설치 마법사</translation>
    </message>
    <message>
        <source>Simulation mode: the commands run against a simulated Azure. Nothing is created in your subscription and nothing is billed.</source>
        <translation>시뮬레이션 모드: 명령이 시뮬레이션된 Azure를 대상으로 실행됩니다. 구독에는 아무것도 만들어지지 않고 요금도 청구되지 않습니다.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>A deployment is running</source>
        <translation>배포가 실행 중입니다</translation>
    </message>
    <message>
        <source>Cancel the deployment and quit? You can resume it later.</source>
        <translation>배포를 취소하고 끝낼까요? 나중에 다시 시작할 수 있습니다.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>%1
Creates the infrastructure of Microsoft&apos;s guide for a highly available PostgreSQL database on AKS with the CloudNativePG operator.</source>
        <translation>%1
CloudNativePG 연산자로 AKS에 고가용성 PostgreSQL 데이터베이스를 배포하기 위한 Microsoft 가이드의 인프라를 만듭니다.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open settings…</source>
        <translation>설정 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save settings…</source>
        <translation>설정 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export script…</source>
        <translation>스크립트 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>정보(&amp;A)</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>설정 열기</translation>
    </message>
    <message>
        <source>Settings (*.json)</source>
        <translation>설정 (*.json)</translation>
    </message>
    <message>
        <source>Problems in %1</source>
        <translation>%1의 문제</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>설정 저장</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>저장할 수 없음</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The settings are not valid</source>
        <translation>설정이 올바르지 않습니다</translation>
    </message>
    <message>
        <source>Export script</source>
        <translation>스크립트 내보내기</translation>
    </message>
    <message>
        <source>Bash scripts (*.sh)</source>
        <translation>Bash 스크립트 (*.sh)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>내보낼 수 없음</translation>
    </message>
    <message>
        <source>Export run report</source>
        <translation>실행 보고서 내보내기</translation>
    </message>
    <message>
        <source>F&amp;inish</source>
        <translation>마침(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Deployments…</source>
        <translation>배포 목록(&amp;D)…</translation>
    </message>
    <message>
        <source>A deployment is running: cancel it or let it finish first.</source>
        <translation>배포가 실행 중입니다. 먼저 취소하거나 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>배포 목록</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>타임라인 내보내기</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <source>HTML (*.html *.htm)</source>
        <translation>HTML 문서 (*.html *.htm)</translation>
    </message>
</context>
<context>
    <name>cnpg::ManifestTabs</name>
    <message>
        <source>Manifests and commands</source>
        <translation>매니페스트 및 명령</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>The Cluster manifest the plan applies</source>
        <translation>배포가 적용하는 Cluster 매니페스트</translation>
    </message>
    <message>
        <source>ScheduledBackup</source>
        <translation>예약된 백업</translation>
    </message>
    <message>
        <source>The ScheduledBackup manifest the plan applies</source>
        <translation>배포가 적용하는 ScheduledBackup 매니페스트</translation>
    </message>
    <message>
        <source>Cluster manifest</source>
        <translation>Cluster 매니페스트</translation>
    </message>
    <message>
        <source>ScheduledBackup manifest</source>
        <translation>ScheduledBackup 매니페스트</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>명령</translation>
    </message>
</context>
<context>
    <name>cnpg::ManifestView</name>
    <message>
        <source>No manifest: the settings it is made from are not valid.</source>
        <translation>매니페스트 없음: 매니페스트를 만드는 데 필요한 값이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>No manifest: %1 is invalid. %2</source>
        <translation>매니페스트 없음: %1 값이 올바르지 않습니다. %2</translation>
    </message>
</context>
<context>
    <name>cnpg::Plan</name>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Access from outside</source>
        <translation>외부 접근</translation>
    </message>
    <message>
        <source>Database monitoring</source>
        <translation>데이터베이스 모니터링</translation>
    </message>
    <message>
        <source>Schedule the backups</source>
        <translation>예약 백업 만들기</translation>
    </message>
    <message>
        <source>Start a first backup</source>
        <translation>첫 주문형 백업 시작</translation>
    </message>
    <message>
        <source>Wait until the backup has completed</source>
        <translation>백업이 완료될 때까지 대기</translation>
    </message>
    <message>
        <source>Expose the read-write endpoint</source>
        <translation>읽기/쓰기 엔드포인트 공개</translation>
    </message>
    <message>
        <source>Expose the read-only endpoint</source>
        <translation>읽기 전용 엔드포인트 공개</translation>
    </message>
    <message>
        <source>Wait for the read-write endpoint&apos;s public IP</source>
        <translation>읽기/쓰기 엔드포인트의 공용 IP 대기</translation>
    </message>
    <message>
        <source>Wait for the read-only endpoint&apos;s public IP</source>
        <translation>읽기 전용 엔드포인트의 공용 IP 대기</translation>
    </message>
    <message>
        <source>Create the pod monitor for Managed Prometheus</source>
        <translation>관리형 Prometheus용 PodMonitor 만들기</translation>
    </message>
    <message>
        <source>Make the signed-in user Grafana Admin</source>
        <translation>로그인한 사용자를 Grafana Admin으로 지정</translation>
    </message>
    <message>
        <source>Import the CloudNativePG dashboard into Grafana</source>
        <translation>Grafana에 CloudNativePG 대시보드 가져오기</translation>
    </message>
    <message>
        <source>A 403 (Access denied) means Grafana does not see a Grafana role of yours on this Grafana yet: a role assigned a moment ago takes a few minutes to arrive, so wait, then run again. If it stays, ask an Owner or User Access Administrator to run az role assignment create --role &quot;Grafana Admin&quot; --assignee &lt;your sign-in name&gt; --scope &lt;the Grafana&apos;s resource ID&gt;.</source>
        <translation>403(Access denied)은 Grafana가 아직 이 Grafana에 대한 내 Grafana 역할을 확인하지 못했다는 뜻입니다. 방금 할당한 역할은 반영되는 데 몇 분이 걸리므로 기다린 다음 다시 실행하세요. 계속되면 소유자(Owner) 또는 사용자 액세스 관리자(User Access Administrator)에게 az role assignment create --role &quot;Grafana Admin&quot; --assignee &lt;로그인 이름&gt; --scope &lt;Grafana의 리소스 ID&gt;를 실행해 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>The guide&apos;s remedy: grant yourself Storage Blob Data Owner, then try again.</source>
        <translation>가이드의 해결 방법: 내 계정에 Storage Blob Data Owner 역할을 할당한 다음 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Azure CLI extensions</source>
        <translation>Azure CLI 확장</translation>
    </message>
    <message>
        <source>krew and the CNPG plugin</source>
        <translation>krew 및 CNPG 플러그 인</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>리소스 그룹</translation>
    </message>
    <message>
        <source>User-assigned managed identity</source>
        <translation>사용자 할당 관리 ID</translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation>스토리지 계정</translation>
    </message>
    <message>
        <source>Backup container</source>
        <translation>백업 컨테이너</translation>
    </message>
    <message>
        <source>RBAC on the storage account</source>
        <translation>스토리지 계정에 RBAC 할당</translation>
    </message>
    <message>
        <source>Monitoring infrastructure</source>
        <translation>모니터링 인프라</translation>
    </message>
    <message>
        <source>AKS cluster</source>
        <translation>AKS 클러스터</translation>
    </message>
    <message>
        <source>User node pool</source>
        <translation>사용자 노드 풀</translation>
    </message>
    <message>
        <source>Credentials and namespaces</source>
        <translation>자격 증명 및 네임스페이스</translation>
    </message>
    <message>
        <source>Container insights</source>
        <translation>컨테이너 인사이트</translation>
    </message>
    <message>
        <source>Public IP for ingress</source>
        <translation>수신용 공용 고정 IP</translation>
    </message>
    <message>
        <source>CloudNativePG operator</source>
        <translation>CloudNativePG 연산자</translation>
    </message>
    <message>
        <source>Add the Azure CLI extension</source>
        <translation>Azure CLI 확장 설치</translation>
    </message>
    <message>
        <source>Add the CNPG Helm repository</source>
        <translation>CNPG Helm 리포지토리 추가</translation>
    </message>
    <message>
        <source>Add the user node pool</source>
        <translation>사용자 노드 풀 추가</translation>
    </message>
    <message>
        <source>Check the cluster&apos;s add-on profiles</source>
        <translation>클러스터의 추가 기능 프로필 확인</translation>
    </message>
    <message>
        <source>Check the monitoring DaemonSet</source>
        <translation>모니터링 DaemonSet 확인</translation>
    </message>
    <message>
        <source>Check the operator deployment</source>
        <translation>연산자 배포 확인</translation>
    </message>
    <message>
        <source>Create Azure Managed Grafana</source>
        <translation>Azure Managed Grafana 인스턴스 만들기</translation>
    </message>
    <message>
        <source>Create the AKS cluster</source>
        <translation>AKS 클러스터 만들기</translation>
    </message>
    <message>
        <source>Create the Azure Monitor workspace</source>
        <translation>Azure Monitor 작업 영역 만들기</translation>
    </message>
    <message>
        <source>Create the Log Analytics workspace</source>
        <translation>Log Analytics 작업 영역 만들기</translation>
    </message>
    <message>
        <source>Create the backup container</source>
        <translation>백업 컨테이너 만들기</translation>
    </message>
    <message>
        <source>Create the managed identity</source>
        <translation>관리 ID 만들기</translation>
    </message>
    <message>
        <source>Create the namespace</source>
        <translation>네임스페이스 만들기</translation>
    </message>
    <message>
        <source>Create the public IP</source>
        <translation>공용 IP 만들기</translation>
    </message>
    <message>
        <source>Create the resource group</source>
        <translation>리소스 그룹 만들기</translation>
    </message>
    <message>
        <source>Create the storage account</source>
        <translation>스토리지 계정 만들기</translation>
    </message>
    <message>
        <source>Enable container insights</source>
        <translation>컨테이너 인사이트 사용</translation>
    </message>
    <message>
        <source>Get the cluster credentials</source>
        <translation>클러스터 자격 증명 가져오기</translation>
    </message>
    <message>
        <source>Grant the identity Network Contributor</source>
        <translation>관리 ID에 Network Contributor 역할 할당</translation>
    </message>
    <message>
        <source>Grant the identity Storage Blob Data Contributor</source>
        <translation>관리 ID에 Storage Blob Data Contributor 역할 할당</translation>
    </message>
    <message>
        <source>Grant yourself Storage Blob Data Owner</source>
        <translation>내 계정에 Storage Blob Data Owner 역할 할당</translation>
    </message>
    <message>
        <source>Install krew</source>
        <translation>krew 설치</translation>
    </message>
    <message>
        <source>Install the CloudNativePG operator</source>
        <translation>CloudNativePG 연산자 설치</translation>
    </message>
    <message>
        <source>Install the cnpg kubectl plugin</source>
        <translation>kubectl cnpg 플러그 인 설치</translation>
    </message>
    <message>
        <source>List the role assignments on the storage account</source>
        <translation>스토리지 계정의 역할 할당 나열</translation>
    </message>
    <message>
        <source>Look up the signed-in user</source>
        <translation>로그인한 사용자 조회</translation>
    </message>
    <message>
        <source>Read the node resource group</source>
        <translation>노드 리소스 그룹 이름 가져오기</translation>
    </message>
    <message>
        <source>Read the node resource group&apos;s ID</source>
        <translation>노드 리소스 그룹의 리소스 ID 가져오기</translation>
    </message>
    <message>
        <source>Read the public IP address</source>
        <translation>공용 IP 주소 가져오기</translation>
    </message>
    <message>
        <source>Read the storage account&apos;s resource ID</source>
        <translation>스토리지 계정의 리소스 ID 가져오기</translation>
    </message>
    <message>
        <source>Update the CNPG Helm repository</source>
        <translation>CNPG Helm 리포지토리 업데이트</translation>
    </message>
    <message>
        <source>Read the cluster&apos;s OIDC issuer</source>
        <translation>클러스터의 OIDC 발급자 읽기</translation>
    </message>
    <message>
        <source>Create the federated credential for backups</source>
        <translation>백업용 페더레이션 자격 증명 만들기</translation>
    </message>
    <message>
        <source>Create the application user&apos;s secret</source>
        <translation>애플리케이션 사용자 시크릿 만들기</translation>
    </message>
    <message>
        <source>Workload identity for backups</source>
        <translation>백업용 워크로드 ID</translation>
    </message>
    <message>
        <source>The application user&apos;s secret</source>
        <translation>애플리케이션 사용자 시크릿</translation>
    </message>
    <message>
        <source>Create the PostgreSQL cluster</source>
        <translation>PostgreSQL 클러스터 만들기</translation>
    </message>
    <message>
        <source>Wait until every instance is ready</source>
        <translation>모든 인스턴스가 준비될 때까지 기다리기</translation>
    </message>
    <message>
        <source>PostgreSQL cluster</source>
        <translation>PostgreSQL 클러스터</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Wait until WAL archiving works</source>
        <translation>WAL 아카이빙이 동작할 때까지 대기</translation>
    </message>
    <message>
        <source>Check that the primary accepts writes</source>
        <translation>주 인스턴스가 쓰기를 받는지 확인</translation>
    </message>
    <message>
        <source>Check that a standby is read-only</source>
        <translation>대기 인스턴스가 읽기 전용인지 확인</translation>
    </message>
    <message>
        <source>Read the backup&apos;s ID</source>
        <translation>백업 ID 읽기</translation>
    </message>
    <message>
        <source>Check that the backup is in the storage container</source>
        <translation>백업이 스토리지 컨테이너에 있는지 확인</translation>
    </message>
    <message>
        <source>AKS node resource group</source>
        <translation>AKS 노드 리소스 그룹</translation>
    </message>
    <message>
        <source>Delete the Log Analytics workspace for good</source>
        <translation>Log Analytics 작업 영역 영구 삭제</translation>
    </message>
    <message>
        <source>Delete the resource group</source>
        <translation>리소스 그룹 삭제</translation>
    </message>
    <message>
        <source>Log Analytics workspace</source>
        <translation>Log Analytics 작업 영역</translation>
    </message>
    <message>
        <source>Wait for the AKS node resource group to go</source>
        <translation>AKS 노드 리소스 그룹이 삭제될 때까지 대기</translation>
    </message>
    <message>
        <source>Local kubeconfig</source>
        <translation>로컬 kubeconfig</translation>
    </message>
    <message>
        <source>Remove the cluster&apos;s context from the kubeconfig</source>
        <translation>kubeconfig에서 클러스터의 컨텍스트 제거</translation>
    </message>
    <message>
        <source>Remove the cluster from the kubeconfig</source>
        <translation>kubeconfig에서 클러스터 제거</translation>
    </message>
    <message>
        <source>Remove the cluster&apos;s user from the kubeconfig</source>
        <translation>kubeconfig에서 클러스터의 사용자 제거</translation>
    </message>
</context>
<context>
    <name>cnpg::Preflight</name>
    <message>
        <source>Checking the tools…</source>
        <translation>도구를 확인하는 중…</translation>
    </message>
    <message>
        <source>Install or update %1 (see How to fix in the tools table), then click Re-check. The deployment needs it.</source>
        <translation>%1을(를) 설치하거나 업데이트한 다음(도구 표의 해결 방법 참고) 다시 확인을 클릭하세요. 배포에 필요합니다.</translation>
    </message>
    <message>
        <source>Checking the Azure sign-in…</source>
        <translation>Azure 로그인을 확인하는 중…</translation>
    </message>
    <message>
        <source>Finish signing in to Azure.</source>
        <translation>Azure 로그인을 마치세요.</translation>
    </message>
    <message>
        <source>Sign in to Azure first (the Sign in button runs az login).</source>
        <translation>먼저 Azure에 로그인하세요(로그인 단추가 az login을 실행합니다).</translation>
    </message>
    <message>
        <source>Detecting the public IP of this computer…</source>
        <translation>이 컴퓨터의 공용 IP를 감지하는 중…</translation>
    </message>
    <message>
        <source>Detected %1. You can still edit it.</source>
        <translation>%1을(를) 감지했습니다. 계속 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>Could not detect the public IP: %1 Type it yourself.</source>
        <translation>공용 IP를 감지하지 못했습니다: %1 직접 입력하세요.</translation>
    </message>
    <message>
        <source>Asking AKS which versions %1 offers…</source>
        <translation>%1에서 제공하는 버전을 AKS에 묻는 중…</translation>
    </message>
    <message>
        <source>Could not list the Kubernetes versions of %1.</source>
        <translation>%1의 Kubernetes 버전 목록을 가져오지 못했습니다.</translation>
    </message>
    <message>
        <source>Offered in %1 (its default: %2).</source>
        <translation>%1에서 제공됩니다(기본값: %2).</translation>
    </message>
    <message>
        <source>%1 does not offer Kubernetes %2 with standard support; its default is %3.</source>
        <translation>%1에서는 Kubernetes %2을(를) 표준 지원으로 제공하지 않습니다. 기본값은 %3입니다.</translation>
    </message>
    <message>
        <source>Checking whether the name is free in Azure…</source>
        <translation>Azure에서 이름을 사용할 수 있는지 확인하는 중…</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>사용 중: %1</translation>
    </message>
    <message>
        <source>Could not check the name: %1</source>
        <translation>이름을 확인하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>cnpg::PublicIpDetector</name>
    <message>
        <source>Your public IP address could not be found: this computer seems to be offline. Enter it yourself.</source>
        <translation>공용 IP 주소를 찾을 수 없습니다: 이 컴퓨터가 오프라인인 것 같습니다. 직접 입력하세요.</translation>
    </message>
    <message>
        <source>Your public IP address could not be found: no answer in time. Enter it yourself.</source>
        <translation>공용 IP 주소를 찾을 수 없습니다: 제시간에 응답이 없습니다. 직접 입력하세요.</translation>
    </message>
    <message>
        <source>The answer did not contain a public IPv4 address. Enter your address yourself.</source>
        <translation>응답에 공용 IPv4 주소가 없습니다. 주소를 직접 입력하세요.</translation>
    </message>
</context>
<context>
    <name>cnpg::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Check every value before anything is created. The script on the right runs exactly the commands of the deployment; you can export it and run it yourself, or deploy from the next page.</source>
        <translation>리소스를 만들기 전에 모든 값을 확인하세요. 오른쪽 스크립트는 배포와 똑같은 명령을 실행합니다. 스크립트를 내보내 직접 실행하거나 다음 페이지에서 배포할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>약 %n분</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated duration on Azure: %1 (the steps run in parallel where the guide allows; one after another it would be %2).</source>
        <translation>Azure에서 예상 소요 시간: %1(가이드가 허용하는 단계는 동시에 실행합니다. 하나씩 실행하면 %2).</translation>
    </message>
    <message>
        <source>&amp;Settings:</source>
        <translation>설정(&amp;S):</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>변수</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>스크립트</translation>
    </message>
    <message>
        <source>Export s&amp;cript…</source>
        <translation>스크립트 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>Export se&amp;ttings…</source>
        <translation>설정 내보내기(&amp;T)…</translation>
    </message>
    <message>
        <source>The &amp;whole script:</source>
        <translation>전체 스크립트(&amp;W):</translation>
    </message>
    <message>
        <source>Estimated &amp;cost</source>
        <translation>예상 비용(&amp;C)</translation>
    </message>
</context>
<context>
    <name>cnpg::ScriptExporter</name>
    <message>
        <source>Like with_retry, for a command that reads its standard input: the input is kept, so that every attempt reads all of it.</source>
        <translation>with_retry와 같지만 표준 입력을 읽는 명령에 씁니다: 입력을 보관해 두어 매 시도가 입력 전체를 읽습니다.</translation>
    </message>
    <message>
        <source>Runs a delete; a resource that is already gone is not an error.</source>
        <translation>삭제 명령을 실행합니다. 이미 없는 리소스는 오류가 아닙니다.</translation>
    </message>
    <message>
        <source>Waits until a check no longer finds the resource: every $1 seconds, at most $2 times.</source>
        <translation>확인 명령이 리소스를 더 이상 찾지 못할 때까지 기다립니다: $1초마다, 최대 $2번.</translation>
    </message>
    <message>
        <source>Infrastructure for a highly available PostgreSQL database on AKS with CloudNativePG.</source>
        <translation>CloudNativePG로 AKS에 고가용성 PostgreSQL 데이터베이스를 배포하기 위한 인프라입니다.</translation>
    </message>
    <message>
        <source>Generated by %1. Safe to run again: every step that creates a resource first checks whether it exists.</source>
        <translation>%1에서 생성했습니다. 다시 실행해도 안전합니다: 리소스를 만드는 모든 단계는 먼저 리소스가 있는지 확인합니다.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>환경 변수</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Stops with a message when a tool is missing.</source>
        <translation>필요한 도구가 없으면 메시지를 출력하고 멈춥니다.</translation>
    </message>
    <message>
        <source>Prints a step&apos;s title on stderr, so that captured output stays clean.</source>
        <translation>단계 제목을 stderr에 출력하여 캡처한 출력이 섞이지 않게 합니다.</translation>
    </message>
    <message>
        <source>Runs a read-only check; succeeds and prints its output only when the resource exists.</source>
        <translation>읽기 전용 확인을 실행합니다. 리소스가 있을 때만 성공하고 그 출력을 표시합니다.</translation>
    </message>
    <message>
        <source>Runs a command again, with a growing pause, while it fails with a transient error that matches $1.</source>
        <translation>명령이 $1과(와) 일치하는 일시적 오류로 실패하는 동안 대기 시간을 늘려 가며 다시 실행합니다.</translation>
    </message>
    <message>
        <source>Runs a read-only check: succeeds, with its output in PROBED, when the resource exists; fails when the tool says it does not; stops the script when the check keeps failing otherwise.</source>
        <translation>읽기 전용 확인을 실행합니다. 리소스가 있으면 성공하고 그 출력을 PROBED에 담습니다. 도구가 없다고 답하면 실패하고, 그 밖의 이유로 확인이 계속 실패하면 스크립트를 멈춥니다.</translation>
    </message>
    <message>
        <source>A mirror of the krew release may stand in for GitHub; its archive is still checked against KREW_SHA256.</source>
        <translation>krew 릴리스의 미러가 GitHub 대신 사용될 수 있으며, 그 보관 파일도 KREW_SHA256과 대조합니다.</translation>
    </message>
    <message>
        <source>Runs a check and fails when its answer, whitespace aside, is not $1.</source>
        <translation>확인 명령을 실행하고, 공백을 뺀 답이 $1이 아니면 실패합니다.</translation>
    </message>
    <message>
        <source>Generated by %1. Safe to run again: what is gone already is not an error.</source>
        <translation>%1이(가) 생성했습니다. 다시 실행해도 안전합니다. 이미 삭제된 것은 오류가 아닙니다.</translation>
    </message>
    <message>
        <source>Teardown of a deployment of the PostgreSQL-on-AKS infrastructure: its resource group and the AKS node resource group.</source>
        <translation>AKS 기반 PostgreSQL 인프라 배포의 해체: 리소스 그룹과 AKS 노드 리소스 그룹.</translation>
    </message>
    <message>
        <source>Runs a delete; an error that matches $1 means it was gone already.</source>
        <translation>삭제를 실행합니다. $1과 일치하는 오류는 이미 없어졌다는 뜻입니다.</translation>
    </message>
</context>
<context>
    <name>cnpg::SettingErrorText</name>
    <message>
        <source>Not a six-field cron schedule: seconds, minutes, hours, day of month, month, day of week (for example %1), or @daily, @weekly, @monthly.</source>
        <translation>6개 필드(초, 분, 시, 일, 월, 요일)로 된 cron 일정이 아닙니다(예: %1). @daily, @weekly, @monthly도 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>값이 필요합니다.</translation>
    </message>
    <message>
        <source>Must be %1 to %2 characters long.</source>
        <translation>%1~%2자여야 합니다.</translation>
    </message>
    <message>
        <source>The character “%1” is not allowed here.</source>
        <translation>여기에는 문자 “%1”을(를) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Must start with a letter.</source>
        <translation>영문자로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>Must start with a letter or a digit.</source>
        <translation>영문자나 숫자로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>Must end with a letter or a digit.</source>
        <translation>영문자나 숫자로 끝나야 합니다.</translation>
    </message>
    <message>
        <source>Must not end with a period.</source>
        <translation>마침표로 끝날 수 없습니다.</translation>
    </message>
    <message>
        <source>Must not contain two hyphens in a row.</source>
        <translation>하이픈을 연속으로 두 개 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Line breaks, tabs and other control characters are not allowed.</source>
        <translation>줄 바꿈, 탭 및 기타 제어 문자는 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is not an Azure region name (for example westus3).</source>
        <translation>“%1”은(는) Azure 지역 이름이 아닙니다(예: westus3).</translation>
    </message>
    <message>
        <source>The region %1 has no availability zones; clear the zones or choose another region.</source>
        <translation>지역 %1에는 가용성 영역이 없습니다. 영역을 비우거나 다른 지역을 선택하세요.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address or CIDR range (for example 203.0.113.7 or 203.0.113.0/24).</source>
        <translation>“%1”은(는) IPv4 주소나 CIDR 범위가 아닙니다(예: 203.0.113.7 또는 203.0.113.0/24).</translation>
    </message>
    <message>
        <source>“%1” is not a key=value tag (keys cannot contain &lt; &gt; % &amp; \ ? /).</source>
        <translation>“%1”은(는) key=value 형식의 태그가 아닙니다(키에는 &lt; &gt; % &amp; \ ? /를 쓸 수 없습니다).</translation>
    </message>
    <message>
        <source>The tag “%1” is given twice.</source>
        <translation>태그 “%1”이(가) 두 번 지정되었습니다.</translation>
    </message>
    <message>
        <source>Not a VM size (for example standard_d4s_v3).</source>
        <translation>VM 크기가 아닙니다(예: standard_d4s_v3).</translation>
    </message>
    <message>
        <source>Not a version number (for example 1.29).</source>
        <translation>버전 번호가 아닙니다(예: 1.29).</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>true 또는 false여야 합니다.</translation>
    </message>
    <message>
        <source>Must be one of: %1.</source>
        <translation>다음 중 하나여야 합니다: %1.</translation>
    </message>
    <message>
        <source>Not an http or https URL.</source>
        <translation>http 또는 https URL이 아닙니다.</translation>
    </message>
    <message>
        <source>Must be a whole number from %1 to %2.</source>
        <translation>%1에서 %2 사이의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>The minimum (%1) is larger than the maximum (%2).</source>
        <translation>최솟값(%1)이 최댓값(%2)보다 큽니다.</translation>
    </message>
    <message>
        <source>“%1” is not an availability zone: use 1, 2 and 3, each once.</source>
        <translation>“%1”은(는) 가용성 영역이 아닙니다. 1, 2, 3을 각각 한 번씩 사용하세요.</translation>
    </message>
    <message>
        <source>Unknown setting.</source>
        <translation>알 수 없는 설정입니다.</translation>
    </message>
    <message>
        <source>Wrong type: %1 given.</source>
        <translation>형식이 잘못되었습니다: %1이(가) 지정되었습니다.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>파일이 올바른 JSON이 아닙니다: %1(%2바이트 위치).</translation>
    </message>
    <message>
        <source>Unsupported settings file schema (%1); expected 1.</source>
        <translation>지원하지 않는 설정 파일 스키마(%1)입니다. 1이어야 합니다.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Not a regular file (a pipe, a device or a folder); nothing was read.</source>
        <translation>일반 파일이 아닙니다(파이프, 장치 또는 폴더). 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>The file is larger than %1 KiB; a settings file is far smaller.</source>
        <translation>파일이 %1 KiB보다 큽니다. 설정 파일은 훨씬 작습니다.</translation>
    </message>
    <message>
        <source>Given more than once in the file; keep one.</source>
        <translation>파일에 두 번 이상 있습니다. 하나만 남기세요.</translation>
    </message>
    <message>
        <source>Must not start with “-”: az, kubectl and helm would read it as an option.</source>
        <translation>“-”로 시작할 수 없습니다. az, kubectl, helm이 옵션으로 읽습니다.</translation>
    </message>
    <message>
        <source>Contains an invalid character (a lone UTF-16 surrogate).</source>
        <translation>잘못된 문자(짝이 없는 UTF-16 서로게이트)가 있습니다.</translation>
    </message>
    <message>
        <source>Long-term support (AKSLongTermSupport) needs the premium tier; the tier is %1. Set AKS_TIER to premium, or choose KubernetesOfficial.</source>
        <translation>장기 지원(AKSLongTermSupport)에는 프리미엄 계층이 필요하지만 계층이 %1입니다. AKS_TIER를 premium으로 설정하거나 KubernetesOfficial을 선택하세요.</translation>
    </message>
    <message>
        <source>“%1” is not a platform and its SHA-256 (for example linux_amd64=&lt;64 hex digits&gt;), or names a platform twice.</source>
        <translation>“%1”은(는) 플랫폼과 그 SHA-256(예: linux_amd64=&lt;16진수 64자리&gt;)이 아니거나, 같은 플랫폼을 두 번 지정합니다.</translation>
    </message>
    <message>
        <source>Not of the expected form (for example %1).</source>
        <translation>필요한 형식이 아닙니다(예: %1).</translation>
    </message>
</context>
<context>
    <name>cnpg::SettingsArguments</name>
    <message>
        <source>Read the settings from &lt;file&gt; (JSON).</source>
        <translation>&lt;file&gt;(JSON)에서 설정을 읽습니다.</translation>
    </message>
    <message>
        <source>Set one value, e.g. --set LOCAL_NAME=demo (repeatable; applied after --settings).</source>
        <translation>값 하나를 설정합니다. 예: --set LOCAL_NAME=demo (여러 번 사용 가능, --settings 다음에 적용).</translation>
    </message>
</context>
<context>
    <name>cnpg::SettingsFormPage</name>
    <message>
        <source>Settings</source>
        <translation>환경 변수</translation>
    </message>
    <message>
        <source>Extensions and tools</source>
        <translation>확장 및 도구</translation>
    </message>
    <message>
        <source>Identity and storage</source>
        <translation>관리 ID 및 스토리지</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>모니터링</translation>
    </message>
    <message>
        <source>AKS cluster and node pools</source>
        <translation>AKS 클러스터 및 노드 풀</translation>
    </message>
    <message>
        <source>Ingress public IP</source>
        <translation>수신용 공용 IP</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>연산자</translation>
    </message>
    <message>
        <source>These are the guide&apos;s environment variables. The resource names are derived from LOCAL_NAME and SUFFIX, and the suffix keeps them unique. The cluster&apos;s API server will accept connections only from the public client IP.</source>
        <translation>가이드 전체에서 사용하는 환경 변수입니다. 리소스 이름은 LOCAL_NAME과 SUFFIX에서 만들어지며, 접미사 덕분에 이름이 고유해집니다. 클러스터의 API 서버는 공용 클라이언트 IP에서 오는 연결만 허용합니다.</translation>
    </message>
    <message>
        <source>The Azure CLI extensions aks-preview, k8s-extension and amg add the commands this guide needs for AKS and Azure Managed Grafana. krew, the kubectl plugin manager, then installs the CNPG plugin, which later manages the PostgreSQL operator.</source>
        <translation>Azure CLI 확장 aks-preview, k8s-extension, amg는 이 가이드에 필요한 AKS 및 Azure Managed Grafana 명령을 추가합니다. 이어서 kubectl 플러그 인 관리자인 krew가 CNPG 플러그 인을 설치하며, 이 플러그 인으로 나중에 PostgreSQL 연산자를 관리합니다.</translation>
    </message>
    <message>
        <source>A resource group holds everything this guide creates. A user-assigned managed identity lets PostgreSQL reach Azure Blob Storage through AKS workload identity, without secrets. The storage account&apos;s container keeps the write-ahead logs and backups; the identity gets the Storage Blob Data Contributor role on the account.</source>
        <translation>리소스 그룹은 이 가이드에서 만드는 모든 리소스를 보관합니다. 사용자 할당 관리 ID는 PostgreSQL이 비밀 없이 AKS 워크로드 ID로 Azure Blob Storage에 액세스할 수 있게 합니다. 스토리지 계정의 컨테이너에는 WAL과 백업이 저장되며, 관리 ID에는 이 계정에 대한 Storage Blob Data Contributor 역할이 할당됩니다.</translation>
    </message>
    <message>
        <source>An Azure Managed Grafana instance, an Azure Monitor workspace and a Log Analytics workspace collect the PostgreSQL cluster&apos;s metrics and logs. The cluster is linked to them when it is created. Grafana takes a few minutes.</source>
        <translation>Azure Managed Grafana 인스턴스, Azure Monitor 작업 영역, Log Analytics 작업 영역이 PostgreSQL 클러스터의 메트릭과 로그를 수집합니다. 클러스터를 만들 때 이 리소스에 연결됩니다. Grafana는 만드는 데 몇 분 정도 걸립니다.</translation>
    </message>
    <message>
        <source>A multi-zone AKS cluster with a system node pool, then a user node pool labelled workload=postgres that hosts PostgreSQL. Then the credentials, the two namespaces and container insights for log collection. This is the longest part of the deployment.</source>
        <translation>시스템 노드 풀이 있는 다중 영역 AKS 클러스터를 만들고, PostgreSQL을 호스트할 workload=postgres 레이블의 사용자 노드 풀을 추가합니다. 이어서 자격 증명을 가져오고 두 네임스페이스를 만든 다음, 로그 수집을 위해 컨테이너 인사이트를 사용하도록 설정합니다. 배포에서 가장 오래 걸리는 부분입니다.</translation>
    </message>
    <message>
        <source>A static public IP in the cluster&apos;s node resource group, which an Azure load balancer later uses to expose PostgreSQL to clients such as psql. The identity gets the Network Contributor role on that resource group.</source>
        <translation>클러스터의 노드 리소스 그룹에 공용 고정 IP를 만듭니다. 나중에 Azure Load Balancer가 이 IP로 PostgreSQL을 psql 같은 클라이언트에 노출합니다. 관리 ID에는 이 리소스 그룹에 대한 Network Contributor 역할이 할당됩니다.</translation>
    </message>
    <message>
        <source>The CloudNativePG (CNPG) operator is installed with Helm into the operator namespace. It manages the PostgreSQL clusters that the next guide deploys.</source>
        <translation>CloudNativePG(CNPG) 연산자를 Helm으로 연산자 네임스페이스에 설치합니다. 이 연산자가 다음 가이드에서 배포하는 PostgreSQL 클러스터를 관리합니다.</translation>
    </message>
    <message>
        <source>&amp;Commands of this step, as in the exported script:</source>
        <translation>이 단계의 명령(내보낸 스크립트와 동일)(&amp;C):</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>The guide&apos;s environment variables</source>
        <translation>가이드의 환경 변수</translation>
    </message>
    <message>
        <source>Values the guide writes into its commands</source>
        <translation>가이드가 명령에 직접 쓰는 값</translation>
    </message>
    <message>
        <source>Nothing to set here: these tools are installed the same way for every deployment. The Azure CLI extensions aks-preview, k8s-extension and amg; krew; the kubectl plugin cnpg.</source>
        <translation>여기서는 설정할 것이 없습니다. 이 도구들은 모든 배포에서 같은 방식으로 설치됩니다: Azure CLI 확장 aks-preview, k8s-extension, amg, 그리고 krew와 kubectl 플러그 인 cnpg.</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>다시 생성(&amp;R)</translation>
    </message>
    <message>
        <source>Draw a new random suffix</source>
        <translation>새 임의 접미사 생성</translation>
    </message>
    <message>
        <source>Regenerate the suffix</source>
        <translation>접미사 다시 생성</translation>
    </message>
    <message>
        <source>&amp;Detect</source>
        <translation>감지(&amp;D)</translation>
    </message>
    <message>
        <source>Ask the internet which address this computer uses</source>
        <translation>이 컴퓨터가 인터넷에서 사용하는 주소를 조회합니다</translation>
    </message>
    <message>
        <source>Detect the public client IP</source>
        <translation>공용 클라이언트 IP 감지</translation>
    </message>
    <message>
        <source>PostgreSQL cluster</source>
        <translation>PostgreSQL 클러스터</translation>
    </message>
    <message>
        <source>The highly available PostgreSQL cluster of the next guide: a primary and standbys spread across the zones on the PostgreSQL node pool, each with its own disk, backed up to the storage account. The image&apos;s tag sets the PostgreSQL version. The manifests beside the fields are what the deployment applies, exactly as in the exported script.</source>
        <translation>다음 가이드의 고가용성 PostgreSQL 클러스터입니다. 주 인스턴스와 대기 인스턴스가 PostgreSQL 노드 풀에서 가용성 영역에 분산되고, 인스턴스마다 자체 디스크를 가지며, 스토리지 계정에 백업됩니다. 이미지의 태그가 PostgreSQL 버전을 정합니다. 필드 옆의 매니페스트는 배포가 적용하는 그대로이며, 내보낸 스크립트와 같습니다.</translation>
    </message>
</context>
<context>
    <name>cnpg::StepText</name>
    <message>
        <source>could not check whether it already exists</source>
        <translation>이미 있는지 확인하지 못했습니다</translation>
    </message>
    <message>
        <source>the resource is still there after the wait</source>
        <translation>기다린 뒤에도 리소스가 남아 있음</translation>
    </message>
    <message>
        <source>this version cannot run a step of this kind</source>
        <translation>이 버전은 이 종류의 단계를 실행할 수 없음</translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation> (%1번째 시도)</translation>
    </message>
    <message>
        <source>Checking whether it exists:</source>
        <translation>있는지 확인하는 중:</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>차례 대기</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>다시 시도 중</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>이미 있음</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Only if needed</source>
        <translation>필요할 때만</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>리소스</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Provisioning state</source>
        <translation>프로비저닝 상태</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>경과 시간</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>%1 필요</translation>
    </message>
    <message>
        <source>another change of the same cluster runs first (%1)</source>
        <translation>같은 클러스터의 다른 변경이 먼저 실행 중(%1)</translation>
    </message>
    <message>
        <source>waits for a free slot</source>
        <translation>빈 실행 슬롯 대기</translation>
    </message>
    <message>
        <source>runs the guide&apos;s remedy</source>
        <translation>가이드의 해결 단계 실행</translation>
    </message>
    <message>
        <source>the command failed</source>
        <translation>명령 실패</translation>
    </message>
    <message>
        <source>the program could not start</source>
        <translation>프로그램을 시작할 수 없음</translation>
    </message>
    <message>
        <source>the program stopped abnormally</source>
        <translation>프로그램이 비정상적으로 멈춤</translation>
    </message>
    <message>
        <source>a value it needs is missing: %1</source>
        <translation>필요한 값이 없음: %1</translation>
    </message>
    <message>
        <source>its output lacks a value the next steps need</source>
        <translation>다음 단계에 필요한 값이 출력에 없음</translation>
    </message>
    <message>
        <source>the guide&apos;s remedy failed</source>
        <translation>가이드의 해결 단계 실패</translation>
    </message>
    <message>
        <source>not started: %1 failed</source>
        <translation>시작하지 않음: %1 실패</translation>
    </message>
    <message>
        <source>done in an earlier run</source>
        <translation>이전 실행에서 완료됨</translation>
    </message>
    <message>
        <source>the download failed</source>
        <translation>다운로드 실패</translation>
    </message>
    <message>
        <source>the download does not match its checksum</source>
        <translation>다운로드가 체크섬과 일치하지 않음</translation>
    </message>
    <message>
        <source>Downloading %1%</source>
        <translation>다운로드 중 %1%</translation>
    </message>
    <message>
        <source>Downloading %1 KiB</source>
        <translation>다운로드 중 %1KiB</translation>
    </message>
    <message>
        <source>the check gave an unexpected answer</source>
        <translation>확인 결과가 예상과 다름</translation>
    </message>
    <message>
        <source>Setting up the primary</source>
        <translation>주 인스턴스 설정 중</translation>
    </message>
    <message>
        <source>Creating a new replica</source>
        <translation>새 대기 복제본 만드는 중</translation>
    </message>
    <message>
        <source>Waiting for the instances to become active</source>
        <translation>인스턴스가 활성화되기를 기다리는 중</translation>
    </message>
    <message>
        <source>Cluster healthy</source>
        <translation>클러스터 정상</translation>
    </message>
    <message>
        <source>Switchover in progress</source>
        <translation>주 인스턴스 전환 중</translation>
    </message>
    <message>
        <source>Failing over</source>
        <translation>장애 조치 중</translation>
    </message>
    <message>
        <source>Upgrading the cluster</source>
        <translation>클러스터 업그레이드 중</translation>
    </message>
    <message>
        <source>Applying configuration</source>
        <translation>구성 적용 중</translation>
    </message>
    <message>
        <source>Backup pending</source>
        <translation>백업 대기 중</translation>
    </message>
    <message>
        <source>Backup started</source>
        <translation>백업 시작됨</translation>
    </message>
    <message>
        <source>Backup running</source>
        <translation>백업 실행 중</translation>
    </message>
    <message>
        <source>Backup finalizing</source>
        <translation>백업 마무리 중</translation>
    </message>
    <message>
        <source>Backup completed</source>
        <translation>백업 완료</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>백업 실패</translation>
    </message>
    <message>
        <source>Backup waits: WAL archiving is failing</source>
        <translation>백업 대기: WAL 아카이빙이 실패하고 있음</translation>
    </message>
    <message>
        <source>%1 (%2/%3 ready)</source>
        <translation>%1 (%2/%3 준비됨)</translation>
    </message>
</context>
<context>
    <name>cnpg::StorageNameChecker</name>
    <message>
        <source>The name %1 is available.</source>
        <translation>이름 %1을(를) 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 is not a valid storage account name: 3 to 24 lowercase letters and digits.</source>
        <translation>%1은(는) 올바른 스토리지 계정 이름이 아닙니다: 영문 소문자와 숫자 3~24자여야 합니다.</translation>
    </message>
    <message>
        <source>The name could not be checked: %1</source>
        <translation>이름을 확인할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The name %1 is already taken by another storage account; choose another name.</source>
        <translation>이름 %1은(는) 이미 다른 스토리지 계정이 사용하고 있습니다. 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>The storage account %1 already exists in this deployment&apos;s resource group; the deployment will reuse it.</source>
        <translation>스토리지 계정 %1이(가) 이 배포의 리소스 그룹에 이미 있습니다. 배포에서 이 계정을 다시 사용합니다.</translation>
    </message>
</context>
<context>
    <name>cnpg::ToolCheck</name>
    <message>
        <source>checking</source>
        <translation>확인 중</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>too old</source>
        <translation>너무 오래됨</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>버전 알 수 없음</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>%1 확인 중...</translation>
    </message>
    <message>
        <source>%1 %2 (the guide needs %3 or later).</source>
        <translation>%1 %2(가이드에는 %3 이상이 필요합니다).</translation>
    </message>
    <message>
        <source>%1 is not installed; the deployment installs it (step 2).</source>
        <translation>%1이(가) 설치되어 있지 않습니다. 배포 중에 설치합니다(2단계).</translation>
    </message>
    <message>
        <source>%1 is not installed; only the exported script needs it.</source>
        <translation>%1이(가) 설치되어 있지 않습니다. 내보낸 스크립트에만 필요합니다.</translation>
    </message>
    <message>
        <source>%1 is not installed; the deployment needs it.</source>
        <translation>%1이(가) 설치되어 있지 않습니다. 배포에 필요합니다.</translation>
    </message>
    <message>
        <source>%1 %2 is older than %3, the oldest version the guide works with.</source>
        <translation>%1 %2은(는) 가이드가 지원하는 가장 오래된 버전인 %3보다 오래되었습니다.</translation>
    </message>
    <message>
        <source>%1 runs, but its version could not be read.</source>
        <translation>%1은(는) 실행되지만 버전을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is installed but failed: %2</source>
        <translation>%1이(가) 설치되어 있지만 실패했습니다: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1이(가) 제시간에 응답하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>cnpg::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>This wizard creates the infrastructure of Microsoft&apos;s guide for a highly available PostgreSQL database on AKS with the CloudNativePG (CNPG) operator: a resource group, a user-assigned managed identity, a storage account for backups, the monitoring infrastructure, an AKS cluster with a user node pool, a public static IP and the CNPG operator. It runs the guide&apos;s commands for you, or exports them as a bash script.</source>
        <translation>이 마법사는 CloudNativePG(CNPG) 연산자로 AKS에 고가용성 PostgreSQL 데이터베이스를 배포하기 위한 Microsoft 가이드의 인프라를 만듭니다: 리소스 그룹, 사용자 할당 관리 ID, 백업용 스토리지 계정, 모니터링 인프라, 사용자 노드 풀이 있는 AKS 클러스터, 공용 고정 IP, CNPG 연산자. 가이드의 명령을 대신 실행하거나 bash 스크립트로 내보냅니다.</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>아직 확인하지 않음</translation>
    </message>
    <message>
        <source>Signed-in account: %1</source>
        <translation>로그인한 계정: %1</translation>
    </message>
    <message>
        <source>Where to deploy</source>
        <translation>배포 대상</translation>
    </message>
    <message>
        <source>&amp;Simulation: nothing is created in Azure and nothing is billed</source>
        <translation>시뮬레이션(&amp;S): Azure에 아무것도 만들지 않으며 요금이 청구되지 않습니다</translation>
    </message>
    <message>
        <source>&amp;Real Azure: the signed-in Azure CLI account creates billable resources</source>
        <translation>실제 Azure(&amp;R): 로그인한 Azure CLI 계정으로 요금이 청구되는 리소스를 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Real Azure (needs the Azure CLI, az, which was not found)</source>
        <translation>실제 Azure(&amp;R)(Azure CLI az가 필요하지만 찾을 수 없습니다)</translation>
    </message>
    <message>
        <source>Azure Managed Grafana and the AKS cluster are billed separately from the moment they exist.</source>
        <translation>Azure Managed Grafana 인스턴스와 AKS 클러스터는 만들어진 순간부터 각각 요금이 청구됩니다.</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>도구</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>도구</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Azure account</source>
        <translation>Azure 계정</translation>
    </message>
    <message>
        <source>Interrupted deployment</source>
        <translation>중단된 배포</translation>
    </message>
    <message>
        <source>The deployment of %1 did not finish. Continue it with its own settings: what already exists is found and kept.</source>
        <translation>%1 배포가 끝나지 않았습니다. 그 배포의 설정으로 계속하세요. 이미 있는 리소스는 찾아서 그대로 사용합니다.</translation>
    </message>
    <message>
        <source>&amp;Continue it</source>
        <translation>계속하기(&amp;C)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1(으)로 로그인됨</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation>로그인하려면 %1을(를) 열고 코드 %2을(를) 입력하세요.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>최소 버전</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>해결 방법</translation>
    </message>
    <message>
        <source>Re-chec&amp;k</source>
        <translation>다시 확인(&amp;K)</translation>
    </message>
    <message>
        <source>Check the tools and the Azure sign-in again</source>
        <translation>도구와 Azure 로그인을 다시 확인합니다</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>로그인(&amp;I)</translation>
    </message>
    <message>
        <source>Runs az login</source>
        <translation>az login을 실행합니다</translation>
    </message>
    <message>
        <source>S&amp;ubscription:</source>
        <translation>구독(&amp;U):</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>구독</translation>
    </message>
    <message>
        <source>Every az command of the deployment and of the exported script is pinned to this subscription with --subscription.</source>
        <translation>배포와 내보낸 스크립트의 모든 az 명령이 --subscription으로 이 구독에 고정됩니다.</translation>
    </message>
</context>
<context>
    <name>cnpg::ReadinessText</name>
    <message>
        <source>Kubernetes version</source>
        <translation>Kubernetes 버전</translation>
    </message>
    <message>
        <source>vCPU quota</source>
        <translation>vCPU 할당량</translation>
    </message>
    <message>
        <source>VM sizes in the zones</source>
        <translation>가용성 영역의 VM 크기</translation>
    </message>
    <message>
        <source>Resource providers</source>
        <translation>리소스 공급자</translation>
    </message>
    <message>
        <source>Permission to assign roles</source>
        <translation>역할 할당 권한</translation>
    </message>
    <message>
        <source>Services in the region</source>
        <translation>지역의 서비스</translation>
    </message>
    <message>
        <source>Storage account name</source>
        <translation>스토리지 계정 이름</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>차단</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>확인 안 됨</translation>
    </message>
    <message>
        <source>Not registered in the subscription: %1.</source>
        <translation>구독에 등록되지 않음: %1.</translation>
    </message>
    <message>
        <source>Still registering: %1. Check again in a few minutes.</source>
        <translation>아직 등록 중: %1. 몇 분 뒤에 다시 확인하세요.</translation>
    </message>
    <message>
        <source>Every resource provider the deployment needs is registered.</source>
        <translation>배포에 필요한 모든 리소스 공급자가 등록되어 있습니다.</translation>
    </message>
    <message>
        <source>You hold %1 at %2, so you may create the deployment&apos;s role assignments.</source>
        <translation>%2에서 %1 역할이 있으므로 배포의 역할 할당을 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>You may not create role assignments (your roles: %1); the steps %2 need Owner, User Access Administrator or Role Based Access Control Administrator on the subscription or the resource group.</source>
        <translation>역할 할당을 만들 수 없습니다(현재 역할: %1). %2 단계에는 구독 또는 리소스 그룹에 대한 소유자, 사용자 액세스 관리자 또는 역할 기반 액세스 제어 관리자 역할이 필요합니다.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 does not offer: %2.</source>
        <translation>%1에서 제공하지 않음: %2.</translation>
    </message>
    <message>
        <source>AKS has no availability zone %2 in %1.</source>
        <translation>%1에는 AKS 가용성 영역 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 offers Azure Managed Grafana, Azure Monitor workspaces, Log Analytics and AKS in the chosen zones.</source>
        <translation>%1에서 Azure Managed Grafana, Azure Monitor 작업 영역, Log Analytics와 선택한 가용성 영역의 AKS를 제공합니다.</translation>
    </message>
    <message>
        <source>The storage account name %1 is taken by another account.</source>
        <translation>스토리지 계정 이름 %1은(는) 다른 계정이 이미 사용 중입니다.</translation>
    </message>
    <message>
        <source>%1 is not a valid storage account name.</source>
        <translation>%1은(는) 올바른 스토리지 계정 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>The storage account name %1 is free, or already the deployment&apos;s own.</source>
        <translation>스토리지 계정 이름 %1은(는) 사용할 수 있거나 이미 이 배포의 것입니다.</translation>
    </message>
    <message>
        <source>Check the sign-in and the network, then check again.</source>
        <translation>로그인과 네트워크를 확인한 뒤 다시 확인하세요.</translation>
    </message>
    <message>
        <source>Choose a version with standard support unless you want the preview.</source>
        <translation>미리 보기를 원하지 않는다면 표준 지원 버전을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose Kubernetes %1 (the region&apos;s default), or the Premium tier with long-term support.</source>
        <translation>Kubernetes %1(지역 기본값)을 선택하거나, 장기 지원이 있는 프리미엄 계층을 선택하세요.</translation>
    </message>
    <message>
        <source>Ask for more %1 vCPUs in %2: %3</source>
        <translation>%2의 %1 vCPU 할당량 증가를 요청하세요: %3</translation>
    </message>
    <message>
        <source>Choose another VM size, other zones or another region.</source>
        <translation>다른 VM 크기, 다른 가용성 영역 또는 다른 지역을 선택하세요.</translation>
    </message>
    <message>
        <source>Ask an Owner of the subscription to grant you User Access Administrator (or Role Based Access Control Administrator) on the subscription or the resource group.</source>
        <translation>구독 소유자에게 구독 또는 리소스 그룹에 대한 사용자 액세스 관리자(또는 역할 기반 액세스 제어 관리자) 역할을 요청하세요.</translation>
    </message>
    <message>
        <source>Choose another region.</source>
        <translation>다른 지역을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose another storage account name.</source>
        <translation>다른 스토리지 계정 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>해결 방법: %1</translation>
    </message>
    <message>
        <source>%1 (zones %2)</source>
        <translation>%1(영역 %2)</translation>
    </message>
    <message>
        <source>Kubernetes %1 is not offered in %2 (it is out of support on AKS); the region&apos;s default is %3.</source>
        <translation>%2에서는 Kubernetes %1을(를) 제공하지 않습니다(AKS 지원 종료). 이 지역의 기본 버전은 %3입니다.</translation>
    </message>
    <message>
        <source>Kubernetes %1 is only a preview in %2.</source>
        <translation>%2에서 Kubernetes %1은(는) 미리 보기로만 제공됩니다.</translation>
    </message>
    <message>
        <source>Kubernetes %1 is offered in %2 only with long-term support, which needs the Premium tier and the AKSLongTermSupport plan; the region&apos;s default is %3.</source>
        <translation>%2에서 Kubernetes %1은(는) 장기 지원(LTS)으로만 제공되며, 프리미엄 계층과 AKSLongTermSupport 지원 플랜이 필요합니다. 이 지역의 기본 버전은 %3입니다.</translation>
    </message>
    <message>
        <source>Kubernetes %1 is offered in %2.</source>
        <translation>%2에서 Kubernetes %1을(를) 제공합니다.</translation>
    </message>
    <message>
        <source>The vCPUs of %1 are not known in this region, so the quota could not be checked.</source>
        <translation>이 지역에서 %1의 vCPU 수를 알 수 없어 할당량을 확인하지 못했습니다.</translation>
    </message>
    <message>
        <source>%1 (%2) in %3: %4 of %5 vCPUs free</source>
        <translation>%3의 %1(%2): vCPU %5개 중 %4개 사용 가능</translation>
    </message>
    <message>
        <source>creating the node pools needs %1.</source>
        <translation>노드 풀을 만드는 데 %1개가 필요합니다.</translation>
    </message>
    <message>
        <source>enough to create the node pools (%1), not for the autoscaler&apos;s maximum plus one upgrade node per pool (%2).</source>
        <translation>노드 풀을 만들기에는 충분하지만(%1), 자동 크기 조정 최대값과 풀마다 업그레이드 노드 1개를 더한 수(%2)에는 부족합니다.</translation>
    </message>
    <message>
        <source>the node pools need %1, up to %2 when they scale.</source>
        <translation>노드 풀에 %1개가 필요하고, 크기 조정 시 최대 %2개가 필요합니다.</translation>
    </message>
    <message>
        <source>Not offered in %1: %2.</source>
        <translation>%1에서 제공되지 않음: %2.</translation>
    </message>
    <message>
        <source>Not offered in every chosen zone of %1: %2.</source>
        <translation>%1의 선택한 모든 가용성 영역에서 제공되지는 않음: %2.</translation>
    </message>
    <message>
        <source>Restricted for this subscription in %1: %2.</source>
        <translation>%1에서 이 구독에 대해 제한됨: %2.</translation>
    </message>
    <message>
        <source>%1 offered in every chosen zone of %2.</source>
        <translation>%1은(는) %2의 선택한 모든 가용성 영역에서 제공됩니다.</translation>
    </message>
    <message>
        <source>Could not check: az did not answer in time.</source>
        <translation>확인할 수 없음: az가 제한 시간 안에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not check: az answered something unexpected.</source>
        <translation>확인할 수 없음: az가 예상하지 못한 응답을 했습니다.</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>확인할 수 없음: %1</translation>
    </message>
    <message>
        <source>az failed.</source>
        <translation>az가 실패했습니다.</translation>
    </message>
</context>
<context>
    <name>cnpg::ScriptPreflight</name>
    <message>
        <source>Stopped before creating anything: a readiness check above is blocking. Fix it, or skip that check deliberately with PREFLIGHT_IGNORE=&quot;&lt;check&gt; ...&quot;.</source>
        <translation>아무것도 만들기 전에 중지했습니다: 위의 준비 상태 검사가 배포를 차단합니다. 문제를 해결하거나, PREFLIGHT_IGNORE=&quot;&lt;검사&gt; ...&quot;로 해당 검사를 의도적으로 건너뛰세요.</translation>
    </message>
    <message>
        <source>The wizard&apos;s readiness checks, read-only: Kubernetes version, VM sizes, vCPU quota, resource providers, services in the region, permission to assign roles and the storage account name.</source>
        <translation>마법사의 준비 상태 검사(읽기 전용): Kubernetes 버전, VM 크기, vCPU 할당량, 리소스 공급자, 지역의 서비스, 역할 할당 권한, 스토리지 계정 이름.</translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s default subscription.</source>
        <translation>Azure CLI의 기본 구독.</translation>
    </message>
</context>
<context>
    <name>cnpg::ReadinessPanel</name>
    <message>
        <source>Readiness in Azure</source>
        <translation>Azure 준비 상태</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Finding and fix</source>
        <translation>결과 및 해결 방법</translation>
    </message>
    <message>
        <source>Readiness checks</source>
        <translation>준비 상태 검사</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>다시 확인(&amp;G)</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>등록 중…</translation>
    </message>
    <message>
        <source>&amp;Register the providers</source>
        <translation>공급자 등록(&amp;R)</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>해결 방법: %1</translation>
    </message>
    <message>
        <source>Not checked yet: sign in to Azure and complete the settings.</source>
        <translation>아직 확인하지 않았습니다: Azure에 로그인하고 설정을 완료하세요.</translation>
    </message>
    <message>
        <source>Asking Azure about quota, VM sizes, providers, permissions and the region…</source>
        <translation>Azure에 할당량, VM 크기, 공급자, 권한, 지역을 확인하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking finding(s): the deployment cannot start until they are fixed.</source>
        <translation>
            <numerusform>차단 항목 %n개: 해결할 때까지 배포를 시작할 수 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) could not run; the others found nothing blocking.</source>
        <translation>
            <numerusform>검사 %n개를 실행하지 못했습니다. 나머지 검사에서는 차단 항목이 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n warning(s).</source>
        <translation>
            <numerusform>준비됨, 경고 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: Azure has what the deployment needs.</source>
        <translation>준비됨: Azure에 배포에 필요한 것이 모두 있습니다.</translation>
    </message>
</context>
<context>
    <name>cnpg::Journal</name>
    <message>
        <source>not a journal: its top level is not a JSON object</source>
        <translation>저널이 아닙니다: 최상위가 JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, a device or a folder)</source>
        <translation>일반 파일이 아닙니다(파이프, 장치 또는 폴더)</translation>
    </message>
    <message>
        <source>larger than %1 MiB; not a journal</source>
        <translation>%1 MiB보다 큽니다. 저널이 아닙니다</translation>
    </message>
</context>
<context>
    <name>cnpg::CostFigure</name>
    <message>
        <source>current prices</source>
        <translation>현재 가격</translation>
    </message>
    <message>
        <source>cached prices</source>
        <translation>캐시된 가격</translation>
    </message>
    <message>
        <source>shipped prices</source>
        <translation>함께 제공된 가격</translation>
    </message>
    <message>
        <source>no prices</source>
        <translation>가격 없음</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated cost:&lt;/b&gt; %1 (%2) with %3 to %4 nodes; %5 of %6.</source>
        <translation>&lt;b&gt;예상 비용:&lt;/b&gt; 노드 %3~%4개 기준 %1(%2), %6 기준 %5.</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>예상 비용</translation>
    </message>
</context>
<context>
    <name>cnpg::CostPanel</name>
    <message>
        <source>C&amp;urrency:</source>
        <translation>통화(&amp;U):</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>미터</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>단가</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Per month (min–max)</source>
        <translation>월별(최소–최대)</translation>
    </message>
    <message>
        <source>Estimated cost per line</source>
        <translation>항목별 예상 비용</translation>
    </message>
    <message>
        <source>Assumed &amp;logs per month:</source>
        <translation>가정한 월 로그 양(&amp;L):</translation>
    </message>
    <message>
        <source>Assumed &amp;backups stored:</source>
        <translation>가정한 백업 저장량(&amp;B):</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), from %3 to %4 nodes</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;(%2), 노드 %3~%4개</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>가격 없음</translation>
    </message>
    <message>
        <source>Depends on usage: priced at the assumption below.</source>
        <translation>사용량에 따라 다름: 아래 가정으로 계산했습니다.</translation>
    </message>
</context>
<context>
    <name>cnpg::CostText</name>
    <message>
        <source>USD</source>
        <comment>The currency of cost estimates in this language (an ISO 4217 code).</comment>
        <translation>KRW</translation>
    </message>
    <message>
        <source>System node pool VMs</source>
        <translation>시스템 노드 풀 VM</translation>
    </message>
    <message>
        <source>User node pool VMs</source>
        <translation>사용자 노드 풀 VM</translation>
    </message>
    <message>
        <source>System node OS disks</source>
        <translation>시스템 노드 OS 디스크</translation>
    </message>
    <message>
        <source>User node OS disks</source>
        <translation>사용자 노드 OS 디스크</translation>
    </message>
    <message>
        <source>AKS pricing tier</source>
        <translation>AKS 가격 책정 계층</translation>
    </message>
    <message>
        <source>Standard static public IPs</source>
        <translation>Standard 고정 공용 IP</translation>
    </message>
    <message>
        <source>Azure Managed Grafana Standard</source>
        <translation>Azure Managed Grafana(Standard 계층)</translation>
    </message>
    <message>
        <source>Grafana zone redundancy</source>
        <translation>Grafana 영역 중복</translation>
    </message>
    <message>
        <source>Grafana active users</source>
        <translation>Grafana 활성 사용자</translation>
    </message>
    <message>
        <source>Log Analytics ingestion</source>
        <translation>Log Analytics 수집</translation>
    </message>
    <message>
        <source>Managed Prometheus metrics ingestion</source>
        <translation>관리형 Prometheus 메트릭 수집</translation>
    </message>
    <message>
        <source>Backup blob storage</source>
        <translation>백업 Blob 스토리지</translation>
    </message>
    <message>
        <source>Backup blob write operations</source>
        <translation>백업 Blob 쓰기 작업</translation>
    </message>
    <message>
        <source>Ephemeral (included in the VM price)</source>
        <translation>임시(VM 가격에 포함)</translation>
    </message>
    <message>
        <source>%1 managed (assumed for an unknown size)</source>
        <translation>%1 관리 디스크(알 수 없는 크기라 가정)</translation>
    </message>
    <message>
        <source>%1 managed</source>
        <translation>%1 관리 디스크</translation>
    </message>
    <message>
        <source>free (no fee)</source>
        <translation>free(요금 없음)</translation>
    </message>
    <message>
        <source>the guide's address and AKS's outbound address</source>
        <translation>가이드의 주소와 AKS의 아웃바운드 주소</translation>
    </message>
    <message>
        <source>X1: 2 standard units</source>
        <translation>X1: 표준 단위 2개</translation>
    </message>
    <message>
        <source>%1 a month (assumed)</source>
        <translation>월 %1(가정)</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>월 %1</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>시간당 %1</translation>
    </message>
    <message>
        <source>Prices from the Azure Retail Prices API, fetched %1.</source>
        <translation>Azure Retail Prices API에서 %1에 가져온 가격입니다.</translation>
    </message>
    <message>
        <source>Prices from the Azure Retail Prices API as of %1 (cached).</source>
        <translation>Azure Retail Prices API의 %1 기준 가격입니다(캐시됨).</translation>
    </message>
    <message>
        <source>Prices from the table shipped with this version, as of %1; they may have changed since.</source>
        <translation>이 버전과 함께 제공된 %1 기준 가격표의 가격입니다. 그 뒤로 바뀌었을 수 있습니다.</translation>
    </message>
    <message>
        <source>No prices available.</source>
        <translation>사용할 수 있는 가격이 없습니다.</translation>
    </message>
    <message>
        <source>The table has no prices for %1; those of %2 stand in.</source>
        <translation>가격표에 %1의 가격이 없어 %2의 가격으로 대신합니다.</translation>
    </message>
    <message>
        <source>Fresh prices could not be fetched: %1.</source>
        <translation>최신 가격을 가져오지 못했습니다: %1.</translation>
    </message>
    <message>
        <source>The price list was not asked (offline).</source>
        <translation>가격 목록을 조회하지 않았습니다(오프라인).</translation>
    </message>
    <message>
        <source>Fetching current prices…</source>
        <translation>현재 가격을 가져오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) without a price are left out of the totals.</source>
        <translation>
            <numerusform>가격이 없는 %n개 항목은 합계에서 빠졌습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Usage assumed per month: %1 GB of logs, %2 million metric samples, %3 GB of backups with %4 thousand writes, %n Grafana user(s).</source>
        <translation>
            <numerusform>가정한 월 사용량: 로그 %1GB, 메트릭 샘플 %2백만 개, 백업 %3GB와 쓰기 %4천 회, Grafana 사용자 %n명.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not included: data transfer, the load balancer's rules, PostgreSQL's data disks, taxes, and discounts of your agreement.</source>
        <translation>포함되지 않은 항목: 데이터 전송, 부하 분산 장치 규칙, PostgreSQL 데이터 디스크, 세금, 계약 할인.</translation>
    </message>
    <message>
        <source>Estimated cost in %1 (%2), %3 hours a month; node pools at their minimum (system %4, user %5) and maximum (system %6, user %7) node counts.</source>
        <translation>%1의 예상 비용(%2), 한 달 %3시간 기준. 노드 풀의 최소(시스템 %4, 사용자 %5) 및 최대(시스템 %6, 사용자 %7) 노드 수.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>미터</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>단가</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Per hour (min–max)</source>
        <translation>시간당(최소–최대)</translation>
    </message>
    <message>
        <source>Per month (min–max)</source>
        <translation>월별(최소–최대)</translation>
    </message>
    <message>
        <source>depends on usage</source>
        <translation>사용량에 따라 다름</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>가격 없음</translation>
    </message>
    <message>
        <source>Total: %1 (%2 for the resources billed by the hour).</source>
        <translation>합계: %1(시간 단위로 청구되는 리소스는 %2).</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>알 수 없는 날짜</translation>
    </message>
    <message>
        <source>no connection to prices.azure.com</source>
        <translation>prices.azure.com에 연결할 수 없음</translation>
    </message>
    <message>
        <source>prices.azure.com did not answer in time</source>
        <translation>prices.azure.com이 제시간에 응답하지 않음</translation>
    </message>
    <message>
        <source>prices.azure.com asked to wait (too many requests)</source>
        <translation>prices.azure.com이 기다리라고 함(요청이 너무 많음)</translation>
    </message>
    <message>
        <source>prices.azure.com had a server error</source>
        <translation>prices.azure.com 서버 오류</translation>
    </message>
    <message>
        <source>prices.azure.com refused the request</source>
        <translation>prices.azure.com이 요청을 거부함</translation>
    </message>
    <message>
        <source>prices.azure.com sent a page that is not a price list</source>
        <translation>prices.azure.com이 가격 목록이 아닌 페이지를 보냄</translation>
    </message>
    <message>
        <source>prices.azure.com sent too many pages</source>
        <translation>prices.azure.com이 너무 많은 페이지를 보냄</translation>
    </message>
    <message>
        <source>prices.azure.com linked to another site</source>
        <translation>prices.azure.com이 다른 사이트로 연결함</translation>
    </message>
</context>
<context>
    <name>cnpg::EstimateCommand</name>
    <message>
        <source>--usage needs NAME=NUMBER with a number of at least 0, not %1.</source>
        <translation>--usage에는 0 이상의 숫자로 NAME=NUMBER가 필요합니다. %1은(는) 안 됩니다.</translation>
    </message>
    <message>
        <source>Unknown --usage name: %1 (known: %2).</source>
        <translation>알 수 없는 --usage 이름: %1(알려진 이름: %2).</translation>
    </message>
    <message>
        <source>Unknown currency: %1 (known: %2).</source>
        <translation>알 수 없는 통화: %1(알려진 통화: %2).</translation>
    </message>
</context>
<context>
    <name>cnpg::ConnectionPanel</name>
    <message>
        <source>Read and write (the primary):</source>
        <translation>읽기/쓰기 (주 인스턴스):</translation>
    </message>
    <message>
        <source>Read only (the standbys):</source>
        <translation>읽기 전용 (대기 인스턴스):</translation>
    </message>
    <message>
        <source>Promotes a standby to primary, as the validation guide&apos;s failover test does; the former primary rejoins as a standby.</source>
        <translation>검증 가이드의 장애 조치 테스트처럼 대기 인스턴스를 주 인스턴스로 승격합니다. 이전 주 인스턴스는 대기 인스턴스로 다시 합류합니다.</translation>
    </message>
    <message>
        <source>Looking for a standby to promote…</source>
        <translation>승격할 대기 인스턴스를 찾는 중…</translation>
    </message>
    <message>
        <source>Promoting %1 (the primary was %2)…</source>
        <translation>%1을(를) 승격하는 중(이전 주 인스턴스: %2)…</translation>
    </message>
    <message>
        <source>The new primary is %1 (it was %2).</source>
        <translation>새 주 인스턴스는 %1입니다(이전: %2).</translation>
    </message>
    <message>
        <source>The cluster has no ready standby to promote.</source>
        <translation>클러스터에 승격할 준비된 대기 인스턴스가 없습니다.</translation>
    </message>
    <message>
        <source>%1 was promoted, but the cluster has not reported it as its primary yet; check with kubectl cnpg status.</source>
        <translation>%1을(를) 승격했지만 클러스터가 아직 주 인스턴스로 보고하지 않습니다. kubectl cnpg status로 확인하세요.</translation>
    </message>
    <message>
        <source>The cluster does not report a primary.</source>
        <translation>클러스터가 주 인스턴스를 보고하지 않습니다.</translation>
    </message>
    <message>
        <source>The failover test failed: %1</source>
        <translation>장애 조치 테스트 실패: %1</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Public IP address</source>
        <translation>공용 IP 주소</translation>
    </message>
    <message>
        <source>Read-write port</source>
        <translation>읽기/쓰기 포트</translation>
    </message>
    <message>
        <source>Read-only port</source>
        <translation>읽기 전용 포트</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>암호</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>숨김</translation>
    </message>
    <message>
        <source>Could not read the secret: %1</source>
        <translation>시크릿을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The secret holds no readable password.</source>
        <translation>시크릿에 읽을 수 있는 암호가 없습니다.</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>숨기기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>표시(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Test failover</source>
        <translation>장애 조치 테스트(&amp;T)</translation>
    </message>
    <message>
        <source>Commands to connect with psql</source>
        <translation>psql로 연결하는 명령</translation>
    </message>
</context>
<context>
    <name>cnpg::TeardownScript</name>
    <message>
        <source>Confirmation</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Nothing was deleted. Move them to another resource group first, or set DELETE_FOREIGN=yes.</source>
        <translation>아무것도 삭제하지 않았습니다. 먼저 다른 리소스 그룹으로 옮기거나 DELETE_FOREIGN=yes를 설정하세요.</translation>
    </message>
    <message>
        <source>Set CONFIRM_RESOURCE_GROUP to the resource group&apos;s name when no terminal can ask for it; nothing was deleted.</source>
        <translation>물어볼 터미널이 없으면 CONFIRM_RESOURCE_GROUP에 리소스 그룹의 이름을 설정하세요. 아무것도 삭제하지 않았습니다.</translation>
    </message>
    <message>
        <source>That is not the resource group&apos;s name; nothing was deleted.</source>
        <translation>리소스 그룹의 이름이 아닙니다. 아무것도 삭제하지 않았습니다.</translation>
    </message>
    <message>
        <source>The resources above are not this deployment&apos;s: it did not create them. Deleting the resource group deletes them too.</source>
        <translation>위의 리소스는 이 배포의 것이 아닙니다. 이 배포가 만들지 않았습니다. 리소스 그룹을 삭제하면 이들도 삭제됩니다.</translation>
    </message>
    <message>
        <source>This deletes the resource group %1 and everything in it, and with the AKS cluster its node resource group %2. Nothing else is deleted.</source>
        <translation>리소스 그룹 %1과(와) 그 안의 모든 것, 그리고 AKS 클러스터와 함께 노드 리소스 그룹 %2을(를) 삭제합니다. 그 밖에는 아무것도 삭제하지 않습니다.</translation>
    </message>
    <message>
        <source>Type the resource group&apos;s name to delete it: </source>
        <translation>삭제하려면 리소스 그룹의 이름을 입력하세요: </translation>
    </message>
    <message>
        <source>Type their number to delete them too: </source>
        <translation>이들도 삭제하려면 그 개수를 입력하세요: </translation>
    </message>
    <message>
        <source>What the resource group holds that this deployment did not make.</source>
        <translation>리소스 그룹에 있는 것 중 이 배포가 만들지 않은 것.</translation>
    </message>
</context>
<context>
    <name>cnpg::DeploymentsDialog</name>
    <message>
        <source>Asking Azure what of %1 still exists…</source>
        <translation>%1 중 아직 남아 있는 것을 Azure에 확인하는 중…</translation>
    </message>
    <message>
        <source>Azure could not list everything: %1</source>
        <translation>Azure가 전부 나열하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Bash scripts (*.sh)</source>
        <translation>Bash 스크립트 (*.sh)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Check asks Azure what still exists.</source>
        <translation>확인을 누르면 아직 남아 있는 것을 Azure에 묻습니다.</translation>
    </message>
    <message>
        <source>Check what exists</source>
        <translation>남은 리소스 확인</translation>
    </message>
    <message numerus="yes">
        <source>Checked live: %n resource(s) of the deployment&apos;s groups exist.</source>
        <translation>
            <numerusform>실시간 확인: 배포의 리소스 그룹에 리소스 %n개가 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>배포 목록</translation>
    </message>
    <message>
        <source>Export script</source>
        <translation>스크립트 내보내기</translation>
    </message>
    <message>
        <source>Export script…</source>
        <translation>스크립트 내보내기…</translation>
    </message>
    <message>
        <source>Export teardown script</source>
        <translation>해체 스크립트 내보내기</translation>
    </message>
    <message>
        <source>Export teardown script…</source>
        <translation>해체 스크립트 내보내기…</translation>
    </message>
    <message>
        <source>In Azure now</source>
        <translation>현재 Azure</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>마지막 실행</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>No deployments yet: a deployment appears here once it has started.</source>
        <translation>아직 배포가 없습니다. 배포를 시작하면 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>리소스 그룹</translation>
    </message>
    <message>
        <source>Resources of %1, from its journal:</source>
        <translation>저널에 기록된 %1의 리소스:</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>다시 시작</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>완료된 단계</translation>
    </message>
    <message>
        <source>Tear down…</source>
        <translation>해체…</translation>
    </message>
    <message>
        <source>Teardown</source>
        <translation>해체</translation>
    </message>
    <message>
        <source>The journal cannot tell: %1</source>
        <translation>저널로는 알 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>저장했습니다: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>있음</translation>
    </message>
    <message>
        <source>exists (made by Azure for the deployment)</source>
        <translation>있음(Azure가 배포를 위해 만듦)</translation>
    </message>
    <message>
        <source>exists (not made by this deployment)</source>
        <translation>있음(이 배포가 만들지 않음)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation>실행 중 또는 중단됨</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>the journal records no settings</source>
        <translation>저널에 설정이 기록되어 있지 않습니다</translation>
    </message>
    <message>
        <source>torn down</source>
        <translation>해체됨</translation>
    </message>
    <message>
        <source>unreadable journal: %1</source>
        <translation>읽을 수 없는 저널: %1</translation>
    </message>
    <message>
        <source>not listed by Azure</source>
        <translation>Azure 목록에 없음</translation>
    </message>
    <message>
        <source>inside the cluster</source>
        <translation>클러스터 안</translation>
    </message>
    <message>
        <source>A deployment in Azure: check, resume and tear it down against Azure. The wizard works in simulation now.</source>
        <translation>Azure의 배포입니다. 확인, 다시 시작, 해체는 Azure를 대상으로 하세요. 지금 마법사는 시뮬레이션 모드입니다.</translation>
    </message>
    <message>
        <source>A simulated deployment: check, resume and tear it down in simulation mode. The wizard works against Azure now.</source>
        <translation>시뮬레이션 배포입니다. 확인, 다시 시작, 해체는 시뮬레이션 모드에서 하세요. 지금 마법사는 Azure를 대상으로 합니다.</translation>
    </message>
</context>
<context>
    <name>cnpg::TeardownDialog</name>
    <message numerus="yes">
        <source>%n of them not made by this deployment (marked): they go too only when you tick the box above.</source>
        <translation>
            <numerusform>그중 %n개는 이 배포가 만들지 않았습니다(표시됨). 위 확인란을 선택해야 함께 삭제됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) will be deleted.</source>
        <translation>
            <numerusform>리소스 %n개가 삭제됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>A step failed: its row shows the tool&apos;s error.</source>
        <translation>단계가 실패했습니다. 해당 행에 도구의 오류가 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>Also delete the %n resource(s) marked as not made by this deployment</source>
        <translation>
            <numerusform>이 배포가 만들지 않은 것으로 표시된 리소스 %n개도 삭제</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure is deleting %1. Elapsed %2, about %3 left. Stop waiting leaves Azure deleting.</source>
        <translation>Azure가 %1을(를) 삭제하는 중입니다. 경과 %2, 약 %3 남음. 기다리기를 멈춰도 Azure는 계속 삭제합니다.</translation>
    </message>
    <message>
        <source>Azure lists nothing in either resource group: they are gone already, or empty. The teardown makes sure of it.</source>
        <translation>Azure가 두 리소스 그룹 모두에서 아무것도 나열하지 않습니다. 이미 삭제되었거나 비어 있습니다. 해체가 이를 확인합니다.</translation>
    </message>
    <message>
        <source>Cannot list what the teardown would delete; nothing was deleted: %1</source>
        <translation>해체가 삭제할 항목을 나열할 수 없어 아무것도 삭제하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete the Log Analytics workspace %1 for good (purge)</source>
        <translation>Log Analytics 작업 영역 %1 영구 삭제(제거)</translation>
    </message>
    <message>
        <source>Listing what the teardown deletes…</source>
        <translation>해체가 삭제할 항목을 나열하는 중…</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>만든 주체</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>리소스 그룹</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>다시 시작</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>기다리기 멈춤</translation>
    </message>
    <message>
        <source>Stop waiting and close</source>
        <translation>기다리기 멈추고 닫기</translation>
    </message>
    <message>
        <source>Stopped waiting. Azure goes on deleting what it was asked to; Resume follows it again.</source>
        <translation>기다리기를 멈췄습니다. Azure는 요청받은 삭제를 계속합니다. 다시 시작을 누르면 다시 따라갑니다.</translation>
    </message>
    <message>
        <source>Tear down %1</source>
        <translation>%1 해체</translation>
    </message>
    <message>
        <source>The teardown deletes the resource group %1 with everything in it, and the AKS node resource group %2 with the cluster; nothing else in the subscription. Azure lists now:</source>
        <translation>해체는 리소스 그룹 %1을(를) 그 안의 모든 것과 함께, 그리고 AKS 노드 리소스 그룹 %2을(를) 클러스터와 함께 삭제합니다. 구독의 다른 것은 삭제하지 않습니다. 현재 Azure 목록:</translation>
    </message>
    <message>
        <source>The teardown failed. %1</source>
        <translation>해체에 실패했습니다. %1</translation>
    </message>
    <message>
        <source>The teardown finished: the resource groups are gone.</source>
        <translation>해체가 끝났습니다. 리소스 그룹이 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Type the resource group&apos;s name, %1, to confirm the deletion:</source>
        <translation>삭제를 확인하려면 리소스 그룹의 이름 %1을(를) 입력하세요:</translation>
    </message>
    <message>
        <source>Without purge, Azure keeps the workspace soft-deleted for 14 days: deploying the same settings again brings it back with its data, and no other resource group can use the name meanwhile. Purged, its logs are gone and cannot be recovered.</source>
        <translation>영구 삭제하지 않으면 Azure는 작업 영역을 14일 동안 일시 삭제 상태로 둡니다. 같은 설정으로 다시 배포하면 데이터와 함께 복구되고, 그동안 다른 리소스 그룹은 그 이름을 쓸 수 없습니다. 영구 삭제하면 로그는 사라지고 복구할 수 없습니다.</translation>
    </message>
    <message>
        <source>not made by this deployment</source>
        <translation>이 배포가 만들지 않음</translation>
    </message>
    <message>
        <source>this deployment&apos;s</source>
        <translation>이 배포</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>deleted after %1</source>
        <translation>%1 후 삭제됨</translation>
    </message>
    <message>
        <source>deleting…</source>
        <translation>삭제 중…</translation>
    </message>
    <message>
        <source>kubeconfig cluster</source>
        <translation>kubeconfig 클러스터</translation>
    </message>
    <message>
        <source>kubeconfig context</source>
        <translation>kubeconfig 컨텍스트</translation>
    </message>
    <message>
        <source>kubeconfig user</source>
        <translation>kubeconfig 사용자</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>이 컴퓨터</translation>
    </message>
</context>
<context>
    <name>cnpg::TerminalView</name>
    <message>
        <source>about %1 left</source>
        <translation>약 %1 남음</translation>
    </message>
</context>
<context>
    <name>cnpg::TimelineChart</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n번 시도</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) done in an earlier run are not drawn.</source>
        <translation>
            <numerusform>이전 실행에서 끝난 %n개 단계는 그리지 않습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Critical path: %n step(s), %1.</source>
        <translation>
            <numerusform>임계 경로: %n개 단계, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>On the critical path</source>
        <translation>임계 경로에 있음</translation>
    </message>
    <message>
        <source>Ran from %1 to %2: %3</source>
        <translation>%1부터 %2까지 실행: %3</translation>
    </message>
    <message>
        <source>This run so far: %1. Its steps one after another, in the guide&apos;s order: %2 (%3 times as long).</source>
        <translation>이번 실행은 지금까지 %1. 단계를 가이드 순서대로 하나씩 실행하면 %2 (%3배).</translation>
    </message>
    <message>
        <source>This run took %1. Its steps one after another, in the guide&apos;s order, would have taken %2 (%3 times as long).</source>
        <translation>이번 실행은 %1 걸렸습니다. 단계를 가이드 순서대로 하나씩 실행했다면 %2 걸렸을 것입니다 (%3배).</translation>
    </message>
    <message>
        <source>Waited from %1</source>
        <translation>%1부터 대기</translation>
    </message>
    <message>
        <source>critical path</source>
        <translation>임계 경로</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>pause before a retry</source>
        <translation>다시 시도 전 대기</translation>
    </message>
    <message>
        <source>remedy branch</source>
        <translation>해결 단계</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>차례 대기</translation>
    </message>
</context>
<context>
    <name>cnpg::TimelineView</name>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>PNG 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>Export S&amp;VG…</source>
        <translation>SVG 내보내기(&amp;V)…</translation>
    </message>
    <message>
        <source>The timeline appears once the deployment runs.</source>
        <translation>배포가 실행되면 타임라인이 나타납니다.</translation>
    </message>
    <message>
        <source>The timeline as a scalable drawing</source>
        <translation>크기를 자유롭게 바꿀 수 있는 그림으로 내보낸 타임라인</translation>
    </message>
    <message>
        <source>The timeline as an image, at twice the screen&apos;s resolution</source>
        <translation>화면 해상도의 두 배로 내보낸 타임라인 이미지</translation>
    </message>
    <message>
        <source>Timeline of the deployment</source>
        <translation>배포 타임라인</translation>
    </message>
</context>
<context>
    <name>cnpg::RunReport</name>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>시도 횟수</translation>
    </message>
    <message>
        <source>Azure</source>
        <translation>실제 Azure</translation>
    </message>
    <message>
        <source>Built in: downloads krew %1 from its release, checks the archive against KREW_SHA256 and installs it, as the guide&apos;s installer does.</source>
        <translation>내장 단계: krew %1 릴리스를 내려받아 KREW_SHA256으로 보관 파일을 확인한 다음, 가이드의 설치 프로그램처럼 설치합니다.</translation>
    </message>
    <message>
        <source>Connect to the database</source>
        <translation>데이터베이스에 연결</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>Deployment report</source>
        <translation>배포 보고서</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Each step with the command the exported script runs for it, with this run&apos;s values (without the script&apos;s retry helper).</source>
        <translation>각 단계와, 내보낸 스크립트가 그 단계에서 실행하는 명령입니다. 값은 이번 실행의 값으로 채웠습니다(스크립트의 재시도 도우미는 뺐습니다).</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>예상 비용</translation>
    </message>
    <message>
        <source>Expected answer: %1</source>
        <translation>기대하는 응답: %1</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>PostgreSQL with the CloudNativePG operator on AKS, as the wizard ran it.</source>
        <translation>CloudNativePG 연산자를 사용하는 AKS의 PostgreSQL을 마법사가 배포한 기록입니다.</translation>
    </message>
    <message>
        <source>Read and write (the primary):</source>
        <translation>읽기/쓰기 (주 인스턴스):</translation>
    </message>
    <message>
        <source>Read only (the standbys):</source>
        <translation>읽기 전용 (대기 인스턴스):</translation>
    </message>
    <message>
        <source>Read-only port (the standbys)</source>
        <translation>읽기 전용 포트 (대기 인스턴스)</translation>
    </message>
    <message>
        <source>Read-write port (the primary)</source>
        <translation>읽기/쓰기 포트 (주 인스턴스)</translation>
    </message>
    <message>
        <source>Readiness checks</source>
        <translation>준비 상태 검사</translation>
    </message>
    <message>
        <source>Reads a manifest on its standard input: the exported script gives it as a heredoc after the command.</source>
        <translation>표준 입력으로 매니페스트를 읽습니다. 내보낸 스크립트에서는 명령 뒤에 heredoc으로 들어 있습니다.</translation>
    </message>
    <message>
        <source>Reads the password on its standard input, drawn when the step runs (the script pipes openssl rand into it): it is in no file, this one included.</source>
        <translation>단계가 실행될 때 만든 암호를 표준 입력으로 읽습니다(스크립트는 openssl rand의 출력을 파이프로 넘깁니다). 암호는 이 보고서를 포함해 어떤 파일에도 없습니다.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>리소스 그룹</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>환경 변수</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>환경 변수</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>The deployment has not run.</source>
        <translation>배포를 아직 실행하지 않았습니다.</translation>
    </message>
    <message>
        <source>The password is not in this report: Show on the Done page reads it from the cluster&apos;s secret %1, or psql asks for it.</source>
        <translation>암호는 이 보고서에 없습니다. 완료 페이지의 표시 버튼이 클러스터의 시크릿 %1에서 읽어 오며, psql도 접속할 때 물어봅니다.</translation>
    </message>
    <message>
        <source>The tool&apos;s error:</source>
        <translation>도구의 오류:</translation>
    </message>
    <message>
        <source>Then waits until it is gone.</source>
        <translation>그런 다음 리소스가 없어질 때까지 기다립니다.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>전체 소요 시간</translation>
    </message>
    <message>
        <source>What</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>해결 방법:</translation>
    </message>
    <message>
        <source>When each step ran, from the start of the run to its end.</source>
        <translation>실행 시작부터 끝까지 각 단계가 실행된 시간입니다.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>작성 시각</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>시작 안 함</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>simulation (nothing was created in Azure)</source>
        <translation>시뮬레이션 (Azure에는 아무것도 만들지 않음)</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
</context>
</TS>
