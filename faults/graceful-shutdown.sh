#!/usr/bin/env bash
# Fault test (issue 8): SIGTERM while the platform is busy, as a deployment or a scale-in stops an instance. The
# app (embedded PostgreSQL, the Twilio stand-in answering each text in 1 s) is sending a queue of texts and is in the
# middle of consultation forms whose bodies arrive slowly (faults/slow-consultation-posts.py: over 3 s each) when it
# gets SIGTERM. Everything listens on 127.0.0.1.
#   - In-flight requests finish: every slow form gets its 303 to /consultation/thanks, although most of its body
#     arrived after the SIGTERM; a new connection while the app stops is refused or answered 503 at once, never left
#     hanging.
#   - The dispatcher stops cleanly, mid-queue: the texts it had handed to the provider are recorded as sent, none is
#     left "sending" (which staff would have to check by hand), and the provider received none twice.
#   - The embedded PostgreSQL stops cleanly: "Embedded PostgreSQL stopped" in the log, no postgres left on the data
#     directory, and the next start finds a database that was shut down, not one to recover from a crash.
#   - The JVM exits within the shutdown budget (30 s), with no WARN or ERROR logged meanwhile; the seconds from
#     SIGTERM to exit are printed.
# Then the app starts again on the same data directory (its dispatcher held back, so it changes nothing) and the
# database is read: each acknowledged form is stored exactly once, the outbox as the first run left it.
#
# Usage: faults/graceful-shutdown.sh [--smoke]
#   --smoke (or SMOKE=1)  4 slow forms and 200 texts, for CI (1-2 minutes: two starts of the app)
#   CLIENTS               slow forms in flight at the SIGTERM (12; 4 with --smoke)
#   MESSAGES              texts queued (300; 200 with --smoke), enough that the SIGTERM comes mid-queue
#   Ports: FAULT_SHUTDOWN_APP_PORT (18380), FAULT_SHUTDOWN_TWILIO_PORT (18381), FAULT_SHUTDOWN_PG_PORT (15733). BENCH_SKIP_BUILD, BENCH_KEEP
#   and BENCH_JAVA_OPTS as in bench/lib.sh (here BENCH_JAVA_OPTS defaults to "-Xmx384m -XX:TieredStopAtLevel=1").
#
# Prints a PASS/FAIL table. Exit status 1 when any check fails or the test could not run.
set -euo pipefail
# shellcheck source=faults/lib.sh
source "$(dirname "$0")/lib.sh"
parse_flags "$@"

# Ports of their own: bench/ (18080-18082, 15433) and faults/two-instances.sh (18280-18283, 15633) may run meanwhile.
APP_PORT=${FAULT_SHUTDOWN_APP_PORT:-18380}
TWILIO_PORT=${FAULT_SHUTDOWN_TWILIO_PORT:-18381}
PG_PORT=${FAULT_SHUTDOWN_PG_PORT:-15733}
if [[ $SMOKE == 1 ]]; then
	CLIENTS=${CLIENTS:-4} MESSAGES=${MESSAGES:-200}
else
	CLIENTS=${CLIENTS:-12} MESSAGES=${MESSAGES:-300}
fi
BODY_SECONDS=3
# The provider answers each text this slowly: the dispatcher is mid-send at the SIGTERM, not between two rounds.
PROVIDER_DELAY_MS=1000
# From SIGTERM to exit: the web server's graceful phase may take spring.lifecycle.timeout-per-shutdown-phase (20 s),
# the rest (dispatcher, pool, PostgreSQL's checkpoint) a few seconds more.
SHUTDOWN_BUDGET_S=30
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx384m -XX:TieredStopAtLevel=1}
PY=python3
T_START=$SECONDS

need curl
need psql postgresql-client
need python3
build_jar
bench_init

