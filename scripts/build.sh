#!/usr/bin/env bash
# Configures (once) and builds Indicia into ./build with Ninja (and ccache when present).
# In CI (CI=true) warnings are errors.
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache hits across clones of the repo in different folders (CI builds a fresh clone).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
werror=OFF
if [ "${CI:-}" = "true" ]; then werror=ON; fi
if [ ! -f build/build.ninja ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DINDICIA_WERROR=$werror
fi
cmake --build build --parallel "$(nproc)"
