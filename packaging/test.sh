#!/usr/bin/env bash
# The README's test command: installs what is missing, builds from scratch and runs every test,
# three times over:
#   1. the normal build (RelWithDebInfo), the whole suite;
#   2. AddressSanitizer + UndefinedBehaviorSanitizer, the whole suite;
#   3. ThreadSanitizer, the threaded parts only (executor and journal, process launcher,
#      preflight), building only those tests.
# Any sanitizer finding fails the run, also one in a child process (the simulator, the app).
# CNPG_TEST_PHASES picks phases (default: normal,asan,tsan; e.g. CNPG_TEST_PHASES=normal for a
# quick round); CNPG_TEST_BUILD_DIR is the build directory prefix; CNPG_TEST_JOBS the build and
# test parallelism (default: the number of cores). The sanitizer builds start the simulator
# uninstrumented (see sim/CMakeLists.txt), which keeps all three phases within CI's hour.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
bash packaging/deps.sh --test

build=${CNPG_TEST_BUILD_DIR:-build-test}
phases=${CNPG_TEST_PHASES:-normal,asan,tsan}
jobs=${CNPG_TEST_JOBS:-$(nproc)}
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

# The threaded parts, as CTest names (the TSan phase builds and runs these only).
tsan_tests=(tst_executor tst_livestatus tst_executor_sim tst_processlauncher tst_preflightsim tst_toolcheck
            tst_krewdownload tst_azurequeries tst_publicip tst_subscriptionpin tst_versionparser
            tst_checkcommand tst_readinesssim tst_runservice)

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
    # Qt and GLib are not built with ThreadSanitizer: it is told to ignore what their code does
    # itself (their locks are invisible to it, so every hand-over through Qt's event queue would
    # look like a race), and to keep going after QProcess starts a child: from then on the
    # sanitizer takes the test itself for a forked child and would kill it at its next thread.
    TSAN_OPTIONS="halt_on_error=1:abort_on_error=1:second_deadlock_stack=1:ignore_noninstrumented_modules=1:die_after_fork=0:suppressions=$supp/tsan.supp:log_path=$logs/tsan" \
        run_ctest "$dir" -R "$regex" || status=$?
    check_sanitizer_logs "$logs" || status=1
    phase_end "tsan tests"
    [ "$status" -eq 0 ] || exit "$status"
fi
