#!/usr/bin/env bash
# Fault test (issue 8): the app is killed (kill -9) in the middle of a stream of consultation requests, then started
# again on the same data directory. A client (faults/submission-stream.py) sends distinct requests from several
# workers at once and, like a person pressing "send" again, sends the SAME request again whenever it got no
# acknowledgement (refused or lost connection, an error page). Then:
#   - every request acknowledged with a 303 (before or after the kill) is in the database;
#   - none is stored twice, though those in flight at the kill were sent again after it;
#   - every request of the stream ends up acknowledged once the app is back;
#   - the app starts again by itself on the data directory its killed predecessor left (whose embedded PostgreSQL
#     was still running: the new instance stops it and starts its own).
#
# Usage: faults/kill-during-submissions.sh [--smoke]
#   --smoke (or SMOKE=1)  300 requests, the kill after 100 acknowledged (about a minute)
#   REQUESTS (1500), KILL_AFTER (500 acknowledged), WORKERS (8)
#   Ports: FAULT_KILL_APP_PORT (18480), FAULT_KILL_PG_PORT (15833). BENCH_SKIP_BUILD, BENCH_KEEP, BENCH_JAVA_OPTS as
#   in bench/lib.sh (here BENCH_JAVA_OPTS defaults to "-Xmx384m -XX:TieredStopAtLevel=1").
#
# Prints a PASS/FAIL table. Exit status 1 when any check fails or the test could not run.
set -euo pipefail
# shellcheck source=faults/lib.sh
source "$(dirname "$0")/lib.sh"
parse_flags "$@"

APP_PORT=${FAULT_KILL_APP_PORT:-18480}
PG_PORT=${FAULT_KILL_PG_PORT:-15833}
if [[ $SMOKE == 1 ]]; then
	REQUESTS=${REQUESTS:-300} KILL_AFTER=${KILL_AFTER:-100}
else
	REQUESTS=${REQUESTS:-1500} KILL_AFTER=${KILL_AFTER:-500}
fi
WORKERS=${WORKERS:-8}
STREAM_DEADLINE_S=300
# The test counts, it does not time: the JIT's first tier is enough and starts faster.
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx384m -XX:TieredStopAtLevel=1}
T_START=$SECONDS

need curl
need psql postgresql-client
need python3
build_jar
bench_init

export PGCONNECT_TIMEOUT=10

# The 'bench' profile lifts the form's rate limits and minimum fill time (one client sends everything); the
# demonstration data is off so that the table holds this run's requests only.
APP_ARGS=(--spring.profiles.active=bench
	--clinic.consultation.demo-requests=false --clinic.scheduling.demo-roster=false --clinic.outcomes.demo.enabled=false)
APP_HOME=$BENCH_TMP/app
start_app "$APP_HOME" "$APP_PORT" "$PG_PORT" "${APP_ARGS[@]}"
FIRST_READY=$APP_READY_S

# --- The stream, and the kill in the middle of it. ---------------------------------------------------------------
log "streaming $REQUESTS consultation requests from $WORKERS workers; kill -9 after $KILL_AFTER acknowledged"
start_stream "$REQUESTS" "$WORKERS" "$STREAM_DEADLINE_S"
await_acked "$KILL_AFTER"
kill_app
KILLED_AT=$(date +%s.%N)
ACKED_AT_KILL=$(acked_so_far)
LEFTOVER_PG=$(head -n 1 "$APP_HOME/postgres/postmaster.pid" 2>/dev/null || true)
check "the kill hit the stream in the middle" "$([[ $ACKED_AT_KILL -lt $REQUESTS ]] && echo 1 || echo 0)" \
	"$ACKED_AT_KILL of $REQUESTS acknowledged when the app was killed"
# The workers meet refused connections for a moment, as people would.
sleep 2

# --- The restart, on the same data directory. --------------------------------------------------------------------
t_restart=$SECONDS
APP_LEFTOVER_DB=1 launch_app "$APP_HOME" "$APP_PORT" "$PG_PORT" "${APP_ARGS[@]}"
await_app
RESTART=$((SECONDS - t_restart))
took_over=0
if [[ -n $LEFTOVER_PG ]] && ! alive "$LEFTOVER_PG" && grep -q 'was still running on the data directory' "$APP_HOME/app.log"; then
	took_over=1
fi
check "the app starts again by itself on the killed one's data directory" "$took_over" \
	"ready $RESTART s after the restart; the leftover PostgreSQL (pid ${LEFTOVER_PG:-none}) was stopped and a new one started"

stream_result
check "every request of the stream acknowledged once the app was back" \
	"$([[ $STREAM_RC == 0 && $STREAM_ACKED == "$REQUESTS" ]] && echo 1 || echo 0)" \
	"$STREAM_ACKED of $REQUESTS; answers: $STREAM_ANSWERS"

# Sent again after getting no answer: those the killed app had stored before it died are the repeats that must
# not become a second row.
AGAIN_KEYS=$(sed "s/.*/'&'/" "$STREAM/again.txt" | paste -sd, -)
STORED_BEFORE=0
if [[ -n $AGAIN_KEYS ]]; then
	STORED_BEFORE=$(sql "select count(*) from consultation_request where submission_key in ($AGAIN_KEYS)
		and received_at < to_timestamp($KILLED_AT)")
fi
check_stored "$REQUESTS" "$STORED_BEFORE of them stored before the kill"

stop_app

finish "kill -9 during consultation submissions$([[ $SMOKE == 1 ]] && echo ' (smoke)'): $REQUESTS requests from $WORKERS workers, killed after $ACKED_AT_KILL acknowledged" \
	"first start $FIRST_READY s (fresh database), restart to ready $RESTART s, total $((SECONDS - T_START)) s"
