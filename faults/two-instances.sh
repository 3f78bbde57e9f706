#!/usr/bin/env bash
# Fault test (issue 8): two instances of the platform behind nginx, round robin without sticky sessions
# (faults/nginx-two-instances.conf), sharing one PostgreSQL (instance A's embedded one; B connects to it as an
# external database). Everything listens on 127.0.0.1.
#   - Sessions: a staff member signs in through nginx (password, then authenticator code, each step answered by
#     whichever instance nginx picks), then the staff workspace is requested through nginx again and again: every
#     answer must be the signed-in page, from both instances. The same cookie straight at A and at B; a CSRF token
#     rendered by one instance accepted by the other (and a POST without one refused); signing out through nginx
#     ends the session on both.
#   - Exactly once: N appointment reminders queued at once (consent given, quiet hours opened for the run) while both
#     instances' dispatchers run (every second, the app's default). A local stand-in for Twilio's API
#     (bench/twilio-stand-in.py, answering in 50 ms like the real one) counts what it receives, and from which
#     instance: each reminder must arrive exactly once, both instances must have sent some, and the database must
#     show all of them SENT at the first attempt.
#
# Usage: faults/two-instances.sh [--smoke]
#   --smoke (or SMOKE=1)  200 reminders and 10 page requests, for CI (about a minute)
#   MESSAGES              reminders queued (1000; 200 with --smoke)
#   Ports: FAULT_APP_A_PORT (18280), FAULT_APP_B_PORT (18281), FAULT_NGINX_PORT (18282), FAULT_TWILIO_PORT (18283),
#   FAULT_PG_PORT (15633: instance A's embedded PostgreSQL). BENCH_SKIP_BUILD, BENCH_KEEP and BENCH_JAVA_OPTS as in
#   bench/lib.sh (here BENCH_JAVA_OPTS defaults to "-Xmx384m -XX:TieredStopAtLevel=1").
#
# Prints a PASS/FAIL table. Exit status 1 when any check fails or the test could not run.
set -euo pipefail
# shellcheck source=faults/lib.sh
source "$(dirname "$0")/lib.sh"
parse_flags "$@"

# Ports of their own: a benchmark (bench/, 18080-18082, 15433) may be running on the same machine.
APP_PORT=${FAULT_APP_A_PORT:-18280}
APP_B_PORT=${FAULT_APP_B_PORT:-18281}
NGINX_PORT=${FAULT_NGINX_PORT:-18282}
TWILIO_PORT=${FAULT_TWILIO_PORT:-18283}
PG_PORT=${FAULT_PG_PORT:-15633}
if [[ $SMOKE == 1 ]]; then
	MESSAGES=${MESSAGES:-200} PAGE_REQUESTS=10 DRAIN_TIMEOUT_S=120
else
	MESSAGES=${MESSAGES:-1000} PAGE_REQUESTS=20 DRAIN_TIMEOUT_S=300
fi
# Twilio answers in tens to hundreds of milliseconds. Without a delay one instance drains a few hundred messages
# before the other's dispatcher (every second) even looks, and the race this test is about would not happen.
PROVIDER_DELAY_MS=50
# The JIT's first tier only: this test counts, it does not time, and on 2 cores C2 compiling during two starts at
# once is a third of the run (about 95 s instead of 140 s for --smoke on a busy machine).
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx384m -XX:TieredStopAtLevel=1}
# Debian's interpreter: python3-argon2 (for the password hash) is installed for it, not for a python3 of pyenv's.
PY=/usr/bin/python3
T_START=$SECONDS

need curl
need nginx
need psql postgresql-client
need python3
need_argon2() {
	if [[ -x $PY ]] && "$PY" -c 'import argon2' 2>/dev/null; then return 0; fi
	log "installing python3-argon2 (an Argon2id password hash for the test's staff account)"
	if [[ -z ${BENCH_APT_UPDATED:-} ]]; then
		DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
		export BENCH_APT_UPDATED=1
	fi
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends python3 python3-argon2 >&2 ||
		die "apt-get install python3-argon2 failed"
	"$PY" -c 'import argon2' || die "python3-argon2 installed but $PY cannot import argon2"
}
need_argon2
build_jar
bench_init
require_free_port "$APP_B_PORT"
require_free_port "$NGINX_PORT"

