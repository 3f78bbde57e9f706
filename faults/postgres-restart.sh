#!/usr/bin/env bash
# Fault test (issue 8): PostgreSQL stops under load, stays down for a while, and comes back; the app is not restarted.
# A stream of consultation requests (faults/submission-stream.py: distinct requests from several workers, each sent
# again until acknowledged, as a person would) runs throughout, while a probe asks /readyz and /livez five times a
# second, as a load balancer and an orchestrator would. Then:
#   - readiness goes down while the database is away (the load balancer stops sending people to the instance) and
#     comes back up by itself once it returns, with the same process;
#   - liveness stays up throughout (an orchestrator must not restart an app whose database is what failed);
#   - what people got meanwhile: a clear "try again" page (503), never a hang past the client's patience;
#   - every request acknowledged with a 303 is stored, none twice, and every request of the stream ends up
#     acknowledged after the recovery.
# The database is the app's embedded one, stopped (a fast shutdown: sessions cut, what was committed kept) and
# started again with its own binary and options, as a managed PostgreSQL's restart or failover would.
#
# Usage: faults/postgres-restart.sh [--smoke]
#   --smoke (or SMOKE=1)  300 requests, the database down for 10 s (about a minute)
#   REQUESTS (1500), DOWN_S (30), WORKERS (8)
#   Ports: FAULT_PGR_APP_PORT (18490), FAULT_PGR_PG_PORT (15843). BENCH_SKIP_BUILD, BENCH_KEEP, BENCH_JAVA_OPTS as in
#   bench/lib.sh (here BENCH_JAVA_OPTS defaults to "-Xmx384m -XX:TieredStopAtLevel=1").
#
# Prints a PASS/FAIL table. Exit status 1 when any check fails or the test could not run.
set -euo pipefail
FAULTS_DIR=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench/lib.sh
source "$FAULTS_DIR/../bench/lib.sh"
parse_flags "$@"

APP_PORT=${FAULT_PGR_APP_PORT:-18490}
PG_PORT=${FAULT_PGR_PG_PORT:-15843}
if [[ $SMOKE == 1 ]]; then
	REQUESTS=${REQUESTS:-300} DOWN_S=${DOWN_S:-10}
else
	REQUESTS=${REQUESTS:-1500} DOWN_S=${DOWN_S:-30}
fi
WORKERS=${WORKERS:-8}
STOP_AFTER=$((REQUESTS / 4)) # acknowledged requests before the database stops
STREAM_DEADLINE_S=$((DOWN_S + 300))
RECOVERY_LIMIT_S=30 # from the database accepting connections again to the app ready
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx384m -XX:TieredStopAtLevel=1}
T_START=$SECONDS

need curl
need psql postgresql-client
need python3
build_jar
bench_init

export PGCONNECT_TIMEOUT=10
sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d clinic -X -q -At -v ON_ERROR_STOP=1 -c "$1"; }

CHECKS=()
FAILED=0
check() { # check NAME OK(1/0) DETAIL
	CHECKS+=("| $1 | $(verdict "$2") | $3 |")
	if [[ $2 != 1 ]]; then
		FAILED=1
		log "FAIL: $1 ($3)"
	fi
}

APP_ARGS=(--spring.profiles.active=bench
	--clinic.consultation.demo-requests=false --clinic.scheduling.demo-roster=false --clinic.outcomes.demo.enabled=false)
APP_HOME=$BENCH_TMP/app
start_app "$APP_HOME" "$APP_PORT" "$PG_PORT" "${APP_ARGS[@]}"
STARTED_PID=$APP_PID
PG_DATA=$APP_HOME/postgres
PG_PID=$(head -n 1 "$PG_DATA/postmaster.pid")
PG_BIN=$(dirname "$(readlink -f "/proc/$PG_PID/exe")")
# The options the app started its server with, to start it again the same way (postmaster.opts: the binary, then
# each argument in double quotes).
PG_OPTS=$(sed -E 's/^[^ ]+ //' "$PG_DATA/postmaster.opts")