export PGCONNECT_TIMEOUT=10
field() { # field HTML NAME: value of the hidden input NAME
	grep -o "<input[^>]*name=\"$2\"[^>]*>" "$1" | head -n 1 | sed -E 's/.*value="([^"]*)".*/\1/'
}
seconds_between() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# --- The app, busy. ----------------------------------------------------------------------------------------------
start_twilio_stand_in "$TWILIO_PORT" "$PROVIDER_DELAY_MS"
APP_DIR_RUN=$BENCH_TMP/app
APP_LOG=$APP_DIR_RUN/app.log
APP_ARGS=(--spring.profiles.active=bench
	--clinic.consultation.demo-requests=false --clinic.scheduling.demo-roster=false --clinic.outcomes.demo.enabled=false
	--clinic.messaging.twilio.account-sid=ACbench --clinic.messaging.twilio.auth-token=bench-token
	--clinic.messaging.twilio.from-number=+12065550100 --clinic.messaging.twilio.base-url="http://127.0.0.1:$TWILIO_PORT"
	--clinic.messaging.quiet-hours-start=00:00 --clinic.messaging.quiet-hours-end=23:59)
start_app "$APP_DIR_RUN" "$APP_PORT" "$PG_PORT" "${APP_ARGS[@]}"
FIRST_READY=$APP_READY_S

curl -fsS -c "$BENCH_TMP/cookies.txt" "$APP_BASE/consultation" -o "$BENCH_TMP/form.html"
FORM_CSRF=$(field "$BENCH_TMP/form.html" _csrf)
FORM_TOKEN=$(field "$BENCH_TMP/form.html" formToken)
FORM_XSRF_COOKIE=$(awk '$6 == "XSRF-TOKEN" { print $7 }' "$BENCH_TMP/cookies.txt" | tail -n 1)
[[ -n $FORM_CSRF && -n $FORM_TOKEN && -n $FORM_XSRF_COOKIE ]] ||
	die "could not read _csrf, formToken and the XSRF-TOKEN cookie from GET /consultation"
export FORM_CSRF FORM_TOKEN FORM_XSRF_COOKIE

# Texts queued straight into the outbox, as faults/two-instances.sh does: one reminder each for MESSAGES people.
log "queuing $MESSAGES texts; the stand-in answers each in $PROVIDER_DELAY_MS ms"
sql "insert into sms_consent_event (phone_e164, purpose, kind, source, reference, occurred_at)
     select '+1206' || lpad(g::text, 7, '0'), 'CARE', 'GIVEN', 'BENCH', 'fault', now()
     from generate_series(1, $MESSAGES) g;"
sql "insert into outbound_message (message_key, channel, purpose, recipient, body, status, next_attempt_at,
         created_at, updated_at)
     select 'shutdown:' || g, 'SMS', 'REMINDER', '+1206' || lpad(g::text, 7, '0'), 'Shutdown reminder ' || g,
         'QUEUED', now(), now(), now()
     from generate_series(1, $MESSAGES) g;"
provider_received() {
	curl -fsS --max-time 5 "http://127.0.0.1:$TWILIO_PORT/stats?prefix=Shutdown%20reminder" |
		"$PY" -c 'import json, sys; s = json.load(sys.stdin); print(s["total"], s["duplicates"])'
}
deadline=$((SECONDS + 30))
until read -r got _ <<<"$(provider_received)" && ((got > 0)); do
	((SECONDS < deadline)) || die "the dispatcher sent nothing within 30 s"
	sleep 0.2
done

# postgres_on_data_dir: the postmaster serving PG_DATA (started with -D PG_DATA, as lib.sh's stop_orphan_postgres
# recognises it). Counted while the app runs too, so that "none after" is known to look in the right place.
PG_DATA=$APP_DIR_RUN/postgres
postgres_on_data_dir() { pgrep -f -- "-D $PG_DATA( |\$)" | paste -sd ' ' - || true; }
PG_BEFORE=$(postgres_on_data_dir | wc -w)

# Slow forms: SIGTERM once every client has sent its headers and the first piece of its body. Nothing slow between
# the two: the bodies take BODY_SECONDS.
RUN_ID=$(date +%s)
READY_FILE=$BENCH_TMP/clients-ready
log "$CLIENTS consultation forms, each body sent over $BODY_SECONDS s"
"$PY" "$FAULTS_DIR/slow-consultation-posts.py" 127.0.0.1 "$APP_PORT" "$CLIENTS" "$BODY_SECONDS" "$RUN_ID" \
	"$READY_FILE" >"$BENCH_TMP/clients.tsv" &
