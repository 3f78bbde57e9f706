#!/usr/bin/env bash
# Runs every benchmark in turn with the same flags, then prints all their figures as one table to paste into
# bench/README.md ("Latest figures").
#
# Usage: bench/run-all.sh [--smoke]
#   Environment as for the single scripts (DURATION, BENCH_*_PORT, BENCH_SKIP_BUILD, BENCH_KEEP...).
#
# Exit status: non-zero when any benchmark failed to run, when consultation-submit.sh found an acknowledged
# request missing from the database, when scheduling.sh found the bookings inconsistent (a resource held twice
# at once, an acknowledged booking missing), or when outcomes.sh found the dashboard's response rate different
# from the hand-written SQL's. Speed targets never change the exit status.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"
parse_flags "$@"
flags=()
[[ $SMOKE == 1 ]] && flags+=(--smoke)

# Tools and the jar once, here: 'apt-get update' then runs at most once for the whole run, and Maven at most once.
need curl
need wrk
need nginx
need psql postgresql-client
need pgbench postgresql-client
need python3
build_jar
export BENCH_SKIP_BUILD=1

BENCH_RESULTS_FILE=$(mktemp /tmp/clinic-bench-results.XXXXXX)
export BENCH_RESULTS_FILE
trap 'rm -f "$BENCH_RESULTS_FILE"' EXIT

failed=()
for script in public-pages.sh consultation-submit.sh messaging.sh scheduling.sh outcomes.sh; do
	log "=== $script ${flags[*]}"
	# Run each even when an earlier one failed; remember the failures for the exit status.
	"$BENCH_DIR/$script" "${flags[@]}" || failed+=("$script (exit $?)")
done

echo
echo "All figures ($(date '+%F %H:%M')):"
echo "| benchmark | figure | value | target | command | date | machine |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
cat "$BENCH_RESULTS_FILE"
if ((${#failed[@]} > 0)); then
	log "failed: ${failed[*]}"
	exit 1
fi
