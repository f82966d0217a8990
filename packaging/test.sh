#!/usr/bin/env bash
# The README's test command: installs what is missing, builds from scratch and runs every test;
# with CNPG_TEST_PHASES=normal,asan,tsan three times over:
#   1. the normal build (RelWithDebInfo), the whole suite;
#   2. AddressSanitizer + UndefinedBehaviorSanitizer, the whole suite;
#   3. ThreadSanitizer, the threaded parts only (executor and journal, process launcher,
#      preflight), building only those tests.
# Any sanitizer finding fails the run, also one in a child process (the simulator, the app).
# CNPG_TEST_PHASES=normal,asan,tsan picks phases; CNPG_TEST_BUILD_DIR is the build directory
# prefix; CNPG_TEST_JOBS the build and test parallelism (default: the number of cores).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
bash packaging/deps.sh

build=${CNPG_TEST_BUILD_DIR:-build-test}
# The sanitizer phases are opt-in until the whole suite has been seen clean under them on a
# fresh clone: CNPG_TEST_PHASES=normal,asan,tsan runs all three.
phases=${CNPG_TEST_PHASES:-normal}
jobs=${CNPG_TEST_JOBS:-$(nproc)}
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

# The threaded parts, as CTest names (the TSan phase builds and runs these only).
tsan_tests=(tst_executor tst_executor_sim tst_processlauncher tst_preflightsim tst_toolcheck
            tst_krewdownload tst_azurequeries tst_publicip tst_subscriptionpin tst_versionparser
            tst_checkcommand)

timings=()
phase_start() {
    echo "==== $1 ($(date -u +%H:%M:%S))" >&2
    t0=$(date +%s)
}
phase_end() {
    local t=$(($(date +%s) - t0))
    timings+=("$(printf '%-28s %4d:%02d' "$1" $((t / 60)) $((t % 60)))")
    echo "==== $1 took $((t / 60))m$((t % 60))s" >&2
}
report_timings() {
    printf '%s\n' "---- phase times" "${timings[@]}" >&2
}
trap report_timings EXIT

# configure DIR [cmake options...]
configure() {
    local dir=$1
    shift
    rm -rf "$dir"
    cmake -S . -B "$dir" -G Ninja "${launcher[@]}" "$@"
}

# Sanitizer reports go to files too, so that a finding in a child process (whose exit code a
# test may take for a tool's failure) still fails the run.
check_sanitizer_logs() {
    local logs=$1
    if compgen -G "$logs/*" >/dev/null; then
        echo "Sanitizer findings:" >&2
        cat "$logs"/* >&2
        return 1
    fi
}

run_ctest() {
    (cd "$1" && shift && ctest --output-on-failure --timeout 600 -j "$jobs" "$@")
}

if [[ ,$phases, == *,normal,* ]]; then
    phase_start "normal build"
    configure "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$build" -j "$jobs"
    phase_end "normal build"
    phase_start "normal tests"
    run_ctest "$build"
    phase_end "normal tests"
fi

# Light optimisation and line tables only: sanitizer builds are slow enough as they are.
san_flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1")
supp=$root/tests/sanitizers

if [[ ,$phases, == *,asan,* ]]; then
    dir=$build-asan
    phase_start "asan+ubsan build"
    configure "$dir" "${san_flags[@]}" -DCNPG_SANITIZE=address
    cmake --build "$dir" -j "$jobs"
    phase_end "asan+ubsan build"
    phase_start "asan+ubsan tests"
    logs=$root/$dir/sanitizer-logs
    mkdir -p "$logs"
    status=0
    ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:log_path=$logs/asan" \
    LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0" \
    UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1:log_path=$logs/ubsan" \
        run_ctest "$dir" || status=$?
    check_sanitizer_logs "$logs" || status=1
    phase_end "asan+ubsan tests"
    [ "$status" -eq 0 ] || exit "$status"
fi

if [[ ,$phases, == *,tsan,* ]]; then
    dir=$build-tsan
    phase_start "tsan build (threaded parts)"
    configure "$dir" "${san_flags[@]}" -DCNPG_SANITIZE=thread
    cmake --build "$dir" -j "$jobs" --target "${tsan_tests[@]}"
    phase_end "tsan build (threaded parts)"
    phase_start "tsan tests"
    logs=$root/$dir/sanitizer-logs
    mkdir -p "$logs"
    status=0
    regex="^($(IFS='|'; echo "${tsan_tests[*]}"))\$"
    TSAN_OPTIONS="halt_on_error=1:abort_on_error=1:second_deadlock_stack=1:suppressions=$supp/tsan.supp:log_path=$logs/tsan" \
        run_ctest "$dir" -R "$regex" || status=$?
    check_sanitizer_logs "$logs" || status=1
    phase_end "tsan tests"
    [ "$status" -eq 0 ] || exit "$status"
fi
