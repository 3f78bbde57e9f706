# shellcheck shell=bash
# Shared helpers for the benchmark scripts in bench/. Source it, don't run it:
#
#   source "$(dirname "$0")/lib.sh"
#   bench_init        # temp dir + exit trap that stops whatever we started
#
# Everything listens on 127.0.0.1 only. Ports are overridable by environment:
#   BENCH_APP_PORT (18080), BENCH_NGINX_PORT (18081), BENCH_PG_PORT (15433)
# Other knobs:
#   BENCH_SKIP_BUILD=1  use the existing jar, never run Maven
#   BENCH_KEEP=1        keep the temp dir (logs, DB) even when the run succeeds
#   BENCH_JAVA_OPTS     JVM options for the app (default: -Xmx384m, the heap the README recommends for production)

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT_DIR=$(cd "$BENCH_DIR/.." && pwd)
JAR="$PROJECT_DIR/target/ketamine-clinic-platform-0.1.0-SNAPSHOT.jar"

# shellcheck disable=SC2034  # used by the scripts that source this file
{
	APP_PORT=${BENCH_APP_PORT:-18080}
	NGINX_PORT=${BENCH_NGINX_PORT:-18081}
	PG_PORT=${BENCH_PG_PORT:-15433}
	OTHER_CPU_LIMIT_PCT=10 # above it, figures are flagged as skewed by other work on the machine
}
READY_TIMEOUT_S=90
APP_STOP_TIMEOUT_S=30
NGINX_STOP_TIMEOUT_S=10

# State of what this run started; the exit trap reads it.
APP_PID=""
APP_DIR=""
APP_READY_S=""
APP_READY_OTHER_PCT=0
APP_BASE=""
APP_STOP_S=""
NGINX_PID=""
BENCH_TMP=""
BENCH_TROUBLE=""
CPU_MARK=""
CPU_NOW=""
CPU_OTHER_PCT=0

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---------------------------------------------------------------------------------------------------------------
# Command-line flags shared by the scripts: --smoke (or SMOKE=1) for a quick end-to-end check.
parse_flags() {
	SMOKE=${SMOKE:-0}
	local arg
	for arg in "$@"; do
		case $arg in
			--smoke) SMOKE=1 ;;
			-h | --help)
				sed -n '2,/^$/s/^# \{0,1\}//p' "$0"
				exit 0
				;;
			*) die "unknown argument: $arg (known: --smoke)" ;;
		esac
	done
	[[ $SMOKE == 1 ]] || SMOKE=0
}

# ---------------------------------------------------------------------------------------------------------------
# need COMMAND [DEBIAN_PACKAGE]: installs the package when the command is missing.
# 'apt-get update' runs at most once per run: the flag is exported, so scripts started by run-all.sh see it.
need() {
	local cmd=$1 pkg=${2:-$1}
	command -v "$cmd" >/dev/null 2>&1 && return 0
	log "installing $pkg (for $cmd)"
	if [[ -z ${BENCH_APT_UPDATED:-} ]]; then
		DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
		export BENCH_APT_UPDATED=1
	fi
	# Packages such as nginx start their service on install; a policy-rc.d that answers 101 prevents that, so
	# installing never leaves a stray daemon on port 80. Only created (and removed again) when the machine has none.
	local policy=/usr/sbin/policy-rc.d made_policy=0
	if [[ ! -e $policy ]]; then
		printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && made_policy=1
	fi
	local rc=0
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$pkg" >&2 || rc=$?
	if [[ $made_policy == 1 ]]; then rm -f "$policy"; fi
	[[ $rc == 0 ]] || die "apt-get install $pkg failed"
	command -v "$cmd" >/dev/null 2>&1 || die "$pkg installed but '$cmd' is still not on PATH"
}

# ---------------------------------------------------------------------------------------------------------------
# build_jar: packages the app when the jar is missing or older than pom.xml / src/main (tests are not run here).
build_jar() {
	if [[ -n ${BENCH_SKIP_BUILD:-} ]]; then
		[[ -f $JAR ]] || die "BENCH_SKIP_BUILD is set but $JAR is missing"
		return 0
	fi
	if [[ -f $JAR && -z $(find "$PROJECT_DIR/pom.xml" "$PROJECT_DIR/src/main" -newer "$JAR" -print -quit) ]]; then
		return 0
	fi
	log "building the jar (./mvnw -B -q -DskipTests package)"
	(cd "$PROJECT_DIR" && ./mvnw -B -q -DskipTests package) || die "build failed"
	[[ -f $JAR ]] || die "build finished but $JAR is missing"
}

