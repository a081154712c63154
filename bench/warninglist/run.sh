#!/bin/sh
# Known-good check throughput, ours against two peers in the same run (see bench/README.md):
#   bench/warninglist/run.sh [BUILD_DIR] [N]
# 1. KnownGood::check over N generated queries against every bundled list (17 lists);
# 2. naive Python over the first 20,000 of the same queries (hit counts must agree);
# 3. grep -F -x -f with every exact-string entry over the N values (strings only, no CIDR,
#    no subdomains): the floor for "just look the string up".
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
n=${2:-1000000}
lists=$root/resources/warninglists
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --build "$build" --target warninglist_bench >/dev/null
ours=$("$build/bench/warninglist_bench" "$lists" "$work/queries.tsv" "$n")
"$build/bench/warninglist_bench" "$lists" "$work/sample.tsv" 20000 >"$work/sample.txt"
echo "ours:   $ours"
echo "ours (first 20,000): $(cat "$work/sample.txt")"
python=$(python3 "$here/naive_check.py" "$lists" "$work/queries.tsv" 20000)
echo "python: $python"

python3 - "$lists" >"$work/strings.txt" <<'PY'
import glob, json, sys
for p in glob.glob(sys.argv[1] + "/*.json"):
    d = json.load(open(p))
    if d["type"] != "cidr":
        for e in d["list"]:
            print(e.lower())
PY
cut -f2 "$work/queries.tsv" >"$work/values.txt"
start=$(date +%s.%N)
grep_hits=$(grep -F -x -c -f "$work/strings.txt" "$work/values.txt" || true)
end=$(date +%s.%N)
echo "grep -F -x -f: $n values, $grep_hits exact hits, $(echo "$end - $start" | bc) s"

ours_rate=$(echo "$ours" | sed 's/.*checks_per_second //')
python_rate=$(echo "$python" | sed 's/.*checks_per_second //')
grep_rate=$(echo "$n / ($end - $start)" | bc)
echo "ratio ours/python: $(echo "scale=1; $ours_rate / $python_rate" | bc)x"
echo "ratio ours/grep:   $(echo "scale=2; $ours_rate / $grep_rate" | bc)x"
