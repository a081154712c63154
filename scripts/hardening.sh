#!/usr/bin/env bash
# README command 3, the hardening stages (issue 11, docs/RELIABILITY.md); .ci/run runs it
# after the test command (scripts/test.sh, which has built ./build). One clang build, build-fuzz, configured with
# -DINDICIA_FUZZ=ON -DINDICIA_SANITIZE=address,undefined, serves both stages: the libraries
# are compiled once (a second, separate ASan build would double the CI's compile time).
#  1. fuzz: every fuzz target runs FUZZ_SECONDS (default 20) over its corpus and the
#     matching ../shared/data samples (tests/fuzz/run_fuzzers.sh); any crash fails.
#  2. sanitizers: the engine, models, service and e2e suites, built in the same tree (ASan,
#     UBSan; the e2e and service suites run the ASan-built indicia-cli and indicia-tenant),
#     under ctest with leak detection and halt_on_error. GUI suites (ui/) only run in the
#     normal build: see docs/RELIABILITY.md.
# (The kill -9 soak's 10-trial run is a ctest of the normal build: soak/kill_soak.)
# Locally a stage can be skipped with INDICIA_SKIP_FUZZ=1 or INDICIA_SKIP_ASAN=1; with
# CI=true both always run.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
export QT_QPA_PLATFORM=offscreen
jobs="$(nproc)"
build=build-fuzz
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
skip() { [ "${CI:-}" != "true" ] && [ "${!1:-}" = 1 ]; }
stamp() { date +%s; }

if skip INDICIA_SKIP_FUZZ && skip INDICIA_SKIP_ASAN; then
  echo "== hardening: skipped (INDICIA_SKIP_FUZZ=1 INDICIA_SKIP_ASAN=1)"
  exit 0
fi
scripts/install-deps.sh --hardening
t0=$(stamp)
if [ ! -f "$build/build.ninja" ]; then
  CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" \
    -DINDICIA_FUZZ=ON -DINDICIA_SANITIZE=address,undefined >/dev/null
fi

if skip INDICIA_SKIP_FUZZ; then
  echo "== fuzz: skipped (INDICIA_SKIP_FUZZ=1)"
else
  echo "== fuzz: building the fuzz targets in $build (clang, libFuzzer, ASan+UBSan)"
  cmake --build "$build" --parallel "$jobs" --target fuzzers
  t1=$(stamp)
  tests/fuzz/run_fuzzers.sh "$build" "${FUZZ_SECONDS:-20}"
  echo "== fuzz: build $((t1 - t0)) s, runs $(($(stamp) - t1)) s"
fi

if skip INDICIA_SKIP_ASAN; then
  echo "== sanitizers: skipped (INDICIA_SKIP_ASAN=1)"
else
  t0=$(stamp)
  echo "== sanitizers: building the engine, models, service and e2e suites in $build"
  targets=(indicia-cli indicia-tenant)
  for src in tests/{engine,models,service,e2e}/test_*.cpp; do
    targets+=("$(basename "$(dirname "$src")")_$(basename "$src" .cpp)")
  done
  cmake --build "$build" --parallel "$jobs" --target "${targets[@]}"
  t1=$(stamp)
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1"
  export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$root/tests/sanitizers/ubsan.supp"
  ctest --test-dir "$build" --output-on-failure --parallel "$jobs" --timeout 1200 -L '^(engine|models|service|e2e)$'
  echo "== sanitizers: build $((t1 - t0)) s, tests $(($(stamp) - t1)) s"
fi