# --- Probes: what a load balancer (/readyz) and an orchestrator (/livez) would see, five times a second. ----------
PROBES=$BENCH_TMP/probes.txt
probe_loop() {
	while :; do
		printf '%s %s %s\n' "$(date +%s.%N)" \
			"$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$APP_BASE/readyz" || true)" \
			"$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$APP_BASE/livez" || true)" >>"$PROBES"
		sleep 0.2
	done
}
probe_loop &
PROBE_PID=$!
# The database is started again on any exit, so that the app (and bench_cleanup) can stop it cleanly.
PG_STOPPED=0
# PostgreSQL refuses to run as root (CI does): there, as the app's embedded server does, in a user namespace.
AS_PG=()
if [[ $(id -u) == 0 ]]; then AS_PG=(unshare -U); fi
start_database() {
	eval "setsid ${AS_PG[*]} \"$PG_BIN/postgres\" $PG_OPTS" >>"$BENCH_TMP/postgres-restarted.log" 2>&1 </dev/null &
	local deadline=$((SECONDS + 60))
	until PGCONNECT_TIMEOUT=2 sql 'select 1' >/dev/null 2>&1; do
		((SECONDS < deadline)) || { log "PostgreSQL did not start again within 60 s (log: $BENCH_TMP/postgres-restarted.log)"; return 1; }
		sleep 0.1
	done
	PG_STOPPED=0
}
# A fast shutdown (SIGINT): sessions are cut, transactions in flight rolled back, what was committed kept.
stop_database() {
	local pid
	pid=$(head -n 1 "$PG_DATA/postmaster.pid")
	PG_STOPPED=1
	kill -INT "$pid"
	wait_gone "$pid" 60 || die "PostgreSQL did not stop within 60 s"
}
stop_probes() {
	kill "$PROBE_PID" 2>/dev/null || true
	kill "${STREAM_PID:-}" 2>/dev/null || true
	if [[ $PG_STOPPED == 1 ]]; then start_database || true; fi
}
on_cleanup stop_probes

# --- The stream; the database stops in the middle of it. ---------------------------------------------------------
STREAM=$BENCH_TMP/stream
RUN_ID=$(date +%s)
log "streaming $REQUESTS consultation requests from $WORKERS workers; PostgreSQL stops after $STOP_AFTER acknowledged"
python3 "$FAULTS_DIR/submission-stream.py" "$APP_BASE" "$STREAM" "$REQUESTS" "$WORKERS" "$STREAM_DEADLINE_S" \
	"$RUN_ID" 2>"$BENCH_TMP/stream.log" &
STREAM_PID=$!
acked_so_far() { cat "$STREAM/acked.count" 2>/dev/null || echo 0; }
deadline=$((SECONDS + 120))
until (($(acked_so_far) >= STOP_AFTER)); do
	alive "$STREAM_PID" || die "the stream ended before $STOP_AFTER requests were acknowledged"
	((SECONDS < deadline)) || die "fewer than $STOP_AFTER requests acknowledged within 120 s"
	sleep 0.05
done

stop_database
DOWN_AT=$(now_s)
ACKED_AT_STOP=$(acked_so_far)
log "PostgreSQL stopped after $ACKED_AT_STOP acknowledged; down for $DOWN_S s"
sleep "$DOWN_S"
ACKED_WHILE_DOWN=$(($(acked_so_far) - ACKED_AT_STOP))
start_database || die "could not start PostgreSQL again"
UP_AT=$(now_s)
log "PostgreSQL started again"

# --- Recovery. ---------------------------------------------------------------------------------------------------
recovered=0
deadline=$((SECONDS + RECOVERY_LIMIT_S))
until curl -fs --max-time 2 "$APP_BASE/readyz" 2>/dev/null | grep -q '"UP"'; do
	if ! alive "$APP_PID" || ((SECONDS >= deadline)); then break; fi
	sleep 0.1
done
if curl -fs --max-time 2 "$APP_BASE/readyz" 2>/dev/null | grep -q '"UP"'; then recovered=1; fi
READY_AGAIN_S=$(awk -v a="$UP_AT" -v b="$(now_s)" 'BEGIN { printf "%.1f", b - a }')

stream_rc=0
wait "$STREAM_PID" || stream_rc=$?
sleep 1
kill "$PROBE_PID" 2>/dev/null || true
wait "$PROBE_PID" 2>/dev/null || true

# What the probes saw: before the stop, while down, after the start.
read -r READY_BEFORE_BAD READY_DOWN_OK READY_DOWN_N READY_FIRST_DOWN_S LIVE_BAD LIVE_N <<<"$(awk -v down="$DOWN_AT" -v up="$UP_AT" '
	$1 < down && $2 != 200 { before_bad++ }
	# From 2 s after the stop until the start: the instance must not be offered to the load balancer.
	$1 >= down + 2 && $1 < up { n++; if ($2 == 200) ok++ }
	$1 >= down && $2 != 200 && first == "" { first = $1 - down }
	{ live_n++; if ($3 != 200) live_bad++ }
	END { printf "%d %d %d %s %d %d\n", before_bad, ok, n, (first == "" ? "never" : sprintf("%.1f", first)), live_bad, live_n }' "$PROBES")"
