#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz build for a fixed time each, over its seed corpus
# (tests/fuzz/corpus/<name>/) and the matching public samples in ../shared/data, and fails
# when any target finds a crash, a leak, a timeout or a sanitizer report. New inputs go to
# a scratch corpus, never into the repository; crash inputs are kept in OUT/.
#
# usage: tests/fuzz/run_fuzzers.sh [BUILD_DIR=build-fuzz] [SECONDS=20] [OUT=BUILD_DIR/fuzz-findings] [TARGET...]
# A long session of one target (docs/RELIABILITY.md): tests/fuzz/run_fuzzers.sh build-fuzz 3600 /tmp/f fuzz_stix
# INDICIA_FUZZ_SEED (default 1) fixes libFuzzer's seed so that CI explores the same inputs
# on every run and a failure reproduces; 0 lets libFuzzer pick one (long sessions).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-build-fuzz}"
seconds="${2:-20}"
out="${3:-$build/fuzz-findings}"
shift $(( $# < 3 ? $# : 3 ))
shared="$root/../shared/data"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

# Public samples per target (directories: libFuzzer reads every file in them).
samples() {
  case "$1" in
    mde_csv) echo "$shared/mde_import_csv" ;;
    misp) echo "$shared/ioc_lists/eset/sednit $shared/ioc_lists/misp-warninglists" ;;
    stix) echo "$shared/ioc_lists/pan-unit42/stix2-reports/report_json" ;;
    plain_list) echo "$shared/ioc_lists/criticalpath $shared/ioc_lists/pan-unit42/lotusblossom $shared/ioc_lists/eset/moose" ;;
    report_text) echo "$shared/ioc_lists/pan-unit42/TA551 $shared/ioc_lists/eset/winter_vivern $shared/ioc_lists/pan-unit42/BazarCall" ;;
    hunting_csv) echo "$shared/telemetry/mde" ;;
    sysmon_json) echo "$shared/telemetry/mordor_sysmon" ;;
    *) echo "" ;;
  esac
}

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for bin in "$build"/tests/fuzz/fuzz_*; do [ -x "$bin" ] && targets+=("$(basename "$bin")"); done
fi
[ ${#targets[@]} -gt 0 ] || { echo "no fuzz targets under $build/tests/fuzz" >&2; exit 2; }

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
failed=0
printf '%-20s %8s %12s %10s %8s  %s\n' target seconds execs exec/s corpus result
for target in "${targets[@]}"; do
  name="${target#fuzz_}"
  scratch="$(mktemp -d "${TMPDIR:-/tmp}/indicia-fuzz-$name.XXXXXX")"
  dirs=("$scratch")
  [ -d "$root/tests/fuzz/corpus/$name" ] && dirs+=("$root/tests/fuzz/corpus/$name")
  for d in $(samples "$name"); do [ -d "$d" ] && dirs+=("$d"); done
  log="$out/$target.log"
  result=ok
  if ! "$build/tests/fuzz/$target" -seed="${INDICIA_FUZZ_SEED:-1}" -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2560 \
      -print_final_stats=1 -artifact_prefix="$out/$target-" "${dirs[@]}" >"$log" 2>&1; then
    result="FAILED (see $log)"
    failed=$((failed + 1))
  fi
  execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)"
  rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n1)"
  units="$(find "$scratch" -type f | wc -l)"
  printf '%-20s %8s %12s %10s %8s  %s\n' "$target" "$seconds" "${execs:-?}" "${rate:-?}" "$units" "$result"
  [ "$result" = ok ] || grep -m3 -E "ERROR|runtime error|SUMMARY" "$log" | sed 's/^/    /' || true
  rm -rf "$scratch"
done
echo "${#targets[@]} fuzz targets, $failed failed"
[ "$failed" -eq 0 ]
