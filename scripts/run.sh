#!/usr/bin/env bash
# Command 1 of the README: install what is missing, build, start the console. Without
# arguments it starts the demo organisation (in-process tenant, no credentials needed);
# with arguments (e.g. --workspace PATH) they go to the console as given.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
if [ "$#" -eq 0 ]; then
  exec build/app/indicia --demo
fi
exec build/app/indicia "$@"
