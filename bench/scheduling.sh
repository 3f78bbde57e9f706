#!/usr/bin/env bash
# Scheduling: a year of infusion bookings at the three clinics with 8 chairs each (8 nurses on shift at each), then
# the staff pages a care coordinator uses, signed in for real (password + authenticator code) over HTTP:
#   - availability search: GET /staff/schedule/book, an infusion at Seattle over the next two weeks (the page shows
#     a week: each coordinator asks for the first week and the second in turn)
#   - series planning: GET /staff/schedule/series/new, 6 infusions at Seattle (the planner looks 56 days ahead)
#   - booking under contention: coordinators POST /staff/schedule/book all at once for the same slots, each attempt
#     for another person; counts bookings and "just taken" (409) answers, then checks in SQL that no chair, nurse or
#     person is held twice at once and that every acknowledged booking, and only those, is in the database.
# Reference in the same run: the plainest staff page, GET /staff, through the same sessions with the same wrk
# settings; the figures are given in ms and as ratios to it. wrk runs one thread per connection, and each connection
# is one coordinator with their own session. The pages are measured with 4 coordinators at once, then with one
# (no queueing); the booking race with 8.
#
# Usage: bench/scheduling.sh [--smoke]
#   --smoke (or SMOKE=1)  5 weeks of bookings, 2 s runs at 2 and 1 connections (booking: 4): checks the script
#   DURATION=15s          length of each measured wrk run (ignored with --smoke)
#   WARMUP=20s            unmeasured run before each page's first measured one, and before the booking race, with
#                         the same requests (the race on its own slots) (--smoke: 1s)
#   SEED_DAYS=365         days of bookings seeded, from today on
#
# Target (printed as PASS/FAIL, never the exit status): planning a series p99 <= 50 ms. Exit status 1 when the
# bookings are not consistent (a resource held twice at once, an acknowledged booking missing, a refused one
# stored), or when the benchmark itself could not run; 0 otherwise.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"
parse_flags "$@"

if [[ $SMOKE == 1 ]]; then
	DURATION=2s WARMUP=1s PAGE_CONNS=2 BOOK_CONNS=4 SEED_DAYS=35 POOL=4000 RACE_DAYS=5
	LABEL="scheduling (smoke)" COMMAND="bench/scheduling.sh --smoke"
else
	DURATION=${DURATION:-15s} WARMUP=${WARMUP:-20s} PAGE_CONNS=4 BOOK_CONNS=8 SEED_DAYS=${SEED_DAYS:-365}
	POOL=40000 RACE_DAYS=80 LABEL="scheduling" COMMAND="bench/scheduling.sh"
fi
PLAN_P99_TARGET_MS=50
CLINIC=seattle
ZONE=America/Los_Angeles
# Debian's interpreter: python3-argon2 (for the password hashes) is installed for it, not for a python3 of pyenv's.
PY=/usr/bin/python3

need curl
need wrk
need psql postgresql-client
need_argon2() {
	if [[ -x $PY ]] && "$PY" -c 'import argon2' 2>/dev/null; then return 0; fi
	log "installing python3-argon2 (Argon2id password hashes for the bench's staff accounts)"
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

sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d clinic -X -q -At -v ON_ERROR_STOP=1 -c "$1"; }
field() { # field HTML NAME: value of the hidden input NAME
	grep -o "<input[^>]*name=\"$2\"[^>]*>" "$1" | head -n 1 | sed -E 's/.*value="([^"]*)".*/\1/'
}
meta() { # meta HTML NAME: content of <meta name="NAME">
	grep -o "<meta name=\"$2\" content=\"[^\"]*\"" "$1" | head -n 1 | sed -E 's/.*content="([^"]*)"/\1/'
}

# The demonstration roster is off: the seed below puts its own nurses on shift for 8 chairs per clinic.
start_app "$BENCH_TMP/app" "$APP_PORT" "$PG_PORT" --spring.profiles.active=bench --clinic.scheduling.demo-roster=false
export PGCONNECT_TIMEOUT=10