export PGCONNECT_TIMEOUT=10
elapsed() { echo "$((SECONDS - $1)) s"; }

# --- The stand-in and the two instances. -------------------------------------------------------------------------
start_twilio_stand_in "$TWILIO_PORT" "$PROVIDER_DELAY_MS"

# Same settings on both, except the stand-in's address: its path prefix (/a, /b) tells the stand-in who sent what.
# The demonstration data is off: it would queue texts of its own, and seeding it only slows the start.
APP_ARGS=(--spring.profiles.active=bench
	--clinic.consultation.demo-requests=false --clinic.scheduling.demo-roster=false --clinic.outcomes.demo.enabled=false
	--clinic.messaging.twilio.account-sid=ACbench --clinic.messaging.twilio.auth-token=bench-token
	--clinic.messaging.twilio.from-number=+12065550100
	--clinic.messaging.quiet-hours-start=00:00 --clinic.messaging.quiet-hours-end=23:59)
A_ADDR=127.0.0.1:$APP_PORT
B_ADDR=127.0.0.1:$APP_B_PORT

t_a=$SECONDS
launch_app "$BENCH_TMP/app-a" "$APP_PORT" "$PG_PORT" "${APP_ARGS[@]}" \
	--clinic.messaging.twilio.base-url="http://127.0.0.1:$TWILIO_PORT/a"

