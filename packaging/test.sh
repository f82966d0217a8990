#!/usr/bin/env bash
# The README's test command: installs what is missing, builds from scratch and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/deps.sh

build=${CNPG_TEST_BUILD_DIR:-build-test}
rm -rf "$build"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build"
cd "$build"
ctest --output-on-failure --timeout 600