CLIENTS_PID=$!
deadline=$((SECONDS + 30))
until [[ -e $READY_FILE ]]; do
	alive "$CLIENTS_PID" || die "the slow clients ended before they all started (see $BENCH_TMP/clients.tsv)"
	((SECONDS < deadline)) || die "the slow clients did not all start within 30 s"
	sleep 0.05
done
PID=$APP_PID
LOG_LINES_BEFORE_STOP=$(wc -l <"$APP_LOG")
sleep 0.3 # the app has read their headers: the requests are in its hands

# --- SIGTERM. ----------------------------------------------------------------------------------------------------
# New connections while it stops: each must be refused, or answered 503, at once. Probed every 0.3 s (at most 2 s
# each), in the background, until the JVM is gone; one line per probe: curl's exit status, HTTP status, seconds.
probe_while_stopping() {
	local t0 rc code
	while alive "$PID"; do
		t0=$(now_s) rc=0
		code=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 2 "$APP_BASE/readyz" 2>/dev/null) || rc=$?
		alive "$PID" || [[ $rc == 0 ]] || break # the JVM ended during the probe: not a probe of a stopping app
		echo "$rc $code $(seconds_between "$t0" "$(now_s)")"
		sleep 0.3
	done
}
# The budget, enforced: past it, a thread dump (to the app's log) shows what held the JVM up, then kill -9.
watchdog() {
	local deadline=$((SECONDS + SHUTDOWN_BUDGET_S))
	while ((SECONDS < deadline)); do
		alive "$PID" || return 0
		sleep 0.5
	done
	log "the app did not exit within $SHUTDOWN_BUDGET_S s: thread dump to $APP_LOG, then kill -9"
	kill -QUIT "$PID" 2>/dev/null || true
	sleep 2
	kill -KILL "$PID" 2>/dev/null || true
}
log "SIGTERM to the app (pid $PID), $CLIENTS forms in flight"
T_TERM=$(now_s)
kill -TERM "$PID"
probe_while_stopping >"$BENCH_TMP/probes.txt" &
PROBE_PID=$!
watchdog &
WATCHDOG_PID=$!
JVM_RC=0
wait "$PID" || JVM_RC=$? # the JVM is this shell's child: wait returns the moment it exits
T_EXIT=$(now_s)
APP_PID="" # gone: bench_cleanup must not stop it again
EXIT_S=$(seconds_between "$T_TERM" "$T_EXIT")
exited=$([[ $(le "$EXIT_S" "$SHUTDOWN_BUDGET_S") == 1 && $JVM_RC != 137 ]] && echo 1 || echo 0)
((exited)) || BENCH_TROUBLE=1
wait "$WATCHDOG_PID" "$PROBE_PID" "$CLIENTS_PID" || true
log "the app exited $EXIT_S s after the SIGTERM (exit status $JVM_RC)"

PROBES=0 PROBES_OK=0 PROBE_WORST=0 PROBE_SEEN=""
while read -r rc code took; do
	PROBES=$((PROBES + 1))
	case "$rc:$code" in
		7:*) PROBES_OK=$((PROBES_OK + 1)) outcome="refused" ;;
		0:503) PROBES_OK=$((PROBES_OK + 1)) outcome="503" ;;
		28:*) outcome="hung (timed out after 2 s)" ;;
		*) outcome="curl $rc, HTTP $code" ;;
	esac
	[[ " $PROBE_SEEN " == *" $outcome,"* ]] || PROBE_SEEN="$PROBE_SEEN $outcome,"
	PROBE_WORST=$(awk -v a="$PROBE_WORST" -v b="$took" 'BEGIN { print (b > a ? b : a) }')
done <"$BENCH_TMP/probes.txt"
read -r SENT_BY_PROVIDER DUPLICATES <<<"$(provider_received)"