# B starts as soon as A has put the schema in place, while A finishes starting (half the wait on a quiet machine).
# Not earlier: both would create Spring Modulith's event_publication table at once ("if not exists" is no guard
# against a concurrent create in PostgreSQL). Flyway's own history must be complete too, though Flyway would make B
# wait for A's migrations anyway (an advisory lock).
MIGRATIONS=$("$PY" -c 'import re, sys, zipfile
print(sum(1 for n in zipfile.ZipFile(sys.argv[1]).namelist() if re.match(r"BOOT-INF/classes/db/migration/V[^/]*\.sql$", n)))' \
	"$BENCH_TMP/app.jar")
deadline=$((SECONDS + READY_TIMEOUT_S))
until [[ $(PGCONNECT_TIMEOUT=2 sql "select (select count(*) from flyway_schema_history where success and version
		is not null) >= $MIGRATIONS and to_regclass('public.event_publication') is not null" 2>/dev/null) == t ]]; do
	alive "$APP_PID" || die "instance A exited before its schema was in place (log: $BENCH_TMP/app-a/app.log)"
	((SECONDS < deadline)) || die "instance A's schema was not in place within $READY_TIMEOUT_S s"
	sleep 0.5
done
B_AFTER=$(elapsed "$t_a")

# Instance B: lib.sh's start_app runs one app with its own embedded PostgreSQL; B uses A's as an external server
# (the embedded server trusts local connections: no password).
APP_B_PID=""
stop_app_b() {
	[[ -n $APP_B_PID ]] || return 0
	local pid=$APP_B_PID
	APP_B_PID=""
	if alive "$pid"; then
		log "stopping instance B (pid $pid)"
		kill -TERM "$pid" 2>/dev/null || true
		if ! wait_gone "$pid" "$APP_STOP_TIMEOUT_S"; then
			log "instance B did not stop within $APP_STOP_TIMEOUT_S s: killed"
			BENCH_TROUBLE=1
			kill -KILL "$pid" 2>/dev/null || true
			wait_gone "$pid" 5 || true
		fi
	fi
	wait "$pid" 2>/dev/null || true
}
t_b=$SECONDS
mkdir -p "$BENCH_TMP/app-b"
# shellcheck disable=SC2086  # BENCH_JAVA_OPTS is a list of options
java ${BENCH_JAVA_OPTS:--Xmx384m} -jar "$BENCH_TMP/app.jar" --server.port="$APP_B_PORT" --server.address=127.0.0.1 \
	--management.server.port=0 --clinic.data-dir="$BENCH_TMP/app-b" \
	--clinic.db.url="jdbc:postgresql://127.0.0.1:$PG_PORT/clinic" --clinic.db.user=postgres "${APP_ARGS[@]}" \
	--clinic.messaging.twilio.base-url="http://127.0.0.1:$TWILIO_PORT/b" >>"$BENCH_TMP/app-b/app.log" 2>&1 &
APP_B_PID=$!
# Registered after the stand-in's hook, so it runs before it; bench_cleanup stops A (and the database) after both.
on_cleanup stop_app_b
log "instance B starting (pid $APP_B_PID, port $APP_B_PORT, database of A, log $BENCH_TMP/app-b/app.log)"
await_app
A_START=$(elapsed "$t_a")
wait_ready "http://$B_ADDR" "$APP_B_PID" "$BENCH_TMP/app-b/app.log"
B_START=$(elapsed "$t_b")
log "instance B ready in $B_START"
[[ ! -e $BENCH_TMP/app-b/postgres ]] || die "instance B started a database of its own instead of using A's"

# --- nginx, from the configuration kept in the repository. -------------------------------------------------------
NGINX_HOME=$BENCH_TMP/nginx
mkdir -p "$NGINX_HOME/temp"
sed -e "s|@PREFIX@|$NGINX_HOME|g" -e "s|@LISTEN@|127.0.0.1:$NGINX_PORT|g" \
	-e "s|@APP_A@|$A_ADDR|g" -e "s|@APP_B@|$B_ADDR|g" \
	"$FAULTS_DIR/nginx-two-instances.conf" >"$NGINX_HOME/nginx.conf"
start_nginx "$NGINX_HOME/nginx.conf"
PROXY=http://127.0.0.1:$NGINX_PORT

# --- Sessions. ---------------------------------------------------------------------------------------------------
t0=$SECONDS
COOKIES=$BENCH_TMP/cookies.txt
# call OUT URL [curl options...]: one request with the cookie jar; prints "STATUS UPSTREAM REDIRECT" (UPSTREAM is
# nginx's X-Upstream, "-" for a request straight to an instance).
call() {
	local out=$1 url=$2 result upstream
	shift 2
	result=$(curl -sS --max-time 20 -b "$COOKIES" -c "$COOKIES" -o "$out" -D "$BENCH_TMP/headers.txt" \
		-w '%{http_code} %{redirect_url}' "$@" "$url")
	upstream=$(tr -d '\r' <"$BENCH_TMP/headers.txt" | awk 'tolower($1) == "x-upstream:" { u = $2 } END { print u }')
	echo "${result%% *} ${upstream:--} ${result#* }"
}
field() { # field HTML NAME: value of the hidden input NAME
	grep -o "<input[^>]*name=\"$2\"[^>]*>" "$1" | head -n 1 | sed -E 's/.*value="([^"]*)".*/\1/'
}
meta() { # meta HTML NAME: content of <meta name="NAME">
	grep -o "<meta name=\"$2\" content=\"[^\"]*\"" "$1" | head -n 1 | sed -E 's/.*content="([^"]*)"/\1/'
}
instance_of() { # instance_of UPSTREAM: A, B or what nginx said
	case $1 in "$A_ADDR") echo A ;; "$B_ADDR") echo B ;; *) echo "$1" ;; esac
}
signed_in() { # signed_in HTML: the staff layout with this account's name in it
	grep -q "<span>$DISPLAY_NAME</span>" "$1" && grep -q '<meta name="csrf-token"' "$1"
}

# A staff account made by SQL, as bench/outcomes.sh does: password hashed like the staff module hashes (Argon2id,
# 16-byte salt, 32-byte hash, 1 lane, 19 MiB, 2 iterations), and an authenticator secret of this run.
EMAIL=fault-two-instances@bench.invalid
DISPLAY_NAME="Fault Test Coordinator"
PASSWORD=$("$PY" -c 'import secrets; print("fault " + secrets.token_hex(16))')
SECRET=$("$PY" -c 'import base64, os; print(base64.b32encode(os.urandom(20)).decode().rstrip("="))')
HASH=$("$PY" -c 'import sys; from argon2 import PasswordHasher, Type
print(PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1, hash_len=32, salt_len=16, type=Type.ID).hash(sys.argv[1]))' "$PASSWORD")
sql "insert into staff_account (email, display_name, roles, status, password_hash, totp_secret, totp_last_step,
		created_at, activated_at, sessions_valid_from)
	values ('$EMAIL', '$DISPLAY_NAME', 'INTAKE', 'ACTIVE', '$HASH', '$SECRET', 0,
		now() - interval '1 minute', now() - interval '1 minute', now() - interval '1 minute')"
