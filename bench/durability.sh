#!/usr/bin/env bash
# Durability under kill -9 (issue 9): the portal runs on PostgreSQL (a scratch database jixiao_durability), a burst
# of procurement records is created through the API by parallel clients, the Liberty JVM is killed with SIGKILL in
# the middle of the burst, and the portal is started again. Then every save that was acknowledged (HTTP 201) must be
# in the database with its audit entry, and no save may be half there: a record without its CREATE audit entry, or
# an audit entry without its record. A save that was not acknowledged may be wholly there (committed just before the
# kill, its answer lost) or wholly absent. Finally the restarted portal must accept a new save.
#
# It uses the demo's fixed ports (9080, 8180) like `bin/jixiao run`, so run it holding the lock that the
# integration tests hold, with nothing else of Jixiao running:
#     flock /tmp/jixiao-it.lock bench/durability.sh [records=400] [kill-after-acknowledged=60] [parallel=8]
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, no password; JIXIAO_IT_PG_HOST/PORT/USER change it), curl, psql.
# Results: target/durability/ (summary.txt, results.csv, the run logs). Exit status 0 only when nothing was lost or
# half saved. KEEP_DB=1 keeps the scratch database for inspection.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
RECORDS=${1:-400}
KILL_AFTER=${2:-60}
PARALLEL=${3:-8}
PG_HOST=${JIXIAO_IT_PG_HOST:-127.0.0.1}
PG_PORT=${JIXIAO_IT_PG_PORT:-5432}
PG_USER=${JIXIAO_IT_PG_USER:-postgres}
DB=jixiao_durability
OUT=$ROOT/target/durability
WLP=$ROOT/ear/target/liberty/wlp
API=http://localhost:9080/jixiao/api/v1/years/2023/procurement
KEYCLOAK=http://localhost:8180
PREFIX="DUR-$(date +%H%M%S)-"

say() { printf '[durability] %s\n' "$*"; }
die() { printf '[durability] FAILED: %s\n' "$*" >&2; exit 1; }
pg() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -qAt "$@"; }

rm -rf "$OUT" && mkdir -p "$OUT/responses"
for p in 9080 8180; do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && die "port $p is in use: stop the running Jixiao first"; done

pg -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
export JIXIAO_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" JIXIAO_DB_USER="$PG_USER" JIXIAO_DB_PASSWORD=""

DEMO_PID=
start_portal() { # log-name: bin/jixiao run (builds when needed) in a session of its own, until it is ready
  setsid bin/jixiao run >"$OUT/$1.log" 2>&1 </dev/null &
  DEMO_PID=$!
  for _ in $(seq 1 1800); do
    grep -q 'Jixiao is running' "$OUT/$1.log" && return 0
    kill -0 "$DEMO_PID" 2>/dev/null || { tail -20 "$OUT/$1.log" >&2; die "the portal did not start ($OUT/$1.log)"; }
    sleep 0.5
  done
  die "the portal did not start within 15 minutes"
}
stop_portal() { # bin/jixiao stops Liberty and Keycloak on TERM
  [ -n "$DEMO_PID" ] || return 0
  kill -TERM "$DEMO_PID" 2>/dev/null || true
  for _ in $(seq 1 120); do kill -0 "$DEMO_PID" 2>/dev/null || break; sleep 0.5; done
  DEMO_PID=
}
cleanup() {
  stop_portal
  [ "${KEEP_DB:-0}" = 1 ] || pg -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true
}
trap cleanup EXIT