# --- What the first run left behind. -----------------------------------------------------------------------------
STOP_LOG=$BENCH_TMP/stop.log
tail -n +"$((LOG_LINES_BEFORE_STOP + 1))" "$APP_LOG" >"$STOP_LOG"
pg_left=""
if [[ -f $PG_DATA/postmaster.pid ]]; then pg_left="postmaster.pid still there;"; fi
PG_AFTER=$(postgres_on_data_dir | wc -w)
if ((PG_AFTER > 0)); then pg_left="$pg_left postgres still running: pid $(postgres_on_data_dir)"; fi

# Each slow form: answered 303 to the thank-you page, after the SIGTERM (it really was in flight).
answered=0 after_term=0 latest="" bad=""
declare -a KEYS=()
while IFS=$'\t' read -r i key first at status location receipt error; do
	KEYS+=("$key")
	if [[ $status == 303 && $location == */consultation/thanks && $receipt == "$key" ]]; then
		answered=$((answered + 1))
	else
		bad="$bad; form $i: ${status} ${location:-no Location}${error:+ ($error)}"
	fi
	# In flight: begun before the SIGTERM (headers and the first piece of the body sent), answered after it.
	[[ $(awk -v f="$first" -v a="$at" -v t="$T_TERM" 'BEGIN { print (f > 0 && f < t && a > t) ? 1 : 0 }') == 1 ]] &&
		after_term=$((after_term + 1))
	latest=$(awk -v a="$at" -v l="${latest:-0}" 'BEGIN { print (a > l ? a : l) }')
