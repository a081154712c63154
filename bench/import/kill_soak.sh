#!/usr/bin/env bash
# kill -9 soak (issue 3, DESIGN.md "Reliability"): imports a generated CSV into a workspace
# that already holds a few committed rows, kills indicia-cli with SIGKILL at a random moment
# (from just after the start to past the end of an uninterrupted import), then checks with
# the sqlite3 shell that the workspace holds either none or all of the import, that
# PRAGMA integrity_check says ok, that the indexes and triggers the importer lifts inside
# its transaction are all there, and that the next import works. Repeats TRIALS times.
# tests/e2e/test_import_crash.cpp is the short version that runs with ctest.
#
# usage: bench/import/kill_soak.sh [TRIALS=20] [ROWS=1000000] [INDICIA_CLI]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
trials="${1:-20}"
rows="${2:-1000000}"
cli="${3:-${INDICIA_CLI:-$root/build/app/indicia-cli}}"
work="$(mktemp -d "${TMPDIR:-/tmp}/indicia-kill-soak.XXXXXX")"
trap 'rm -rf "$work"' EXIT

command -v sqlite3 >/dev/null || { echo "sqlite3 not found" >&2; exit 2; }
[ -x "$cli" ] || { echo "indicia-cli not found at $cli" >&2; exit 2; }

csv="$work/big.csv"
small="$work/small.csv"
python3 "$here/generate_csv.py" "$rows" "$csv"
# The first rows of the big file: the killed import finds them unchanged. Both outcomes
# are compared with a reference workspace that went through the same two imports.
python3 "$here/generate_csv.py" 3 "$small"

import() { "$cli" import --workspace "$1" "$2" --user soak >"$work/out.txt" 2>&1 || [ $? -eq 1 ]; }
state() {
  sqlite3 "$1" "SELECT (SELECT count(*) FROM indicators) || ' ' || (SELECT count(*) FROM operations)
    || ' ' || (SELECT count(*) FROM outbox) || ' ' || (SELECT count(*) FROM indicator_groups)"
}
objects() {
  sqlite3 "$1" "SELECT group_concat(name) FROM (SELECT name FROM sqlite_master
    WHERE tbl_name IN ('indicators', 'indicator_groups') AND type IN ('index', 'trigger') ORDER BY name)"
}

# Reference: the workspace before, and after an uninterrupted import.
ref="$work/ref.indicia"
import "$ref" "$small"
base_state="$(state "$ref")"
base_objects="$(objects "$ref")"
start=$(date +%s%N)
import "$ref" "$csv"
full_ms=$(( ($(date +%s%N) - start) / 1000000 ))
full_state="$(state "$ref")"
echo "uninterrupted import: ${full_ms} ms; before: $base_state; after: $full_state (indicators operations outbox groups)"
[ "$(objects "$ref")" = "$base_objects" ] || { echo "FAIL: schema objects differ after a full import"; exit 1; }

none=0 all=0 failed=0
for trial in $(seq 1 "$trials"); do
  ws="$work/trial.indicia"
  rm -f "$ws" "$ws-wal" "$ws-shm"
  import "$ws" "$small"
  delay_ms=$(( full_ms * (5 + RANDOM % 125) / 100 ))
  "$cli" import --workspace "$ws" "$csv" --user soak >/dev/null 2>&1 &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  got="$(state "$ws")"
  integrity="$(sqlite3 "$ws" 'PRAGMA integrity_check')"
  verdict=FAIL
  if [ "$integrity" = ok ] && [ "$(objects "$ws")" = "$base_objects" ]; then
    if [ "$got" = "$base_state" ]; then verdict=none; none=$((none + 1));
    elif [ "$got" = "$full_state" ]; then verdict=all; all=$((all + 1)); fi
  fi
  if import "$ws" "$small"; then :; else verdict=FAIL; fi
  [ "$verdict" = FAIL ] && failed=$((failed + 1))
  printf 'trial %3d: kill after %6d ms -> %-4s (%s; integrity %s)\n' "$trial" "$delay_ms" "$verdict" "$got" "$integrity"
done
echo "$trials trials: $none none, $all all, $failed failed"
[ "$failed" -eq 0 ]
