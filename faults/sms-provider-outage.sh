#!/usr/bin/env bash
# Fault test (issue 8): the SMS provider fails for a while, then recovers. A local stand-in for Twilio's API
# (bench/twilio-stand-in.py) plays the outage in three acts while a queue of reminders waits to go out:
#   1. it answers 500 (nothing taken): the app must try again later, with backoff;
#   2. it takes no message and never answers (a call that did not get through): the app gives up on the call after
#      its time-out and cannot know whether the text went out;
#   3. it takes the message and never answers (the text went out, the answer was lost): same, from the app's side.
# Its message list answers 500 throughout the outage, as the whole API would. Meanwhile some of the recipients reply
# STOP. Then the provider recovers, and:
#   - every reminder for a number that still consents arrives exactly once: those stuck after an unanswered call are
#     looked up at the provider (messaging.UncertainTexts): found, they are recorded as sent; not found, they are sent
#     again;
#   - nothing arrives for a number that opted out during the outage (each is BLOCKED in the outbox);
#   - the outbox ends with nothing waiting, sending or uncertain.
#
# Usage: faults/sms-provider-outage.sh [--smoke]
#   --smoke (or SMOKE=1)  100 reminders, a 20 s outage (about a minute and a half)
#   MESSAGES (500), OUTAGE_S (60: a half of 500s, a quarter of each kind of silence)
#   Ports: FAULT_SMS_APP_PORT (18680), FAULT_SMS_TWILIO_PORT (18681), FAULT_SMS_PG_PORT (15853). BENCH_SKIP_BUILD,
#   BENCH_KEEP, BENCH_JAVA_OPTS as in bench/lib.sh (here BENCH_JAVA_OPTS defaults to "-Xmx384m -XX:TieredStopAtLevel=1").
#
# Prints a PASS/FAIL table. Exit status 1 when any check fails or the test could not run.
set -euo pipefail
# shellcheck source=faults/lib.sh
source "$(dirname "$0")/lib.sh"
parse_flags "$@"

APP_PORT=${FAULT_SMS_APP_PORT:-18680}
TWILIO_PORT=${FAULT_SMS_TWILIO_PORT:-18681}
PG_PORT=${FAULT_SMS_PG_PORT:-15853}
if [[ $SMOKE == 1 ]]; then
	MESSAGES=${MESSAGES:-100} OUTAGE_S=${OUTAGE_S:-20} DRAIN_TIMEOUT_S=150
else
	MESSAGES=${MESSAGES:-500} OUTAGE_S=${OUTAGE_S:-60} DRAIN_TIMEOUT_S=240
fi
OPTED_OUT_EVERY=10 # every tenth recipient replies STOP during the outage
# The app's settings for the run: a 2 s time-out on calls to the provider (10 s in production), the first retry after
# 2 s (30 s), and an unanswered call looked up after 5 s (2 min): the same behaviour, in a shorter time.
APP_TIMEOUT_S=2
HANG_S=5 # how long the stand-in keeps a call it will not answer: longer than the app waits
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx384m -XX:TieredStopAtLevel=1}
T_START=$SECONDS

need curl
need psql postgresql-client
need python3
build_jar
bench_init

export PGCONNECT_TIMEOUT=10
provider() { curl -fsS --max-time 5 -X POST "http://127.0.0.1:$TWILIO_PORT/mode?set=$1&hang=$HANG_S" >/dev/null; }

start_twilio_stand_in "$TWILIO_PORT" 0
provider error # down before the first reminder is queued: every one of them meets the outage
start_app "$BENCH_TMP/app" "$APP_PORT" "$PG_PORT" --spring.profiles.active=bench \
	--clinic.consultation.demo-requests=false --clinic.scheduling.demo-roster=false --clinic.outcomes.demo.enabled=false \
	--clinic.messaging.twilio.account-sid=ACfault --clinic.messaging.twilio.auth-token=fault-token \
	--clinic.messaging.twilio.from-number=+12065550100 \
	--clinic.messaging.twilio.base-url="http://127.0.0.1:$TWILIO_PORT" \
	--clinic.messaging.twilio.timeout="${APP_TIMEOUT_S}s" --clinic.messaging.first-retry=2s \
	--clinic.messaging.check-uncertain-after=5s --clinic.messaging.check-uncertain-every=2s \
	--clinic.messaging.quiet-hours-start=00:00 --clinic.messaging.quiet-hours-end=23:59

# --- The queue, and the STOPs. -----------------------------------------------------------------------------------
log "queuing $MESSAGES reminders (consent given for each number); the provider answers 500"
number() { echo "'+1253' || lpad(($1)::text, 7, '0')"; }
sql "insert into sms_consent_event (phone_e164, purpose, kind, source, reference, occurred_at)
     select $(number g), 'CARE', 'GIVEN', 'BENCH', 'fault', now() - interval '1 day' from generate_series(1, $MESSAGES) g;"
sql "insert into outbound_message (message_key, channel, purpose, recipient, body, status, next_attempt_at,
         created_at, updated_at)
     select 'fault-sms:' || g, 'SMS', 'REMINDER', $(number g), 'Outage reminder ' || g, 'QUEUED', now(), now(), now()
     from generate_series(1, $MESSAGES) g;"
