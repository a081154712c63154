#!/usr/bin/env bash
# Import benchmark (DESIGN.md "Performance targets"): a generated 1,000,000-row MDE template
# CSV loaded raw by `sqlite3 .import` into a fresh file, versus `indicia-cli import` (validate
# every row, store with history/outbox bookkeeping, one transaction) into a fresh workspace.
# Prints both wall-clock times and the ratio (target: <= 1.5).
#
# Also prints SQLite's own floor for the workspace's storage: sqlite3 itself copying the raw
# rows into the workspace's indicator and group tables (schema read from the workspace just
# made) with one INSERT ... SELECT each, then building the same indexes, in one WAL
# transaction with the importer's settings and the workspace's page size. No parsing,
# validation or bookkeeping: what no importer that stores this schema in SQLite can beat.
# (The shell keeps SQLite's memory statistics on, which the importer turns off: ~5%.)
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

# The floor (see the top).
schema() { sqlite3 "$work/bench.indicia" "SELECT sql || ';' FROM sqlite_schema WHERE type = '$1'
  AND tbl_name IN ('indicators', 'indicator_groups') AND sql IS NOT NULL"; }
{
  echo "PRAGMA page_size = $(sqlite3 "$work/bench.indicia" "PRAGMA page_size");"
  echo "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY;"
  echo "PRAGMA cache_size = -1048576;"
  schema table
  echo "ATTACH '$work/raw.db' AS raw; BEGIN;"
  cat <<'SQL'
INSERT INTO indicators (id, tab, type, value, scope_key, action, severity, generate_alert, title,
  description, recommended_actions, category, mitre_techniques, expiration, created_by, created_at,
  updated_by, updated_at, sync_state, created_op, key_hash)
SELECT rowid, CASE WHEN IndicatorType LIKE 'File%' THEN 0 WHEN IndicatorType = 'IpAddress' THEN 1
  ELSE 2 END, IndicatorType, IndicatorValue, RbacGroups, length(Action), length(Severity),
  GenerateAlert = 'true', Title, Description, RecommendedActions, Category, MitreTechniques,
  CASE WHEN ExpirationTime = '' THEN NULL ELSE 1924992000 END, 'bench', 1764600000, 'bench',
  1764600000, 'pending', 1, rowid * 2654435761
FROM raw.t;
INSERT INTO indicator_groups (indicator_id, group_name)
SELECT t.rowid, g.value FROM raw.t AS t,
  json_each('["' || replace(t.RbacGroups, ',', '","') || '"]') AS g WHERE t.RbacGroups <> '';
SQL
  schema index
  echo "COMMIT;"
} >"$work/floor.sql"
start=$(seconds)
sqlite3 "$work/floor.db" <"$work/floor.sql" >/dev/null
floor=$(echo "$(seconds) - $start" | bc)

head -1 "$work/import.txt"
printf 'sqlite3 .import (raw): %6.2f s   db %s\n' "$raw" "$(du -h "$work/raw.db" | cut -f1)"
printf 'indicia-cli import:    %6.2f s   db %s\n' "$ours" "$(du -ch "$work"/bench.indicia* | tail -1 | cut -f1)"
printf 'SQLite floor, schema:  %6.2f s   db %s (%.2fx raw)\n' "$floor" \
  "$(du -ch "$work"/floor.db* | tail -1 | cut -f1)" "$(echo "$floor / $raw" | bc -l)"
printf 'ratio: %.2fx (target <= 1.50x); %.2fx the floor\n' "$(echo "$ours / $raw" | bc -l)" \
  "$(echo "$ours / $floor" | bc -l)"
