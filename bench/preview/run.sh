#!/usr/bin/env bash
# Preview benchmark: the engine's preview against the analyst's awk hash join and against
# `cat` of the same file. Usage:
#   bench/preview/run.sh [ROWS=600000] [IOCS=100000] [path/to/preview_bench] [threads=0 (all)]
#                        [path/to/indicia-cli]
# Prints wall-clock seconds (best of 3) for each and the ratios; then compile time and
# bytes per indicator for 1,000,000 indicators. When indicia-cli is there (built next to
# preview_bench by default), the real command `indicia-cli preview --indicators LIST
# --telemetry EVENTS --json` is timed the same way and its ratios printed too.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
rows=${1:-600000}
iocs=${2:-100000}
bench=${3:-$here/../../build/bench/preview_bench}
threads=${4:-0}
cli=${5:-$(dirname "$bench")/../app/indicia-cli}
work=${BENCH_WORK:-${TMPDIR:-/tmp}/indicia-preview-bench}
mkdir -p "$work"
events="$work/events-$rows.csv"
list="$work/iocs-$iocs.txt"
if [[ ! -s "$events" || ! -s "$list" ]]; then
  echo "generating $rows events and $iocs indicators in $work ..."
  python3 "$here/generate.py" "$rows" "$iocs" "$events" "$list"
fi
[[ -x "$bench" ]] || { echo "build preview_bench first (bench/CMakeLists.txt), or pass its path" >&2; exit 2; }

# best of three wall-clock runs of a command, in seconds
best() {
  local best=999999 t
  for _ in 1 2 3; do
    local start=$(date +%s.%N)
    "$@" > /dev/null
    t=$(echo "$(date +%s.%N) - $start" | bc -l)
    best=$(echo "if ($t < $best) $t else $best" | bc -l)
  done
  printf '%.3f' "$best"
}

cat "$events" > /dev/null # warm the page cache for everyone
awk_matches=$(awk -F, 'NR==FNR{a[$1];next} ($8 in a)' "$list" "$events" | wc -l)
t_cat=$(best cat "$events")
t_awk=$(best awk -F, 'NR==FNR{a[$1];next} ($8 in a)' "$list" "$events")
t_engine=$(best "$bench" scan "$list" "$events" "$threads")
engine_out=$("$bench" scan "$list" "$events" "$threads")
engine_matches=$(awk '/^events_matched/{print $2}' <<< "$engine_out")
size_mb=$(echo "$(stat -c %s "$events") / 1048576" | bc -l)

echo "file:            $(printf '%.0f' "$size_mb") MiB, $rows rows, $iocs SHA-1 indicators, $(nproc) cores"
echo "matches:         awk $awk_matches rows, engine $engine_matches events (every hash column checked)"
echo "cat > /dev/null: $t_cat s"
echo "awk hash join:   $t_awk s"
echo "engine preview:  $t_engine s (process total: read list, compile, scan)"
echo "ratio awk/engine: $(echo "$t_awk / $t_engine" | bc -l | xargs printf '%.2f')x faster than awk"
echo "ratio cat/engine: $(echo "$t_cat / $t_engine" | bc -l | xargs printf '%.2f') of cat's speed"
if [[ -x "$cli" ]]; then
  cli_matches=$("$cli" preview --indicators "$list" --telemetry "$events" --json | grep -o '"eventsMatched": *[0-9]*' | grep -o '[0-9]*$' || true)
  t_cli=$(best "$cli" preview --indicators "$list" --telemetry "$events" --json)
  echo "indicia-cli preview: $t_cli s (whole command: read and validate the list, compile, scan, JSON summary; $cli_matches events matched)"
  echo "ratio awk/cli:    $(echo "$t_awk / $t_cli" | bc -l | xargs printf '%.2f')x faster than awk"
  echo "ratio cat/cli:    $(echo "$t_cat / $t_cli" | bc -l | xargs printf '%.2f') of cat's speed"
fi
echo "--- compile, 1,000,000 mixed indicators ---"
"$bench" compile 1000000
