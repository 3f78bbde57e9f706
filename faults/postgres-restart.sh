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
# shellcheck source=faults/lib.sh
source "$(dirname "$0")/lib.sh"
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
	if [[ $PG_STOPPED == 1 ]]; then start_database || true; fi
}
on_cleanup stop_probes

# --- The stream; the database stops in the middle of it. ---------------------------------------------------------
log "streaming $REQUESTS consultation requests from $WORKERS workers; PostgreSQL stops after $STOP_AFTER acknowledged"
start_stream "$REQUESTS" "$WORKERS" "$STREAM_DEADLINE_S"
await_acked "$STOP_AFTER"

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

stream_result
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

check "people got an acknowledgement or a clear 'try again' (503), nothing else" \
	"$([[ $STREAM_UNCLEAR == 0 ]] && echo 1 || echo 0)" "answers: $STREAM_ANSWERS"
check "every request of the stream acknowledged after the recovery" \
	"$([[ $STREAM_RC == 0 && $STREAM_ACKED == "$REQUESTS" ]] && echo 1 || echo 0)" \
	"$STREAM_ACKED of $REQUESTS; $ACKED_WHILE_DOWN acknowledged while the database was down"
check_stored "$REQUESTS"

stop_app

finish "PostgreSQL restarted under load$([[ $SMOKE == 1 ]] && echo ' (smoke)'): $REQUESTS requests from $WORKERS workers, the database stopped after $ACKED_AT_STOP acknowledged and down for $DOWN_S s" \
	"start $APP_READY_S s, ready again $READY_AGAIN_S s after the database, total $((SECONDS - T_START)) s"
