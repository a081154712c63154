#!/usr/bin/env bash
# Command 2 of the README: install what is missing, build, run every test suite (ctest).
# The hardening stages (fuzzing, sanitizers) are command 3, scripts/hardening.sh; .ci/run
# runs this command and then that one.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
start=$(date +%s)
ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 900
echo "== suites: $(($(date +%s) - start)) s"