# Replies of STOP while the reminders wait for the provider, recorded as the inbound webhook records them.
sql "insert into sms_consent_event (phone_e164, purpose, kind, source, reference, occurred_at)
     select $(number g), 'CARE', 'REVOKED', 'SMS_KEYWORD', 'fault STOP', now()
     from generate_series(1, $MESSAGES) g where g % $OPTED_OUT_EVERY = 0;"
OPTED_OUT=$((MESSAGES / OPTED_OUT_EVERY))
CONSENTING=$((MESSAGES - OPTED_OUT))

# --- The outage, act by act. -------------------------------------------------------------------------------------
ERROR_S=$((OUTAGE_S / 2)) SILENT_S=$((OUTAGE_S / 4))
sleep "$ERROR_S"
log "the provider now takes nothing and never answers"
provider hang
sleep "$SILENT_S"
log "the provider now takes each message and never answers"
provider hang-took
sleep "$SILENT_S"
provider up
t_up=$SECONDS
log "the provider is back"

# --- Recovery. ---------------------------------------------------------------------------------------------------
deadline=$((SECONDS + DRAIN_TIMEOUT_S))
drained=1
until [[ $(sql "select count(*) from outbound_message where message_key like 'fault-sms:%'
		and status in ('QUEUED', 'WAITING', 'RETRY', 'SENDING', 'UNCERTAIN')") == 0 ]]; do
	if ((SECONDS >= deadline)); then
		drained=0
		break
	fi
	sleep 0.5
done
DRAIN_S=$((SECONDS - t_up))
IFS='|' read -r SENT BLOCKED <<<"$(sql "select count(*) filter (where status in ('SENT', 'DELIVERED')),
	count(*) filter (where status = 'BLOCKED') from outbound_message where message_key like 'fault-sms:%'")"
OTHER=$(sql "select coalesce(string_agg(status || ' ' || n, ', '), '') from (select status, count(*) n
	from outbound_message where message_key like 'fault-sms:%' and status not in ('SENT', 'DELIVERED', 'BLOCKED')
	group by status) m")
BLOCKED_OK=$(sql "select count(*) from outbound_message where message_key like 'fault-sms:%' and status = 'BLOCKED'
	and (substring(recipient from 6)::int % $OPTED_OUT_EVERY) = 0")
STATS=$(curl -fsS --max-time 10 "http://127.0.0.1:$TWILIO_PORT/stats?prefix=Outage%20reminder")
read -r RECEIVED DISTINCT DUPLICATES TO_OPTED_OUT REFUSED <<<"$(python3 -c 'import json, sys
s = json.loads(sys.argv[1]); every = int(sys.argv[2])
to_opted_out = sum(n for number, n in s["by_to"].items() if int(number[5:]) % every == 0)
print(s["total"], s["distinct"], s["duplicates"], to_opted_out, s["refused_calls"])' "$STATS" "$OPTED_OUT_EVERY")"
# What the app did about its unanswered calls (its log says so in counts, no numbers).
read -r FOUND AGAIN <<<"$(grep -o 'Uncertain texts settled with twilio: [0-9]* had gone out, [0-9]* sent again' \
	"$BENCH_TMP/app/app.log" | awk '{ f += $6; a += $10 } END { print f + 0, a + 0 }')"

check "outbox settled after the recovery" "$drained" \
	"$((DRAIN_S)) s after the provider came back: $SENT sent, $BLOCKED blocked${OTHER:+; still: $OTHER}"
check "every reminder to a consenting number arrived exactly once" \
	"$([[ $RECEIVED == "$CONSENTING" && $DISTINCT == "$CONSENTING" && $DUPLICATES == 0 && $SENT == "$CONSENTING" ]] && echo 1 || echo 0)" \
	"$RECEIVED received, $DISTINCT distinct, $DUPLICATES duplicates, of $CONSENTING expected; $SENT SENT in the outbox"
check "nothing arrived for a number that replied STOP during the outage" \
	"$([[ $TO_OPTED_OUT == 0 && $BLOCKED == "$OPTED_OUT" && $BLOCKED_OK == "$OPTED_OUT" ]] && echo 1 || echo 0)" \
	"$TO_OPTED_OUT texts to opted-out numbers; $BLOCKED_OK of $OPTED_OUT blocked in the outbox"
check "the outage was met: calls refused, unanswered calls settled both ways" \
	"$([[ $REFUSED -gt 0 && $FOUND -gt 0 && $AGAIN -gt 0 ]] && echo 1 || echo 0)" \
	"$REFUSED calls answered 500 or not at all; of the unanswered, $FOUND found at the provider (recorded as sent), $AGAIN not there (sent again)"

stop_app

finish "SMS provider outage$([[ $SMOKE == 1 ]] && echo ' (smoke)'): $MESSAGES reminders, $OPTED_OUT of their numbers opted out; ${ERROR_S} s of 500s, ${SILENT_S} s of calls lost on the way, ${SILENT_S} s of answers lost on the way back" \
	"app ready $APP_READY_S s, outage $OUTAGE_S s, settled $DRAIN_S s after the recovery, total $((SECONDS - T_START)) s"