liberty_jvm() { # the pid of this checkout's Liberty JVM listening on 9080
  local pid
  pid=$(ss -ltnpH 'sport = :9080' 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
  [ -n "$pid" ] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "$WLP" && echo "$pid"
}

token() {
  curl -fsS "$KEYCLOAK/realms/bureau/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=jixiao-cli -d username=head.info -d 'password=Jixiao@2023' \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

say "starting the portal on PostgreSQL $JIXIAO_DB_URL ..."
start_portal first-start
TOKEN=$(token)
[ -n "$TOKEN" ] || die "no token for head.info"
JVM=$(liberty_jvm) || die "cannot find the Liberty JVM on port 9080"
say "Liberty JVM pid $JVM; burst of $RECORDS creates on $PARALLEL clients, kill -9 after $KILL_AFTER acknowledged"

save() { # one create; its HTTP status (000: no answer) goes to responses/<code>
  local code=$1 status
  status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -X POST "$API" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"code\":\"$code\",\"name\":\"持久性测试 $code\",\"amount\":\"1.5\",\"method\":\"询价\",\"intentionPublished\":\"2023-03-01\",\"procurementStarted\":\"2023-04-10\"}" \
    || true)
  echo "$status" >"$OUT/responses/$code"
}
export -f save
export API TOKEN OUT

started=$(date +%s.%N)
seq -f "${PREFIX}%04g" 1 "$RECORDS" | xargs -P "$PARALLEL" -I{} bash -c 'save {}' &
BURST=$!
killed_at=
for _ in $(seq 1 1200); do
  acked=$( (grep -lx 201 "$OUT"/responses/* 2>/dev/null || true) | wc -l)
  if [ "$acked" -ge "$KILL_AFTER" ]; then
    kill -KILL "$JVM"
    killed_at=$(date +%s.%N)
    say "kill -9 $JVM after $acked acknowledged saves"
    break
  fi
  kill -0 "$BURST" 2>/dev/null || break
  sleep 0.05
done
[ -n "$killed_at" ] || die "the burst ended before $KILL_AFTER saves were acknowledged (raise the record count)"
wait "$BURST" || true
# bin/jixiao sees its Liberty gone and stops Keycloak
for _ in $(seq 1 120); do kill -0 "$DEMO_PID" 2>/dev/null || break; sleep 0.5; done
stop_portal

say "restarting the portal ..."
start_portal restart

# --- the check ------------------------------------------------------------------------------------------------
pg -d "$DB" -F ',' -c "SELECT p.code FROM procurement_project p WHERE p.code LIKE '${PREFIX}%'" >"$OUT/db-records.txt"
pg -d "$DB" -F ',' -c "SELECT record_key, count(*) FROM audit_entry WHERE record_type = 'ProcurementProject'
  AND action = 'CREATE' AND outcome = 'DONE' AND record_key LIKE '${PREFIX}%' GROUP BY record_key" >"$OUT/db-audit.txt"
lost=0; half=0; whole_unacked=0; absent=0; acked_ok=0; refused=0
echo "code,http_status,record,audit_entries,verdict" >"$OUT/results.csv"
for f in "$OUT"/responses/*; do
  code=$(basename "$f"); status=$(cat "$f")
  record=$(grep -cx -- "$code" "$OUT/db-records.txt" || true)
  audits=$(grep -- "^$code," "$OUT/db-audit.txt" | cut -d, -f2 || true); audits=${audits:-0}
  if { [ "$record" -gt 0 ] && [ "$audits" -eq 0 ]; } || { [ "$record" -eq 0 ] && [ "$audits" -gt 0 ]; }; then
    verdict=HALF; half=$((half + 1))
  elif [ "$status" = 201 ] && [ "$record" -eq 0 ]; then
    verdict=LOST; lost=$((lost + 1))
  elif [ "$status" = 201 ]; then
    verdict=acknowledged-and-saved; acked_ok=$((acked_ok + 1))
  elif [ "${status:0:1}" = 4 ] && [ "$record" -eq 0 ]; then
    verdict=refused; refused=$((refused + 1))
  elif [ "$record" -gt 0 ]; then
    verdict=unacknowledged-but-wholly-saved; whole_unacked=$((whole_unacked + 1))
  else
    verdict=unacknowledged-and-absent; absent=$((absent + 1))
  fi
  echo "$code,$status,$record,$audits,$verdict" >>"$OUT/results.csv"
done
# anything in the database that no client sent would be a phantom
phantoms=$(comm -13 <(ls "$OUT/responses" | sort) <(sort "$OUT/db-records.txt") | wc -l)

# the restarted portal takes a new save
TOKEN=$(token)
after=$(curl -s -o "$OUT/after-restart.json" -w '%{http_code}' --max-time 30 -X POST "$API" \
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"code\":\"${PREFIX}AFTER\",\"name\":\"重启后保存\",\"amount\":\"1\",\"method\":\"询价\",\"intentionPublished\":\"2023-03-01\",\"procurementStarted\":\"2023-04-10\"}")

{
  echo "durability run $(date -u +%FT%TZ): $RECORDS creates on $PARALLEL clients, Liberty JVM kill -9 after $KILL_AFTER acknowledged"
  echo "  acknowledged (201) and saved with their audit entry: $acked_ok"
  echo "  acknowledged but LOST:                                 $lost"
  echo "  HALF saved (record without audit entry or vice versa): $half"
  echo "  not acknowledged, wholly saved (answer lost at kill):  $whole_unacked"
  echo "  not acknowledged, absent:                              $absent"
  echo "  refused (4xx):                                         $refused"
  echo "  records in the database that no client sent:           $phantoms"
  echo "  a save after the restart:                              HTTP $after"
} | tee "$OUT/summary.txt"

[ "$lost" -eq 0 ] && [ "$half" -eq 0 ] && [ "$phantoms" -eq 0 ] && [ "$after" = 201 ] || die "see $OUT/results.csv"
say "PASSED: every acknowledged save survived kill -9, none is half there"
