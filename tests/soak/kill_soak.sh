#!/usr/bin/env bash
# Crash-consistency soak (issue 11): kill -9 at a random moment during import, bulk edit,
# undo and sync, TRIALS times, against one workspace and one real indicia-tenant.
#
# Each local trial (import, edit, undo) first runs the same command uninterrupted on a copy
# of the workspace: that gives the reference "after" state and how long the command takes.
# The real run is then killed after a random delay between 0 and 1.3x that time, and the
# workspace must hold exactly the "before" or the "after" state (nothing half done), the
# "after" one whenever the command had already exited 0 (no lost committed change), with
# PRAGMA integrity_check ok. States compare every user-visible column of every indicator,
# the groups, and the operation and outbox counts.
# A sync trial is killed the same way, then a sync runs to the end: it must succeed, the
# tenant must hold no duplicate (type, value, scope) and exactly the workspace's active
# indicators with their actions, and both databases pass integrity_check.
#
# usage: tests/soak/kill_soak.sh [--trials N] [--rows N] [--build DIR] [--seed N]
#   defaults: 100 trials, 1000 rows per import, ./build. ctest runs 10 trials (soak/kill_soak).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
trials=100 rows=1000 build="$root/build" seed=""
while [ $# -gt 0 ]; do
  case "$1" in
    --trials) trials="$2"; shift 2 ;;
    --rows) rows="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$seed" ] && RANDOM=$seed
cli="$build/app/indicia-cli"
tenant_bin="$build/app/indicia-tenant"
command -v sqlite3 >/dev/null || { echo "sqlite3 not found" >&2; exit 2; }
[ -x "$cli" ] && [ -x "$tenant_bin" ] || { echo "indicia-cli / indicia-tenant not found under $build/app" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/indicia-soak.XXXXXX")"
tenant_pid=""
cleanup() {
  local rc=$? # the trap's own commands must not change the script's result
  [ -n "$tenant_pid" ] && kill "$tenant_pid" 2>/dev/null && { wait "$tenant_pid" 2>/dev/null || true; }
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT

# ---- the tenant -----------------------------------------------------------------------------
"$tenant_bin" --listen 127.0.0.1:0 --data "$work/tenant" --client admin:soak-secret-1:admin \
  --quota 10000000 --no-rate-limit >"$work/tenant.out" 2>"$work/tenant.err" &
tenant_pid=$!
for _ in $(seq 1 100); do
  grep -q "listening on" "$work/tenant.out" 2>/dev/null && break
  sleep 0.1
done
base="$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$work/tenant.out" | head -n1)"
[ -n "$base" ] || { echo "indicia-tenant did not start: $(cat "$work/tenant.err")" >&2; exit 1; }
export INDICIA_SOAK_SECRET=soak-secret-1
sync_args=(sync --workspace "$work/soak.indicia" --service "$base" --tenant contoso --client-id admin
           --client-secret-env INDICIA_SOAK_SECRET --rate-scale 1000 --backoff-ms 20 --json)

# ---- workspace state ------------------------------------------------------------------------
ws="$work/soak.indicia"
state() {
  sqlite3 "$1" "SELECT type || '|' || value || '|' || scope_key || '|' || action || '|' || severity || '|' || title
                       || '|' || description || '|' || coalesce(expiration, '') FROM indicators ORDER BY type, value, scope_key;
    SELECT count(*) FROM indicator_groups; SELECT count(*) FROM operations; SELECT count(*) FROM outbox;" | md5sum | cut -c1-16
}
integrity() { sqlite3 "$1" 'PRAGMA integrity_check' 2>&1 | tr '\n' ' ' | sed 's/ $//'; }
copy_ws() { # a consistent copy through SQLite itself (WAL included)
  rm -f "$2" "$2-wal" "$2-shm"
  sqlite3 "$1" ".backup '$2'"
}
csv_for() { # N rows of public IPs unique to trial $2, titled soak-$2
  local n="$1" t="$2"
  { echo "IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,RecommendedActions,RbacGroups,Category,MitreTechniques,GenerateAlert"
    awk -v n="$n" -v t="$t" 'BEGIN { for (i = 0; i < n; i++) {
      v = t * 100000 + i; printf "IpAddress,45.%d.%d.%d,,Block,High,soak-%d,row %d,,,,,false\n", int(v / 65536) % 256, int(v / 256) % 256, v % 256, t, i } }'
  } >"$3"
}
ms_now() { date +%s%N | cut -c1-13; }
sleep_ms() { sleep "$(printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)))"; }

# Runs "$@" in the background, kills it after $delay ms; sets rc (exit code, 137 if killed).
run_killed() {
  local delay="$1"; shift
  "$@" >"$work/killed.out" 2>&1 &
  local pid=$!
  sleep_ms "$delay"
  kill -9 "$pid" 2>/dev/null || true
  rc=0
  wait "$pid" 2>/dev/null || rc=$?
}

