#!/usr/bin/env bash
# The README's run command: installs what is missing, builds what the wizard needs (the app
# with its translations, and the simulator; not the tests) and starts it.
# Simulation mode is the default where az or a sign-in is missing; with no display at all the
# simulated deployment runs in the terminal instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/deps.sh

build=${CNPG_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target cnpg-aks-wizard cnpg-sim
exec "$build/bin/cnpg-aks-wizard" "$@"
