#!/usr/bin/env bash
# List benchmark: a 1,000,000-indicator workspace opened, sorted, filtered and scrolled by
# the console (offscreen), against the sqlite3 shell running the same first-page queries.
# usage: bench/list/run.sh [ROWS=1000000]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rows="${1:-1000000}"
work="${BENCH_WORK:-${TMPDIR:-/tmp}/indicia-list-bench}"
mkdir -p "$work"
ws="$work/list-$rows.indicia"
cmake --build "$root/build" --target list_bench indicia-cli >/dev/null
if [ ! -s "$ws" ]; then
  python3 "$root/bench/import/generate_csv.py" "$rows" "$work/list-$rows.csv"
  "$root/build/app/indicia-cli" import --workspace "$ws" "$work/list-$rows.csv" >/dev/null
fi
echo "workspace: $ws ($(du -h "$ws" | cut -f1))"
QT_QPA_PLATFORM=offscreen "$root/build/bench/list/list_bench" "$ws"

# Peer: the sqlite3 shell answering the same first page (its own process start included).
peer() {
  local start end
  start=$(date +%s%N)
  sqlite3 "$ws" "$1" >/dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
echo "sqlite3 shell, first page by value:  $(peer "SELECT * FROM indicators WHERE tab=0 ORDER BY value, id LIMIT 256") ms"
echo "sqlite3 shell, substring filter:     $(peer "SELECT * FROM indicators WHERE tab=0 AND (value LIKE '%deadbe%' OR title LIKE '%deadbe%') ORDER BY updated_at DESC, id DESC LIMIT 256") ms"
echo "sqlite3 shell, count of the filter:  $(peer "SELECT COUNT(*) FROM indicators WHERE tab=0 AND (value LIKE '%deadbe%' OR title LIKE '%deadbe%')") ms"
