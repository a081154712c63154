#!/usr/bin/env bash
# Saves PNGs of the main screens under Xvfb for review: tests/screenshots/run.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-build/screenshots}
cmake --build build --target indicia-screenshot-tour indicia-demo-tour
xvfb-run -a -s "-screen 0 1400x900x24" build/tests/screenshots/indicia-screenshot-tour "$out"
xvfb-run -a -s "-screen 0 1500x900x24" build/tests/screenshots/indicia-demo-tour "$out"
