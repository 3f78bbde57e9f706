# shellcheck shell=bash
# Shared by the fault tests in faults/: bench/lib.sh (the app, ports, the exit trap), the PASS/FAIL table, psql on
# the app's database, and the verdicts on a stream of consultation requests (faults/submission-stream.py). Source it,
# don't run it.
FAULTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=bench/lib.sh
source "$FAULTS_DIR/../bench/lib.sh"

# sql STATEMENT: one statement on the app's database (PG_PORT), values only, unaligned.
sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d clinic -X -q -At -v ON_ERROR_STOP=1 -c "$1"; }

# check NAME OK(1/0) DETAIL: one row of the table; a failed one fails the run.
CHECKS=()
FAILED=0
check() {
	CHECKS+=("| $1 | $(verdict "$2") | $3 |")
	if [[ $2 != 1 ]]; then
		FAILED=1
		log "FAIL: $1 ($3)"
	fi
}

# finish TITLE DURATIONS: prints the table, then exits 1 (keeping the logs) when a check failed.
finish() {
	echo
	echo "$1"
	echo "| check | result | detail |"
	echo "| --- | --- | --- |"
	printf '%s\n' "${CHECKS[@]}"
	echo
	echo "durations: $2"
	if ((FAILED)); then
		log "FAIL: see the table above (logs kept in $BENCH_TMP)"
		BENCH_TROUBLE=1
		exit 1
	fi
	log "PASS"
}

# --- A stream of consultation requests. --------------------------------------------------------------------------

# start_stream REQUESTS WORKERS DEADLINE_S: faults/submission-stream.py against the app, in the background. Sets
# STREAM (its output directory), STREAM_RUN (the run id in its people's e-mail addresses) and STREAM_PID.
start_stream() {
	STREAM=$BENCH_TMP/stream
	STREAM_RUN=$(date +%s)
	python3 "$FAULTS_DIR/submission-stream.py" "$APP_BASE" "$STREAM" "$1" "$2" "$3" "$STREAM_RUN" \
		2>"$BENCH_TMP/stream.log" &
	STREAM_PID=$!
	on_cleanup stop_stream
}
stop_stream() { kill "${STREAM_PID:-}" 2>/dev/null || true; }

# acked_so_far: requests acknowledged so far.
acked_so_far() { cat "$STREAM/acked.count" 2>/dev/null || echo 0; }

# await_acked N: waits (at most 120 s) until N requests are acknowledged.
await_acked() {
	local deadline=$((SECONDS + 120))
	until (($(acked_so_far) >= $1)); do
		alive "$STREAM_PID" || die "the stream ended before $1 requests were acknowledged ($(cat "$BENCH_TMP/stream.log"))"
		((SECONDS < deadline)) || die "fewer than $1 requests acknowledged within 120 s"
		sleep 0.05
	done
}

# stream_result: waits for the stream to end; sets STREAM_RC, STREAM_ACKED, STREAM_SENT_AGAIN, STREAM_ANSWERS (what
# people got, with the slowest of each) and STREAM_UNCLEAR (answers that were neither a 303 nor a 503).
stream_result() {
	STREAM_RC=0
	wait "$STREAM_PID" || STREAM_RC=$?
	local summary
	summary=$(cat "$STREAM/summary.json" 2>/dev/null || echo '{}')
	read -r STREAM_ACKED STREAM_SENT_AGAIN STREAM_UNCLEAR STREAM_ANSWERS <<<"$(python3 -c 'import json, sys
s = json.loads(sys.argv[1]); answers = s.get("answers", {}); slow = s.get("slowest_s", {})
unclear = sum(n for a, n in answers.items() if a not in ("303", "503"))
text = ", ".join("%s: %d (slowest %.1f s)" % (a, n, slow.get(a, 0)) for a, n in sorted(answers.items()))
print(s.get("acknowledged", 0), s.get("sent_again", 0), unclear, text)' "$summary")"
}

# check_stored REQUESTS [DETAIL]: every acknowledged request is in the database, none twice, nothing never sent.
check_stored() {
	sql "select submission_key || ' ' || email from consultation_request where email like 'fault-$STREAM_RUN-%'" |
		sort >"$BENCH_TMP/stored.txt"
	sort "$STREAM/acked.txt" >"$BENCH_TMP/acked.txt"
	local missing rows people
	missing=$(comm -23 "$BENCH_TMP/acked.txt" "$BENCH_TMP/stored.txt" | wc -l)
	IFS='|' read -r rows people <<<"$(sql "select count(*), count(distinct email) from consultation_request
		where email like 'fault-$STREAM_RUN-%'")"
	check "every acknowledged request is stored" "$([[ $missing == 0 ]] && echo 1 || echo 0)" \
		"$missing of $(wc -l <"$BENCH_TMP/acked.txt") acknowledged requests missing"
	check "none stored twice, nothing stored that was never sent" \
		"$([[ $rows == "$people" && $rows -le $1 ]] && echo 1 || echo 0)" \
		"$rows rows for $people distinct people of $1 sent; $STREAM_SENT_AGAIN requests were sent more than once${2:+, $2}"
}