totp() { # RFC 6238: SHA-1, 30 s, 6 digits
	"$PY" - "$1" <<'PY'
import base64, hashlib, hmac, struct, sys, time
secret = sys.argv[1]
key = base64.b32decode(secret + "=" * (-len(secret) % 8))
digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
offset = digest[-1] & 15
print("%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7fffffff) % 1000000))
PY
}

# Sign in through nginx. Round robin sends consecutive steps to different instances: the half-signed-in state
# between the password and the code must already be shared.
log "signing in through nginx (password, then authenticator code)"
SIGN_IN_PATH=()
read -r status upstream _ <<<"$(call "$BENCH_TMP/sign-in.html" "$PROXY/staff/sign-in")"
[[ $status == 200 ]] || die "GET /staff/sign-in through nginx answered $status"
SIGN_IN_PATH+=("form $(instance_of "$upstream")")
csrf=$(field "$BENCH_TMP/sign-in.html" _csrf)
[[ -n $csrf ]] || die "no _csrf field on GET /staff/sign-in"
read -r status upstream redirect <<<"$(call /dev/null "$PROXY/staff/sign-in" --data-urlencode "_csrf=$csrf" \
	--data-urlencode "email=$EMAIL" --data-urlencode "password=$PASSWORD")"
[[ $status == 30[23] && $redirect == */staff/sign-in/code ]] ||
	die "the password step through nginx answered '$status $redirect' (from $(instance_of "$upstream"))"
SIGN_IN_PATH+=("password $(instance_of "$upstream")")
read -r status upstream _ <<<"$(call "$BENCH_TMP/code.html" "$PROXY/staff/sign-in/code")"
[[ $status == 200 ]] || die "GET /staff/sign-in/code through nginx answered $status (from $(instance_of "$upstream"))"
SIGN_IN_PATH+=("code form $(instance_of "$upstream")")
csrf=$(field "$BENCH_TMP/code.html" _csrf)
[[ -n $csrf ]] || die "no _csrf field on GET /staff/sign-in/code"
read -r status upstream redirect <<<"$(call /dev/null "$PROXY/staff/sign-in/code" --data-urlencode "_csrf=$csrf" \
	--data-urlencode "code=$(totp "$SECRET")")"
[[ $status == 30[23] && $redirect =~ /staff(\?continue)?$ ]] ||
	die "the code step through nginx answered '$status $redirect' (from $(instance_of "$upstream"))"
SIGN_IN_PATH+=("code $(instance_of "$upstream")")
SESSION=$(awk '$6 == "CLINIC_STAFF_SESSION" { print $7 }' "$COOKIES" | tail -n 1)
[[ -n $SESSION ]] || die "signed in, but the cookie jar holds no CLINIC_STAFF_SESSION"
check "sign-in through nginx, each step to whichever instance nginx picked" 1 "$(printf '%s, ' "${SIGN_IN_PATH[@]}" | sed 's/, $//')"

# The workspace through nginx, again and again.
declare -A BY_INSTANCE=([A]=0 [B]=0)
ok_pages=0 bad=""
for ((i = 1; i <= PAGE_REQUESTS; i++)); do
	read -r status upstream redirect <<<"$(call "$BENCH_TMP/page.html" "$PROXY/staff")"
	who=$(instance_of "$upstream")
	BY_INSTANCE[$who]=$((${BY_INSTANCE[$who]:-0} + 1))
	if [[ $status == 200 ]] && signed_in "$BENCH_TMP/page.html"; then
		ok_pages=$((ok_pages + 1))
	else
		bad="$bad; request $i from $who: $status $redirect"
	fi
done
check "GET /staff through nginx: the signed-in page every time" "$([[ $ok_pages == "$PAGE_REQUESTS" ]] && echo 1 || echo 0)" \
	"$ok_pages of $PAGE_REQUESTS$bad"
check "... answered by both instances" "$([[ ${BY_INSTANCE[A]} -gt 0 && ${BY_INSTANCE[B]} -gt 0 ]] && echo 1 || echo 0)" \
	"A ${BY_INSTANCE[A]}, B ${BY_INSTANCE[B]}"

# The same cookie straight at each instance; each page's CSRF token kept for the next check.
direct_ok=1 detail=""
for who in A B; do
	addr=$A_ADDR
	[[ $who == B ]] && addr=$B_ADDR
	read -r status _ redirect <<<"$(call "$BENCH_TMP/page-$who.html" "http://$addr/staff")"
	if [[ $status == 200 ]] && signed_in "$BENCH_TMP/page-$who.html"; then
		detail="$detail, $who 200 signed in"
	else
		direct_ok=0 detail="$detail, $who $status $redirect"
	fi
done
check "the cookie straight at A and at B" "$direct_ok" "${detail#, }"

# CSRF: a token rendered by one instance on a POST to the other (the staff pages' "stay signed in" call, which
# answers 204 and changes nothing), and through nginx. A POST without a token must be refused, or the rest proves
# nothing.
CSRF_HEADER=$(meta "$BENCH_TMP/page-A.html" csrf-header)
TOKEN_A=$(meta "$BENCH_TMP/page-A.html" csrf-token)
TOKEN_B=$(meta "$BENCH_TMP/page-B.html" csrf-token)
[[ -n $CSRF_HEADER && -n $TOKEN_A && -n $TOKEN_B ]] || die "no csrf-header or csrf-token on the staff page"
KEEP_ALIVE=/staff/session/keep-alive
read -r st_ab _ _ <<<"$(call /dev/null "http://$B_ADDR$KEEP_ALIVE" -X POST -H "$CSRF_HEADER: $TOKEN_A")"
read -r st_ba _ _ <<<"$(call /dev/null "http://$A_ADDR$KEEP_ALIVE" -X POST -H "$CSRF_HEADER: $TOKEN_B")"
check "CSRF token from A accepted by B, and B's by A (POST $KEEP_ALIVE)" \
	"$([[ $st_ab == 204 && $st_ba == 204 ]] && echo 1 || echo 0)" "A's token at B: $st_ab, B's at A: $st_ba"
proxied="" proxied_ok=1
for ((i = 1; i <= 4; i++)); do
	read -r status upstream _ <<<"$(call /dev/null "$PROXY$KEEP_ALIVE" -X POST -H "$CSRF_HEADER: $TOKEN_A")"
	proxied="$proxied, $(instance_of "$upstream") $status"
	[[ $status == 204 ]] || proxied_ok=0
done
check "... and through nginx (4 POSTs with A's token)" "$proxied_ok" "${proxied#, }"
read -r st_none upstream _ <<<"$(call /dev/null "$PROXY$KEEP_ALIVE" -X POST)"
check "a POST without a token refused" "$([[ $st_none == 403 ]] && echo 1 || echo 0)" \
	"$st_none from $(instance_of "$upstream")"

# Sign out through nginx, then the old cookie at each instance: the session must be gone from the shared store, not
# only from the instance that signed out. (The jar drops the cookie at sign-out, so it is sent by hand.)
read -r status upstream redirect <<<"$(call /dev/null "$PROXY/staff/sign-out" --data-urlencode "_csrf=$TOKEN_A")"
signed_out_by=$(instance_of "$upstream")
detail="sign-out by $signed_out_by: $status"
out_ok=$([[ $status == 30[23] && $redirect == */staff/sign-in* ]] && echo 1 || echo 0)
for who in A B; do
	addr=$A_ADDR
	[[ $who == B ]] && addr=$B_ADDR
	read -r status _ redirect <<<"$(curl -sS --max-time 20 -o /dev/null -w '%{http_code} - %{redirect_url}' \
		-H "Cookie: CLINIC_STAFF_SESSION=$SESSION" "http://$addr/staff")"
	detail="$detail; old cookie at $who: $status ${redirect#http://"$addr"}"
	[[ $status == 30[23] && $redirect == */staff/sign-in* ]] || out_ok=0
done
check "sign-out through nginx ends the session on both" "$out_ok" "$detail"
SESSION_TEST=$(elapsed "$t0")

# --- Exactly once. -----------------------------------------------------------------------------------------------
# Queued straight into the outbox, as bench/messaging.sh does, but as appointment reminders (capped per person, so
# the dispatcher also counts each recipient's reminders in the database): N people, one reminder each.
t0=$SECONDS
log "queuing $MESSAGES reminders (consent given for each number); both instances' dispatchers run every second"
sql "insert into sms_consent_event (phone_e164, purpose, kind, source, reference, occurred_at)
     select '+1206' || lpad(g::text, 7, '0'), 'CARE', 'GIVEN', 'BENCH', 'fault', now()
     from generate_series(1, $MESSAGES) g;"
sql "insert into outbound_message (message_key, channel, purpose, recipient, body, status, next_attempt_at,
         created_at, updated_at)
     select 'fault:' || g, 'SMS', 'REMINDER', '+1206' || lpad(g::text, 7, '0'), 'Fault reminder ' || g, 'QUEUED',
         now(), now(), now()
     from generate_series(1, $MESSAGES) g;"