# ---------------------------------------------------------------------------------------------------------------
# Processes.

# alive PID: true while the process runs (a zombie, i.e. exited but not yet reaped, counts as gone).
alive() {
	local state
	state=$(awk '/^State:/ {print $2}' "/proc/$1/status" 2>/dev/null) || return 1
	[[ -n $state && $state != Z ]]
}

# wait_gone PID SECONDS: waits (polling, bounded) until the process is gone; false on timeout.
wait_gone() {
	local pid=$1 deadline=$((SECONDS + $2))
	while alive "$pid"; do
		((SECONDS < deadline)) || return 1
		sleep 0.2
	done
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

require_free_port() {
	if port_in_use "$1"; then
		die "port $1 on 127.0.0.1 is already in use (another run? set BENCH_APP_PORT / BENCH_NGINX_PORT / BENCH_PG_PORT)"
	fi
}

# now_s: wall clock in seconds with decimals.
now_s() { date +%s.%N; }

# start_app DIR PORT PGPORT [extra app args...]: starts the app in the background (log: DIR/app.log), waits for
# readiness (at most 90 s). Sets APP_PID, APP_READY_S (start-to-ready seconds, JVM start included) and
# APP_READY_OTHER_PCT (CPU share of other work on the machine meanwhile).
start_app() {
	launch_app "$@"
	await_app
}

# launch_app and await_app: start_app in two halves, for a script that does something while the app starts.
APP_T0=""
launch_app() {
	local dir=$1 port=$2 pgport=$3
	shift 3
	[[ -z $APP_PID ]] || die "start_app: the app is already running (pid $APP_PID)"
	[[ -f $JAR ]] || die "no jar at $JAR (run build_jar first)"
	[[ -n $BENCH_TMP ]] || die "start_app: call bench_init first"
	require_free_port "$port"
	# A restart on the data directory of a killed app (faults/) finds its leftover PostgreSQL still on the port:
	# the app stops that one itself before starting its own.
	[[ -n ${APP_LEFTOVER_DB:-} ]] || require_free_port "$pgport"
	mkdir -p "$dir"
	# Run a private copy of the jar: a concurrent './mvnw package' rewrites target/*.jar in place, and a JVM whose
	# jar changes under it fails (or hangs) when it loads classes later, at the latest during shutdown.
	local jar=$BENCH_TMP/app.jar
	[[ -f $jar ]] || cp "$JAR" "$jar"
	APP_T0=$(now_s)
	cpu_mark
	# Bound to 127.0.0.1: the load never needs another interface.
	# shellcheck disable=SC2086  # BENCH_JAVA_OPTS is a list of options
	# The management port (metrics) is random: a developer's app on 8081 must not stop the benchmark.
	java ${BENCH_JAVA_OPTS:--Xmx384m} -jar "$jar" --server.port="$port" --server.address=127.0.0.1 \
		--management.server.port=0 --clinic.data-dir="$dir" --clinic.db.embedded.port="$pgport" "$@" \
		>>"$dir/app.log" 2>&1 &
	APP_PID=$!
	APP_DIR=$dir
	APP_BASE="http://127.0.0.1:$port"
	log "app starting (pid $APP_PID, port $port, postgres port $pgport, log $dir/app.log)"
}
await_app() {
	wait_ready "$APP_BASE" "$APP_PID" "$APP_DIR/app.log"
	APP_READY_S=$(awk -v a="$APP_T0" -v b="$(now_s)" 'BEGIN { printf "%.1f", b - a }')
	cpu_other_pct
	APP_READY_OTHER_PCT=$CPU_OTHER_PCT
	log "app ready in $APP_READY_S s (other work on the machine meanwhile: $APP_READY_OTHER_PCT% CPU)"
}

# wait_ready BASE PID LOG: waits until BASE/readyz says UP (at most READY_TIMEOUT_S); dies, showing the end of LOG,
# when the process exits first or the time runs out.
wait_ready() {
	local base=$1 pid=$2 logfile=$3
	local deadline=$((SECONDS + READY_TIMEOUT_S))
	until curl -fs --max-time 2 "$base/readyz" 2>/dev/null | grep -q '"UP"'; do
		if ! alive "$pid"; then
			tail -n 30 "$logfile" >&2 || true
			die "the app exited before it was ready (log: $logfile)"
		fi
		if ((SECONDS >= deadline)); then
			tail -n 30 "$logfile" >&2 || true
			die "the app was not ready within $READY_TIMEOUT_S s (log: $logfile)"
		fi
		sleep 0.2
	done
}

# stop_app: SIGTERM (graceful: the app stops its embedded PostgreSQL), up to 30 s, then SIGKILL. After a SIGKILL
# the embedded PostgreSQL would be left running on its own, so it is stopped too (fast shutdown).
stop_app() {
	[[ -n $APP_PID ]] || return 0
	local pid=$APP_PID
	APP_PID=""
	APP_STOP_S="(not running)"
	if alive "$pid"; then
		log "stopping the app (pid $pid)"
		local t0
		t0=$(now_s)
		kill -TERM "$pid" 2>/dev/null || true
		if wait_gone "$pid" "$APP_STOP_TIMEOUT_S"; then
			APP_STOP_S=$(awk -v a="$t0" -v b="$(now_s)" 'BEGIN { printf "%.1f s", b - a }')
		else
			APP_STOP_S="did not exit within $APP_STOP_TIMEOUT_S s (killed)"
			# A thread dump (SIGQUIT: the JVM prints it to its stdout, i.e. app.log) shows what held it up.
			log "the app did not stop within $APP_STOP_TIMEOUT_S s: thread dump to $APP_DIR/app.log, then kill -9"
			kill -QUIT "$pid" 2>/dev/null || true
			sleep 2
			BENCH_TROUBLE=1 # keep the temp dir for a look at the log
			kill -KILL "$pid" 2>/dev/null || true
			wait_gone "$pid" 5 || true
		fi
		log "app stop (SIGTERM to exit): $APP_STOP_S"
	fi
	wait "$pid" 2>/dev/null || true # reap it
	stop_orphan_postgres "$APP_DIR/postgres"
}

# kill_app: SIGKILL, as the OOM killer or a crashed host would; the embedded PostgreSQL is left running (the next
# start on the same data directory takes it over). Sets KILLED_APP_PID.
kill_app() {
	[[ -n $APP_PID ]] || die "kill_app: the app is not running"
	KILLED_APP_PID=$APP_PID
	APP_PID=""
	kill -KILL "$KILLED_APP_PID" 2>/dev/null || true
	wait_gone "$KILLED_APP_PID" 10 || die "the app survived kill -9 (pid $KILLED_APP_PID)"
	wait "$KILLED_APP_PID" 2>/dev/null || true
	log "app killed (kill -9, pid $KILLED_APP_PID)"
}

# stop_orphan_postgres DATADIR: stops a postmaster still running on DATADIR (only when the app could not do it).
stop_orphan_postgres() {
	local pidfile=$1/postmaster.pid pg
	[[ -f $pidfile ]] || return 0
	pg=$(head -n 1 "$pidfile" 2>/dev/null || true)
	[[ $pg =~ ^[0-9]+$ ]] && alive "$pg" || return 0
	# Guard against a recycled PID: it must be a postgres serving exactly this data directory.
	tr '\0' ' ' <"/proc/$pg/cmdline" 2>/dev/null | grep -q -- "-D $1" || return 0
	log "stopping the embedded PostgreSQL left behind (pid $pg)"
	kill -INT "$pg" 2>/dev/null || true
	wait_gone "$pg" 20 || kill -KILL "$pg" 2>/dev/null || true
}

# start_nginx CONF: runs nginx in the foreground of a background job (the config says 'daemon off').
start_nginx() {
	local conf=$1 prefix
	prefix=$(dirname "$conf")
	require_free_port "$NGINX_PORT"
	# -e: without it nginx first opens its compiled-in /var/log/nginx/error.log.
	nginx -t -q -p "$prefix" -e "$prefix/error.log" -c "$conf" || die "nginx rejected $conf"
	nginx -p "$prefix" -e "$prefix/error.log" -c "$conf" &
	NGINX_PID=$!
	local deadline=$((SECONDS + 10))
	until port_in_use "$NGINX_PORT"; do
		alive "$NGINX_PID" || die "nginx exited (see $prefix/error.log)"
		((SECONDS < deadline)) || die "nginx did not listen on $NGINX_PORT within 10 s"
		sleep 0.1
	done
	log "nginx started (pid $NGINX_PID, port $NGINX_PORT)"
}

stop_nginx() {
	[[ -n $NGINX_PID ]] || return 0
	local pid=$NGINX_PID
	NGINX_PID=""
	if alive "$pid"; then
		kill -QUIT "$pid" 2>/dev/null || true # graceful; the master takes its workers down with it
		if ! wait_gone "$pid" "$NGINX_STOP_TIMEOUT_S"; then
			kill -TERM "$pid" 2>/dev/null || true
			wait_gone "$pid" 5 || kill -KILL "$pid" 2>/dev/null || true
		fi
	fi
	wait "$pid" 2>/dev/null || true
}

# rss_mb PID: resident set size in MB (VmRSS of that process alone: the embedded PostgreSQL is not included).
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# ---------------------------------------------------------------------------------------------------------------
# start_twilio_stand_in PORT [DELAY_MS]: the local stand-in for Twilio's Messages API (twilio-stand-in.py; DELAY_MS
# makes each answer take that long, like the real API), stopped at exit. Sets TWILIO_PID.
TWILIO_PID=""
start_twilio_stand_in() {
	local port=$1 delay=${2:-0}
	require_free_port "$port"
	python3 "$BENCH_DIR/twilio-stand-in.py" "$port" "$delay" &
	TWILIO_PID=$!
	on_cleanup stop_twilio_stand_in
	local deadline=$((SECONDS + 10))
	until curl -fs --max-time 2 "http://127.0.0.1:$port/stats" >/dev/null 2>&1; do
		alive "$TWILIO_PID" || die "the Twilio stand-in exited"
		((SECONDS < deadline)) || die "the Twilio stand-in did not answer on $port within 10 s"
		sleep 0.1
	done
}
stop_twilio_stand_in() {
	[[ -n $TWILIO_PID ]] || return 0
	kill "$TWILIO_PID" 2>/dev/null || true
	wait "$TWILIO_PID" 2>/dev/null || true
	TWILIO_PID=""
}

# ---------------------------------------------------------------------------------------------------------------
# bench_init: temp dir for this run and an exit trap that always stops the app and nginx.
#
# on_cleanup FUNCTION: one more thing to stop at exit, before nginx and the app (the last registered runs first).
# Scripts register here instead of replacing the EXIT trap: a trap of their own that ran a command before
# bench_cleanup would hand it that command's status instead of the script's, and a failed run would exit 0.
CLEANUP_HOOKS=()
on_cleanup() { CLEANUP_HOOKS+=("$1"); }
bench_init() {
	BENCH_MACHINE=$(machine_desc)
	BENCH_TMP=$(mktemp -d /tmp/clinic-bench.XXXXXX)
	# nginx workers run as an unprivileged user: they must be able to read the document root inside.
	chmod 755 "$BENCH_TMP"
	trap bench_cleanup EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM
}

bench_cleanup() {
	local rc=$? i
	set +e
	for ((i = ${#CLEANUP_HOOKS[@]} - 1; i >= 0; i--)); do "${CLEANUP_HOOKS[i]}"; done
	stop_nginx
	stop_app
	if [[ -n $BENCH_TMP && -d $BENCH_TMP ]]; then
		if [[ $rc == 0 && -z ${BENCH_KEEP:-} && -z $BENCH_TROUBLE ]]; then
			rm -rf "$BENCH_TMP"
		else
			log "kept $BENCH_TMP (logs, database) for inspection"
		fi
	fi
	exit "$rc"
}

# ---------------------------------------------------------------------------------------------------------------
# wrk output.

# parse_wrk FILE: prints "REQ_PER_S P50_MS P99_MS REQUESTS SECONDS SOCKET_ERRORS NON_2XX_3XX" from wrk --latency output.
parse_wrk() {
	awk '
		function ms(v) {
			if (v ~ /us$/) return v / 1000
			if (v ~ /ms$/) return v + 0
			if (v ~ /s$/) return v * 1000
			if (v ~ /m$/) return v * 60000
			return v + 0
		}
		/^ +50%/ { p50 = ms($2) }
		/^ +99%/ { p99 = ms($2) }
		/ requests in / { n = $1; d = $4; sub(/,$/, "", d); secs = ms(d) / 1000 }
		/^Requests\/sec:/ { rps = $2 }
		/Socket errors:/ { for (i = 3; i <= NF; i++) { v = $i; sub(/,$/, "", v); if (v ~ /^[0-9]+$/) errs += v } }
		/Non-2xx or 3xx responses:/ { non = $NF }
		END {
			if (rps == "") rps = 0
			printf "%.0f %.2f %.2f %d %.2f %d %d\n", rps, p50, p99, n, secs, errs, non
		}' "$1"
}

# verdict OK: PASS or FAIL.
verdict() { if [[ $1 == 1 ]]; then echo PASS; else echo FAIL; fi; }

# ge A B / le A B: float comparisons, printing 1 or 0.
ge() { awk -v a="$1" -v b="$2" 'BEGIN { print (a + 0 >= b + 0) ? 1 : 0 }'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { print (a + 0 <= b + 0) ? 1 : 0 }'; }

# Other work on the machine during a measurement (a build or a test suite of someone else skews every figure on a
# small machine). cpu_mark before it; cpu_other_pct after it sets CPU_OTHER_PCT: the share, in percent of all cores,
# of CPU time spent by anything but this run's own processes: the app, its embedded PostgreSQL, nginx, and the
# commands this shell ran and waited for (wrk).
cpu_mark() {
	cpu_counters
	CPU_MARK=$CPU_NOW
}
cpu_other_pct() { # sets CPU_OTHER_PCT (call it directly, not in $(...))
	cpu_counters
	CPU_OTHER_PCT=$(awk -v a="$CPU_MARK" -v b="$CPU_NOW" 'BEGIN {
		split(a, x); split(b, y)
		all = y[2] - x[2]; other = (y[1] - x[1]) - (y[3] - x[3]) - (y[4] - x[4])
		printf "%d", (all > 0 && other > 0 ? 100 * other / all : 0)
	}')
}
# cpu_counters: sets CPU_NOW to "BUSY ALL OURS CHILDREN", in clock ticks. Not to be called in a subshell: 'times'
# must see this shell's children.
cpu_counters() {
	local busy_all ours children pids="" pg
	busy_all=$(awk 'NR == 1 { for (i = 2; i <= 9; i++) { all += $i; if (i != 5 && i != 6) busy += $i } print busy, all }' /proc/stat)
	if [[ -n $APP_PID ]]; then pids+=" $APP_PID"; fi
	if [[ -n $NGINX_PID ]]; then pids+=" $NGINX_PID $(pgrep -d ' ' -P "$NGINX_PID" || true)"; fi
	pg=$(head -n 1 "$APP_DIR/postgres/postmaster.pid" 2>/dev/null || true)
	if [[ $pg =~ ^[0-9]+$ ]]; then pids+=" $pg $(pgrep -d ' ' -P "$pg" || true)"; fi
	# utime + stime + cutime + cstime: fields 14-17 of /proc/PID/stat, i.e. 12-15 after the ") " ending the name.
	ours=$(for pid in $pids; do sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null || true; done |
		awk '{ t += $12 + $13 + $14 + $15 } END { print t + 0 }')
	# Children this shell has waited for (wrk...): the second line of 'times'.
	times >"$BENCH_TMP/times.txt"
	children=$(awk -v hz="$(getconf CLK_TCK)" 'NR == 2 {
		for (i = 1; i <= 2; i++) { split($i, p, /[ms]/); t += (p[1] * 60 + p[2]) * hz } print int(t)
	}' "$BENCH_TMP/times.txt")
	CPU_NOW="$busy_all $ours $children"
}

# machine_desc: one line naming the machine for the figures table.
machine_desc() {
	local os cpu mem
	os=$(. /etc/os-release && echo "${PRETTY_NAME:-Linux}")
	cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)
	mem=$(awk '/^MemTotal:/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)
	echo "$os, $(nproc) cores ${cpu:-unknown CPU}, ${mem} GB RAM, $(java -version 2>&1 | awk -F'"' 'NR == 1 { print "Java " $2 }')"
}

# emit_row BENCHMARK FIGURE VALUE TARGET COMMAND: one row of the README's "Latest figures" table, collected in
# RESULT_ROWS and, when run-all.sh asks for it, appended to $BENCH_RESULTS_FILE.
RESULT_ROWS=()
emit_row() {
	local row
	row="| $1 | $2 | $3 | $4 | \`$5\` | $(date +%F) | $BENCH_MACHINE |"
	RESULT_ROWS+=("$row")
	if [[ -n ${BENCH_RESULTS_FILE:-} ]]; then printf '%s\n' "$row" >>"$BENCH_RESULTS_FILE"; fi
}

print_rows() {
	echo
	echo "| benchmark | figure | value | target | command | date | machine |"
	echo "| --- | --- | --- | --- | --- | --- | --- |"
	printf '%s\n' "${RESULT_ROWS[@]}"
}
