#!/usr/bin/env bash
# Outbox dispatch speed: N texts are queued at once (consent given, quiet hours open), and the app's dispatcher sends
# them to a local stand-in for Twilio's API (bench/twilio-stand-in.py). Measures messages per second from the first
# queued to the last one recorded SENT, and checks the stand-in received every message exactly once. Reference in the
# same run: the stand-in's own capacity, measured by wrk posting straight to it.
#
# Usage: bench/messaging.sh [--smoke]   (environment as in lib.sh; MESSAGES overrides the count)
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"
parse_flags "$@"

if [[ $SMOKE == 1 ]]; then
	MESSAGES=${MESSAGES:-200} LABEL="messaging (smoke)" COMMAND="bench/messaging.sh --smoke"
else
	MESSAGES=${MESSAGES:-5000} LABEL="messaging" COMMAND="bench/messaging.sh"
fi
RATE_TARGET=200
TWILIO_PORT=${BENCH_TWILIO_PORT:-18082}

need curl
need wrk
need psql postgresql-client
need python3
build_jar
bench_init

sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d clinic -X -q -At -v ON_ERROR_STOP=1 -c "$1"; }

start_twilio_stand_in "$TWILIO_PORT"

# Reference: what the stand-in itself answers, posted to straight from wrk.
cat >"$BENCH_TMP/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
counter = 0
request = function()
	counter = counter + 1
	return wrk.format(nil, nil, nil, "To=%2B12065550100&From=%2B12065550100&Body=reference+" .. counter .. "+" .. math.random(1e9))
end
LUA
wrk -t2 -c8 -d"$([[ $SMOKE == 1 ]] && echo 2s || echo 10s)" -s "$BENCH_TMP/post.lua" \
	"http://127.0.0.1:$TWILIO_PORT/2010-04-01/Accounts/ACbench/Messages.json" >"$BENCH_TMP/reference.txt"
REFERENCE=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$BENCH_TMP/reference.txt")

start_app "$BENCH_TMP/app" "$APP_PORT" "$PG_PORT" --spring.profiles.active=bench \
	--clinic.messaging.twilio.account-sid=ACbench --clinic.messaging.twilio.auth-token=bench-token \
	--clinic.messaging.twilio.from-number=+12065550100 \
	--clinic.messaging.twilio.base-url="http://127.0.0.1:$TWILIO_PORT" \
	--clinic.messaging.quiet-hours-start=00:00 --clinic.messaging.quiet-hours-end=23:59
export PGCONNECT_TIMEOUT=10

log "queuing $MESSAGES texts (consent given for each number)"
sql "insert into sms_consent_event (phone_e164, purpose, kind, source, reference, occurred_at)
     select '+1206' || lpad(g::text, 7, '0'), 'CARE', 'GIVEN', 'BENCH', 'bench', now()
     from generate_series(1, $MESSAGES) g;"
cpu_mark
T0=$(now_s)
sql "insert into outbound_message (message_key, channel, purpose, recipient, body, status, next_attempt_at,
         created_at, updated_at)
     select 'bench:' || g, 'SMS', 'CARE', '+1206' || lpad(g::text, 7, '0'), 'Bench message ' || g, 'QUEUED', now(),
         now(), now()
     from generate_series(1, $MESSAGES) g;"
deadline=$((SECONDS + 600))
until [[ $(sql "select count(*) from outbound_message where message_key like 'bench:%' and status in ('QUEUED', 'WAITING', 'RETRY', 'SENDING')") == 0 ]]; do
	((SECONDS < deadline)) || die "the outbox did not drain within 600 s"
	sleep 0.2
done
T1=$(now_s)
cpu_other_pct
SECS=$(awk -v a="$T0" -v b="$T1" 'BEGIN { printf "%.2f", b - a }')
SENT=$(sql "select count(*) from outbound_message where message_key like 'bench:%' and status = 'SENT'")
RATE=$(awk -v n="$SENT" -v s="$SECS" 'BEGIN { printf "%.0f", n / s }')
STATS=$(curl -fs "http://127.0.0.1:$TWILIO_PORT/stats?prefix=Bench")
RECEIVED=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['total'])" "$STATS")
DUPLICATES=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['duplicates'])" "$STATS")
RSS_MB=$(rss_mb "$APP_PID")
stop_app

rate_ok=$(ge "$RATE" "$RATE_TARGET")
dup_ok=$([[ $DUPLICATES == 0 && $RECEIVED == "$SENT" && $SENT == "$MESSAGES" ]] && echo 1 || echo 0)
RATIO=$(awk -v a="$RATE" -v b="$REFERENCE" 'BEGIN { printf "%.3f", (b > 0) ? a / b : 0 }')
echo "queued: $MESSAGES, sent: $SENT in $SECS s = $RATE messages/s (target >= $RATE_TARGET): $(verdict "$rate_ok")"
echo "stand-in received: $RECEIVED, duplicates: $DUPLICATES (target 0): $(verdict "$dup_ok")"
echo "reference (wrk straight to the stand-in): $REFERENCE req/s; dispatch / reference: $RATIO"

emit_row "$LABEL" "texts dispatched per second ($MESSAGES queued at once)" "$RATE" "≥ $RATE_TARGET: $(verdict "$rate_ok")" "$COMMAND"
emit_row "$LABEL" "stand-in req/s straight from wrk (-c8)" "$REFERENCE" "reference" "$COMMAND"
emit_row "$LABEL" "dispatch / stand-in req/s" "$RATIO" "—" "$COMMAND"
emit_row "$LABEL" "queued / sent / received / duplicates" "$MESSAGES / $SENT / $RECEIVED / $DUPLICATES" "0 duplicates, none missing: $(verdict "$dup_ok")" "$COMMAND"
emit_row "$LABEL" "app RSS after the run (Java process)" "$RSS_MB MB" "≤ 400 MB: $(verdict "$(le "$RSS_MB" 400)")" "$COMMAND"
emit_row "$LABEL" "other work on the machine (CPU share during the run)" "$CPU_OTHER_PCT %" "≤ $OTHER_CPU_LIMIT_PCT % for valid figures" "$COMMAND"
print_rows

((dup_ok == 1)) || { log "FAIL: a text was lost or sent twice"; exit 1; }
