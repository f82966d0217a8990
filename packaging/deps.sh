#!/usr/bin/env bash
# Installs what cnpg-aks-wizard needs to build, test and run on Debian 12 or Ubuntu 22.04+,
# and nothing that is already there. Uses sudo when not root. With --test, also what only the
# tests need; with --package, what packaging/package.sh needs.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    # the run report's timeline is an SVG (QSvgGenerator)
    qt6-svg-dev
    libgl-dev libspdlog-dev
    # the simulator reads the manifests `kubectl apply -f -` receives
    libyaml-cpp-dev
    # the exported script and the tests run these
    jq shellcheck curl tar coreutils
    # the manifests are checked against CloudNativePG's CRD schemas (tests/plan/crd)
    python3 python3-jsonschema python3-yaml
    # the wizard on a machine without a display (tests, screenshots) and Hangul glyphs
    xvfb xauth fonts-noto-cjk
)
if [ "${1:-}" = "--test" ] || [ "${1:-}" = "--package" ]; then
    # dpkg-shlibdeps (dpkg-dev) works out the package's run-time libraries.
    packages+=(dpkg-dev)
fi
if [ "${1:-}" = "--test" ]; then
    # PostgreSQL's server programs: behind the simulated Clusters stand real servers on loopback
    # (tst_localpostgres connects and fails over against them).
    packages+=(postgresql postgresql-client)
    # tst_package checks the package's desktop entry, metainfo and policy.
    packages+=(lintian appstream desktop-file-utils)
    # tst_runreport renders the HTML run report headless and looks at the picture.
    packages+=(chromium)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
fi
echo "Installing: ${missing[*]}" >&2
if [[ " ${missing[*]} " == *" postgresql "* ]] && [ ! -e /etc/postgresql-common ]; then
    # Debian's packaging would also create and start a system cluster on port 5432, which
    # nothing here uses: pg_createcluster reads this directory.
    "${sudo[@]}" mkdir -p /etc/postgresql-common/createcluster.d
    echo "create_main_cluster = false" |
        "${sudo[@]}" tee /etc/postgresql-common/createcluster.d/cnpg-aks-wizard.conf >/dev/null
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