# ---- the start: a committed base and one full sync ------------------------------------------
csv_for 200 0 "$work/base.csv"
"$cli" import --workspace "$ws" "$work/base.csv" --user soak >/dev/null
start=$(ms_now)
"$cli" "${sync_args[@]}" >/dev/null
sync_ms=$(( $(ms_now) - start + 50 ))

declare -A outcomes=()
failed=0
record() { outcomes["$1"]=$(( ${outcomes["$1"]:-0} + 1 )); }
kinds=(import edit undo sync)
action_toggle=Block # the first edit makes every row Audit

check_tenant() { # no duplicate, same (type, value, action) set as the workspace's active rows
  local dup tenant_rows ws_rows
  dup="$(sqlite3 "$work/tenant/tenant.sqlite" "SELECT count(*) FROM (SELECT 1 FROM indicators
          GROUP BY indicator_type, indicator_value, scope_key HAVING count(*) > 1)")"
  tenant_rows="$(sqlite3 "$work/tenant/tenant.sqlite" "SELECT indicator_value || '|' || action FROM indicators" | LC_ALL=C sort | md5sum)"
  ws_rows="$("$cli" export --workspace "$ws" --format mde-csv 2>/dev/null | tail -n +2 | awk -F, '{print $2 "|" $4}' | LC_ALL=C sort | md5sum)"
  [ "$dup" = 0 ] || { echo "  duplicates on the service: $dup"; return 1; }
  [ "$tenant_rows" = "$ws_rows" ] || { echo "  service and workspace differ after a full sync"; return 1; }
  [ "$(integrity "$work/tenant/tenant.sqlite")" = ok ] || { echo "  tenant integrity failed"; return 1; }
}

for trial in $(seq 1 "$trials"); do
  kind="${kinds[$((RANDOM % 4))]}"
  before="$(state "$ws")"
  verdict=FAIL note=""
  case "$kind" in
    import|edit|undo)
      case "$kind" in
        import) csv_for "$rows" "$trial" "$work/t.csv"; cmd=(import --workspace WS "$work/t.csv" --user soak) ;;
        edit) [ "$action_toggle" = Audit ] && action_toggle=Block || action_toggle=Audit
              cmd=(edit --workspace WS --set-action "$action_toggle" --user soak --json) ;;
        undo) cmd=(edit --workspace WS --undo --user soak --json) ;;
      esac
      ref="$work/ref.indicia"
      copy_ws "$ws" "$ref"
      t0=$(ms_now)
      ref_rc=0
      "$cli" "${cmd[@]/WS/$ref}" >/dev/null 2>&1 || ref_rc=$?
      ref_ms=$(( $(ms_now) - t0 ))
      after="$(state "$ref")"
      delay=$(( (ref_ms + 20) * (RANDOM % 131) / 100 ))
      run_killed "$delay" "$cli" "${cmd[@]/WS/$ws}"
      got="$(state "$ws")"
      ok="$(integrity "$ws")"
      if [ "$ok" != ok ]; then note="integrity: $ok"
      elif [ "$rc" = 0 ] && [ "$got" != "$after" ]; then note="exited 0 but the change is missing"
      elif [ "$got" = "$before" ] && [ "$got" = "$after" ]; then verdict=unchanged
      elif [ "$got" = "$before" ]; then verdict=none
      elif [ "$got" = "$after" ]; then verdict=all
      else note="half done: neither the state before nor the reference after"
      fi
      [ "$rc" = 137 ] || note="$note (not killed: exit $rc, reference exit $ref_rc)"
      ;;
    sync)
      delay=$(( sync_ms * (RANDOM % 131) / 100 ))
      run_killed "$delay" "$cli" "${sync_args[@]}"
      ok="$(integrity "$ws")"
      if [ "$ok" != ok ]; then note="integrity: $ok"
      elif ! "$cli" "${sync_args[@]}" >"$work/sync.out" 2>&1; then note="the next sync failed: $(tail -c 300 "$work/sync.out")"
      elif check_tenant; then verdict=$([ "$rc" = 137 ] && echo killed || echo finished)
      fi
      t0=$(ms_now); "$cli" "${sync_args[@]}" >/dev/null 2>&1 || true; sync_ms=$(( $(ms_now) - t0 + 50 ))
      ;;
  esac
  [ "$verdict" = FAIL ] && failed=$((failed + 1))
  record "$kind/$verdict"
  printf 'trial %3d %-6s kill after %5d ms -> %-9s %s\n' "$trial" "$kind" "$delay" "$verdict" "$note"
done

summary=""
for key in $(printf '%s\n' "${!outcomes[@]}" | sort); do summary="$summary $key=${outcomes[$key]}"; done
echo "$trials trials:$summary; $failed failed"
[ "$failed" -eq 0 ]
