#!/usr/bin/env bash
# Command 2 of the README: install what is missing, build, run every test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 900
# Issue 11: fuzz every parser for a fixed time and run the engine, models, service and e2e
# suites under ASan+UBSan (scripts/hardening.sh; see docs/RELIABILITY.md).
scripts/hardening.sh