# --- Data: a year of bookings, people to book, and the coordinators' accounts. -----------------------------------
TODAY=$(TZ=$ZONE date +%F)
FROM=$(TZ=$ZONE date -d tomorrow +%F)
log "seeding $SEED_DAYS days of bookings from $TODAY (3 clinics x 8 chairs, 8 nurses each) and $POOL people to book"
t0=$(now_s)
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d clinic -X -q -o /dev/null -v ON_ERROR_STOP=1 -v first_day="$TODAY" \
	-v days="$SEED_DAYS" -v pool="$POOL" -f "$BENCH_DIR/scheduling-seed.sql"
SEED_S=$(awk -v a="$t0" -v b="$(now_s)" 'BEGIN { printf "%.1f", b - a }')
SEEDED=$(sql "select count(*) from appointment")
SEEDED_RESOURCES=$(sql "select count(*) from resource_booking")
OCCUPANCY=$(sql "select round(100.0 * sum(extract(epoch from ends_at - starts_at)) / (
	select sum(extract(epoch from (c.hours -> lower(to_char(d, 'FMDay')) ->> 1)::time
		- (c.hours -> lower(to_char(d, 'FMDay')) ->> 0)::time)) * 8
	from clinic_location c cross join generate_series('$TODAY'::date, '$TODAY'::date + $((SEED_DAYS - 1)), interval '1 day') d
	where c.slug in ('seattle', 'bellevue', 'tacoma') and c.hours ? lower(to_char(d, 'FMDay'))))
	from appointment")
log "seeded $SEEDED appointments ($SEEDED_RESOURCES resource bookings, $OCCUPANCY % of chair time) in $SEED_S s"
SEARCH_PERSON=2000001      # the pool's first person: searched for, never booked
PERSON_BASE=2000002        # the rest: booked for, a new one for every attempt
STRIDE=$(((POOL - 1) / (2 * BOOK_CONNS)))

# One care coordinator (role INTAKE) per connection, each with a password and an authenticator secret of this run,
# signed in through the real pages: password, then the TOTP code (RFC 6238: SHA-1, 30 s, 6 digits) computed here.
# Sign-in slows down after failures, so each step is checked and the run stops at the first surprise.
COORDINATORS=$((BOOK_CONNS > PAGE_CONNS ? BOOK_CONNS : PAGE_CONNS))
PASSWORD=$("$PY" -c 'import secrets; print("bench " + secrets.token_hex(16))')
totp() {
	"$PY" - "$1" <<'PY'
import base64, hashlib, hmac, struct, sys, time
secret = sys.argv[1]
key = base64.b32decode(secret + "=" * (-len(secret) % 8))
digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
offset = digest[-1] & 15
print("%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7fffffff) % 1000000))
PY
}
HASH=$("$PY" -c 'import sys; from argon2 import PasswordHasher, Type
# The staff module encodes with Argon2id, 16-byte salt, 32-byte hash, 1 lane, 19 MiB, 2 iterations (StaffConfiguration).
print(PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1, hash_len=32, salt_len=16, type=Type.ID).hash(sys.argv[1]))' "$PASSWORD")
SESSIONS=() CSRFS=()
CSRF_HEADER=""
for i in $(seq 1 "$COORDINATORS"); do
	email="bench-coordinator-$i@bench.invalid"
	secret=$("$PY" -c 'import base64, os; print(base64.b32encode(os.urandom(20)).decode().rstrip("="))')
	sql "insert into staff_account (email, display_name, roles, status, password_hash, totp_secret, totp_last_step,
			created_at, activated_at, sessions_valid_from)
		values ('$email', 'Bench Coordinator $i', 'INTAKE', 'ACTIVE', '$HASH', '$secret', 0,
			now() - interval '1 minute', now() - interval '1 minute', now() - interval '1 minute')"
	jar=$BENCH_TMP/cookies-$i.txt
	curl -fsS -c "$jar" -b "$jar" "$APP_BASE/staff/sign-in" -o "$BENCH_TMP/sign-in.html"
	csrf=$(field "$BENCH_TMP/sign-in.html" _csrf)
	[[ -n $csrf ]] || die "no _csrf field on GET /staff/sign-in"
	status=$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' "$APP_BASE/staff/sign-in" \
		--data-urlencode "_csrf=$csrf" --data-urlencode "email=$email" --data-urlencode "password=$PASSWORD")
	[[ $status == 30[23]" "*/staff/sign-in/code ]] || die "sign-in of $email: the password step answered '$status'"
	curl -fsS -c "$jar" -b "$jar" "$APP_BASE/staff/sign-in/code" -o "$BENCH_TMP/code.html"
	csrf=$(field "$BENCH_TMP/code.html" _csrf)
	[[ -n $csrf ]] || die "no _csrf field on GET /staff/sign-in/code"
	status=$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
		"$APP_BASE/staff/sign-in/code" --data-urlencode "_csrf=$csrf" --data-urlencode "code=$(totp "$secret")")
	[[ $status =~ ^30[23]\ .*/staff(\?continue)?$ ]] || die "sign-in of $email: the code step answered '$status'"
	status=$(curl -sS -b "$jar" -o "$BENCH_TMP/home.html" -w '%{http_code}' "$APP_BASE/staff")
	[[ $status == 200 ]] || die "signed in as $email, but GET /staff answered $status"
	# Cookie jar lines are "domain flag path secure expiry name value"; an HttpOnly cookie's starts "#HttpOnly_".
	SESSIONS+=("$(awk '$6 == "CLINIC_STAFF_SESSION" { print $7 }' "$jar" | tail -n 1)")
	CSRFS+=("$(meta "$BENCH_TMP/home.html" csrf-token)")
	CSRF_HEADER=$(meta "$BENCH_TMP/home.html" csrf-header)
	[[ -n ${SESSIONS[-1]} && -n ${CSRFS[-1]} && -n $CSRF_HEADER ]] ||
		die "signed in as $email, but found no session cookie, csrf-token or csrf-header"