done <"$BENCH_TMP/clients.tsv"
((${#KEYS[@]} == CLIENTS)) || bad="$bad; ${#KEYS[@]} result lines for $CLIENTS clients"

check "slow forms in flight at the SIGTERM each answered 303 -> /consultation/thanks" \
	"$([[ $answered == "$CLIENTS" && -z $bad ]] && echo 1 || echo 0)" \
	"$answered of $CLIENTS; the last answered $(seconds_between "$T_TERM" "${latest:-$T_TERM}") s after the SIGTERM$bad"
check "... and they really were in flight (begun before the SIGTERM, answered after it)" \
	"$([[ $after_term == "$CLIENTS" ]] && echo 1 || echo 0)" "$after_term of $CLIENTS"
check "new connections while stopping: refused or 503, none left hanging" \
	"$([[ $PROBES -gt 0 && $PROBES_OK == "$PROBES" ]] && echo 1 || echo 0)" \
	"$PROBES_OK of $PROBES probes:${PROBE_SEEN%,}; slowest answer $PROBE_WORST s"
check "graceful shutdown of the web server in the log" \
	"$(grep -q 'Graceful shutdown complete' "$STOP_LOG" && ! grep -q 'Graceful shutdown aborted' "$STOP_LOG" && echo 1 || echo 0)" \
	"$(grep -c 'Graceful shutdown complete' "$STOP_LOG" || true)x 'Graceful shutdown complete' (application and management ports)"
DISPATCHER_LINE=$(grep -o 'Message dispatcher stopped[^"]*' "$STOP_LOG" | head -n 1 || true)
check "the message dispatcher stopped (log)" "$([[ -n $DISPATCHER_LINE ]] && echo 1 || echo 0)" \
	"${DISPATCHER_LINE:-no 'Message dispatcher stopped' line}"
check "the provider received no text twice" "$([[ $DUPLICATES == 0 ]] && echo 1 || echo 0)" \
	"received $SENT_BY_PROVIDER, duplicates $DUPLICATES"
check "'Embedded PostgreSQL stopped' in the log" \
	"$(grep -q 'Embedded PostgreSQL stopped' "$STOP_LOG" && echo 1 || echo 0)" \
	"$(grep -o 'shut down postmaster in [0-9:.]*' "$STOP_LOG" | head -n 1 || true)"
check "no postgres left on the data directory" "$([[ -z $pg_left && $PG_BEFORE -gt 0 ]] && echo 1 || echo 0)" \
	"$PG_BEFORE postmaster while the app ran, ${pg_left:-none after it and no postmaster.pid}"
check "the JVM exited within $SHUTDOWN_BUDGET_S s of the SIGTERM" "$exited" "$EXIT_S s (exit status $JVM_RC)"
# A pool closed under a running job, an interrupted send: whatever went wrong while stopping is logged as WARN/ERROR.
troubles=$(grep -E '^[0-9T:.-]+Z +(WARN|ERROR) ' "$STOP_LOG" | sed -E 's/.* : //; s/[|]/\//g' | cut -c1-120 | sort | uniq -c |
	awk '{ $1 = $1 "x"; print }' | paste -sd ';' - || true)
check "no WARN or ERROR in the log from the SIGTERM to the exit" "$([[ -z $troubles ]] && echo 1 || echo 0)" \
	"${troubles:-none}"

# --- Start again on the same data directory, and read what was stored. --------------------------------------------
# The dispatcher is held back (first round in an hour) so that the outbox is read as the first run left it.
LOG_LINES_BEFORE_START=$(wc -l <"$APP_LOG")
start_app "$APP_DIR_RUN" "$APP_PORT" "$PG_PORT" "${APP_ARGS[@]}" --clinic.messaging.dispatch-every=1h
START_LOG=$BENCH_TMP/second-start.log
tail -n +"$((LOG_LINES_BEFORE_START + 1))" "$APP_LOG" >"$START_LOG"
# PostgreSQL's own words at start-up (xlog.c): "database system was shut down at ..." after a clean shutdown;
# "was interrupted" and "was not properly shut down; automatic recovery in progress" after a crash.
clean_line=$(grep -o 'LOG:  database system was shut down at [^"]*' "$START_LOG" | head -n 1 || true)
CRASH='database system was (interrupted|not properly shut down)|automatic recovery in progress|redo starts at'
crash_lines=$(grep -c -E "$CRASH" "$START_LOG" || true)
check "the next start finds a cleanly shut-down database (no crash recovery)" \
	"$([[ -n $clean_line && $crash_lines == 0 ]] && echo 1 || echo 0)" \
	"${clean_line:-no 'database system was shut down at' line}; recovery lines: $crash_lines"

key_list=$(printf "'%s'," "${KEYS[@]}")
IFS='|' read -r STORED DOUBLED <<<"$(sql "select count(*), count(*) - count(distinct submission_key)
	from consultation_request where submission_key::text in (${key_list%,})")"
check "each acknowledged form stored exactly once" "$([[ $STORED == "$CLIENTS" && $DOUBLED == 0 ]] && echo 1 || echo 0)" \
	"$STORED rows for $CLIENTS keys, $DOUBLED doubled"
IFS='|' read -r SENT SENDING UNCERTAIN WAITING <<<"$(sql "select count(*) filter (where status = 'SENT'),
	count(*) filter (where status = 'SENDING'), count(*) filter (where status = 'UNCERTAIN'),
	count(*) filter (where status in ('QUEUED', 'RETRY', 'WAITING'))
	from outbound_message where message_key like 'shutdown:%'")"
check "outbox: nothing left 'sending' or 'uncertain'" "$([[ $SENDING == 0 && $UNCERTAIN == 0 ]] && echo 1 || echo 0)" \
	"sending $SENDING, uncertain $UNCERTAIN; sent $SENT, still queued $WAITING"
check "... the dispatcher was mid-queue at the SIGTERM (texts left queued for the next start)" \
	"$([[ $WAITING -gt 0 ]] && echo 1 || echo 0)" "$WAITING of $MESSAGES still queued"
check "outbox: every text the provider received is recorded as sent" \
	"$([[ $SENT == "$SENT_BY_PROVIDER" ]] && echo 1 || echo 0)" "provider $SENT_BY_PROVIDER, database $SENT"
UNFINISHED=$(sql "select count(*) from event_publication where completion_date is null")
SECOND_READY=$APP_READY_S
stop_app

finish "graceful shutdown$([[ $SMOKE == 1 ]] && echo ' (smoke)'): $CLIENTS slow forms and $MESSAGES texts in flight at the SIGTERM" \
	"SIGTERM to exit $EXIT_S s (budget $SHUTDOWN_BUDGET_S s; spring.lifecycle.timeout-per-shutdown-phase 20 s), first start $FIRST_READY s, second start $SECOND_READY s, total $((SECONDS - T_START)) s; event publications unfinished after the restart (retried by database.FailedEventRetries): $UNFINISHED"
