#!/usr/bin/env bash
# Import benchmark (DESIGN.md "Performance targets"): a generated 1,000,000-row MDE template
# CSV loaded raw by `sqlite3 .import` into a fresh file, versus `indicia-cli import` (validate
# every row, store with history/outbox bookkeeping, one transaction) into a fresh workspace.
# Prints both wall-clock times and the ratio (target: <= 1.5).
#
# usage: bench/import/run.sh [ROWS] [INDICIA_CLI]
#   ROWS         default 1000000
#   INDICIA_CLI  default build/app/indicia-cli (or $INDICIA_CLI)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rows="${1:-1000000}"
cli="${2:-${INDICIA_CLI:-$root/build/app/indicia-cli}}"
work="$(mktemp -d "${TMPDIR:-/tmp}/indicia-bench-import.XXXXXX")"
trap 'rm -rf "$work"' EXIT

command -v sqlite3 >/dev/null || { echo "sqlite3 not found" >&2; exit 2; }
[ -x "$cli" ] || { echo "indicia-cli not found at $cli (build it, or pass its path)" >&2; exit 2; }

csv="$work/indicators.csv"
python3 "$here/generate_csv.py" "$rows" "$csv"
echo "input: $rows rows, $(du -h "$csv" | cut -f1) ($csv)"

seconds() { date +%s.%N; }

# Warm the page cache once so that neither side pays for the first read of the file.
cat "$csv" >/dev/null

start=$(seconds)
sqlite3 "$work/raw.db" ".import --csv $csv t"
raw=$(echo "$(seconds) - $start" | bc)

start=$(seconds)
"$cli" import --workspace "$work/bench.indicia" "$csv" --user bench >"$work/import.txt" || {
  status=$?; cat "$work/import.txt"; [ "$status" -eq 1 ] || exit "$status"; }
ours=$(echo "$(seconds) - $start" | bc)

head -1 "$work/import.txt"
printf 'sqlite3 .import (raw): %6.2f s   db %s\n' "$raw" "$(du -h "$work/raw.db" | cut -f1)"
printf 'indicia-cli import:    %6.2f s   db %s\n' "$ours" "$(du -ch "$work"/bench.indicia* | tail -1 | cut -f1)"
printf 'ratio: %.2fx (target <= 1.50x)\n' "$(echo "$ours / $raw" | bc -l)"