done
log "signed in $COORDINATORS care coordinators (password + authenticator code)"
export BENCH_SESSIONS="${SESSIONS[*]}" BENCH_CSRF="${CSRFS[*]}" BENCH_CSRF_HEADER=$CSRF_HEADER

SEARCH_PATH="/staff/schedule/book?request=$SEARCH_PERSON&type=INFUSION&location=$CLINIC&from=$FROM"
SEARCH_PATH_2=${SEARCH_PATH%=*}=$(date -d "$FROM + 7 days" +%F)
PLAN_PATH="/staff/schedule/series/new?request=$SEARCH_PERSON&location=$CLINIC&from=$FROM"
# Preflight: each page answers 200 with what it is for, or the load would only measure an error page.
SEARCH_SLOTS=0
for path in "$SEARCH_PATH" "$SEARCH_PATH_2"; do
	curl -fsS -b "$BENCH_TMP/cookies-1.txt" "$APP_BASE$path" -o "$BENCH_TMP/search.html" || die "GET $path failed"
	SEARCH_SLOTS=$((SEARCH_SLOTS + $(grep -o 'name="slot"' "$BENCH_TMP/search.html" | wc -l)))
done
((SEARCH_SLOTS > 0)) || die "the availability search found no free infusion time at $CLINIC"
curl -fsS -b "$BENCH_TMP/cookies-1.txt" "$APP_BASE$PLAN_PATH" -o "$BENCH_TMP/plan.html" || die "GET $PLAN_PATH failed"
PROPOSALS=$(grep -o 'Book this series' "$BENCH_TMP/plan.html" | wc -l)
((PROPOSALS > 0)) || die "the series planner proposed no series at $CLINIC"
log "preflight: the search offers $SEARCH_SLOTS free infusion times in two weeks, the planner $PROPOSALS series"

