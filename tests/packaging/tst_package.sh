#!/usr/bin/env bash
# Packs this build tree with CPack and checks the package as Debian and the desktops see it
# (lintian, desktop-file-validate, appstreamcli), then unpacks it into a directory and runs the
# program from there: --version, a Korean --help, and --check and --apply against the simulator
# that came in the package.
# tst_package.sh CPACK CPackConfig.cmake WORKDIR; exit 77 (skipped) without the tools.
set -euo pipefail
cpack=$1 config=$2 work=$3

for tool in "$cpack" dpkg-deb dpkg-shlibdeps lintian appstreamcli desktop-file-validate; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed (packaging/deps.sh --test installs it)"
        exit 77
    fi
done

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
# check NAME COMMAND...: runs it, shows its output only when it fails.
check() {
    local name=$1 out
    shift
    if ! out=$("$@" 2>&1); then
        printf '%s\n' "$out" >&2
        fail "$name"
    fi
    echo "ok: $name"
}

rm -rf "$work"
mkdir -p "$work"
check "cpack" "$cpack" --config "$config" -G DEB -B "$work/out"
debs=("$work"/out/cnpg-aks-wizard_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    fail "one package, not: ${debs[*]}"
fi
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)

depends=$(dpkg-deb -f "$deb" Depends)
for d in qt6-translations-l10n libqt6widgets6 libqt6core6; do
    [[ ", $depends," == *", $d"[\ ,]* ]] || fail "Depends has no $d: $depends"
done
[[ $(dpkg-deb -f "$deb" Recommends) == *fonts-noto-cjk* ]] || fail "fonts-noto-cjk not recommended"

root=$work/root
dpkg-deb -x "$deb" "$root"
id=io.github.cnpg_aks_wizard.CnpgAksWizard
expected=(usr/bin/cnpg-aks-wizard usr/lib/cnpg-aks-wizard/cnpg-aks-wizard
          usr/lib/cnpg-aks-wizard/cnpg-sim "usr/share/applications/$id.desktop"
          "usr/share/metainfo/$id.metainfo.xml" "usr/share/icons/hicolor/scalable/apps/$id.svg"
          usr/share/man/man1/cnpg-aks-wizard.1.gz usr/share/doc/cnpg-aks-wizard/copyright)
for size in 16 24 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x$size/apps/$id.png")
done
for f in "${expected[@]}"; do
    [ -e "$root/$f" ] || fail "the package has no /$f"
done
zcat "$root/usr/share/man/man1/cnpg-aks-wizard.1.gz" | grep -q -- '\\-\\-apply' ||
    fail "the manual page does not describe --apply"

check "desktop-file-validate" desktop-file-validate "$root/usr/share/applications/$id.desktop"
check "appstreamcli validate" appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml"
check "lintian (no errors)" lintian --fail-on error "$deb"

# From the unpacked tree only: a PATH without the build tree, a home of its own, no display.
home=$work/home
mkdir -p "$home"
app=$root/usr/bin/cnpg-aks-wizard
run_app() {
    env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 XDG_DATA_HOME="$home/data" \
        XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
        CNPG_SIM_TIME_SCALE=0.004 CNPG_SIM_POSTGRES=off "$app" "$@"
}

out=$(run_app --version) || fail "--version: $out"
[ "$out" = "cnpg-aks-wizard $version" ] || fail "--version says '$out', the package is $version"
echo "ok: --version"

# The app's translations are compiled in: the Korean help needs nothing else.
out=$(run_app --language ko --help) || fail "--language ko --help"
[[ $out == *"사용 방법"* && $out == *"옵션"* ]] || fail "the help is not Korean: $out"
echo "ok: --language ko --help"

out=$(run_app --language en --check --simulate 2>&1) || fail "--check --simulate: $out"
[[ $out == *"Ready: everything the deployment needs is there."* ]] || fail "--check: $out"
echo "ok: --check --simulate"

# The simulated tools are links to the simulator the app found: the unpacked one.
sim=$root/usr/lib/cnpg-aks-wizard/cnpg-sim
for tool in az kubectl helm; do
    target=$(readlink "$home/data/cnpg-aks-wizard/sim/bin/$tool")
    [ "$target" = "$sim" ] || fail "the simulated $tool is $target, not $sim"
done
echo "ok: the simulator is the package's"

out=$(run_app --language en --apply --simulate --set SUFFIX=abc12345 \
    --set AKS_PRIMARY_CLUSTER_PG_DNSPREFIX=a0123456789 \
    --set MY_PUBLIC_CLIENT_IP=203.0.113.7 2>&1) || fail "--apply --simulate: $out"
[[ $out == *"The deployment succeeded."* ]] || fail "--apply --simulate: $out"
# The krew the deployment installed came from a release the unpacked simulator made.
compgen -G "$home/data/cnpg-aks-wizard/sim/krew-release/krew-*.tar.gz" >/dev/null ||
    fail "no simulated krew release"
echo "ok: --apply --simulate"
rm -rf "$work"
