#!/usr/bin/env bash
# Builds the Debian package: installs what is missing, builds the app, the simulator, the
# translations and the manual page (not the tests) and packs them with CPack into
# cnpg-aks-wizard_<version>_<arch>.deb here, in the repository's top directory.
# CNPG_PACKAGE_BUILD_DIR is the build directory (default build-package).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/deps.sh --package

build=${CNPG_PACKAGE_BUILD_DIR:-build-package}
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCNPG_BUILD_TESTS=OFF \
    "${launcher[@]}" >/dev/null
cmake --build "$build"
(cd "$build" && cpack -G DEB -B "$PWD/packages")
cp "$build"/packages/cnpg-aks-wizard_*.deb .
ls -1 cnpg-aks-wizard_*.deb