# --- Load. -------------------------------------------------------------------------------------------------------
# Figures by "page:connections". Each page first at PAGE_CONNS coordinators at once (after its warm-up), then the three
# again with one coordinator (no queueing: the time one request takes), then the reference at BOOK_CONNS, the
# booking run's concurrency.
declare -A RPS P50 P99 OTHER_CPU
MAX_OTHER=$APP_READY_OTHER_PCT
measure() { # measure NAME CONNS "PATH..." [nowarm]: wrk with the Lua script, one session per connection, the paths in turn
	local key=$1:$2 conns=$2 paths=$3 out=$BENCH_TMP/wrk-$1-$2.txt
	local url=$APP_BASE${paths%% *}
	if [[ ${4:-} != nowarm ]]; then
		BENCH_MODE=page BENCH_PATHS=$paths wrk -t"$conns" -c"$conns" -d"$WARMUP" -s "$BENCH_DIR/scheduling.lua" "$url" \
			>"$BENCH_TMP/wrk-$1-$2-warmup.txt"
	fi
	log "wrk $1: GET $paths -t$conns -c$conns -d$DURATION"
	cpu_mark
	BENCH_MODE=page BENCH_PATHS=$paths wrk -t"$conns" -c"$conns" -d"$DURATION" --latency \
		-s "$BENCH_DIR/scheduling.lua" "$url" | tee "$out" >&2
	cpu_other_pct
	OTHER_CPU[$key]=$CPU_OTHER_PCT
	((CPU_OTHER_PCT <= MAX_OTHER)) || MAX_OTHER=$CPU_OTHER_PCT
	local result rps p50 p99
	result=$(grep '^bench-result ' "$out") || die "$1: the Lua script printed no result line"
	[[ $result == *" other=0 "* ]] || die "$1: answers other than 200 ($result): not measuring the page"
	read -r rps p50 p99 _ < <(parse_wrk "$out")
	RPS[$key]=$rps P50[$key]=$p50 P99[$key]=$p99
}
measure reference "$PAGE_CONNS" /staff
measure search "$PAGE_CONNS" "$SEARCH_PATH $SEARCH_PATH_2"
measure plan "$PAGE_CONNS" "$PLAN_PATH"
measure reference 1 /staff nowarm
measure search 1 "$SEARCH_PATH $SEARCH_PATH_2" nowarm
measure plan 1 "$PLAN_PATH" nowarm
if ((BOOK_CONNS != PAGE_CONNS)); then measure reference "$BOOK_CONNS" /staff nowarm; fi