deadline=$((SECONDS + DRAIN_TIMEOUT_S))
drained=1
until [[ $(sql "select count(*) from outbound_message where message_key like 'fault:%'
		and status in ('QUEUED', 'WAITING', 'RETRY', 'SENDING')") == 0 ]]; do
	if ((SECONDS >= deadline)); then
		drained=0
		break
	fi
	sleep 0.2
done
DRAIN=$(elapsed "$t0")
IFS='|' read -r SENT FIRST_ATTEMPT OTHER <<<"$(sql "select count(*) filter (where status = 'SENT'),
	count(*) filter (where status = 'SENT' and attempts = 1),
	coalesce(string_agg(distinct status, ',') filter (where status <> 'SENT'), '')
	from outbound_message where message_key like 'fault:%'")"
STATS=$(curl -fsS --max-time 10 "http://127.0.0.1:$TWILIO_PORT/stats?prefix=Fault%20reminder")
read -r RECEIVED DUPLICATES SENT_A SENT_B <<<"$("$PY" -c 'import json, sys
s = json.loads(sys.argv[1])
print(s["total"], s["duplicates"], s["senders"].get("a", 0), s["senders"].get("b", 0))' "$STATS")"
check "outbox drained within $DRAIN_TIMEOUT_S s" "$drained" "$DRAIN"
check "database: every reminder SENT, at the first attempt" \
	"$([[ $SENT == "$MESSAGES" && $FIRST_ATTEMPT == "$MESSAGES" ]] && echo 1 || echo 0)" \
	"$SENT of $MESSAGES SENT, $FIRST_ATTEMPT at the first attempt${OTHER:+; other statuses: $OTHER}"
check "stand-in: each reminder received exactly once" \
	"$([[ $RECEIVED == "$MESSAGES" && $DUPLICATES == 0 ]] && echo 1 || echo 0)" \
	"received $RECEIVED of $MESSAGES, duplicates $DUPLICATES"
check "both instances sent some (they raced for the same outbox)" \
	"$([[ $SENT_A -gt 0 && $SENT_B -gt 0 ]] && echo 1 || echo 0)" "A $SENT_A, B $SENT_B"

finish "two instances behind nginx$([[ $SMOKE == 1 ]] && echo ' (smoke)'): $MESSAGES reminders, $PAGE_REQUESTS page requests" \
	"A ready $A_START (fresh database), B launched $B_AFTER after A and ready $B_START later, sessions $SESSION_TEST, reminders $DRAIN (queue to drained), total $(elapsed "$T_START") before shutdown"