check "readiness down while the database is away" \
	"$([[ $READY_DOWN_N -gt 0 && $READY_DOWN_OK == 0 ]] && echo 1 || echo 0)" \
	"first 'not ready' ${READY_FIRST_DOWN_S} s after the stop; $READY_DOWN_OK of $READY_DOWN_N probes in the outage said ready"
check "readiness back by itself, same process" \
	"$([[ $recovered == 1 && $APP_PID == "$STARTED_PID" ]] && alive "$APP_PID" && echo 1 || echo 0)" \
	"ready $READY_AGAIN_S s after the database accepted connections again (limit $RECOVERY_LIMIT_S s), pid $STARTED_PID throughout"
check "liveness up throughout (no reason to restart the app)" "$([[ $LIVE_BAD == 0 ]] && echo 1 || echo 0)" \
	"$LIVE_BAD of $LIVE_N probes not 200"

SUMMARY=$(cat "$STREAM/summary.json" 2>/dev/null || echo '{}')
read -r ACKED SENT_AGAIN ANSWERS <<<"$(python3 -c 'import json, sys
s = json.loads(sys.argv[1])
slow = s.get("slowest_s", {})
answers = ", ".join("%s: %d (slowest %.1f s)" % (a, n, slow.get(a, 0)) for a, n in sorted(s.get("answers", {}).items()))
print(s.get("acknowledged", 0), s.get("sent_again", 0), answers.replace(" ", "_"))' "$SUMMARY")"
ANSWERS=${ANSWERS//_/ }
UNCLEAR=$(python3 -c 'import json, sys
s = json.loads(sys.argv[1]).get("answers", {})
print(sum(n for a, n in s.items() if a not in ("303", "503")))' "$SUMMARY")
check "people got an acknowledgement or a clear 'try again' (503), nothing else" "$([[ $UNCLEAR == 0 ]] && echo 1 || echo 0)" \
	"answers: $ANSWERS"
check "every request of the stream acknowledged after the recovery" \
	"$([[ $stream_rc == 0 && $ACKED == "$REQUESTS" ]] && echo 1 || echo 0)" \
	"$ACKED of $REQUESTS; $SENT_AGAIN sent more than once; $ACKED_WHILE_DOWN acknowledged while the database was down"

sql "select submission_key || ' ' || email from consultation_request where email like 'fault-$RUN_ID-%'" |
	sort >"$BENCH_TMP/stored.txt"
sort "$STREAM/acked.txt" >"$BENCH_TMP/acked.txt"
MISSING=$(comm -23 "$BENCH_TMP/acked.txt" "$BENCH_TMP/stored.txt" | wc -l)
IFS='|' read -r ROWS PEOPLE <<<"$(sql "select count(*), count(distinct email) from consultation_request
	where email like 'fault-$RUN_ID-%'")"
check "every acknowledged request is stored" "$([[ $MISSING == 0 ]] && echo 1 || echo 0)" \
	"$MISSING of $(wc -l <"$BENCH_TMP/acked.txt") acknowledged requests missing"
check "none stored twice" "$([[ $ROWS == "$PEOPLE" && $ROWS -le $REQUESTS ]] && echo 1 || echo 0)" \
	"$ROWS rows for $PEOPLE distinct people of $REQUESTS sent"

stop_app

echo
echo "PostgreSQL restarted under load$([[ $SMOKE == 1 ]] && echo ' (smoke)'): $REQUESTS requests from $WORKERS workers," \
	"the database stopped after $ACKED_AT_STOP acknowledged and down for $DOWN_S s"
echo "| check | result | detail |"
echo "| --- | --- | --- |"
printf '%s\n' "${CHECKS[@]}"
echo
echo "durations: start $APP_READY_S s, ready again $READY_AGAIN_S s after the database, total $((SECONDS - T_START)) s"
if ((FAILED)); then
	log "FAIL: see the table above (logs kept in $BENCH_TMP)"
	BENCH_TROUBLE=1
	exit 1
fi
log "PASS"