# Booking under contention. The slots raced for: Seattle's 2-hour grid (08:00, 10:00 ... 16:00) on weekdays after
# the seeded year, where nothing is booked yet, so each slot holds 8 infusions (8 chairs, 8 nurses); the warm-up
# races for its own days, before the measured run's.
slots_file() { # slots_file FIRST_DAY DAYS FILE
	sql "select '$CLINIC@' || to_char(t at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')
		from clinic_location c
		cross join generate_series('$1'::date, '$1'::date + $(($2 - 1)), interval '1 day') d
		cross join lateral generate_series(
			(d::date + (c.hours -> lower(to_char(d, 'FMDay')) ->> 0)::time) at time zone c.time_zone,
			(d::date + (c.hours -> lower(to_char(d, 'FMDay')) ->> 1)::time) at time zone c.time_zone - interval '2 hours',
			interval '2 hours') t
		where c.slug = '$CLINIC' and extract(isodow from d) <= 5 and c.hours ? lower(to_char(d, 'FMDay'))
		order by t" >"$3"
}
RACE_FROM=$(date -d "$TODAY + $((SEED_DAYS + 7)) days" +%F)
slots_file "$RACE_FROM" "$RACE_DAYS" "$BENCH_TMP/slots-warmup.txt"
slots_file "$(date -d "$RACE_FROM + $RACE_DAYS days" +%F)" "$RACE_DAYS" "$BENCH_TMP/slots.txt"
book() { # book NAME DURATION PERSON_BASE [--latency]
	local name=$1 duration=$2 base=$3 latency=${4:-}
	rm -f "$BENCH_TMP/$name".{acked,refused,pending}
	touch "$BENCH_TMP/$name".{acked,refused,pending}
	# shellcheck disable=SC2086  # $latency is empty or one flag
	BENCH_MODE=book BENCH_SLOTS_FILE=$BENCH_TMP/slots${name#book}.txt BENCH_PERSON_BASE=$base \
		BENCH_PERSON_STRIDE=$STRIDE BENCH_OUT=$BENCH_TMP/$name \
		wrk -t"$BOOK_CONNS" -c"$BOOK_CONNS" -d"$duration" $latency -s "$BENCH_DIR/scheduling.lua" \
		"$APP_BASE/staff/schedule/book"
}
book book-warmup "$WARMUP" "$PERSON_BASE" >"$BENCH_TMP/wrk-book-warmup.txt"
grep '^bench-result ' "$BENCH_TMP/wrk-book-warmup.txt" >&2 || die "booking warm-up: the Lua script printed no result"
log "wrk booking: POST /staff/schedule/book -t$BOOK_CONNS -c$BOOK_CONNS -d$DURATION, all racing for the same slots"
cpu_mark
book book "$DURATION" $((PERSON_BASE + POOL / 2)) --latency | tee "$BENCH_TMP/wrk-book.txt" >&2
cpu_other_pct
BOOK=book:$BOOK_CONNS
OTHER_CPU[$BOOK]=$CPU_OTHER_PCT
((CPU_OTHER_PCT <= MAX_OTHER)) || MAX_OTHER=$CPU_OTHER_PCT
read -r rps p50 p99 _ BOOK_SECS _ < <(parse_wrk "$BENCH_TMP/wrk-book.txt")
RPS[$BOOK]=$rps P50[$BOOK]=$p50 P99[$BOOK]=$p99
result=$(grep '^bench-result ' "$BENCH_TMP/wrk-book.txt") || die "booking: the Lua script printed no result line"
BOOKED=$(sed -E 's/.* booked=([0-9]+).*/\1/' <<<"$result")
TAKEN=$(sed -E 's/.* taken=([0-9]+).*/\1/' <<<"$result")
BOOK_OTHER=$(sed -E 's/.* other=([0-9]+).*/\1/' <<<"$result")
EXHAUSTED=$(sed -E 's/.* exhausted=([0-9]+).*/\1/' <<<"$result")
BOOK_STATUSES=$(sed -E 's/.* statuses=([^ ]*).*/\1/' <<<"$result")
WARMUP_OTHER=$(grep '^bench-result ' "$BENCH_TMP/wrk-book-warmup.txt" | sed -E 's/.* other=([0-9]+).*/\1/')
((EXHAUSTED == 0)) || log "WARNING: the coordinators ran out of slots to race for ($EXHAUSTED attempts at a full one)"
# The requests in flight when wrk stopped still finish (one waiting on a lock for up to a second): wait until the
# database has no other active query, at most 15 s.
deadline=$((SECONDS + 15))
until [[ $(sql "select count(*) from pg_stat_activity where datname = 'clinic' and backend_type = 'client backend'
		and state <> 'idle'
		and pid <> pg_backend_pid()") == 0 ]] || ((SECONDS >= deadline)); do
	sleep 0.2
done
sleep 0.5

# --- Consistency, in SQL. ----------------------------------------------------------------------------------------
# 1. No resource is held twice at once, anywhere (the seeded year and the runs' bookings alike): for each booking,
#    the latest end among the same resource's earlier-starting bookings must not pass its start.
OVERLAPS=$(sql "select count(*) from (
	select lower(during) as starts, max(upper(during)) over (partition by resource order by lower(during), appointment_id
		rows between unbounded preceding and 1 preceding) as ends_before
	from resource_booking) b where ends_before > starts")
# 2. Every booking of the runs holds a chair, a nurse and its person, and no slot more than it has chairs.
WHOLE=$(sql "select count(*) from appointment a where a.booked_by is not null and (
	select count(*) = 3 and bool_or(b.resource like 'chair:%') and bool_or(b.resource like 'staff:%')
		and bool_or(b.resource = 'person:' || a.consultation_request)
	from resource_booking b where b.appointment_id = a.id)")
CREATED_ALL=$(sql "select count(*) from appointment where booked_by is not null")
FULLEST=$(sql "select coalesce(max(n), 0) from (select count(*) as n from appointment where booked_by is not null
	group by starts_at) s")
# 3. Acknowledged bookings are stored, refused ones are not; the rest were in flight when wrk stopped.
{
	sql "create table bench_outcome (person bigint not null, outcome text not null)"
	for f in book-warmup book; do
		for outcome in acked refused pending; do
			sed "s/\$/,$outcome/" "$BENCH_TMP/$f.$outcome"
		done
	done | psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d clinic -X -q -v ON_ERROR_STOP=1 \
		-c "\\copy bench_outcome (person, outcome) from stdin with (format csv)"
} || die "could not load the booking outcomes into the database"
read -r ACKED_ALL ACKED_MISSING REFUSED_STORED PENDING_STORED UNKNOWN_STORED < <(sql "select
	(select count(*) from bench_outcome where outcome = 'acked'),
	(select count(*) from bench_outcome o where outcome = 'acked' and (select count(*) from appointment a
		where a.consultation_request = o.person and a.booked_by is not null) <> 1),
	(select count(*) from bench_outcome o join appointment a on a.consultation_request = o.person
		where o.outcome = 'refused'),
	(select count(*) from bench_outcome o join appointment a on a.consultation_request = o.person
		where o.outcome = 'pending'),
	(select count(*) from appointment a where a.booked_by is not null
		and not exists (select 1 from bench_outcome o where o.person = a.consultation_request))" | tr '|' ' ')
RSS_MB=$(rss_mb "$APP_PID")
stop_app
# Requests that failed on a deadlock, as the app logged them: two transactions inserting conflicting rows into
# resource_booking at the same moment each wait for the other while checking the exclusion constraint, until
# PostgreSQL's deadlock detector (after deadlock_timeout, 1 s) aborts one.
DEADLOCKS=$(grep -c 'PessimisticLockingFailureException.*deadlock detected' "$BENCH_TMP/app/app.log" || true)

# --- Report. -----------------------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
BOOKED_PER_S=$(awk -v n="$BOOKED" -v s="$BOOK_SECS" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }')
consistent=$(((OVERLAPS == 0 && WHOLE == CREATED_ALL && FULLEST <= 8 && ACKED_MISSING == 0 && REFUSED_STORED == 0 \
	&& UNKNOWN_STORED == 0 && CREATED_ALL == ACKED_ALL + PENDING_STORED) ? 1 : 0))
plan_ok() { verdict "$(le "${P99[plan:$1]}" "$PLAN_P99_TARGET_MS")"; }

echo
echo "Scheduling: $SEEDED infusions booked over $SEED_DAYS days ($OCCUPANCY % of chair time; seeded in $SEED_S s)," \
	"3 clinics x 8 chairs; wrk -tN -cN (one signed-in coordinator per connection) -d$DURATION, after a $WARMUP" \
	"warm-up at -c$PAGE_CONNS and for the booking run"
printf '%-44s %6s %9s %9s %9s %12s %10s\n' page conns req/s "p50 ms" "p99 ms" "p99/ref" "other CPU"
row() { # row KEY LABEL REFERENCE_KEY
	printf '%-44s %6s %9s %9s %9s %12s %9s%%\n' "$2" "${1#*:}" "${RPS[$1]}" "${P50[$1]}" "${P99[$1]}" \
		"$(ratio "${P99[$1]}" "${P99[$3]}")" "${OTHER_CPU[$1]}"
}
for conns in "$PAGE_CONNS" 1; do
	row "reference:$conns" "GET /staff (reference)" "reference:$conns"
	row "search:$conns" "availability search, 2 x 1 week (GET book)" "reference:$conns"
	row "plan:$conns" "series planner, 6 infusions (GET series/new)" "reference:$conns"
done
if ((BOOK_CONNS != PAGE_CONNS)); then row "reference:$BOOK_CONNS" "GET /staff (reference)" "reference:$BOOK_CONNS"; fi
row "$BOOK" "booking under contention (POST book)" "reference:$BOOK_CONNS"
if ((MAX_OTHER > OTHER_CPU_LIMIT_PCT)); then
	echo "WARNING: other work on the machine took up to $MAX_OTHER% of the CPU during this run: figures are skewed"
fi
echo
for conns in "$PAGE_CONNS" 1; do
	echo "series planner p99 at -c$conns = ${P99[plan:$conns]} ms (target <= $PLAN_P99_TARGET_MS ms): $(plan_ok "$conns")"
done
echo "booking: $BOOKED booked, $TAKEN answered 409 \"just taken\", $BOOK_OTHER other answers ($BOOK_STATUSES) in" \
	"$BOOK_SECS s ($BOOKED_PER_S bookings/s)"
if ((BOOK_OTHER + WARMUP_OTHER > 0)); then
	echo "WARNING: $((BOOK_OTHER + WARMUP_OTHER)) booking attempts (warm-up included) were answered neither by a booking" \
		"nor by 409 \"just taken\"; the app logged $DEADLOCKS as failed on a deadlock in PostgreSQL (BENCH_KEEP=1 keeps app.log)"
fi
echo "consistency (warm-up and measured runs): $CREATED_ALL appointments created = $ACKED_ALL acknowledged +" \
	"$PENDING_STORED in flight when wrk stopped; acknowledged but missing: $ACKED_MISSING; refused but stored:" \
	"$REFUSED_STORED; booked for nobody asked: $UNKNOWN_STORED; holding chair + nurse + person: $WHOLE;" \
	"most in one slot: $FULLEST (8 chairs); resources held twice at once: $OVERLAPS: $(verdict "$consistent")"
echo "app RSS after the runs: $RSS_MB MB (the Java process); app stop (SIGTERM to exit): $APP_STOP_S"

emit_row "$LABEL" "bookings seeded ($SEED_DAYS days, 3 clinics x 8 chairs, $OCCUPANCY % of chair time)" "$SEEDED" "—" "$COMMAND"
for conns in "$PAGE_CONNS" 1; do
	ref=reference:$conns
	emit_row "$LABEL" "reference GET /staff: req/s, p50 / p99 (-c$conns, $DURATION)" \
		"${RPS[$ref]}, ${P50[$ref]} / ${P99[$ref]} ms" "reference" "$COMMAND"
	emit_row "$LABEL" "availability search, Seattle, 2 weeks in 7-day pages: req/s, p50 / p99; p99 / reference p99 (-c$conns)" \
		"${RPS[search:$conns]}, ${P50[search:$conns]} / ${P99[search:$conns]} ms; $(ratio "${P99[search:$conns]}" "${P99[$ref]}")" \
		"—" "$COMMAND"
	emit_row "$LABEL" "series planner, 6 infusions at Seattle: req/s, p50 / p99; p99 / reference p99 (-c$conns)" \
		"${RPS[plan:$conns]}, ${P50[plan:$conns]} / ${P99[plan:$conns]} ms; $(ratio "${P99[plan:$conns]}" "${P99[$ref]}")" \
		"p99 ≤ $PLAN_P99_TARGET_MS ms: $(plan_ok "$conns")" "$COMMAND"
done
ref=reference:$BOOK_CONNS
if ((BOOK_CONNS != PAGE_CONNS)); then
	emit_row "$LABEL" "reference GET /staff: req/s, p50 / p99 (-c$BOOK_CONNS, $DURATION)" \
		"${RPS[$ref]}, ${P50[$ref]} / ${P99[$ref]} ms" "reference" "$COMMAND"
fi
emit_row "$LABEL" "booking under contention: attempts/s, p50 / p99 (-c$BOOK_CONNS)" \
	"${RPS[$BOOK]}, ${P50[$BOOK]} / ${P99[$BOOK]} ms" "—" "$COMMAND"
emit_row "$LABEL" "booking attempts/s / reference req/s; p99 / reference p99 (-c$BOOK_CONNS)" \
	"$(ratio "${RPS[$BOOK]}" "${RPS[$ref]}"); $(ratio "${P99[$BOOK]}" "${P99[$ref]}")" "—" "$COMMAND"
emit_row "$LABEL" "booked / 409 just taken / other answers (bookings/s)" \
	"$BOOKED / $TAKEN / $BOOK_OTHER$([[ $BOOK_STATUSES == - ]] || echo " (HTTP $BOOK_STATUSES)") ($BOOKED_PER_S/s)" \
	"no other answers: $(verdict $((BOOK_OTHER + WARMUP_OTHER == 0 ? 1 : 0)))" "$COMMAND"
emit_row "$LABEL" "created = acknowledged + in flight at the stop; acknowledged missing / refused stored / overlaps" \
	"$CREATED_ALL = $ACKED_ALL + $PENDING_STORED; $ACKED_MISSING / $REFUSED_STORED / $OVERLAPS" \
	"consistent: $(verdict "$consistent")" "$COMMAND"
emit_row "$LABEL" "app RSS after the runs (Java process)" "$RSS_MB MB" "≤ 400 MB: $(verdict "$(le "$RSS_MB" 400)")" "$COMMAND"
emit_row "$LABEL" "other work on the machine (max CPU share during a measurement)" "$MAX_OTHER %" \
	"≤ $OTHER_CPU_LIMIT_PCT % for valid figures" "$COMMAND"
print_rows

((consistent == 1)) || { log "FAIL: the bookings are not consistent (see the counts above)"; exit 1; }
